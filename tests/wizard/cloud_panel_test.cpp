// The "Alibaba Cloud" tab without a key: the aliyun commands filled in with what is known; the JSON output of those
// commands imported from several files at once (the fixtures the cloud checks' own tests use) re-runs only the cloud
// checks and fills steps 1 and 3; a corrected public IP re-judges; a cut-off paste is refused with the importer's
// sentence and the pasted text stays; the start page's box and the panels share one set of settings.
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include "checks/cloud/cloud_access.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/cloud_import_box.h"
#include "wizard/cloud_panel.h"
#include "wizard/cloud_settings_form.h"
#include "wizard/diagnostic_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

QString fixturePath(const QString &name) {
  return QStringLiteral(RDPD_SOURCE_DIR) + u"/tests/fixtures/cloud/"_s + name;
}

QString rowText(DiagnosticPage *page, const QString &id) {
  auto *tree = page->findChild<QTreeWidget *>(u"checksView"_s);
  if (!tree) return {};
  for (int i = 0; i < tree->topLevelItemCount(); ++i)
    if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) return tree->topLevelItem(i)->text(1);
  return {};
}

}  // namespace

class CloudPanelTest : public WizardTest {
 protected:
  void startAndFinish() {
    typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(window->currentId(), Page_Step1);
    RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 20000);
  }
  // Types into a settings field of the panel on the current page, as a user would, and leaves it with Enter.
  void typeSetting(const QString &field, const QString &text) {
    auto *edit = find<QLineEdit>(field);
    ASSERT_NE(edit, nullptr) << field.toStdString();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();  // what leaving the field does (Enter would also press the wizard's Next)
  }
};

TEST_F(CloudPanelTest, the_cloud_tab_is_on_steps_1_3_6_and_11_and_the_commands_name_what_is_known) {
  for (int step = 1; step <= 11; ++step) {
    const bool cloudStep = step == 1 || step == 3 || step == 6 || step == 11;
    EXPECT_EQ(window->cloudPanel(step) != nullptr, cloudStep) << step;
  }
  ASSERT_TRUE(window->jumpTo(pageForStep(3)));
  auto *tabs = find<QTabWidget>(u"stepTabs"_s);
  ASSERT_NE(tabs, nullptr);
  EXPECT_EQ(tabs->tabText(tabs->count() - 1), u"Alibaba Cloud"_s);
  CloudImportBox *box = window->cloudPanel(3)->importBox();
  EXPECT_TRUE(box->commands().value(0).contains(u"<instance-id>"_s));
  typeSetting(u"cloudInstanceEdit"_s, u"i-bp1winrdp0doctor01"_s);
  typeSetting(u"cloudRegionEdit"_s, u"cn-hangzhou"_s);
  EXPECT_EQ(window->cloudAccess()->settings().instanceId, u"i-bp1winrdp0doctor01"_s);
  const QStringList commands = box->commands();
  EXPECT_TRUE(commands.value(0).contains(u"--InstanceId i-bp1winrdp0doctor01"_s)) << commands.value(0).toStdString();
  EXPECT_TRUE(commands.value(1).contains(u"--RegionId cn-hangzhou"_s)) << commands.value(1).toStdString();
  // Each command is shown with its copy button, which puts exactly that line on the clipboard.
  auto *shown = find<QLineEdit>(u"cloudCommand0"_s);
  ASSERT_NE(shown, nullptr);
  EXPECT_EQ(shown->text(), commands.value(0));
  find<QPushButton>(u"cloudCopyCommand0"_s)->click();
  EXPECT_EQ(QGuiApplication::clipboard()->text(), commands.value(0));
  // The same settings are on the start page's box (one set, shared) and on the other steps' panels.
  auto *startIp = window->cloudStartBox()->findChild<QLineEdit *>(u"cloudInstanceEdit"_s);
  ASSERT_NE(startIp, nullptr);
  EXPECT_EQ(startIp->text(), u"i-bp1winrdp0doctor01"_s);
}

