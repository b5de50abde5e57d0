#pragma once
// CredSSP TSRequest (MS-CSSP 2.2.1) in DER: building the one message we send (version + one NTLM NEGOTIATE token)
// and a bounds-checked reader for the server's answer. Only the fields a diagnosis needs are kept; credentials
// (authInfo) are never built here.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rdpd::rdp {

// The TSRequest version we announce: 6 is what current Windows clients send.
constexpr int kTsRequestVersion = 6;
// Largest TSRequest we accept from a server; a CHALLENGE answer is a few hundred bytes.
constexpr int kMaxTsRequestBytes = 64 * 1024;

struct TsRequest {
  int version = 0;
  QList<QByteArray> negoTokens;   // each NegoData entry's negoToken
  bool hasAuthInfo = false;
  bool hasPubKeyAuth = false;
  std::optional<quint32> errorCode;  // NTSTATUS the server reports (version >= 3)
  QByteArray clientNonce;
};

struct TsRequestParse {
  std::optional<TsRequest> request;
  QString error;  // stable short reason when request is empty: "truncated", "not_a_sequence", ...
};

// SEQUENCE { [0] INTEGER version, [1] SEQUENCE OF SEQUENCE { [0] OCTET STRING token } }.
QByteArray buildTsRequest(const QByteArray &negoToken, int version = kTsRequestVersion);

// Pure; never reads outside bytes. Trailing bytes after the outer SEQUENCE are ignored.
TsRequestParse parseTsRequest(const QByteArray &bytes);

// Framing for a stream: how many bytes the first DER element occupies, judged from its prefix.
// Returns 0 when more bytes are needed to tell, -1 when the prefix cannot start a TSRequest (or it is too big).
int tsRequestFrameLength(const QByteArray &prefix);

}  // namespace rdpd::rdp
