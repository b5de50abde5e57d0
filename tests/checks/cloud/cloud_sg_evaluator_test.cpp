// The security-group evaluator as a table, written from the ECS rules (docs/cloud.md): priority 1 wins, Drop
// beats Accept at equal priority, rules of every group on the interface are pooled, protocol and port ranges
// ("3389/3389", "1/65535", "-1/-1"), IPv4/IPv6 CIDRs, prefix lists, group sources, the implicit default deny for
// Internet traffic, and "unknown" when a rule the evaluator cannot judge could change the answer.
#include <gtest/gtest.h>

#include "checks/cloud/security_group.h"
#include "checks/cloud/sg_advice.h"

using namespace rdpd::cloud;

namespace {

// src: "pl-…" prefix list, "sg-…" group, contains ':' IPv6 CIDR, else IPv4 CIDR / address.
SgRule R(const char *id, const char *proto, const char *range, const char *src, char policy, int prio) {
  SgRule r;
  r.ruleId = QString::fromLatin1(id);
  r.ipProtocol = QString::fromLatin1(proto);
  r.portRange = QString::fromLatin1(range);
  const QString s = QString::fromLatin1(src);
  if (s.startsWith(QLatin1String("pl-"))) r.sourcePrefixListId = s;
  else if (s.startsWith(QLatin1String("sg-"))) r.sourceGroupId = s;
  else if (s.contains(QLatin1Char(':'))) r.ipv6SourceCidrIp = s;
  else r.sourceCidrIp = s;
  r.policy = policy == 'D' ? SgPolicy::Drop : SgPolicy::Accept;
  r.priority = prio;
  r.nicType = QStringLiteral("intranet");
  return r;
}

template <typename F>
SgRule with(SgRule r, F f) {
  f(r);
  return r;
}

SecurityGroup G(const char *id, QList<SgRule> rules, SgType type = SgType::Basic) {
  SecurityGroup g;
  g.id = QString::fromLatin1(id);
  g.regionId = QStringLiteral("cn-hangzhou");
  g.type = type;
  g.rules = std::move(rules);
  return g;
}

struct Case {
  const char *name;
  QList<SecurityGroup> groups;
  SgOutcome expected;
  const char *deciding = "";     // rule id of the deciding rule ("" = none)
  const char *client = "198.51.100.7";
  int port = 3389;
  const char *privateIp = "";
  bool classic = false;
  QHash<QString, QStringList> prefixLists = {};
};

const SgOutcome A = SgOutcome::Allowed, D = SgOutcome::DroppedByRule, N = SgOutcome::NoRuleMatches,
                U = SgOutcome::Unknown;

QList<Case> cases() {
  const QHash<QString, QStringList> pl{{QStringLiteral("pl-office"), {QStringLiteral("198.51.100.0/24"), QStringLiteral("2001:db8::/32")}},
                                       {QStringLiteral("pl-other"), {QStringLiteral("203.0.113.0/24")}}};
  return {
      {"accept from anywhere", {G("sg-1", {R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"accept exactly this /32", {G("sg-1", {R("r1", "TCP", "3389/3389", "198.51.100.7/32", 'A', 1)})}, A, "r1"},
      {"accept a bare address", {G("sg-1", {R("r1", "TCP", "3389/3389", "198.51.100.7", 'A', 1)})}, A, "r1"},
      {"accept the client's /24", {G("sg-1", {R("r1", "TCP", "3389/3389", "198.51.100.0/24", 'A', 1)})}, A, "r1"},
      {"accept another network only", {G("sg-1", {R("r1", "TCP", "3389/3389", "203.0.113.0/24", 'A', 1)})}, N},
      {"another single address only", {G("sg-1", {R("r1", "TCP", "3389/3389", "198.51.100.8", 'A', 1)})}, N},
      {"only SSH is open", {G("sg-1", {R("r1", "TCP", "22/22", "0.0.0.0/0", 'A', 1)})}, N},
      {"all TCP ports 1/65535", {G("sg-1", {R("r1", "TCP", "1/65535", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"protocol ALL -1/-1", {G("sg-1", {R("r1", "ALL", "-1/-1", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"UDP 3389 does not carry TCP", {G("sg-1", {R("r1", "UDP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, N},
      {"ICMP is not TCP", {G("sg-1", {R("r1", "ICMP", "-1/-1", "0.0.0.0/0", 'A', 1)})}, N},
      {"TCP -1/-1 read as every port", {G("sg-1", {R("r1", "TCP", "-1/-1", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"range 3000/4000 covers 3389", {G("sg-1", {R("r1", "TCP", "3000/4000", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"range 3390/4000 misses 3389", {G("sg-1", {R("r1", "TCP", "3390/4000", "0.0.0.0/0", 'A', 1)})}, N},
      {"range ending at 3389", {G("sg-1", {R("r1", "TCP", "3300/3389", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"protocol in lower case", {G("sg-1", {R("r1", "tcp", "3389/3389", "0.0.0.0/0", 'A', 1)})}, A, "r1"},
      {"a lone Drop rule", {G("sg-1", {R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'D', 1)})}, D, "r1"},
      {"Drop beats Accept at equal priority",
       {G("sg-1", {R("a", "TCP", "3389/3389", "198.51.100.7/32", 'A', 1), R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 1)})}, D, "d"},
      {"Drop beats Accept at equal priority, listed after",
       {G("sg-1", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 7), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 7)})}, D, "d"},
      {"priority 1 Accept beats priority 2 Drop",
       {G("sg-1", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 2), R("a", "TCP", "3389/3389", "198.51.100.7/32", 'A', 1)})}, A, "a"},
      {"priority 1 Drop beats priority 2 Accept",
       {G("sg-1", {R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 2), R("d", "TCP", "3389/3389", "198.51.100.0/24", 'D', 1)})}, D, "d"},
      {"console default (priority 100) loses to a Drop at 50",
       {G("sg-1", {R("def", "TCP", "3389/3389", "0.0.0.0/0", 'A', 100), R("d", "TCP", "3389/3389", "198.51.100.0/24", 'D', 50)})}, D, "d"},
      {"groups are pooled: Accept 5 in one beats Drop 10 in the other",
       {G("sg-1", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 10)}), G("sg-2", {R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 5)})}, A, "a"},
      {"groups are pooled: Drop ties win across groups",
       {G("sg-1", {R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 10)}), G("sg-2", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 10)})}, D, "d"},
      {"an egress rule does not let anything in",
       {G("sg-1", {with(R("e", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.direction = QStringLiteral("egress"); })})}, N},
      {"a Drop for another port does not matter",
       {G("sg-1", {R("d", "TCP", "22/22", "0.0.0.0/0", 'D', 1), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 2)})}, A, "a"},
      {"a UDP Drop does not stop TCP",
       {G("sg-1", {R("d", "UDP", "3389/3389", "0.0.0.0/0", 'D', 1), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 2)})}, A, "a"},
      {"IPv6 client, IPv4 rule only", {G("sg-1", {R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, N, "", "2001:db8::7"},
      {"IPv6 client, ::/0", {G("sg-1", {R("r1", "TCP", "3389/3389", "::/0", 'A', 1)})}, A, "r1", "2001:db8::7"},
      {"IPv6 client inside 2001:db8::/32", {G("sg-1", {R("r1", "TCP", "3389/3389", "2001:db8::/32", 'A', 1)})}, A, "r1", "2001:db8::7"},
      {"IPv6 client outside 2001:db9::/32", {G("sg-1", {R("r1", "TCP", "3389/3389", "2001:db9::/32", 'A', 1)})}, N, "", "2001:db8::7"},
      {"IPv4 client, IPv6 rule only", {G("sg-1", {R("r1", "TCP", "3389/3389", "::/0", 'A', 1)})}, N},
      {"IPv4-mapped IPv6 client is the IPv4 address", {G("sg-1", {R("r1", "TCP", "3389/3389", "198.51.100.0/24", 'A', 1)})}, A, "r1", "::ffff:198.51.100.7"},
      {"prefix list that holds the client", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-office", 'A', 1)})}, A, "p", "198.51.100.7", 3389, "", false, pl},
      {"prefix list that holds the IPv6 client", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-office", 'A', 1)})}, A, "p", "2001:db8::9", 3389, "", false, pl},
      {"prefix list without the client", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-other", 'A', 1)})}, N, "", "198.51.100.7", 3389, "", false, pl},
      {"unexpanded prefix list Accept could open it", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-unknown", 'A', 1)})}, U},
      {"unexpanded prefix list Drop ranked first", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-unknown", 'D', 1), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, U, "a"},
      {"unexpanded prefix list ranked after the decision", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-unknown", 'D', 50), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, A, "a"},
      {"unexpanded prefix list with the same policy first", {G("sg-1", {R("p", "TCP", "3389/3389", "pl-unknown", 'A', 1), R("a", "TCP", "3389/3389", "0.0.0.0/0", 'A', 2)})}, A, "a"},
      {"a group as source never admits Internet traffic", {G("sg-1", {R("g", "TCP", "3389/3389", "sg-bastion", 'A', 1)})}, N},
      {"a group as source, private client: unknown", {G("sg-1", {R("g", "TCP", "3389/3389", "sg-bastion", 'A', 1)})}, U, "", "10.0.0.5"},
      {"source ports 1/65535 match every client",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.sourcePortRange = QStringLiteral("1/65535"); })})}, A, "r1"},
      {"source ports limited: unknown",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.sourcePortRange = QStringLiteral("1024/2048"); })})}, U},
      {"destination covers the private address",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.destCidrIp = QStringLiteral("172.16.0.0/12"); })})}, A, "r1", "198.51.100.7", 3389, "172.16.5.9"},
      {"destination is another address",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.destCidrIp = QStringLiteral("172.16.9.9/32"); })})}, N, "", "198.51.100.7", 3389, "172.16.5.9"},
      {"destination set, private address unknown",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.destCidrIp = QStringLiteral("172.16.9.9/32"); })})}, U},
      {"classic network: intranet rule does not see the Internet", {G("sg-1", {R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, N, "", "198.51.100.7", 3389, "", true},
      {"classic network: internet rule",
       {G("sg-1", {with(R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.nicType = QStringLiteral("internet"); })})}, A, "r1", "198.51.100.7", 3389, "", true},
      {"changed RDP port, rule for 3389 only", {G("sg-1", {R("r1", "TCP", "3389/3389", "0.0.0.0/0", 'A', 1)})}, N, "", "198.51.100.7", 5588},
      {"changed RDP port, rule for 5588", {G("sg-1", {R("r1", "TCP", "5588/5588", "0.0.0.0/0", 'A', 1)})}, A, "r1", "198.51.100.7", 5588},
      {"empty enterprise group denies", {G("sg-e", {}, SgType::Enterprise)}, N},
      {"empty basic group denies Internet traffic", {G("sg-b", {}, SgType::Basic)}, N},
      {"malformed port range never matches", {G("sg-1", {R("r1", "TCP", "abc", "0.0.0.0/0", 'A', 1)})}, N},
      {"reversed port range never matches", {G("sg-1", {R("r1", "TCP", "4000/3000", "0.0.0.0/0", 'A', 1)})}, N},
      {"malformed CIDR never matches", {G("sg-1", {R("r1", "TCP", "3389/3389", "300.1.1.1/8", 'A', 1)})}, N},
      {"port list instead of a range: unknown",
       {G("sg-1", {with(R("r1", "TCP", "", "0.0.0.0/0", 'A', 1), [](SgRule &r) { r.portRangeListId = QStringLiteral("prl-1"); })})}, U},
      {"no groups at all", {}, SgOutcome::NoGroups},
  };
}

}  // namespace

