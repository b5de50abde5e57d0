// CheckRunner: concurrency, dependencies, per-check timeouts and prompt cancellation, with test-only checks.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

#include "checks/core/registry.h"
#include "checks/core/runner.h"
#include "tests/support/qt_wait.h"
#include "tests/support/timing.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

// Works for `workMs` (in 5 ms slices, honouring the token), then passes. Ignores the token when `stubborn`.
class SleepCheck final : public Check {
 public:
  SleepCheck(QString id, int workMs, int timeoutMs = 3000, QStringList deps = {}, bool stubborn = false)
      : Check({.id = id, .step = 3, .timeoutMs = timeoutMs, .dependsOn = deps}),
        m_id(std::move(id)),
        m_workMs(workMs),
        m_stubborn(stubborn) {}
  QString title() const override { return m_id; }
  CheckResult run(const CheckContext &ctx) const override {
    ++running;
    maxRunning = std::max(maxRunning.load(), running.load());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < m_workMs) {
      if (!m_stubborn && ctx.token->shouldStop()) {
        --running;
        return makeResult(Status::Skipped, {{u"stopped_after_ms"_s, t.elapsed()}});
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));  // the scenario: a check that works m_workMs
    }
    --running;
    Findings ev{{u"deps_seen"_s, QStringList(ctx.prior.keys())}};
    return makeResult(Status::Pass, ev);
  }
  QString summarize(const CheckResult &r) const override { return m_id + u": "_s + toString(r.status); }

  static inline std::atomic_int running{0};
  static inline std::atomic_int maxRunning{0};

 private:
  QString m_id;
  int m_workMs;
  bool m_stubborn;
};

struct Fixture {
  CheckRegistry reg;
  Fixture() {
    SleepCheck::running = 0;
    SleepCheck::maxRunning = 0;
  }
};

}  // namespace

TEST(Runner, runs_independent_checks_concurrently) {
  Fixture f;
  for (int i = 0; i < 6; ++i) f.reg.add(std::make_shared<SleepCheck>(u"c%1"_s.arg(i), 150));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  QElapsedTimer t;
  t.start();
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(3000));
  EXPECT_LT(t.elapsed(), 900) << "six 150 ms checks in series would take 900 ms";
  EXPECT_GE(SleepCheck::maxRunning.load(), 4);
  EXPECT_EQ(runner.results().size(), 6);
  for (const CheckResult &r : runner.results()) EXPECT_EQ(r.status, Status::Pass);
}

TEST(Runner, starts_a_check_only_after_its_dependencies) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"a"_s, 50));
  f.reg.add(std::make_shared<SleepCheck>(u"b"_s, 10, 3000, QStringList{u"a"_s}));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  QSignalSpy started(&runner, &CheckRunner::checkStarted);
  runner.start(Target::fromInput(u"127.0.0.1"_s), {u"b"_s});  // "a" is added to the plan as a dependency
  ASSERT_TRUE(done.wait(3000));
  ASSERT_EQ(started.size(), 2);
  EXPECT_EQ(started[0][0].toString(), u"a"_s);
  EXPECT_EQ(started[1][0].toString(), u"b"_s);
  EXPECT_TRUE(runner.results().value(u"b"_s).findings.value(u"deps_seen"_s).toStringList().contains(u"a"_s));
}

TEST(Runner, reuses_prior_results_for_dependencies) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"a"_s, 2000));
  f.reg.add(std::make_shared<SleepCheck>(u"b"_s, 10, 3000, QStringList{u"a"_s}));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  CheckResult a = makeResult(Status::Pass);
  a.id = u"a"_s;
  QElapsedTimer t;
  t.start();
  runner.start(Target::fromInput(u"127.0.0.1"_s), {u"b"_s}, {{u"a"_s, a}});
  ASSERT_TRUE(done.wait(3000));
  EXPECT_LT(t.elapsed(), 1000) << "the slow dependency must not be re-run";
}

TEST(Runner, reports_a_check_that_overruns_its_timeout_as_error) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"slow"_s, 1000, 200, QStringList{}, /*stubborn=*/true));
  f.reg.add(std::make_shared<SleepCheck>(u"quick"_s, 10));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  QElapsedTimer t;
  t.start();
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(3000));
  EXPECT_LT(t.elapsed(), 1200);
  const CheckResult slow = runner.results().value(u"slow"_s);
  EXPECT_EQ(slow.status, Status::Error);
  EXPECT_TRUE(slow.findings.value(u"timed_out"_s).toBool());
  EXPECT_EQ(runner.results().value(u"quick"_s).status, Status::Pass);
}

TEST(Runner, a_cooperative_check_stops_at_its_deadline) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"bounded"_s, 5000, 150));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(2000));
  const CheckResult r = runner.results().value(u"bounded"_s);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_LT(r.findings.value(u"stopped_after_ms"_s).toInt(), rdpd::test::withinTimeout(150));
}

TEST(Runner, cancel_returns_at_once_and_stops_the_probes) {
  Fixture f;
  for (int i = 0; i < 4; ++i) f.reg.add(std::make_shared<SleepCheck>(u"c%1"_s.arg(i), 5000, 10000));
  f.reg.add(std::make_shared<SleepCheck>(u"later"_s, 10, 3000, QStringList{u"c0"_s}));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  RDPD_TRY_COMPARE(SleepCheck::running.load(), 4, 2000);
  QElapsedTimer t;
  t.start();
  runner.cancel();
  EXPECT_LT(t.elapsed(), rdpd::test::kPromptMs) << "cancel must not wait for the 5 s probes";
  ASSERT_EQ(done.size(), 1);
  EXPECT_TRUE(done[0][0].toBool());
  EXPECT_FALSE(runner.isRunning());
  EXPECT_FALSE(runner.results().contains(u"later"_s)) << "pending checks must not start after cancel";
  for (int i = 0; i < 4; ++i) {
    const CheckResult r = runner.results().value(u"c%1"_s.arg(i));
    EXPECT_EQ(r.status, Status::Skipped);
    EXPECT_TRUE(r.findings.value(u"cancelled"_s).toBool());
  }
  // The worker threads notice within a slice.
  RDPD_TRY_COMPARE(SleepCheck::running.load(), 0, 200);
}

