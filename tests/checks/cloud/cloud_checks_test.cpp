// The cloud checks on imported aliyun CLI output (the no-key path): each judgement on realistic fixtures, the
// verdict ranking the cloud's answer with the network evidence, and the real binary end to end with
// --cloud-json against a filtered loopback port.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>

#include "checks/cloud/cloud_check.h"
#include "checks/cloud/cloud_judge.h"
#include "checks/verdict/verdict.h"
#include "tests/support/cli_runner.h"
#include "tests/support/full_backlog_listener.h"
#include "tests/support/loopback.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace Qt::StringLiterals;

namespace {

QString fixturePath(const char *name) { return QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/") + QString::fromLatin1(name); }

CloudEvidence load(const QStringList &names) {
  QStringList paths;
  for (const QString &n : names) paths << fixturePath(n.toLatin1().constData());
  const CloudImport i = importCloudFiles(paths);
  EXPECT_TRUE(i.ok()) << i.message.toStdString();
  return i.ok() ? *i.evidence : CloudEvidence{};
}

Target target(const char *host, int port = 3389) {
  Target t = Target::fromInput(QString::fromLatin1(host));
  t.port = port;
  return t;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

CheckResult result(const char *id, Status s, Findings ev, const char *fix = "") {
  CheckResult r = makeResult(s, std::move(ev), QString::fromLatin1(fix));
  r.id = QString::fromLatin1(id);
  return r;
}

}  // namespace

TEST(CloudChecks, instance_found_by_public_ip_eip_or_id) {
  const CloudEvidence e = load({u"instances-two-regions.json"_s});
  EXPECT_EQ(pickInstance(e, target("203.0.113.45")).instance->instanceId, u"i-bp1winrdp0doctor01"_s);
  EXPECT_EQ(pickInstance(e, target("198.18.7.20")).how, u"address"_s);  // the EIP
  EXPECT_EQ(pickInstance(e, target("198.18.7.20")).instance->regionId, u"cn-shanghai"_s);
  EXPECT_EQ(pickInstance(e, target("192.0.2.1")).instance, nullptr);  // two instances, neither holds it
  CloudEvidence byId = e;
  byId.instanceId = u"i-uf6stoppedwin000002"_s;
  EXPECT_EQ(pickInstance(byId, target("192.0.2.1")).how, u"instance_id"_s);
  const CheckResult r = judgeInstanceState(e, target("192.0.2.1"), kNow);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"instance_not_found"_s);
}

TEST(CloudChecks, instance_state_running_stopped_locked_expiring) {
  CloudEvidence e = load({u"instances-two-regions.json"_s});
  EXPECT_EQ(judgeInstanceState(e, target("203.0.113.45"), kNow).status, Status::Pass);
  CheckResult r = judgeInstanceState(e, target("198.18.7.20"), kNow);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"cloud-instance-locked"_s);
  EXPECT_EQ(r.findings.value(u"lock_reasons"_s).toList().value(0).toString(), u"financial"_s);
  e.instances[0].locks.clear();
  r = judgeInstanceState(e, target("198.18.7.20"), kNow);
  EXPECT_EQ(r.fixId, u"cloud-instance-locked"_s);  // PrePaid, expired on 2026-11-30
  EXPECT_TRUE(r.findings.value(u"expired"_s).toBool());
  e.instances[0].expiredTime = u"2027-06-30T16:00Z"_s;
  r = judgeInstanceState(e, target("198.18.7.20"), kNow);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"cloud-instance-stopped"_s);
  e.instances[0].status = u"Running"_s;
  e.instances[0].expiredTime = u"2026-12-08T16:00Z"_s;
  EXPECT_EQ(judgeInstanceState(e, target("198.18.7.20"), kNow).status, Status::Warn);  // ends in 3 days
  e.instances[0].status = u"Starting"_s;
  EXPECT_EQ(judgeInstanceState(e, target("198.18.7.20"), kNow).status, Status::Warn);
}

