#pragma once
// One way for tests to run a program and the real rdp-doctor binary: arguments, standard input, environment changes
// and a timeout in; exit code, standard output and standard error out, as a value. A missing rdp-doctor binary fails
// the calling test with the path it expected (never a silent skip). Portable: the Windows build of the tests uses it.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

class QProcess;

namespace rdpd::test {

struct CommandResult {
  bool started = false;
  bool timedOut = false;
  int exitCode = -1;  // -1 when it did not start, timed out or crashed
  QByteArray out;
  QByteArray err;
  qint64 elapsedMs = 0;
  bool ok() const { return started && !timedOut && exitCode == 0; }
  QString describe() const;  // for failure messages
  QJsonObject json() const;  // standard output parsed as a JSON object (empty when it is not one)
};

// Runs argv[0] with argv[1..] to its end (killed after timeoutMs), feeding stdinData. Never fails the test itself.
CommandResult runCommand(const QStringList &argv, int timeoutMs = 10000, const QByteArray &stdinData = {});

// The rdp-doctor binary the tests run: RDPD_BINARY_PATH, or the RDPD_TEST_BINARY environment variable when set.
QString binaryPath();

struct CliOptions {
  QString program;  // another rdp-doctor build to run; empty: binaryPath()
  int timeoutMs = 90000;
  QByteArray stdinData;
  // Environment changes on top of the test's own: a value sets the variable, a null QString removes it.
  QHash<QString, QString> env;
  // The CLI must not need a display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed unless false.
  bool headless = true;
};

// One run of rdp-doctor started now and collected with finish(), so several runs can go in parallel. The test fails
// (non-fatally, with the reason) when the binary is missing, does not start, or outlives its timeout.
class CliProcess {
 public:
  explicit CliProcess(const QStringList &args, const CliOptions &opts = {});
  ~CliProcess();
  CliProcess(const CliProcess &) = delete;
  CliProcess &operator=(const CliProcess &) = delete;
  CliProcess(CliProcess &&) noexcept;
  CliProcess &operator=(CliProcess &&) noexcept;

  CommandResult finish();  // waits (at most the timeout), then kills; call once

 private:
  struct Impl;
  std::unique_ptr<Impl> d;
};

// rdp-doctor ARGS to its end: CliProcess(args, opts).finish().
CommandResult runCli(const QStringList &args, const CliOptions &opts = {});

}  // namespace rdpd::test
