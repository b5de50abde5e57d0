#include "checks/core/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace rdpd {

namespace {
void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &msg) {
  const std::string m = msg.toStdString();
  switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", m); break;
    case QtInfoMsg: spdlog::info("qt: {}", m); break;
    case QtWarningMsg: spdlog::warn("qt: {}", m); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", m); break;
  }
}
}  // namespace

QString logDirectory() {
  QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
  if (base.isEmpty()) base = QDir::tempPath() + QStringLiteral("/rdp-doctor");
  return base + QStringLiteral("/logs");
}

void initLogging(LogConsole console) {
  std::vector<spdlog::sink_ptr> sinks;
  const QString dir = logDirectory();
  if (QDir().mkpath(dir)) {
    try {
      const std::string file = QString(dir + QStringLiteral("/rdp-doctor.log")).toStdString();
      sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex &) {
      // A read-only home must not stop diagnosis: we go on with the console only.
    }
  }
  if (console == LogConsole::Stderr) {
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(spdlog::level::warn);  // keep CLI output clean; details go to the file
    sinks.push_back(err);
  }
  auto logger = std::make_shared<spdlog::logger>("rdp-doctor", sinks.begin(), sinks.end());
  logger->set_level(spdlog::level::info);
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  qInstallMessageHandler(qtMessageToSpdlog);
}

void shutdownLogging() {
  qInstallMessageHandler(nullptr);  // Qt may still write while it tears down: not into a closed log
  spdlog::shutdown();
}

}  // namespace rdpd
