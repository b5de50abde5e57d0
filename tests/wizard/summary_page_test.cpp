// The summary page: large verdict with its go-to-step button, the coloured strip of the eleven steps, ranked causes
// with their evidence one click away, the painted latency chart, and the report / ticket / session actions.
#include "wizard/summary_page.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include "checks/core/steps.h"
#include "checks/verdict/verdict.h"
#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/diagnostic_page.h"
#include "wizard/latency_chart.h"
#include "wizard/status_icons.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

class SummaryPageTest : public WizardTest {
 protected:
  // Diagnoses target to the end and opens the summary.
  void diagnose(const QString &target) {
    typeTarget(target);
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(window->currentId(), Page_Step1);
    RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 30000);
    ASSERT_TRUE(window->jumpTo(Page_Summary));
  }
  void diagnoseClosedPort() { diagnose(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort())); }
};

TEST_F(SummaryPageTest, verdict_is_large_and_its_button_names_the_step) {
  diagnoseClosedPort();
  auto *verdict = find<QLabel>(u"verdictLabel"_s);
  auto *advice = find<QLabel>(u"adviceLabel"_s);
  ASSERT_NE(verdict, nullptr);
  EXPECT_GT(verdict->font().pointSizeF(), advice->font().pointSizeF() * 1.4);
  const Cause first = session()->causes().first();
  auto *go = find<QPushButton>(u"goToStepButton"_s);
  ASSERT_TRUE(go->isVisible());
  EXPECT_TRUE(go->text().contains(QString::number(first.step)));
}

TEST_F(SummaryPageTest, step_strip_shows_each_step_state_and_jumps_there) {
  diagnoseClosedPort();
  for (int step = 1; step <= kStepCount; ++step) {
    auto *b = find<QToolButton>(u"stepStripButton%1"_s.arg(step));
    ASSERT_NE(b, nullptr) << step;
    const ShownState s = shownState(session()->stepStatus(step), false);
    EXPECT_EQ(b->property("state").toInt(), int(s)) << step;
    EXPECT_TRUE(b->accessibleName().contains(stateLabel(s))) << step;
  }
  // The port is closed: the step holding the connection check is not "passed".
  const int failing = session()->causes().first().step;
  auto *b = find<QToolButton>(u"stepStripButton%1"_s.arg(failing));
  EXPECT_NE(b->property("state").toInt(), int(ShownState::Pass));
  QTest::mouseClick(b, Qt::LeftButton);
  EXPECT_EQ(window->currentId(), pageForStep(failing));
}

TEST_F(SummaryPageTest, causes_are_ranked_and_one_click_shows_their_evidence) {
  diagnoseClosedPort();
  auto *causes = find<QTreeWidget>(u"causesView"_s);
  ASSERT_NE(causes, nullptr);
  const QList<Cause> ranked = session()->causes();
  ASSERT_EQ(causes->topLevelItemCount(), ranked.size());
  QTreeWidgetItem *top = causes->topLevelItem(0);
  EXPECT_TRUE(top->text(0).contains(causeSummary(ranked.first().id)));
  ASSERT_FALSE(ranked.first().supportingChecks.isEmpty());
  ASSERT_EQ(top->childCount(), ranked.first().supportingChecks.size());
  EXPECT_FALSE(top->isExpanded());
  QTest::mouseClick(causes->viewport(), Qt::LeftButton, {}, causes->visualItemRect(top).center());
  EXPECT_TRUE(top->isExpanded());
  const QString evidenceId = ranked.first().supportingChecks.first();
  EXPECT_EQ(top->child(0)->text(1), session()->result(evidenceId)->summary);
  EXPECT_TRUE(causes->visualItemRect(top->child(0)).isValid());
}

TEST(LatencyChart, computes_min_avg_max_and_paints_the_samples) {
  LatencyChart chart;
  chart.resize(320, 130);
  chart.setSamples(u"Ping"_s, {1.0, 2.0, 3.0, 10.0});
  EXPECT_DOUBLE_EQ(chart.minMs(), 1.0);
  EXPECT_DOUBLE_EQ(chart.avgMs(), 4.0);
  EXPECT_DOUBLE_EQ(chart.maxMs(), 10.0);
  EXPECT_TRUE(chart.statsText().contains(u"4.0"_s));
  EXPECT_TRUE(chart.statsText().contains(u"10.0"_s));
  const QImage img = chart.grab().toImage();
  const QColor line = chart.palette().color(QPalette::Highlight);
  int hits = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x)
      if (img.pixelColor(x, y) == line) ++hits;
  EXPECT_GT(hits, 20);  // the line and the points were drawn
  EXPECT_EQ(samplesFromFindings(QVariantList{1.5, QVariant(), 2.5}), (QList<double>{1.5, 2.5}));
}

