// The cloud actions on the cloud tabs, against the API mock that checks every request's signature itself
// (tests/support/aliyun_mock_server.h): the buttons say why they cannot run (no key read, Cloud Assistant offline);
// Cancel in the consent dialog sends nothing that changes the instance; "Do it" on step 11 makes the snapshot, waits
// for it and restarts, in that order, without ForceStop; a ticked "Force the restart" answered No at the second
// question sends nothing; and step 1's collect brings the guest evidence from the mock's Cloud Assistant run into
// the diagnosis, where a guest check gets its result; Cancel while the snapshot is made means no restart.
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include "checks/cloud/cloud_access.h"
#include "checks/cloud/collector_command.h"
#include "checks/guest/evidence_import.h"
#include "checks/guest/typable_code.h"
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
using namespace rdpd::cloudtest;
using rdpd::test::WizardTest;

namespace {

constexpr const char *kInstance = "i-uf6winrdp0doctor02";

QJsonObject assistantStatus(bool online) {
  return QJsonObject{{u"InstanceCloudAssistantStatusSet"_s,
                      QJsonObject{{u"InstanceCloudAssistantStatus"_s,
                                   QJsonArray{QJsonObject{{u"InstanceId"_s, QString::fromLatin1(kInstance)},
                                                          {u"CloudAssistantStatus"_s, online ? u"true"_s : u"false"_s},
                                                          {u"LastHeartbeatTime"_s, u"2026-12-06T01:12:40Z"_s}}}}}}};
}

QByteArray evidenceFixture(const QString &name) {
  QFile f(QStringLiteral(RDPD_SOURCE_DIR) + u"/tests/fixtures/evidence/"_s + name);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class CloudActionTest : public WizardTest {
 protected:
  void SetUp() override {
    WizardTest::SetUp();
    ASSERT_TRUE(mock.start());
    fillCloud(mock);
    mock.setAssistantStatus(assistantStatus(true));
    cloud::ApiClientConfig config;
    config.endpointOverride = mock.url();
    cloud::CloudAccess *access = window->cloudAccess();
    access->setApiConfig(config);
    access->setApiSeams(seams.make());  // the actions' waits go through the seam: no real sleeping
    cloud::CredentialSources none;
    none.configPath = u"/nonexistent/rdpd-test/config.json"_s;
    access->setCredentialSources(none);
    access->setKeyStore(std::make_shared<cloud::MemoryKeyStore>());
    access->setSettings({QString::fromLatin1(kInstance), u"cn-shanghai"_s, u"198.51.100.7"_s});
  }
  // Opens the cloud tab of a step; reads with the test key typed in.
  void openTab(int step) {
    ASSERT_TRUE(window->jumpTo(pageForStep(step)));
    window->stepPage(step)->showExtraPanel(window->cloudPanel(step));
  }
  void readWithKey(int step) {
    openTab(step);
    find<QLineEdit>(u"cloudKeyIdEdit"_s)->setText(QString::fromLatin1(kKeyId));
    find<QLineEdit>(u"cloudSecretEdit"_s)->setText(QString::fromLatin1(kSecret));
    find<QPushButton>(u"cloudReadButton"_s)->click();
    RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
    ASSERT_NE(window->cloudAccess()->actionClient(), nullptr);
  }
  CloudActionDialog *dialog() const { return window->findChild<CloudActionDialog *>(u"cloudActionDialog"_s); }
  QString result() const { return find<QLabel>(u"cloudActionResult"_s)->text(); }

  test::AliyunMockServer mock{kKeyId, kSecret};
  Seams seams;
};

TEST_F(CloudActionTest, the_buttons_say_why_they_cannot_run) {
  openTab(1);
  auto *collect = find<QPushButton>(u"cloudCollectButton"_s);
  ASSERT_NE(collect, nullptr);
  EXPECT_FALSE(collect->isEnabled());
  EXPECT_TRUE(find<QLabel>(u"cloudActionReason"_s)->text().contains(u"with a key first"_s));
  // Cloud Assistant offline on the instance: collecting cannot run, and says so with the instance.
  mock.setAssistantStatus(assistantStatus(false));
  ASSERT_NO_FATAL_FAILURE(readWithKey(1));
  EXPECT_FALSE(collect->isEnabled());
  const QString reason = find<QLabel>(u"cloudActionReason"_s)->text();
  EXPECT_TRUE(reason.contains(u"Cloud Assistant is offline on i-uf6winrdp0doctor02"_s)) << reason.toStdString();
  // The restart does not need the agent.
  openTab(11);
  EXPECT_TRUE(find<QPushButton>(u"cloudRestartButton"_s)->isEnabled());
  // The data read with the key forgotten: no key in use any more.
  window->cloudAccess()->forget();
  EXPECT_EQ(window->cloudAccess()->actionClient(), nullptr);
  EXPECT_FALSE(find<QPushButton>(u"cloudRestartButton"_s)->isEnabled());
}

TEST_F(CloudActionTest, cancel_in_the_consent_dialog_sends_nothing) {
  ASSERT_NO_FATAL_FAILURE(readWithKey(11));
  const int before = mock.records().size();
  find<QPushButton>(u"cloudRestartButton"_s)->click();
  CloudActionDialog *d = dialog();
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->isVisible());
  // The plan in full, and Cancel is what Enter does.
  EXPECT_EQ(d->findChild<QPlainTextEdit *>(u"cloudActionPlanText"_s)->toPlainText(), cloud::describePlan(d->plan()));
  EXPECT_TRUE(d->findChild<QPlainTextEdit *>(u"cloudActionPlanText"_s)->toPlainText().contains(u"RebootInstance"_s));
  auto *cancel = d->findChild<QPushButton *>(u"cloudActionDialogCancelButton"_s);
  EXPECT_TRUE(cancel->isDefault());
  EXPECT_FALSE(d->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->isDefault());
  cancel->click();
  RDPD_TRY_VERIFY(dialog() == nullptr, 5000);
  QTest::qWait(100);
  EXPECT_TRUE(mock.changingCalls().isEmpty()) << mock.changingCalls().join(u' ').toStdString();
  EXPECT_EQ(mock.records().size(), before);
  EXPECT_FALSE(window->cloudPanel(11)->actionBox()->isRunning());
}

TEST_F(CloudActionTest, do_it_snapshots_then_restarts_in_order_without_force_stop) {
  mock.setSnapshotPolls(2);
  ASSERT_NO_FATAL_FAILURE(readWithKey(11));
  const int before = int(mock.records().size());
  find<QPushButton>(u"cloudRestartButton"_s)->click();
  ASSERT_NE(dialog(), nullptr);
  dialog()->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->click();
  auto *box = window->cloudPanel(11)->actionBox();
  EXPECT_TRUE(box->isRunning());
  RDPD_TRY_VERIFY(!box->isRunning(), 20000);
  QStringList actions;
  const QList<test::MockRecord> records = mock.records();
  for (qsizetype i = before; i < records.size(); ++i) actions << records.at(i).action;
  EXPECT_EQ(actions, (QStringList{u"DescribeDisks"_s, u"CreateSnapshot"_s, u"DescribeSnapshots"_s,
                                  u"DescribeSnapshots"_s, u"DescribeSnapshots"_s, u"RebootInstance"_s}))
      << actions.join(u' ').toStdString();
  EXPECT_EQ(records.last().param(u"ForceStop"_s), u"false"_s);
  EXPECT_EQ(records.last().param(u"InstanceId"_s), QString::fromLatin1(kInstance));
  EXPECT_TRUE(find<QLabel>(u"cloudActionResult"_s)->isVisible());
  EXPECT_FALSE(result().isEmpty());
  EXPECT_FALSE(find<QLabel>(u"cloudActionResult"_s)->property("error").toBool()) << result().toStdString();
}

TEST_F(CloudActionTest, a_forced_restart_answered_no_at_the_second_question_sends_nothing) {
  ASSERT_NO_FATAL_FAILURE(readWithKey(11));
  find<QPushButton>(u"cloudRestartButton"_s)->click();
  CloudActionDialog *d = dialog();
  ASSERT_NE(d, nullptr);
  auto *text = d->findChild<QPlainTextEdit *>(u"cloudActionPlanText"_s);
  const QString normal = text->toPlainText();
  d->findChild<QCheckBox *>(u"cloudForceStopCheck"_s)->setChecked(true);
  EXPECT_TRUE(d->plan().forceStop);
  EXPECT_NE(text->toPlainText(), normal);  // the plan shown is the forced one
  d->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->click();
  QMessageBox *question = d->forceStopQuestionBox();
  ASSERT_NE(question, nullptr);
  EXPECT_TRUE(question->isVisible());
  EXPECT_EQ(question->text(), cloud::forceStopQuestion(d->plan()));
  EXPECT_EQ(question->defaultButton(), question->button(QMessageBox::No));
  question->button(QMessageBox::No)->click();
  RDPD_TRY_VERIFY(d->forceStopQuestionBox() == nullptr, 5000);
  EXPECT_TRUE(d->isVisible());  // the user can untick and restart normally, or cancel
  EXPECT_TRUE(d->findChild<QLabel *>(u"cloudActionDialogNote"_s)->text().startsWith(u"Nothing was sent"_s));
  QTest::qWait(100);
  EXPECT_TRUE(mock.changingCalls().isEmpty()) << mock.changingCalls().join(u' ').toStdString();
  EXPECT_EQ(mock.count(u"DescribeDisks"_s), 0);
  EXPECT_FALSE(window->cloudPanel(11)->actionBox()->isRunning());
  d->findChild<QPushButton *>(u"cloudActionDialogCancelButton"_s)->click();
}

TEST_F(CloudActionTest, collected_evidence_reaches_the_guest_checks) {
  const QByteArray json = evidenceFixture(u"firewall-block-rule.json"_s);
  ASSERT_FALSE(json.isEmpty());
  const guest::ImportResult parsed = guest::EvidenceImport::fromJson(json);
  ASSERT_TRUE(parsed.ok()) << parsed.message.toStdString();
  test::MockCommandRun run;
  run.output = cloud::collectorOutputFor(json, guest::encodeTypableCode(parsed.evidence->facts));
  mock.setCommandRun(run);
  typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
  QTest::mouseClick(next(), Qt::LeftButton);
  ASSERT_NO_FATAL_FAILURE(readWithKey(1));
  ASSERT_EQ(window->guestEvidence(), nullptr);  // no evidence from inside the server before the action
  auto *collect = find<QPushButton>(u"cloudCollectButton"_s);
  ASSERT_TRUE(collect->isEnabled()) << find<QLabel>(u"cloudActionReason"_s)->text().toStdString();
  collect->click();
  ASSERT_NE(dialog(), nullptr);
  const QString plan = dialog()->findChild<QPlainTextEdit *>(u"cloudActionPlanText"_s)->toPlainText();
  EXPECT_TRUE(plan.contains(cloud::embeddedCollectorCommand().scriptSha256)) << plan.toStdString();
  dialog()->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->click();
  RDPD_TRY_VERIFY(!window->cloudPanel(1)->actionBox()->isRunning(), 20000);
  EXPECT_FALSE(find<QLabel>(u"cloudActionResult"_s)->property("error").toBool()) << result().toStdString();
  EXPECT_EQ(mock.changingCalls(), QStringList{u"RunCommand"_s});
  ASSERT_NE(window->guestEvidence(), nullptr);
  RDPD_TRY_VERIFY(session()->result(u"guest.firewall"_s).has_value() && !session()->isRunning(), 20000);
  EXPECT_EQ(session()->result(u"guest.firewall"_s)->status, Status::Fail);
}

TEST_F(CloudActionTest, cancel_while_the_snapshot_is_made_means_no_restart) {
  mock.hang(u"DescribeSnapshots"_s);
  ASSERT_NO_FATAL_FAILURE(readWithKey(11));
  find<QPushButton>(u"cloudRestartButton"_s)->click();
  ASSERT_NE(dialog(), nullptr);
  dialog()->findChild<QPushButton *>(u"cloudActionDoItButton"_s)->click();
  RDPD_TRY_VERIFY(mock.count(u"DescribeSnapshots"_s) >= 1, 10000);
  auto *cancel = find<QPushButton>(u"cloudActionCancelButton"_s);
  ASSERT_TRUE(cancel->isVisible());
  EXPECT_FALSE(find<QLabel>(u"cloudActionProgress"_s)->text().isEmpty());
  cancel->click();
  RDPD_TRY_VERIFY(!window->cloudPanel(11)->actionBox()->isRunning(), 5000);
  EXPECT_FALSE(cancel->isVisible());
  QTest::qWait(200);  // nothing is sent late
  EXPECT_EQ(mock.changingCalls(), QStringList{u"CreateSnapshot"_s});
  EXPECT_TRUE(find<QLabel>(u"cloudActionResult"_s)->property("error").toBool());
  EXPECT_FALSE(result().isEmpty());
  EXPECT_TRUE(find<QPushButton>(u"cloudRestartButton"_s)->isEnabled());
}
