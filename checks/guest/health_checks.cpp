// Guest checks about the health of the server: crashes (step 1), CPU and memory (step 6), a pending restart
// (step 11). Evidence keys are snake_case; fix ids name resources/content/<lang>/fixes/<id>.md.
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

#include "checks/guest/guest_specs.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest::specs {

namespace {

// Processes that mean Windows Update is working in the background.
bool isWindowsUpdate(const QString &process) {
  static const QRegularExpression re(
      u"^(tiworker|trustedinstaller|wuauclt|musnotification|mousocoreworker|usocoreworker|wuaueng)(\\.exe)?$"_s,
      QRegularExpression::CaseInsensitiveOption);
  return re.match(process.trimmed()).hasMatch();
}

}  // namespace

// ---- step 1 ------------------------------------------------------------------------------------------------
GuestCheckSpec crashes() {
  GuestCheckSpec s;
  s.id = "guest.crashes";
  s.step = 1;
  s.title = [] {
    return QCoreApplication::translate("GuestChecks", "Has the server crashed or restarted unexpectedly?");
  };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.bugchecks && !f.unexpectedShutdowns) return notCollected();
    const qint64 bugchecks = f.bugchecks.value_or(0);
    const qint64 unexpected = f.unexpectedShutdowns.value_or(0);
    Findings e{{u"bugchecks"_s, opt(f.bugchecks)},
               {u"unexpected_shutdowns"_s, opt(f.unexpectedShutdowns)},
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
      return QCoreApplication::translate("GuestChecks",
                                         "Windows crashed with a blue screen in the last %1 hours and restarted.")
          .arg(hours);
    if (bugchecks > 1)
      return QCoreApplication::translate("GuestChecks",
                                         "Windows crashed with a blue screen %1 times in the last %2 hours.")
          .arg(bugchecks)
          .arg(hours);
    if (unexpected >= 2)
      return QCoreApplication::translate(
                 "GuestChecks", "The server restarted %1 times in the last %2 hours without shutting down properly.")
          .arg(unexpected)
          .arg(hours);
    if (unexpected == 1)
      return QCoreApplication::translate(
                 "GuestChecks", "The server restarted once in the last %1 hours without shutting down properly.")
          .arg(hours);
    return QCoreApplication::translate("GuestChecks", "No crash and no unexpected restart in the last %1 hours.")
        .arg(hours);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Fail)
      return QCoreApplication::translate(
          "GuestChecks",
          "A server that keeps crashing drops every connection and is often not up when you try. Open the "
          "cloud console's remote connection (VNC, step 1) and watch the screen. A blue screen or a restart loop means "
          "Windows itself is failing: undo the last change or update, restore a snapshot from before the trouble "
          "began, or contact the cloud provider's support.");
    if (r.status == Status::Warn)
      return QCoreApplication::translate(
          "GuestChecks",
          "One unexpected restart can be a one-off, such as a forced restart or a power cut. If your "
          "connection failed around that time, this explains it. If it happens again, watch the server's screen "
          "in the cloud console's remote connection (VNC, step 1).");
    return QString();
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
    Findings e{{u"cpu_percent"_s, std::round(*f.cpuPercent)},
               {u"top_process"_s, f.topProcess},
               {u"windows_update"_s, isWindowsUpdate(f.topProcess)}};
    return *f.cpuPercent > 90 ? makeResult(Status::Fail, e, u"high-cpu"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    const QString pct = QString::number(evInt(r, "cpu_percent"));
    if (r.status != Status::Fail) return QCoreApplication::translate("GuestChecks", "CPU load is %1 %.").arg(pct);
    if (evBool(r, "windows_update"))
      return QCoreApplication::translate("GuestChecks", "CPU load is %1 %, mostly Windows Update (%2).")
          .arg(pct, ev(r, "top_process"));
    if (!ev(r, "top_process").isEmpty())
      return QCoreApplication::translate("GuestChecks", "CPU load is %1 %; the busiest program is %2.")
          .arg(pct, ev(r, "top_process"));
    return QCoreApplication::translate("GuestChecks", "CPU load is %1 %.").arg(pct);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    if (evBool(r, "windows_update"))
      return QCoreApplication::translate(
          "GuestChecks",
          "Windows Update is installing in the background. Let it finish (it can take a while), then try again; "
          "do not restart in the middle of it.");
    return QCoreApplication::translate(
        "GuestChecks",
        "An overloaded server answers Remote Desktop too slowly. Stop the busy program, or move to a larger "
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
    Findings e{{u"available_mb"_s, mb},
               {u"exact"_s, exact},
               {u"total_mb"_s, opt(f.memoryTotalMb)},
               {u"low_memory_events"_s, f.lowMemoryEventCount},
               {u"low_memory_events_seen"_s, f.lowMemoryEvents.value_or(false)}};
    bool low = exact ? mb < 256 : f.memoryClass <= 2;
    if (exact && f.memoryTotalMb && *f.memoryTotalMb > 0 && double(mb) / double(*f.memoryTotalMb) < 0.05) low = true;
    if (low) return makeResult(Status::Fail, e, u"low-memory"_s);
    if (f.lowMemoryEvents.value_or(false)) return makeResult(Status::Warn, e, u"low-memory"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    const QString mb = QString::number(evInt(r, "available_mb"));
    const QString mem = evBool(r, "exact")
                            ? QCoreApplication::translate("GuestChecks", "%1 MB of memory is free.").arg(mb)
                            : QCoreApplication::translate("GuestChecks", "At least %1 MB of memory is free.").arg(mb);
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks", "The server is short of memory: only %1 MB is free.").arg(mb);
    if (r.status == Status::Warn)
      return QCoreApplication::translate("GuestChecks", "%1 Windows logged low-memory warnings in the last 24 hours.")
          .arg(mem);
    return mem;
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "With too little memory, a session can close right after logon without an error. Close memory-hungry "
        "programs, enlarge the page file (virtual memory), or choose an instance type with more memory.");
  };
  return s;
}

