// The cloud actions end to end against the mock (which checks every signature itself): without a consent nothing
// that changes the instance is sent; with one, the calls go in order; the collector's run moves from Pending to
// Running to its end and its output is imported (whole, or only the code when cut off at 24 KB); an offline agent,
// a failed run with GBK output, a missing permission and a run that never ends each give a plain sentence; the
// snapshot waits with rising progress, restarts only after it, ForceStop only with the second yes, and a cancel
// before the restart means no restart.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "checks/cloud/console_screenshot.h"
#include "checks/cloud/evidence_collect.h"
#include "checks/cloud/snapshot_restart.h"
#include "checks/guest/typable_code.h"
#include "checks/lab/lab_scenario.h"
#include "tests/checks/cloud/cloud_api_test_support.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace rdpd::cloudtest;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kInstance = "i-uf6winrdp0doctor02";

ActionTarget target() { return {QString::fromLatin1(kInstance), u"cn-shanghai"_s, {}, u"Running"_s}; }

QByteArray healthyEvidence() {
  const QJsonValue v = lab::resolvePortPlaceholders(lab::baseEvidence(u"healthy"_s), 3389, 0);
  return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QString healthyCode() {
  return guest::encodeTypableCode(guest::EvidenceImport::fromJson(healthyEvidence()).evidence->facts);
}

void assistantOnline(test::AliyunMockServer &m, bool online) {
  m.setAssistantStatus(
      QJsonObject{{u"InstanceCloudAssistantStatusSet"_s,
                   QJsonObject{{u"InstanceCloudAssistantStatus"_s,
                                QJsonArray{QJsonObject{{u"InstanceId"_s, QString::fromLatin1(kInstance)},
                                                       {u"CloudAssistantStatus"_s, online ? u"true"_s : u"false"_s},
                                                       {u"LastHeartbeatTime"_s, u"2026-12-06T01:12:40Z"_s}}}}}}});
}

struct Actions {
  test::AliyunMockServer mock{kKeyId, kSecret};
  Seams seams;
  std::unique_ptr<ApiClient> client;
  Actions() {
    EXPECT_TRUE(mock.start());
    fillCloud(mock);
    assistantOnline(mock, true);
    ApiClientConfig config;
    config.endpointOverride = mock.url();
    client = std::make_unique<ApiClient>(credentials(), config, seams.make());
  }
  CollectResult collect(const ActionPlan &plan, const ActionConsent &consent, QStringList *statuses = nullptr) {
    EvidenceCollect c(client.get(), embeddedCollectorCommand());
    return waitFor<CollectResult>([&](auto done) {
      c.start(
          plan, consent,
          [statuses](const QString &s) {
            if (statuses) *statuses << s;
          },
          done);
    });
  }
  ActionPlan collectPlan() const {
    const CollectorCommand cmd = embeddedCollectorCommand();
    return planCollect(target(), cmd.scriptSha256, cmd.script.size(), cmd.contentBase64.size(),
                       kRunCommandContentLimit);
  }
};

}  // namespace

TEST(CloudActions, without_a_consent_for_the_plan_nothing_is_sent) {
  Actions a;
  const ActionPlan plan = a.collectPlan();
  const ActionConsent forOther = ActionConsent::afterShowing(planSnapshot(target(), true, false));
  const CollectResult r = a.collect(plan, forOther);
  EXPECT_EQ(r.outcome, CollectResult::Outcome::Refused);
  EXPECT_FALSE(r.message.isEmpty());
  const ActionPlan restart = planSnapshot(target(), true, true);
  SnapshotRestart s(a.client.get());
  const SnapshotRestartResult sr = waitFor<SnapshotRestartResult>(
      [&](auto done) { s.start(restart, ActionConsent::afterShowing(restart), {}, done); });  // no second yes
  EXPECT_EQ(sr.outcome, SnapshotRestartResult::Outcome::Refused);
  EXPECT_TRUE(a.mock.records().isEmpty());
}