TEST(CloudChecks, security_group_needs_ip_and_every_group) {
  CloudEvidence e = load({u"instance-attribute-running.json"_s, u"sg-rdpbase.json"_s});
  CheckResult r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::NeedsInput);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"no_public_ip"_s);
  e.clientPublicIp = u"198.51.100.7"_s;
  r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::NeedsInput);
  EXPECT_EQ(r.findings.value(u"missing_groups"_s).toList().value(0).toString(), u"sg-bp1officedrop00002"_s);
}

TEST(CloudChecks, security_group_uses_this_computers_own_address_only_when_it_is_public) {
  CloudEvidence e = load({u"instance-attribute-running.json"_s, u"sg-rdpbase.json"_s});
  e.instances[0].securityGroupIds = {u"sg-bp1rdpbase0000001"_s};
  const std::vector<CloudCheckSpec> specs = cloudCheckSpecs();
  const auto sg = std::find_if(specs.begin(), specs.end(), [](const CloudCheckSpec &s) {
    return QString::fromLatin1(s.id) == u"cloud.security_group"_s;
  });
  ASSERT_NE(sg, specs.end());
  // No router in between: the own address is what the server sees, and the sentence says where it came from.
  e.localAddress = u"203.0.113.5"_s;
  CheckResult r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(r.findings.value(u"client_ip"_s).toString(), u"203.0.113.5"_s);
  EXPECT_EQ(r.findings.value(u"client_ip_source"_s).toString(), u"local_address"_s);
  EXPECT_TRUE(sg->summarize(r).contains(u"203.0.113.5 is this computer's own address"_s))
      << sg->summarize(r).toStdString();
  // A public IP the user gave wins over the own address.
  e.clientPublicIp = u"198.51.100.7"_s;
  r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.findings.value(u"client_ip"_s).toString(), u"198.51.100.7"_s);
  EXPECT_EQ(r.findings.value(u"client_ip_source"_s).toString(), u"given"_s);
  EXPECT_FALSE(sg->summarize(r).contains(u"own address"_s)) << sg->summarize(r).toStdString();
  // Behind a home router or a provider's NAT: still asked, and told why the own address is not it.
  e.clientPublicIp.clear();
  for (const char *local : {"192.168.1.20", "100.70.1.2"}) {
    e.localAddress = QString::fromLatin1(local);
    r = judgeSecurityGroup(e, target("203.0.113.45"));
    EXPECT_EQ(r.status, Status::NeedsInput) << local;
    EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"no_public_ip"_s);
    EXPECT_FALSE(r.findings.contains(u"client_ip"_s));
    const QString said = sg->summarize(r);
    EXPECT_TRUE(said.contains(u"This computer sends from "_s + e.localAddress)) << said.toStdString();
    EXPECT_TRUE(said.contains(u"what is my IP"_s)) << said.toStdString();
  }
  e.localAddress = u"127.0.0.1"_s;  // the lab, or a tunnel: nothing to say about it
  EXPECT_FALSE(sg->summarize(judgeSecurityGroup(e, target("203.0.113.45"))).contains(u"sends from"_s));
}

TEST(CloudChecks, security_group_drop_rule_decides_and_rule_to_add_is_quoted) {
  CloudEvidence e = load({u"instance-attribute-running.json"_s, u"sg-rdpbase.json"_s, u"sg-officedrop.json"_s});
  e.clientPublicIp = u"198.51.100.7"_s;
  // The VPN prefix list cannot be expanded offline: honest "unknown", naming the rule.
  CheckResult r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.findings.value(u"outcome"_s).toString(), u"unknown"_s);
  EXPECT_TRUE(r.findings.value(u"uncertain_rules"_s).toList().value(0).toString().contains(u"pl-bp1vpnexits000001"_s));
  e.prefixLists.insert(u"pl-bp1vpnexits000001"_s, {u"192.0.2.0/24"_s});
  r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"outcome"_s).toString(), u"dropped_by_rule"_s);
  EXPECT_EQ(r.findings.value(u"deciding_group"_s).toString(), u"sg-bp1officedrop00002"_s);
  EXPECT_TRUE(r.findings.value(u"deciding_rule"_s).toString().contains(u"sgr-bp1droprdp000005"_s));
  EXPECT_EQ(r.findings.value(u"rule_to_add_priority"_s).toInt(), 99);
  EXPECT_TRUE(
      r.findings.value(u"rule_to_add"_s).toString().contains(u"--Permissions.1.SourceCidrIp 198.51.100.7/32"_s));
  EXPECT_TRUE(r.findings.value(u"rule_to_add"_s).toString().contains(u"--RegionId cn-hangzhou"_s));
  EXPECT_EQ(r.fixId, u"cloud-security-group"_s);
}

