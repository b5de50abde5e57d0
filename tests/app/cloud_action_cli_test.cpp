// `rdp-doctor cloud screenshot|collect|snapshot|restart` through the real binary against the API mock (which checks
// every signature itself): the plan is printed first; without a terminal and without --yes nothing that changes the
// instance reaches the cloud; a "no" on the terminal changes nothing; --yes sends the calls in order; ForceStop only
// with the second yes; collect imports the evidence and diagnoses with it; failures are plain sentences in both
// languages; and no output or log holds the secret, the STS token or a request signature.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

#include "checks/cloud/collector_command.h"
#include "checks/guest/evidence_import.h"
#include "checks/guest/typable_code.h"
#include "checks/lab/lab_scenario.h"
#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/cli_runner.h"
#include "tests/support/loopback.h"
#include "tests/support/platform.h"

using namespace rdpd;
using namespace rdpd::cloudtest;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kToken = "STS.rdpd-test-token-Kx93mPq2Lw";
const QByteArray kJpeg =
    QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffc000110800f0014003012200021101031101ffd9");

struct Cloud {
  test::AliyunMockServer mock{kKeyId, kSecret, kToken};
  QTemporaryDir home;
  Cloud() {
    EXPECT_TRUE(mock.start());
    fillLoopbackCloud(mock);  // the instance's EIP is this computer, for the test
    mock.setScreenshot(kJpeg);
    mock.setSnapshotPolls(0);
  }
  test::CommandResult run(QStringList args, const QByteArray &stdinData = {}, bool terminal = false) {
    test::CliOptions o;
    o.stdinData = stdinData;
    o.timeoutMs = 60000;
    o.env = {{u"HOME"_s, home.path()},
             {u"XDG_DATA_HOME"_s, home.path() + u"/data"_s},
             {u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s},
             {u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s},
             {u"RDPD_LOG_DIR"_s, home.path() + u"/logs"_s},
             {u"RDPD_LOG_LEVEL"_s, u"debug"_s},
             {u"ALIBABA_CLOUD_PROFILE"_s, QString()},
             {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString::fromLatin1(kKeyId)},
             {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(kSecret)},
             {u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, QString::fromLatin1(kToken)},
             {u"RDPD_TEST_STDIN_IS_TERMINAL"_s, terminal ? u"1"_s : QString()}};
    args << u"--cloud"_s << u"alibaba"_s << u"--cloud-endpoint"_s << mock.url().toString();
    return test::runCli(args, o);
  }
};

QByteArray healthyEvidence() {
  const QJsonValue v = lab::resolvePortPlaceholders(lab::baseEvidence(u"healthy"_s), 3389, 0);
  return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

}  // namespace

TEST(CloudActionCli, without_a_terminal_or_yes_nothing_changes) {
  Cloud c;
  for (const char *action : {"restart", "snapshot", "collect", "screenshot"}) {
    const test::CommandResult r = c.run({u"cloud"_s, QString::fromLatin1(action), u"127.0.0.1"_s});
    EXPECT_EQ(r.exitCode, 2) << action << r.describe().toStdString();
    EXPECT_TRUE(r.out.contains("i-uf6winrdp0doctor02")) << action;  // the plan was shown
    EXPECT_TRUE(r.err.contains("--yes")) << r.err.constData();
  }
  EXPECT_TRUE(c.mock.changingCalls().isEmpty()) << c.mock.changingCalls().join(u',').toStdString();
  EXPECT_EQ(c.mock.count(u"GetInstanceScreenshot"_s), 0);
}

TEST(CloudActionCli, a_no_on_the_terminal_changes_nothing_and_yes_restarts_after_the_snapshot) {
  Cloud c;
  const test::CommandResult no = c.run({u"cloud"_s, u"restart"_s, u"127.0.0.1"_s}, "n\n", true);
  EXPECT_EQ(no.exitCode, 2);
  EXPECT_TRUE(no.out.contains("[y/N]"));
  EXPECT_TRUE(no.out.contains("ecs:RebootInstance")) << no.out.constData();
  EXPECT_TRUE(c.mock.changingCalls().isEmpty());
  const test::CommandResult yes = c.run({u"cloud"_s, u"restart"_s, u"127.0.0.1"_s}, "y\n", true);
  EXPECT_EQ(yes.exitCode, 0) << yes.describe().toStdString();
  EXPECT_EQ(c.mock.changingCalls(), (QStringList{u"CreateSnapshot"_s, u"RebootInstance"_s}));
  EXPECT_EQ(c.mock.records().last().param(u"ForceStop"_s), u"false"_s);
  EXPECT_TRUE(yes.out.contains("restart of i-uf6winrdp0doctor02 was sent")) << yes.out.constData();
  EXPECT_TRUE(yes.err.contains("Snapshot s-")) << yes.err.constData();  // progress
}

