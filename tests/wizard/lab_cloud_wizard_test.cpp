// The training lab's pretend cloud in the wizard, as a trainer uses it: a cloud-… scenario started from the start
// page's lab panel also starts the scenario's pretend Alibaba Cloud (the signature-checking API mock on loopback)
// and reads it with the lab-only key; the cloud tabs say it is the pretend cloud, step 3 quotes the security group,
// step 1 the instance state, and step 11's snapshot-then-restart reaches RebootInstance on the mock only after
// "Do it". Leaving the lab (a diagnosis of another address, or stopping it) drops the lab's cloud data, endpoint and
// key and gives the user's own cloud settings back: nothing more goes to the mock. A lab started before the window
// shows (`rdp-doctor --lab cloud-…`) reads its pretend cloud too.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include "checks/cloud/cloud_access.h"
#include "checks/lab/lab_cloud.h"
#include "checks/lab/lab_scenario.h"
#include "checks/verdict/verdict.h"
#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/cloud_action_box.h"
#include "wizard/cloud_action_dialog.h"
#include "wizard/cloud_panel.h"
#include "wizard/diagnostic_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

QString rowText(DiagnosticPage *page, const QString &id) {
  auto *tree = page->findChild<QTreeWidget *>(u"checksView"_s);
  if (!tree) return {};
  for (int i = 0; i < tree->topLevelItemCount(); ++i)
    if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) return tree->topLevelItem(i)->text(1);
  return {};
}

QStringList actionsSince(const test::AliyunMockServer &mock, qsizetype from) {
  QStringList actions;
  const QList<test::MockRecord> records = mock.records();
  for (qsizetype i = from; i < records.size(); ++i) actions << records.at(i).action;
  return actions;
}

}  // namespace

class LabCloudWizardTest : public WizardTest {
 protected:
  void SetUp() override {
    WizardTest::SetUp();
    access()->setApiSeams(seams.make());  // the snapshot's polls go through the seam: no real waiting
    cloud::CredentialSources none;
    none.configPath = u"/nonexistent/rdpd-test/config.json"_s;
    access()->setCredentialSources(none);
  }
  cloud::CloudAccess *access() const { return window->cloudAccess(); }

  // Starts scenario id from the start page's lab panel as a trainer would; waits for the diagnosis with the cloud
  // data read from the pretend cloud.
  void startScenario(const QString &id) {
    ASSERT_NO_FATAL_FAILURE(clickStartLab(id));
    ASSERT_NE(window->labCloud(), nullptr);
    RDPD_TRY_VERIFY(access()->evidence() != nullptr && session()->isComplete() && !session()->isRunning() &&
                        session()->target().cloudEvidence == access()->evidence(),
                    60000);
    ASSERT_TRUE(access()->isLab());
    ASSERT_TRUE(access()->fromApi());
  }
  CloudPanel *openTab(int step) {
    EXPECT_TRUE(window->jumpTo(pageForStep(step)));
    window->stepPage(step)->showExtraPanel(window->cloudPanel(step));
    return window->cloudPanel(step);
  }
  void expectLabNotice() {
    auto *notice = find<QLabel>(u"cloudLabNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(u"pretend Alibaba Cloud"_s)) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(window->labCloud()->url().authority()));
    EXPECT_TRUE(find<QLabel>(u"cloudSourceLabel"_s)->text().contains(u"training lab's pretend cloud"_s));
    // The lab key is the only key: nothing to choose, type or remember.
    EXPECT_FALSE(find<QLineEdit>(u"cloudSecretEdit"_s)->isVisible());
    EXPECT_FALSE(find<QWidget>(u"cloudRememberKeyCheck"_s)->isVisible());
    EXPECT_FALSE(find<QWidget>(u"cloudProfileCombo"_s)->isVisible());
  }

  cloudtest::Seams seams;
};

TEST_F(LabCloudWizardTest, sg_no_rule_shows_the_security_group_on_step_3_and_in_the_verdict) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-sg-no-rule"_s));
  EXPECT_GE(window->labCloud()->mock()->count(u"DescribeSecurityGroupAttribute"_s), 1);
  openTab(3);
  ASSERT_NO_FATAL_FAILURE(expectLabNotice());
  const QString port = QString::number(session()->target().port);
  auto *rule = find<QLabel>(u"cloudDecidingRule"_s);
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(find<QWidget>(u"cloudRuleBox"_s)->isVisible());
  EXPECT_EQ(rule->text(),
            u"No rule lets 198.51.100.7 reach TCP %1, so the security group's default denies it."_s.arg(port));
  EXPECT_TRUE(find<QLineEdit>(u"cloudAuthorizeCommand"_s)->text().contains(u"--SecurityGroupId sg-lab0rdpopen00001"_s));
  const QString row = rowText(window->stepPage(3), u"cloud.security_group"_s);
  EXPECT_TRUE(row.contains(u"sg-lab0rdpopen00001"_s)) << row.toStdString();
  ASSERT_FALSE(session()->causes().isEmpty());
  EXPECT_EQ(session()->causes().first().id, u"cloud_sg_no_rule"_s);
  ASSERT_TRUE(window->jumpTo(Page_Summary));
  const QString verdict = find<QLabel>(u"verdictLabel"_s)->text();
  EXPECT_EQ(verdict, causeSummary(session()->causes().first()));  // the words with the values found
  for (const QString &value : {u"security-group rule"_s, u"198.51.100.7"_s, u"sg-lab0rdpopen00001"_s, port})
    EXPECT_TRUE(verdict.contains(value)) << verdict.toStdString();
}