TEST_F(CloudPanelTest, imported_files_rerun_only_the_cloud_checks_and_fill_steps_1_and_3) {
  startAndFinish();
  EXPECT_EQ(session()->result(u"cloud.instance_state"_s)->status, Status::Skipped);
  const QDateTime tcpAt = session()->result(u"net.tcp_connect"_s)->finishedAt;
  const QList<Cause> before = session()->causes();

  auto *tabs = find<QTabWidget>(u"stepTabs"_s);
  ASSERT_NE(tabs, nullptr);
  window->stepPage(1)->showExtraPanel(window->cloudPanel(1));
  typeSetting(u"cloudInstanceEdit"_s, u"i-bp1winrdp0doctor01"_s);
  typeSetting(u"cloudPublicIpEdit"_s, u"198.51.100.7"_s);
  window->cloudPanel(1)->importBox()->importFiles(
      {fixturePath(u"instance-attribute-running.json"_s), fixturePath(u"sg-rdpbase.json"_s),
       fixturePath(u"sg-officedrop.json"_s), fixturePath(u"assistant-status.json"_s),
       fixturePath(u"CPUUtilization.json"_s)});
  auto *status = find<QLabel>(u"cloudImportStatus"_s);
  ASSERT_NE(status, nullptr);
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr);
  EXPECT_EQ(session()->target().cloudEvidence, window->cloudAccess()->evidence());

  RDPD_TRY_VERIFY(!session()->isRunning() && session()->result(u"cloud.instance_state"_s).has_value() &&
                      session()->result(u"cloud.instance_state"_s)->status != Status::Skipped,
                  20000);
  EXPECT_EQ(session()->result(u"cloud.instance_state"_s)->status, Status::Pass);
  const auto sg = session()->result(u"cloud.security_group"_s);
  ASSERT_TRUE(sg.has_value());
  // The diagnosed port is not 3389: no rule of either group is for it.
  EXPECT_EQ(sg->status, Status::Fail);
  EXPECT_EQ(sg->findings.value(u"outcome"_s).toString(), u"no_rule_matches"_s);
  EXPECT_EQ(sg->findings.value(u"client_ip"_s).toString(), u"198.51.100.7"_s);
  // Only the cloud checks ran again: the remote result is the very one from before.
  EXPECT_EQ(session()->result(u"net.tcp_connect"_s)->finishedAt, tcpAt);
  EXPECT_TRUE(session()->isComplete());
  // The step pages list the results in their normal place.
  EXPECT_EQ(rowText(window->stepPage(1), u"cloud.instance_state"_s),
            session()->result(u"cloud.instance_state"_s)->summary);
  ASSERT_TRUE(window->jumpTo(pageForStep(3)));
  EXPECT_EQ(rowText(window->stepPage(3), u"cloud.security_group"_s), sg->summary);
  // Step 3's panel quotes the rule to add for exactly this computer.
  window->stepPage(3)->showExtraPanel(window->cloudPanel(3));
  auto *ruleSteps = find<QLabel>(u"cloudRuleConsoleSteps"_s);
  ASSERT_NE(ruleSteps, nullptr);
  EXPECT_TRUE(ruleSteps->isVisible());
  EXPECT_TRUE(ruleSteps->text().contains(u"198.51.100.7/32"_s)) << ruleSteps->text().toStdString();
  EXPECT_TRUE(find<QLineEdit>(u"cloudAuthorizeCommand"_s)->text().contains(u"AuthorizeSecurityGroup"_s));
  auto *source = find<QLabel>(u"cloudSourceLabel"_s);
  ASSERT_NE(source, nullptr);
  EXPECT_TRUE(source->text().contains(u"i-bp1winrdp0doctor01"_s)) << source->text().toStdString();
  // The commands now name the instance's own groups, one line per group.
  const QStringList commands = window->cloudPanel(3)->importBox()->commands();
  EXPECT_TRUE(commands.join(u'\n').contains(u"--SecurityGroupId sg-bp1officedrop00002"_s));

  // A corrected public IP re-judges at once (only the cloud checks again).
  typeSetting(u"cloudPublicIpEdit"_s, u"203.0.113.99"_s);
  RDPD_TRY_VERIFY(!session()->isRunning() && session()->result(u"cloud.security_group"_s).has_value() &&
                      session()->result(u"cloud.security_group"_s)->findings.value(u"client_ip"_s) == u"203.0.113.99"_s,
                  20000);
  EXPECT_EQ(session()->result(u"net.tcp_connect"_s)->finishedAt, tcpAt);

  // Forgetting the data skips the cloud checks again.
  find<QPushButton>(u"cloudForgetButton"_s)->click();
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  RDPD_TRY_VERIFY(!session()->isRunning() && session()->result(u"cloud.instance_state"_s).has_value() &&
                      session()->result(u"cloud.instance_state"_s)->status == Status::Skipped,
                  20000);
  EXPECT_EQ(session()->causes().size(), before.size());
}

