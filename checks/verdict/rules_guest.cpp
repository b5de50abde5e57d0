// Verdict rules and cause words for the facts from inside the server (checks/guest), and the cross-checks that
// combine them with the remote probes: a port filtered from outside while the guest firewall allows it points at
// the security group; a refused port while RDP listens on another port points at a port mismatch, unless the
// port was changed and only waits for a restart.
#include <QCoreApplication>
#include <QVariantList>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

Status statusOf(const Results &r, const char *id) {
  const CheckResult *c = findResult(r, id);
  return c ? c->status : Status::Skipped;
}
bool fails(const Results &r, const char *id) { return statusOf(r, id) == Status::Fail; }
QString remoteState(const Results &r) { return findingString(r, "net.tcp_connect", "state"); }

// The rules that need no code: a guest check ending with that status proposes its cause. Listed before the rules
// with code (rankCauses keeps the first of equal confidence).
constexpr SimpleRule kSimpleRules[] = {
    {"guest.port_range", Status::Fail, "guest_port_out_of_range", 3, 0.96},
    {"guest.rdp_enabled", Status::Fail, "guest_rdp_disabled", 4, 0.93},
    {"guest.listener", Status::Fail, "guest_listener_disabled", 9, 0.92},
    {"guest.security_layer", Status::Fail, "guest_security_layer_invalid", 9, 0.88},
    {"guest.certificate", Status::Fail, "guest_certificate_broken", 9, 0.8},
    {"guest.licensing", Status::Fail, "guest_licensing_expired", 9, 0.8},
    {"guest.licensing", Status::Warn, "guest_licensing_expired", 9, 0.3},  // still in grace: listed, with the days left
    {"guest.rdp_permission", Status::Fail, "guest_no_rdp_permission", 9, 0.76},
    {"guest.deny_logon", Status::Fail, "guest_deny_logon", 9, 0.8},
    {"guest.cpu", Status::Fail, "guest_high_cpu", 6, 0.55},
    {"guest.memory", Status::Fail, "guest_low_memory", 6, 0.55},
};

// The port the user connects to: the one probed from outside, else the one the guest checks were run against.
int targetPort(const Results &r, const CheckResult &guest) {
  if (const CheckResult *tcp = findResult(r, "net.tcp_connect"); tcp && tcp->findings.contains(u"port"_s))
    return tcp->findings.value(u"port"_s).toInt();
  return guest.findings.value(u"target_port"_s).toInt();
}

// The port values agree, you connect to that port, but Remote Desktop still listens on the old one: the change
// waits for a restart (guest.restart_pending, port case). Only the restart fixes it, so it is not a mismatch.
bool portChangeAwaitsRestartOnTarget(const Results &r) {
  const CheckResult *p = findResult(r, "guest.restart_pending");
  if (!p || p->status != Status::Warn || p->fixId != u"restart-pending-port"_s) return false;
  const QVariant configured = p->findings.value(u"configured_port"_s);
  return !configured.isNull() && configured.toInt() == targetPort(r, *p);
}

std::optional<Cause> portMismatch(const Results &r) {
  if (portChangeAwaitsRestartOnTarget(r)) return std::nullopt;
  QStringList ev;
  if (fails(r, "guest.port_target")) ev << u"guest.port_target"_s;
  const CheckResult *listen = findResult(r, "guest.port_listening");
  const bool otherOwner =
      listen && listen->status == Status::Fail && listen->findings.value(u"state"_s).toString() == u"other_process"_s;
  if (otherOwner) ev << listen->id;
  // Cross-check: refused from outside while TermService listens on some other port.
  bool listensElsewhere = false;
  const CheckResult *tcp = findResult(r, "net.tcp_connect");
  if (listen && tcp) {
    const QVariantList ports = listen->findings.value(u"termservice_ports"_s).toList();
    const int targetPort = tcp->findings.value(u"port"_s).toInt();
    bool anyOther = false;
    for (const QVariant &p : ports) anyOther = anyOther || p.toInt() != targetPort;
    listensElsewhere = anyOther && !ports.contains(QVariant(targetPort));
  }
  if (ev.isEmpty() && !(listensElsewhere && remoteState(r) == u"refused"_s)) return std::nullopt;
  double conf = 0.9;
  if (remoteState(r) == u"refused"_s || remoteState(r) == u"filtered"_s) {
    conf = 0.95;
    ev << u"net.tcp_connect"_s;
  }
  if (listensElsewhere && remoteState(r) == u"refused"_s) {
    conf = 0.97;
    if (!ev.contains(u"guest.port_listening"_s)) ev << u"guest.port_listening"_s;
  }
  return Cause{u"guest_port_mismatch"_s, 3, conf, ev};
}

