#pragma once
// X.224 Connection Request / Connection Confirm of RDP (MS-RDPBCGR 2.2.1.1 and 2.2.1.2): building the 19-byte
// cookie-less request, and a pure, bounds-checked classifier for whatever the server sent back (a proper confirm,
// a failure code, an old server's confirm without negotiation data, or something that is not RDP at all).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rdpd::rdp {

enum Protocol : quint32 {
  ProtocolRdp = 0,
  ProtocolSsl = 0x1,
  ProtocolHybrid = 0x2,
  ProtocolRdstls = 0x4,
  ProtocolHybridEx = 0x8,
};

// RDP_NEG_FAILURE codes (2.2.1.2.2).
enum FailureCode : quint32 {
  SslRequiredByServer = 1,
  SslNotAllowedByServer = 2,
  SslCertNotOnServer = 3,
  InconsistentFlags = 4,
  HybridRequiredByServer = 5,
  SslWithUserAuthRequiredByServer = 6,
};

// Largest confirm we accept: a real one is 11 or 19 bytes; anything much bigger is not a confirm.
constexpr int kMaxConfirmBytes = 512;
// How many bytes of a reply are kept in ConnectionConfirm::raw (for findings and debugging).
constexpr int kMaxRawBytes = 64;

// TPKT + X.224 CR + RDP_NEG_REQ: 19 bytes, no routing token, no cookie (so no user name ever goes on the wire).
QByteArray buildConnectionRequest(quint32 requestedProtocols);

struct ConnectionConfirm {
  enum class Kind {
    Response,       // CC with RDP_NEG_RSP: selectedProtocol, flags
    Failure,        // CC with RDP_NEG_FAILURE: failureCode
    NoNegData,      // CC with LI = 6: an old server that ignores negotiation
    McsDisconnect,  // X.224 DT carrying an MCS Disconnect-Provider-Ultimatum (xrdp's "go away")
    Http,           // "HTTP/..." — a web server or proxy
    TlsRecord,      // a TLS record (a TLS-only service, or a TLS-terminating proxy)
    Ssh,            // "SSH-..." banner
    Garbage,        // anything else, including malformed TPKT/X.224
    Truncated,      // a TPKT that announces more bytes than arrived (or too few bytes to tell)
    Oversized,      // a TPKT whose length is far beyond any confirm
  };
  Kind kind = Kind::Garbage;
  quint32 selectedProtocol = 0;
  quint8 flags = 0;
  quint32 failureCode = 0;
  quint16 srcRef = 0;
  QByteArray raw;  // the first kMaxRawBytes bytes received

  bool isRdp() const { return kind == Kind::Response || kind == Kind::Failure || kind == Kind::NoNegData; }
};

// Pure; never reads out of bounds. bytes is the whole reply as received (may be empty, partial or long).
ConnectionConfirm parseConnectionConfirm(const QByteArray &bytes);

// Stable wire names.
QString kindName(ConnectionConfirm::Kind k);  // "response", "failure", "no_neg_data", "mcs_disconnect", "http", ...
QString failureName(quint32 code);            // "SSL_REQUIRED_BY_SERVER" ... ; "UNKNOWN_0x.." otherwise
QStringList protocolNames(quint32 mask);      // subset of "rdp","tls","hybrid","hybrid_ex","rdstls" (0 -> "rdp")
QString protocolName(quint32 selected);       // one name for a selectedProtocol value ("tls", ...)
QStringList serverFlagNames(quint8 flags);    // "extended_client_data", "dynvc_gfx", "reserved", ...

// TPKT length of the first PDU when bytes starts like a TPKT header (03 00 LL LL), else -1.
int tpktLength(const QByteArray &bytes);

}  // namespace rdpd::rdp
