#pragma once
// rdp.negotiation (step 4, also shown on step 9): does the open port speak RDP, and which security protocols does it
// accept? One cookie-less X.224 Connection Request per protocol set that matters (standard RDP, TLS, CredSSP,
// CredSSP + early user authorization), each outcome classified, and the selected protocol compared with what was
// requested (a server that answers a TLS request with "standard RDP" does not support TLS).

#include <QList>

#include "checks/core/check.h"
#include "checks/rdp/negotiation_probe.h"

namespace rdpd {

class NegotiationCheck final : public Check {
 public:
  static constexpr const char *kId = "rdp.negotiation";
  NegotiationCheck();
  CheckResult run(const CheckContext &ctx) const override;
  QString summarize(const CheckResult &r) const override;
  QString explain(const CheckResult &r) const override;
};

namespace rdp {

// The requested-protocol sets probed, richest last: 0x00, 0x01, 0x03, 0x0B.
QList<quint32> negotiationRequests();

// Pure: turns the outcomes of the probes (one per request, any order) into status, findings and fix id.
// clientMentionsNla: the client's error text talks about NLA/CredSSP (makes "NLA required" relevant).
CheckResult classifyNegotiation(const QList<NegotiationOutcome> &outcomes, bool clientMentionsNla = false);

// True when the free-text client error mentions NLA / CredSSP / network level authentication.
bool mentionsNla(const QString &clientError);

}  // namespace rdp
}  // namespace rdpd
