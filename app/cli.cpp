#include "app/cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <spdlog/spdlog.h>

#include "checks/cloud/cloud_fetch.h"
#include "checks/core/i18n.h"
#include "checks/core/logging.h"
#include "checks/core/runner.h"
#include "checks/core/services.h"
#include "checks/core/steps.h"
#include "checks/guest/evidence_import.h"
#include "checks/lab/lab_cloud.h"
#include "checks/lab/lab_server.h"
#include "checks/lookup/error_lookup.h"
#include "checks/report/diagnosis_report.h"
#include "checks/report/report_export.h"

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

// The report is out; now end so that no thread of ours is still running when the process ends. A thread that is
// killed by the process end while it holds a lock of the C++ runtime or winpthreads makes Windows deadlock in the
// runtime DLLs' detach code (the program prints its report and never exits, docs/windows.md).
void finishOrderly(CheckRunner &runner, lab::LabServer &labServer) {
  constexpr int kWaitMs = 5000;  // a check or a name lookup that outlived its budget gets this long to return
  runner.cancel();
  if (!runner.waitForChecks(kWaitMs)) spdlog::warn("exit: a check thread was still running after {} ms", kWaitMs);
  labServer.stop();
  if (!Services::waitForBackgroundWork(std::chrono::milliseconds(kWaitMs)))
    spdlog::warn("exit: a name lookup was still running after {} ms", kWaitMs);
  shutdownLogging();
}

// The lab's pretend cloud for a scenario with a "cloud" section, and the options that send the key path to it.
bool startLabCloud(const lab::LabServer &server, lab::LabCloud &cloud, CloudOptions *options, QString *problem) {
  if (!cloud.start(*server.scenario()->cloud, server.mainPort(), server.resolvedEvidence(), problem)) return false;
  options->provider = u"alibaba"_s;
  options->jsonFiles.clear();
  options->endpoint = cloud.url().toString();
  if (options->publicIp.isEmpty()) options->publicIp = cloud.spec().clientPublicIp;
  return true;
}

}  // namespace

// A PDF needs fonts, so --format pdf runs on Qt's GUI library with the offscreen platform (still no display).
std::unique_ptr<QCoreApplication> makeCliApp(int &argc, char **argv, bool gui) {
  if (!gui) return std::make_unique<QCoreApplication>(argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  return std::make_unique<QGuiApplication>(argc, argv);
}

int writeBytes(const QByteArray &bytes, const QString &path) {
  if (path.isEmpty() || path == u"-"_s) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
  }
  const QString error = writeFileAtomically(path, bytes);
  if (error.isEmpty()) return 0;
  std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
  return 3;
}

// Renders the finished diagnosis in the chosen format and writes it; returns the exit code.
static int writeDiagnoseReport(const Options &opts, DiagnosisReport report, const Target &target) {
  report.language = currentLanguage();
  resolveFixLinks(report, opts.contentDir);
  ExportOptions eo;
  eo.redact = opts.redact;
  const ExportResult rendered =
      renderReport(report, reportFormatFromString(opts.format).value_or(ReportFormat::Text), eo);
  if (!rendered.ok) {
    std::fprintf(stderr, "%s\n", rendered.message.toLocal8Bit().constData());
    return 3;
  }
  const int wrote = writeBytes(rendered.bytes, opts.output);
  if (wrote != 0) return wrote;
  if (!target.isValid()) return 2;
  return report.healthy() ? 0 : 1;
}

