// Step 1's "Collect evidence from the server" panel: pasted evidence reaches the guest checks on their step pages;
// a typed code with one wrong character is refused with its position and the evidence in use stays.
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

#include "checks/guest/evidence_import.h"
#include "checks/guest/local_collector.h"
#include "checks/guest/typable_code.h"
#include "tests/support/loopback.h"
#include "tests/support/powershell_stand_in.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/diagnostic_page.h"
#include "wizard/evidence_panel.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

QString fixturePath(const QString &name) {
  return QStringLiteral(RDPD_SOURCE_DIR) + u"/tests/fixtures/evidence/"_s + name;
}

QString readFixture(const QString &name) {
  QFile f(fixturePath(name));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

// Text of the row of check `id` on a step page, or empty when the page does not list it.
QString rowText(DiagnosticPage *page, const QString &id) {
  auto *tree = page->findChild<QTreeWidget *>(u"checksView"_s);
  if (!tree) return {};
  for (int i = 0; i < tree->topLevelItemCount(); ++i) {
    QTreeWidgetItem *it = tree->topLevelItem(i);
    if (it->data(0, Qt::UserRole).toString() == id) return it->text(1);
  }
  return {};
}

}  // namespace

class EvidencePanelTest : public WizardTest {
 protected:
  void startDiagnosis() {
    typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(window->currentId(), Page_Step1);
  }
  void pasteAndImport(const QString &text) {
    auto *paste = find<QPlainTextEdit>(u"evidencePasteEdit"_s);
    ASSERT_NE(paste, nullptr);
    paste->setPlainText(text);
    auto *button = find<QPushButton>(u"evidenceImportButton"_s);
    ASSERT_NE(button, nullptr);
    button->click();
  }
};

TEST_F(EvidencePanelTest, pasted_evidence_shows_a_guest_finding_on_its_step) {
  startDiagnosis();
  ASSERT_NE(find<QWidget>(u"evidencePanel"_s), nullptr);
  const QString text = readFixture(u"firewall-block-rule.json"_s);
  ASSERT_FALSE(text.isEmpty());
  // Console noise around the JSON, as a run-command window shows it.
  pasteAndImport(u"PS C:\\> .\\collect-rdp-evidence.ps1\r\n"_s + text + u"\r\nPS C:\\>"_s);
  auto *status = find<QLabel>(u"evidenceStatusLabel"_s);
  ASSERT_NE(status, nullptr);
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  ASSERT_NE(window->guestEvidence(), nullptr);
  RDPD_TRY_VERIFY(session()->result(u"guest.firewall"_s).has_value() && !session()->isRunning(), 20000);
  const auto r = session()->result(u"guest.firewall"_s);
  EXPECT_EQ(r->status, Status::Fail);
  // The step page lists it with its summary once opened (pages are built when first opened).
  ASSERT_TRUE(window->jumpTo(pageForStep(7)));
  const QString row = rowText(window->stepPage(7), u"guest.firewall"_s);
  EXPECT_EQ(row, r->summary);
  EXPECT_FALSE(row.isEmpty());
}

