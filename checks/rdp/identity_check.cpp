#include "checks/rdp/identity_check.h"

#include <QCoreApplication>

#include "checks/core/services.h"
#include "checks/rdp/tls_probe.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

constexpr int kMaxProbeMs = 3000;

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
}  // namespace

namespace rdp {

CheckResult classifyIdentity(const QByteArray &answer, const QDateTime &now) {
  Findings ev;
  const TsRequestParse ts = parseTsRequest(answer);
  if (!ts.request) {
    ev.insert(u"error"_s, QString(u"tsrequest_"_s + ts.error));
    return makeResult(Status::Error, ev);
  }
  ev.insert(u"credssp_version"_s, ts.request->version);
  if (ts.request->errorCode) ev.insert(u"error_code"_s, QString::asprintf("0x%08X", *ts.request->errorCode));
  QByteArray challengeBytes;
  for (const QByteArray &t : ts.request->negoTokens) {
    if (ntlmMessageType(t) == 2) { challengeBytes = t; break; }
  }
  if (challengeBytes.isEmpty()) {
    ev.insert(u"error"_s, ts.request->negoTokens.isEmpty() ? u"no_token"_s : u"not_ntlm"_s);
    return makeResult(Status::Error, ev);
  }
  const NtlmParse p = parseNtlmChallenge(challengeBytes);
  if (!p.challenge) {
    ev.insert(u"error"_s, QString(u"ntlm_"_s + p.error));
    return makeResult(Status::Error, ev);
  }
  const NtlmChallenge &c = *p.challenge;
  ev.insert(u"target_name"_s, orNull(c.targetName));
  ev.insert(u"netbios_computer"_s, orNull(c.nbComputer));
  ev.insert(u"netbios_domain"_s, orNull(c.nbDomain));
  ev.insert(u"dns_computer"_s, orNull(c.dnsComputer));
  ev.insert(u"dns_domain"_s, orNull(c.dnsDomain));
  ev.insert(u"dns_tree"_s, orNull(c.dnsTree));
  ev.insert(u"os_version"_s, c.version ? QVariant(c.version->text()) : QVariant());
  // A computer whose NetBIOS domain is its own name is not in a domain (a workgroup server).
  ev.insert(u"domain_joined"_s, !c.nbDomain.isEmpty() && c.nbDomain.compare(c.nbComputer, Qt::CaseInsensitive) != 0);
  QDateTime serverTime;
  if (c.timestamp) serverTime = fileTimeToUtc(*c.timestamp);
  ev.insert(u"server_time"_s, serverTime.isValid() ? QVariant(serverTime.toString(Qt::ISODate)) : QVariant());
  if (!serverTime.isValid()) {
    ev.insert(u"clock_skew_s"_s, QVariant());
    return makeResult(Status::Pass, ev);
  }
  // Positive: the server's clock is ahead of this computer's.
  const qint64 skew = now.secsTo(serverTime);
  ev.insert(u"clock_skew_s"_s, skew);
  ev.insert(u"local_time"_s, now.toUTC().toString(Qt::ISODate));
  if (qAbs(skew) > kMaxClockSkewS) return makeResult(Status::Warn, ev, u"clock-skew"_s);
  return makeResult(Status::Pass, ev);
}

}  // namespace rdp

IdentityCheck::IdentityCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 9,
             .origin = Origin::Remote,
             .timeoutMs = 5000,
             .dependsOn = {u"rdp.negotiation"_s},
             .titleContext = "IdentityCheck",
             .title = QT_TRANSLATE_NOOP("IdentityCheck", "What does the server say about itself?")}) {}

