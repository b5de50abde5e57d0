#pragma once
// rdp.certificate (step 9): what the server's TLS certificate says — validity dates against this computer's clock,
// key size, signature algorithm, self-signed or issued by an authority, names, and the SHA-1 thumbprint the user can
// compare with the one shown on the server. Pure reading of rdp.tls's findings: no connection of its own.

#include <QDateTime>

#include "checks/core/check.h"

namespace rdpd {

class CertificateCheck final : public Check {
 public:
  static constexpr const char *kId = "rdp.certificate";
  CertificateCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

namespace tls {
// Pure: judge a PEM certificate as seen at `now` for `target`, with the chain verdict from the handshake.
CheckResult classifyCertificate(const QByteArray &pem, const Target &target, const QDateTime &now, bool chainVerified,
                                const QString &verifyError);
}  // namespace tls

}  // namespace rdpd
