#include "app/cloud_command.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include "app/cli.h"
#include "checks/cloud/action_plan.h"
#include "checks/cloud/api_client.h"
#include "checks/cloud/collector_command.h"
#include "checks/cloud/console_screenshot.h"
#include "checks/cloud/credentials.h"
#include "checks/cloud/evidence_collect.h"
#include "checks/cloud/instance_locator.h"
#include "checks/cloud/snapshot_restart.h"
#include "checks/core/i18n.h"
#include "checks/core/logging.h"
#include "checks/core/target.h"
#include "checks/report/report_export.h"

using namespace Qt::StringLiterals;

namespace rdpd::app {

namespace {

std::atomic<bool> g_interrupted{false};

void say(std::FILE *to, const QString &text) {
  std::fputs((text + u'\n').toLocal8Bit().constData(), to);
  std::fflush(to);
}

bool stdinIsTerminal() {
  // Tests answer the questions through a pipe; they say so with this variable (never set in production).
  if (qEnvironmentVariableIntValue("RDPD_TEST_STDIN_IS_TERMINAL") == 1) return true;
#ifdef Q_OS_WIN
  return _isatty(_fileno(stdin)) != 0;
#else
  return isatty(fileno(stdin)) != 0;
#endif
}

// Reads one answer from the terminal: yes only when the user typed it ("y", "yes", "是"). Blocks this thread while the
// user reads the plan; nothing is in flight then.
bool askYesNo(const QString &question) {
  std::fputs((question + u" [y/N] "_s).toLocal8Bit().constData(), stdout);
  std::fflush(stdout);
  char line[64] = {};
  if (!std::fgets(line, sizeof line, stdin)) return false;
  const QString a = QString::fromLocal8Bit(line).trimmed().toLower();
  return a == u"y"_s || a == u"yes"_s || a == u"是"_s;
}

// The consent, or a sentence why there is none (then nothing may be done).
std::optional<cloud::ActionConsent> obtainConsent(const cloud::ActionPlan &plan, const Options &opts) {
  if (opts.yes) {
    cloud::ActionConsent c = cloud::ActionConsent::afterShowing(plan);
    if (plan.forceStop) c.confirmForceStop();  // --force-stop --yes: both asked for on the command line
    return c;
  }
  if (!stdinIsTerminal()) {
    say(stderr, QCoreApplication::translate(
                    "CloudCommand",
                    "Nothing was done: there is no terminal to answer on. Read the plan above, then run the same "
                    "command in a terminal, or add --yes to agree to it in a script."));
    return std::nullopt;
  }
  if (!askYesNo(QCoreApplication::translate("CloudCommand", "Do this now?"))) {
    say(stderr, QCoreApplication::translate("CloudCommand", "Nothing was done."));
    return std::nullopt;
  }
  cloud::ActionConsent c = cloud::ActionConsent::afterShowing(plan);
  if (plan.forceStop) {
    if (!askYesNo(cloud::forceStopQuestion(plan))) {
      say(stderr, QCoreApplication::translate(
                      "CloudCommand", "Nothing was done. To restart normally, run it again without --force-stop."));
      return std::nullopt;
    }
    c.confirmForceStop();
  }
  return c;
}

QString defaultOutput(const Options &opts, const cloud::ActionTarget &t, const QString &ext) {
  if (!opts.out.isEmpty()) return opts.out;
  return (opts.cloudAction == u"screenshot"_s ? u"console-"_s : u"rdp-evidence-"_s) + t.instanceId + u'.' + ext;
}

// One run of a cloud action on the event loop: locate, plan, consent, act. exitCode and evidencePath when done.
class CloudCommand final : public QObject {
 public:
  CloudCommand(const Options &opts, cloud::ApiClient *client) : m_opts(opts), m_client(client), m_locator(client) {}
  int exitCode = 3;
  QString evidencePath;  // collect: where the evidence was saved

  void start() {
    cloud::LocateRequest l;
    l.address = Target::fromInput(m_opts.target).host;
    l.instanceId = m_opts.cloud.instance;
    l.regionId = m_opts.cloud.region;
    l.preferredRegion = m_client->credentials().regionId;
    m_locator.start(l, [this](cloud::LocateResult r) { located(std::move(r)); });
    auto *interrupt = new QTimer(this);
    connect(interrupt, &QTimer::timeout, this, [this] {
      if (g_interrupted.exchange(false)) cancel();
    });
    interrupt->start(100);
  }