TEST_F(LabCloudWizardTest, instance_stopped_shows_the_instance_state_on_step_1) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-instance-stopped"_s));
  openTab(1);
  ASSERT_NO_FATAL_FAILURE(expectLabNotice());
  EXPECT_TRUE(find<QLabel>(u"cloudSourceLabel"_s)->text().contains(u"instance i-lab0rdpdoctor0001 (cn-hangzhou)"_s));
  const auto r = session()->result(u"cloud.instance_state"_s);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, Status::Fail);
  const QString row = rowText(window->stepPage(1), u"cloud.instance_state"_s);
  EXPECT_TRUE(row.contains(u"i-lab0rdpdoctor0001 is Stopped"_s)) << row.toStdString();
  ASSERT_FALSE(session()->causes().isEmpty());
  EXPECT_EQ(session()->causes().first().id, u"cloud_instance_stopped"_s);
}

TEST_F(LabCloudWizardTest, agent_offline_restarts_on_the_mock_only_after_do_it) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-agent-offline"_s));
  test::AliyunMockServer *mock = window->labCloud()->mock();
  // Step 1: the console shows the blue screen; collecting cannot run with the agent offline, and says so.
  openTab(1);
  EXPECT_TRUE(find<QWidget>(u"cloudScreenshotBox"_s)->isVisible());
  EXPECT_FALSE(find<QPushButton>(u"cloudCollectButton"_s)->isEnabled());
  EXPECT_TRUE(find<QLabel>(u"cloudActionReason"_s)->text().contains(u"Cloud Assistant is offline"_s));
  // Step 11: the consent first; Cancel sends nothing that changes the pretend instance.
  CloudPanel *panel = openTab(11);
  ASSERT_NO_FATAL_FAILURE(expectLabNotice());
  auto *restart = find<QPushButton>(u"cloudRestartButton"_s);
  ASSERT_TRUE(restart->isEnabled()) << find<QLabel>(u"cloudActionReason"_s)->text().toStdString();
  const auto dialog = [this] { return window->findChild<CloudActionDialog *>(u"cloudActionDialog"_s); };
  restart->click();
  ASSERT_NE(dialog(), nullptr);
  dialog()->findChild<QPushButton *>(u"cloudActionDialogCancelButton"_s)->click();
  RDPD_TRY_VERIFY(dialog() == nullptr, 5000);
  QTest::qWait(100);
  EXPECT_TRUE(mock->changingCalls().isEmpty()) << mock->changingCalls().join(u' ').toStdString();
  EXPECT_EQ(mock->count(u"RebootInstance"_s), 0);
  // "Do it": snapshot, wait, restart — on the pretend cloud, with the lab's key.
  const qsizetype before = mock->records().size();
  restart->click();
  ASSERT_NE(dialog(), nullptr);
  dialog()->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->click();
  RDPD_TRY_VERIFY(!panel->actionBox()->isRunning(), 20000);
  const QStringList actions = actionsSince(*mock, before);
  ASSERT_FALSE(actions.isEmpty());
  EXPECT_EQ(actions.first(), u"DescribeDisks"_s) << actions.join(u' ').toStdString();
  EXPECT_TRUE(actions.contains(u"CreateSnapshot"_s)) << actions.join(u' ').toStdString();
  EXPECT_EQ(actions.last(), u"RebootInstance"_s) << actions.join(u' ').toStdString();
  EXPECT_EQ(mock->records().last().param(u"InstanceId"_s), u"i-lab0rdpdoctor0001"_s);
  EXPECT_FALSE(find<QLabel>(u"cloudActionResult"_s)->property("error").toBool())
      << find<QLabel>(u"cloudActionResult"_s)->text().toStdString();
}

