// "Check this computer" (LocalCollector) with a stand-in interpreter: this machine has no PowerShell, so a small
// shell program takes its place and exercises everything around it for real — the script written from the
// embedded resource, the arguments, the process, its exit code and stderr, the timeout, cancel, reading and
// importing the saved file, cleaning up. What the PowerShell script itself does on Windows is not run here.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "checks/guest/evidence.h"
#include "checks/guest/local_collector.h"
#include "tests/support/powershell_stand_in.h"

using namespace Qt::StringLiterals;
using rdpd::guest::LocalCollector;
using rdpd::guest::LocalCollectResult;
using Outcome = rdpd::guest::LocalCollectResult::Outcome;

namespace {

using rdpd::test::PowerShellStandIn;
using Mode = rdpd::test::PowerShellStandIn::Mode;

const QString kSample = QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/evidence/recorded-sample.json");

LocalCollectResult runToEnd(LocalCollector &c, const QString &account = {}, int waitMs = 20000) {
  QSignalSpy done(&c, &LocalCollector::finished);
  c.start(account);
  if (done.isEmpty() && !done.wait(waitMs)) return {};
  return done.first().first().value<LocalCollectResult>();
}

}  // namespace

TEST(LocalCollector, runs_the_embedded_script_and_imports_the_file_it_saves) {
  PowerShellStandIn s;
  LocalCollector c;
  s.use(c, Mode::SavesSample, kSample);
  const LocalCollectResult r = runToEnd(c, u"Administrator"_s);
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.outcome, Outcome::Imported);
  ASSERT_TRUE(r.import.evidence);
  EXPECT_TRUE(r.message.isEmpty());
  // The program got the very script embedded in the binary, and the arguments the script's param block names.
  QFile embedded(u":/collector/collect-rdp-evidence.ps1"_s);
  ASSERT_TRUE(embedded.open(QIODevice::ReadOnly));
  EXPECT_EQ(s.lastScript(), embedded.readAll());
  const QStringList a = s.lastArguments();
  ASSERT_EQ(a.size(), 6) << a.join(u' ').toStdString();
  EXPECT_EQ(a.at(0), u"-File"_s);
  EXPECT_EQ(a.at(2), u"-OutFile"_s);
  EXPECT_EQ(a.at(4), u"-Account"_s);
  EXPECT_EQ(a.at(5), u"Administrator"_s);
  // Nothing is left behind: the temporary folder with the script and the evidence file is gone.
  EXPECT_FALSE(QFileInfo::exists(a.at(1)));
  EXPECT_FALSE(QFileInfo::exists(a.at(3)));
  EXPECT_FALSE(c.isRunning());
}

TEST(LocalCollector, a_failing_script_reports_its_exit_code_and_what_it_printed) {
  PowerShellStandIn s;
  LocalCollector c;
  s.use(c, Mode::Fails);
  const LocalCollectResult r = runToEnd(c);
  EXPECT_EQ(r.outcome, Outcome::Failed);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.message.contains(u"5"_s)) << r.message.toStdString();
  EXPECT_TRUE(r.detail.contains(u"Access is denied."_s)) << r.detail.toStdString();
  EXPECT_EQ(s.lastArguments().size(), 4);  // no -Account when none was given
}

TEST(LocalCollector, a_script_that_hangs_is_stopped_at_the_timeout) {
  PowerShellStandIn s;
  LocalCollector c;
  s.use(c, Mode::Hangs);
  c.setTimeoutMs(300);
  const LocalCollectResult r = runToEnd(c, {}, 10000);
  EXPECT_EQ(r.outcome, Outcome::TimedOut);
  EXPECT_FALSE(r.message.isEmpty());
  EXPECT_FALSE(c.isRunning());
}

TEST(LocalCollector, cancel_stops_the_script) {
  PowerShellStandIn s;
  LocalCollector c;
  s.use(c, Mode::Hangs);
  QSignalSpy done(&c, &LocalCollector::finished);
  c.start();
  EXPECT_TRUE(c.isRunning());
  c.start();  // ignored while one runs
  c.cancel();
  ASSERT_TRUE(done.wait(10000));
  EXPECT_EQ(done.size(), 1);
  EXPECT_EQ(done.first().first().value<LocalCollectResult>().outcome, Outcome::Cancelled);
}

TEST(LocalCollector, garbage_or_no_output_is_refused_with_a_message) {
  PowerShellStandIn s;
  for (Mode mode : {Mode::SavesGarbage, Mode::SavesNothing}) {
    LocalCollector c;
    s.use(c, mode);
    const LocalCollectResult r = runToEnd(c);
    EXPECT_EQ(r.outcome, Outcome::BadOutput) << int(mode);
    EXPECT_FALSE(r.message.isEmpty()) << int(mode);
    EXPECT_FALSE(r.import.ok()) << int(mode);
  }
}

TEST(LocalCollector, no_powershell_or_a_missing_program_or_a_bad_account_name_gives_a_clear_message) {
  {
    LocalCollector c;
#ifndef Q_OS_WIN
    EXPECT_FALSE(c.isAvailable());
    EXPECT_TRUE(LocalCollector::findWindowsPowerShell().isEmpty());
    const LocalCollectResult r = runToEnd(c);
    EXPECT_EQ(r.outcome, Outcome::NotAvailable);
    EXPECT_FALSE(r.message.isEmpty());
#endif
  }
  {
    LocalCollector c;
    c.setInterpreter(u"/nonexistent/powershell"_s, {});
    const LocalCollectResult r = runToEnd(c);
    EXPECT_EQ(r.outcome, Outcome::StartFailed);
    EXPECT_FALSE(r.message.isEmpty());
  }
  PowerShellStandIn s;
  for (const QString &bad : {u"-OutFile"_s, u"a\"b"_s, u"x;y"_s, QString(200, u'a')}) {
    LocalCollector c;
    s.use(c, Mode::SavesSample, kSample);
    const LocalCollectResult r = runToEnd(c, bad);
    EXPECT_EQ(r.outcome, Outcome::StartFailed) << bad.toStdString();
  }
  EXPECT_TRUE(s.lastArguments().isEmpty()) << "the program must not run with a bad account name";
}
