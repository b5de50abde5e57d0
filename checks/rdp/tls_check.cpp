#include "checks/rdp/tls_check.h"

#include <QCoreApplication>
#include <future>
#include <vector>

#include "checks/tls/certificate_info.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

constexpr int kMaxProbeMs = 3000;

using tls::TlsVersion;
}  // namespace

namespace tls {

CheckResult classifyTls(const TlsAttempt &main, bool retriedMaxTls12, const QList<QPair<QString, bool>> &versionResults) {
  Findings ev;
  ev.insert(u"requested"_s, main.negotiation.requested);
  ev.insert(u"retried_max_tls12"_s, retriedMaxTls12);
  if (!main.tlsStarted) {
    // Our own request did not lead to TLS this time (a cancelled run, or a server that changed its mind).
    if (main.negotiation.kind == rdp::NegotiationOutcome::Kind::Cancelled) {
      ev.insert(u"cancelled"_s, true);
      return makeResult(Status::Skipped, ev);
    }
    ev.insert(u"reason"_s, u"tls_not_selected"_s);
    ev.insert(u"negotiation"_s, rdp::outcomeName(main.negotiation.kind));
    return makeResult(Status::Error, ev);
  }
  const TlsHandshakeResult &h = main.handshake;
  ev.insert(u"selected_protocol"_s, rdp::protocolName(main.negotiation.confirm.selectedProtocol));
  ev.insert(u"handshake"_s, h.ok ? u"ok"_s : u"failed"_s);
  ev.insert(u"handshake_ms"_s, h.elapsedMs);
  ev.insert(u"version"_s, h.ok ? QVariant(h.version) : QVariant());
  ev.insert(u"cipher"_s, h.ok ? QVariant(h.cipher) : QVariant());
  ev.insert(u"cipher_openssl"_s, h.ok ? QVariant(h.cipherOpenSsl) : QVariant());
  ev.insert(u"error"_s, h.ok ? QVariant() : QVariant(h.error));

  QStringList accepted, rejected;
  for (const auto &v : versionResults) (v.second ? accepted : rejected) << v.first;
  ev.insert(u"versions_accepted"_s, accepted);
  ev.insert(u"versions_rejected"_s, rejected);
  ev.insert(u"legacy_versions"_s, accepted.contains(u"TLSv1.0"_s) || accepted.contains(u"TLSv1.1"_s));

  if (!h.ok) {
    ev.insert(u"peer_reply"_s, toString(h.peer));
    ev.insert(u"alert"_s, h.alert.isEmpty() ? QVariant() : QVariant(h.alert));
    ev.insert(u"first_bytes_hex"_s, QString::fromLatin1(h.firstBytes.toHex(' ')));
    if (h.peer == PeerReply::Cancelled) {
      ev.insert(u"cancelled"_s, true);
      return makeResult(Status::Skipped, ev);
    }
    if (h.peer == PeerReply::LocalError) return makeResult(Status::Error, ev);
    return makeResult(Status::Fail, ev, u"tls-broken"_s);
  }

  QVariantList chainPem;
  for (const QByteArray &der : h.chainDer) chainPem << QString::fromLatin1(derToPem(der));
  ev.insert(u"certificate_pem"_s, chainPem.isEmpty() ? QVariant() : chainPem.first());
  ev.insert(u"chain_pem"_s, chainPem);
  ev.insert(u"chain_length"_s, int(chainPem.size()));
  ev.insert(u"chain_verified"_s, h.chainVerified);
  ev.insert(u"verify_error"_s, h.chainVerified ? QVariant() : QVariant(h.verifyError));
  // Old versions are a hardening matter, not a connection problem: reported, explained, not a warning.
  return makeResult(Status::Pass, ev);
}

}  // namespace tls

TlsCheck::TlsCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 9,
             .origin = Origin::Remote,
             .timeoutMs = 8000,
             .dependsOn = {u"rdp.negotiation"_s},
             .titleContext = "TlsCheck",
             .title = QT_TRANSLATE_NOOP("TlsCheck", "Does the encrypted (TLS) connection work?")}) {}