// The two stored PortNumber values disagree (Wds\rdpwd\Tds\tcp vs WinStations\RDP-Tcp): its own cause, since the
// fix is to make them equal (Windows listens on the RDP-Tcp value), not to connect elsewhere. Just below a
// mismatch with the port you connect to (0.9), which names the port to use now.
std::optional<Cause> portValuesDisagree(const Results &r) {
  if (!fails(r, "guest.port_match")) return std::nullopt;
  return Cause{u"guest_port_values_disagree"_s, 3, 0.89, {u"guest.port_match"_s}};
}

// msconfig "Selective startup" disables TermService together with SessionEnv, UmRdpService, NlaSvc, CryptSvc...:
// starting TermService alone leaves the user locked out, so the root cause ranks first (0.95 above 0.93) and the
// stopped service is listed as its consequence below it.
std::optional<Cause> termServiceStopped(const Results &r) {
  auto c = applySimpleRule({"guest.termservice", Status::Fail, "guest_termservice_stopped", 4, 0.93}, r);
  if (c && fails(r, "guest.selective_startup")) c->confidence = 0.7;
  return c;
}

std::optional<Cause> selectiveStartup(const Results &r) {
  auto c = applySimpleRule({"guest.selective_startup", Status::Fail, "guest_selective_startup", 4, 0.75}, r);
  if (c && fails(r, "guest.termservice")) {
    c->confidence = 0.95;
    c->supportingChecks << u"guest.termservice"_s;
  }
  return c;
}

// An allow rule limited to some remote addresses: dropped from outside means this client is not among them (0.9,
// above security_group_blocks, which needs the firewall to pass); connected fine means it is (no cause).
std::optional<Cause> firewallAllowsOnlySome(const Results &r) {
  const CheckResult *f = findResult(r, "guest.firewall");
  if (!f || f->status != Status::Warn || f->findings.value(u"state"_s).toString() != u"allowed_from"_s)
    return std::nullopt;
  const QString remote = remoteState(r);
  if (remote == u"open"_s) return std::nullopt;
  if (remote == u"filtered"_s) return Cause{u"guest_firewall_blocks"_s, 7, 0.9, {f->id, u"net.tcp_connect"_s}};
  return Cause{u"guest_firewall_blocks"_s, 7, 0.5, {f->id}};
}

std::optional<Cause> firewallBlocks(const Results &r) {
  QStringList ev;
  for (const char *id : {"guest.firewall", "guest.firewall_port_changed"})
    if (fails(r, id)) ev << QString::fromLatin1(id);
  if (ev.isEmpty()) return firewallAllowsOnlySome(r);
  double conf = 0.86;
  if (remoteState(r) == u"filtered"_s) { conf = 0.94; ev << u"net.tcp_connect"_s; }
  return Cause{u"guest_firewall_blocks"_s, 7, conf, ev};
}

std::optional<Cause> ipsecBlocks(const Results &r) {
  if (!fails(r, "guest.ipsec")) return std::nullopt;
  const bool filtered = remoteState(r) == u"filtered"_s;
  QStringList ev{u"guest.ipsec"_s};
  if (filtered) ev << u"net.tcp_connect"_s;
  return Cause{u"guest_ipsec_blocks"_s, 8, filtered ? 0.9 : 0.84, ev};
}

