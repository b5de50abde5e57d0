#pragma once
// Security groups as the ECS API describes them (DescribeSecurityGroupAttribute), and the pure evaluator that
// answers "does a rule let TCP to this port in from this public address?" the way ECS does: the inbound rules of
// every group on the network interface are pooled and sorted by priority (1 first), a Drop rule beats an Accept
// rule of the same priority, the first matching rule decides, and when none matches the implicit default denies
// traffic from the Internet (basic groups allow only their own members over the private network; enterprise
// groups deny everything). The evaluator never changes anything; it quotes the deciding rule, or says that no
// rule matches, and when something is unknown (a prefix list it cannot expand, a source-port range) it says so.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpd::cloud {

enum class SgPolicy { Accept, Drop };
enum class SgType { Unknown, Basic, Enterprise };  // DescribeSecurityGroups SecurityGroupType normal|enterprise

struct SgRule {
  QString groupId;  // filled from the group the rule belongs to
  QString ruleId;   // SecurityGroupRuleId
  QString direction = QStringLiteral("ingress");
  QString ipProtocol;       // TCP, UDP, ICMP, ICMPv6, GRE, ALL (any case)
  QString portRange;        // "3389/3389", "1/65535", "-1/-1"
  QString portRangeListId;  // a port list instead of a range: not expandable offline
  QString sourceCidrIp;
  QString ipv6SourceCidrIp;
  QString sourcePrefixListId;
  QString sourceGroupId;
  QString sourcePortRange;
  QString destCidrIp;
  QString ipv6DestCidrIp;
  QString nicType;  // internet | intranet (VPC: always intranet)
  SgPolicy policy = SgPolicy::Accept;
  int priority = 1;  // 1..100, smaller wins
  QString description;
  bool operator==(const SgRule &) const = default;
};

struct SecurityGroup {
  QString id;
  QString name;
  QString regionId;
  QString vpcId;
  SgType type = SgType::Unknown;
  QString innerAccessPolicy;  // Accept | Drop (between members of a basic group)
  QList<SgRule> rules;        // every direction as listed; the evaluator takes the ingress ones
  bool operator==(const SecurityGroup &) const = default;
};

struct SgQuery {
  QHostAddress client;                      // this computer's public address (v4 or v6)
  int port = 3389;                          // TCP port of Remote Desktop on the server
  QHostAddress privateIp;                   // the interface's private address, for DestCidrIp; may be null
  bool classicNetwork = false;              // classic network: only NicType=internet rules see Internet traffic
  QList<SecurityGroup> groups;              // every group on the interface that holds the public address
  QHash<QString, QStringList> prefixLists;  // prefix list id -> CIDRs, when known
};

enum class SgOutcome {
  Allowed,        // an Accept rule decides
  DroppedByRule,  // a Drop rule decides
  NoRuleMatches,  // the implicit default denies Internet traffic
  Unknown,        // a rule that may match could change the answer (named in `uncertain`)
  NoGroups,       // nothing to evaluate
};

struct SgVerdict {
  SgOutcome outcome = SgOutcome::NoGroups;
  std::optional<SgRule> deciding;  // the rule that decides (Allowed / DroppedByRule), or the best definite match
  QList<SgRule> shadowed;          // other rules that match but lose to `deciding`
  QList<SgRule> uncertain;         // rules ranked before the decision whose match is unknown
  QStringList uncertainReasons;    // one code per uncertain rule: prefix_list, source_port, port_list, dest_cidr
  SgType groupType = SgType::Unknown;
  // For NoRuleMatches / DroppedByRule: the priority an added Accept rule needs (0 = a Drop rule at priority 1
  // must be removed or changed instead).
  int priorityToAdd = 1;
};

SgVerdict evaluateSecurityGroups(const SgQuery &q);

// Helpers the evaluator uses, exposed for the table test.
struct PortSpan {
  int from = 0;
  int to = 0;
  bool valid = false;
  bool contains(int p) const { return valid && p >= from && p <= to; }
};
PortSpan parsePortRange(const QString &range);                        // "-1/-1" = every port
bool cidrContains(const QString &cidr, const QHostAddress &address);  // "a.b.c.d" alone = one address
QString ruleSource(const SgRule &r);  // the source as written: CIDR, prefix list or group
QString describeRule(
    const SgRule &r);  // one line, untranslated API words: "sg-1 priority 1 Drop TCP 3389/3389 from 0.0.0.0/0"

}  // namespace rdpd::cloud