TEST_F(EvidencePanelTest, a_code_with_one_wrong_character_is_refused_with_its_position_and_nothing_changes) {
  startDiagnosis();
  pasteAndImport(readFixture(u"high-cpu.json"_s));
  ASSERT_NE(window->guestEvidence(), nullptr);
  const auto before = window->guestEvidence();
  RDPD_TRY_VERIFY(session()->result(u"guest.cpu"_s).has_value() && !session()->isRunning(), 20000);
  const CheckResult cpuBefore = *session()->result(u"guest.cpu"_s);

  // A good code for other evidence, then one character of its second group changed.
  const guest::ImportResult other = guest::EvidenceImport::fromFile(fixturePath(u"port-changed.json"_s));
  ASSERT_TRUE(other.ok()) << other.message.toStdString();
  QString code = guest::encodeTypableCode(other.evidence->facts);
  ASSERT_TRUE(code.startsWith(u"R1-"_s));
  const int pos = 3 + 6 + 2;  // "R1-" + group 1 + "-", third character of group 2
  code[pos] = code[pos] == u'7' ? u'8' : u'7';

  auto *codeEdit = find<QLineEdit>(u"evidenceCodeEdit"_s);
  ASSERT_NE(codeEdit, nullptr);
  codeEdit->setText(code);
  find<QPushButton>(u"evidenceImportButton"_s)->click();
  auto *status = find<QLabel>(u"evidenceStatusLabel"_s);
  EXPECT_TRUE(status->property("error").toBool());
  EXPECT_TRUE(status->text().contains(u"group 2"_s)) << status->text().toStdString();
  EXPECT_TRUE(status->text().contains(u"character 3"_s)) << status->text().toStdString();
  // The wrong character is selected for the user to fix; the typed code is not lost.
  EXPECT_EQ(codeEdit->text(), code);
  EXPECT_EQ(codeEdit->selectionStart(), pos);
  // Nothing already shown changed: same evidence, no new run, same guest finding.
  EXPECT_EQ(window->guestEvidence(), before);
  EXPECT_FALSE(session()->isRunning());
  ASSERT_TRUE(session()->result(u"guest.cpu"_s).has_value());
  EXPECT_EQ(session()->result(u"guest.cpu"_s)->summary, cpuBefore.summary);
  EXPECT_EQ(session()->result(u"guest.cpu"_s)->status, cpuBefore.status);

  // The corrected code is accepted.
  codeEdit->setText(guest::encodeTypableCode(other.evidence->facts));
  find<QPushButton>(u"evidenceImportButton"_s)->click();
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  EXPECT_NE(window->guestEvidence(), before);
}

TEST_F(EvidencePanelTest, the_script_can_be_read_and_the_command_names_it) {
  EXPECT_TRUE(EvidencePanel::scriptText().contains(u"RDP Doctor evidence collector"_s));
  EXPECT_TRUE(EvidencePanel::oneLineCommand().contains(u"collect-rdp-evidence.ps1"_s));
}

// "Check this computer": hidden where Windows PowerShell is missing (here); with a stand-in interpreter
// (tests/support/powershell_stand_in.h) it runs and the evidence reaches the diagnosis like an imported file; a
// failing run leaves the evidence in use untouched.
TEST_F(EvidencePanelTest, check_this_computer_runs_the_script_here_and_its_failure_changes_nothing) {
  startDiagnosis();
  auto *panel = find<EvidencePanel>(u"evidencePanel"_s);
  ASSERT_NE(panel, nullptr);
  auto *button = find<QPushButton>(u"checkThisComputerButton"_s);
  ASSERT_NE(button, nullptr);
#ifndef Q_OS_WIN
  EXPECT_TRUE(button->isHidden()) << "offered without Windows PowerShell";
#endif
  rdpd::test::PowerShellStandIn standIn;
  standIn.use(*panel->localCollector(), rdpd::test::PowerShellStandIn::Mode::SavesSample,
              fixturePath(u"rdp-disabled.json"_s));
  panel->refreshLocalCheck();
  EXPECT_FALSE(button->isHidden());
  RDPD_TRY_VERIFY(!session()->isRunning(), 20000);
  button->click();
  auto *status = find<QLabel>(u"evidenceStatusLabel"_s);
  RDPD_TRY_VERIFY(window->guestEvidence() != nullptr, 10000);
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  RDPD_TRY_VERIFY(session()->result(u"guest.rdp_enabled"_s).has_value() && !session()->isRunning(), 20000);
  EXPECT_EQ(session()->result(u"guest.rdp_enabled"_s)->status, Status::Fail);
  const auto inUse = window->guestEvidence();

  // A failing run: the message says so, the script's words are one hover away, the evidence stays.
  standIn.use(*panel->localCollector(), rdpd::test::PowerShellStandIn::Mode::Fails);
  button->click();
  RDPD_TRY_VERIFY(status->property("error").toBool(), 10000);
  EXPECT_TRUE(status->toolTip().contains(u"Access is denied."_s)) << status->toolTip().toStdString();
  EXPECT_EQ(window->guestEvidence(), inUse);
}