// Filtered from outside, but inside nothing drops it: the cloud security group (or a network ACL) does.
std::optional<Cause> securityGroupBlocks(const Results &r) {
  if (remoteState(r) != u"filtered"_s) return std::nullopt;
  const Status fw = statusOf(r, "guest.firewall");
  // Warn: the firewall allows the port only from some addresses (firewallAllowsOnlySome comes first).
  if (fw != Status::Pass && fw != Status::Warn) return std::nullopt;
  if (fails(r, "guest.ipsec") || fails(r, "guest.firewall_port_changed")) return std::nullopt;
  QStringList ev{u"net.tcp_connect"_s, u"guest.firewall"_s};
  double conf = fw == Status::Warn ? 0.6 : 0.86;
  if (fw == Status::Pass && statusOf(r, "guest.port_listening") == Status::Pass &&
      statusOf(r, "guest.port_target") != Status::Fail) {
    conf = 0.93;
    ev << u"guest.port_listening"_s;
  }
  if (statusOf(r, "guest.ipsec") == Status::Pass) ev << u"guest.ipsec"_s;
  // SafeDog's blacklist drops this client inside the server while Windows Firewall allows the port: the same
  // outside picture as a security group. With SafeDog running, the security group becomes the second suspect.
  if (const CheckResult *s = findResult(r, "guest.security_software");
      s && s->status == Status::Warn && s->findings.value(u"safedog"_s).toBool())
    conf = 0.6;
  return Cause{u"security_group_blocks"_s, 3, conf, ev};
}

std::optional<Cause> accountBlocked(const Results &r) {
  QStringList ev;
  for (const char *id : {"guest.account_enabled", "guest.account_locked", "guest.password_expired"})
    if (fails(r, id)) ev << QString::fromLatin1(id);
  if (ev.isEmpty()) return std::nullopt;
  return Cause{u"guest_account_blocked"_s, 2, 0.82, ev};
}

std::optional<Cause> passwordNeedsRestart(const Results &r) {
  auto c = applySimpleRule({"guest.password_vs_boot", Status::Warn, "guest_password_needs_restart", 2, 0.7}, r);
  // "Wrong password" from the client while the server shows a reset newer than its last boot: the reset simply
  // has not taken effect yet, which explains the message better than a mistyped password does.
  if (const CheckResult *e = findResult(r, "client.error_text");
      c && e && e->findings.value(u"causes"_s).toStringList().contains(u"wrong_credentials"_s)) {
    c->confidence = 0.9;
    c->supportingChecks << e->id;
  }
  return c;
}

// Step 1: a server that keeps crashing explains refused and timed-out connections better than the port does
// (0.86 beats port_refused 0.85 and port_filtered 0.8). A single unclean restart is only a hint.
std::optional<Cause> instanceCrashing(const Results &r) {
  const CheckResult *c = findResult(r, "guest.crashes");
  if (!c || (c->status != Status::Fail && c->status != Status::Warn)) return std::nullopt;
  QStringList ev{c->id};
  const QString remote = remoteState(r);
  if (!remote.isEmpty() && remote != u"open"_s) ev << u"net.tcp_connect"_s;
  return Cause{u"guest_instance_crashing"_s, 1, c->status == Status::Fail ? 0.86 : 0.5, ev};
}

// Step 11: the port was changed and waits for a restart (0.98: above guest_port_mismatch 0.97 and
// rdp_on_other_port 0.9, which may fire too when RDP still answers on the old port). Connecting to yet another
// port, the mismatch comes first (0.8). Updates waiting for a restart rarely stop RDP: listed, seldom the verdict.
std::optional<Cause> restartPending(const Results &r) {
  const CheckResult *c = findResult(r, "guest.restart_pending");
  if (!c || c->status != Status::Warn) return std::nullopt;
  if (c->fixId != u"restart-pending-port"_s) return Cause{u"guest_restart_pending"_s, 11, 0.5, {c->id}};
  QStringList ev{c->id};
  if (statusOf(r, "guest.port_listening") == Status::Fail) ev << u"guest.port_listening"_s;
  const QString remote = remoteState(r);
  if (!remote.isEmpty() && remote != u"open"_s) ev << u"net.tcp_connect"_s;
  return Cause{u"guest_restart_pending"_s, 11, portChangeAwaitsRestartOnTarget(r) ? 0.98 : 0.8, ev};
}

