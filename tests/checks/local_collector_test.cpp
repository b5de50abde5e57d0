// "Check this computer" (LocalCollector) with a stand-in interpreter: this machine has no PowerShell, so a small
// shell program takes its place and exercises everything around it for real — the script written from the
// embedded resource, the arguments, the process, its exit code and stderr, the timeout, cancel, reading and
// importing the saved file, cleaning up. What the PowerShell script itself does on Windows is not run here.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "checks/guest/evidence.h"
#include "checks/guest/local_collector.h"

using namespace Qt::StringLiterals;
using rdpd::guest::LocalCollector;
using rdpd::guest::LocalCollectResult;
using Outcome = rdpd::guest::LocalCollectResult::Outcome;

namespace {

// Behaves like `powershell ... -File <script> -OutFile <json> [-Account <name>]` in the way each test needs. It
// records its arguments and a copy of the script it was given next to itself.
const char *kStandIn = R"SH(#!/bin/sh
mode="$1"; shift
here="$(dirname "$0")"
printf '%s\n' "$@" > "$here/args.txt"
script=""; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -File) script="$2"; shift 2 ;;
    -OutFile) out="$2"; shift 2 ;;
    *) shift ;;
  esac
done
cp "$script" "$here/script-seen.ps1"
case "$mode" in
  ok) cp "$SAMPLE" "$out" ;;
  fail) echo "Access is denied." >&2; echo "At line:1 char:1" >&2; exit 5 ;;
  hang) exec sleep 30 ;;
  garbage) printf 'this is not evidence' > "$out" ;;
  nofile) : ;;
esac
exit 0
)SH";

struct StandIn {
  QTemporaryDir dir;
  QString path;
  StandIn() {
    path = dir.filePath(u"powershell-stand-in.sh"_s);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kStandIn);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("SAMPLE", QByteArray(RDPD_SOURCE_DIR "/tests/fixtures/evidence/recorded-sample.json"));
  }
  void use(LocalCollector &c, const char *mode) { c.setInterpreter(u"/bin/sh"_s, {path, QString::fromLatin1(mode)}); }
  QStringList args() const {
    QFile f(dir.filePath(u"args.txt"_s));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
  }
};

LocalCollectResult runToEnd(LocalCollector &c, const QString &account = {}, int waitMs = 20000) {
  QSignalSpy done(&c, &LocalCollector::finished);
  c.start(account);
  if (done.isEmpty() && !done.wait(waitMs)) return {};
  return done.first().first().value<LocalCollectResult>();
}

}  // namespace

TEST(LocalCollector, runs_the_embedded_script_and_imports_the_file_it_saves) {
  StandIn s;
  LocalCollector c;
  s.use(c, "ok");
  const LocalCollectResult r = runToEnd(c, u"Administrator"_s);
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.outcome, Outcome::Imported);
  ASSERT_TRUE(r.import.evidence);
  EXPECT_TRUE(r.message.isEmpty());
  // The program got the very script embedded in the binary, and the arguments the script's param block names.
  QFile embedded(u":/collector/collect-rdp-evidence.ps1"_s);
  QFile seen(s.dir.filePath(u"script-seen.ps1"_s));
  ASSERT_TRUE(embedded.open(QIODevice::ReadOnly) && seen.open(QIODevice::ReadOnly));
  EXPECT_EQ(seen.readAll(), embedded.readAll());
  const QStringList a = s.args();
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
  StandIn s;
  LocalCollector c;
  s.use(c, "fail");
  const LocalCollectResult r = runToEnd(c);
  EXPECT_EQ(r.outcome, Outcome::Failed);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.message.contains(u"5"_s)) << r.message.toStdString();
  EXPECT_TRUE(r.detail.contains(u"Access is denied."_s)) << r.detail.toStdString();
  EXPECT_EQ(s.args().size(), 4);  // no -Account when none was given
}

TEST(LocalCollector, a_script_that_hangs_is_stopped_at_the_timeout) {
  StandIn s;
  LocalCollector c;
  s.use(c, "hang");
  c.setTimeoutMs(300);
  const LocalCollectResult r = runToEnd(c, {}, 10000);
  EXPECT_EQ(r.outcome, Outcome::TimedOut);
  EXPECT_FALSE(r.message.isEmpty());
  EXPECT_FALSE(c.isRunning());
}

TEST(LocalCollector, cancel_stops_the_script) {
  StandIn s;
  LocalCollector c;
  s.use(c, "hang");
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
  StandIn s;
  for (const char *mode : {"garbage", "nofile"}) {
    LocalCollector c;
    s.use(c, mode);
    const LocalCollectResult r = runToEnd(c);
    EXPECT_EQ(r.outcome, Outcome::BadOutput) << mode;
    EXPECT_FALSE(r.message.isEmpty()) << mode;
    EXPECT_FALSE(r.import.ok()) << mode;
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
  StandIn s;
  for (const QString &bad : {u"-OutFile"_s, u"a\"b"_s, u"x;y"_s, QString(200, u'a')}) {
    LocalCollector c;
    s.use(c, "ok");
    const LocalCollectResult r = runToEnd(c, bad);
    EXPECT_EQ(r.outcome, Outcome::StartFailed) << bad.toStdString();
  }
  EXPECT_TRUE(s.args().isEmpty()) << "the program must not run with a bad account name";
}
