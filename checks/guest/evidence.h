#pragma once
// Evidence collected inside the Windows server (docs/evidence-schema.md): the raw JSON document as the collector
// wrote it, plus the facts the guest checks need, derived once at import. Evidence typed in as a short code
// (typable_code.h) fills only the facts the code carries; everything else stays unknown (std::nullopt).

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdpd::guest {

inline constexpr const char *kEvidenceSchema = "rdp-doctor/evidence";
inline constexpr int kEvidenceSchemaVersion = 1;
inline constexpr qint64 kMaxEvidenceBytes = 5 * 1024 * 1024;

// Who owns the configured RDP port on the server.
enum class PortOwner { Unknown, NotListening, TermService, OtherProcess };
// State of the certificate the listener uses.
enum class CertState { Unknown, Ok, Expired, NoPrivateKey, PinnedMissing };
enum class Licensing { Unknown, NotRdsh, Licensed, InGrace, GraceOver };
enum class SecuritySoftware { Unknown, None, SafeDog, Other };

// The facts the checks read. Unknown = not collected, collection failed, or not carried by a typed code.
struct GuestFacts {
  // Registry: port values as stored (may be out of range, e.g. 113322).
  std::optional<qint64> portTds;       // ...\Wds\rdpwd\Tds\tcp PortNumber
  std::optional<qint64> portRdpTcp;    // ...\WinStations\RDP-Tcp PortNumber (the listener uses this one)
  std::optional<bool> rdpDenied;       // effective fDenyTSConnections (the policy value wins over the local one)
  std::optional<bool> deniedByPolicy;  // the policy key holds fDenyTSConnections = 1
  std::optional<bool> tsDisabled;      // TSEnabled = 0
  std::optional<bool> logonDisabled;   // RDP-Tcp fLogonDisabled = 1
  std::optional<bool> listenerEnabled; // RDP-Tcp fEnableWinStation
  // Effective values (policy wins) as stored; validity is judged by the checks.
  std::optional<qint64> securityLayer;
  std::optional<qint64> userAuthentication;
  std::optional<qint64> minEncryptionLevel;
  std::optional<bool> securityLayerValid;       // set directly by a typed code
  std::optional<bool> userAuthenticationValid;  // set directly by a typed code
  std::optional<bool> minEncryptionValid;
  // Services.
  QString termServiceState;            // "running", "stopped", "other", "" = unknown
  std::optional<bool> termServiceDisabled;
  std::optional<bool> selectiveStartup;        // RDP-related services disabled vs Windows defaults, or msconfig trace
  QStringList disabledServices;                // names, when known
  // Listening.
  PortOwner portOwner = PortOwner::Unknown;
  QString portOwnerProcess;                    // process holding the port when not TermService
  QList<int> termServicePorts;                 // ports TermService listens on (when known)
  bool listenersKnown = false;                 // tcp_listeners was collected (termServicePorts empty = listens nowhere)
  // Firewall.
  std::optional<bool> firewallOn;              // any profile enabled
  QStringList firewallOnProfiles;
  std::optional<bool> firewallAllowsPort;      // an enabled inbound allow rule covers TCP on the RDP port
  std::optional<bool> firewallBlocksPort;      // an enabled inbound block rule covers TCP on the RDP port
  std::optional<bool> firewallAllows3389Only;  // allow rules exist for 3389 but not for the (changed) port
  QStringList blockRules;                      // display names of block rules covering the port
  QStringList allowRules;                      // display names of the allow rules that let the port in
  QStringList allowedFrom;                     // remote addresses, when every such allow rule is limited to some
  // IPsec.
  std::optional<bool> ipsecPresent;            // assigned IPsec policy or enabled connection-security rule
  QStringList ipsecNames;
  // Certificate, licensing.
  CertState cert = CertState::Unknown;
  QString certThumbprint;
  QString certNotAfter;
  Licensing licensing = Licensing::Unknown;
  std::optional<qint64> graceDaysLeft;
  QStringList licenseServers;
  // Performance.
  std::optional<double> cpuPercent;
  QString topProcess;                          // busiest process by CPU
  std::optional<qint64> memoryAvailableMb;     // exact, from JSON
  int memoryClass = 0;                         // 0 unknown, 1..7 (see typable_code.h); derived from MB when exact
  std::optional<qint64> memoryTotalMb;
  std::optional<bool> lowMemoryEvents;         // Resource-Exhaustion-Detector 2004 in the window
  qint64 lowMemoryEventCount = 0;
  // Crashes and unclean restarts in the event window (unknown when the collector did not count them).
  std::optional<qint64> bugchecks;             // WER-SystemErrorReporting 1001: restarted after a blue screen
  // Kernel-Power 41 and EventLog 6008. One unclean restart normally logs both (41 at boot, 6008 for the previous
  // shutdown), so the larger of the two counts is taken, not their sum: one power cut is one restart.
  std::optional<qint64> unexpectedShutdowns;
  int eventWindowHours = 24;                   // events.window_hours
  // A restart is pending (os.reboot_pending); each flag unknown on its own.
  std::optional<bool> rebootPendingServicing;  // Component Based Servicing\RebootPending exists
  std::optional<bool> rebootPendingUpdate;     // WindowsUpdate\Auto Update\RebootRequired exists
  std::optional<bool> rebootPendingRename;     // PendingFileRenameOperations is not empty
  // Security software.
  SecuritySoftware securitySoftware = SecuritySoftware::Unknown;
  QStringList securityProducts;
  // Account (only when the collector was given -Account).
  QString accountName;
  std::optional<bool> accountEnabled;
  std::optional<bool> accountLocked;
  std::optional<bool> passwordExpired;
  std::optional<bool> rdpPermission;           // administrator or member of Remote Desktop Users
  std::optional<bool> denyLogon;               // the account or a group it belongs to holds the deny right
  QStringList denyHolders;
  std::optional<bool> passwordAfterBoot;       // password last set after the last boot
  QString passwordLastSet;
  QString lastBoot;
  // The collector ran without "Run as administrator" (os.is_administrator false): facts it could not read are
  // unknown, and the checks that need them say to run it elevated.
  std::optional<bool> collectorElevated;
  QStringList failedSections;                  // sections listed in "errors"
};

struct GuestEvidence {
  enum class Source { Json, Code };
  Source source = Source::Json;
  int schemaVersion = kEvidenceSchemaVersion;
  QString collectorVersion;
  QString collectedAt;     // ISO 8601 as written by the collector
  QString typableCode;     // the code the collector printed, when present in the JSON
  QJsonObject raw;         // the document as imported (empty for a typed code)
  QStringList sectionErrors;  // "section: message" for sections the collector could not read
  GuestFacts facts;
};

// Memory class used by the code: 0 unknown, 1 <128 MB, 2 <256, 3 <512, 4 <1024, 5 <2048, 6 <4096, 7 >= 4096.
int memoryClassForMb(qint64 mb);
// Lower bound in MB of a memory class (for summaries of a typed code).
qint64 memoryClassFloorMb(int cls);

}  // namespace rdpd::guest
