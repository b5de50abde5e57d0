// Guest checks about the Remote Desktop port (step 3): valid, consistent, the one you connect to, listened on,
// allowed by the firewall after a change.
#include <QCoreApplication>

#include "checks/guest/guest_specs.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest::specs {

// ---- step 3 ------------------------------------------------------------------------------------------------
GuestCheckSpec portRange() {
  GuestCheckSpec s;
  s.id = "guest.port_range";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are the stored port numbers valid?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.portTds && !f.portRdpTcp) return notCollected();
    Findings e{{u"port_tds"_s, opt(f.portTds)}, {u"port_rdp_tcp"_s, opt(f.portRdpTcp)}};
    std::optional<qint64> bad;
    if (f.portRdpTcp && !inRange(*f.portRdpTcp))
      bad = f.portRdpTcp;
    else if (f.portTds && !inRange(*f.portTds))
      bad = f.portTds;
    if (bad) {
      e.insert(u"bad_value"_s, *bad);
      return makeResult(Status::Fail, e, u"port-registry-out-of-range"_s);
    }
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate(
                 "GuestChecks",
                 "A stored PortNumber is %1, which no TCP port can be (1 to 65535): Remote Desktop cannot listen.")
          .arg(evInt(r, "bad_value"));
    return QCoreApplication::translate("GuestChecks", "The stored port numbers are valid.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "In the VNC session, open the Registry Editor and set PortNumber (as a decimal value) to a free port, "
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
    Findings e{{u"port_tds"_s, *f.portTds}, {u"port_rdp_tcp"_s, *f.portRdpTcp}};
    if (!inRange(*f.portTds) || !inRange(*f.portRdpTcp))
      return makeResult(Status::Skipped, {{u"reason"_s, u"out_of_range"_s}});
    return *f.portTds == *f.portRdpTcp ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"port-mismatch"_s);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "The two PortNumber values differ (Tds\\tcp: %1, RDP-Tcp: %2).")
          .arg(evInt(r, "port_tds"))
          .arg(evInt(r, "port_rdp_tcp"));
    return QCoreApplication::translate("GuestChecks", "Both PortNumber values are %1.").arg(evInt(r, "port_rdp_tcp"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Someone changed the port in only one place. Set both PortNumber values to the same port, allow it in "
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
    Findings e{{u"configured_port"_s, *f.portRdpTcp},
               {u"target_port"_s, ctx.target.port},
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
      return QCoreApplication::translate(
                 "GuestChecks",
                 "The server is set to port %1, but until it restarts Remote Desktop still listens on port %2, "
                 "the one you connect to.")
          .arg(evInt(r, "configured_port"))
          .arg(evInt(r, "target_port"));
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks",
                                         "The server's Remote Desktop uses port %1, but you connect to port %2.")
          .arg(evInt(r, "configured_port"))
          .arg(evInt(r, "target_port"));
    return QCoreApplication::translate("GuestChecks", "You connect to port %1, the port the server is set to use.")
        .arg(evInt(r, "configured_port"));
  };
  s.explain = [](const CheckResult &r) {
    if (ev(r, "state") == u"old_port_until_restart"_s)
      return QCoreApplication::translate(
                 "GuestChecks",
                 "After the next restart Remote Desktop moves to port %1 and port %2 stops working. Before "
                 "restarting, allow port %1 in the security group and Windows Firewall, then connect as IP:%1.")
          .arg(evInt(r, "configured_port"))
          .arg(evInt(r, "target_port"));
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
               "GuestChecks",
               "Connect as IP:%1 and make sure the security group allows port %1 from your IP address, or change the "
               "server back to the port you use.")
        .arg(evInt(r, "configured_port"));
  };
  return s;
}

