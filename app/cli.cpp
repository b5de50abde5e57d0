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
#include "checks/guest/evidence_import.h"
#include "checks/lab/lab_server.h"
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

  // --lab: the training lab's pretend server runs in this process for as long as the diagnosis does.
  lab::LabServer labServer;
  if (opts.lab) {
    const lab::ScenarioParse sp = lab::loadScenario(opts.labScenario, opts.labDir);
    if (!sp.ok()) {
      std::fprintf(stderr, "%s\n", sp.message.toLocal8Bit().constData());
      return 2;
    }
    const lab::LabStart started = labServer.start(*sp.scenario);
    if (!started.ok) {
      std::fprintf(stderr, "%s\n", started.message.toLocal8Bit().constData());
      return 3;
    }
  }
  if (!opts.lab && opts.target.trimmed().isEmpty()) {
    std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "diagnose needs the server's address, e.g. "
                                                                    "rdp-doctor diagnose 203.0.113.10:3389").toLocal8Bit().constData());
    return 2;
  }
  Target target = opts.lab ? labServer.target() : Target::fromInput(opts.target, opts.port);
  if (!opts.evidence.isEmpty()) {
    // Bad evidence is bad input: say why and stop, rather than diagnose without it.
    const guest::ImportResult ev = guest::EvidenceImport::fromFile(opts.evidence);
    if (!ev.ok()) {
      std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "Cannot use the evidence file %1: %2")
                                       .arg(opts.evidence, ev.message).toLocal8Bit().constData());
      return 2;
    }
    target.guestEvidence = ev.evidence;
  }

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

int runListLab(int &argc, char **argv, const Options &opts) {
  QCoreApplication app(argc, argv);
  initLogging(LogConsole::Stderr);
  installTranslators(&app, normalizeLanguage(opts.lang));
  const QString lang = currentLanguage();
  const lab::ScenarioListing list = lab::listScenarios(opts.labDir);
  QString out;
  for (const lab::Scenario &s : list.scenarios)
    out += QString(s.id.leftJustified(24) + u' ' + s.title.in(lang) + u'\n');
  writeOutput(out, {});
  for (const lab::ScenarioParse &f : list.failures) std::fprintf(stderr, "%s\n", f.message.toLocal8Bit().constData());
  return list.failures.isEmpty() ? 0 : 2;
}

}  // namespace rdpd::app
