#pragma once
// What the TLS-side checks share: reading rdp.negotiation's findings (which address, which request made the server
// pick TLS or CredSSP), and one "fresh connection, X.224 request, TLS on the same socket" attempt.

#include <QHostAddress>

#include <optional>

#include "checks/core/check.h"
#include "checks/rdp/negotiation_probe.h"
#include "checks/tls/tls_client.h"

namespace rdpd::tls {

struct NegotiationFacts {
  bool known = false;  // rdp.negotiation ran and produced usable findings
  bool respondsAsRdp = false;
  bool offersTls = false;      // some request got TLS, CredSSP or CredSSP+EUA selected
  bool offersCredssp = false;  // some request got CredSSP (HYBRID / HYBRID_EX) selected
  quint32 tlsRequest = 0;      // the richest request that got a TLS-family selection (0 = none seen)
  QHostAddress address;        // where rdp.negotiation connected
};

NegotiationFacts negotiationFacts(const CheckContext &ctx);

// The address to probe: rdp.negotiation's, else net.tcp_connect's, else the first resolved one.
QHostAddress probeAddress(const CheckContext &ctx);

// The preamble every probe after rdp.negotiation shares (rdp.tls, rdp.identity): what rdp.negotiation found, where
// to connect (its address, else probeAddress), the port and the name to send in the TLS handshake. The budget is
// probeBudgetMs(*ctx.token) (checks/core/check.h).
struct ProbeSetup {
  NegotiationFacts facts;
  QHostAddress address;  // null: nothing to probe (the check is skipped with reason "no_address")
  quint16 port = 0;
  QString serverName;  // the host name for SNI; empty when the user gave an address
};
ProbeSetup setupProbe(const CheckContext &ctx);

struct TlsAttempt {
  rdp::NegotiationOutcome negotiation;
  bool tlsStarted = false;       // the server selected a TLS-family protocol, so a handshake was tried
  TlsHandshakeResult handshake;  // valid when tlsStarted
};

// Fresh connection, CR with requested, and when the server selects SSL/HYBRID/HYBRID_EX, a TLS handshake.
TlsAttempt attemptTls(const QHostAddress &addr, quint16 port, quint32 requested, const TlsClientOptions &options,
                      const CancelToken &token, int timeoutMs);

}  // namespace rdpd::tls