TEST(CloudChecks, security_group_without_a_matching_rule) {
  CloudEvidence e = load({u"instance-attribute-running.json"_s, u"sg-rdpbase.json"_s});
  e.instances[0].securityGroupIds = {u"sg-bp1rdpbase0000001"_s};
  e.groups[0].rules.removeAt(1);  // drop the system rule 3389 from 0.0.0.0/0
  e.clientPublicIp = u"198.51.100.7"_s;
  const CheckResult r = judgeSecurityGroup(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"outcome"_s).toString(), u"no_rule_matches"_s);
  EXPECT_EQ(r.findings.value(u"rule_to_add_priority"_s).toInt(), 1);
}

TEST(CloudChecks, bandwidth_metrics_assistant) {
  CloudEvidence e = load({u"instances-two-regions.json"_s, u"CPUUtilization.json"_s, u"assistant-status.json"_s});
  CheckResult r = judgeBandwidth(e, target("198.18.7.20"));
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"via"_s).toString(), u"eip"_s);
  EXPECT_EQ(r.findings.value(u"bandwidth_out_mbps"_s).toInt(), 0);
  EXPECT_EQ(r.fixId, u"no-public-bandwidth"_s);
  r = judgeBandwidth(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(r.findings.value(u"bandwidth_out_mbps"_s).toInt(), 5);
  r = judgeMetrics(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"high-cpu"_s);
  EXPECT_DOUBLE_EQ(r.findings.value(u"cpu_avg_percent"_s).toDouble(), 98.6);
  EXPECT_EQ(judgeMetrics(e, target("198.18.7.20")).status, Status::Skipped);  // points are for the other instance
  r = judgeAssistant(e, target("203.0.113.45"));
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"cloud-assistant-offline"_s);
}

TEST(CloudChecks, paste_of_several_documents_and_bad_paste) {
  CloudEvidence e;
  QFile a(fixturePath("sg-rdpbase.json")), b(fixturePath("sg-officedrop.json"));
  ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
  EXPECT_TRUE(addCloudDocuments(e, a.readAll() + "\n\n" + b.readAll(), u"paste"_s).isEmpty());
  EXPECT_EQ(e.groups.size(), 2);
  const QString bad = addCloudDocuments(e, "{\"SecurityGroupId\": \"sg-x\", \"Permissions\": {", u"paste"_s);
  EXPECT_TRUE(bad.contains(u"not complete JSON"_s));
  EXPECT_EQ(e.groups.size(), 2);  // nothing half-imported
}

TEST(CloudVerdict, filtered_and_no_rule_names_the_security_group_not_the_firewall) {
  Results r;
  r.insert(u"net.tcp_connect"_s, result("net.tcp_connect", Status::Fail, {{u"state"_s, u"filtered"_s}, {u"port"_s, 3389}}));
  r.insert(u"guest.firewall"_s, result("guest.firewall", Status::Fail, {}, "firewall-blocks-rdp"));
  r.insert(u"cloud.security_group"_s,
           result("cloud.security_group", Status::Fail, {{u"outcome"_s, u"no_rule_matches"_s}, {u"client_ip"_s, u"198.51.100.7"_s}},
                  "cloud-security-group"));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"cloud_sg_no_rule"_s);
  EXPECT_EQ(causes.first().step, 3);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"net.tcp_connect"_s));
  // A Drop rule is its own cause.
  r[u"cloud.security_group"_s].findings[u"outcome"_s] = u"dropped_by_rule"_s;
  EXPECT_EQ(rankCauses(r).first().id, u"cloud_sg_drop_rule"_s);
  // The port answered: the cloud data is contradicted (stale, or the wrong public IP), so no cloud cause.
  r[u"net.tcp_connect"_s].findings[u"state"_s] = u"open"_s;
  r[u"net.tcp_connect"_s].status = Status::Pass;
  for (const Cause &c : rankCauses(r)) EXPECT_FALSE(c.id.startsWith(u"cloud_sg"_s)) << c.id.toStdString();
}

