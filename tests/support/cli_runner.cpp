#include "tests/support/cli_runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
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

// Where a child's output goes. On Windows it goes to two files rather than QProcess's pipes: under Wine, QProcess
// lost the last line a child wrote just before it ended after a pause (`cloud restart` printing its result after
// polling for seconds), while the same run wrote every byte to a file or to a plain pipe (docs/windows.md).
struct Capture {
#ifdef Q_OS_WIN
  QTemporaryDir dir;
  void attach(QProcess &p) {
    p.setStandardOutputFile(dir.filePath(u"out"_s));
    p.setStandardErrorFile(dir.filePath(u"err"_s));
  }
  QByteArray out(QProcess &) const { return read(u"out"_s); }
  QByteArray err(QProcess &) const { return read(u"err"_s); }
  QByteArray read(const QString &name) const {
    QFile f(dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }
#else
  void attach(QProcess &) {}
  QByteArray out(QProcess &p) const { return p.readAllStandardOutput(); }
  QByteArray err(QProcess &p) const { return p.readAllStandardError(); }
#endif
};

// Reads what the process left after it ended (or was killed): status, exit code, output.
void collect(QProcess &p, const Capture &capture, bool finished, CommandResult &r) {
  if (!finished) {
    r.timedOut = true;
    p.kill();
    p.waitForFinished(5000);
  }
  r.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = capture.out(p);
  r.err = capture.err(p);
}

}  // namespace

CommandResult runCommand(const QStringList &argv, int timeoutMs, const QByteArray &stdinData) {
  CommandResult r;
  if (argv.isEmpty()) return r;
  QProcess p;
  Capture capture;
  capture.attach(p);
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
  collect(p, capture, finished, r);
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
  Capture capture;
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
  d->capture.attach(d->process);
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
  collect(d->process, d->capture, finished, r);
  if (r.timedOut) ADD_FAILURE() << what << ": still running after " << d->opts.timeoutMs << " ms, killed";
  return r;
}

CommandResult runCli(const QStringList &args, const CliOptions &opts) { return CliProcess(args, opts).finish(); }

}  // namespace rdpd::test
