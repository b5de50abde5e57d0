// Walking the wizard: start -> 11 steps -> summary with the mouse and with the keyboard, jumping from the side list,
// and the live results of a real loopback target.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

#include "checks/core/steps.h"
#include "checks/verdict/verdict.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/check_details_dialog.h"
#include "wizard/diagnostic_page.h"
#include "wizard/status_icons.h"
#include "wizard/step_list.h"
#include "wizard/summary_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {
QString closedTarget() { return u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()); }
}  // namespace

TEST_F(WizardTest, mouse_clicks_through_every_page_to_the_summary) {
  typeTarget(closedTarget());
  ASSERT_TRUE(next()->isEnabled());
  QTest::mouseClick(next(), Qt::LeftButton);
  ASSERT_EQ(window->currentId(), Page_Step1);
  EXPECT_TRUE(session()->hasStarted());
  for (int step = 1; step <= kStepCount; ++step) {
    ASSERT_EQ(window->currentId(), pageForStep(step));
    EXPECT_TRUE(window->currentPage()->title().contains(stepTitle(step)));
    ASSERT_NE(find<QTreeWidget>(u"checksView"_s), nullptr);
    ASSERT_TRUE(next()->isVisible());
    QTest::mouseClick(next(), Qt::LeftButton);
  }
  ASSERT_EQ(window->currentId(), Page_Summary);
  QAbstractButton *finish = window->button(QWizard::FinishButton);
  EXPECT_TRUE(finish->isVisible());
  RDPD_TRY_VERIFY(!session()->isRunning(), 15000);
  auto *verdict = find<QLabel>(u"verdictLabel"_s);
  ASSERT_NE(verdict, nullptr);
  const QList<Cause> causes = session()->causes();
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(verdict->text(), causeSummary(causes.first().id));
  auto *findings = find<QTreeWidget>(u"findingsView"_s);
  ASSERT_NE(findings, nullptr);
  EXPECT_EQ(findings->topLevelItemCount(), kStepCount);
  QTest::mouseClick(finish, Qt::LeftButton);
  EXPECT_EQ(window->result(), QDialog::Accepted);
}

TEST_F(WizardTest, keyboard_alone_walks_every_page) {
  auto *host = window->startPage()->findChild<QLineEdit *>(u"hostEdit"_s);
  host->setFocus();
  RDPD_TRY_VERIFY(host->hasFocus(), 5000);
  QTest::keyClicks(QApplication::focusWidget(), closedTarget());
  // Tab order: address -> port -> other ports -> client error -> language.
  pressKey(Qt::Key_Tab);
  EXPECT_EQ(QApplication::focusWidget()->objectName(), u"portEdit"_s);
  pressKey(Qt::Key_Tab);
  EXPECT_EQ(QApplication::focusWidget()->objectName(), u"extraPortsEdit"_s);
  pressKey(Qt::Key_Tab);
  EXPECT_EQ(QApplication::focusWidget()->objectName(), u"clientErrorEdit"_s);
  pressKey(Qt::Key_Tab);
  EXPECT_EQ(QApplication::focusWidget()->objectName(), u"languageCombo"_s);
  pressKey(Qt::Key_Return);  // Enter = Start diagnosis
  ASSERT_EQ(window->currentId(), Page_Step1);
  for (int step = 1; step <= kStepCount; ++step) {
    ASSERT_EQ(window->currentId(), pageForStep(step)) << "Enter did not move on from step " << step - 1;
    pressKey(Qt::Key_Return);
  }
  EXPECT_EQ(window->currentId(), Page_Summary);
  // Alt+B goes back (the mnemonic of QWizard's Back button).
  EXPECT_EQ(QApplication::activeWindow(), window.get());
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
  RDPD_TRY_COMPARE(window->currentId(), pageForStep(11),
                   5000);  // a mnemonic "animates" the click: it lands a moment later
}