TEST_F(SummaryPageTest, measured_connection_times_show_as_a_chart) {
  QTcpServer server;  // accepts (the kernel completes the handshake) and never answers
  ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
  diagnose(u"127.0.0.1:%1"_s.arg(server.serverPort()));
  const auto r = session()->result(u"net.tcp_latency"_s);
  ASSERT_TRUE(r.has_value());
  const QList<double> samples = samplesFromFindings(r->findings.value(u"samples_ms"_s));
  // The listener accepts every connection on loopback, so there are always samples: none is a failure.
  ASSERT_FALSE(samples.isEmpty()) << "net.tcp_latency measured no samples against a loopback listener";
  auto *chart = find<LatencyChart>(u"tcpLatencyChart"_s);
  ASSERT_NE(chart, nullptr);
  EXPECT_TRUE(chart->isVisible());
  EXPECT_EQ(chart->samples(), samples);
}

TEST_F(SummaryPageTest, report_is_saved_and_a_failed_save_loses_nothing) {
  diagnoseClosedPort();
  auto *page = window->summaryPage();
  QTemporaryDir dir;
  const QString md = dir.filePath(u"report.md"_s);
  ASSERT_TRUE(page->saveReport(md));
  QFile f(md);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(f.readAll());
  EXPECT_TRUE(text.contains(causeSummary(session()->causes().first().id)));
  const auto before = session()->results().keys();
  EXPECT_FALSE(page->saveReport(dir.filePath(u"missing/folder/report.html"_s)));
  auto *status = find<QLabel>(u"actionStatusLabel"_s);
  EXPECT_TRUE(status->property("error").toBool());
  EXPECT_FALSE(status->text().isEmpty());
  EXPECT_EQ(session()->results().keys(), before);
}

TEST_F(SummaryPageTest, ticket_summary_goes_to_the_clipboard_and_can_hide_addresses) {
  diagnoseClosedPort();
  find<QPushButton>(u"copyTicketButton"_s)->click();
  const QString plain = QGuiApplication::clipboard()->text();
  EXPECT_TRUE(plain.contains(u"127.0.0.1"_s)) << plain.toStdString();
  find<QCheckBox>(u"redactCheck"_s)->setChecked(true);
  find<QPushButton>(u"copyTicketButton"_s)->click();
  const QString hidden = QGuiApplication::clipboard()->text();
  EXPECT_FALSE(hidden.isEmpty());
  EXPECT_FALSE(hidden.contains(u"127.0.0.1"_s)) << hidden.toStdString();
}

TEST_F(SummaryPageTest, saved_session_opens_read_only_with_the_same_results) {
  diagnoseClosedPort();
  session()->setNote(3, u"Tried port 3390 too"_s);
  QTemporaryDir dir;
  const QString path = dir.filePath(u"case.rdpdoctor"_s);
  ASSERT_EQ(window->saveSession(path), QString());
  QString error;
  std::unique_ptr<WizardWindow> opened(WizardWindow::openSessionWindow(path, {}, &error));
  ASSERT_NE(opened, nullptr) << error.toStdString();
  opened->setAttribute(Qt::WA_DeleteOnClose, false);
  opened->show();
  EXPECT_TRUE(opened->isReadOnly());
  RDPD_TRY_VERIFY(opened->session()->isComplete(), 10000);
  const auto &a = session()->results();
  const auto &b = opened->session()->results();
  ASSERT_EQ(QSet<QString>(a.keyBegin(), a.keyEnd()), QSet<QString>(b.keyBegin(), b.keyEnd()));
  for (auto it = a.cbegin(); it != a.cend(); ++it) {
    EXPECT_EQ(b.value(it.key()).status, it->status) << it.key().toStdString();
    EXPECT_EQ(b.value(it.key()).summary, it->summary) << it.key().toStdString();
  }
  EXPECT_EQ(opened->session()->causes().first().id, session()->causes().first().id);
  EXPECT_EQ(opened->currentId(), Page_Summary);
  auto *banner = opened->summaryPage()->findChild<QLabel *>(u"readOnlyBanner"_s);
  ASSERT_NE(banner, nullptr);
  EXPECT_TRUE(banner->text().contains(u"read only"_s));
  EXPECT_TRUE(banner->text().contains(u"127.0.0.1"_s));
  EXPECT_TRUE(banner->text().contains(u"saved by"_s)) << "whose: the person who saved it";
  EXPECT_TRUE(banner->text().contains(QSysInfo::machineHostName())) << banner->text().toStdString();
  // The notes come along and cannot be edited (the page is built when opened).
  ASSERT_TRUE(opened->jumpTo(pageForStep(3)));
  auto *note = opened->stepPage(3)->findChild<QPlainTextEdit *>(u"noteEdit"_s);
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->toPlainText(), u"Tried port 3390 too"_s);
  EXPECT_TRUE(note->isReadOnly());

  // A damaged file is refused with a message.
  QFile bad(dir.filePath(u"bad.rdpdoctor"_s));
  ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
  bad.write("{ not json");
  bad.close();
  EXPECT_EQ(WizardWindow::openSessionWindow(bad.fileName(), {}, &error), nullptr);
  EXPECT_FALSE(error.isEmpty());
}