TEST(CloudVerdict, stopped_instance_and_zero_bandwidth_outrank_a_filtered_port) {
  Results r;
  r.insert(u"net.tcp_connect"_s, result("net.tcp_connect", Status::Fail, {{u"state"_s, u"filtered"_s}, {u"port"_s, 3389}}));
  r.insert(u"cloud.bandwidth"_s, result("cloud.bandwidth", Status::Fail, {{u"bandwidth_out_mbps"_s, 0}}, "no-public-bandwidth"));
  EXPECT_EQ(rankCauses(r).first().id, u"cloud_bandwidth_zero"_s);
  r.insert(u"cloud.instance_state"_s, result("cloud.instance_state", Status::Fail, {{u"state"_s, u"Stopped"_s}}, "cloud-instance-stopped"));
  EXPECT_EQ(rankCauses(r).first().id, u"cloud_instance_stopped"_s);
  EXPECT_EQ(rankCauses(r).first().step, 1);
  for (const char *id : {"cloud_instance_stopped", "cloud_instance_locked", "cloud_sg_no_rule", "cloud_sg_drop_rule",
                         "cloud_bandwidth_zero", "cloud_cpu_saturated", "cloud_guest_not_responding"}) {
    EXPECT_TRUE(knownCauseIds().contains(QString::fromLatin1(id))) << id;
    EXPECT_FALSE(causeSummary(QString::fromLatin1(id)).isEmpty()) << id;
    EXPECT_FALSE(causeAdvice(QString::fromLatin1(id)).isEmpty()) << id;
  }
}

