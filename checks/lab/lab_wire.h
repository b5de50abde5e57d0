#pragma once
// The bytes the lab's pretend server says: reading the client's X.224 Connection Request, choosing the answer the
// way a Windows server with the scenario's settings would, and building the Connection Confirm and the NTLM
// CHALLENGE (inside a CredSSP TSRequest) that tells the server's names, Windows version and clock. Pure functions.

#include <QByteArray>
#include <QDateTime>

#include <optional>

#include "checks/lab/lab_scenario.h"

namespace rdpd::lab {

struct ConnectionRequest {
  bool valid = false;               // a TPKT + X.224 CR
  std::optional<quint32> requested; // RDP_NEG_REQ.requestedProtocols; empty when no negotiation request was sent
};

// Total TPKT length from the first 4 bytes, or -1 when they do not start a TPKT.
int tpktLength(const QByteArray &header);
ConnectionRequest parseConnectionRequest(const QByteArray &pdu);

struct NegotiationAnswer {
  enum class Kind { Response, Failure, NoNegotiationData, Close } kind = Kind::Close;
  quint32 value = 0;  // selected protocol (Response) or failure code (Failure)
  bool tlsFollows() const { return kind == Kind::Response && value != 0; }
};

// What a server with profile p answers to request cr.
NegotiationAnswer chooseAnswer(const RdpProfile &p, const ConnectionRequest &cr);

// 19-byte Connection Confirm with RDP_NEG_RSP / RDP_NEG_FAILURE, or the 11-byte one without negotiation data.
QByteArray buildConnectionConfirm(const NegotiationAnswer &a, int flags);

// xrdp's and a broken TLS layer's "go away": X.224 DT carrying an MCS Disconnect-Provider-Ultimatum.
QByteArray mcsDisconnect();

// The server's CredSSP answer to an NTLM NEGOTIATE: a TSRequest (version 6) with an NTLM CHALLENGE whose target info
// carries the identity's names and a timestamp of now + clock offset.
QByteArray buildChallengeTsRequest(const IdentitySpec &id, const QDateTime &nowUtc);

// What a web server would answer.
QByteArray httpAnswer();

}  // namespace rdpd::lab