TEST_F(WizardTest, side_list_jumps_to_step_7_and_back) {
  const QString target = closedTarget();
  typeTarget(target);
  clickStepListEntry(pageForStep(7));
  ASSERT_EQ(window->currentId(), pageForStep(7));
  EXPECT_TRUE(session()->hasStarted());  // leaving the start page started the diagnosis
  clickStepListEntry(pageForStep(2));
  ASSERT_EQ(window->currentId(), pageForStep(2));
  clickStepListEntry(pageForStep(7));
  ASSERT_EQ(window->currentId(), pageForStep(7));
  // Next after a jump continues in page order.
  QTest::mouseClick(next(), Qt::LeftButton);
  EXPECT_EQ(window->currentId(), pageForStep(8));
  clickStepListEntry(Page_Start);
  EXPECT_EQ(window->currentId(), Page_Start);
  EXPECT_EQ(window->startPage()->findChild<QLineEdit *>(u"hostEdit"_s)->text(), target);  // survived the trip
}

TEST_F(WizardTest, side_list_jumps_with_the_keyboard_without_also_pressing_next) {
  auto *list = window->findChild<QListWidget *>(u"stepList"_s);
  list->setFocus();
  RDPD_TRY_VERIFY(list->hasFocus(), 5000);
  list->setCurrentRow(pageForStep(5));
  pressKey(Qt::Key_Return);
  EXPECT_EQ(window->currentId(), pageForStep(5));  // not 6: Enter must not reach the Next button as well
  EXPECT_FALSE(session()->hasStarted());           // no address: browsing only
}

TEST_F(WizardTest, closed_port_shows_refused_on_step_3_within_a_second) {
  typeTarget(closedTarget());
  clickStepListEntry(pageForStep(3));
  ASSERT_EQ(window->currentId(), pageForStep(3));
  auto *view = find<QTreeWidget>(u"checksView"_s);
  ASSERT_NE(view, nullptr);
  QTreeWidgetItem *item = nullptr;
  for (int i = 0; i < view->topLevelItemCount(); ++i) {
    if (view->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"net.tcp_connect"_s) item = view->topLevelItem(i);
  }
  ASSERT_NE(item, nullptr);
  RDPD_TRY_VERIFY(session()->result(u"net.tcp_connect"_s).has_value(), 1000);
  const CheckResult r = *session()->result(u"net.tcp_connect"_s);
  EXPECT_EQ(r.findings.value(u"state"_s).toString(), u"refused"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(item->text(1), r.summary);
  EXPECT_TRUE(item->text(1).contains(u"refused"_s)) << item->text(1).toStdString();

  // The explanation is one click away, without blocking the window.
  view->setCurrentItem(item);
  QTest::mouseClick(find<QPushButton>(u"detailsButton"_s), Qt::LeftButton);
  CheckDetailsDialog *dlg = nullptr;
  RDPD_TRY_VERIFY((dlg = window->findChild<CheckDetailsDialog *>()) != nullptr && dlg->isVisible(), 5000);
  auto *explanation = dlg->findChild<QTextBrowser *>(u"detailsExplanation"_s);
  ASSERT_NE(explanation, nullptr);
  EXPECT_EQ(explanation->toPlainText(), session()->registry().explain(r));
  EXPECT_FALSE(explanation->toPlainText().isEmpty());
  auto *table = dlg->findChild<QTableWidget *>(u"evidenceTable"_s);
  ASSERT_NE(table, nullptr);
  bool sawState = false;
  for (int row = 0; row < table->rowCount(); ++row) {
    if (table->item(row, 0)->text() == u"state"_s) sawState = table->item(row, 1)->text() == u"refused"_s;
  }
  EXPECT_TRUE(sawState);
  dlg->close();

  // The fix article for a refused port sits on top of the step's own instructions when it exists.
  auto *panel = find<QTextBrowser>(u"fixPanel"_s);
  ASSERT_NE(panel, nullptr);
  if (window->content().hasFix(r.fixId, u"en"_s)) {
    QTextDocument fix;
    fix.setMarkdown(window->content().fixMarkdown(r.fixId, u"en"_s));
    const QString firstLine = fix.toPlainText().section(u'\n', 0, 0);
    EXPECT_TRUE(panel->toPlainText().startsWith(firstLine));
  }
}

TEST_F(WizardTest, status_icons_follow_results_in_the_side_list) {
  typeTarget(closedTarget());
  clickStepListEntry(pageForStep(3));
  RDPD_TRY_VERIFY(session()->stepStatus(3).has_value() && !session()->isStepRunning(3), 3000);
  auto *list = window->findChild<QListWidget *>(u"stepList"_s);
  const QString a11y = list->item(pageForStep(3))->data(Qt::AccessibleTextRole).toString();
  EXPECT_TRUE(a11y.endsWith(stateLabel(ShownState::Fail))) << a11y.toStdString();
}

TEST_F(WizardTest, every_interactive_control_has_an_accessible_name) {
  for (int id = Page_Start; id <= Page_Summary; ++id) {
    window->jumpTo(id);
    ASSERT_EQ(window->currentId(), id);
    const QList<QWidget *> widgets = window->currentPage()->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
      const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                               qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                               qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
      if (!interactive || !w->isVisibleTo(window->currentPage())) continue;
      if (qobject_cast<QAbstractItemView *>(w->parentWidget())) continue;  // the views' own editors
      EXPECT_FALSE(w->accessibleName().isEmpty())
          << "page " << id << ": " << w->metaObject()->className() << " " << w->objectName().toStdString();
    }
  }
  for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton}) {
    EXPECT_FALSE(window->button(b)->accessibleName().isEmpty());
  }
  EXPECT_FALSE(window->findChild<QListWidget *>(u"stepList"_s)->accessibleName().isEmpty());
}

