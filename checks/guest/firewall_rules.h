#pragma once
// Windows Firewall rules from the evidence, evaluated the way Windows applies them to an inbound Remote Desktop
// connection: TCP to the RDP port, received by the TermService service inside svchost.exe, on the network profile
// that is active now. A rule counts only if every filter it has matches: enabled, inbound, protocol, local port,
// program (the built-in "Remote Desktop - Shadow (TCP-In)" has local port Any but is limited to RdpSa.exe, so it does
// not open the RDP port), service, and profile. A matching block rule wins over any allow rule. Remote-address limits
// are kept for the words (the rule allows only those addresses); edge traversal only concerns NAT-traversal (Teredo)
// traffic, not a direct connection to a cloud server's public address, so it does not change the outcome.

#include <QString>
#include <QStringList>

#include <optional>

namespace rdpd::guest {

struct FirewallRule {
  QString name;            // display name
  bool enabled = false;
  QString direction;       // "Inbound" (empty = inbound)
  QString action;          // "Allow" / "Block"
  QString profiles;        // "Any", "Public", "Domain, Private"...
  QString protocol;        // "TCP", "Any", "6"...
  QStringList localPorts;  // "Any", "3389", "3380-3390", "RPC"...
  QStringList remoteAddresses;
  QString program;         // empty or "Any" = every program
  QString service;         // empty or "Any" = every program; "*" = every service; else one service name
  QString edgeTraversal;
};

// Why a rule does not apply (Applies when it does).
enum class RuleFit { Applies, Disabled, Outbound, OtherProtocol, OtherPort, OtherProgram, OtherService, OtherProfile };

// Does the rule apply to inbound Remote Desktop on `port`? activeProfiles empty = not known (profiles not checked).
RuleFit fitsRemoteDesktop(const FirewallRule &rule, qint64 port, const QStringList &activeProfiles);

struct FirewallOutcome {
  bool allows = false;              // an applying allow rule
  bool blocks = false;              // an applying block rule (wins)
  QStringList allowRules;           // names of the applying allow rules
  QStringList blockRules;           // names of the applying block rules
  QStringList restrictedTo;         // remote addresses when every applying allow rule is limited to some
  QStringList otherProgramRules;    // rules that cover the port but belong to another program (RdpSa.exe)
  QStringList otherProfileRules;    // rules that cover the port but not the active profile
};

FirewallOutcome evaluateRemoteDesktop(const QList<FirewallRule> &rules, qint64 port, const QStringList &activeProfiles);

// Local port list helpers (same rule as the collector's Test-PortCovered).
bool portsCover(const QStringList &ports, qint64 port);
bool tcpProtocol(const QString &protocol);

}  // namespace rdpd::guest