TEST(CloudActions, collect_runs_the_collector_and_imports_its_evidence) {
  Actions a;
  test::MockCommandRun run;
  run.output = collectorOutputFor(healthyEvidence(), healthyCode());
  run.pendingPolls = 1;
  run.runningPolls = 2;
  a.mock.setCommandRun(run);
  QStringList statuses;
  const ActionPlan plan = a.collectPlan();
  const CollectResult r = a.collect(plan, ActionConsent::afterShowing(plan), &statuses);
  ASSERT_EQ(r.outcome, CollectResult::Outcome::Imported) << r.message.toStdString();
  EXPECT_TRUE(r.import.ok());
  EXPECT_FALSE(r.import.evidence->raw.isEmpty());
  EXPECT_EQ(statuses, (QStringList{u"Pending"_s, u"Running"_s, u"Success"_s}));
  EXPECT_FALSE(r.invokeId.isEmpty());
  QStringList actions;
  for (const test::MockRecord &m : a.mock.records()) actions << m.action;
  EXPECT_EQ(actions, (QStringList{u"DescribeCloudAssistantStatus"_s, u"RunCommand"_s, u"DescribeInvocationResults"_s,
                                  u"DescribeInvocationResults"_s, u"DescribeInvocationResults"_s,
                                  u"DescribeInvocationResults"_s}));
  const test::MockRecord sent = a.mock.records().at(1);
  EXPECT_EQ(sent.param(u"Type"_s), u"RunPowerShellScript"_s);
  EXPECT_EQ(sent.param(u"InstanceId.1"_s), QString::fromLatin1(kInstance));
  EXPECT_EQ(sent.param(u"CommandContent"_s).toLatin1(), embeddedCollectorCommand().contentBase64);
  EXPECT_GE(a.seams.sleeps->size(), 3);  // the polls waited through the seam, not for real
}

TEST(CloudActions, output_cut_at_24_kb_imports_the_code_with_a_warning) {
  Actions a;
  QJsonObject doc = QJsonDocument::fromJson(healthyEvidence()).object();
  QJsonArray padding;
  for (int i = 0; i < 900; ++i) padding.append(u"padding entry %1 that makes the document long"_s.arg(i));
  doc.insert(u"x_padding"_s, padding);
  test::MockCommandRun run;
  // Printed as is (not what our bootstrap prints: it would say RDPD-TOO-LARGE), so the 24 KB cap cuts into it.
  run.output = "RDPD-CODE " + healthyCode().toLatin1() + "\r\nRDPD-EVIDENCE-BEGIN 60000 abc\r\n" +
               QJsonDocument(doc).toJson() + "\r\nRDPD-EVIDENCE-END\r\n";
  ASSERT_GT(run.output.size(), 24 * 1024);
  a.mock.setCommandRun(run);
  const ActionPlan plan = a.collectPlan();
  const CollectResult r = a.collect(plan, ActionConsent::afterShowing(plan));
  ASSERT_EQ(r.outcome, CollectResult::Outcome::ImportedCode) << r.message.toStdString();
  EXPECT_EQ(r.import.evidence->source, guest::GuestEvidence::Source::Code);
  ASSERT_EQ(r.warnings.size(), 1);
  EXPECT_TRUE(r.warnings.first().contains(u"24 KB"_s));
}

TEST(CloudActions, offline_agent_means_no_command_is_sent) {
  Actions a;
  assistantOnline(a.mock, false);
  const ActionPlan plan = a.collectPlan();
  const CollectResult r = a.collect(plan, ActionConsent::afterShowing(plan));
  EXPECT_EQ(r.outcome, CollectResult::Outcome::AgentOffline);
  EXPECT_TRUE(r.message.contains(u"2026-12-06T01:12:40Z"_s)) << r.message.toStdString();
  EXPECT_TRUE(a.mock.changingCalls().isEmpty());
  EXPECT_FALSE(r.commandSent);
}

TEST(CloudActions, failed_run_says_why_and_shows_the_gbk_output_decoded) {
  Actions a;
  test::MockCommandRun run;
  run.finalStatus = u"Failed"_s;
  run.exitCode = 1;
  run.errorCode = u"ExitCodeNonzero"_s;
  run.errorInfo = u"the command exited with code 1"_s;
  run.output = "Remove-Item : " + QByteArray::fromHex("bedcbef8b7c3cecaa1a3") + "\r\n";
  a.mock.setCommandRun(run);
  const ActionPlan plan = a.collectPlan();
  const CollectResult r = a.collect(plan, ActionConsent::afterShowing(plan));
  EXPECT_EQ(r.outcome, CollectResult::Outcome::CommandFailed);
  EXPECT_TRUE(r.message.contains(u"ExitCodeNonzero"_s)) << r.message.toStdString();
  EXPECT_EQ(r.outputEncoding, u"gbk"_s);
  EXPECT_TRUE(r.outputText.contains(u"拒绝访问。"_s)) << r.outputText.toStdString();
}

