// Cancelling: a check hanging on a silently dropping port stops within ~500 ms when the user presses Cancel, and the
// window stays responsive. The "filtered" port is a loopback listener whose accept queue is full (no root needed).
#include <QElapsedTimer>
#include <QPushButton>
#include <QTreeWidget>

#include "tests/support/full_backlog_listener.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

TEST(FullBacklogListener, connects_to_it_hang_like_a_filtered_port) {
  RDPD_SKIP_UNLESS_LINUX(u"Windows answers a connection to a full accept queue with a reset, it does not drop it"_s);
  rdpd::test::FullBacklogListener listener;
  ASSERT_NE(listener.port(), 0);
  EXPECT_TRUE(listener.connectHangs(200));
}

TEST_F(WizardTest, cancel_stops_a_hanging_connect_within_half_a_second) {
  rdpd::test::FullBacklogListener listener;
  ASSERT_NE(listener.port(), 0);
  RDPD_REQUIRE_HANGING_CONNECT(listener);
  typeTarget(u"127.0.0.1:%1"_s.arg(listener.port()));
  clickStepListEntry(pageForStep(3));
  ASSERT_EQ(window->currentId(), pageForStep(3));
  RDPD_TRY_VERIFY(session()->isCheckRunning(u"net.tcp_connect"_s), 2000);

  auto *cancel = find<QPushButton>(u"cancelChecksButton"_s);
  ASSERT_NE(cancel, nullptr);
  RDPD_TRY_VERIFY(cancel->isVisible() && cancel->isEnabled(), 5000);
  QElapsedTimer t;
  t.start();
  QTest::mouseClick(cancel, Qt::LeftButton);
  RDPD_TRY_VERIFY(session()->result(u"net.tcp_connect"_s).has_value(), 2000);
  EXPECT_LT(t.elapsed(), 2000);  // far below the check's timeout; generous for a busy machine
  const CheckResult r = *session()->result(u"net.tcp_connect"_s);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_TRUE(r.findings.value(u"cancelled"_s).toBool());
  RDPD_TRY_VERIFY(!session()->isRunning(), 500);
  EXPECT_FALSE(cancel->isVisible());

  // Responsive: the page shows the new state and the user can move on at once.
  auto *view = find<QTreeWidget>(u"checksView"_s);
  for (int i = 0; i < view->topLevelItemCount(); ++i) {
    if (view->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"net.tcp_connect"_s) {
      EXPECT_EQ(view->topLevelItem(i)->text(1), r.summary);
    }
  }
  QTest::mouseClick(next(), Qt::LeftButton);
  EXPECT_EQ(window->currentId(), pageForStep(4));
}

TEST_F(WizardTest, wizard_cancel_button_stops_running_checks) {
  rdpd::test::FullBacklogListener listener;
  RDPD_REQUIRE_HANGING_CONNECT(listener);
  typeTarget(u"127.0.0.1:%1"_s.arg(listener.port()));
  QTest::mouseClick(next(), Qt::LeftButton);
  RDPD_TRY_VERIFY(session()->isCheckRunning(u"net.tcp_connect"_s), 2000);
  QTest::mouseClick(window->button(QWizard::CancelButton), Qt::LeftButton);
  EXPECT_FALSE(session()->isRunning());
  EXPECT_EQ(window->result(), QDialog::Rejected);
}

TEST_F(WizardTest, rerun_runs_the_step_again) {
  typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
  clickStepListEntry(pageForStep(3));
  RDPD_TRY_VERIFY(!session()->isRunning(), 15000);
  const QDateTime first = session()->result(u"net.tcp_connect"_s)->finishedAt;
  auto *rerun = find<QPushButton>(u"rerunButton"_s);
  ASSERT_TRUE(rerun->isEnabled());
  QTest::mouseClick(rerun, Qt::LeftButton);
  RDPD_TRY_VERIFY(session()->result(u"net.tcp_connect"_s).has_value() &&
                      session()->result(u"net.tcp_connect"_s)->finishedAt > first,
                  3000);
  EXPECT_TRUE(session()->result(u"net.dns"_s).has_value());  // the dependency was reused, not dropped
}

TEST_F(WizardTest, back_stops_a_hanging_connect_and_keeps_finished_results) {
  rdpd::test::FullBacklogListener listener;
  ASSERT_NE(listener.port(), 0);
  RDPD_REQUIRE_HANGING_CONNECT(listener);
  typeTarget(u"127.0.0.1:%1"_s.arg(listener.port()));
  QTest::mouseClick(next(), Qt::LeftButton);  // start -> step 1, the diagnosis starts
  QTest::mouseClick(next(), Qt::LeftButton);  // step 2
  ASSERT_EQ(window->currentId(), pageForStep(2));
  RDPD_TRY_VERIFY(session()->isCheckRunning(u"net.tcp_connect"_s), 2000);
  RDPD_TRY_VERIFY(session()->result(u"target.validate"_s).has_value(), 2000);
  QElapsedTimer t;
  t.start();
  QTest::mouseClick(window->button(QWizard::BackButton), Qt::LeftButton);
  EXPECT_EQ(window->currentId(), pageForStep(1)) << "Back from step 2 to step 1, not to the start page";
  RDPD_TRY_VERIFY(!session()->isRunning(), 2000);
  EXPECT_LT(t.elapsed(), 2000);  // far below the check's timeout; generous for a busy machine
  EXPECT_TRUE(session()->result(u"net.tcp_connect"_s)->findings.value(u"cancelled"_s).toBool());
  EXPECT_EQ(session()->result(u"target.validate"_s)->status, Status::Pass) << "finished results are kept";
}