TEST(CloudActionCli, force_stop_only_with_the_second_yes) {
  Cloud c;
  const test::CommandResult once = c.run({u"cloud"_s, u"restart"_s, u"127.0.0.1"_s, u"--force-stop"_s}, "y\nn\n", true);
  EXPECT_EQ(once.exitCode, 2);
  EXPECT_TRUE(once.out.contains("ForceStop")) << once.out.constData();
  EXPECT_TRUE(c.mock.changingCalls().isEmpty());
  const test::CommandResult twice =
      c.run({u"cloud"_s, u"restart"_s, u"127.0.0.1"_s, u"--force-stop"_s}, "y\ny\n", true);
  EXPECT_EQ(twice.exitCode, 0) << twice.describe().toStdString();
  EXPECT_EQ(c.mock.changingCalls(), (QStringList{u"CreateSnapshot"_s, u"RebootInstance"_s}));
  EXPECT_EQ(c.mock.records().last().param(u"ForceStop"_s), u"true"_s);
  const test::CommandResult wrong = c.run({u"cloud"_s, u"snapshot"_s, u"127.0.0.1"_s, u"--force-stop"_s, u"--yes"_s});
  EXPECT_EQ(wrong.exitCode, 2);
  EXPECT_TRUE(wrong.err.contains("--force-stop")) << wrong.err.constData();
}

TEST(CloudActionCli, yes_takes_the_screenshot_and_the_snapshot_in_order) {
  Cloud c;
  QTemporaryDir out;
  const QString file = out.filePath(u"screen.jpg"_s);
  const test::CommandResult shot = c.run({u"cloud"_s, u"screenshot"_s, u"127.0.0.1"_s, u"--yes"_s, u"--out"_s, file});
  EXPECT_EQ(shot.exitCode, 0) << shot.describe().toStdString();
  QFile f(file);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(f.readAll(), kJpeg);
  EXPECT_TRUE(shot.out.contains("320×240") || shot.out.contains("320\xC3\x97"
                                                                "240"))
      << shot.out.constData();
  c.mock.setSnapshotPolls(1);
  const test::CommandResult snap = c.run({u"cloud"_s, u"snapshot"_s, u"127.0.0.1"_s, u"--yes"_s});
  EXPECT_EQ(snap.exitCode, 0) << snap.describe().toStdString();
  QStringList actions;
  for (const test::MockRecord &r : c.mock.records())
    if (r.action != u"DescribeRegions"_s && r.action != u"DescribeInstances"_s) actions << r.action;
  EXPECT_EQ(actions, (QStringList{u"GetInstanceScreenshot"_s, u"DescribeDisks"_s, u"CreateSnapshot"_s,
                                  u"DescribeSnapshots"_s, u"DescribeSnapshots"_s}));
  EXPECT_TRUE(snap.err.contains("50%")) << snap.err.constData();
  EXPECT_TRUE(snap.out.contains("Nothing was restarted")) << snap.describe().toStdString();
}

TEST(CloudActionCli, collect_imports_the_evidence_and_diagnoses_with_it) {
  Cloud c;
  const guest::ImportResult parsed = guest::EvidenceImport::fromJson(healthyEvidence());
  ASSERT_TRUE(parsed.ok());
  test::MockCommandRun run;
  run.output = cloud::collectorOutputFor(healthyEvidence(), guest::encodeTypableCode(parsed.evidence->facts));
  run.pendingPolls = 0;
  run.runningPolls = 0;
  c.mock.setCommandRun(run);
  QTemporaryDir out;
  const QString evidence = out.filePath(u"evidence.json"_s), report = out.filePath(u"report.json"_s);
  const int port = test::closedLoopbackPort();
  const test::CommandResult r =
      c.run({u"cloud"_s, u"collect"_s, u"127.0.0.1:%1"_s.arg(port), u"--yes"_s, u"--out"_s, evidence, u"--format"_s,
             u"json"_s, u"--output"_s, report, u"--public-ip"_s, u"198.51.100.7"_s, u"--timeout-ms"_s, u"1500"_s});
  EXPECT_EQ(r.exitCode, 1) << r.describe().toStdString();  // the port is closed: a problem is found
  EXPECT_TRUE(guest::EvidenceImport::fromFile(evidence).ok());
  EXPECT_EQ(c.mock.changingCalls(), QStringList{u"RunCommand"_s});
  QFile f(report);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray json = f.readAll();
  EXPECT_TRUE(json.contains("\"guest.termservice\"")) << json.left(500).constData();
  EXPECT_TRUE(json.contains("\"cloud_source\": \"api\""));
}

