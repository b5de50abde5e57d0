// The guest checks: one fact from inside the server each, in the step of the FAQ that fixes it.
// Evidence keys are snake_case; fix ids name resources/content/<lang>/fixes/<id>.md.
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

#include "checks/guest/guest_check.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest {

namespace {

QString ev(const CheckResult &r, const char *key) { return r.evidence.value(QString::fromLatin1(key)).toString(); }
qint64 evInt(const CheckResult &r, const char *key) { return r.evidence.value(QString::fromLatin1(key)).toLongLong(); }
bool evBool(const CheckResult &r, const char *key) { return r.evidence.value(QString::fromLatin1(key)).toBool(); }
bool inRange(qint64 p) { return p >= 1 && p <= 65535; }
QVariant opt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optBool(const std::optional<bool> &v) { return v ? QVariant(*v) : QVariant(); }
QVariantList portList(const QList<int> &ports) {
  QVariantList out;
  for (int p : ports) out << p;
  return out;
}
QString portsText(const CheckResult &r, const char *key) {
  QStringList out;
  for (const QVariant &p : r.evidence.value(QString::fromLatin1(key)).toList()) out << QString::number(p.toLongLong());
  return out.join(u", "_s);
}

// Both stored port values agree and are valid, and TermService listens, but only on other ports: the port was
// changed in the registry and Remote Desktop still uses the port it read when it last started.
bool portChangeAwaitsRestart(const GuestFacts &f) {
  return f.listenersKnown && f.portTds && f.portRdpTcp && *f.portTds == *f.portRdpTcp && inRange(*f.portRdpTcp) &&
         f.portOwner == PortOwner::NotListening && !f.termServicePorts.isEmpty() &&
         !f.termServicePorts.contains(int(*f.portRdpTcp));
}

// Processes that mean Windows Update is working in the background.
bool isWindowsUpdate(const QString &process) {
  static const QRegularExpression re(u"^(tiworker|trustedinstaller|wuauclt|musnotification|mousocoreworker|usocoreworker|wuaueng)(\\.exe)?$"_s,
                                     QRegularExpression::CaseInsensitiveOption);
  return re.match(process.trimmed()).hasMatch();
}

// Did the client say the credentials were wrong (0x807 / "credentials did not work")?
bool clientSaidBadCredentials(const QString &clientError) {
  const QString e = clientError.toLower();
  return e.contains(u"0x807"_s) || e.contains(u"credential"_s) || e.contains(u"凭据"_s) || e.contains(u"密码"_s);
}

// ---- step 1 ------------------------------------------------------------------------------------------------
GuestCheckSpec crashes() {
  GuestCheckSpec s;
  s.id = "guest.crashes";
  s.step = 1;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Has the server crashed or restarted unexpectedly?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.bugchecks && !f.unexpectedShutdowns) return notCollected();
    const qint64 bugchecks = f.bugchecks.value_or(0);
    const qint64 unexpected = f.unexpectedShutdowns.value_or(0);
    Evidence e{{u"bugchecks"_s, opt(f.bugchecks)}, {u"unexpected_shutdowns"_s, opt(f.unexpectedShutdowns)},
               {u"last_boot"_s, f.lastBoot.isEmpty() ? QVariant() : QVariant(f.lastBoot)},
               {u"window_hours"_s, f.eventWindowHours}};
    if (bugchecks >= 1 || unexpected >= 2) return makeResult(Status::Fail, e, u"instance-crashing"_s);
    if (unexpected == 1) return makeResult(Status::Warn, e, u"instance-crashing"_s);
    // Zero of what is known is not "no crash" while the other count is missing.
    if (!f.bugchecks || !f.unexpectedShutdowns) return notCollected();
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    const qint64 hours = evInt(r, "window_hours");
    const qint64 bugchecks = evInt(r, "bugchecks");
    const qint64 unexpected = evInt(r, "unexpected_shutdowns");
    if (bugchecks == 1)
      return QCoreApplication::translate("GuestChecks", "Windows crashed with a blue screen in the last %1 hours and restarted.").arg(hours);
    if (bugchecks > 1)
      return QCoreApplication::translate("GuestChecks", "Windows crashed with a blue screen %1 times in the last %2 hours.").arg(bugchecks).arg(hours);
    if (unexpected >= 2)
      return QCoreApplication::translate("GuestChecks", "The server restarted %1 times in the last %2 hours without shutting down properly.").arg(unexpected).arg(hours);
    if (unexpected == 1)
      return QCoreApplication::translate("GuestChecks", "The server restarted once in the last %1 hours without shutting down properly.").arg(hours);
    return QCoreApplication::translate("GuestChecks", "No crash and no unexpected restart in the last %1 hours.").arg(hours);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "A server that keeps crashing drops every connection and is often not up when you try. Open the "
                "cloud console's remote connection (VNC, step 1) and watch the screen. A blue screen or a restart loop means "
                "Windows itself is failing: undo the last change or update, restore a snapshot from before the trouble "
                "began, or contact the cloud provider's support.");
    if (r.status == Status::Warn)
      return QCoreApplication::translate("GuestChecks", "One unexpected restart can be a one-off, such as a forced restart or a power cut. If your "
                "connection failed around that time, this explains it. If it happens again, watch the server's screen "
                "in the cloud console's remote connection (VNC, step 1).");
    return QString();
  };
  return s;
}

