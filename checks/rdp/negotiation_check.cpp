#include "checks/rdp/negotiation_check.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <future>
#include <vector>

#include "checks/net/tcp_connect_check.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

using rdp::ConnectionConfirm;
using rdp::NegotiationOutcome;
using CK = ConnectionConfirm::Kind;
using OK = NegotiationOutcome::Kind;

QString outcomeText(const NegotiationOutcome &o) {
  return o.kind == OK::Confirm ? rdp::kindName(o.confirm.kind) : rdp::outcomeName(o.kind);
}

// What a non-RDP answer is called in the evidence; truncated/oversized count as garbage for the user.
QString nonRdpName(const NegotiationOutcome &o) {
  if (o.kind == OK::Confirm) {
    switch (o.confirm.kind) {
      case CK::Http: return u"http"_s;
      case CK::TlsRecord: return u"tls"_s;
      case CK::Ssh: return u"ssh"_s;
      case CK::McsDisconnect: return u"mcs_disconnect"_s;
      default: return u"garbage"_s;
    }
  }
  if (o.kind == OK::Closed) return u"closed"_s;
  if (o.kind == OK::Reset) return u"reset"_s;
  if (o.kind == OK::Silent) return u"silent"_s;
  return {};
}

// A content answer says more than a close, a close more than silence.
int nonRdpRank(const QString &n) {
  if (n == u"http"_s || n == u"tls"_s || n == u"ssh"_s) return 6;
  if (n == u"garbage"_s) return 5;
  if (n == u"mcs_disconnect"_s) return 4;
  if (n == u"closed"_s) return 3;
  if (n == u"reset"_s) return 2;
  if (n == u"silent"_s) return 1;
  return 0;
}

bool earlyDrop(const NegotiationOutcome &o) { return o.kind == OK::Closed || o.kind == OK::Reset; }

QStringList orderedProtocols(const QStringList &in) {
  QStringList out;
  for (const QString &p : {u"rdp"_s, u"tls"_s, u"hybrid"_s, u"hybrid_ex"_s, u"rdstls"_s})
    if (in.contains(p)) out << p;
  return out;
}
}  // namespace