// The user's own cloud settings and endpoint (here a second mock standing for "the real cloud") before the lab;
// the lab in between; then a real diagnosis of another loopback address.
class LabCloudLeaveTest : public LabCloudWizardTest {
 protected:
  void SetUp() override {
    LabCloudWizardTest::SetUp();
    ASSERT_TRUE(own.start());
    cloudtest::fillCloud(own);
    cloud::ApiClientConfig config;
    config.endpointOverride = own.url();
    access()->setApiConfig(config);
    access()->setSettings(mine);
  }
  // A real diagnosis of another loopback address, started from the start page.
  void diagnoseAnotherAddress() {
    ASSERT_TRUE(window->jumpTo(Page_Start));
    typeTarget(u"127.0.0.1:%1"_s.arg(test::closedLoopbackPort()));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(window->currentId(), Page_Step1);
    RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 60000);
  }
  void expectNothingOfTheLab() {
    EXPECT_FALSE(access()->isLab());
    EXPECT_EQ(access()->evidence(), nullptr);
    EXPECT_EQ(access()->actionClient(), nullptr);
    EXPECT_EQ(session()->target().cloudEvidence, nullptr);
    EXPECT_EQ(access()->apiConfig().endpointOverride.toString(), own.url().toString());
    EXPECT_EQ(access()->settings(), mine);
    const auto r = session()->result(u"cloud.security_group"_s);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, Status::Skipped);
    openTab(3);
    EXPECT_FALSE(find<QLabel>(u"cloudLabNotice"_s)->isVisible());
    EXPECT_TRUE(find<QLabel>(u"cloudSourceLabel"_s)->text().startsWith(u"No cloud data yet"_s));
    EXPECT_EQ(find<QLineEdit>(u"cloudInstanceEdit"_s)->text(), mine.instanceId);
    EXPECT_EQ(find<QLineEdit>(u"cloudPublicIpEdit"_s)->text(), mine.publicIp);
    EXPECT_TRUE(find<QLineEdit>(u"cloudSecretEdit"_s)->isVisible());
    EXPECT_TRUE(find<QLabel>(u"cloudKeyStatus"_s)->text().isEmpty());  // nothing said about the lab's read
  }
  // Reads with the user's own (test) key typed in: it goes to the user's endpoint.
  void readWithOwnKey() {
    const int before = own.records().size();
    find<QLineEdit>(u"cloudKeyIdEdit"_s)->setText(QString::fromLatin1(cloudtest::kKeyId));
    find<QLineEdit>(u"cloudSecretEdit"_s)->setText(QString::fromLatin1(cloudtest::kSecret));
    find<QPushButton>(u"cloudReadButton"_s)->click();
    RDPD_TRY_VERIFY(!access()->isReading(), 20000);
    EXPECT_GT(own.records().size(), before);
  }

  test::AliyunMockServer own{cloudtest::kKeyId, cloudtest::kSecret};
  const cloud::CloudSettings mine{u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s, u"203.0.113.9"_s};
};