// ---- step 2 ------------------------------------------------------------------------------------------------
GuestCheckSpec accountEnabled() {
  GuestCheckSpec s;
  s.id = "guest.account_enabled";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the account enabled?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.accountEnabled) return notCollected();
    Evidence e{{u"account"_s, f.accountName}, {u"enabled"_s, *f.accountEnabled}};
    return *f.accountEnabled ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"account-disabled"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "enabled") ? QCoreApplication::translate("GuestChecks", "The account %1 is enabled.").arg(ev(r, "account"))
                                : QCoreApplication::translate("GuestChecks", "The account %1 is disabled (or does not exist): it cannot log on.").arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "In the cloud console's VNC session, open Computer Management, Local Users and Groups, and enable the "
              "account (or log on with an account that is enabled).");
  };
  return s;
}

GuestCheckSpec accountLocked() {
  GuestCheckSpec s;
  s.id = "guest.account_locked";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the account locked out?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.accountLocked) return notCollected();
    Evidence e{{u"account"_s, f.accountName}, {u"locked_out"_s, *f.accountLocked}};
    return *f.accountLocked ? makeResult(Status::Fail, e, u"account-locked"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "locked_out") ? QCoreApplication::translate("GuestChecks", "The account %1 is locked out after too many wrong passwords.").arg(ev(r, "account"))
                                   : QCoreApplication::translate("GuestChecks", "The account %1 is not locked out.").arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Unlock it in the VNC session (Computer Management, the account's properties) or wait for the lockout "
              "to expire. Many failed logons usually come from password guessing on the internet: allow the RDP port "
              "only from your own IP address in the security group.");
  };
  return s;
}

GuestCheckSpec passwordExpired() {
  GuestCheckSpec s;
  s.id = "guest.password_expired";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Has the password expired?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.passwordExpired) return notCollected();
    Evidence e{{u"account"_s, f.accountName}, {u"password_expired"_s, *f.passwordExpired}};
    return *f.passwordExpired ? makeResult(Status::Fail, e, u"password-expired"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "password_expired") ? QCoreApplication::translate("GuestChecks", "The password of %1 has expired.").arg(ev(r, "account"))
                                         : QCoreApplication::translate("GuestChecks", "The password of %1 has not expired.").arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "With Network Level Authentication on, an expired password cannot be changed while connecting. Log on "
              "through the VNC console, set a new password, then connect again.");
  };
  return s;
}

GuestCheckSpec passwordVsBoot() {
  GuestCheckSpec s;
  s.id = "guest.password_vs_boot";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Was the password changed since the server started?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &ctx) {
    if (!f.passwordAfterBoot) return notCollected();
    const bool badCreds = clientSaidBadCredentials(ctx.target.clientError);
    Evidence e{{u"account"_s, f.accountName}, {u"password_after_boot"_s, *f.passwordAfterBoot},
               {u"password_last_set"_s, f.passwordLastSet}, {u"last_boot"_s, f.lastBoot},
               {u"client_reported_bad_credentials"_s, badCreds}};
    if (!*f.passwordAfterBoot && badCreds) return makeResult(Status::Warn, e, u"password-reset-needs-restart"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "password_after_boot"))
      return QCoreApplication::translate("GuestChecks", "The password was changed while the server was running (%1): it is already in effect.").arg(ev(r, "password_last_set"));
    if (r.status == Status::Warn)
      return QCoreApplication::translate("GuestChecks", "The password Windows uses was set before the last start (%1). A reset made in the cloud console "
                "since then is not applied until the server restarts.").arg(ev(r, "last_boot"));
    return QCoreApplication::translate("GuestChecks", "The password was last set before the last start (%1). If you reset it in the cloud console after "
              "that, restart the server so the reset takes effect.").arg(ev(r, "last_boot"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Warn) return QString();
    return QCoreApplication::translate("GuestChecks", "Your client said the credentials did not work, and Windows still has the password from before the last "
              "start. Restart the instance from the cloud console so the new password is applied, then log on with it.");
  };
  return s;
}

// ---- step 3 ------------------------------------------------------------------------------------------------
GuestCheckSpec portRange() {
  GuestCheckSpec s;
  s.id = "guest.port_range";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are the stored port numbers valid?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.portTds && !f.portRdpTcp) return notCollected();
    Evidence e{{u"port_tds"_s, opt(f.portTds)}, {u"port_rdp_tcp"_s, opt(f.portRdpTcp)}};
    std::optional<qint64> bad;
    if (f.portRdpTcp && !inRange(*f.portRdpTcp)) bad = f.portRdpTcp;
    else if (f.portTds && !inRange(*f.portTds)) bad = f.portTds;
    if (bad) {
      e.insert(u"bad_value"_s, *bad);
      return makeResult(Status::Fail, e, u"port-registry-out-of-range"_s);
    }
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "A stored PortNumber is %1, which no TCP port can be (1 to 65535): Remote Desktop cannot listen.").arg(evInt(r, "bad_value"));
    return QCoreApplication::translate("GuestChecks", "The stored port numbers are valid.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "In the VNC session, open the Registry Editor and set PortNumber (as a decimal value) to a free port, "
              "for example 3389 or 5588, under both Terminal Server\\Wds\\rdpwd\\Tds\\tcp and Terminal "
              "Server\\WinStations\\RDP-Tcp. Allow that port in the security group and restart the server.");
  };
  return s;
}

