#include "tests/support/cli_runner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace rdpd::test {

QString CommandResult::describe() const {
  return u"started=%1 timed_out=%2 exit=%3 elapsed=%4ms\nstdout: %5\nstderr: %6"_s.arg(started)
      .arg(timedOut)
      .arg(exitCode)
      .arg(elapsedMs)
      .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
}

QJsonObject CommandResult::json() const { return QJsonDocument::fromJson(out).object(); }

namespace {

// Reads what the process left after it ended (or was killed): status, exit code, output.
void collect(QProcess &p, bool finished, CommandResult &r) {
  if (!finished) {
    r.timedOut = true;
    p.kill();
    p.waitForFinished(5000);
  }
  r.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = p.readAllStandardOutput();
  r.err = p.readAllStandardError();
}

}  // namespace

CommandResult runCommand(const QStringList &argv, int timeoutMs, const QByteArray &stdinData) {
  CommandResult r;
  if (argv.isEmpty()) return r;
  QProcess p;
  QElapsedTimer t;
  t.start();
  p.start(argv.first(), argv.mid(1));
  if (!p.waitForStarted(5000)) {
    r.err = p.errorString().toUtf8();
    return r;
  }
  r.started = true;
  if (!stdinData.isEmpty()) p.write(stdinData);
  p.closeWriteChannel();
  const bool finished = p.waitForFinished(timeoutMs);
  r.elapsedMs = t.elapsed();
  collect(p, finished, r);
  return r;
}

QString binaryPath() {
  // RDPD_TEST_BINARY runs these tests against another build of rdp-doctor (e.g. a patched one).
  const QString override = qEnvironmentVariable("RDPD_TEST_BINARY");
  return override.isEmpty() ? QString::fromUtf8(RDPD_BINARY_PATH) : override;
}

struct CliProcess::Impl {
  QStringList args;
  CliOptions opts;
  QProcess process;
  QElapsedTimer timer;
  bool started = false;
  QString startError;
};

CliProcess::CliProcess(const QStringList &args, const CliOptions &opts) : d(std::make_unique<Impl>()) {
  d->args = args;
  d->opts = opts;
  const QString program = opts.program.isEmpty() ? binaryPath() : opts.program;
  if (!QFileInfo(program).isFile()) {
    d->startError =
        u"the rdp-doctor binary is not at %1 (build the rdp-doctor target, or point RDPD_TEST_BINARY "
        u"at one)"_s.arg(program);
    return;
  }
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  if (opts.headless) {
    for (const QString &v : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s}) env.remove(v);
  }
  for (auto it = opts.env.cbegin(); it != opts.env.cend(); ++it) {
    if (it.value().isNull())
      env.remove(it.key());
    else
      env.insert(it.key(), it.value());
  }
  d->process.setProcessEnvironment(env);
  d->timer.start();
  d->process.start(program, args);
  if (!d->process.waitForStarted(10000)) {
    d->startError = u"%1 did not start: %2"_s.arg(program, d->process.errorString());
    return;
  }
  d->started = true;
  if (!opts.stdinData.isEmpty()) d->process.write(opts.stdinData);
  d->process.closeWriteChannel();
}

CliProcess::~CliProcess() {
  if (d && d->started && d->process.state() != QProcess::NotRunning) {
    d->process.kill();
    d->process.waitForFinished(5000);
  }
}

CliProcess::CliProcess(CliProcess &&) noexcept = default;
CliProcess &CliProcess::operator=(CliProcess &&) noexcept = default;

CommandResult CliProcess::finish() {
  CommandResult r;
  const std::string what = u"rdp-doctor %1"_s.arg(d->args.join(u' ')).toStdString();
  if (!d->started) {
    ADD_FAILURE() << what << ": " << d->startError.toStdString();
    r.err = d->startError.toUtf8();
    return r;
  }
  r.started = true;
  const qint64 left = std::max<qint64>(0, d->opts.timeoutMs - d->timer.elapsed());
  const bool finished = d->process.waitForFinished(int(left));
  r.elapsedMs = d->timer.elapsed();
  collect(d->process, finished, r);
  if (r.timedOut) ADD_FAILURE() << what << ": still running after " << d->opts.timeoutMs << " ms, killed";
  return r;
}

CommandResult runCli(const QStringList &args, const CliOptions &opts) { return CliProcess(args, opts).finish(); }

}  // namespace rdpd::test
