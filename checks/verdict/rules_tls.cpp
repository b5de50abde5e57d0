// Verdict rules and cause words for the TLS area: a broken TLS layer, certificate problems, clock skew.
// Confidences, against the foundation's: "healthy" is 0.6 (0.4 without an RDP answer) and port-level causes are
// 0.8-0.85. A TLS layer that fails after the server chose TLS stops every modern client, and it can only be seen
// once the port answers as RDP, so it outranks everything that got that far (0.9). Certificate and clock findings
// are warnings: clients still connect after a prompt, so they become the verdict only on an otherwise healthy
// server (just above 0.6) and never over a real blocker.
#include <QCoreApplication>

#include <cstdlib>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

std::optional<Cause> tlsBroken(const Results &r) {
  const CheckResult *t = findResult(r, "rdp.tls");
  if (t && t->status == Status::Fail && t->findings.value(u"handshake"_s).toString() == u"failed"_s)
    return Cause{u"tls_broken"_s, 9, 0.9, {t->id, u"rdp.negotiation"_s}};
  return std::nullopt;
}

std::optional<Cause> certExpired(const Results &r) {
  const CheckResult *c = findResult(r, "rdp.certificate");
  if (c && (c->findings.value(u"expired"_s).toBool() || c->findings.value(u"not_yet_valid"_s).toBool()))
    return Cause{u"cert_expired"_s, 9, 0.66, {c->id}};
  return std::nullopt;
}

std::optional<Cause> certWeak(const Results &r) {
  const CheckResult *c = findResult(r, "rdp.certificate");
  if (c && (c->findings.value(u"weak_signature"_s).toBool() || c->findings.value(u"weak_key"_s).toBool()))
    return Cause{u"cert_weak"_s, 9, 0.62, {c->id}};
  return std::nullopt;
}

// Step 9 rather than 5: the skew shows up in the server's NLA answer and breaks NLA/Kerberos logons and
// certificate validity, which is what step 9 deals with; it has nothing to do with the network path.
std::optional<Cause> clockSkew(const Results &r) {
  const CheckResult *c = findResult(r, "rdp.identity");
  if (!c) return std::nullopt;
  const QVariant skew = c->findings.value(u"clock_skew_s"_s);
  if (skew.isNull() || std::llabs(skew.toLongLong()) <= 300) return std::nullopt;
  // An "expired" certificate on a server whose clock is fine but whose client clock is off is really this.
  return Cause{u"clock_skew"_s, 9, 0.64, {c->id}};
}
}  // namespace

void addTlsVerdicts(VerdictBook &b) {
  b.rules.insert(b.rules.end(), {tlsBroken, certExpired, certWeak, clockSkew});
  b.causes.push_back({u"tls_broken"_s,
                      [] { return QCoreApplication::translate("Causes", "The server chooses an encrypted (TLS) connection, but its TLS layer does not work."); },
                      [] { return QCoreApplication::translate("Causes", "The server's Remote Desktop certificate is most likely damaged or unusable. In the "
                                     "cloud console, delete it so Windows creates a new one and restart the Remote "
                                     "Desktop service (step 9). The \"RDP Security Layer\" stopgap gives up server authentication and "
                                     "needs NLA off too: undo it once the certificate is back."); }});
  b.causes.push_back({u"cert_expired"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's certificate has expired (or is not valid yet)."); },
                      [] { return QCoreApplication::translate("Causes", "Check this computer's date and time. If they are right, renew the server's "
                                     "Remote Desktop certificate (step 9). Most clients still connect after a warning."); }});
  b.causes.push_back({u"cert_weak"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's certificate uses a short key or an outdated signature."); },
                      [] { return QCoreApplication::translate("Causes", "Replace the certificate with one that has a 2048-bit key and a SHA-256 signature "
                                     "(step 9); newer clients may refuse the old one."); }});
  b.causes.push_back({u"clock_skew"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's clock and this computer's clock differ by more than five minutes."); },
                      [] { return QCoreApplication::translate("Causes", "Correct whichever clock is wrong: first check this computer's date, time and time "
                                     "zone, then let the server synchronise its time. Domain logons fail until then."); }});
}

}  // namespace rdpd
