// The error-message search box under the step list: looks up while typing, at any step, and feeds the verdict.
#include <QLabel>
#include <QPushButton>

#include "checks/lookup/error_lookup.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

TEST_F(WizardTest, error_search_explains_a_code_on_any_page) {
  auto *edit = window->findChild<QLineEdit *>(u"errorSearchEdit"_s);
  auto *result = window->findChild<QLabel *>(u"errorSearchResult"_s);
  ASSERT_NE(edit, nullptr);
  ASSERT_NE(result, nullptr);
  clickStepListEntry(Page_Step1 + 6);  // not only on the start page
  QTest::keyClicks(edit, u"0x204"_s);
  EXPECT_FALSE(result->text().isEmpty());
  EXPECT_TRUE(result->text().contains(u"step"_s)) << result->text().toStdString();
  edit->clear();
  QTest::keyClicks(edit, u"zzqx nothing like an error"_s);
  EXPECT_EQ(result->text(), lookup::ErrorLookup::standard().notRecognisedHint());
}

TEST_F(WizardTest, error_search_feeds_the_verdict) {
  typeTarget(u"127.0.0.1:%1"_s.arg(closedLoopbackPort()));
  QTest::mouseClick(next(), Qt::LeftButton);
  RDPD_TRY_VERIFY(session()->isComplete(), 10000);
  auto *edit = window->findChild<QLineEdit *>(u"errorSearchEdit"_s);
  auto *use = window->findChild<QPushButton *>(u"errorSearchUseButton"_s);
  ASSERT_NE(edit, nullptr);
  ASSERT_NE(use, nullptr);
  QTest::keyClicks(edit, u"no Remote Desktop license servers available"_s);
  QTest::mouseClick(use, Qt::LeftButton);
  RDPD_TRY_VERIFY(session()->results().contains(u"client.error_text"_s) &&
                      session()->results().value(u"client.error_text"_s).status != Status::Skipped,
                  5000);
  EXPECT_TRUE(session()->results().value(u"client.error_text"_s).findings.value(u"recognised"_s).toBool());
  EXPECT_EQ(session()->clientError(), u"no Remote Desktop license servers available"_s);
}