namespace rdp {

QList<quint32> negotiationRequests() {
  return {ProtocolRdp, ProtocolSsl, ProtocolSsl | ProtocolHybrid, ProtocolSsl | ProtocolHybrid | ProtocolHybridEx};
}

bool mentionsNla(const QString &clientError) {
  const QString e = clientError.toLower();
  for (const QString &k : {u"credssp"_s, u"nla"_s, u"network level"_s, u"网络级别"_s, u"身份验证"_s, u"加密数据库修正"_s})
    if (e.contains(k)) return true;
  return false;
}

namespace {

// The reply to the richest request decides "selected_protocol" and the server flags.
struct RichestReply {
  QVariant selected, flags;
  QStringList flagNames;
};
RichestReply richestReply(const QList<NegotiationOutcome> &outcomes) {
  RichestReply r;
  int richest = -1;
  for (const NegotiationOutcome &o : outcomes) {
    if (o.kind == OK::Confirm && o.confirm.kind == CK::Response && int(o.requested) > richest) {
      richest = int(o.requested);
      r.selected = protocolName(o.confirm.selectedProtocol);
      r.flags = o.confirm.flags;
      r.flagNames = serverFlagNames(o.confirm.flags);
    }
  }
  return r;
}

// The most telling failure code when several requests failed differently; null when none failed.
QVariant mostTellingFailure(const QList<quint32> &codes) {
  for (quint32 c : {3u, 6u, 5u, 2u, 1u, 4u})
    if (codes.contains(c)) return QVariant(c);
  return codes.isEmpty() ? QVariant() : QVariant(codes.first());
}

}  // namespace

CheckResult classifyNegotiation(const QList<NegotiationOutcome> &outcomes, bool clientMentionsNla) {
  Findings ev;
  QStringList accepted;
  QList<quint32> codes;
  bool anyRdp = false, anyLegacy = false;
  QString nonRdp;
  QVariantList perRequest;
  for (const NegotiationOutcome &o : outcomes) {
    QVariantMap pr{{u"requested"_s, o.requested}, {u"outcome"_s, outcomeText(o)}, {u"selected"_s, QVariant()},
                   {u"failure_code"_s, QVariant()}, {u"elapsed_ms"_s, o.elapsedMs}};
    if (o.isRdp()) {
      anyRdp = true;
      if (o.confirm.kind == CK::Response) {
        pr[u"selected"_s] = protocolName(o.confirm.selectedProtocol);
        pr[u"server_flags"_s] = o.confirm.flags;
        // What the server picked is what it accepts, even when it is not what was asked for (a downgrade).
        const QString name = protocolName(o.confirm.selectedProtocol);
        if (!name.startsWith(u"unknown"_s) && !accepted.contains(name)) accepted << name;
      } else if (o.confirm.kind == CK::Failure) {
        pr[u"failure_code"_s] = o.confirm.failureCode;
        pr[u"failure_name"_s] = failureName(o.confirm.failureCode);
        if (!codes.contains(o.confirm.failureCode)) codes << o.confirm.failureCode;
      } else {  // NoNegData: an old server that speaks standard RDP only
        anyLegacy = true;
        if (!accepted.contains(u"rdp"_s)) accepted << u"rdp"_s;
      }
      pr[u"src_ref"_s] = o.confirm.srcRef;
    } else {
      const QString n = nonRdpName(o);
      if (nonRdpRank(n) > nonRdpRank(nonRdp)) nonRdp = n;
      if (o.kind == OK::Confirm) pr[u"raw_hex"_s] = QString::fromLatin1(o.confirm.raw.left(32).toHex(' '));
    }
    perRequest.append(pr);
  }
  accepted = orderedProtocols(accepted);

  const RichestReply richest = richestReply(outcomes);
  const QVariant failureCode = mostTellingFailure(codes);
  const QVariant failureNameV = failureCode.isNull() ? QVariant() : QVariant(failureName(failureCode.toUInt()));

  const bool nlaRequired = codes.contains(HybridRequiredByServer);
  ev.insert(u"responds_as_rdp"_s, anyRdp);
  ev.insert(u"accepted_protocols"_s, accepted);
  ev.insert(u"nla_required"_s, nlaRequired);
  ev.insert(u"failure_code"_s, failureCode);
  ev.insert(u"failure_name"_s, failureNameV);
  ev.insert(u"server_flags"_s, richest.flags);
  ev.insert(u"server_flags_names"_s, richest.flagNames);
  ev.insert(u"non_rdp_reply"_s, anyRdp || nonRdp.isEmpty() ? QVariant() : QVariant(nonRdp));
  ev.insert(u"selected_protocol"_s, richest.selected);
  ev.insert(u"per_request"_s, perRequest);
  ev.insert(u"client_mentions_nla"_s, clientMentionsNla);
  ev.insert(u"legacy_server"_s, anyLegacy && !accepted.contains(u"tls"_s));

  const bool secure = accepted.contains(u"tls"_s) || accepted.contains(u"hybrid"_s) || accepted.contains(u"hybrid_ex"_s);
  if (codes.contains(SslCertNotOnServer)) return makeResult(Status::Fail, ev, u"tls-cert-missing"_s);
  if (secure) {
    // Informational fix ids: the server works, but a client that cannot do NLA (or insists on old RDP security)
    // will not get in.
    QString fix;
    if (nlaRequired) fix = u"nla-required"_s;
    else if (codes.contains(SslRequiredByServer)) fix = u"ssl-required"_s;
    return makeResult(Status::Pass, ev, fix);
  }
  if (accepted.contains(u"rdp"_s))
    return makeResult(Status::Warn, ev, anyLegacy ? u"legacy-server"_s : u"ssl-not-allowed"_s);
  if (codes.contains(SslWithUserAuthRequiredByServer)) return makeResult(Status::Fail, ev, u"user-auth-cert-required"_s);
  if (nlaRequired) return makeResult(Status::Fail, ev, u"nla-required"_s);
  if (codes.contains(SslRequiredByServer)) return makeResult(Status::Fail, ev, u"ssl-required"_s);
  if (codes.contains(SslNotAllowedByServer)) return makeResult(Status::Fail, ev, u"ssl-not-allowed"_s);
  if (!codes.isEmpty()) return makeResult(Status::Fail, ev);
  if (nonRdp == u"closed"_s || nonRdp == u"reset"_s || nonRdp == u"mcs_disconnect"_s)
    return makeResult(Status::Fail, ev, u"closed-after-accept"_s);
  if (nonRdp == u"silent"_s) return makeResult(Status::Fail, ev, u"rdp-silent"_s);
  if (!nonRdp.isEmpty()) return makeResult(Status::Fail, ev, u"not-rdp"_s);

  bool allCancelled = !outcomes.isEmpty();
  for (const NegotiationOutcome &o : outcomes) allCancelled = allCancelled && o.kind == OK::Cancelled;
  if (allCancelled || outcomes.isEmpty()) {
    ev.insert(u"cancelled"_s, true);
    return makeResult(Status::Skipped, ev);
  }
  ev.insert(u"reason"_s, u"connect_failed"_s);
  for (const NegotiationOutcome &o : outcomes) {
    if (o.kind == OK::ConnectFailed) {
      ev.insert(u"connect_state"_s, toString(o.connect.state));
      break;
    }
  }
  return makeResult(Status::Error, ev);
}

}  // namespace rdp