TEST(CloudSecurityGroupTable, every_case_decides_as_the_rules_say) {
  const QList<Case> all = cases();
  ASSERT_GE(all.size(), 40);
  for (const Case &c : all) {
    SgQuery q;
    q.client = QHostAddress(QString::fromLatin1(c.client));
    q.port = c.port;
    if (*c.privateIp) q.privateIp = QHostAddress(QString::fromLatin1(c.privateIp));
    q.classicNetwork = c.classic;
    q.groups = c.groups;
    q.prefixLists = c.prefixLists;
    const SgVerdict v = evaluateSecurityGroups(q);
    EXPECT_EQ(int(v.outcome), int(c.expected)) << c.name;
    const QString deciding = v.deciding ? v.deciding->ruleId : QString();
    EXPECT_EQ(deciding, QString::fromLatin1(c.deciding)) << c.name;
    if (c.expected == SgOutcome::Unknown) {
      EXPECT_FALSE(v.uncertain.isEmpty()) << c.name;
    }
  }
}

TEST(CloudSecurityGroup, shadowed_rules_and_priority_to_add) {
  SgQuery q;
  q.client = QHostAddress(QStringLiteral("198.51.100.7"));
  q.groups = {G("sg-1", {R("def", "TCP", "3389/3389", "0.0.0.0/0", 'A', 100), R("mine", "TCP", "3389/3389", "198.51.100.7/32", 'A', 1)})};
  SgVerdict v = evaluateSecurityGroups(q);
  ASSERT_EQ(v.shadowed.size(), 1);
  EXPECT_EQ(v.shadowed.first().ruleId, QStringLiteral("def"));

  q.groups = {G("sg-1", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 5)})};
  v = evaluateSecurityGroups(q);
  EXPECT_EQ(v.priorityToAdd, 4);
  q.groups = {G("sg-1", {R("d", "TCP", "3389/3389", "0.0.0.0/0", 'D', 1)})};
  v = evaluateSecurityGroups(q);
  EXPECT_EQ(v.priorityToAdd, 0);
  const RuleToAdd add = ruleToAdd(q, v, QStringLiteral("cn-hangzhou"));
  EXPECT_TRUE(authorizeCommand(add).isEmpty());  // no priority can outrank a priority-1 Drop
  EXPECT_TRUE(consoleSteps(add).contains(QStringLiteral("Drop")));
}

