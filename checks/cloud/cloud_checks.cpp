// The cloud checks: the control plane's view of the instance, each in the step of the FAQ it decides.
// Evidence keys are snake_case (docs/report-schema.md "Cloud checks"); fix ids name
// resources/content/<lang>/fixes/<id>.md.
#include <QCoreApplication>
#include <QHostAddress>
#include <QVariantList>

#include "checks/cloud/cloud_check.h"
#include "checks/cloud/cloud_judge.h"
#include "checks/cloud/sg_advice.h"
#include "checks/core/services.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

QString ev(const CheckResult &r, const char *key) { return r.findings.value(QString::fromLatin1(key)).toString(); }
QString evList(const CheckResult &r, const char *key) {
  QStringList out;
  for (const QVariant &v : r.findings.value(QString::fromLatin1(key)).toList()) out << v.toString();
  return out.join(u", "_s);
}

// ---- step 1: instance state -----------------------------------------------------------------------------
CloudCheckSpec instanceState() {
  CloudCheckSpec s;
  s.id = "cloud.instance_state";
  s.step = 1;
  s.title = [] { return QCoreApplication::translate("CloudChecks", "Is the instance running in the cloud console?"); };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) {
    const QDateTime now = ctx.services ? ctx.services->clock().nowUtc() : QDateTime::currentDateTimeUtc();
    return judgeInstanceState(e, ctx.target, now);
  };
  s.summarize = [](const CheckResult &r) {
    const QString id = ev(r, "instance_id"), state = ev(r, "state");
    if (!r.findings.value(u"lock_reasons"_s).toList().isEmpty())
      return QCoreApplication::translate(
                 "CloudChecks", "Instance %1 is locked by Alibaba Cloud (%2): it cannot run until the lock is lifted.")
          .arg(id, evList(r, "lock_reasons"));
    if (r.findings.value(u"expired"_s).toBool())
      return QCoreApplication::translate("CloudChecks",
                                         "Instance %1 expired on %2 (subscription): renew it, then start it.")
          .arg(id, ev(r, "expired_time"));
    if (r.status == Status::Warn && state == u"Running"_s)
      return QCoreApplication::translate("CloudChecks", "Instance %1 is running, but its subscription ends on %2.")
          .arg(id, ev(r, "expired_time"));
    if (state == u"Stopped"_s)
      return QCoreApplication::translate("CloudChecks",
                                         "Instance %1 is Stopped in the console: nothing on it can answer.")
          .arg(id);
    if (state == u"Running"_s)
      return QCoreApplication::translate("CloudChecks", "Instance %1 (%2) is Running.").arg(id, ev(r, "region_id"));
    return QCoreApplication::translate("CloudChecks", "Instance %1 is %2: wait until it is Running, then try again.")
        .arg(id, state);
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    if (r.fixId == u"cloud-instance-locked"_s)
      return QCoreApplication::translate(
          "CloudChecks",
          "A financial lock or an expired subscription stops the instance. In the console: Expenses > "
          "Renewal, or top up the account; then start the instance in ECS console > Instances.");
    return QCoreApplication::translate(
        "CloudChecks",
        "Start it in ECS console > Instances > the instance > Start, wait until the status is Running "
        "(one to two minutes for Windows), then connect again.");
  };
  return s;
}

// ---- step 3: security group ------------------------------------------------------------------------------

// No public IP given and none learned: what to type, and why this computer's own address is not it.
QString needsPublicIp(const CheckResult &r) {
  const QString ask = QCoreApplication::translate(
      "CloudChecks",
      "Needs this computer's public IP address (--public-ip, or type it on the page) to judge the security-group "
      "rules.");
  const QString local = ev(r, "local_address"), scope = ev(r, "local_scope");
  if (scope == u"private"_s)
    return ask + u" "_s +
           QCoreApplication::translate("CloudChecks",
                                       "This computer sends from %1, a private address: a router translates it, so "
                                       "the server sees the router's public address. A \"what is my IP\" web page "
                                       "shows it.")
               .arg(local);
  if (scope == u"shared_nat"_s)
    return ask + u" "_s +
           QCoreApplication::translate("CloudChecks",
                                       "This computer sends from %1, an address of your Internet provider's shared "
                                       "NAT (100.64.0.0/10): the server sees the provider's public address. A \"what "
                                       "is my IP\" web page shows it.")
               .arg(local);
  return ask;
}