GuestCheckSpec portMatch() {
  GuestCheckSpec s;
  s.id = "guest.port_match";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Do both stored port numbers agree?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.portTds || !f.portRdpTcp) return notCollected();
    Evidence e{{u"port_tds"_s, *f.portTds}, {u"port_rdp_tcp"_s, *f.portRdpTcp}};
    if (!inRange(*f.portTds) || !inRange(*f.portRdpTcp)) return makeResult(Status::Skipped, {{u"reason"_s, u"out_of_range"_s}});
    return *f.portTds == *f.portRdpTcp ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"port-mismatch"_s);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "The two PortNumber values differ (Tds\\tcp: %1, RDP-Tcp: %2).").arg(evInt(r, "port_tds")).arg(evInt(r, "port_rdp_tcp"));
    return QCoreApplication::translate("GuestChecks", "Both PortNumber values are %1.").arg(evInt(r, "port_rdp_tcp"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Someone changed the port in only one place. Set both PortNumber values to the same port, allow it in "
              "the security group and the firewall, and restart the server.");
  };
  return s;
}

GuestCheckSpec portTarget() {
  GuestCheckSpec s;
  s.id = "guest.port_target";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Do you connect to the port the server uses?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &ctx) {
    if (!f.portRdpTcp || !inRange(*f.portRdpTcp)) return notCollected();
    if (ctx.target.port < 1) return makeResult(Status::Skipped, {{u"reason"_s, u"bad_target"_s}});
    Evidence e{{u"configured_port"_s, *f.portRdpTcp}, {u"target_port"_s, ctx.target.port},
               {u"termservice_ports"_s, portList(f.termServicePorts)}};
    if (*f.portRdpTcp == ctx.target.port) return makeResult(Status::Pass, e);
    // The port was changed but Remote Desktop still listens on the old one, the one you use: fine until the
    // next restart, after which only the new port works.
    if (portChangeAwaitsRestart(f) && f.termServicePorts.contains(ctx.target.port)) {
      e.insert(u"state"_s, u"old_port_until_restart"_s);
      return makeResult(Status::Warn, e, u"restart-pending-port"_s);
    }
    return makeResult(Status::Fail, e, u"port-mismatch"_s);
  };
  s.summarize = [](const CheckResult &r) {
    if (ev(r, "state") == u"old_port_until_restart"_s)
      return QCoreApplication::translate("GuestChecks", "The server is set to port %1, but until it restarts Remote Desktop still listens on port %2, "
                "the one you connect to.").arg(evInt(r, "configured_port")).arg(evInt(r, "target_port"));
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "The server's Remote Desktop uses port %1, but you connect to port %2.").arg(evInt(r, "configured_port")).arg(evInt(r, "target_port"));
    return QCoreApplication::translate("GuestChecks", "You connect to port %1, the port the server is set to use.").arg(evInt(r, "configured_port"));
  };
  s.explain = [](const CheckResult &r) {
    if (ev(r, "state") == u"old_port_until_restart"_s)
      return QCoreApplication::translate("GuestChecks", "After the next restart Remote Desktop moves to port %1 and port %2 stops working. Before "
                "restarting, allow port %1 in the security group and Windows Firewall, then connect as IP:%1.")
          .arg(evInt(r, "configured_port")).arg(evInt(r, "target_port"));
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Connect as IP:%1 and make sure the security group allows port %1 from your IP address, or change the "
              "server back to the port you use.").arg(evInt(r, "configured_port"));
  };
  return s;
}

GuestCheckSpec portListening() {
  GuestCheckSpec s;
  s.id = "guest.port_listening";
  s.step = 3;
  s.alsoSteps = {9};
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does Remote Desktop listen on its port?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.portOwner == PortOwner::Unknown || !f.portRdpTcp) return notCollected();
    Evidence e{{u"port"_s, *f.portRdpTcp}, {u"owner_process"_s, f.portOwnerProcess},
               {u"termservice_ports"_s, portList(f.termServicePorts)}};
    switch (f.portOwner) {
      case PortOwner::TermService: e.insert(u"state"_s, u"termservice"_s); return makeResult(Status::Pass, e);
      case PortOwner::OtherProcess: e.insert(u"state"_s, u"other_process"_s); return makeResult(Status::Fail, e, u"port-mismatch"_s);
      default: {
        // Remote Desktop runs, but on another port: a changed port that waits for a restart (both values agree),
        // or the two values disagree. Either way it is not "nothing listens".
        if (!f.termServicePorts.isEmpty()) {
          e.insert(u"state"_s, u"termservice_elsewhere"_s);
          return makeResult(Status::Fail, e, portChangeAwaitsRestart(f) ? u"restart-pending-port"_s : u"port-mismatch"_s);
        }
        e.insert(u"state"_s, u"not_listening"_s);
        const bool tsDown = f.termServiceState == u"stopped"_s || f.termServiceDisabled.value_or(false);
        return makeResult(Status::Fail, e, tsDown ? u"termservice-stopped"_s : u"listener-disabled"_s);
      }
    }
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"termservice"_s) return QCoreApplication::translate("GuestChecks", "The Remote Desktop service listens on port %1.").arg(evInt(r, "port"));
    if (st == u"other_process"_s)
      return QCoreApplication::translate("GuestChecks", "Port %1 is taken by another program (%2), so Remote Desktop cannot use it.").arg(evInt(r, "port")).arg(ev(r, "owner_process"));
    if (st == u"termservice_elsewhere"_s)
      return QCoreApplication::translate("GuestChecks", "Remote Desktop is set to port %1 but listens on port %2.").arg(evInt(r, "port")).arg(portsText(r, "termservice_ports"));
    return QCoreApplication::translate("GuestChecks", "Nothing listens on port %1 on the server.").arg(evInt(r, "port"));
  };
  s.explain = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"termservice_elsewhere"_s && r.fixId == u"restart-pending-port"_s)
      return QCoreApplication::translate("GuestChecks", "The port was changed, but Remote Desktop reads it only when it starts: the new port takes "
                "effect after a restart. Take a snapshot, then restart the instance from the cloud console (step 11).");
    if (st == u"termservice_elsewhere"_s)
      return QCoreApplication::translate("GuestChecks", "The two stored PortNumber values differ. Set both to the same port, allow it in the security "
                "group and the firewall, and restart the server.");
    if (st == u"other_process"_s)
      return QCoreApplication::translate("GuestChecks", "Stop or reconfigure that program, or move Remote Desktop to a free port (both PortNumber values), "
                "then restart the server.");
    if (st == u"not_listening"_s)
      return QCoreApplication::translate("GuestChecks", "Remote Desktop is not accepting connections: check that the service runs (step 4) and that the RDP-Tcp "
                "listener is enabled (step 9).");
    return QString();
  };
  return s;
}

