// The concrete values behind the cloud's causes and the words that name them (the counterpart of cause_values.cpp
// for checks/cloud): which instance is stopped, which address the security group does not let in on which port and
// in which group the rule goes, which Drop rule blocks, which public address has 0 Mbit/s, how busy the CPU was,
// when the agent last answered.
#include <QCoreApplication>
#include <QVariantList>

#include "checks/verdict/cause_value_helpers.h"
#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

using namespace causevalues;

namespace {

void addInstanceWords(VerdictBook &b) {
  setCauseWords(
      b, u"cloud_instance_stopped"_s,
      [](const QVariantMap &m) {
        if (!has(m, "instance") || !has(m, "state")) return QString();
        return QCoreApplication::translate("Causes", "The instance %1 (%2) is %3 in the cloud console.")
            .arg(v(m, "instance"), v(m, "region"), v(m, "state"));
      },
      [](const QVariantMap &m) {
        if (!has(m, "instance")) return QString();
        return QCoreApplication::translate(
                   "Causes", "Start %1 in the ECS console (step 1), wait until it is Running, then connect again.")
            .arg(v(m, "instance"));
      });
  setCauseWords(
      b, u"cloud_instance_locked"_s,
      [](const QVariantMap &m) {
        if (!has(m, "instance")) return QString();
        if (!has(m, "locks"))
          return QCoreApplication::translate("Causes", "The subscription of instance %1 (%2) has expired.")
              .arg(v(m, "instance"), v(m, "region"));
        return QCoreApplication::translate("Causes", "The instance %1 (%2) is locked (%3).")
            .arg(v(m, "instance"), v(m, "region"), v(m, "locks"));
      },
      {});
  setCauseWords(
      b, u"cloud_guest_not_responding"_s,
      [](const QVariantMap &m) {
        if (!has(m, "instance") || !has(m, "heartbeat")) return QString();
        return QCoreApplication::translate("Causes",
                                           "The instance %1 runs, but Windows inside does not respond: the Cloud "
                                           "Assistant agent last answered at %2.")
            .arg(v(m, "instance"), v(m, "heartbeat"));
      },
      {});
}

void addNetworkWords(VerdictBook &b) {
  setCauseWords(
      b, u"cloud_sg_no_rule"_s,
      [](const QVariantMap &m) {
        if (!has(m, "client_ip") || !has(m, "port")) return QString();
        return QCoreApplication::translate(
                   "Causes", "No security-group rule lets %1 reach TCP port %2 (security groups: %3).")
            .arg(v(m, "client_ip"), v(m, "port"), v(m, "groups"));
      },
      [](const QVariantMap &m) {
        if (!has(m, "client_ip") || !has(m, "port") || !has(m, "group")) return QString();
        return QCoreApplication::translate("Causes",
                                           "Add an inbound rule to security group %3: Accept, TCP, port range %2/%2, "
                                           "source %1 — step 3 shows the console path and the aliyun command.")
            .arg(v(m, "client_ip"), v(m, "port"), v(m, "group"));
      });
  setCauseWords(
      b, u"cloud_sg_drop_rule"_s,
      [](const QVariantMap &m) {
        if (!has(m, "client_ip") || !has(m, "port") || !has(m, "rule")) return QString();
        return QCoreApplication::translate("Causes", "A security-group Drop rule blocks %1 on TCP port %2: %3.")
            .arg(v(m, "client_ip"), v(m, "port"), v(m, "rule"));
      },
      {});
  setCauseWords(
      b, u"cloud_bandwidth_zero"_s,
      [](const QVariantMap &m) {
        if (!has(m, "address") || !has(m, "instance")) return QString();
        return QCoreApplication::translate("Causes",
                                           "The public bandwidth of %1 (instance %2) is 0 Mbit/s: nothing gets "
                                           "through it.")
            .arg(v(m, "address"), v(m, "instance"));
      },
      {});
  setCauseWords(
      b, u"cloud_cpu_saturated"_s,
      [](const QVariantMap &m) {
        if (!has(m, "cpu_avg") || !has(m, "instance")) return QString();
        return QCoreApplication::translate("Causes",
                                           "The CPU of instance %1 averaged %2% over the last hour (peak %3%).")
            .arg(v(m, "instance"), v(m, "cpu_avg"), v(m, "cpu_max"));
      },
      {});
}

}  // namespace

void fillCloudCauseValues(QVariantMap &m, const QString &id, const Results &r) {
  const char *check = id == u"cloud_sg_no_rule"_s || id == u"cloud_sg_drop_rule"_s ? "cloud.security_group"
                      : id == u"cloud_bandwidth_zero"_s                             ? "cloud.bandwidth"
                      : id == u"cloud_cpu_saturated"_s                              ? "cloud.metrics"
                      : id == u"cloud_guest_not_responding"_s                       ? "cloud.assistant"
                                                                                    : "cloud.instance_state";
  put(m, "instance", finding(r, check, "instance_id"));
  put(m, "region", finding(r, check, "region_id"));
  if (id == u"cloud_instance_stopped"_s || id == u"cloud_instance_locked"_s) {
    put(m, "state", finding(r, check, "state"));
    put(m, "locks", joinList(finding(r, check, "lock_reasons")));
  } else if (id == u"cloud_sg_no_rule"_s || id == u"cloud_sg_drop_rule"_s) {
    put(m, "client_ip", finding(r, check, "client_ip"));
    put(m, "port", finding(r, check, "port"));
    put(m, "groups", joinList(finding(r, check, "groups")));
    put(m, "group", finding(r, check, "rule_to_add_group"));
    put(m, "rule", finding(r, check, "deciding_rule"));
  } else if (id == u"cloud_bandwidth_zero"_s) {
    put(m, "address", finding(r, check, "public_address"));
  } else if (id == u"cloud_cpu_saturated"_s) {
    put(m, "cpu_avg", finding(r, check, "cpu_avg_percent"));
    put(m, "cpu_max", finding(r, check, "cpu_max_percent"));
  } else if (id == u"cloud_guest_not_responding"_s) {
    put(m, "heartbeat", finding(r, check, "last_heartbeat"));
  }
}

void addCloudCauseWords(VerdictBook &b) {
  addInstanceWords(b);
  addNetworkWords(b);
}

}  // namespace rdpd