TEST_F(CloudPanelTest, a_cut_off_paste_is_refused_with_the_importers_sentence_and_the_text_stays) {
  startAndFinish();
  window->stepPage(1)->showExtraPanel(window->cloudPanel(1));
  auto *paste = find<QPlainTextEdit>(u"cloudPasteEdit"_s);
  ASSERT_NE(paste, nullptr);
  const QString garbage = u"{\n  \"InstanceId\": \"i-bp1winrdp0doctor01\",\n  \"Status\": \"Runn"_s;
  paste->setPlainText(garbage);
  find<QPushButton>(u"cloudUsePasteButton"_s)->click();
  auto *status = find<QLabel>(u"cloudImportStatus"_s);
  ASSERT_NE(status, nullptr);
  EXPECT_TRUE(status->property("error").toBool());
  // The very sentence the CLI's --cloud-json importer gives for it.
  cloud::CloudEvidence scratch;
  const QString expected = cloud::addCloudDocuments(scratch, garbage.toUtf8(), u"The pasted text"_s);
  ASSERT_FALSE(expected.isEmpty());
  EXPECT_TRUE(status->text().contains(expected)) << status->text().toStdString();
  EXPECT_EQ(paste->toPlainText(), garbage);  // what the user pasted is kept to fix
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  EXPECT_FALSE(session()->isRunning());

  // In Chinese, the same refusal in Chinese.
  window->switchLanguage(u"zh_CN"_s);
  find<QPushButton>(u"cloudUsePasteButton"_s)->click();
  const QString zh = status->text();
  EXPECT_TRUE(std::any_of(zh.begin(), zh.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
      << zh.toStdString();
  EXPECT_FALSE(zh.contains(u"Not taken"_s) || zh.contains(u"The pasted text"_s)) << zh.toStdString();

  // A good paste (two documents one after the other) is taken and the box is emptied.
  QFile a(fixturePath(u"instance-attribute-running.json"_s)), b(fixturePath(u"sg-rdpbase.json"_s));
  ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
  paste->setPlainText(QString::fromUtf8(a.readAll() + "\n" + b.readAll()));
  find<QPushButton>(u"cloudUsePasteButton"_s)->click();
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  EXPECT_TRUE(paste->toPlainText().isEmpty());
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr);
  EXPECT_EQ(window->cloudAccess()->evidence()->documents.size(), 2);
}

TEST_F(CloudPanelTest, a_public_ip_that_is_not_an_address_is_explained_and_not_used) {
  ASSERT_TRUE(window->cloudStartBox() != nullptr);
  window->cloudStartBox()->setCloudChosen(true);
  auto *ip = window->cloudStartBox()->findChild<QLineEdit *>(u"cloudPublicIpEdit"_s);
  ASSERT_NE(ip, nullptr);
  EXPECT_TRUE(ip->isVisible());
  ip->setText(u"198.51.100"_s);
  auto *problem = window->cloudStartBox()->findChild<QLabel *>(u"cloudPublicIpProblem"_s);
  ASSERT_NE(problem, nullptr);
  EXPECT_TRUE(problem->isVisible());
  EXPECT_TRUE(problem->text().contains(u"198.51.100"_s));
  window->cloudStartBox()->form()->commit();
  ASSERT_TRUE(window->cloudAccess()->importFiles({fixturePath(u"instance-attribute-running.json"_s)}).isEmpty());
  EXPECT_TRUE(window->cloudAccess()->evidence()->clientPublicIp.isEmpty());
  EXPECT_EQ(ip->text(), u"198.51.100"_s);  // what was typed stays to be corrected
}

TEST_F(CloudPanelTest, cloud_data_given_before_the_run_goes_in_with_it_and_a_new_diagnosis_keeps_it) {
  // On the start page: "My server is on Alibaba Cloud", the instance and this computer's public IP.
  window->cloudStartBox()->setCloudChosen(true);
  for (const auto &[name, text] : {std::pair{u"cloudInstanceEdit"_s, u"i-bp1winrdp0doctor01"_s},
                                   std::pair{u"cloudPublicIpEdit"_s, u"198.51.100.7"_s}}) {
    auto *edit = window->cloudStartBox()->findChild<QLineEdit *>(name);
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, text);
  }
  // Browsing to step 1 before starting: the documents are taken and wait for the run.
  ASSERT_TRUE(window->cloudAccess()->importFiles({fixturePath(u"instance-attribute-running.json"_s)}).isEmpty());
  typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
  QTest::mouseClick(next(), Qt::LeftButton);  // leaving the start page hands its fields over
  EXPECT_EQ(window->cloudAccess()->settings().publicIp, u"198.51.100.7"_s);
  ASSERT_NE(session()->target().cloudEvidence, nullptr);
  EXPECT_EQ(session()->target().cloudEvidence->instanceId, u"i-bp1winrdp0doctor01"_s);
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 20000);
  EXPECT_EQ(session()->result(u"cloud.instance_state"_s)->status, Status::Pass);

  // A new diagnosis of another port: the settings and the imported data stay.
  ASSERT_TRUE(window->jumpTo(Page_Start));
  typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
  window->startPage()->findChild<QLineEdit *>(u"portEdit"_s)->setText(u"3390"_s);
  QTest::mouseClick(next(), Qt::LeftButton);
  EXPECT_EQ(window->cloudAccess()->settings().instanceId, u"i-bp1winrdp0doctor01"_s);
  EXPECT_EQ(session()->target().cloudEvidence, window->cloudAccess()->evidence());
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 20000);
  EXPECT_EQ(session()->result(u"cloud.instance_state"_s)->status, Status::Pass);
}