GuestCheckSpec portListening() {
  GuestCheckSpec s;
  s.id = "guest.port_listening";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does Remote Desktop listen on its port?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.portOwner == PortOwner::Unknown || !f.portRdpTcp) return notCollected();
    Findings e{{u"port"_s, *f.portRdpTcp},
               {u"owner_process"_s, f.portOwnerProcess},
               {u"termservice_ports"_s, portList(f.termServicePorts)}};
    switch (f.portOwner) {
      case PortOwner::TermService:
        e.insert(u"state"_s, u"termservice"_s);
        return makeResult(Status::Pass, e);
      case PortOwner::OtherProcess:
        e.insert(u"state"_s, u"other_process"_s);
        return makeResult(Status::Fail, e, u"port-mismatch"_s);
      default: {
        // Remote Desktop runs, but on another port: a changed port that waits for a restart (both values agree),
        // or the two values disagree. Either way it is not "nothing listens".
        if (!f.termServicePorts.isEmpty()) {
          e.insert(u"state"_s, u"termservice_elsewhere"_s);
          return makeResult(Status::Fail, e,
                            portChangeAwaitsRestart(f) ? u"restart-pending-port"_s : u"port-mismatch"_s);
        }
        e.insert(u"state"_s, u"not_listening"_s);
        const bool tsDown = f.termServiceState == u"stopped"_s || f.termServiceDisabled.value_or(false);
        return makeResult(Status::Fail, e, tsDown ? u"termservice-stopped"_s : u"listener-disabled"_s);
      }
    }
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"termservice"_s)
      return QCoreApplication::translate("GuestChecks", "The Remote Desktop service listens on port %1.")
          .arg(evInt(r, "port"));
    if (st == u"other_process"_s)
      return QCoreApplication::translate("GuestChecks",
                                         "Port %1 is taken by another program (%2), so Remote Desktop cannot use it.")
          .arg(evInt(r, "port"))
          .arg(ev(r, "owner_process"));
    if (st == u"termservice_elsewhere"_s)
      return QCoreApplication::translate("GuestChecks", "Remote Desktop is set to port %1 but listens on port %2.")
          .arg(evInt(r, "port"))
          .arg(portsText(r, "termservice_ports"));
    return QCoreApplication::translate("GuestChecks", "Nothing listens on port %1 on the server.")
        .arg(evInt(r, "port"));
  };
  s.explain = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"termservice_elsewhere"_s && r.fixId == u"restart-pending-port"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "The port was changed, but Remote Desktop reads it only when it starts: the new port takes "
          "effect after a restart. Take a snapshot, then restart the instance from the cloud console (step 11).");
    if (st == u"termservice_elsewhere"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "The two stored PortNumber values differ. Set both to the same port, allow it in the security "
          "group and the firewall, and restart the server.");
    if (st == u"other_process"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "Stop or reconfigure that program, or move Remote Desktop to a free port (both PortNumber values), "
          "then restart the server.");
    if (st == u"not_listening"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "Remote Desktop is not accepting connections: check that the service runs (step 4) and that the RDP-Tcp "
          "listener is enabled (step 9).");
    return QString();
  };
  return s;
}

GuestCheckSpec firewallPortChanged() {
  GuestCheckSpec s;
  s.id = "guest.firewall_port_changed";
  s.step = 3;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does the firewall allow the changed port?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.firewallAllows3389Only || !f.portRdpTcp) return notCollected();
    Findings e{{u"port"_s, *f.portRdpTcp},
               {u"only_3389_allowed"_s, *f.firewallAllows3389Only},
               {u"firewall_on"_s, f.firewallOn.value_or(false)}};
    if (*f.firewallAllows3389Only && f.firewallOn.value_or(true))
      return makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks",
                                         "The port was changed to %1, but the firewall rules still only allow 3389.")
          .arg(evInt(r, "port"));
    return QCoreApplication::translate("GuestChecks", "The firewall rules are not limited to the old port 3389.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
               "GuestChecks",
               "The built-in Remote Desktop rules cover port 3389 only. Add an inbound rule in Windows Firewall that "
               "allows TCP port %1.")
        .arg(evInt(r, "port"));
  };
  return s;
}

}  // namespace rdpd::guest::specs
