#pragma once
// What the user wants to reach: host and port, plus optional hints. Parsing never throws: problems come back as a
// TargetError the target.validate check and the start page explain in the user's language.

#include <QString>
#include <QStringList>

#include <memory>

namespace rdpd {

namespace guest {
struct GuestEvidence;  // checks/guest/evidence.h
}
namespace cloud {
struct CloudEvidence;  // checks/cloud/cloud_evidence.h
}

constexpr int kDefaultRdpPort = 3389;

enum class TargetError {
  None,
  Empty,
  ContainsSpace,
  UnbalancedBracket,
  BadIpv6,
  BadIpv4,
  BadCharacters,
  LabelTooLong,
  NameTooLong,
  PortNotNumber,
  PortZero,
  PortTooLarge,    // > 65535, e.g. the FAQ's 113322
  PortNegative,
};

enum class HostKind { Name, Ipv4, Ipv6 };

struct Target {
  QString host;               // without brackets; IPv6 literals are kept as typed (normalised lowercase)
  int port = kDefaultRdpPort; // validated: 1..65535
  HostKind kind = HostKind::Name;
  QString userHint;           // optional account name; never sent on the wire, never logged
  QString clientError;        // what the Remote Desktop client said (free text)
  QList<int> extraPorts;      // user-supplied alternative ports to try
  QString input;              // what the user typed, as typed (target.validate re-checks it)
  QString portInput;          // a separately typed port, if any
  // Facts collected inside the server (imported file, paste or typed code); null when none were given. The guest
  // checks read it; they report "skipped" with reason no_guest_evidence without it.
  std::shared_ptr<const guest::GuestEvidence> guestEvidence;
  // The cloud control plane's view (imported aliyun CLI output or read with a key); null when none. The cloud
  // checks read it; they report "skipped" with reason no_cloud_evidence without it.
  std::shared_ptr<const cloud::CloudEvidence> cloudEvidence;

  // "host:port", "[v6]:port"
  QString display() const;
  // A target that keeps the raw input even when it does not parse, so target.validate can explain it.
  static Target fromInput(const QString &input, const QString &portText = {});
  bool isValid() const;
  // The server is this computer: a loopback address (127.0.0.0/8, ::1) or the name localhost. Reaching it needs no
  // network connection, proxy or route (the training lab, a test server on this computer).
  bool isThisComputer() const;
  bool operator==(const Target &) const = default;
};

struct TargetParse {
  TargetError error = TargetError::None;
  Target target;         // valid only when error == None
  QString offending;     // the part of the input that is wrong (a port text, a label...)
  long long portValue = 0;  // the numeric port typed, when it was a number (e.g. 113322)
  bool ok() const { return error == TargetError::None; }
};

// Parses "host", "host:port", "[v6]", "[v6]:port", a bare IPv6 literal, and tolerates a leading "rdp://" or
// "mstsc /v:" and surrounding spaces. portText, when not empty, overrides the port in the input.
TargetParse parseTarget(const QString &input, const QString &portText = {});

// Port text alone ("3389", "113322", "abc").
TargetError parsePort(const QString &text, int *port, long long *value = nullptr);

// A translated, plain explanation of the error, naming the offending part.
QString describeTargetError(const TargetParse &p);

// Other ports the user wants tried ("5588, 4389" — commas or spaces), for net.alt_ports. A handful at most: the
// probes only go where the user points, and a long list would be a port scan.
constexpr int kMaxExtraPorts = 8;
struct PortListParse {
  QList<int> ports;     // in the order typed, each once
  QString offending;    // the first part that is not a port from 1 to 65535
  bool tooMany = false;
  bool ok() const { return offending.isEmpty() && !tooMany; }
};
PortListParse parsePortList(const QString &text);
// Translated explanation; empty when p.ok().
QString describePortListError(const PortListParse &p);

}  // namespace rdpd