CloudCheckSpec securityGroup() {
  CloudCheckSpec s;
  s.id = "cloud.security_group";
  s.step = 3;
  s.title = [] {
    return QCoreApplication::translate("CloudChecks",
                                       "Does a security-group rule let this computer reach the Remote Desktop port?");
  };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) { return judgeSecurityGroup(e, ctx.target); };
  s.summarize = [](const CheckResult &r) -> QString {
    const QString ip = ev(r, "client_ip"), port = ev(r, "port"), rule = ev(r, "deciding_rule");
    const QString reason = ev(r, "reason"), outcome = ev(r, "outcome");
    if (reason == u"no_public_ip"_s) return needsPublicIp(r);
    if (reason == u"missing_groups"_s)
      return QCoreApplication::translate("CloudChecks",
                                         "Needs the rules of security group(s) %1: import the output of "
                                         "DescribeSecurityGroupAttribute for each.")
          .arg(evList(r, "missing_groups"));
    const QString own =
        ev(r, "client_ip_source") == u"local_address"_s
            ? u" "_s + QCoreApplication::translate("CloudChecks",
                                                   "(%1 is this computer's own address: no router translates it. If "
                                                   "the server sees another address, type that one.)")
                           .arg(ip)
            : QString();
    if (outcome == u"allowed"_s)
      return QCoreApplication::translate("CloudChecks", "Security-group rule lets %1 in on TCP %2: %3.")
                 .arg(ip, port, rule) +
             own;
    if (outcome == u"dropped_by_rule"_s)
      return QCoreApplication::translate("CloudChecks", "Security-group rule drops %1 on TCP %2: %3.")
                 .arg(ip, port, rule) +
             own;
    if (outcome == u"no_rule_matches"_s)
      return QCoreApplication::translate(
                 "CloudChecks", "No security-group rule lets %1 reach TCP %2 (groups %3), so the default denies it.")
                 .arg(ip, port, evList(r, "groups")) +
             own;
    return QCoreApplication::translate(
               "CloudChecks",
               "Cannot tell whether the security groups let %1 in on TCP %2: %3 may match and cannot be judged here.")
               .arg(ip, port, evList(r, "uncertain_rules")) +
           own;
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass || r.status == Status::NeedsInput) return QString();
    RuleToAdd add;
    add.groupId = ev(r, "rule_to_add_group");
    add.client = QHostAddress(ev(r, "client_ip"));
    add.port = r.findings.value(u"port"_s).toInt();
    add.priority = r.findings.value(u"rule_to_add_priority"_s).toInt();
    QString text = consoleSteps(add);
    if (!ev(r, "rule_to_add").isEmpty())
      text += u"\n"_s + QCoreApplication::translate("CloudChecks", "Or, as an administrator with the aliyun CLI:") +
              u"\n"_s + ev(r, "rule_to_add");
    return QString(text + u"\n"_s +
                   QCoreApplication::translate("CloudChecks", "RDP Doctor never changes security groups itself."));
  };
  return s;
}