TEST(CloudSecurityGroup, rule_to_add_is_exactly_this_computer) {
  SgQuery q;
  q.client = QHostAddress(QStringLiteral("198.51.100.7"));
  q.groups = {G("sg-bp1aaa", {R("r1", "TCP", "22/22", "0.0.0.0/0", 'A', 1)})};
  const SgVerdict v = evaluateSecurityGroups(q);
  ASSERT_EQ(v.outcome, SgOutcome::NoRuleMatches);
  const RuleToAdd add = ruleToAdd(q, v, QString());
  EXPECT_EQ(authorizeCommand(add),
            QStringLiteral("aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId sg-bp1aaa "
                           "--Permissions.1.IpProtocol TCP --Permissions.1.PortRange 3389/3389 "
                           "--Permissions.1.SourceCidrIp 198.51.100.7/32 --Permissions.1.Policy accept "
                           "--Permissions.1.Priority 1 --Permissions.1.Description \"Remote Desktop from 198.51.100.7/32\""));
  EXPECT_TRUE(consoleSteps(add).contains(QStringLiteral("198.51.100.7/32")));
  EXPECT_TRUE(consoleSteps(add).contains(QStringLiteral("sg-bp1aaa")));
  q.client = QHostAddress(QStringLiteral("2001:db8::7"));
  EXPECT_TRUE(authorizeCommand(ruleToAdd(q, v, QString())).contains(QStringLiteral("--Permissions.1.Ipv6SourceCidrIp 2001:db8::7/128")));
}

TEST(CloudSecurityGroup, describe_rule_quotes_the_rule) {
  SgRule r = R("sgr-1", "TCP", "3389/3389", "0.0.0.0/0", 'D', 1);
  r.groupId = QStringLiteral("sg-1");
  r.description = QStringLiteral("block rdp");
  EXPECT_EQ(describeRule(r), QStringLiteral("sg-1 sgr-1: priority 1 Drop TCP 3389/3389 from 0.0.0.0/0 (\"block rdp\")"));
}
