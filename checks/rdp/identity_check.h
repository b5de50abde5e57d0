#pragma once
// rdp.identity (step 9): who is the server? When the server offers CredSSP (Network Level Authentication), its NTLM
// CHALLENGE names the computer and domain, tells the Windows version and build, and carries the server's clock.
// Only an anonymous NEGOTIATE is sent: no user name, no password, no AUTHENTICATE message, ever. The clock lets us
// spot a skew that breaks Kerberos logons (more than 5 minutes) and can make certificates look expired.

#include <QDateTime>

#include "checks/core/check.h"
#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"

namespace rdpd {

class IdentityCheck final : public Check {
 public:
  static constexpr const char *kId = "rdp.identity";
  IdentityCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

namespace rdp {

// Kerberos' default tolerance; beyond it domain logons fail.
constexpr qint64 kMaxClockSkewS = 300;

// Pure: the server's TSRequest answer (whole DER) as seen at `now` -> status and findings.
CheckResult classifyIdentity(const QByteArray &tsRequestAnswer, const QDateTime &now);

}  // namespace rdp

}  // namespace rdpd
