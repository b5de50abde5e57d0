#include "checks/cloud/sg_advice.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

QString clientCidr(const QHostAddress &client) {
  bool v4 = false;
  const quint32 a = client.toIPv4Address(&v4);
  if (v4) return QHostAddress(a).toString() + u"/32"_s;
  return client.toString() + u"/128"_s;
}

QString authorizeCommand(const RuleToAdd &r) {
  if (r.priority < 1) return {};
  bool v4 = false;
  r.client.toIPv4Address(&v4);
  const QString port = QString::number(r.port);
  return u"aliyun ecs AuthorizeSecurityGroup --RegionId %1 --SecurityGroupId %2 --Permissions.1.IpProtocol TCP "
         "--Permissions.1.PortRange %3/%3 --Permissions.1.%4 %5 --Permissions.1.Policy accept "
         "--Permissions.1.Priority %6 --Permissions.1.Description \"Remote Desktop from %7\""_s.arg(
             r.regionId.isEmpty() ? u"<region>"_s : r.regionId, r.groupId.isEmpty() ? u"<sg-id>"_s : r.groupId, port,
             v4 ? u"SourceCidrIp"_s : u"Ipv6SourceCidrIp"_s, clientCidr(r.client), QString::number(r.priority),
             clientCidr(r.client));
}

QString consoleSteps(const RuleToAdd &r) {
  if (r.priority < 1)
    return QCoreApplication::translate(
               "CloudAdvice",
               "ECS console > Instances > the instance > Security Groups > %1 > Inbound: a Drop rule at priority 1 "
               "decides, so no Accept rule can outrank it. Delete or narrow that Drop rule (or change its priority), "
               "then add: Allow, TCP %2/%2, source %3.")
        .arg(r.groupId, QString::number(r.port), clientCidr(r.client));
  return QCoreApplication::translate(
             "CloudAdvice",
             "ECS console > Instances > the instance > Security Groups > %1 > Inbound > Add Rule: Action Allow, "
             "Priority %2, Protocol Custom TCP, Port Range %3/%3, Source %4.")
      .arg(r.groupId, QString::number(r.priority), QString::number(r.port), clientCidr(r.client));
}

RuleToAdd ruleToAdd(const SgQuery &q, const SgVerdict &v, const QString &regionId) {
  RuleToAdd r;
  r.regionId = regionId;
  r.client = q.client;
  r.port = q.port;
  // Add it to the group whose Drop rule decides, else to the first group on the interface.
  r.groupId = v.deciding && v.outcome == SgOutcome::DroppedByRule ? v.deciding->groupId
              : q.groups.isEmpty()                                ? QString()
                                                                  : q.groups.first().id;
  if (r.regionId.isEmpty() && !q.groups.isEmpty()) r.regionId = q.groups.first().regionId;
  r.priority = v.outcome == SgOutcome::DroppedByRule ? v.priorityToAdd : 1;
  return r;
}

}  // namespace rdpd::cloud
