#include "app/cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

#include "checks/core/i18n.h"
#include "checks/core/logging.h"
#include "checks/core/runner.h"
#include "checks/report/diagnosis_report.h"

using namespace Qt::StringLiterals;

namespace rdpd::app {

namespace {

int writeOutput(const QString &text, const QString &path) {
  const QByteArray bytes = text.toUtf8();
  if (path.isEmpty() || path == u"-"_s) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
  }
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
    std::fprintf(stderr, "%s\n",
                 QCoreApplication::translate("Cli", "Could not write %1: %2").arg(path, f.errorString()).toLocal8Bit().constData());
    return 3;
  }
  return 0;
}

}  // namespace

int runDiagnose(int &argc, char **argv, const Options &opts) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(u"rdp-doctor"_s);
  QCoreApplication::setOrganizationName(u"rdp-doctor"_s);
  initLogging(LogConsole::Stderr);
  installTranslators(&app, normalizeLanguage(opts.lang));

  if (opts.target.trimmed().isEmpty()) {
    std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "diagnose needs the server's address, e.g. "
                                                                    "rdp-doctor diagnose 203.0.113.10:3389").toLocal8Bit().constData());
    return 2;
  }
  const Target target = Target::fromInput(opts.target, opts.port);

  CheckRunner runner;
  if (opts.timeoutMs > 0) runner.setTimeoutMs(opts.timeoutMs);
  const QDateTime startedAt = QDateTime::currentDateTimeUtc();
  QElapsedTimer timer;
  timer.start();
  int exitCode = 3;
  QObject::connect(&runner, &CheckRunner::finished, &app, [&](bool) {
    DiagnosisReport report = buildReport(target, startedAt, timer.elapsed(), runner.results());
    report.language = currentLanguage();
    QString text;
    if (opts.format == u"json"_s)
      text = QString::fromUtf8(QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented));
    else if (opts.format == u"markdown"_s)
      text = toMarkdown(report);
    else
      text = toText(report);
    const int wrote = writeOutput(text, opts.output);
    if (wrote != 0) exitCode = wrote;
    else if (!target.isValid()) exitCode = 2;
    else exitCode = report.healthy() ? 0 : 1;
    app.exit(exitCode);
  });
  QTimer::singleShot(0, &runner, [&] { runner.start(target); });
  app.exec();
  return exitCode;
}

}  // namespace rdpd::app
