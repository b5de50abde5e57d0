#include "checks/guest/local_collector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest {

namespace {

constexpr qint64 kMaxOutputBytes = 5 * 1024 * 1024;  // the importer refuses more anyway
constexpr int kStderrTailLines = 12;

// A local account name as Windows allows it (no leading dash, so PowerShell cannot read it as a parameter name).
bool plausibleAccount(const QString &a) {
  static const QRegularExpression re(u"^[^\\-\\s\"/\\[\\]:;|=,+*?<>][^\"/\\[\\]:;|=,+*?<>\\x00-\\x1f]{0,103}$"_s);
  return re.match(a).hasMatch();
}

QString tail(const QByteArray &bytes) {
  const QStringList lines = QString::fromLocal8Bit(bytes).split(u'\n', Qt::SkipEmptyParts);
  return lines.mid(qMax(0, int(lines.size()) - kStderrTailLines)).join(u'\n').trimmed();
}

}  // namespace

LocalCollector::LocalCollector(QObject *parent) : QObject(parent) {
  qRegisterMetaType<LocalCollectResult>();
  const QString ps = findWindowsPowerShell();
  if (!ps.isEmpty()) setInterpreter(ps, {u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s, u"Bypass"_s});
}

LocalCollector::~LocalCollector() {
  if (m_process) {
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(2000);  // destruction only: the process must not outlive its temporary folder
  }
}

QString LocalCollector::findWindowsPowerShell() {
#ifdef Q_OS_WIN
  // Windows PowerShell 5.1 (what the script is written for) lives in System32 on every Windows 10/11 and Server
  // 2016+; PowerShell 7 ("pwsh") is not used. The system directory comes from Windows itself, not from PATH or
  // %SystemRoot%, so no powershell.exe earlier on the PATH can stand in for it. PATH is only the last resort.
  wchar_t sys[MAX_PATH];
  const UINT n = GetSystemDirectoryW(sys, MAX_PATH);
  if (n > 0 && n < MAX_PATH) {
    const QString p = QString::fromWCharArray(sys, int(n)) + u"\\WindowsPowerShell\\v1.0\\powershell.exe"_s;
    if (QFileInfo::exists(p)) return p;
  }
  return QStandardPaths::findExecutable(u"powershell"_s);
#else
  return {};
#endif
}

void LocalCollector::setInterpreter(const QString &program, const QStringList &leadingArguments) {
  m_program = program;
  m_leading = leadingArguments;
}

QStringList LocalCollector::scriptArguments(const QString &scriptPath, const QString &outFile, const QString &account) {
  QStringList a{u"-File"_s, QDir::toNativeSeparators(scriptPath), u"-OutFile"_s, QDir::toNativeSeparators(outFile)};
  if (!account.isEmpty()) a << u"-Account"_s << account;
  return a;
}

bool LocalCollector::isRunning() const { return m_process != nullptr; }