CheckResult IdentityCheck::run(const CheckContext &ctx) const {
  const tls::ProbeSetup probe = tls::setupProbe(ctx);
  if (probe.facts.known && !probe.facts.offersCredssp)
    return makeResult(Status::Skipped, {{u"reason"_s, u"no_credssp"_s}});
  if (probe.address.isNull()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});
  const CancelToken &token = *ctx.token;
  const int t = qMax(50, qMin(kMaxProbeMs, probeBudgetMs(token)));

  TcpSocket sock;
  const quint32 request = rdp::ProtocolSsl | rdp::ProtocolHybrid;
  const rdp::NegotiationOutcome n = rdp::negotiate(sock, probe.address, probe.port, request, token, t);
  const bool credssp = n.tlsFollows() && (n.confirm.selectedProtocol == rdp::ProtocolHybrid ||
                                          n.confirm.selectedProtocol == rdp::ProtocolHybridEx);
  if (n.kind == rdp::NegotiationOutcome::Kind::Cancelled) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});
  if (!credssp) return makeResult(Status::Skipped, {{u"reason"_s, u"no_credssp"_s}});

  tls::TlsClient client(sock);
  tls::TlsClientOptions o;
  o.verifyChain = false;
  o.timeoutMs = t;
  o.serverName = probe.serverName;
  const tls::TlsHandshakeResult h = client.handshake(o, token);
  if (!h.ok) return makeResult(Status::Error, {{u"error"_s, u"tls_failed"_s}, {u"tls_error"_s, h.error}});

  // The only thing we ever send inside TLS: a TSRequest carrying an anonymous NTLM NEGOTIATE.
  if (client.write(rdp::buildTsRequest(rdp::buildNtlmNegotiate()), token, t) != IoStatus::Ok)
    return makeResult(Status::Error, {{u"error"_s, u"send_failed"_s}});
  QByteArray answer;
  for (;;) {
    const int need = rdp::tsRequestFrameLength(answer);
    if (need < 0) return makeResult(Status::Error, {{u"error"_s, u"not_a_tsrequest"_s}});
    if (need > 0 && answer.size() >= need) break;
    const RecvResult r = client.read(need > 0 ? int(need - answer.size()) : 4096, token, t);
    if (r.status != IoStatus::Ok) {
      if (r.status == IoStatus::Cancelled) return makeResult(Status::Skipped, {{u"cancelled"_s, true}});
      return makeResult(Status::Error, {{u"error"_s, u"no_answer"_s}, {u"io"_s, toString(r.status)}});
    }
    answer += r.data;
  }
  sock.close();  // no AUTHENTICATE: the exchange ends here
  const QDateTime now = ctx.services ? ctx.services->clock().nowUtc() : QDateTime::currentDateTimeUtc();
  CheckResult res = rdp::classifyIdentity(answer, now);
  res.findings.insert(u"selected_protocol"_s, rdp::protocolName(n.confirm.selectedProtocol));
  return res;
}

QString IdentityCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.status == Status::Skipped) {
    if (e.value(u"reason"_s).toString() == u"no_credssp"_s)
      return QCoreApplication::translate("IdentityCheck", "Not checked: the server does not offer Network Level Authentication, so it does not introduce itself.");
    return QCoreApplication::translate("IdentityCheck", "Not checked.");
  }
  if (r.status == Status::Error) return QCoreApplication::translate("IdentityCheck", "The server's self-introduction could not be read (%1).").arg(e.value(u"error"_s).toString());
  QString name = e.value(u"dns_computer"_s).toString();
  if (name.isEmpty()) name = e.value(u"netbios_computer"_s).toString();
  const QString os = e.value(u"os_version"_s).toString();
  if (r.fixId == u"clock-skew"_s)
    return QCoreApplication::translate("IdentityCheck", "The server \"%1\" (Windows %2) has a clock that is %3 seconds off from this computer's.")
        .arg(name, os, QString::number(e.value(u"clock_skew_s"_s).toLongLong()));
  return QCoreApplication::translate("IdentityCheck", "The server calls itself \"%1\" (Windows %2).").arg(name, os);
}

QString IdentityCheck::explain(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.fixId == u"clock-skew"_s)
    return QCoreApplication::translate("IdentityCheck", "The clocks of the server and this computer differ by more than five minutes. Domain logons (Kerberos) "
              "fail with such a difference, and certificates can look expired or not yet valid. Check this "
              "computer's date, time and time zone first; if they are right, correct the server's clock (log in "
              "through the cloud console and let Windows synchronise its time).");
  if (r.status == Status::Pass)
    return QCoreApplication::translate("IdentityCheck", "The server offers Network Level Authentication, and before any password is exchanged it tells its "
              "name, its domain (\"%1\") and its Windows version. Nothing about you was sent to get this. Make sure "
              "the name is the server you mean to reach, and log in as a user of that computer or domain.")
        .arg(e.value(u"netbios_domain"_s).toString());
  return {};
}

}  // namespace rdpd