GuestCheckSpec firewallPortChanged() {
  GuestCheckSpec s;
  s.id = "guest.firewall_port_changed";
  s.step = 3;
  s.alsoSteps = {7};
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does the firewall allow the changed port?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.firewallAllows3389Only || !f.portRdpTcp) return notCollected();
    Evidence e{{u"port"_s, *f.portRdpTcp}, {u"only_3389_allowed"_s, *f.firewallAllows3389Only},
               {u"firewall_on"_s, f.firewallOn.value_or(false)}};
    if (*f.firewallAllows3389Only && f.firewallOn.value_or(true)) return makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "The port was changed to %1, but the firewall rules still only allow 3389.").arg(evInt(r, "port"));
    return QCoreApplication::translate("GuestChecks", "The firewall rules are not limited to the old port 3389.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "The built-in Remote Desktop rules cover port 3389 only. Add an inbound rule in Windows Firewall that "
              "allows TCP port %1.").arg(evInt(r, "port"));
  };
  return s;
}

// ---- step 4 ------------------------------------------------------------------------------------------------
GuestCheckSpec rdpEnabled() {
  GuestCheckSpec s;
  s.id = "guest.rdp_enabled";
  s.step = 4;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are remote connections allowed?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.rdpDenied && !f.tsDisabled && !f.logonDisabled) return notCollected();
    Evidence e{{u"deny_ts_connections"_s, f.rdpDenied.value_or(false)}, {u"denied_by_policy"_s, f.deniedByPolicy.value_or(false)},
               {u"ts_disabled"_s, f.tsDisabled.value_or(false)}, {u"logon_disabled"_s, f.logonDisabled.value_or(false)}};
    const bool bad = f.rdpDenied.value_or(false) || f.tsDisabled.value_or(false) || f.logonDisabled.value_or(false);
    return bad ? makeResult(Status::Fail, e, u"rdp-disabled"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "denied_by_policy")) return QCoreApplication::translate("GuestChecks", "A group policy switches Remote Desktop off on the server (fDenyTSConnections = 1).");
    if (evBool(r, "deny_ts_connections")) return QCoreApplication::translate("GuestChecks", "Remote Desktop is switched off on the server (fDenyTSConnections = 1).");
    if (evBool(r, "ts_disabled")) return QCoreApplication::translate("GuestChecks", "Terminal services are switched off on the server (TSEnabled = 0).");
    if (evBool(r, "logon_disabled")) return QCoreApplication::translate("GuestChecks", "Logons through the RDP-Tcp connection are switched off (fLogonDisabled = 1).");
    return QCoreApplication::translate("GuestChecks", "Remote connections are allowed.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    if (evBool(r, "denied_by_policy"))
      return QCoreApplication::translate("GuestChecks", "The policy value wins over the System Properties setting: change the policy \"Allow users to connect "
                "remotely by using Remote Desktop Services\" (gpedit.msc) or ask your domain administrator.");
    return QCoreApplication::translate("GuestChecks", "In the VNC session: System Properties, Remote tab, allow remote connections to this computer.");
  };
  return s;
}

GuestCheckSpec termService() {
  GuestCheckSpec s;
  s.id = "guest.termservice";
  s.step = 4;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the Remote Desktop service running?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.termServiceState.isEmpty() && !f.termServiceDisabled) return notCollected();
    Evidence e{{u"state"_s, f.termServiceState}, {u"disabled"_s, f.termServiceDisabled.value_or(false)}};
    const bool bad = (!f.termServiceState.isEmpty() && f.termServiceState != u"running"_s) || f.termServiceDisabled.value_or(false);
    return bad ? makeResult(Status::Fail, e, u"termservice-stopped"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "disabled")) return QCoreApplication::translate("GuestChecks", "The Remote Desktop Services service (TermService) is disabled.");
    if (r.status == Status::Fail) return QCoreApplication::translate("GuestChecks", "The Remote Desktop Services service (TermService) is not running.");
    return QCoreApplication::translate("GuestChecks", "The Remote Desktop Services service (TermService) is running.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "In the VNC session open Services, set Remote Desktop Services to Manual or Automatic and start it.");
  };
  return s;
}