// ---- step 6: bandwidth and metrics -----------------------------------------------------------------------
CloudCheckSpec bandwidth() {
  CloudCheckSpec s;
  s.id = "cloud.bandwidth";
  s.step = 6;
  s.title = [] { return QCoreApplication::translate("CloudChecks", "Does the instance have public bandwidth?"); };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) { return judgeBandwidth(e, ctx.target); };
  s.summarize = [](const CheckResult &r) {
    const QString via = ev(r, "via") == u"eip"_s ? QCoreApplication::translate("CloudChecks", "elastic IP")
                                                 : QCoreApplication::translate("CloudChecks", "public IP");
    if (r.status == Status::Warn)
      return QCoreApplication::translate(
                 "CloudChecks", "Instance %1 has no public IP address: it cannot be reached from the Internet.")
          .arg(ev(r, "instance_id"));
    if (r.status == Status::Fail)
      return QCoreApplication::translate(
                 "CloudChecks",
                 "The public bandwidth of %1 (%2) is 0 Mbit/s: nothing reaches the server over the Internet "
                 "(the FAQ's \"1k\" case).")
          .arg(ev(r, "public_address"), via);
    return QCoreApplication::translate("CloudChecks", "Public bandwidth of %1 (%2): %3 Mbit/s, %4.")
        .arg(ev(r, "public_address"), via, ev(r, "bandwidth_out_mbps"), ev(r, "charge_type"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "CloudChecks",
        "Set a public bandwidth above 0 Mbit/s: ECS console > Instances > the instance > Change Bandwidth "
        "(or the EIP's Change Specifications). PayByTraffic bills per GB with the bandwidth only as a cap; "
        "PayByBandwidth bills the fixed Mbit/s. 1 Mbit/s is enough to log on; 5 Mbit/s is comfortable.");
  };
  return s;
}

QString metricsSummary(const CheckResult &r) {
  QStringList parts;
  if (r.findings.contains(u"cpu_avg_percent"_s))
    parts << QCoreApplication::translate("CloudChecks", "CPU averaged %1% (peak %2%) over %3 data points")
                 .arg(ev(r, "cpu_avg_percent"), ev(r, "cpu_max_percent"), ev(r, "cpu_points"));
  if (r.findings.contains(u"memory_avg_percent"_s))
    parts << QCoreApplication::translate("CloudChecks", "memory %1% used").arg(ev(r, "memory_avg_percent"));
  if (r.findings.contains(u"bandwidth_out_avg_percent"_s))
    parts << QCoreApplication::translate("CloudChecks", "outbound bandwidth %1% of its cap")
                 .arg(ev(r, "bandwidth_out_avg_percent"));
  return parts.join(u"; "_s) + u'.';
}

CloudCheckSpec metrics() {
  CloudCheckSpec s;
  s.id = "cloud.metrics";
  s.step = 6;
  s.title = [] {
    return QCoreApplication::translate("CloudChecks", "Is the instance overloaded (CPU, memory, bandwidth)?");
  };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) { return judgeMetrics(e, ctx.target); };
  s.summarize = metricsSummary;
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "CloudChecks",
        "A saturated CPU, memory or public bandwidth makes the desktop freeze or disconnect. Find the busy "
        "process (Task Manager through the console's VNC), or upgrade the instance type or bandwidth.");
  };
  return s;
}

// ---- steps 1 and 4: Cloud Assistant ---------------------------------------------------------------------
CloudCheckSpec assistant() {
  CloudCheckSpec s;
  s.id = "cloud.assistant";
  s.step = 1;
  s.title = [] { return QCoreApplication::translate("CloudChecks", "Is the Cloud Assistant agent online?"); };
  s.evaluate = [](const CloudEvidence &e, const CheckContext &ctx) { return judgeAssistant(e, ctx.target); };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Pass)
      return QCoreApplication::translate(
                 "CloudChecks",
                 "The Cloud Assistant agent is online (version %1): Windows has started and evidence can be "
                 "collected without VNC.")
          .arg(ev(r, "version"));
    return QCoreApplication::translate(
               "CloudChecks",
               "The Cloud Assistant agent is offline (last heartbeat %1): Windows may still be starting, may hang, "
               "or the agent service is stopped.")
        .arg(ev(r, "last_heartbeat").isEmpty() ? QCoreApplication::translate("CloudChecks", "unknown")
                                               : ev(r, "last_heartbeat"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "CloudChecks",
        "Open the console's VNC (ECS console > the instance > Connect > VNC) and look at the screen: a blue "
        "screen, \"Working on updates\" or a frozen logon screen explains it. A restart (step 11) often helps.");
  };
  return s;
}

}  // namespace

std::vector<CloudCheckSpec> cloudCheckSpecs() {
  return {instanceState(), consoleScreenshotSpec(), assistant(), securityGroup(), bandwidth(), metrics()};
}

}  // namespace rdpd::cloud
