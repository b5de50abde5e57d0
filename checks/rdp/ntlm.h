#pragma once
// The two NTLM messages (MS-NLMP 2.2.1.1, 2.2.1.2) the identity probe touches: the anonymous NEGOTIATE we send (no
// user, no domain, no workstation name) and a bounds-checked reader for the server's CHALLENGE, whose Version field
// and target-info AV_PAIRs reveal the server's names, Windows build and clock. AUTHENTICATE is deliberately absent.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rdpd::rdp {

constexpr quint32 kNtlmNegotiateVersion = 0x02000000;  // NTLMSSP_NEGOTIATE_VERSION
constexpr quint32 kNtlmNegotiateTargetInfo = 0x00800000;

// 40 bytes: signature, type 1, flags, empty domain and workstation fields, Version 10.0.17763 rev 15.
QByteArray buildNtlmNegotiate();

struct NtlmVersion {
  quint8 major = 0;
  quint8 minor = 0;
  quint16 build = 0;
  quint8 revision = 0;
  QString text() const;  // "10.0.17763"
};

struct NtlmChallenge {
  quint32 flags = 0;
  QByteArray serverChallenge;     // 8 bytes
  QString targetName;
  std::optional<NtlmVersion> version;
  QString nbComputer;             // AvId 1
  QString nbDomain;               // AvId 2
  QString dnsComputer;            // AvId 3
  QString dnsDomain;              // AvId 4
  QString dnsTree;                // AvId 5
  std::optional<quint64> timestamp;  // AvId 7, FILETIME (100 ns since 1601-01-01 UTC)
  int avPairCount = 0;
};

struct NtlmParse {
  std::optional<NtlmChallenge> challenge;
  QString error;  // "truncated", "bad_signature", "wrong_type", "bad_target_info", ...
};

// Pure; never reads outside bytes. bytes starts with "NTLMSSP\0".
NtlmParse parseNtlmChallenge(const QByteArray &bytes);

// Message type of an NTLM message (1, 2, 3), or 0 when bytes is not one.
quint32 ntlmMessageType(const QByteArray &bytes);

// FILETIME -> UTC time; invalid QDateTime when out of any sensible range.
QDateTime fileTimeToUtc(quint64 fileTime);
quint64 utcToFileTime(const QDateTime &utc);

}  // namespace rdpd::rdp