GuestCheckSpec selectiveStartup() {
  GuestCheckSpec s;
  s.id = "guest.selective_startup";
  s.step = 4;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Were services Remote Desktop needs switched off?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.selectiveStartup) return notCollected();
    Evidence e{{u"services"_s, f.disabledServices}, {u"selective_startup"_s, *f.selectiveStartup}};
    return *f.selectiveStartup ? makeResult(Status::Fail, e, u"selective-startup"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QCoreApplication::translate("GuestChecks", "No service Remote Desktop needs is switched off.");
    const QStringList names = r.evidence.value(u"services"_s).toStringList();
    if (names.isEmpty()) return QCoreApplication::translate("GuestChecks", "Services Remote Desktop needs were switched off (selective startup).");
    return QCoreApplication::translate("GuestChecks", "Services were switched off compared with a normal Windows start: %1.").arg(names.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "In the VNC session run msconfig, choose Normal startup on the General tab, and restart the server.");
  };
  return s;
}

// ---- step 6 ------------------------------------------------------------------------------------------------
GuestCheckSpec cpu() {
  GuestCheckSpec s;
  s.id = "guest.cpu";
  s.step = 6;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the server's CPU overloaded?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.cpuPercent) return notCollected();
    Evidence e{{u"cpu_percent"_s, std::round(*f.cpuPercent)}, {u"top_process"_s, f.topProcess},
               {u"windows_update"_s, isWindowsUpdate(f.topProcess)}};
    return *f.cpuPercent > 90 ? makeResult(Status::Fail, e, u"high-cpu"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    const QString pct = QString::number(evInt(r, "cpu_percent"));
    if (r.status != Status::Fail) return QCoreApplication::translate("GuestChecks", "CPU load is %1 %.").arg(pct);
    if (evBool(r, "windows_update")) return QCoreApplication::translate("GuestChecks", "CPU load is %1 %, mostly Windows Update (%2).").arg(pct, ev(r, "top_process"));
    if (!ev(r, "top_process").isEmpty()) return QCoreApplication::translate("GuestChecks", "CPU load is %1 %; the busiest program is %2.").arg(pct, ev(r, "top_process"));
    return QCoreApplication::translate("GuestChecks", "CPU load is %1 %.").arg(pct);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    if (evBool(r, "windows_update"))
      return QCoreApplication::translate("GuestChecks", "Windows Update is installing in the background. Let it finish (it can take a while), then try again; "
                "do not restart in the middle of it.");
    return QCoreApplication::translate("GuestChecks", "An overloaded server answers Remote Desktop too slowly. Stop the busy program, or move to a larger "
              "instance type if the load is normal for your work.");
  };
  return s;
}

GuestCheckSpec memory() {
  GuestCheckSpec s;
  s.id = "guest.memory";
  s.step = 6;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does the server have enough free memory?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.memoryAvailableMb && f.memoryClass == 0) return notCollected();
    const qint64 mb = f.memoryAvailableMb ? *f.memoryAvailableMb : memoryClassFloorMb(f.memoryClass);
    const bool exact = f.memoryAvailableMb.has_value();
    Evidence e{{u"available_mb"_s, mb}, {u"exact"_s, exact}, {u"total_mb"_s, opt(f.memoryTotalMb)},
               {u"low_memory_events"_s, f.lowMemoryEventCount}, {u"low_memory_events_seen"_s, f.lowMemoryEvents.value_or(false)}};
    bool low = exact ? mb < 256 : f.memoryClass <= 2;
    if (exact && f.memoryTotalMb && *f.memoryTotalMb > 0 && double(mb) / double(*f.memoryTotalMb) < 0.05) low = true;
    if (low) return makeResult(Status::Fail, e, u"low-memory"_s);
    if (f.lowMemoryEvents.value_or(false)) return makeResult(Status::Warn, e, u"low-memory"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    const QString mb = QString::number(evInt(r, "available_mb"));
    const QString mem = evBool(r, "exact") ? QCoreApplication::translate("GuestChecks", "%1 MB of memory is free.").arg(mb) : QCoreApplication::translate("GuestChecks", "At least %1 MB of memory is free.").arg(mb);
    if (r.status == Status::Fail) return QCoreApplication::translate("GuestChecks", "The server is short of memory: only %1 MB is free.").arg(mb);
    if (r.status == Status::Warn) return QCoreApplication::translate("GuestChecks", "%1 Windows logged low-memory warnings in the last 24 hours.").arg(mem);
    return mem;
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate("GuestChecks", "With too little memory, a session can close right after logon without an error. Close memory-hungry "
              "programs, enlarge the page file (virtual memory), or choose an instance type with more memory.");
  };
  return s;
}