int runDiagnose(int &argc, char **argv, const Options &opts) {
  const std::unique_ptr<QCoreApplication> appHolder = makeCliApp(argc, argv, opts.format == u"pdf"_s);
  QCoreApplication &app = *appHolder;
  QCoreApplication::setApplicationName(u"rdp-doctor"_s);
  QCoreApplication::setOrganizationName(u"rdp-doctor"_s);
  initLogging(LogConsole::Stderr);
  installTranslators(&app, normalizeLanguage(opts.lang));

  // --lab: the training lab's pretend server runs in this process for as long as the diagnosis does.
  lab::LabServer labServer;
  lab::LabCloud labCloud;  // a scenario with a "cloud" section: its pretend cloud, read by the key path
  CloudOptions cloudOptions = opts.cloud;
  if (opts.lab) {
    const lab::ScenarioParse sp = lab::loadScenario(opts.labScenario, opts.labDir);
    if (!sp.ok()) {
      std::fprintf(stderr, "%s\n", sp.message.toLocal8Bit().constData());
      return 2;
    }
    const lab::LabStart started = labServer.start(*sp.scenario);
    QString cloudProblem;
    if (!started.ok || (sp.scenario->cloud && !startLabCloud(labServer, labCloud, &cloudOptions, &cloudProblem))) {
      std::fprintf(stderr, "%s\n", (started.ok ? cloudProblem : started.message).toLocal8Bit().constData());
      return 3;
    }
  }
  if (!opts.lab && opts.target.trimmed().isEmpty()) {
    std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "diagnose needs the server's address, e.g. "
                                                                    "rdp-doctor diagnose 203.0.113.10:3389").toLocal8Bit().constData());
    return 2;
  }
  Target target = opts.lab ? labServer.target() : Target::fromInput(opts.target, opts.port);
  if (!opts.errorText.isEmpty()) target.clientError = opts.errorText;
  for (int port : opts.tryPorts)
    if (!target.extraPorts.contains(port)) target.extraPorts << port;
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
  if (const QString cloudError = applyCloudOptions(cloudOptions, target); !cloudError.isEmpty()) {
    std::fprintf(stderr, "%s\n", cloudError.toLocal8Bit().constData());
    return 2;
  }

  CheckRunner runner;
  if (opts.timeoutMs > 0) runner.setTimeoutMs(opts.timeoutMs);
  const QDateTime startedAt = QDateTime::currentDateTimeUtc();
  QElapsedTimer timer;
  timer.start();
  int exitCode = 3;
  QObject::connect(&runner, &CheckRunner::finished, &app, [&](bool) {
    exitCode = writeDiagnoseReport(opts, buildReport(target, startedAt, timer.elapsed(), runner.results()), target);
    app.exit(exitCode);
  });
  if (cloudOptions.usesApi()) {
    // The key path: read the cloud first (asynchronously, on this event loop), then run the checks with it.
    const auto read = [&](const cloud::CloudFetchResult &r) {
      for (const QString &w : r.warnings) std::fprintf(stderr, "%s\n", w.toLocal8Bit().constData());
      if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.message.toLocal8Bit().constData());
        exitCode = 2;
        app.exit(2);
        return;
      }
      target.cloudEvidence = r.evidence;
      runner.start(target);
    };
    const QString cloudError = labCloud.isRunning()
                                   ? startCloudReadWith(labCloud.credentials(), cloudOptions, target, &app, read)
                                   : startCloudRead(cloudOptions, target, &app, read);
    if (!cloudError.isEmpty()) {
      std::fprintf(stderr, "%s\n", cloudError.toLocal8Bit().constData());
      return 2;
    }
  } else {
    QTimer::singleShot(0, &runner, [&] { runner.start(target); });
  }
  app.exec();
  finishOrderly(runner, labServer);
  return exitCode;
}

int runExplain(int &argc, char **argv, const Options &opts) {
  QCoreApplication app(argc, argv);
  initLogging(LogConsole::Stderr);
  installTranslators(&app, normalizeLanguage(opts.lang));
  const QString text = opts.explainText.trimmed();
  if (text.isEmpty()) {
    std::fprintf(stderr, "%s\n", QCoreApplication::translate("Cli", "explain needs the message or code the Remote Desktop "
                                                                    "client showed, e.g. rdp-doctor explain \"0x204\"")
                                     .toLocal8Bit().constData());
    return 2;
  }
  const QString lang = currentLanguage();
  const QList<lookup::Match> matches = lookup::ErrorLookup::standard().match(text, lang);
  QByteArray bytes;
  if (opts.format == u"json"_s) {
    QJsonArray arr;
    for (const lookup::Match &m : matches) {
      QJsonArray steps;
      for (int s : m.steps) steps.append(s);
      arr.append(QJsonObject{{u"entry_id"_s, m.entryId},
                             {u"score"_s, qRound(m.score * 100) / 100.0},
                             {u"matched_by"_s, lookup::toString(m.matchedBy)},
                             {u"code"_s, m.matchedCode.isEmpty() ? QJsonValue() : QJsonValue(m.matchedCode)},
                             {u"causes"_s, QJsonArray::fromStringList(m.causes)},
                             {u"steps"_s, steps},
                             {u"fix_id"_s, m.fixId.isEmpty() ? QJsonValue() : QJsonValue(m.fixId)},
                             {u"message"_s, m.message},
                             {u"explanation"_s, m.explanation},
                             {u"unverified"_s, m.unverified}});
    }
    QJsonObject out{{u"schema"_s, u"rdp-doctor/explain"_s}, {u"language"_s, lang}, {u"recognised"_s, !matches.isEmpty()},
                    {u"matches"_s, arr}};
    if (matches.isEmpty()) out.insert(u"hint"_s, lookup::ErrorLookup::notRecognisedHint());
    bytes = QJsonDocument(out).toJson(QJsonDocument::Indented);
  } else {
    QString out;
    if (matches.isEmpty()) out = lookup::ErrorLookup::notRecognisedHint() + u'\n';
    for (int i = 0; i < matches.size(); ++i) {
      const lookup::Match &m = matches[i];
      if (i == 1) out += u'\n' + QCoreApplication::translate("Cli", "Other possible matches:") + u'\n';
      if (i > 0) {
        out += u"  - "_s + m.message + u'\n';
        continue;
      }
      out += QCoreApplication::translate("Cli", "Recognised: \"%1\"").arg(m.message);
      if (!m.matchedCode.isEmpty()) out += u" ("_s + m.matchedCode + u')';
      out += u'\n' + m.explanation + u'\n';
      for (int s : m.steps) out += QCoreApplication::translate("Cli", "Go to step %1: %2").arg(s).arg(stepTitle(s)) + u'\n';
    }
    bytes = out.toUtf8();
  }
  const int wrote = writeBytes(bytes, opts.output);
  if (wrote != 0) return wrote;
  return matches.isEmpty() ? 1 : 0;
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
