#pragma once
// What to tell an administrator when the security groups do not let this computer in: the exact inbound rule to
// add, as a console path (translated) and as one `aliyun ecs AuthorizeSecurityGroup` line. RDP Doctor never adds
// the rule itself.

#include <QHostAddress>
#include <QString>

#include "checks/cloud/security_group.h"

namespace rdpd::cloud {

struct RuleToAdd {
  QString regionId;
  QString groupId;
  QHostAddress client;
  int port = 3389;
  int priority = 1;  // 0: impossible by priority alone (a Drop rule at priority 1 must go)
};

// "198.51.100.7/32" or "2001:db8::7/128": only this computer, never the whole Internet.
QString clientCidr(const QHostAddress &client);
// aliyun ecs AuthorizeSecurityGroup --RegionId … --SecurityGroupId … --Permissions.1.… (empty when priority is 0)
QString authorizeCommand(const RuleToAdd &r);
// Translated console steps naming the group, the port, the source and the priority.
QString consoleSteps(const RuleToAdd &r);
// The rule to add for a verdict: into the first group on the interface.
RuleToAdd ruleToAdd(const SgQuery &q, const SgVerdict &v, const QString &regionId);

}  // namespace rdpd::cloud
