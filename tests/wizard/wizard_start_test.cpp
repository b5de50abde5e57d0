// Start page: inline validation in the user's language, Next disabled while invalid, typed text kept.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "tests/support/loopback.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/start_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

TEST_F(WizardTest, port_113322_is_explained_and_next_stays_disabled) {
  typeTarget(u"203.0.113.10:113322"_s);
  auto *error = find<QLabel>(u"targetErrorLabel"_s);
  ASSERT_NE(error, nullptr);
  EXPECT_TRUE(error->isVisible());
  EXPECT_TRUE(error->text().contains(u"113322"_s)) << error->text().toStdString();
  EXPECT_TRUE(error->text().contains(u"65535"_s));
  EXPECT_FALSE(next()->isEnabled());
  EXPECT_EQ(find<QLineEdit>(u"hostEdit"_s)->text(), u"203.0.113.10:113322"_s);

  // Enter does not leave the page while the address is invalid.
  find<QLineEdit>(u"hostEdit"_s)->setFocus();
  QTest::keyClick(find<QLineEdit>(u"hostEdit"_s), Qt::Key_Return);
  EXPECT_EQ(window->currentId(), Page_Start);
  EXPECT_FALSE(session()->hasStarted());

  // Fixing the port in place enables Next and hides the explanation.
  auto *host = find<QLineEdit>(u"hostEdit"_s);
  QTest::keyClick(host, Qt::Key_End);
  for (int i = 0; i < 6; ++i) QTest::keyClick(host, Qt::Key_Backspace);
  QTest::keyClicks(host, u"5588"_s);
  EXPECT_EQ(host->text(), u"203.0.113.10:5588"_s);
  EXPECT_TRUE(next()->isEnabled());
  EXPECT_FALSE(error->isVisible());
}

TEST_F(WizardTest, separate_port_field_is_validated_too) {
  typeTarget(u"example.invalid"_s);
  EXPECT_TRUE(next()->isEnabled());
  QTest::keyClicks(find<QLineEdit>(u"portEdit"_s), u"70000"_s);
  EXPECT_FALSE(next()->isEnabled());
  EXPECT_TRUE(find<QLabel>(u"targetErrorLabel"_s)->text().contains(u"70000"_s));
}

TEST_F(WizardTest, explanation_follows_the_language_switch) {
  typeTarget(u"203.0.113.10:113322"_s);
  auto *error = find<QLabel>(u"targetErrorLabel"_s);
  ASSERT_FALSE(error->text().isEmpty());
  auto *combo = find<QComboBox>(u"languageCombo"_s);
  ASSERT_NE(combo, nullptr);
  combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
  EXPECT_EQ(currentLanguage(), u"zh_CN"_s);
  // Whatever the catalogue holds, the label shows exactly what the Target context says in Chinese now.
  EXPECT_EQ(error->text(), describeTargetError(parseTarget(u"203.0.113.10:113322"_s)));
  EXPECT_EQ(find<QLineEdit>(u"hostEdit"_s)->text(), u"203.0.113.10:113322"_s);
}

TEST_F(WizardTest, client_error_text_reaches_the_session) {
  typeTarget(u"127.0.0.1:1"_s);
  auto *client = find<QPlainTextEdit>(u"clientErrorEdit"_s);
  ASSERT_NE(client, nullptr);
  QTest::keyClicks(client, u"An internal error has occurred."_s);
  QTest::mouseClick(next(), Qt::LeftButton);
  EXPECT_EQ(window->currentId(), Page_Step1);
  EXPECT_EQ(session()->clientError(), u"An internal error has occurred."_s);
  EXPECT_EQ(session()->target().clientError, u"An internal error has occurred."_s);
  session()->cancel();
}

// "Other ports to try": a bad entry is explained and blocks Next without losing any text; good ones (commas,
// spaces or the Chinese comma) reach the diagnosis, where net.alt_ports tests them.
TEST_F(WizardTest, other_ports_to_try_are_validated_and_reach_the_diagnosis) {
  typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
  auto *extra = find<QLineEdit>(u"extraPortsEdit"_s);
  ASSERT_NE(extra, nullptr);
  auto *error = find<QLabel>(u"targetErrorLabel"_s);
  extra->setText(u"5588, 99999"_s);
  EXPECT_FALSE(next()->isEnabled());
  EXPECT_FALSE(error->isHidden());
  EXPECT_TRUE(error->text().contains(u"99999"_s)) << error->text().toStdString();
  extra->setText(u"1,2,3,4,5,6,7,8,9"_s);
  EXPECT_FALSE(next()->isEnabled()) << "nine ports is a scan, not a suspicion";
  const int other = rdpd::test::closedLoopbackPort();
  extra->setText(u"%1，%1 4389"_s.arg(other));
  EXPECT_TRUE(next()->isEnabled());
  EXPECT_TRUE(error->isHidden());
  EXPECT_EQ(extra->text(), u"%1，%1 4389"_s.arg(other));
  QTest::mouseClick(next(), Qt::LeftButton);
  ASSERT_EQ(window->currentId(), Page_Step1);
  EXPECT_EQ(session()->target().extraPorts, (QList<int>{other, 4389}));
}