// Every cloud cause names what was found: the instance, the address and port, the group the rule goes into, the
// Drop rule, the public address without bandwidth, the CPU figure, the agent's last heartbeat (#13, "advice that
// omits what was found").
TEST(CloudVerdict, cloud_causes_name_the_values_found) {
  const Findings instance{{u"instance_id"_s, u"i-bp1winrdp0doctor01"_s}, {u"region_id"_s, u"cn-hangzhou"_s}};
  auto with = [&](Findings extra) {
    Findings f = instance;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) f.insert(it.key(), it.value());
    return f;
  };
  auto top = [](const Results &r) { return rankCauses(r).first(); };
  Results r;
  r.insert(u"net.tcp_connect"_s,
           result("net.tcp_connect", Status::Fail, {{u"state"_s, u"filtered"_s}, {u"port"_s, 41415}}));
  r.insert(u"cloud.security_group"_s,
           result("cloud.security_group", Status::Fail,
                  with({{u"outcome"_s, u"no_rule_matches"_s},
                        {u"client_ip"_s, u"198.51.100.7"_s},
                        {u"port"_s, 41415},
                        {u"groups"_s, QVariantList{u"sg-bp1rdpbase0000001"_s, u"sg-bp1officedrop00002"_s}},
                        {u"rule_to_add_group"_s, u"sg-bp1rdpbase0000001"_s}}),
                  "cloud-security-group"));
  Cause c = top(r);
  ASSERT_EQ(c.id, u"cloud_sg_no_rule"_s);
  for (const QString &value : {u"198.51.100.7"_s, u"41415"_s, u"sg-bp1officedrop00002"_s})
    EXPECT_TRUE(causeSummary(c).contains(value)) << causeSummary(c).toStdString();
  for (const QString &value : {u"198.51.100.7"_s, u"41415/41415"_s, u"sg-bp1rdpbase0000001"_s})
    EXPECT_TRUE(causeAdvice(c).contains(value)) << causeAdvice(c).toStdString();

  const QString rule = u"sg-bp1officedrop00002 sgr-bp1droprdp000005: priority 1 Drop TCP 41415/41415 from 0.0.0.0/0"_s;
  r[u"cloud.security_group"_s].findings[u"outcome"_s] = u"dropped_by_rule"_s;
  r[u"cloud.security_group"_s].findings[u"deciding_rule"_s] = rule;
  c = top(r);
  ASSERT_EQ(c.id, u"cloud_sg_drop_rule"_s);
  EXPECT_TRUE(causeSummary(c).contains(rule)) << causeSummary(c).toStdString();

  r.remove(u"cloud.security_group"_s);
  r.insert(u"cloud.bandwidth"_s, result("cloud.bandwidth", Status::Fail,
                                        with({{u"bandwidth_out_mbps"_s, 0}, {u"public_address"_s, u"198.18.7.20"_s}}),
                                        "no-public-bandwidth"));
  c = top(r);
  ASSERT_EQ(c.id, u"cloud_bandwidth_zero"_s);
  EXPECT_TRUE(causeSummary(c).contains(u"198.18.7.20"_s) && causeSummary(c).contains(u"i-bp1winrdp0doctor01"_s))
      << causeSummary(c).toStdString();

  r.insert(u"cloud.instance_state"_s,
           result("cloud.instance_state", Status::Fail, with({{u"state"_s, u"Stopped"_s}}), "cloud-instance-stopped"));
  c = top(r);
  ASSERT_EQ(c.id, u"cloud_instance_stopped"_s);
  EXPECT_EQ(causeSummary(c), u"The instance i-bp1winrdp0doctor01 (cn-hangzhou) is Stopped in the cloud console."_s);
  EXPECT_TRUE(causeAdvice(c).contains(u"Start i-bp1winrdp0doctor01"_s)) << causeAdvice(c).toStdString();

  Results busy;
  busy.insert(u"cloud.metrics"_s,
              result("cloud.metrics", Status::Fail, with({{u"cpu_avg_percent"_s, 98.6}, {u"cpu_max_percent"_s, 100}}),
                     "high-cpu"));
  c = top(busy);
  ASSERT_EQ(c.id, u"cloud_cpu_saturated"_s);
  EXPECT_TRUE(causeSummary(c).contains(u"98.6%"_s) && causeSummary(c).contains(u"100%"_s))
      << causeSummary(c).toStdString();

  Results silent;
  silent.insert(u"cloud.instance_state"_s,
                result("cloud.instance_state", Status::Pass, with({{u"state"_s, u"Running"_s}})));
  silent.insert(u"cloud.assistant"_s,
                result("cloud.assistant", Status::Warn,
                       with({{u"online"_s, false}, {u"last_heartbeat"_s, u"2026-12-05T11:02:13Z"_s}}),
                       "cloud-assistant-offline"));
  c = top(silent);
  ASSERT_EQ(c.id, u"cloud_guest_not_responding"_s);
  EXPECT_TRUE(causeSummary(c).contains(u"2026-12-05T11:02:13Z"_s)) << causeSummary(c).toStdString();
  // Without values the general words stay.
  EXPECT_EQ(causeSummary(u"cloud_instance_stopped"_s), u"The instance is stopped in the cloud console."_s);
}

