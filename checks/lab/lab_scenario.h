#pragma once
// A training-lab scenario: what a pretend Windows server does on the wire (per listener), what its in-guest
// evidence says, and what the diagnosis is expected to conclude. Scenarios are JSON data files
// (resources/lab/<id>.json, schema in docs/lab.md) so trainers can write their own; parsing never throws and a bad
// file comes back with a translated message that names the field and the reason.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "checks/lab/lab_cloud.h"

namespace rdpd::lab {

inline constexpr const char *kScenarioSchema = "rdp-doctor/lab-scenario";
inline constexpr int kScenarioSchemaVersion = 1;
inline constexpr qint64 kMaxScenarioBytes = 1024 * 1024;

// What a listener does with a connection (the wire-level fault).
enum class Behaviour {
  Rdp,            // X.224 negotiation like Windows (see RdpProfile), then TLS / CredSSP when selected
  NoNegotiation,  // X.224 Connection Confirm without negotiation data (a pre-2008 server)
  Refused,        // nothing listens: connections are refused at once
  Filtered,       // connections time out (a listener whose accept queue is full, so SYNs are dropped)
  Silent,         // accepts and reads, never answers
  AcceptClose,    // accepts, reads the request, closes
  Reset,          // accepts, reads the request, resets the connection
  Http,           // answers like a web server
  McsDisconnect,  // answers the request with an MCS Disconnect-Provider-Ultimatum and closes
};
QString behaviourName(Behaviour b);  // the JSON spelling, e.g. "accept_close"
std::optional<Behaviour> behaviourFromName(const QString &name);
QStringList behaviourNames();

enum class TlsMode { Ok, Broken };  // Broken: MCS disconnect instead of a ServerHello, then close

struct CertificateSpec {
  int keyBits = 2048;          // 1024..4096
  QString digest = QStringLiteral("sha256");  // "sha256" or "sha1"
  bool expired = false;        // valid from two years ago to one year ago
  QString commonName;          // default: the identity's DNS computer name
};

struct IdentitySpec {  // what the NTLM CHALLENGE says about the server
  QString nbComputer = QStringLiteral("WIN-LAB01");
  QString nbDomain = QStringLiteral("WIN-LAB01");
  QString dnsComputer = QStringLiteral("WIN-LAB01");
  QString dnsDomain = QStringLiteral("WIN-LAB01");
  int major = 10, minor = 0, build = 17763;
  qint64 clockOffsetS = 0;     // the server clock's offset from the real one
};

struct RdpProfile {
  QStringList protocols{QStringLiteral("tls"), QStringLiteral("hybrid")};  // accepted: rdp, tls, hybrid, hybrid_ex
  int refusalCode = 0;         // failure code when no requested protocol is accepted; 0 = chosen like Windows
  int failureCode = 0;         // 1..6: every request fails with this code (e.g. 3, damaged certificate)
  int flags = 0x1F;            // RDP_NEG_RSP flags (Windows: 0x1F)
  int replyDelayMs = 0;        // an overloaded server answers late (0..2000)
  TlsMode tls = TlsMode::Ok;
  CertificateSpec certificate;
  IdentitySpec identity;
};

struct ListenerSpec {
  Behaviour behaviour = Behaviour::Rdp;
  RdpProfile rdp;  // used by Behaviour::Rdp
  // For listeners that accept: after each accepted connection, accept nothing for this long (0..2000 ms), with an
  // accept queue of one. Connections that arrive meanwhile find the queue full and the kernel drops their SYN, so
  // some connection attempts go unanswered, exactly what a client sees on a lossy path.
  int acceptPauseMs = 0;
};

struct LocalizedText {
  QString en;
  QString zhCN;
  QString in(const QString &lang) const { return lang.startsWith(u"zh") && !zhCN.isEmpty() ? zhCN : en; }
};

struct Scenario {
  QString id;
  int order = 100;             // position in the picker
  LocalizedText title;         // short name
  LocalizedText description;   // what the class is told (the symptom)
  LocalizedText answer;        // revealed after the class has guessed
  QString expectedCause;       // verdict cause id the diagnosis must give
  int expectedStep = 0;        // 1..11
  QString clientError;         // what the Remote Desktop client said (becomes Target::clientError)
  ListenerSpec main;
  std::optional<ListenerSpec> alternative;  // a second port (the port RDP was moved to)
  // The in-guest evidence document (docs/evidence-schema.md), after merging "base" + "patch"; empty = none. Port
  // placeholders ("{{port}}", "{{alt_port}}", "{{port_text}}", "{{alt_port_text}}") are still unresolved here.
  QJsonObject guestEvidence;
  // The pretend cloud (lab_cloud.h): the instance, its security groups, agent, CPU and console; none = no cloud.
  std::optional<CloudSpec> cloud;
  QString sourcePath;          // where it was loaded from (":/lab/x.json" or a file)

  bool needsTls() const;
};

enum class ScenarioError { None, Unreadable, TooLarge, NotJson, NotScenario, UnsupportedVersion, MissingField,
                           WrongType, BadValue, UnknownScenario };

struct ScenarioParse {
  std::optional<Scenario> scenario;
  ScenarioError error = ScenarioError::None;
  QString field;    // JSON path of the problem ("main.behaviour"), when there is one
  QString message;  // translated, names the field and the reason
  bool ok() const { return scenario.has_value(); }
};

// Parses one scenario document. sourceName is only used in messages.
ScenarioParse parseScenario(const QByteArray &bytes, const QString &sourceName = {});
// A file (refused above kMaxScenarioBytes before reading).
ScenarioParse loadScenarioFile(const QString &path);
// An id ("healthy") looked up in labDir first (when given), then among the built-in scenarios; or a path to a
// .json file.
ScenarioParse loadScenario(const QString &idOrPath, const QString &labDir = {});

struct ScenarioListing {
  QList<Scenario> scenarios;       // sorted by order, then id
  QList<ScenarioParse> failures;   // files in labDir (or built in) that did not parse, each with its message
};
// The built-in scenarios plus those in labDir (a file there replaces a built-in one with the same id).
ScenarioListing listScenarios(const QString &labDir = {});

// The built-in evidence documents a scenario may name as "base" (resources/lab/evidence/<name>.json).
QJsonObject baseEvidence(const QString &name, bool *found = nullptr);

// RFC 7386 JSON merge patch: objects merge recursively, null removes a member, anything else replaces.
QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch);

// A scenario's evidence document with "{{port}}"/"{{alt_port}}" (numbers) and "{{port_text}}"/"{{alt_port_text}}"
// (texts) replaced by the ports the lab really listens on, at any depth.
QJsonValue resolvePortPlaceholders(const QJsonValue &v, int port, int alt);

}  // namespace rdpd::lab
