#pragma once
// net.alt_ports (step 3): when the Remote Desktop port is not open, is Remote Desktop listening on one of the ports
// people usually move it to (or on ports the user named)? Every candidate is probed at once, and a port counts as
// RDP only if it answers the RDP Connection Request, not merely because it is open.

#include <QList>

#include "checks/core/check.h"

namespace rdpd {

class AltPortsCheck final : public Check {
 public:
  static constexpr const char *kId = "net.alt_ports";
  AltPortsCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;

  // The usual alternatives, then extraPorts, without the target port and without duplicates.
  static QList<int> candidatePorts(int targetPort, const QList<int> &extraPorts);
};

}  // namespace rdpd