NegotiationCheck::NegotiationCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 4,
             .origin = Origin::Remote,
             .timeoutMs = 3000,
             .dependsOn = {QString::fromLatin1(TcpConnectCheck::kId)},
             .titleContext = "NegotiationCheck",
             .title = QT_TRANSLATE_NOOP("NegotiationCheck", "Does the port answer as Remote Desktop?")}) {}

CheckResult NegotiationCheck::run(const CheckContext &ctx) const {
  const CheckResult *tcp = ctx.find(QString::fromLatin1(TcpConnectCheck::kId));
  if (!tcp || tcp->findings.value(u"state"_s).toString() != u"open"_s)
    return makeResult(Status::Skipped, {{u"reason"_s, u"port_not_open"_s}});
  const QHostAddress addr(tcp->findings.value(u"address"_s).toString());
  if (addr.isNull()) return makeResult(Status::Skipped, {{u"reason"_s, u"port_not_open"_s}});
  const quint16 port = quint16(ctx.target.port);
  const CancelToken &token = *ctx.token;
  const QList<quint32> requests = rdp::negotiationRequests();

  auto probe = [&](quint32 req, int timeoutMs) {
    TcpSocket s;
    return rdp::negotiate(s, addr, port, req, token, qMax(50, timeoutMs));
  };
  auto budget = [&] { return probeBudgetMs(token); };

  // The CredSSP request goes first, alone: if the port is silent, the others would only wait in vain, and a
  // lone first connection warms up servers that fork per connection.
  QList<NegotiationOutcome> outcomes;
  QList<quint32> notTried;
  const quint32 first = rdp::ProtocolSsl | rdp::ProtocolHybrid;
  outcomes << probe(first, budget() * 3 / 5);
  const NegotiationOutcome &o0 = outcomes.first();
  if (o0.kind == OK::Silent || o0.kind == OK::Cancelled || o0.kind == OK::ConnectFailed) {
    for (quint32 r : requests) if (r != first) notTried << r;
  } else {
    // The other three at once (xrdp's accept queue holds three), each with its own socket.
    std::vector<std::future<NegotiationOutcome>> futures;
    const int t = budget();
    for (quint32 r : requests) {
      if (r == first) continue;
      futures.push_back(std::async(std::launch::async, probe, r, t));
    }
    for (auto &f : futures) outcomes << f.get();
    // A server with a tiny backlog may drop a parallel connection that a sequential one gets through: retry an
    // early close/reset once, but only when some other request proved the server speaks RDP.
    bool someRdp = false;
    for (const auto &o : outcomes) someRdp = someRdp || o.isRdp();
    if (someRdp) {
      for (auto &o : outcomes) {
        if (earlyDrop(o) && !token.shouldStop()) {
          NegotiationOutcome again = probe(o.requested, budget());
          if (again.kind != OK::Cancelled) o = again;
        }
      }
    }
  }
  std::sort(outcomes.begin(), outcomes.end(), [](const auto &a, const auto &b) { return a.requested < b.requested; });

  CheckResult r = rdp::classifyNegotiation(outcomes, rdp::mentionsNla(ctx.target.clientError));
  QVariantList per = r.findings.value(u"per_request"_s).toList();
  for (quint32 req : std::as_const(notTried))
    per.append(QVariantMap{{u"requested"_s, req}, {u"outcome"_s, u"not_tried"_s}, {u"selected"_s, QVariant()},
                           {u"failure_code"_s, QVariant()}, {u"elapsed_ms"_s, 0}});
  r.findings.insert(u"per_request"_s, per);
  r.findings.insert(u"port"_s, ctx.target.port);
  r.findings.insert(u"address"_s, addr.toString());
  if (!notTried.isEmpty() && o0.kind == OK::Silent) r.findings.insert(u"timeout_ms"_s, o0.elapsedMs);
  return r;
}