void LocalCollector::start(const QString &account) {
  if (m_process) return;
  m_cancelled = false;
  m_timedOut = false;
  LocalCollectResult r;
  if (m_program.isEmpty()) {
    r.outcome = LocalCollectResult::Outcome::NotAvailable;
    r.message = QCoreApplication::translate("LocalCollector", "Windows PowerShell was not found on this computer. \"Check this computer\" only works on Windows; "
                                            "on a server, run the script there and bring the result back.");
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  const QString acc = account.trimmed();
  if (!acc.isEmpty() && !plausibleAccount(acc)) {
    r.outcome = LocalCollectResult::Outcome::StartFailed;
    r.message = QCoreApplication::translate("LocalCollector", "\"%1\" is not a valid Windows account name.").arg(acc);
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  m_dir = std::make_unique<QTemporaryDir>();
  const QString script = m_dir->isValid() ? m_dir->filePath(u"collect-rdp-evidence.ps1"_s) : QString();
  bool written = false;
  if (!script.isEmpty()) {
    QFile in(u":/collector/collect-rdp-evidence.ps1"_s);
    QFile out(script);
    written = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly) && out.write(in.readAll()) == in.size();
  }
  if (!written) {
    r.outcome = LocalCollectResult::Outcome::StartFailed;
    r.message = QCoreApplication::translate("LocalCollector", "The script could not be written to a temporary folder.");
    m_dir.reset();
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  m_outFile = m_dir->filePath(u"rdp-evidence.json"_s);

  m_process = new QProcess(this);
  m_process->setProgram(m_program);
  m_process->setArguments(m_leading + scriptArguments(script, m_outFile, acc));
  m_process->setWorkingDirectory(m_dir->path());
  m_process->setStandardOutputFile(QProcess::nullDevice());  // the JSON comes from the file; stdout only repeats it
  connect(m_process, &QProcess::finished, this,
          [this](int code, QProcess::ExitStatus st) { onProcessFinished(code, st == QProcess::CrashExit); });
  connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
    if (e != QProcess::FailedToStart || !m_process) return;
    LocalCollectResult fail;
    fail.outcome = LocalCollectResult::Outcome::StartFailed;
    fail.message = QCoreApplication::translate("LocalCollector", "Windows PowerShell could not be started: %1").arg(m_process->errorString());
    finish(fail);
  });
  m_timer = new QTimer(this);
  m_timer->setSingleShot(true);
  connect(m_timer, &QTimer::timeout, this, [this] {
    if (!m_process) return;
    m_timedOut = true;
    m_process->kill();  // finished() follows
  });
  spdlog::info("local collector: starting {}", m_program);
  m_timer->start(m_timeoutMs);
  m_process->start();
}

void LocalCollector::cancel() {
  if (!m_process) return;
  m_cancelled = true;
  m_process->kill();  // finished() follows
}

void LocalCollector::onProcessFinished(int exitCode, bool crashed) {
  if (!m_process) return;
  LocalCollectResult r;
  r.detail = tail(m_process->readAllStandardError());
  if (m_cancelled) {
    r.outcome = LocalCollectResult::Outcome::Cancelled;
    r.message = QCoreApplication::translate("LocalCollector", "Stopped: no evidence was collected.");
  } else if (m_timedOut) {
    r.outcome = LocalCollectResult::Outcome::TimedOut;
    const int seconds = m_timeoutMs / 1000;
    r.message = QCoreApplication::translate("LocalCollector", "The script did not finish within %n second(s) and was stopped.", nullptr, seconds);
  } else if (crashed || exitCode != 0) {
    r.outcome = LocalCollectResult::Outcome::Failed;
    r.message = QCoreApplication::translate("LocalCollector", "The script stopped with an error (exit code %1). Run RDP Doctor as Administrator and try "
                                            "again; the details show what the script said.").arg(exitCode);
  } else {
    QFile f(m_outFile);
    if (!f.exists()) {
      r.outcome = LocalCollectResult::Outcome::BadOutput;
      r.message = QCoreApplication::translate("LocalCollector", "The script finished but saved no evidence file.");
    } else if (f.size() > kMaxOutputBytes) {
      r.outcome = LocalCollectResult::Outcome::BadOutput;
      r.message = QCoreApplication::translate("LocalCollector", "The script saved a file too large to be evidence.");
    } else {
      r.import = EvidenceImport::fromFile(m_outFile);
      if (r.import.ok()) {
        r.outcome = LocalCollectResult::Outcome::Imported;
      } else {
        r.outcome = LocalCollectResult::Outcome::BadOutput;
        r.message = QCoreApplication::translate("LocalCollector", "The script's result could not be read: %1").arg(r.import.message);
      }
    }
  }
  finish(r);
}

void LocalCollector::finish(LocalCollectResult r) {
  if (m_timer) {
    m_timer->stop();
    m_timer->deleteLater();
    m_timer = nullptr;
  }
  if (m_process) {
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) m_process->kill();
    m_process->deleteLater();
    m_process = nullptr;
  }
  m_dir.reset();  // the script and its output are not kept: the evidence now lives in memory only
  spdlog::info("local collector: finished ({})", r.ok() ? "imported" : "not imported");
  emit finished(r);
}

}  // namespace rdpd::guest