TEST_F(LabCloudLeaveTest, a_diagnosis_of_another_address_while_the_lab_runs_sends_nothing_to_its_cloud) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-sg-no-rule"_s));
  EXPECT_EQ(access()->settings().publicIp, u"198.51.100.7"_s);
  EXPECT_EQ(access()->apiConfig().endpointOverride.toString(), window->labCloud()->url().toString());
  EXPECT_EQ(own.records().size(), 0);  // the lab's read went to the pretend cloud only
  // The user's key is refused while the lab's pretend cloud is in use: it never goes to the mock.
  EXPECT_FALSE(access()->startRead(cloudtest::credentials()).isEmpty());
  test::AliyunMockServer *labMock = window->labCloud()->mock();
  // The trainer reads the pretend cloud again from a cloud tab (with the lab key: there is no other).
  openTab(3);
  const qsizetype firstRead = labMock->records().size();
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(!access()->isReading() && labMock->records().size() > firstRead, 20000);
  EXPECT_TRUE(find<QLabel>(u"cloudKeyStatus"_s)->text().startsWith(u"Read."_s))
      << find<QLabel>(u"cloudKeyStatus"_s)->text().toStdString();
  EXPECT_TRUE(access()->isLab());
  const qsizetype labCalls = labMock->records().size();
  ASSERT_NO_FATAL_FAILURE(diagnoseAnotherAddress());
  ASSERT_TRUE(window->isLabRunning());  // the pretend server and cloud still run; they are just not used
  ASSERT_NO_FATAL_FAILURE(expectNothingOfTheLab());
  ASSERT_NO_FATAL_FAILURE(readWithOwnKey());
  EXPECT_EQ(labMock->records().size(), labCalls);
  EXPECT_FALSE(access()->isLab());
}

TEST_F(LabCloudLeaveTest, stopping_the_lab_then_a_real_diagnosis_shows_no_lab_cloud_evidence) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-sg-drop"_s));
  window->stopLab();
  EXPECT_EQ(window->labCloud(), nullptr);  // its pretend cloud no longer listens
  EXPECT_FALSE(access()->isLab());
  ASSERT_NO_FATAL_FAILURE(diagnoseAnotherAddress());
  ASSERT_NO_FATAL_FAILURE(expectNothingOfTheLab());
  for (const Cause &c : session()->causes()) EXPECT_FALSE(c.id.startsWith(u"cloud_"_s)) << c.id.toStdString();
  ASSERT_NO_FATAL_FAILURE(readWithOwnKey());
}

// A scenario without a cloud after a cloud one: the pretend cloud goes with the scenario.
TEST_F(LabCloudLeaveTest, a_scenario_without_a_cloud_drops_the_previous_pretend_cloud) {
  ASSERT_NO_FATAL_FAILURE(startScenario(u"cloud-instance-stopped"_s));
  ASSERT_TRUE(window->startLab(u"port-changed"_s));
  EXPECT_EQ(window->labCloud(), nullptr);
  EXPECT_FALSE(access()->isLab());
  EXPECT_EQ(access()->evidence(), nullptr);
  EXPECT_EQ(access()->settings(), mine);
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 60000);
  EXPECT_EQ(session()->target().cloudEvidence, nullptr);
}

// `rdp-doctor --lab cloud-bandwidth-zero`: the lab is started before the window shows; its pretend cloud is read all
// the same and the verdict is the cloud's.
TEST(LabCloudWizardStart, a_lab_started_before_the_window_shows_reads_its_pretend_cloud) {
  installTranslators(qApp, u"en"_s);
  WizardWindow w;
  ASSERT_TRUE(w.startLab(u"cloud-bandwidth-zero"_s));
  ASSERT_NE(w.labCloud(), nullptr);
  w.show();
  RDPD_TRY_VERIFY(w.cloudAccess()->evidence() != nullptr && w.session()->hasStarted() && w.session()->isComplete() &&
                      !w.session()->isRunning() && w.session()->target().cloudEvidence == w.cloudAccess()->evidence(),
                  60000);
  ASSERT_FALSE(w.session()->causes().isEmpty());
  EXPECT_EQ(w.session()->causes().first().id, u"cloud_bandwidth_zero"_s);
  w.close();
  EXPECT_EQ(w.labCloud(), nullptr);
  EXPECT_FALSE(w.cloudAccess()->isLab());
}