TEST(CloudActions, missing_permission_and_endless_run_are_plain_sentences_in_both_languages) {
  Actions a;
  a.mock.forbid(u"RunCommand"_s);
  const ActionPlan plan = a.collectPlan();
  const auto [en, zh] = inBothLanguages([&] { return a.collect(plan, ActionConsent::afterShowing(plan)).message; });
  EXPECT_TRUE(en.contains(u"ecs:RunCommand"_s)) << en.toStdString();
  EXPECT_TRUE(zh.contains(u"ecs:RunCommand"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();

  Actions b;
  test::MockCommandRun endless;
  endless.pendingPolls = 1000;
  b.mock.setCommandRun(endless);
  EvidenceCollect c(b.client.get(), embeddedCollectorCommand());
  CollectConfig cfg;
  cfg.timeoutMs = 12000;
  c.setConfig(cfg);
  const ActionPlan plan2 = b.collectPlan();
  const CollectResult r =
      waitFor<CollectResult>([&](auto done) { c.start(plan2, ActionConsent::afterShowing(plan2), {}, done); });
  EXPECT_EQ(r.outcome, CollectResult::Outcome::TimedOut);
  EXPECT_TRUE(r.message.contains(r.invokeId)) << r.message.toStdString();
}

TEST(CloudActions, throttled_run_command_is_retried_then_goes_on) {
  Actions a;
  a.mock.throttle(u"RunCommand"_s, 2, 400, 300);
  test::MockCommandRun run;
  run.output = collectorOutputFor(healthyEvidence(), healthyCode());
  a.mock.setCommandRun(run);
  const ActionPlan plan = a.collectPlan();
  const CollectResult r = a.collect(plan, ActionConsent::afterShowing(plan));
  EXPECT_EQ(r.outcome, CollectResult::Outcome::Imported) << r.message.toStdString();
  EXPECT_EQ(a.mock.count(u"RunCommand"_s), 3);
  EXPECT_EQ(a.mock.changingCalls(), (QStringList{u"RunCommand"_s, u"RunCommand"_s, u"RunCommand"_s}));
}

TEST(CloudActions, snapshot_then_restart_calls_in_order_with_rising_progress) {
  Actions a;
  a.mock.setSnapshotPolls(3);
  const ActionPlan plan = planSnapshot(target(), true, false);
  SnapshotRestart s(a.client.get());
  QList<int> percents;
  const SnapshotRestartResult r = waitFor<SnapshotRestartResult>([&](auto done) {
    s.start(
        plan, ActionConsent::afterShowing(plan),
        [&](const SnapshotProgress &p) {
          if (p.stage == u"snapshot"_s) percents << p.percent;
        },
        done);
  });
  ASSERT_EQ(r.outcome, SnapshotRestartResult::Outcome::Done) << r.message.toStdString();
  EXPECT_TRUE(r.rebootSent);
  EXPECT_EQ(r.diskId, u"d-uf6winrdp0doctor02"_s);
  EXPECT_TRUE(std::is_sorted(percents.begin(), percents.end()));
  EXPECT_EQ(percents.last(), 100);
  EXPECT_GE(percents.size(), 4);
  QStringList actions;
  for (const test::MockRecord &m : a.mock.records()) actions << m.action;
  EXPECT_EQ(actions,
            (QStringList{u"DescribeDisks"_s, u"CreateSnapshot"_s, u"DescribeSnapshots"_s, u"DescribeSnapshots"_s,
                         u"DescribeSnapshots"_s, u"DescribeSnapshots"_s, u"RebootInstance"_s}));
  EXPECT_EQ(a.mock.records().last().param(u"ForceStop"_s), u"false"_s);
  EXPECT_EQ(a.mock.records().at(0).param(u"DiskType"_s), u"system"_s);
  EXPECT_TRUE(r.message.contains(r.snapshotId));
}

TEST(CloudActions, force_stop_is_sent_only_with_the_second_yes) {
  Actions a;
  const ActionPlan plan = planSnapshot(target(), true, true);
  SnapshotRestart s(a.client.get());
  const SnapshotRestartResult r = waitFor<SnapshotRestartResult>(
      [&](auto done) { s.start(plan, ActionConsent::afterShowing(plan).confirmForceStop(), {}, done); });
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_TRUE(r.forceStop);
  EXPECT_EQ(a.mock.records().last().action, u"RebootInstance"_s);
  EXPECT_EQ(a.mock.records().last().param(u"ForceStop"_s), u"true"_s);
}

TEST(CloudActions, cancel_before_the_restart_means_no_restart) {
  Actions a;
  a.mock.setSnapshotPolls(5);
  const ActionPlan plan = planSnapshot(target(), true, false);
  SnapshotRestart s(a.client.get());
  bool cancelled = false;
  const SnapshotRestartResult r = waitFor<SnapshotRestartResult>([&](auto done) {
    s.start(
        plan, ActionConsent::afterShowing(plan),
        [&](const SnapshotProgress &p) {
          if (p.stage == u"snapshot"_s && p.percent > 0 && !cancelled) cancelled = s.cancel();
        },
        done);
  });
  EXPECT_TRUE(cancelled);
  EXPECT_EQ(r.outcome, SnapshotRestartResult::Outcome::Cancelled);
  EXPECT_FALSE(r.rebootSent);
  EXPECT_TRUE(r.message.contains(r.snapshotId)) << r.message.toStdString();
  QTest::qWait(200);  // nothing arrives late
  EXPECT_EQ(a.mock.changingCalls(), QStringList{u"CreateSnapshot"_s});
  EXPECT_FALSE(s.cancel());
}

TEST(CloudActions, snapshot_only_never_restarts_and_a_stopped_instance_is_refused_by_the_cloud) {
  Actions a;
  const ActionPlan plan = planSnapshot(target(), false, false);
  SnapshotRestart s(a.client.get());
  const SnapshotRestartResult r =
      waitFor<SnapshotRestartResult>([&](auto done) { s.start(plan, ActionConsent::afterShowing(plan), {}, done); });
  EXPECT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_FALSE(r.rebootSent);
  EXPECT_EQ(a.mock.changingCalls(), QStringList{u"CreateSnapshot"_s});
  // A Stopped instance; the plan did not know (no status read), so the cloud refuses the restart.
  a.mock.addInstance(u"cn-hangzhou"_s, QJsonObject{{u"InstanceId"_s, u"i-bp1stopped0000001"_s},
                                                   {u"RegionId"_s, u"cn-hangzhou"_s},
                                                   {u"Status"_s, u"Stopped"_s}});
  ActionTarget stopped{u"i-bp1stopped0000001"_s, u"cn-hangzhou"_s, {}, {}};
  const ActionPlan restart = planSnapshot(stopped, true, false);
  SnapshotRestart t(a.client.get());
  const SnapshotRestartResult tr = waitFor<SnapshotRestartResult>(
      [&](auto done) { t.start(restart, ActionConsent::afterShowing(restart), {}, done); });
  EXPECT_EQ(tr.outcome, SnapshotRestartResult::Outcome::ApiFailed);
  EXPECT_FALSE(tr.rebootSent);
  EXPECT_TRUE(tr.message.contains(u"IncorrectInstanceStatus"_s)) << tr.message.toStdString();
}

TEST(CloudActions, screenshot_action_and_cloud_read_keep_the_picture) {
  Actions a;
  const QByteArray jpeg =
      QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffc000110800f0014003012200021101031101ffd9");
  a.mock.setScreenshot(jpeg);
  const ActionPlan plan = planScreenshot(target());
  ScreenshotAction s(a.client.get());
  const ConsoleScreenshot shot =
      waitFor<ConsoleScreenshot>([&](auto done) { s.start(plan, ActionConsent::afterShowing(plan), done); });
  ASSERT_TRUE(shot.ok()) << shot.message.toStdString();
  EXPECT_EQ(shot.image, jpeg);
  EXPECT_EQ(a.mock.records().last().param(u"WakeUp"_s), u"false"_s);
}

// The count of dropped output bytes as the API could send it, and as nobody should: a number too large for any count
// (once undefined behaviour when converted; found by fuzz_cloud_action_reply), negative, fractional or text.
TEST(CloudActions, dropped_byte_count_that_is_no_count_is_zero) {
  auto dropped = [](const char *value) {
    const QByteArray body = R"({"Invocation":{"InvocationResults":{"InvocationResult":[{"InvocationStatus":"Success",)"
                            R"("ExitCode":0,"Output":"","Dropped":)" +
                            QByteArray(value) + "}]}}}";
    return parseInvocationResult(body).dropped;
  };
  EXPECT_EQ(dropped("1200"), 1200);
  EXPECT_EQ(dropped("0"), 0);
  EXPECT_EQ(dropped("3.33333e+68"), 0);
  EXPECT_EQ(dropped("-5"), 0);
  EXPECT_EQ(dropped("12.5"), 0);
  EXPECT_EQ(dropped("\"1200\""), 0);
}
