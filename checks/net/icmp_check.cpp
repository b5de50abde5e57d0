#include "checks/net/icmp_check.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <chrono>
#include <cstring>

#include "checks/net/dns_check.h"
#include "checks/net/icmp_pinger.h"
#include "checks/net/latency_stats.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
QString ms(const QVariant &v) { return QString::number(v.toDouble(), 'f', 1); }
}  // namespace

IcmpCheck::IcmpCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 5,
             .origin = Origin::Remote,
             // Same budget as the TCP connect check: both run side by side, so a silent server costs one timeout, not
             // two.
             .timeoutMs = 3000,
             .dependsOn = {QString::fromLatin1(DnsCheck::kId)},
             .titleContext = "IcmpCheck",
             .title = QT_TRANSLATE_NOOP("IcmpCheck", "Does the server answer ping, and how fast?")}) {}

CheckResult IcmpCheck::run(const CheckContext &ctx) const {
  const QList<QHostAddress> addrs = resolvedAddresses(ctx);
  if (addrs.isEmpty()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});
  const QHostAddress target = addrs.first();

  Findings ev{{u"address"_s, target.toString()}};
  IcmpPinger pinger(target);
  QString whyNot;
  if (!pinger.open(&whyNot)) {
    ev.insert(u"permitted"_s, false);
    ev.insert(u"method"_s, toString(IcmpMethod::None));
    ev.insert(u"reason"_s, whyNot);
    addLatencyFindings(ev, computeLatencyStats(0, {}));
    return makeResult(Status::Skipped, ev);
  }
  ev.insert(u"permitted"_s, true);
  ev.insert(u"method"_s, toString(pinger.method()));

  // Echoes go out on a schedule while answers are read in between, so the whole run fits the budget: at most
  // 200 ms apart (100 ms with a short user timeout). An echo that is answered lets the next one go early (but
  // never closer than kMinGapMs), so a responsive server is measured in a few tens of milliseconds.
  using Clock = std::chrono::steady_clock;
  constexpr int kMinGapMs = 10;
  const int budget = ctx.token->remainingMs();
  const int intervalMs = qBound(100, budget / (kEchoCount * 2), 200);
  const auto start = Clock::now();
  auto lastSend = start;
  QHash<quint16, double> rtt;
  QSet<quint16> answered;  // reply or unreachable
  int sent = 0, sendErrors = 0, unreachable = 0;
  QString lastSendError;
  while (!ctx.token->shouldStop()) {
    const auto now = Clock::now();
    const bool previousAnswered = sent > 0 && answered.contains(quint16(sent));
    const auto due = sent == 0 ? start
                     : lastSend + std::chrono::milliseconds(previousAnswered ? kMinGapMs : intervalMs);
    if (sent < kEchoCount && now >= due) {
      lastSend = now;
      int err = 0;
      const quint16 seq = quint16(sent + 1);
      if (!pinger.send(seq, 0, &err, qMin(1000, ctx.token->remainingMs()))) {
        ++sendErrors;
        lastSendError = QString::fromLocal8Bit(std::strerror(err));
      }
      ++sent;
      continue;
    }
    if (sent == kEchoCount && answered.size() >= kEchoCount) break;
    int waitMs = 20;
    if (sent < kEchoCount) {
      waitMs = int(std::clamp<qint64>(std::chrono::duration_cast<std::chrono::milliseconds>(due - now).count(), 0, 20));
    }
    waitMs = qMin(waitMs, ctx.token->remainingMs());
    for (const IcmpEvent &e : pinger.receive(waitMs)) {
      if (e.kind == IcmpEvent::Kind::EchoReply) {
        rtt.insert(e.seq, e.rttMs);
        answered.insert(e.seq);
      } else if (e.kind == IcmpEvent::Kind::Unreachable) {
        ++unreachable;
        answered.insert(e.seq);
      }
    }
  }
  if (ctx.token->isCancelled()) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});

  QList<double> samples;
  for (quint16 s = 1; s <= quint16(sent); ++s)
    if (rtt.contains(s)) samples.append(rtt.value(s));
  const LatencyStats st = computeLatencyStats(sent, samples);
  addLatencyFindings(ev, st);
  if (unreachable) ev.insert(u"unreachable_replies"_s, unreachable);
  if (sendErrors) ev.insert(u"send_error"_s, lastSendError);

  // No answer at all cannot be told apart from "ping is filtered", which cloud security groups do by default.
  // That is a Warn (worth a look, shown in yellow) and never a Fail: on its own it proves nothing, and the
  // verdict rules only use it next to a failing port. Partial loss is real loss: a little is a Warn, a lot a Fail.
  if (st.received == 0) return makeResult(Status::Warn, ev, u"icmp-blocked"_s);
  if (st.lossPct >= kHeavyLossPct) return makeResult(Status::Fail, ev, u"packet-loss"_s);
  if (st.lossPct > 0) return makeResult(Status::Warn, ev, u"packet-loss"_s);
  if (st.avgMs >= kHighLatencyMs) return makeResult(Status::Warn, ev, u"high-latency"_s);
  return makeResult(Status::Pass, ev);
}