std::optional<Cause> securitySoftware(const Results &r) {
  const CheckResult *s = findResult(r, "guest.security_software");
  if (!s || s->status != Status::Warn) return std::nullopt;
  // SafeDog's blacklist looks like a filtered port from this client only, while Windows Firewall allows it.
  const bool safedog = s->findings.value(u"safedog"_s).toBool();
  if (safedog && remoteState(r) == u"filtered"_s && statusOf(r, "guest.firewall") == Status::Pass)
    return Cause{u"guest_security_software"_s, 10, 0.9, {s->id, u"net.tcp_connect"_s, u"guest.firewall"_s}};
  return Cause{u"guest_security_software"_s, 10, safedog ? 0.45 : 0.35, {s->id}};
}

}  // namespace

void addGuestVerdicts(VerdictBook &b) {
  for (const SimpleRule &rule : kSimpleRules)
    b.rules.push_back([rule](const Results &r) { return applySimpleRule(rule, r); });
  b.rules.insert(b.rules.end(), {portMismatch, portValuesDisagree, termServiceStopped, selectiveStartup, firewallBlocks, ipsecBlocks, securityGroupBlocks, accountBlocked,
                                 passwordNeedsRestart, securitySoftware, instanceCrashing, restartPending});
  b.causes.push_back({u"guest_port_out_of_range"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's stored Remote Desktop port is not a valid port number."); },
                      [] { return QCoreApplication::translate("Causes", "Set PortNumber in both Terminal Server registry keys to a valid free port (for example 3389), allow it in the security group, and restart (step 3)."); }});
  b.causes.push_back({u"guest_port_mismatch"_s,
                      [] { return QCoreApplication::translate("Causes", "Remote Desktop on the server uses a different port from the one you connect to."); },
                      [] { return QCoreApplication::translate("Causes", "Connect to the port the server really uses, or set both PortNumber values back, and allow that port in the security group (step 3)."); }});
  b.causes.push_back({u"guest_port_values_disagree"_s,
                      [] { return QCoreApplication::translate("Causes", "The two PortNumber values on the server disagree."); },
                      [] { return QCoreApplication::translate("Causes", "Windows listens on the port stored under WinStations\\RDP-Tcp. Set PortNumber under Wds\\rdpwd\\Tds\\tcp to the same value (or both to the port you want), allow that port in the security group and Windows Firewall, and restart (step 3)."); }});
  b.causes.push_back({u"guest_rdp_disabled"_s,
                      [] { return QCoreApplication::translate("Causes", "Remote Desktop is switched off on the server."); },
                      [] { return QCoreApplication::translate("Causes", "Through the cloud console, allow remote connections in System Properties, or fix the policy that switches them off (step 4)."); }});
  b.causes.push_back({u"guest_termservice_stopped"_s,
                      [] { return QCoreApplication::translate("Causes", "The Remote Desktop service on the server is stopped or disabled."); },
                      [] { return QCoreApplication::translate("Causes", "Through the cloud console, set the Remote Desktop Services service to start and start it (step 4)."); }});
  b.causes.push_back({u"guest_selective_startup"_s,
                      [] { return QCoreApplication::translate("Causes", "Services Remote Desktop needs were switched off on the server."); },
                      [] { return QCoreApplication::translate("Causes", "Run msconfig through the cloud console, choose Normal startup, and restart (step 4)."); }});
  b.causes.push_back({u"guest_listener_disabled"_s,
                      [] { return QCoreApplication::translate("Causes", "The RDP-Tcp connection on the server is disabled."); },
                      [] { return QCoreApplication::translate("Causes", "Enable the RDP-Tcp connection through the cloud console (step 9)."); }});
  b.causes.push_back({u"guest_firewall_blocks"_s,
                      [] { return QCoreApplication::translate("Causes", "Windows Firewall on the server does not let Remote Desktop in."); },
                      [] { return QCoreApplication::translate("Causes", "Enable the Remote Desktop inbound rule, or add one for the changed port, and remove block rules (step 7)."); }});
  b.causes.push_back({u"guest_ipsec_blocks"_s,
                      [] { return QCoreApplication::translate("Causes", "An IP security policy on the server drops Remote Desktop traffic."); },
                      [] { return QCoreApplication::translate("Causes", "Un-assign or delete the IP security policy, or allow the Remote Desktop port in it (step 8)."); }});
  b.causes.push_back({u"security_group_blocks"_s,
                      [] { return QCoreApplication::translate("Causes", "The server allows Remote Desktop, but the traffic is dropped before it arrives: the security group or a network ACL blocks it."); },
                      [] { return QCoreApplication::translate("Causes", "Add an inbound security-group rule for TCP on the Remote Desktop port from your public IP address, and check any network ACL (step 3)."); }});
  b.causes.push_back({u"guest_security_layer_invalid"_s,
                      [] { return QCoreApplication::translate("Causes", "The RDP-Tcp security settings on the server hold invalid values."); },
                      [] { return QCoreApplication::translate("Causes", "Correct SecurityLayer, UserAuthentication and MinEncryptionLevel and restart the Remote Desktop service (step 9)."); }});
  b.causes.push_back({u"guest_certificate_broken"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's Remote Desktop certificate is expired, missing, or has no private key."); },
                      [] { return QCoreApplication::translate("Causes", "Let Windows create a new certificate: delete the old one in certlm.msc → Remote Desktop → Certificates and restart the Remote Desktop service (step 9). Switching to the RDP security layer is only a stopgap that gives up server authentication and needs NLA off too."); }});
  b.causes.push_back({u"guest_licensing_expired"_s,
                      [] { return QCoreApplication::translate("Causes", "Remote Desktop licensing on the server has run out."); },
                      [] { return QCoreApplication::translate("Causes", "Connect with mstsc /admin, then configure a licence server or remove the Session Host role (step 9)."); }});
  b.causes.push_back({u"guest_no_rdp_permission"_s,
                      [] { return QCoreApplication::translate("Causes", "Your account is not allowed to log on through Remote Desktop."); },
                      [] { return QCoreApplication::translate("Causes", "Add the account to Remote Desktop Users, or use an administrator account (step 9)."); }});
  b.causes.push_back({u"guest_deny_logon"_s,
                      [] { return QCoreApplication::translate("Causes", "A policy denies Remote Desktop logons to your account."); },
                      [] { return QCoreApplication::translate("Causes", "Remove the account or group from \"Deny log on through Remote Desktop Services\" (step 9)."); }});
  b.causes.push_back({u"guest_account_blocked"_s,
                      [] { return QCoreApplication::translate("Causes", "Your Windows account is disabled, locked out, or its password has expired."); },
                      [] { return QCoreApplication::translate("Causes", "Fix the account through the cloud console: enable or unlock it, or set a new password (step 2)."); }});
  b.causes.push_back({u"guest_password_needs_restart"_s,
                      [] { return QCoreApplication::translate("Causes", "A password reset from the cloud console has probably not been applied yet."); },
                      [] { return QCoreApplication::translate("Causes", "Restart the instance from the cloud console, then log on with the new password (step 2)."); }});
  b.causes.push_back({u"guest_high_cpu"_s,
                      [] { return QCoreApplication::translate("Causes", "The server's CPU is overloaded."); },
                      [] { return QCoreApplication::translate("Causes", "Wait for Windows Update to finish, stop the busy program, or choose a larger instance type (step 6)."); }});
  b.causes.push_back({u"guest_low_memory"_s,
                      [] { return QCoreApplication::translate("Causes", "The server is short of memory."); },
                      [] { return QCoreApplication::translate("Causes", "Free memory, enlarge the page file, or choose an instance type with more memory (step 6)."); }});
  b.causes.push_back({u"guest_instance_crashing"_s,
                      [] { return QCoreApplication::translate("Causes", "The server has been crashing or restarting unexpectedly."); },
                      [] { return QCoreApplication::translate("Causes", "Watch the server's screen through the cloud console's remote connection (step 1). On a blue screen or a restart loop, undo the last change or update, restore a snapshot, or contact the cloud provider."); }});
  b.causes.push_back({u"guest_restart_pending"_s,
                      [] { return QCoreApplication::translate("Causes", "A change on the server, such as a new Remote Desktop port, waits for a restart."); },
                      [] { return QCoreApplication::translate("Causes", "Take a snapshot first, then restart the instance from the cloud console (step 11)."); }});
  b.causes.push_back({u"guest_security_software"_s,
                      [] { return QCoreApplication::translate("Causes", "Security software on the server may block Remote Desktop."); },
                      [] { return QCoreApplication::translate("Causes", "Check its blacklist and firewall for your IP address, update it, or remove it to test (step 10)."); }});
}

}  // namespace rdpd