// ---- step 11 -----------------------------------------------------------------------------------------------
GuestCheckSpec restartPending() {
  GuestCheckSpec s;
  s.id = "guest.restart_pending";
  s.step = 11;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the server waiting for a restart?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &ctx) {
    const bool flagsKnown = f.rebootPendingServicing || f.rebootPendingUpdate || f.rebootPendingRename;
    const bool portKnown = f.listenersKnown && f.portTds && f.portRdpTcp;
    if (!flagsKnown && !portKnown) return notCollected();
    const bool portPending = portChangeAwaitsRestart(f);
    const bool updatesPending = f.rebootPendingServicing.value_or(false) || f.rebootPendingUpdate.value_or(false) ||
                                f.rebootPendingRename.value_or(false);
    Findings e{{u"configured_port"_s, f.portRdpTcp && inRange(*f.portRdpTcp) ? QVariant(*f.portRdpTcp) : QVariant()},
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
      return QCoreApplication::translate(
                 "GuestChecks",
                 "Remote Desktop is set to port %1 but still listens on port %2: the port was changed, and "
                 "the change takes effect only after a restart.")
          .arg(evInt(r, "configured_port"))
          .arg(portsText(r, "termservice_ports"));
    if (evBool(r, "updates_pending"))
      return QCoreApplication::translate(
          "GuestChecks", "Windows is waiting for a restart to finish installing updates or other changes.");
    if (!evBool(r, "flags_collected"))
      return QCoreApplication::translate(
          "GuestChecks",
          "No changed Remote Desktop port waits for a restart. Whether Windows waits for a restart "
          "after updates was not collected.");
    return QCoreApplication::translate("GuestChecks", "No restart is pending.");
  };
  s.explain = [](const CheckResult &r) {
    if (evBool(r, "port_change_pending"))
      return QCoreApplication::translate(
                 "GuestChecks",
                 "Windows reads the Remote Desktop port only when the service starts. Allow port %1 in the "
                 "security group and Windows Firewall (step 3), take a snapshot, then restart the instance from the "
                 "cloud "
                 "console (step 11) and connect as IP:%1.")
          .arg(evInt(r, "configured_port"));
    if (evBool(r, "updates_pending"))
      return QCoreApplication::translate(
          "GuestChecks",
          "A pending restart alone seldom blocks Remote Desktop, but half-installed updates can make "
          "services misbehave. If the other steps found nothing, take a snapshot, then restart the instance from the "
          "cloud console (step 11) and give the updates time to finish.");
    return QString();
  };
  return s;
}

}  // namespace rdpd::guest::specs