 private:
  void end(int code) {
    exitCode = code;
    QCoreApplication::exit(code);
  }

  void cancel() {
    if (m_snapshot && !m_snapshot->cancel() && m_snapshot->rebootSent())
      say(stderr,
          QCoreApplication::translate("CloudCommand", "The restart was already sent; it cannot be called back."));
    if (m_collect) m_collect->cancel();
  }

  void located(const cloud::LocateResult &r) {
    if (!r.failure.ok() || !r.instance) {
      say(stderr, r.instance
                      ? cloud::failureMessage(r.failure, m_client->credentials().maskedKeyId())
                      : (r.message.isEmpty() ? cloud::failureMessage(r.failure, m_client->credentials().maskedKeyId())
                                             : r.message));
      return end(2);
    }
    m_target = {r.instance->instanceId, r.instance->regionId, r.instance->instanceName, r.instance->status};
    const QString a = m_opts.cloudAction;
    if (a == u"screenshot"_s) m_plan = cloud::planScreenshot(m_target);
    if (a == u"snapshot"_s || a == u"restart"_s)
      m_plan = cloud::planSnapshot(m_target, a == u"restart"_s, m_opts.forceStop);
    if (a == u"collect"_s) {
      m_command = cloud::embeddedCollectorCommand();
      m_plan = cloud::planCollect(m_target, m_command.scriptSha256, m_command.script.size(),
                                  m_command.contentBase64.size(), cloud::kRunCommandContentLimit);
    }
    say(stdout, cloud::describePlan(m_plan));
    if (!m_plan.problem.isEmpty()) return end(2);
    const std::optional<cloud::ActionConsent> consent = obtainConsent(m_plan, m_opts);
    if (!consent) return end(2);
    spdlog::info("cloud command: {} on {} agreed to", a, m_target.instanceId);
    if (a == u"screenshot"_s) return screenshot(*consent);
    if (a == u"collect"_s) return collect(*consent);
    snapshot(*consent);
  }

  void screenshot(const cloud::ActionConsent &consent) {
    auto *action = new cloud::ScreenshotAction(m_client, this);
    action->start(m_plan, consent, [this](const cloud::ConsoleScreenshot &s) {
      if (!s.ok()) {
        say(stderr, s.message);
        return end(s.problem == u"api_failed"_s || s.problem == u"refused"_s ? 2 : 1);
      }
      const QString path = defaultOutput(m_opts, m_target, s.format == u"png"_s ? u"png"_s : u"jpg"_s);
      if (const QString error = writeFileAtomically(path, s.image); !error.isEmpty()) {
        say(stderr, error);
        return end(3);
      }
      say(stdout,
          QCoreApplication::translate("CloudCommand", "Console screenshot of %1 taken at %2 (%3×%4) saved to %5.")
              .arg(m_target.instanceId, s.takenAtUtc.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s))
              .arg(s.width)
              .arg(s.height)
              .arg(path));
      end(0);
    });
  }

  void collect(const cloud::ActionConsent &consent) {
    m_collect = new cloud::EvidenceCollect(m_client, m_command, this);
    m_collect->start(
        m_plan, consent,
        [](const QString &status) {
          say(stderr, QCoreApplication::translate("CloudCommand", "Cloud Assistant: %1").arg(status));
        },
        [this](const cloud::CollectResult &r) { collected(r); });
  }

  void collected(const cloud::CollectResult &r) {
    for (const QString &w : r.warnings) say(stderr, w);
    if (!r.ok()) {
      say(stderr, r.message);
      if (!r.outputText.trimmed().isEmpty())
        say(stderr, QCoreApplication::translate("CloudCommand", "What the server printed:") + u'\n' +
                        r.outputText.trimmed().left(2000));
      using O = cloud::CollectResult::Outcome;
      return end(r.outcome == O::Refused || r.outcome == O::ApiFailed ? 2 : 1);
    }
    const bool json = r.import.evidence->source == guest::GuestEvidence::Source::Json;
    const QByteArray bytes = json ? QJsonDocument(r.import.evidence->raw).toJson(QJsonDocument::Indented)
                                  : r.import.evidence->typableCode.toLatin1() + '\n';
    evidencePath = defaultOutput(m_opts, m_target, json ? u"json"_s : u"txt"_s);
    if (const QString error = writeFileAtomically(evidencePath, bytes); !error.isEmpty()) {
      say(stderr, error);
      evidencePath.clear();
      return end(3);
    }
    say(stdout, QCoreApplication::translate("CloudCommand", "Evidence from inside %1 saved to %2.")
                    .arg(m_target.instanceId, evidencePath));
    end(0);
  }