QString IcmpCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (e.value(u"cancelled"_s).toBool()) return QCoreApplication::translate("IcmpCheck", "Not checked: stopped.");
  if (e.value(u"reason"_s).toString() == u"no_address"_s) return QCoreApplication::translate("IcmpCheck", "Not checked: the server's address is not known.");
  if (!e.value(u"permitted"_s).toBool())
    return QCoreApplication::translate("IcmpCheck", "Ping could not be tried: this computer does not allow this program to send ping messages.");
  const QString sent = QString::number(e.value(u"sent"_s).toInt());
  const QString received = QString::number(e.value(u"received"_s).toInt());
  if (e.value(u"received"_s).toInt() == 0)
    return QCoreApplication::translate("IcmpCheck", "The server did not answer ping (0 of %1). Many cloud servers block ping; this alone is not a problem if "
              "the Remote Desktop port answers.").arg(sent);
  const QString loss = QString::number(e.value(u"loss_pct"_s).toDouble(), 'f', 0);
  if (r.fixId == u"packet-loss"_s)
    return QCoreApplication::translate("IcmpCheck", "%1 of %2 pings answered (%3% lost); average %4 ms.").arg(received, sent, loss, ms(e.value(u"rtt_avg_ms"_s)));
  if (r.fixId == u"high-latency"_s)
    return QCoreApplication::translate("IcmpCheck", "The server answers ping, but slowly: average %1 ms (highest %2 ms).")
        .arg(ms(e.value(u"rtt_avg_ms"_s)), ms(e.value(u"rtt_max_ms"_s)));
  return QCoreApplication::translate("IcmpCheck", "All %1 pings answered: average %2 ms, from %3 to %4 ms, jitter %5 ms.")
      .arg(sent, ms(e.value(u"rtt_avg_ms"_s)), ms(e.value(u"rtt_min_ms"_s)), ms(e.value(u"rtt_max_ms"_s)),
           ms(e.value(u"jitter_ms"_s)));
}

QString IcmpCheck::explain(const CheckResult &r) const {
  if (!r.findings.value(u"permitted"_s).toBool() && r.findings.contains(u"permitted"_s))
    return QCoreApplication::translate("IcmpCheck", "Sending ping needs administrator rights on this computer, or the system must allow unprivileged ping. "
              "The other checks still work; you can also run \"ping\" yourself in a terminal.");
  if (r.fixId == u"icmp-blocked"_s)
    return QCoreApplication::translate("IcmpCheck", "Cloud security groups and Windows Firewall often block ping. If the Remote Desktop port answers, "
              "ignore this. If the port does not answer either, the server may be stopped, or all traffic from your "
              "network is filtered: compare from another network (step 5).");
  if (r.fixId == u"packet-loss"_s)
    return QCoreApplication::translate("IcmpCheck", "Lost packets make Remote Desktop freeze or disconnect. Try from another network (for example a phone "
              "hotspot) to see whether the loss is near you or near the server; the path check shows where replies stop.");
  if (r.fixId == u"high-latency"_s)
    return QCoreApplication::translate("IcmpCheck", "A slow round trip makes the remote desktop feel sluggish. Choose a server region closer to you, or "
              "lower the display quality in the Remote Desktop client.");
  return {};
}

}  // namespace rdpd