TEST(CloudActionCli, refused_calls_are_plain_sentences_in_both_languages) {
  Cloud c;
  c.mock.forbid(u"RunCommand"_s);
  const test::CommandResult en = c.run({u"cloud"_s, u"collect"_s, u"127.0.0.1"_s, u"--yes"_s});
  EXPECT_EQ(en.exitCode, 2);
  EXPECT_TRUE(en.err.contains("ecs:RunCommand")) << en.err.constData();
  const test::CommandResult zh = c.run({u"cloud"_s, u"collect"_s, u"127.0.0.1"_s, u"--yes"_s, u"--lang"_s, u"zh_CN"_s});
  EXPECT_EQ(zh.exitCode, 2);
  EXPECT_TRUE(zh.err.contains("ecs:RunCommand"));
  EXPECT_TRUE(hasCjk(QString::fromUtf8(zh.err))) << zh.err.constData();
  EXPECT_TRUE(hasCjk(QString::fromUtf8(zh.out)));  // the plan, too
  EXPECT_FALSE(hasCjk(QString::fromUtf8(en.err)));
  // Throttled three times, then accepted: the snapshot goes on.
  c.mock.throttle(u"CreateSnapshot"_s, 3, 400, 200);
  const test::CommandResult slow = c.run({u"cloud"_s, u"snapshot"_s, u"127.0.0.1"_s, u"--yes"_s});
  EXPECT_EQ(slow.exitCode, 0) << slow.describe().toStdString();
  // The agent offline: collect says so and sends no command.
  Cloud d;
  d.mock.setAssistantStatus(
      QJsonObject{{u"InstanceCloudAssistantStatusSet"_s,
                   QJsonObject{{u"InstanceCloudAssistantStatus"_s,
                                QJsonArray{QJsonObject{{u"InstanceId"_s, u"i-uf6winrdp0doctor02"_s},
                                                       {u"CloudAssistantStatus"_s, u"false"_s}}}}}}});
  const test::CommandResult offline = d.run({u"cloud"_s, u"collect"_s, u"127.0.0.1"_s, u"--yes"_s});
  EXPECT_EQ(offline.exitCode, 1);
  EXPECT_TRUE(offline.err.contains("offline")) << offline.err.constData();
  EXPECT_TRUE(d.mock.changingCalls().isEmpty());
}

TEST(CloudActionCli, secret_token_and_signatures_appear_in_no_output_or_log) {
  Cloud c;
  test::MockCommandRun run;
  run.output = cloud::collectorOutputFor(healthyEvidence(), {});
  run.pendingPolls = 0;
  run.runningPolls = 0;
  c.mock.setCommandRun(run);
  QTemporaryDir out;
  QList<QByteArray> outputs;
  for (const char *action : {"screenshot", "collect", "snapshot", "restart"}) {
    const QString file = out.filePath(QString::fromLatin1(action));
    const test::CommandResult r =
        c.run({u"cloud"_s, QString::fromLatin1(action), u"127.0.0.1"_s, u"--yes"_s, u"--out"_s, file});
    outputs << r.out << r.err;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) outputs << f.readAll();
  }
  int logs = 0;
  QDirIterator it(c.home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile f(it.next());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (f.fileName().endsWith(u".log"_s)) {
      ++logs;
      EXPECT_TRUE(bytes.contains("RunCommand")) << f.fileName().toStdString();
    }
    outputs << bytes;
  }
  EXPECT_GE(logs, 1);
  QList<QByteArray> forbidden{kSecret, kToken, "Signature=", "ACS3-HMAC-SHA256", "x-acs-security-token"};
  for (const test::MockRecord &r : c.mock.records()) {
    EXPECT_EQ(r.status, 200) << r.action.toStdString();
    forbidden << r.signature;
  }
  for (const QByteArray &o : outputs)
    for (const QByteArray &s : forbidden) EXPECT_FALSE(o.contains(s)) << s.constData();
}
