#include "checks/net/tcp_latency_check.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <chrono>
#include <thread>

#include "checks/net/latency_stats.h"
#include "checks/net/tcp_connect_check.h"
#include "checks/net/tcp_socket.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
QString ms(const QVariant &v) { return QString::number(v.toDouble(), 'f', 1); }
constexpr int kGapMs = 10;  // a short pause between connects, so five probes never arrive as one burst
}  // namespace

TcpLatencyCheck::TcpLatencyCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 5,
             .origin = Origin::Remote,
             .timeoutMs = 3000,
             .dependsOn = {QString::fromLatin1(TcpConnectCheck::kId)},
             .titleContext = "TcpLatencyCheck",
             .title = QT_TRANSLATE_NOOP("TcpLatencyCheck", "How fast does the Remote Desktop port answer?")}) {}

CheckResult TcpLatencyCheck::run(const CheckContext &ctx) const {
  const CheckResult *tcp = ctx.find(QString::fromLatin1(TcpConnectCheck::kId));
  if (!tcp || tcp->findings.value(u"state"_s).toString() != u"open"_s)
    return makeResult(Status::Skipped, {{u"reason"_s, u"port_not_open"_s}});
  const QHostAddress address(tcp->findings.value(u"address"_s).toString());
  if (address.isNull()) return makeResult(Status::Skipped, {{u"reason"_s, u"port_not_open"_s}});

  Findings ev{{u"permitted"_s, true},
              {u"method"_s, u"tcp_connect"_s},
              {u"address"_s, address.toString()},
              {u"port"_s, ctx.target.port}};
  QList<double> samples;
  int sent = 0;
  QStringList failures;
  for (int i = 0; i < kConnectCount && !ctx.token->shouldStop(); ++i) {
    if (i > 0) {
      // Sliced pause that still honours cancel.
      const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(kGapMs);
      while (std::chrono::steady_clock::now() < until && !ctx.token->shouldStop())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      if (ctx.token->shouldStop()) break;
    }
    // Each connect may use what is left, but at most an equal share, so one slow attempt cannot eat the rest.
    const int share = qMax(100, ctx.token->remainingMs() / (kConnectCount - i));
    TcpSocket s;
    const ConnectOutcome o = s.connect(address, quint16(ctx.target.port), *ctx.token, share);
    if (o.state == ConnectState::Cancelled) break;
    ++sent;
    if (o.state == ConnectState::Open) samples.append(o.elapsedMsExact);
    else failures << toString(o.state);
    s.close();
  }
  if (ctx.token->isCancelled()) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});
  const LatencyStats st = computeLatencyStats(sent, samples);
  addLatencyFindings(ev, st);
  if (!failures.isEmpty()) ev.insert(u"failures"_s, failures);
  if (st.received == 0) return makeResult(Status::Fail, ev, u"packet-loss"_s);
  if (st.lossPct >= kHeavyLossPct) return makeResult(Status::Fail, ev, u"packet-loss"_s);
  if (st.avgMs >= kHighLatencyMs) return makeResult(Status::Warn, ev, u"high-latency"_s);
  return makeResult(Status::Pass, ev);
}

QString TcpLatencyCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (e.value(u"cancelled"_s).toBool()) return QCoreApplication::translate("TcpLatencyCheck", "Not checked: stopped.");
  if (r.status == Status::Skipped) return QCoreApplication::translate("TcpLatencyCheck", "Not checked: the Remote Desktop port is not open.");
  const QString sent = QString::number(e.value(u"sent"_s).toInt());
  const QString received = QString::number(e.value(u"received"_s).toInt());
  if (r.fixId == u"packet-loss"_s)
    return QCoreApplication::translate("TcpLatencyCheck", "Only %1 of %2 connections to the port succeeded.").arg(received, sent);
  if (r.fixId == u"high-latency"_s)
    return QCoreApplication::translate("TcpLatencyCheck", "The port answers slowly: average %1 ms (highest %2 ms).")
        .arg(ms(e.value(u"rtt_avg_ms"_s)), ms(e.value(u"rtt_max_ms"_s)));
  return QCoreApplication::translate("TcpLatencyCheck", "%1 connections to the port: average %2 ms, from %3 to %4 ms, jitter %5 ms.")
      .arg(sent, ms(e.value(u"rtt_avg_ms"_s)), ms(e.value(u"rtt_min_ms"_s)), ms(e.value(u"rtt_max_ms"_s)),
           ms(e.value(u"jitter_ms"_s)));
}

QString TcpLatencyCheck::explain(const CheckResult &r) const {
  if (r.fixId == u"packet-loss"_s)
    return QCoreApplication::translate("TcpLatencyCheck", "The port answered once but not every time: the connection is unstable. Try from another network, and "
              "check the server's CPU and bandwidth (step 6).");
  if (r.fixId == u"high-latency"_s)
    return QCoreApplication::translate("TcpLatencyCheck", "A slow round trip makes the remote desktop feel sluggish. Choose a server region closer to you, or "
              "lower the display quality in the Remote Desktop client.");
  return {};
}

}  // namespace rdpd