// ---- step 7 ------------------------------------------------------------------------------------------------
GuestCheckSpec firewall() {
  GuestCheckSpec s;
  s.id = "guest.firewall";
  s.step = 7;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does Windows Firewall let Remote Desktop in?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.firewallOn) return notCollected();
    Evidence e{{u"firewall_on"_s, *f.firewallOn}, {u"profiles_on"_s, f.firewallOnProfiles},
               {u"port"_s, opt(f.portRdpTcp)}, {u"block_rules"_s, f.blockRules}};
    if (f.firewallBlocksPort.value_or(false)) {
      e.insert(u"state"_s, u"block_rule"_s);
      return makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
    }
    if (!*f.firewallOn) { e.insert(u"state"_s, u"off"_s); return makeResult(Status::Pass, e); }
    if (!f.firewallAllowsPort) return notCollected();
    e.insert(u"state"_s, *f.firewallAllowsPort ? u"allowed"_s : u"no_allow_rule"_s);
    return *f.firewallAllowsPort ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    const QString port = QString::number(evInt(r, "port"));
    if (st == u"block_rule"_s) {
      const QStringList rules = r.evidence.value(u"block_rules"_s).toStringList();
      return rules.isEmpty() ? QCoreApplication::translate("GuestChecks", "A Windows Firewall rule blocks port %1.").arg(port)
                             : QCoreApplication::translate("GuestChecks", "A Windows Firewall rule blocks port %1: %2.").arg(port, rules.join(u", "_s));
    }
    if (st == u"no_allow_rule"_s) return QCoreApplication::translate("GuestChecks", "Windows Firewall is on and no enabled rule allows port %1.").arg(port);
    if (st == u"off"_s) return QCoreApplication::translate("GuestChecks", "Windows Firewall is off, so it does not block Remote Desktop.");
    return QCoreApplication::translate("GuestChecks", "Windows Firewall allows port %1.").arg(port);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    if (ev(r, "state") == u"block_rule"_s)
      return QCoreApplication::translate("GuestChecks", "A block rule wins over allow rules. Disable or delete it in Windows Firewall with Advanced Security, "
                "Inbound Rules.");
    return QCoreApplication::translate("GuestChecks", "In Windows Firewall with Advanced Security, Inbound Rules, enable \"Remote Desktop - User Mode (TCP-In)\", "
              "or add a rule for the port if it was changed. Keep the firewall on.");
  };
  return s;
}

// ---- step 8 ------------------------------------------------------------------------------------------------
GuestCheckSpec ipsec() {
  GuestCheckSpec s;
  s.id = "guest.ipsec";
  s.step = 8;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is there an IP security policy?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.ipsecPresent) return notCollected();
    Evidence e{{u"present"_s, *f.ipsecPresent}, {u"names"_s, f.ipsecNames}};
    return *f.ipsecPresent ? makeResult(Status::Fail, e, u"ipsec-blocks-rdp"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QCoreApplication::translate("GuestChecks", "No IP security policy or rule that requires IPsec is active.");
    const QStringList names = r.evidence.value(u"names"_s).toStringList();
    return names.isEmpty() ? QCoreApplication::translate("GuestChecks", "An IP security policy is active and can drop Remote Desktop traffic.")
                           : QCoreApplication::translate("GuestChecks", "An IP security policy is active and can drop Remote Desktop traffic: %1.").arg(names.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Such a policy drops connections without any answer, which looks like a timeout. In Local Security "
              "Policy, IP Security Policies, un-assign or delete it, or allow the Remote Desktop port in it.");
  };
  return s;
}

// ---- step 9 ------------------------------------------------------------------------------------------------
GuestCheckSpec listener() {
  GuestCheckSpec s;
  s.id = "guest.listener";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the RDP-Tcp connection enabled?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.listenerEnabled) return notCollected();
    Evidence e{{u"enabled"_s, *f.listenerEnabled}};
    return *f.listenerEnabled ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"listener-disabled"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "enabled") ? QCoreApplication::translate("GuestChecks", "The RDP-Tcp connection is enabled.") : QCoreApplication::translate("GuestChecks", "The RDP-Tcp connection is disabled, so nothing listens for Remote Desktop.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Enable the RDP-Tcp connection (Remote Desktop Session Host Configuration, or fEnableWinStation = 1 "
              "under WinStations\\RDP-Tcp), then restart the Remote Desktop service.");
  };
  return s;
}

GuestCheckSpec securityLayer() {
  GuestCheckSpec s;
  s.id = "guest.security_layer";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are the security settings of RDP-Tcp valid?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.securityLayerValid && !f.userAuthenticationValid && !f.minEncryptionValid) return notCollected();
    Evidence e{{u"security_layer"_s, opt(f.securityLayer)}, {u"user_authentication"_s, opt(f.userAuthentication)},
               {u"min_encryption_level"_s, opt(f.minEncryptionLevel)}};
    QStringList bad;
    if (f.securityLayerValid == false) bad << u"SecurityLayer"_s;
    if (f.userAuthenticationValid == false) bad << u"UserAuthentication"_s;
    if (f.minEncryptionValid == false) bad << u"MinEncryptionLevel"_s;
    e.insert(u"invalid"_s, bad);
    return bad.isEmpty() ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"security-layer-invalid"_s);
  };
  s.summarize = [](const CheckResult &r) {
    const QStringList bad = r.evidence.value(u"invalid"_s).toStringList();
    if (bad.isEmpty()) return QCoreApplication::translate("GuestChecks", "SecurityLayer, UserAuthentication and MinEncryptionLevel hold valid values.");
    return QCoreApplication::translate("GuestChecks", "These settings hold values Windows does not accept: %1. Connections are dropped at once.").arg(bad.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Valid values: SecurityLayer 0, 1 or 2; UserAuthentication 0 or 1; MinEncryptionLevel 1 to 4. Correct "
              "them under WinStations\\RDP-Tcp (and in the Terminal Services policy key if set there), then restart "
              "the Remote Desktop service.");
  };
  return s;
}