TEST(Runner, restart_ignores_late_results_of_the_previous_run) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"a"_s, 100));
  CheckRunner runner(f.reg);
  QSignalSpy finishedSpy(&runner, &CheckRunner::checkFinished);
  QSignalSpy done(&runner, &CheckRunner::finished);
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  runner.start(Target::fromInput(u"127.0.0.2"_s));  // cancels the first
  RDPD_TRY_VERIFY(done.size() >= 2, 3000);
  // Wait for the first run's check to really end (not a guessed sleep), then deliver its late result.
  RDPD_TRY_COMPARE(SleepCheck::running.load(), 0, 3000);
  QCoreApplication::sendPostedEvents();
  QCoreApplication::processEvents();
  int passes = 0;
  for (const auto &args : finishedSpy) passes += args[0].value<CheckResult>().status == Status::Pass;
  EXPECT_EQ(passes, 1);
}

TEST(Runner, fills_identity_duration_and_summary) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"x"_s, 20));
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  QSignalSpy progress(&runner, &CheckRunner::progress);
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(2000));
  const CheckResult r = runner.results().value(u"x"_s);
  EXPECT_EQ(r.id, u"x"_s);
  EXPECT_EQ(r.step, 3);
  EXPECT_GE(r.durationMs, 15);
  EXPECT_EQ(r.summary, u"x: pass"_s);
  ASSERT_GE(progress.size(), 2);
  EXPECT_EQ(progress.last()[0].toInt(), 1);
  EXPECT_EQ(progress.last()[1].toInt(), 1);
}

TEST(Runner, overall_timeout_caps_every_check_budget) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"long"_s, 10000, /*timeoutMs=*/8000));
  CheckRunner runner(f.reg);
  runner.setTimeoutMs(400);
  QSignalSpy done(&runner, &CheckRunner::finished);
  QElapsedTimer t;
  t.start();
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(3000));
  EXPECT_LT(t.elapsed(), rdpd::test::withinTimeout(400));
  EXPECT_LT(runner.results().value(u"long"_s).findings.value(u"stopped_after_ms"_s).toInt(),
            rdpd::test::withinTimeout(400));
}

namespace {
// Reads another check's result through the live results, without declaring it a dependency.
class WatcherCheck final : public Check {
 public:
  WatcherCheck() : Check({.id = u"watcher"_s, .step = 3}) {}
  QString title() const override { return u"watcher"_s; }
  CheckResult run(const CheckContext &ctx) const override {
    const auto a = ctx.live->waitFor(u"a"_s, *ctx.token, 2000);
    return makeResult(a ? Status::Pass : Status::Fail, {{u"saw"_s, a ? a->id : QString()}});
  }
  QString summarize(const CheckResult &) const override { return {}; }
};
}  // namespace

TEST(Runner, live_results_reach_checks_already_running) {
  Fixture f;
  f.reg.add(std::make_shared<SleepCheck>(u"a"_s, 100));
  f.reg.add(std::make_shared<WatcherCheck>());
  CheckRunner runner(f.reg);
  QSignalSpy done(&runner, &CheckRunner::finished);
  runner.start(Target::fromInput(u"127.0.0.1"_s));
  ASSERT_TRUE(done.wait(3000));
  EXPECT_EQ(runner.results().value(u"watcher"_s).findings.value(u"saw"_s).toString(), u"a"_s);
}

// Checks that finish at once, many times over: each result must arrive exactly once and every run must end. The
// result is delivered while the check may still be finishing on its thread — the moment at which Qt 6.4's
// QFuture::then(context, ...) could run a continuation twice (the runner crashed in the second run under Wine,
// 2026-12-06; it now takes results through a QFutureWatcher). A guard, not a proof: the race is rare, and on Linux
// the old code passed this test too; under Wine it crashed about one gui_tests run in two.
TEST(Runner, instant_checks_deliver_each_result_exactly_once) {
  Fixture f;
  constexpr int kChecks = 64;
  for (int i = 0; i < kChecks; ++i) f.reg.add(std::make_shared<SleepCheck>(u"i%1"_s.arg(i), 0));
  CheckRunner runner(f.reg);
  for (int round = 0; round < 25; ++round) {
    QSignalSpy done(&runner, &CheckRunner::finished);
    QSignalSpy each(&runner, &CheckRunner::checkFinished);
    runner.start(Target::fromInput(u"127.0.0.1"_s));
    ASSERT_TRUE(done.wait(10000)) << "round " << round;
    QCoreApplication::processEvents();  // a second delivery would arrive now
    ASSERT_EQ(each.size(), kChecks) << "round " << round;
    ASSERT_EQ(done.size(), 1) << "round " << round;
    QSet<QString> ids;
    for (const QList<QVariant> &args : each) ids.insert(args.at(0).value<CheckResult>().id);
    ASSERT_EQ(ids.size(), kChecks) << "round " << round;
    EXPECT_EQ(runner.results().size(), kChecks);
  }
}
