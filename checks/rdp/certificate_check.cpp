#include "checks/rdp/certificate_check.h"

#include <QCoreApplication>

#include "checks/core/services.h"
#include "checks/rdp/tls_check.h"
#include "checks/tls/certificate_info.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
}  // namespace

namespace tls {

CheckResult classifyCertificate(const QByteArray &pem, const Target &target, const QDateTime &now, bool chainVerified,
                                const QString &verifyError) {
  QString error;
  const std::optional<CertificateInfo> c = parseCertificatePem(pem, &error);
  if (!c) return makeResult(Status::Error, {{u"error"_s, error}});

  const bool expired = c->notAfter.isValid() && now > c->notAfter;
  const bool notYetValid = c->notBefore.isValid() && now < c->notBefore;
  const bool weakKey = isWeakKey(*c);
  const bool hostMatch = certificateMatchesHost(pem, target.host);

  Findings ev;
  ev.insert(u"subject"_s, c->subject);
  ev.insert(u"issuer"_s, c->issuer);
  ev.insert(u"common_name"_s, c->commonName);
  ev.insert(u"self_signed"_s, c->selfSigned);
  ev.insert(u"not_before"_s, iso(c->notBefore));
  ev.insert(u"not_after"_s, iso(c->notAfter));
  ev.insert(u"expired"_s, expired);
  ev.insert(u"not_yet_valid"_s, notYetValid);
  // Whole days, rounded towards the past: "0" means it ends within a day, negative means it has ended.
  const qint64 secsLeft = c->notAfter.isValid() ? now.secsTo(c->notAfter) : 0;
  ev.insert(u"days_left"_s, secsLeft >= 0 ? secsLeft / 86400 : -((-secsLeft + 86399) / 86400));
  ev.insert(u"key_type"_s, c->keyType);
  ev.insert(u"key_bits"_s, c->keyBits);
  ev.insert(u"weak_key"_s, weakKey);
  ev.insert(u"signature_algorithm"_s, c->signatureAlgorithm);
  ev.insert(u"weak_signature"_s, c->weakSignature);
  ev.insert(u"sha1"_s, c->sha1);
  ev.insert(u"sha256"_s, c->sha256);
  ev.insert(u"san"_s, c->san);
  ev.insert(u"hostname_match"_s, hostMatch);
  ev.insert(u"host_checked"_s, target.host);
  ev.insert(u"chain_verified"_s, chainVerified);
  ev.insert(u"verify_error"_s, chainVerified ? QVariant() : QVariant(verifyError));

  // Expired is a warning, not a failure: Windows clients show a certificate warning and still let the user connect,
  // so an expired certificate alone does not explain "I cannot connect". It is worth fixing, and it is the first
  // thing to fix when the other checks are clean. (Policies that refuse untrusted certificates are the exception;
  // the explanation mentions them.)
  if (expired || notYetValid) return makeResult(Status::Warn, ev, u"cert-expired"_s);
  if (weakKey || c->weakSignature) return makeResult(Status::Warn, ev, u"cert-weak"_s);
  // A name mismatch matters only when someone went to the trouble of installing an authority-issued certificate for
  // a name and the user typed another name. Windows' own self-signed certificate names the computer ("WIN-..."), so
  // it never matches what people type, and with an IP address there is no name to compare: neither is a finding.
  const bool nameMatters = target.kind == HostKind::Name && !c->selfSigned;
  ev.insert(u"name_mismatch_relevant"_s, nameMatters && !hostMatch);
  if (nameMatters && !hostMatch) return makeResult(Status::Warn, ev, u"cert-name-mismatch"_s);
  // Self-signed is normal for Remote Desktop: a pass, with the article that explains what it means.
  if (c->selfSigned) return makeResult(Status::Pass, ev, u"cert-self-signed"_s);
  return makeResult(Status::Pass, ev);
}

}  // namespace tls

CertificateCheck::CertificateCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 9,
             .origin = Origin::Remote,
             .timeoutMs = 1000,
             .dependsOn = {QString::fromLatin1(TlsCheck::kId)},
             .titleContext = "CertificateCheck",
             .title = QT_TRANSLATE_NOOP("CertificateCheck", "Is the server's certificate in order?")}) {}