GuestCheckSpec certificate() {
  GuestCheckSpec s;
  s.id = "guest.certificate";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the Remote Desktop certificate usable?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.cert == CertState::Unknown) return notCollected();
    Evidence e{{u"thumbprint"_s, f.certThumbprint}, {u"not_after"_s, f.certNotAfter}};
    switch (f.cert) {
      case CertState::Ok: e.insert(u"state"_s, u"ok"_s); return makeResult(Status::Pass, e);
      case CertState::Expired: e.insert(u"state"_s, u"expired"_s); return makeResult(Status::Fail, e, u"cert-expired"_s);
      case CertState::NoPrivateKey: e.insert(u"state"_s, u"no_private_key"_s); return makeResult(Status::Fail, e, u"cert-missing-private-key"_s);
      case CertState::PinnedMissing: e.insert(u"state"_s, u"pinned_missing"_s); return makeResult(Status::Fail, e, u"cert-missing-private-key"_s);
      case CertState::Unknown: break;
    }
    return notCollected();
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"expired"_s) return QCoreApplication::translate("GuestChecks", "The Remote Desktop certificate expired on %1.").arg(ev(r, "not_after"));
    if (st == u"no_private_key"_s) return QCoreApplication::translate("GuestChecks", "The Remote Desktop certificate has no private key, so TLS cannot work.");
    if (st == u"pinned_missing"_s) return QCoreApplication::translate("GuestChecks", "RDP-Tcp is set to use a certificate (%1) that is not installed.").arg(ev(r, "thumbprint"));
    return QCoreApplication::translate("GuestChecks", "The Remote Desktop certificate is present, has its private key and has not expired.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Quick way back in: set the RDP-Tcp security layer to RDP Security Layer, then disable and enable the "
              "connection. Lasting fix: delete the broken certificate from the Remote Desktop store (and the pinned "
              "SSLCertificateSHA1Hash value) and restart the Remote Desktop service so Windows creates a new one.");
  };
  return s;
}

GuestCheckSpec licensing() {
  GuestCheckSpec s;
  s.id = "guest.licensing";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is Remote Desktop licensing in order?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.licensing == Licensing::Unknown) return notCollected();
    Evidence e{{u"servers"_s, f.licenseServers}, {u"grace_days_left"_s, opt(f.graceDaysLeft)}};
    switch (f.licensing) {
      case Licensing::NotRdsh: e.insert(u"state"_s, u"not_rdsh"_s); return makeResult(Status::Pass, e);
      case Licensing::Licensed: e.insert(u"state"_s, u"licensed"_s); return makeResult(Status::Pass, e);
      case Licensing::InGrace: e.insert(u"state"_s, u"in_grace"_s); return makeResult(Status::Warn, e, u"licensing-expired"_s);
      case Licensing::GraceOver: e.insert(u"state"_s, u"grace_over"_s); return makeResult(Status::Fail, e, u"licensing-expired"_s);
      case Licensing::Unknown: break;
    }
    return notCollected();
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"not_rdsh"_s) return QCoreApplication::translate("GuestChecks", "The Remote Desktop Session Host role is not installed: the two built-in administrator sessions need no licence.");
    if (st == u"licensed"_s) return QCoreApplication::translate("GuestChecks", "A Remote Desktop licence server is configured: %1.").arg(r.evidence.value(u"servers"_s).toStringList().join(u", "_s));
    if (st == u"in_grace"_s)
      return r.evidence.value(u"grace_days_left"_s).isNull()
                 ? QCoreApplication::translate("GuestChecks", "The Session Host role is installed without a licence server; it works only during the grace period.")
                 : QCoreApplication::translate("GuestChecks", "The Session Host role is installed without a licence server; the grace period ends in %1 days.").arg(evInt(r, "grace_days_left"));
    return QCoreApplication::translate("GuestChecks", "The Session Host role is installed, the licensing grace period is over and no licence server is set.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate("GuestChecks", "Connect with \"mstsc /admin\" to reach the server anyway, then either configure a Remote Desktop licence "
              "server with licences or remove the Remote Desktop Session Host role if you do not need more than two "
              "sessions.");
  };
  return s;
}

GuestCheckSpec rdpPermission() {
  GuestCheckSpec s;
  s.id = "guest.rdp_permission";
  s.step = 9;
  s.alsoSteps = {2};
  s.title = [] { return QCoreApplication::translate("GuestChecks", "May the account log on through Remote Desktop?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.rdpPermission) return notCollected();
    Evidence e{{u"account"_s, f.accountName}, {u"permitted"_s, *f.rdpPermission}};
    return *f.rdpPermission ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"no-rdp-permission"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "permitted")
               ? QCoreApplication::translate("GuestChecks", "%1 may log on through Remote Desktop.").arg(ev(r, "account"))
               : QCoreApplication::translate("GuestChecks", "%1 is neither an administrator nor a member of Remote Desktop Users with the right to log on remotely.").arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "Add the account to the Remote Desktop Users group (Computer Management, Local Users and Groups), and make "
              "sure \"Allow log on through Remote Desktop Services\" includes Administrators and Remote Desktop Users.");
  };
  return s;
}

GuestCheckSpec denyLogon() {
  GuestCheckSpec s;
  s.id = "guest.deny_logon";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does a policy deny Remote Desktop logons?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.denyLogon) return notCollected();
    Evidence e{{u"account"_s, f.accountName}, {u"denied"_s, *f.denyLogon}, {u"holders"_s, f.denyHolders}};
    return *f.denyLogon ? makeResult(Status::Fail, e, u"deny-logon-right"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QCoreApplication::translate("GuestChecks", "No policy denies Remote Desktop logons to you.");
    return QCoreApplication::translate("GuestChecks", "\"Deny log on through Remote Desktop Services\" applies to you: %1.").arg(r.evidence.value(u"holders"_s).toStringList().join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate("GuestChecks", "The deny right wins over every allow. In Local Security Policy, User Rights Assignment, remove the "
              "account or group from \"Deny log on through Remote Desktop Services\" (a domain policy may set it again).");
  };
  return s;
}

