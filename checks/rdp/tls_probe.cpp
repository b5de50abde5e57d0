#include "checks/rdp/tls_probe.h"

#include "checks/net/dns_check.h"

using namespace Qt::StringLiterals;

namespace rdpd::tls {

NegotiationFacts negotiationFacts(const CheckContext &ctx) {
  NegotiationFacts f;
  const CheckResult *neg = ctx.find(u"rdp.negotiation"_s);
  // Negotiation did not run (port not open, cancelled): nothing will answer TLS either, and probing anyway would
  // wait for a second timeout in series behind net.tcp_connect.
  if (neg && (neg->status == Status::Skipped || neg->status == Status::Error)) {
    f.known = true;
    return f;
  }
  if (!neg || !neg->findings.contains(u"accepted_protocols"_s)) return f;
  f.known = true;
  f.respondsAsRdp = neg->findings.value(u"responds_as_rdp"_s).toBool();
  const QStringList acc = neg->findings.value(u"accepted_protocols"_s).toStringList();
  f.offersCredssp = acc.contains(u"hybrid"_s) || acc.contains(u"hybrid_ex"_s);
  f.offersTls = f.offersCredssp || acc.contains(u"tls"_s);
  for (const QVariant &v : neg->findings.value(u"per_request"_s).toList()) {
    const QVariantMap pr = v.toMap();
    const QString sel = pr.value(u"selected"_s).toString();
    const quint32 req = pr.value(u"requested"_s).toUInt();
    if ((sel == u"tls"_s || sel == u"hybrid"_s || sel == u"hybrid_ex"_s) && req > f.tlsRequest) f.tlsRequest = req;
  }
  f.address = QHostAddress(neg->findings.value(u"address"_s).toString());
  return f;
}

QHostAddress probeAddress(const CheckContext &ctx) {
  for (const QString &id : {u"rdp.negotiation"_s, u"net.tcp_connect"_s}) {
    if (const CheckResult *r = ctx.find(id)) {
      const QHostAddress a(r->findings.value(u"address"_s).toString());
      if (!a.isNull()) return a;
    }
  }
  const QList<QHostAddress> all = resolvedAddresses(ctx);
  return all.isEmpty() ? QHostAddress() : all.first();
}

ProbeSetup setupProbe(const CheckContext &ctx) {
  ProbeSetup s;
  s.facts = negotiationFacts(ctx);
  s.address = s.facts.address.isNull() ? probeAddress(ctx) : s.facts.address;
  s.port = quint16(ctx.target.port);
  s.serverName = ctx.target.kind == HostKind::Name ? ctx.target.host : QString();
  return s;
}

TlsAttempt attemptTls(const QHostAddress &addr, quint16 port, quint32 requested, const TlsClientOptions &options,
                      const CancelToken &token, int timeoutMs) {
  TlsAttempt a;
  TcpSocket sock;
  a.negotiation = rdp::negotiate(sock, addr, port, requested, token, timeoutMs);
  if (!a.negotiation.tlsFollows()) return a;
  a.tlsStarted = true;
  TlsClient client(sock);
  TlsClientOptions o = options;
  o.timeoutMs = qMin(o.timeoutMs, timeoutMs);
  a.handshake = client.handshake(o, token);
  return a;
}

}  // namespace rdpd::tls
