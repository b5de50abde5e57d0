// Parsers of the ECS / CloudMonitor / Cloud Assistant JSON, on fixtures shaped like the aliyun CLI's output
// (tests/fixtures/cloud), and the evaluator on what they parse.
#include <gtest/gtest.h>

#include <QFile>

#include "checks/cloud/ecs_json.h"

using namespace rdpd::cloud;

namespace {

QByteArray fixture(const char *name) {
  QFile f(QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/") + QString::fromLatin1(name));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
  return f.readAll();
}

}  // namespace

TEST(CloudJson, instance_attribute) {
  const CloudDocument d = parseCloudDocument(fixture("instance-attribute-running.json"));
  ASSERT_EQ(d.kind, CloudDocKind::InstanceAttribute);
  ASSERT_EQ(d.instances.size(), 1);
  const Instance &i = d.instances.first();
  EXPECT_EQ(i.instanceId, QStringLiteral("i-bp1winrdp0doctor01"));
  EXPECT_EQ(i.status, QStringLiteral("Running"));
  EXPECT_EQ(i.publicIps, QStringList{QStringLiteral("203.0.113.45")});
  EXPECT_TRUE(i.eipAddress.isEmpty());
  EXPECT_EQ(i.bandwidthOutMbps, 5);
  EXPECT_EQ(i.securityGroupIds.size(), 2);
  EXPECT_EQ(i.privateIps, QStringList{QStringLiteral("172.16.5.9")});
  EXPECT_TRUE(i.locks.isEmpty());
  EXPECT_EQ(i.networkType, QStringLiteral("vpc"));
  EXPECT_TRUE(i.holdsAddress(QStringLiteral("203.0.113.45")));
}

TEST(CloudJson, instances_with_eip_lock_and_zero_bandwidth) {
  const CloudDocument d = parseCloudDocument(fixture("instances-two-regions.json"));
  ASSERT_EQ(d.kind, CloudDocKind::Instances);
  ASSERT_EQ(d.instances.size(), 2);
  const Instance &f = d.instances.first();
  EXPECT_EQ(f.regionId, QStringLiteral("cn-shanghai"));
  EXPECT_EQ(f.status, QStringLiteral("Stopped"));
  EXPECT_EQ(f.eipAddress, QStringLiteral("198.18.7.20"));
  EXPECT_EQ(f.eipBandwidthMbps, 0);
  EXPECT_EQ(f.bandwidthOutMbps, 0);
  ASSERT_EQ(f.locks.size(), 1);
  EXPECT_EQ(f.locks.first().reason, QStringLiteral("financial"));
  EXPECT_EQ(f.osType, QStringLiteral("windows"));
  EXPECT_TRUE(f.holdsAddress(QStringLiteral("198.18.7.20")));
}

TEST(CloudJson, security_groups_with_string_priorities_and_prefix_lists) {
  const CloudDocument a = parseCloudDocument(fixture("sg-rdpbase.json"));
  ASSERT_EQ(a.kind, CloudDocKind::SecurityGroupAttribute);
  EXPECT_EQ(a.group.id, QStringLiteral("sg-bp1rdpbase0000001"));
  ASSERT_EQ(a.group.rules.size(), 4);
  EXPECT_EQ(a.group.rules[1].priority, 100);
  EXPECT_EQ(a.group.rules[2].ipv6SourceCidrIp, QStringLiteral("2001:db8:1::/48"));
  EXPECT_EQ(a.group.rules[3].direction, QStringLiteral("egress"));
  const CloudDocument b = parseCloudDocument(fixture("sg-officedrop.json"));
  ASSERT_EQ(b.group.rules.size(), 2);
  EXPECT_EQ(b.group.rules[0].policy, SgPolicy::Drop);
  EXPECT_EQ(b.group.rules[0].priority, 100);  // "100" as a string
  EXPECT_EQ(b.group.rules[1].sourcePrefixListId, QStringLiteral("pl-bp1vpnexits000001"));
  EXPECT_EQ(b.group.rules[0].groupId, QStringLiteral("sg-bp1officedrop00002"));

  // Both groups on one interface: the Drop in the second group ties with the system Accept at 100 and wins;
  // the prefix-list Accept at 10 cannot be expanded offline, so the answer is honestly "unknown".
  SgQuery q;
  q.client = QHostAddress(QStringLiteral("198.51.100.7"));
  q.groups = {a.group, b.group};
  SgVerdict v = evaluateSecurityGroups(q);
  EXPECT_EQ(v.outcome, SgOutcome::Unknown);
  q.prefixLists.insert(QStringLiteral("pl-bp1vpnexits000001"), {QStringLiteral("192.0.2.0/24")});
  v = evaluateSecurityGroups(q);
  EXPECT_EQ(v.outcome, SgOutcome::DroppedByRule);
  EXPECT_EQ(v.deciding->ruleId, QStringLiteral("sgr-bp1droprdp000005"));
  // From the office IPv6 network the priority-1 Accept decides.
  q.client = QHostAddress(QStringLiteral("2001:db8:1::20"));
  v = evaluateSecurityGroups(q);
  EXPECT_EQ(v.outcome, SgOutcome::Allowed);
  EXPECT_EQ(v.deciding->ruleId, QStringLiteral("sgr-bp1rdpv60000003"));
}

TEST(CloudJson, metric_datapoints_as_a_json_string) {
  const QString name = metricNameFromFileName(QStringLiteral("/tmp/CPUUtilization.json"));
  EXPECT_EQ(name, QStringLiteral("CPUUtilization"));
  const CloudDocument d = parseCloudDocument(fixture("CPUUtilization.json"), name);
  ASSERT_EQ(d.kind, CloudDocKind::Metric);
  EXPECT_TRUE(d.problem.isEmpty());
  EXPECT_EQ(d.metric.periodSeconds, 60);
  ASSERT_EQ(d.metric.points.size(), 3);
  EXPECT_DOUBLE_EQ(*d.metric.points[2].average, 99.3);
  EXPECT_EQ(d.metric.points[0].timestampMs, 1796522400000LL);
  EXPECT_EQ(parseCloudDocument(fixture("CPUUtilization.json")).problem, QStringLiteral("no_metric_name"));
  EXPECT_EQ(metricNameFromFileName(QStringLiteral("vpc_publicip_internetoutrate_percent.json")),
            QStringLiteral("VPC_PublicIP_InternetOutRate_Percent"));
}

TEST(CloudJson, assistant_status_and_error_answers) {
  const CloudDocument a = parseCloudDocument(fixture("assistant-status.json"));
  ASSERT_EQ(a.kind, CloudDocKind::AssistantStatus);
  ASSERT_EQ(a.assistant.size(), 1);
  EXPECT_EQ(a.assistant.first().online, false);
  const CloudDocument e = parseCloudDocument(fixture("error-forbidden-ram.json"));
  ASSERT_EQ(e.kind, CloudDocKind::Error);
  EXPECT_EQ(e.error.code, QStringLiteral("Forbidden.RAM"));
  EXPECT_FALSE(e.error.requestId.isEmpty());
}

TEST(CloudJson, garbage_and_wrong_types_never_crash) {
  EXPECT_EQ(parseCloudDocument("").problem, QStringLiteral("not_json"));
  EXPECT_EQ(parseCloudDocument("[1,2]").problem, QStringLiteral("not_json"));
  EXPECT_EQ(parseCloudDocument("{\"Instances\": {\"Insta").problem, QStringLiteral("not_json"));  // truncated
  EXPECT_EQ(parseCloudDocument("{\"hello\": 1}").problem, QStringLiteral("unknown_shape"));
  EXPECT_EQ(parseCloudDocument(QByteArray(kMaxCloudJsonBytes + 1, ' ')).problem, QStringLiteral("too_large"));
  const CloudDocument d = parseCloudDocument(
      R"({"InstanceId":"i-1","Status":7,"InternetMaxBandwidthOut":"x","PublicIpAddress":{"IpAddress":[1,null,"1.2.3.4"]},
          "OperationLocks":{"LockReason":"no"},"SecurityGroupIds":{"SecurityGroupId":{}}})");
  ASSERT_EQ(d.kind, CloudDocKind::InstanceAttribute);
  EXPECT_FALSE(d.instances.first().bandwidthOutMbps.has_value());
  EXPECT_EQ(d.instances.first().publicIps, QStringList{QStringLiteral("1.2.3.4")});
  const CloudDocument g = parseCloudDocument(
      R"({"SecurityGroupId":"sg-1","Permissions":{"Permission":[5,{"Priority":1e300,"Policy":7,"PortRange":null}]}})");
  ASSERT_EQ(g.group.rules.size(), 1);
  EXPECT_EQ(g.group.rules.first().priority, 1);
  const CloudDocument m = parseCloudDocument(R"({"Datapoints":"[{\"Average\":\"nan\"},{\"Average\":1e999}]"})", QStringLiteral("CPUUtilization"));
  EXPECT_TRUE(m.metric.points.isEmpty());
  // A timestamp or period far outside any integer type (found by fuzz.cloud_json): dropped, not converted.
  const CloudDocument huge = parseCloudDocument(
      R"({"Period":"1e300","Datapoints":[{"timestamp":1.44444e105,"Average":3},{"timestamp":"-1e20","Average":4},
          {"timestamp":1700000000000.7,"Average":5}]})",
      QStringLiteral("CPUUtilization"));
  ASSERT_EQ(huge.metric.points.size(), 3);
  EXPECT_EQ(huge.metric.periodSeconds, 0);
  EXPECT_EQ(huge.metric.points.at(0).timestampMs, 0);
  EXPECT_EQ(huge.metric.points.at(1).timestampMs, 0);
  EXPECT_EQ(huge.metric.points.at(2).timestampMs, 1700000000000);
}