CheckResult TlsCheck::run(const CheckContext &ctx) const {
  const tls::ProbeSetup probe = tls::setupProbe(ctx);
  const tls::NegotiationFacts &facts = probe.facts;
  if (facts.known && !facts.respondsAsRdp) return makeResult(Status::Skipped, {{u"reason"_s, u"not_rdp"_s}});
  if (facts.known && !facts.offersTls) return makeResult(Status::Skipped, {{u"reason"_s, u"no_tls"_s}});
  if (probe.address.isNull()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_address"_s}});
  const QHostAddress &addr = probe.address;
  const quint16 port = probe.port;
  const CancelToken &token = *ctx.token;
  auto budget = [&] { return probeBudgetMs(token); };

  tls::TlsClientOptions opts;
  opts.serverName = probe.serverName;
  const quint32 request =
      facts.tlsRequest ? facts.tlsRequest : (rdp::ProtocolSsl | rdp::ProtocolHybrid | rdp::ProtocolHybridEx);

  auto attempt = [&](quint32 req, tls::TlsClientOptions o, int share) {
    const int t = qMin(kMaxProbeMs, share);
    o.timeoutMs = t;
    return tls::attemptTls(addr, port, req, o, token, qMax(50, t));
  };

  tls::TlsAttempt main = attempt(request, opts, budget() / 3);
  // Without evidence from rdp.negotiation, a server that refuses the CredSSP request may still do plain TLS.
  if (!facts.known && !main.tlsStarted && main.negotiation.kind == rdp::NegotiationOutcome::Kind::Confirm &&
      !token.shouldStop())
    main = attempt(rdp::ProtocolSsl, opts, budget() / 3);
  if (!facts.known && !main.tlsStarted && main.negotiation.kind != rdp::NegotiationOutcome::Kind::Cancelled)
    return makeResult(Status::Skipped, {{u"reason"_s, u"no_tls"_s}});

  // Some servers (Windows Server 2019 with experimental TLS 1.3) reset on a TLS 1.3 ClientHello: try once more
  // without it before calling the TLS layer broken.
  bool retried = false;
  if (main.tlsStarted && !main.handshake.ok && main.handshake.peer != tls::PeerReply::Cancelled &&
      !token.shouldStop()) {
    tls::TlsClientOptions capped = opts;
    capped.maxVersion = TlsVersion::Tls12;
    tls::TlsAttempt again = attempt(main.negotiation.requested, capped, budget() / 2);
    retried = true;
    if (again.tlsStarted && again.handshake.ok) main = again;
  }

  QList<QPair<QString, bool>> versions;
  if (main.tlsStarted && main.handshake.ok && !token.shouldStop()) {
    // One handshake per version, each on its own connection with its own request, all at once.
    const QList<TlsVersion> all = {TlsVersion::Tls10, TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13};
    std::vector<std::future<tls::TlsAttempt>> futures;
    const int t = budget();
    for (TlsVersion v : all) {
      tls::TlsClientOptions o = opts;
      o.minVersion = v;
      o.maxVersion = v;
      o.verifyChain = false;
      futures.push_back(std::async(std::launch::async, attempt, main.negotiation.requested, o, t));
    }
    for (int i = 0; i < all.size(); ++i) {
      const tls::TlsAttempt a = futures[size_t(i)].get();
      if (a.negotiation.kind == rdp::NegotiationOutcome::Kind::Cancelled ||
          (a.tlsStarted && a.handshake.peer == tls::PeerReply::Cancelled))
        continue;
      versions.append({tls::versionName(all[i]), a.tlsStarted && a.handshake.ok});
    }
  }
  CheckResult r = tls::classifyTls(main, retried, versions);
  r.findings.insert(u"address"_s, addr.toString());
  return r;
}

QString TlsCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.status == Status::Skipped) {
    const QString reason = e.value(u"reason"_s).toString();
    if (reason == u"no_tls"_s) return QCoreApplication::translate("TlsCheck", "Not checked: the server does not offer TLS.");
    if (reason == u"not_rdp"_s) return QCoreApplication::translate("TlsCheck", "Not checked: the port does not answer as Remote Desktop.");
    return QCoreApplication::translate("TlsCheck", "Not checked.");
  }
  if (r.status == Status::Error) {
    if (e.value(u"reason"_s).toString() == u"tls_not_selected"_s)
      return QCoreApplication::translate("TlsCheck", "The server did not choose TLS this time, so the TLS test could not run.");
    return QCoreApplication::translate("TlsCheck", "The TLS test could not run on this computer: %1").arg(e.value(u"error"_s).toString());
  }
  if (e.value(u"handshake"_s).toString() == u"failed"_s) {
    const QString peer = e.value(u"peer_reply"_s).toString();
    if (peer == u"mcs_disconnect"_s)
      return QCoreApplication::translate("TlsCheck", "The server chose TLS, but then answered the TLS start with a Remote Desktop disconnect: its TLS layer is broken.");
    if (peer == u"timeout"_s) return QCoreApplication::translate("TlsCheck", "The server chose TLS, but did not answer the TLS start in time.");
    return QCoreApplication::translate("TlsCheck", "The server chose TLS, but the TLS handshake failed: %1.").arg(e.value(u"error"_s).toString());
  }
  const QStringList versions = e.value(u"versions_accepted"_s).toStringList();
  if (versions.isEmpty())
    return QCoreApplication::translate("TlsCheck", "TLS works: %1 with %2.").arg(e.value(u"version"_s).toString(), e.value(u"cipher"_s).toString());
  return QCoreApplication::translate("TlsCheck", "TLS works: %1 with %2. Versions the server accepts: %3.")
      .arg(e.value(u"version"_s).toString(), e.value(u"cipher"_s).toString(), versions.join(u", "_s));
}

QString TlsCheck::explain(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.fixId == u"tls-broken"_s)
    return QCoreApplication::translate("TlsCheck", "In its first answer the server said \"let's encrypt with TLS\", and then it could not do it. This is the "
              "typical sign of a damaged or unusable Remote Desktop certificate on the server (for example a key that "
              "is too short for the server's own security settings, or a certificate whose private key cannot be read). "
              "Clients newer than Windows 7 always try TLS, so they all fail. Fix it on the server (step 9): log in "
              "through the cloud console, delete the Remote Desktop certificate in the computer's certificate store so "
              "Windows creates a new one, and restart the Remote Desktop service. As a stopgap, setting the security "
              "layer of RDP-Tcp to \"RDP Security Layer\" lets clients in without TLS.");
  if (r.status == Status::Pass && e.value(u"legacy_versions"_s).toBool())
    return QCoreApplication::translate("TlsCheck", "The connection is encrypted. The server also still accepts the old versions TLS 1.0 or 1.1, which are no "
              "longer considered safe. That does not stop you from connecting; switching them off on the server "
              "is a good idea once everything works.");
  if (r.status == Status::Pass)
    return QCoreApplication::translate("TlsCheck", "The Remote Desktop connection is encrypted with TLS, the same protection websites use. The server's "
              "certificate is looked at in the next check.");
  return {};
}

}  // namespace rdpd