// ---- step 10 -----------------------------------------------------------------------------------------------
GuestCheckSpec securitySoftware() {
  GuestCheckSpec s;
  s.id = "guest.security_software";
  s.step = 10;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is third-party security software installed?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.securitySoftware == SecuritySoftware::Unknown) return notCollected();
    Evidence e{{u"products"_s, f.securityProducts}, {u"safedog"_s, f.securitySoftware == SecuritySoftware::SafeDog}};
    if (f.securitySoftware == SecuritySoftware::None) return makeResult(Status::Pass, e);
    return makeResult(Status::Warn, e, u"security-software"_s);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QCoreApplication::translate("GuestChecks", "No known third-party security software was found.");
    if (evBool(r, "safedog")) return QCoreApplication::translate("GuestChecks", "SafeDog is installed; its firewall can blacklist your IP address.");
    const QStringList p = r.evidence.value(u"products"_s).toStringList();
    return p.isEmpty() ? QCoreApplication::translate("GuestChecks", "Third-party security software is installed.") : QCoreApplication::translate("GuestChecks", "Third-party security software is installed: %1.").arg(p.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    if (evBool(r, "safedog"))
      return QCoreApplication::translate("GuestChecks", "If only your network cannot connect, open SafeDog's network firewall, remove your public IP address "
                "from the super blacklist and add it to the super whitelist. If SafeDog itself shows errors, uninstall "
                "it and restart the server.");
    return QCoreApplication::translate("GuestChecks", "Security software can block Remote Desktop. Update it, check its firewall or blocked-address list for "
              "your IP address, or remove it to test.");
  };
  return s;
}

// ---- step 11 -----------------------------------------------------------------------------------------------
GuestCheckSpec restartPending() {
  GuestCheckSpec s;
  s.id = "guest.restart_pending";
  s.step = 11;
  s.alsoSteps = {3};  // a changed port waits for the restart
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the server waiting for a restart?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &ctx) {
    const bool flagsKnown = f.rebootPendingServicing || f.rebootPendingUpdate || f.rebootPendingRename;
    const bool portKnown = f.listenersKnown && f.portTds && f.portRdpTcp;
    if (!flagsKnown && !portKnown) return notCollected();
    const bool portPending = portChangeAwaitsRestart(f);
    const bool updatesPending = f.rebootPendingServicing.value_or(false) || f.rebootPendingUpdate.value_or(false) ||
                                f.rebootPendingRename.value_or(false);
    Evidence e{{u"configured_port"_s, f.portRdpTcp && inRange(*f.portRdpTcp) ? QVariant(*f.portRdpTcp) : QVariant()},
               {u"target_port"_s, ctx.target.port},
               {u"termservice_ports"_s, portList(f.termServicePorts)},
               {u"reboot_pending"_s, QVariantMap{{u"component_servicing"_s, optBool(f.rebootPendingServicing)},
                                                 {u"windows_update"_s, optBool(f.rebootPendingUpdate)},
                                                 {u"file_rename"_s, optBool(f.rebootPendingRename)}}},
               {u"port_change_pending"_s, portPending},
               {u"updates_pending"_s, updatesPending},
               {u"flags_collected"_s, flagsKnown}};
    if (portPending) return makeResult(Status::Warn, e, u"restart-pending-port"_s);
    if (updatesPending) return makeResult(Status::Warn, e, u"restart-pending-updates"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "port_change_pending"))
      return QCoreApplication::translate("GuestChecks", "Remote Desktop is set to port %1 but still listens on port %2: the port was changed, and "
                "the change takes effect only after a restart.").arg(evInt(r, "configured_port")).arg(portsText(r, "termservice_ports"));
    if (evBool(r, "updates_pending"))
      return QCoreApplication::translate("GuestChecks", "Windows is waiting for a restart to finish installing updates or other changes.");
    if (!evBool(r, "flags_collected"))
      return QCoreApplication::translate("GuestChecks", "No changed Remote Desktop port waits for a restart. Whether Windows waits for a restart "
                "after updates was not collected.");
    return QCoreApplication::translate("GuestChecks", "No restart is pending.");
  };
  s.explain = [](const CheckResult &r) {
    if (evBool(r, "port_change_pending"))
      return QCoreApplication::translate("GuestChecks", "Windows reads the Remote Desktop port only when the service starts. Allow port %1 in the "
                "security group and Windows Firewall (step 3), take a snapshot, then restart the instance from the cloud "
                "console (step 11) and connect as IP:%1.").arg(evInt(r, "configured_port"));
    if (evBool(r, "updates_pending"))
      return QCoreApplication::translate("GuestChecks", "A pending restart alone seldom blocks Remote Desktop, but half-installed updates can make "
                "services misbehave. If the other steps found nothing, take a snapshot, then restart the instance from the "
                "cloud console (step 11) and give the updates time to finish.");
    return QString();
  };
  return s;
}

}  // namespace

std::vector<GuestCheckSpec> guestCheckSpecs() {
  return {crashes(),
          accountEnabled(), accountLocked(), passwordExpired(), passwordVsBoot(),
          portRange(), portMatch(), portTarget(), portListening(), firewallPortChanged(),
          rdpEnabled(), termService(), selectiveStartup(),
          cpu(), memory(),
          firewall(),
          ipsec(),
          listener(), securityLayer(), certificate(), licensing(), rdpPermission(), denyLogon(),
          securitySoftware(),
          restartPending()};
}

}  // namespace rdpd::guest