// The real binary: no key, the aliyun CLI's JSON imported, a port that really is filtered (full accept queue).
TEST(CloudCli, cloud_json_filtered_port_names_the_security_group) {
  test::FullBacklogListener filtered;
  ASSERT_GT(filtered.port(), 0);
  ASSERT_TRUE(filtered.connectHangs());
  QTemporaryDir dir;
  // The instance's group without its 3389 rule: nothing lets 198.51.100.7 in.
  QFile in(fixturePath("sg-rdpbase.json"));
  ASSERT_TRUE(in.open(QIODevice::ReadOnly));
  QJsonObject sg = QJsonDocument::fromJson(in.readAll()).object();
  QJsonObject perms = sg.value(u"Permissions"_s).toObject();
  QJsonArray list = perms.value(u"Permission"_s).toArray();
  list.removeAt(1);
  perms.insert(u"Permission"_s, list);
  sg.insert(u"Permissions"_s, perms);
  QFile out(dir.filePath(u"sg.json"_s));
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QJsonDocument(sg).toJson());
  out.close();
  QFile inst(fixturePath("instance-attribute-running.json"));
  ASSERT_TRUE(inst.open(QIODevice::ReadOnly));
  QJsonObject io = QJsonDocument::fromJson(inst.readAll()).object();
  io.insert(u"SecurityGroupIds"_s, QJsonObject{{u"SecurityGroupId"_s, QJsonArray{u"sg-bp1rdpbase0000001"_s}}});
  QFile instOut(dir.filePath(u"instance.json"_s));
  ASSERT_TRUE(instOut.open(QIODevice::WriteOnly));
  instOut.write(QJsonDocument(io).toJson());
  instOut.close();

  const test::CommandResult run =
      test::runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(filtered.port()), u"--cloud"_s, u"alibaba"_s,
                    u"--cloud-json"_s, dir.filePath(u"instance.json"_s), dir.filePath(u"sg.json"_s),
                    fixturePath("CPUUtilization.json"), u"--public-ip"_s, u"198.51.100.7"_s, u"--instance"_s,
                    u"i-bp1winrdp0doctor01"_s, u"--format"_s, u"json"_s, u"--timeout-ms"_s, u"1500"_s},
                   {.timeoutMs = 30000});
  EXPECT_EQ(run.exitCode, 1) << run.err.constData();
  const QJsonObject report = run.json();
  QJsonObject sgCheck;
  int cloudChecks = 0;
  for (const QJsonValue v : report.value(u"checks"_s).toArray()) {
    const QJsonObject c = v.toObject();
    if (c.value(u"origin"_s).toString() == u"cloud"_s) ++cloudChecks;
    if (c.value(u"id"_s).toString() == u"cloud.security_group"_s) sgCheck = c;
  }
  EXPECT_EQ(cloudChecks, 6);  // five judged from the files, cloud.screenshot skipped (it needs a key)
  EXPECT_EQ(sgCheck.value(u"step"_s).toInt(), 3);
  EXPECT_EQ(sgCheck.value(u"status"_s).toString(), u"fail"_s);
  EXPECT_TRUE(sgCheck.value(u"summary"_s).toString().contains(u"198.51.100.7"_s));
  const QString doc = QString::fromUtf8(QJsonDocument(report).toJson());
  EXPECT_TRUE(doc.contains(u"cloud_sg_no_rule"_s)) << doc.left(2000).toStdString();
}

TEST(CloudCli, bad_cloud_input_is_explained_with_exit_code_2) {
  test::CommandResult r =
      test::runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--cloud-json"_s, u"/nonexistent/x.json"_s}, {.timeoutMs = 15000});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("/nonexistent/x.json"));
  r = test::runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--cloud"_s, u"alibaba"_s, u"--public-ip"_s, u"my-laptop"_s},
                   {.timeoutMs = 15000});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("--public-ip"));
  r = test::runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--cloud"_s, u"azure"_s}, {.timeoutMs = 15000});
  EXPECT_EQ(r.exitCode, 2);
}

// --redact hides this computer's public address and the instance's addresses in every text format, also where the
// cloud checks quote them (summaries, the deciding rule, the rule to add).
TEST(CloudCli, redact_hides_the_public_ip_in_every_text_format) {
  const int port = test::closedLoopbackPort();
  for (const char *format : {"text", "json", "markdown", "html", "ticket"}) {
    const test::CommandResult run = test::runCli(
        {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--cloud-json"_s, fixturePath("instance-attribute-running.json"),
         fixturePath("sg-rdpbase.json"), fixturePath("sg-officedrop.json"), u"--public-ip"_s, u"198.51.100.7"_s,
         u"--instance"_s, u"i-bp1winrdp0doctor01"_s, u"--redact"_s, u"--format"_s, QString::fromLatin1(format)},
        {.timeoutMs = 30000});
    ASSERT_FALSE(run.timedOut) << format;
    const QByteArray out = run.out;
    EXPECT_EQ(run.exitCode, 1) << format << run.err.constData();
    EXPECT_FALSE(out.isEmpty()) << format;
    EXPECT_FALSE(out.contains("198.51.100.7")) << format;
    EXPECT_FALSE(out.contains("203.0.113.45")) << format;
    if (QByteArrayView(format) == "json") {
      EXPECT_TRUE(out.contains("i-bp1winrdp0doctor01"));  // ids are not addresses
    }
  }
}
