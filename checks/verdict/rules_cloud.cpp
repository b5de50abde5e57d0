// Verdict rules and cause words for the cloud control plane (checks/cloud). The cloud's answer is ranked with the
// network and guest evidence: a port "filtered" from outside plus a security group without a rule for this
// address names the security group (0.96, above guest_firewall_blocks 0.94 and security_group_blocks 0.93,
// because the security group drops the packet before Windows sees it). When the live probe contradicts the
// cloud data (the port answered), the cloud cause is not proposed: the data is stale, or the public IP typed is
// not the one this computer uses.
#include <QCoreApplication>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString remoteState(const Results &r) { return findingString(r, "net.tcp_connect", "state"); }
bool portAnswered(const Results &r) {
  const QString s = remoteState(r);
  return s == u"open"_s || s == u"refused"_s;
}

std::optional<Cause> instanceNotRunning(const Results &r) {
  const CheckResult *c = findResult(r, "cloud.instance_state");
  if (!c || c->status != Status::Fail || portAnswered(r)) return std::nullopt;
  const bool locked = c->fixId == u"cloud-instance-locked"_s;
  QStringList ev{c->id};
  if (!remoteState(r).isEmpty()) ev << u"net.tcp_connect"_s;
  return Cause{locked ? u"cloud_instance_locked"_s : u"cloud_instance_stopped"_s, 1, 0.97, ev};
}

std::optional<Cause> securityGroupDenies(const Results &r) {
  const CheckResult *c = findResult(r, "cloud.security_group");
  if (!c || c->status != Status::Fail || portAnswered(r)) return std::nullopt;
  const QString outcome = c->findings.value(u"outcome"_s).toString();
  QStringList ev{c->id};
  double conf = 0.9;
  if (remoteState(r) == u"filtered"_s) {
    conf = 0.96;
    ev << u"net.tcp_connect"_s;
  }
  return Cause{outcome == u"dropped_by_rule"_s ? u"cloud_sg_drop_rule"_s : u"cloud_sg_no_rule"_s, 3, conf, ev};
}

std::optional<Cause> bandwidthZero(const Results &r) {
  const CheckResult *c = findResult(r, "cloud.bandwidth");
  if (!c || c->status != Status::Fail || portAnswered(r)) return std::nullopt;
  QStringList ev{c->id};
  if (!remoteState(r).isEmpty()) ev << u"net.tcp_connect"_s;
  return Cause{u"cloud_bandwidth_zero"_s, 6, 0.95, ev};
}

std::optional<Cause> cpuSaturated(const Results &r) {
  const CheckResult *c = findResult(r, "cloud.metrics");
  if (!c || c->status != Status::Fail || c->fixId != u"high-cpu"_s) return std::nullopt;
  return Cause{u"cloud_cpu_saturated"_s, 6, 0.7, {c->id}};
}

// Running, but the agent inside has no heartbeat and the port does not answer: Windows is not up (or hangs). When
// the cloud also shows the way in open (a security-group rule admits this computer), a silent port is no longer a
// filter to look for: the silent Windows is the better explanation, above the generic "port filtered" (0.8).
std::optional<Cause> guestNotResponding(const Results &r) {
  const CheckResult *a = findResult(r, "cloud.assistant");
  const CheckResult *s = findResult(r, "cloud.instance_state");
  if (!a || a->status != Status::Warn || !s || s->findings.value(u"state"_s).toString() != u"Running"_s)
    return std::nullopt;
  if (portAnswered(r)) return std::nullopt;
  const CheckResult *sg = findResult(r, "cloud.security_group");
  const bool wayIn = sg && sg->status == Status::Pass;
  return Cause{u"cloud_guest_not_responding"_s, 1, wayIn ? 0.85 : 0.6, {a->id, s->id}};
}

}  // namespace

void addCloudVerdicts(VerdictBook &b) {
  b.rules.push_back(instanceNotRunning);
  b.rules.push_back(securityGroupDenies);
  b.rules.push_back(bandwidthZero);
  b.rules.push_back(cpuSaturated);
  b.rules.push_back(guestNotResponding);
  b.causes.push_back(
      {u"cloud_instance_stopped"_s,
       [] { return QCoreApplication::translate("Causes", "The instance is stopped in the cloud console."); },
       [] {
         return QCoreApplication::translate(
             "Causes", "Start it in the ECS console (step 1), wait until it is Running, then connect again.");
       }});
  b.causes.push_back({u"cloud_instance_locked"_s,
                      [] {
                        return QCoreApplication::translate(
                            "Causes", "The instance is locked or its subscription has expired (overdue account).");
                      },
                      [] {
                        return QCoreApplication::translate(
                            "Causes", "Renew the instance or top up the account, then start it (step 1).");
                      }});
  b.causes.push_back(
      {u"cloud_sg_no_rule"_s,
       [] {
         return QCoreApplication::translate(
             "Causes", "No security-group rule lets this computer's public address reach the Remote Desktop port.");
       },
       [] {
         return QCoreApplication::translate(
             "Causes",
             "Add the inbound rule shown on step 3 (exactly this address, TCP, the RDP port) to the security group.");
       }});
  b.causes.push_back(
      {u"cloud_sg_drop_rule"_s,
       [] {
         return QCoreApplication::translate(
             "Causes", "A security-group Drop rule blocks this computer's public address on the Remote Desktop port.");
       },
       [] {
         return QCoreApplication::translate(
             "Causes",
             "Change or remove the Drop rule quoted on step 3, or add an Accept rule with a smaller priority number.");
       }});
  b.causes.push_back(
      {u"cloud_bandwidth_zero"_s,
       [] { return QCoreApplication::translate("Causes", "The instance's public bandwidth is 0 Mbit/s."); },
       [] {
         return QCoreApplication::translate(
             "Causes", "Set a public bandwidth above 0 Mbit/s for the instance or its elastic IP (step 6).");
       }});
  b.causes.push_back({u"cloud_cpu_saturated"_s,
                      [] { return QCoreApplication::translate("Causes", "The instance's CPU is saturated."); },
                      [] {
                        return QCoreApplication::translate(
                            "Causes",
                            "Find the busy process through the console's VNC or upgrade the instance (step 6).");
                      }});
  b.causes.push_back(
      {u"cloud_guest_not_responding"_s,
       [] {
         return QCoreApplication::translate(
             "Causes", "The instance runs, but Windows inside does not respond (no Cloud Assistant heartbeat).");
       },
       [] {
         return QCoreApplication::translate(
             "Causes",
             "Look at the screen through the console's VNC (step 1); if it hangs, snapshot and restart it (step 11).");
       }});
}

}  // namespace rdpd