  void snapshot(const cloud::ActionConsent &consent) {
    m_snapshot = new cloud::SnapshotRestart(m_client, this);
    m_snapshot->start(
        m_plan, consent,
        [](const cloud::SnapshotProgress &p) {
          if (p.stage == u"disk"_s)
            say(stderr, QCoreApplication::translate("CloudCommand", "Finding the system disk…"));
          if (p.stage == u"snapshot"_s)
            say(stderr,
                QCoreApplication::translate("CloudCommand", "Snapshot %1: %2%").arg(p.snapshotId).arg(p.percent));
          if (p.stage == u"restart"_s) say(stderr, QCoreApplication::translate("CloudCommand", "Sending the restart…"));
        },
        [this](const cloud::SnapshotRestartResult &r) {
          say(r.ok() ? stdout : stderr, r.message);
          using O = cloud::SnapshotRestartResult::Outcome;
          end(r.ok()                                                                                   ? 0
              : (r.outcome == O::Refused || r.outcome == O::ApiFailed || r.outcome == O::NoSystemDisk) ? 2
                                                                                                       : 1);
        });
  }

  const Options &m_opts;
  cloud::ApiClient *m_client;
  cloud::InstanceLocator m_locator;
  cloud::ActionTarget m_target;
  cloud::ActionPlan m_plan;
  cloud::CollectorCommand m_command;
  cloud::EvidenceCollect *m_collect = nullptr;
  cloud::SnapshotRestart *m_snapshot = nullptr;
};

// Runs the action on its own event loop; returns the exit code and, for collect, where the evidence went.
int runAction(int &argc, char **argv, const Options &opts, QString *evidencePath) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(u"rdp-doctor"_s);
  QCoreApplication::setOrganizationName(u"rdp-doctor"_s);
  initLogging(LogConsole::Stderr);
  installTranslators(&app, normalizeLanguage(opts.lang));
  const cloud::CredentialLoad load = cloud::loadCredentials(cloud::CredentialSources::fromSystem(opts.cloud.profile));
  if (!load.credentials) {
    say(stderr, load.message());
    return 2;
  }
  cloud::ApiClientConfig config;
  config.endpointOverride = QUrl(opts.cloud.endpoint, QUrl::StrictMode);
  cloud::ApiClient client(*load.credentials, config, cloud::ApiSeams::system());
  CloudCommand command(opts, &client);
  std::signal(SIGINT, [](int) { g_interrupted = true; });
  QTimer::singleShot(0, &command, [&command] { command.start(); });
  app.exec();
  std::signal(SIGINT, SIG_DFL);
  *evidencePath = command.evidencePath;
  return command.exitCode;
}

}  // namespace

int runCloudAction(int &argc, char **argv, const Options &opts) {
  QString evidencePath;
  const int code = runAction(argc, argv, opts, &evidencePath);
  if (code != 0 || opts.cloudAction != u"collect"_s) return code;
  if (opts.target.trimmed().isEmpty()) return 0;  // only --instance: no address to diagnose
  Options diagnose = opts;
  diagnose.mode = Mode::Diagnose;
  diagnose.evidence = evidencePath;
  return runDiagnose(argc, argv, diagnose);
}

QString cloudCommandUsageText() {
  return u"  rdp-doctor cloud screenshot|collect|snapshot|restart HOST --cloud alibaba [--region R] [--instance ID]\n"
         u"                      [--cloud-profile NAME] [--force-stop] [--yes] [--out FILE]\n"_s +
         QCoreApplication::translate(
             "Usage",
             "      Act on the instance through the cloud's API, each only after its plan was shown and you agreed:\n"
             "      screenshot saves the console screenshot; collect runs the read-only evidence collector through\n"
             "      Cloud Assistant and diagnoses with what it found; snapshot makes a snapshot of the system disk;\n"
             "      restart makes the snapshot, then restarts Windows (--force-stop: a forced restart, asked again).\n"
             "      On a terminal it asks y/N; --yes agrees for scripts. Exit codes: 0 done, 1 started but did not\n"
             "      succeed, 2 not done, 3 internal error (collect: the diagnosis' codes).\n");
}

}  // namespace rdpd::app
