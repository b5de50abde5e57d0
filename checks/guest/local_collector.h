#pragma once
// "Check this computer": runs the collector script on the computer RDP Doctor runs on (a Windows server where the
// user is logged in at the console, or any Windows machine) and imports what it saved. It is the very script the
// user would paste into a server — one collection implementation — written from the embedded resource to a private
// temporary folder and run with Windows PowerShell:
//   powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File <script> -OutFile <json> [-Account <name>]
// Asynchronous (QProcess signals, no waiting, no nested event loop), with a timeout and cancel. The interpreter is a
// seam: tests on Linux put a stand-in program there to exercise everything except PowerShell itself.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

#include "checks/guest/evidence_import.h"

class QProcess;
class QTemporaryDir;
class QTimer;

namespace rdpd::guest {

struct LocalCollectResult {
  enum class Outcome { Imported, NotAvailable, StartFailed, Failed, TimedOut, Cancelled, BadOutput };
  Outcome outcome = Outcome::Failed;
  ImportResult import;     // Imported: the evidence; BadOutput: the importer's message
  QString message;         // translated, for people (empty for Imported)
  QString detail;          // technical detail one click away: the last lines the script printed on stderr
  bool ok() const { return outcome == Outcome::Imported && import.ok(); }
};

class LocalCollector final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LocalCollector)

 public:
  explicit LocalCollector(QObject *parent = nullptr);
  ~LocalCollector() override;

  // Windows PowerShell on this computer ("powershell.exe" on PATH); empty when there is none (any non-Windows system).
  static QString findWindowsPowerShell();

  // The program to run and what goes before the script's own arguments. Default: findWindowsPowerShell() with
  // -NoProfile -NonInteractive -ExecutionPolicy Bypass.
  void setInterpreter(const QString &program, const QStringList &leadingArguments);
  QString interpreter() const { return m_program; }
  bool isAvailable() const { return !m_program.isEmpty(); }
  void setTimeoutMs(int ms) { m_timeoutMs = ms; }
  int timeoutMs() const { return m_timeoutMs; }

  // Starts a collection; `account` (optional) is the local account whose state is read. Ignored while one runs.
  void start(const QString &account = {});
  // Stops a running collection; finished() reports Cancelled.
  void cancel();
  bool isRunning() const;

  // The arguments a run passes (after the leading ones), for the "what will run" text and for tests.
  static QStringList scriptArguments(const QString &scriptPath, const QString &outFile, const QString &account);

 signals:
  void finished(const rdpd::guest::LocalCollectResult &result);

 private:
  void onProcessFinished(int exitCode, bool crashed);
  void finish(LocalCollectResult r);

  QString m_program;
  QStringList m_leading;
  int m_timeoutMs = 180000;  // the script reads events and user rights: up to a minute or two on a busy server
  QProcess *m_process = nullptr;
  QTimer *m_timer = nullptr;
  std::unique_ptr<QTemporaryDir> m_dir;
  QString m_outFile;
  bool m_cancelled = false;
  bool m_timedOut = false;
};

}  // namespace rdpd::guest

Q_DECLARE_METATYPE(rdpd::guest::LocalCollectResult)
