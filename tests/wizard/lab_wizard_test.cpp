// The training lab from the start page, end to end: pick a scenario, start it, the wizard diagnoses the pretend
// server on loopback and the summary gives the scenario's expected cause; "Reveal the answer" shows it; the lab
// stops with the window.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include "checks/lab/lab_scenario.h"
#include "checks/verdict/verdict.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/first_run.h"
#include "wizard/lab_panel.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

class LabWizardTest : public WizardTest {
 protected:
  // Starts scenario `id` from the start page as a user would and waits for the diagnosis.
  void runScenario(const QString &id) {
    ASSERT_NO_FATAL_FAILURE(clickStartLab(id));
    ASSERT_TRUE(session()->target().host == u"127.0.0.1"_s);
    RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 60000);
    ASSERT_TRUE(window->jumpTo(Page_Summary));
  }
};

TEST_F(LabWizardTest, two_scenarios_end_to_end_give_their_expected_verdict) {
  auto *combo = window->startPage()->findChild<QComboBox *>(u"labScenarioCombo"_s);
  ASSERT_NE(combo, nullptr);
  ASSERT_GE(combo->count(), 2);
  // Titles in the current language.
  const lab::ScenarioParse disabled = lab::loadScenario(u"rdp-disabled"_s);
  ASSERT_TRUE(disabled.ok());
  EXPECT_EQ(combo->itemText(combo->findData(u"rdp-disabled"_s)), disabled.scenario->title.en);

  for (const QString &id : {u"rdp-disabled"_s, u"port-changed"_s}) {
    SCOPED_TRACE(id.toStdString());
    const lab::ScenarioParse p = lab::loadScenario(id);
    ASSERT_TRUE(p.ok()) << p.message.toStdString();
    runScenario(id);
    if (HasFatalFailure()) return;
    ASSERT_FALSE(session()->causes().isEmpty());
    EXPECT_EQ(session()->causes().first().id, p.scenario->expectedCause);
    EXPECT_EQ(find<QLabel>(u"verdictLabel"_s)->text(), causeSummary(p.scenario->expectedCause));
    // The answer stays hidden until the presenter reveals it.
    auto *answer = find<QLabel>(u"labAnswerLabel"_s);
    ASSERT_NE(answer, nullptr);
    EXPECT_FALSE(answer->isVisible());
    QTest::mouseClick(find<QPushButton>(u"revealAnswerButton"_s), Qt::LeftButton);
    EXPECT_TRUE(answer->isVisible());
    EXPECT_TRUE(answer->text().contains(causeSummary(p.scenario->expectedCause)));
  }
  window->close();
  EXPECT_FALSE(window->isLabRunning());
}

TEST_F(LabWizardTest, presenter_mode_enlarges_the_text_and_a_bad_scenario_says_why) {
  const qreal normal = window->font().pointSizeF();
  find<QWidget>(u"presenterCheck"_s)->setProperty("checked", true);
  EXPECT_TRUE(window->presenterMode());
  EXPECT_GT(window->font().pointSizeF(), normal * 1.2);
  EXPECT_FALSE(window->startLab(u"no-such-scenario"_s));
  auto *message = find<QLabel>(u"labMessageLabel"_s);
  EXPECT_TRUE(message->property("error").toBool());
  EXPECT_FALSE(message->text().isEmpty());
  EXPECT_EQ(window->currentId(), Page_Start);
}

// First run (what scripts/run.sh does on a new machine): the start page welcomes the new user to the lab, once per
// user profile; starting a scenario takes the welcome away.
TEST_F(LabWizardTest, the_first_run_welcomes_a_new_user_to_the_lab_once) {
  QTemporaryDir settingsDir;
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
  auto *welcome = find<QLabel>(u"labWelcomeLabel"_s);
  ASSERT_NE(welcome, nullptr);
  EXPECT_TRUE(welcome->isHidden()) << "welcomed without being asked";
  ASSERT_TRUE(consumeFirstRun());
  EXPECT_FALSE(consumeFirstRun()) << "the welcome must come only once";
  window->welcomeNewUser();
  EXPECT_FALSE(welcome->isHidden());
  EXPECT_FALSE(welcome->text().isEmpty());
  auto *combo = find<QComboBox>(u"labScenarioCombo"_s);
  EXPECT_EQ(combo->currentData().toString(), u"port-changed"_s);
  QTest::mouseClick(find<QPushButton>(u"labStartButton"_s), Qt::LeftButton);
  EXPECT_TRUE(welcome->isHidden());
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 60000);
}