CheckResult CertificateCheck::run(const CheckContext &ctx) const {
  const CheckResult *t = ctx.find(QString::fromLatin1(TlsCheck::kId));
  const QByteArray pem = t ? t->findings.value(u"certificate_pem"_s).toString().toLatin1() : QByteArray();
  if (pem.isEmpty()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_certificate"_s}});
  const QDateTime now = ctx.services ? ctx.services->clock().nowUtc() : QDateTime::currentDateTimeUtc();
  return tls::classifyCertificate(pem, ctx.target, now, t->findings.value(u"chain_verified"_s).toBool(),
                                  t->findings.value(u"verify_error"_s).toString());
}

QString CertificateCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.status == Status::Skipped) return QCoreApplication::translate("CertificateCheck", "Not checked: no certificate was received.");
  if (r.status == Status::Error) return QCoreApplication::translate("CertificateCheck", "The certificate could not be read: %1").arg(e.value(u"error"_s).toString());
  const QString name = e.value(u"common_name"_s).toString();
  const QString until = e.value(u"not_after"_s).toString().left(10);
  if (e.value(u"expired"_s).toBool())
    return QCoreApplication::translate("CertificateCheck", "The server's certificate \"%1\" expired on %2.").arg(name, until);
  if (e.value(u"not_yet_valid"_s).toBool())
    return QCoreApplication::translate("CertificateCheck", "The server's certificate \"%1\" is only valid from %2: check this computer's clock and the server's.")
        .arg(name, e.value(u"not_before"_s).toString().left(10));
  if (r.fixId == u"cert-weak"_s) {
    if (e.value(u"weak_key"_s).toBool() && e.value(u"weak_signature"_s).toBool())
      return QCoreApplication::translate("CertificateCheck", "The server's certificate uses a short %1-bit key and an outdated signature (%2).")
          .arg(QString::number(e.value(u"key_bits"_s).toInt()), e.value(u"signature_algorithm"_s).toString());
    if (e.value(u"weak_key"_s).toBool())
      return QCoreApplication::translate("CertificateCheck", "The server's certificate uses a short %1-bit key.").arg(QString::number(e.value(u"key_bits"_s).toInt()));
    return QCoreApplication::translate("CertificateCheck", "The server's certificate is signed with an outdated method (%1).").arg(e.value(u"signature_algorithm"_s).toString());
  }
  if (r.fixId == u"cert-name-mismatch"_s)
    return QCoreApplication::translate("CertificateCheck", "The server's certificate is for \"%1\", not for \"%2\".").arg(name, e.value(u"host_checked"_s).toString());
  const QString days = QString::number(e.value(u"days_left"_s).toLongLong());
  if (e.value(u"self_signed"_s).toBool())
    return QCoreApplication::translate("CertificateCheck", "The server uses its own (self-signed) certificate \"%1\", valid for %2 more days. That is normal for Remote Desktop.")
        .arg(name, days);
  return QCoreApplication::translate("CertificateCheck", "The server's certificate \"%1\" is valid for %2 more days.").arg(name, days);
}

QString CertificateCheck::explain(const CheckResult &r) const {
  const Findings &e = r.findings;
  const QString sha1 = e.value(u"sha1"_s).toString();
  if (r.fixId == u"cert-expired"_s)
    return QCoreApplication::translate("CertificateCheck", "A certificate is valid only between two dates. Outside them, Remote Desktop clients show a warning; most "
              "let you continue, but some company policies and clients refuse. If this computer's clock is wrong, "
              "fix that first. Otherwise renew the certificate on the server (step 9): for Windows' own certificate, "
              "delete it in the computer's certificate store under Remote Desktop and restart the Remote Desktop "
              "service, and Windows creates a new one.");
  if (r.fixId == u"cert-weak"_s)
    return QCoreApplication::translate("CertificateCheck", "Keys shorter than 2048 bits and signatures made with MD5 or SHA-1 are no longer considered safe. Newer "
              "clients and servers may refuse them, and the server's own security settings can make its TLS fail "
              "with such a key. Replace the certificate with one that has a 2048-bit (or longer) key and a SHA-256 "
              "signature (step 9).");
  if (r.fixId == u"cert-name-mismatch"_s)
    return QCoreApplication::translate("CertificateCheck", "The certificate was issued for another name than the one you typed, so clients warn that the server "
              "cannot be identified. Connect with the name the certificate was issued for, or install a certificate "
              "that includes the name you use.");
  if (e.value(u"self_signed"_s).toBool())
    return QCoreApplication::translate("CertificateCheck", "A certificate ties the server's key to its name. This one was signed by the server itself, not by an "
              "authority your computer trusts, so your computer cannot prove the key really belongs to your server: "
              "someone in the middle could present their own certificate and you would see the same kind of warning. "
              "That is how most Remote Desktop servers work and it does not stop you from connecting. To be sure, "
              "compare the thumbprint the client shows with the one on the server (log in through the cloud console). "
              "This certificate's SHA-1 thumbprint is %1.").arg(sha1);
  return QCoreApplication::translate("CertificateCheck", "The certificate was issued by an authority. Its SHA-1 thumbprint is %1.").arg(sha1);
}

}  // namespace rdpd
