#pragma once
// rdp.tls (step 9): when the server picks TLS (or CredSSP, which runs inside TLS), does the TLS handshake on the
// RDP socket work, with which version and cipher suite, and which TLS versions does the server accept at all?
// "The server chose TLS but its TLS layer fails" is the classic damaged-certificate symptom of the FAQ (step 9,
// case 1). The leaf certificate goes into the findings, so rdp.certificate needs no connection of its own.

#include "checks/core/check.h"
#include "checks/rdp/tls_probe.h"

namespace rdpd {

class TlsCheck final : public Check {
 public:
  static constexpr const char *kId = "rdp.tls";
  TlsCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

namespace tls {
// Pure: the findings and status for one main attempt (after its retry, if any) and the per-version results.
// versionResults holds (version name, accepted); empty when the versions were not probed.
CheckResult classifyTls(const TlsAttempt &main, bool retriedMaxTls12, const QList<QPair<QString, bool>> &versionResults);
}  // namespace tls

}  // namespace rdpd