TEST_F(WizardTest, confirmations_and_notes_are_kept_in_the_session) {
  window->jumpTo(pageForStep(2));
  auto *box = find<QCheckBox>(u"confirm_password.restarted_after_reset"_s);
  ASSERT_NE(box, nullptr);
  QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() / 2, box->height() / 2));
  EXPECT_TRUE(session()->isConfirmed(u"password.restarted_after_reset"_s));
  auto *note = find<QPlainTextEdit>(u"noteEdit"_s);
  ASSERT_NE(note, nullptr);
  QTest::keyClicks(note, u"reset at 10:00"_s);
  EXPECT_EQ(session()->note(2), u"reset at 10:00"_s);
  window->jumpTo(Page_Summary);
  window->jumpTo(pageForStep(2));
  EXPECT_TRUE(find<QCheckBox>(u"confirm_password.restarted_after_reset"_s)->isChecked());
  EXPECT_EQ(find<QPlainTextEdit>(u"noteEdit"_s)->toPlainText(), u"reset at 10:00"_s);
}

TEST_F(WizardTest, summary_verdict_button_goes_to_the_step_that_fixes_it) {
  typeTarget(closedTarget());
  clickStepListEntry(Page_Summary);
  ASSERT_EQ(window->currentId(), Page_Summary);
  RDPD_TRY_VERIFY(!session()->isRunning(), 15000);
  const QList<Cause> causes = session()->causes();
  ASSERT_FALSE(causes.isEmpty());
  ASSERT_GE(causes.first().step, 1) << causes.first().id.toStdString();
  EXPECT_EQ(find<QLabel>(u"adviceLabel"_s)->text(), causeAdvice(causes.first()));
  auto *go = find<QPushButton>(u"goToStepButton"_s);
  ASSERT_NE(go, nullptr);
  ASSERT_TRUE(go->isVisible());
  EXPECT_TRUE(go->text().contains(QString::number(causes.first().step)));
  QTest::mouseClick(go, Qt::LeftButton);
  EXPECT_EQ(window->currentId(), pageForStep(causes.first().step));
  // The summary is reachable again and still offers Finish, not Next.
  clickStepListEntry(Page_Summary);
  ASSERT_EQ(window->currentId(), Page_Summary);
  EXPECT_TRUE(window->button(QWizard::FinishButton)->isVisible());
  EXPECT_FALSE(next()->isVisible());
}