QString NegotiationCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  const QString fix = r.fixId;
  const QString nonRdp = e.value(u"non_rdp_reply"_s).toString();
  const QStringList acc = e.value(u"accepted_protocols"_s).toStringList();
  if (r.status == Status::Skipped) {
    if (e.value(u"reason"_s).toString() == u"port_not_open"_s) return QCoreApplication::translate("NegotiationCheck", "Not checked: the port is not open.");
    return QCoreApplication::translate("NegotiationCheck", "Not checked.");
  }
  if (r.status == Status::Error) return QCoreApplication::translate("NegotiationCheck", "The port could not be reached again for the Remote Desktop test.");
  if (r.status == Status::Pass) {
    if (e.value(u"nla_required"_s).toBool())
      return QCoreApplication::translate("NegotiationCheck", "The server answers as Remote Desktop and requires Network Level Authentication (NLA).");
    if (acc.contains(u"hybrid"_s) || acc.contains(u"hybrid_ex"_s))
      return QCoreApplication::translate("NegotiationCheck", "The server answers as Remote Desktop and offers TLS and Network Level Authentication (NLA).");
    if (!acc.contains(u"rdp"_s))
      return QCoreApplication::translate("NegotiationCheck", "The server answers as Remote Desktop and requires TLS encryption.");
    return QCoreApplication::translate("NegotiationCheck", "The server answers as Remote Desktop and offers TLS encryption.");
  }
  if (fix == u"legacy-server"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server answers as an old Remote Desktop server that does not negotiate security at all.");
  if (fix == u"ssl-not-allowed"_s && r.status == Status::Warn)
    return QCoreApplication::translate("NegotiationCheck", "The server answers as Remote Desktop, but only with the old RDP security: it does not offer TLS.");
  if (fix == u"tls-cert-missing"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server refuses secure connections because its certificate is missing or damaged (code 3).");
  if (fix == u"user-auth-cert-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server demands a client certificate, which normal Remote Desktop clients do not have (code 6).");
  if (fix == u"nla-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server only accepts Network Level Authentication (NLA) and refused the other requests.");
  if (fix == u"ssl-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server requires TLS, but it refused every request (code 1).");
  if (fix == u"ssl-not-allowed"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server refused TLS and offered nothing else (code 2).");
  if (fix == u"closed-after-accept"_s) {
    if (nonRdp == u"mcs_disconnect"_s)
      return QCoreApplication::translate("NegotiationCheck", "The server accepted the connection and at once sent a Remote Desktop disconnect.");
    return QCoreApplication::translate("NegotiationCheck", "The server accepted the connection, then closed it without any answer.");
  }
  if (fix == u"rdp-silent"_s)
    return QCoreApplication::translate("NegotiationCheck", "The port accepts connections, but nothing answered the Remote Desktop request within %1 ms.")
        .arg(e.value(u"timeout_ms"_s).toLongLong());
  if (nonRdp == u"http"_s) return QCoreApplication::translate("NegotiationCheck", "A web server, not Remote Desktop, answers on this port.");
  if (nonRdp == u"ssh"_s) return QCoreApplication::translate("NegotiationCheck", "An SSH server, not Remote Desktop, answers on this port.");
  if (nonRdp == u"tls"_s) return QCoreApplication::translate("NegotiationCheck", "A TLS service, not Remote Desktop, answers on this port.");
  if (nonRdp == u"garbage"_s) return QCoreApplication::translate("NegotiationCheck", "Something that is not Remote Desktop answers on this port.");
  return QCoreApplication::translate("NegotiationCheck", "The server answered the Remote Desktop request with error code %1 (%2).")
      .arg(e.value(u"failure_code"_s).toString(), e.value(u"failure_name"_s).toString());
}

QString NegotiationCheck::explain(const CheckResult &r) const {
  const QString fix = r.fixId;
  if (fix == u"tls-cert-missing"_s)
    return QCoreApplication::translate("NegotiationCheck", "Windows says the certificate Remote Desktop uses for TLS is missing or damaged, so it cannot start a "
              "secure connection, and newer clients always try TLS first. Fix it on the server (step 9): log in "
              "through the cloud console, open the RDP-Tcp properties and set the security layer to \"RDP Security "
              "Layer\", then disable and enable the connection. Better still, delete the damaged certificate under "
              "Remote Desktop in the computer's certificate store and restart the Remote Desktop service so Windows "
              "creates a new one.");
  if (fix == u"closed-after-accept"_s)
    return QCoreApplication::translate("NegotiationCheck", "Something on the server takes the connection and drops it before Remote Desktop answers. Usually the "
              "RDP-Tcp listener is disabled or broken (step 9), or security software on the server cuts the "
              "connection (step 10). A limit on connections from your address can do the same.");
  if (fix == u"rdp-silent"_s)
    return QCoreApplication::translate("NegotiationCheck", "The port is open, but the Remote Desktop service does not reply. The service may be hung or the "
              "server overloaded (steps 4 and 6), or a device in between accepts connections without passing them "
              "on. Log in through the cloud console and restart the Remote Desktop service, or the server (step 11).");
  if (fix == u"not-rdp"_s)
    return QCoreApplication::translate("NegotiationCheck", "A different program answers on this port, so the port number is probably wrong, or port forwarding "
              "sends the connection to the wrong machine. Find the Remote Desktop port on the server (step 3) and "
              "connect to that port.");
  if (fix == u"legacy-server"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server ignores security negotiation, as Windows Server 2003 and older do. Current clients may refuse "
              "it or warn. Use an older client setting that allows RDP security, or upgrade the server (step 9).");
  if (fix == u"ssl-not-allowed"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server is set to the old \"RDP Security Layer\" only. Clients that insist on TLS or NLA refuse "
              "to connect, and the connection is not protected against interception. On the server (step 9), set "
              "the security layer of RDP-Tcp to \"Negotiate\" once its certificate is fine.");
  if (fix == u"nla-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server only lets in clients that log in before the desktop opens (Network Level Authentication). "
              "Current Remote Desktop clients do this on their own. It fails with old clients, when the password "
              "has expired or must be changed, or with the \"CredSSP encryption oracle\" error between patched and "
              "unpatched computers. Update the client, or log in through the cloud console and turn off \"Allow "
              "connections only from computers running Remote Desktop with Network Level Authentication\" (step 9).");
  if (fix == u"user-auth-cert-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server is set to accept only clients that show their own certificate. Normal clients cannot. On the "
              "server (step 9), set the security layer of RDP-Tcp back to \"Negotiate\".");
  if (fix == u"ssl-required"_s)
    return QCoreApplication::translate("NegotiationCheck", "The server only accepts TLS-protected connections. Clients set to the old RDP security cannot "
              "connect; leave the client's security setting at its default. If TLS itself fails, look at the "
              "server's certificate (step 9).");
  if (r.status == Status::Fail)
    return QCoreApplication::translate("NegotiationCheck", "The server answered with an unusual Remote Desktop error. Check the security settings of RDP-Tcp on "
              "the server (step 9).");
  return {};
}

}  // namespace rdpd
