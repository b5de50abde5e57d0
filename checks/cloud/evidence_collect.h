#pragma once
// Evidence from inside Windows without VNC: after a consent for a CollectEvidence plan, checks that the Cloud
// Assistant agent is online, runs the collector command (collector_command.h) with RunCommand (RunPowerShellScript,
// as SYSTEM, KeepCommand=false), polls DescribeInvocationResults until the run ends or the time is up, decodes the
// output and hands the evidence to the guest evidence importer (the same one a pasted document goes through).
// Asynchronous; the polling waits go through the client's sleep seam. Cancel stops polling (the command, once sent,
// may still finish on the server; nothing else is sent).

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

#include "checks/cloud/action_plan.h"
#include "checks/cloud/api_client.h"
#include "checks/cloud/collector_command.h"
#include "checks/guest/evidence_import.h"

namespace rdpd::cloud {

struct CollectResult {
  enum class Outcome {
    Imported,       // the full evidence document
    ImportedCode,   // only the short code (the document was cut off or too large): fewer facts
    Refused,        // no consent for this plan: nothing was sent
    AgentOffline,   // Cloud Assistant has no heartbeat: RunCommand was not sent
    ApiFailed,      // a call failed (permission, throttling, network…)
    CommandFailed,  // the command ran and failed, or never ran (ErrorCode/ErrorInfo)
    TimedOut,       // no result within the time allowed
    Cancelled,      // the user stopped waiting
    BadOutput,      // the output holds no usable evidence
  };
  Outcome outcome = Outcome::ApiFailed;
  guest::ImportResult import;  // Imported / ImportedCode
  QString message;             // translated: what happened and what to do (empty for Imported)
  QStringList warnings;        // translated
  QString invokeId;            // when RunCommand was accepted (the console's Cloud Assistant history shows it)
  QString invocationStatus;    // the last InvocationStatus seen
  QString outputEncoding;      // ascii | utf-8 | gbk | latin-1
  QString outputText;          // the decoded output (for --out; never holds a secret: the script reads none)
  ApiOutcome failure;          // ApiFailed
  bool commandSent = false;
  bool ok() const { return outcome == Outcome::Imported || outcome == Outcome::ImportedCode; }
};

struct CollectConfig {
  int firstPollMs = 2000;
  int pollIntervalMs = 3000;
  int timeoutMs = 6 * 60 * 1000;  // the command itself may run 5 minutes (RunCommand Timeout=300)
  int commandTimeoutSeconds = 300;
};

// InvocationStatus values that end a run (Success, Failed, Error, Timeout, Cancelled, Terminated, Aborted, Invalid,
// Stopped). Pending, Running, Scheduled and Stopping mean: ask again.
bool invocationFinished(const QString &status);
// The RunCommand call for the collector command on one instance.
ApiCall runCommandCall(const ActionTarget &t, const CollectorCommand &command, int timeoutSeconds);

class EvidenceCollect final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EvidenceCollect)

 public:
  EvidenceCollect(ApiClient *client, CollectorCommand command, QObject *parent = nullptr);
  void setConfig(const CollectConfig &c) { m_config = c; }
  // done runs once, later. progress (may be empty) gets each InvocationStatus seen.
  void start(const ActionPlan &plan, const ActionConsent &consent, std::function<void(QString)> progress,
             std::function<void(CollectResult)> done);
  void cancel();

 private:
  void checkAgent();
  void run();
  void poll();
  void readResult(const QByteArray &body);
  void importOutput(const QByteArray &raw, qint64 dropped, CollectResult r);
  void fail(const ApiOutcome &o);
  void finish(CollectResult r);

  ApiClient *m_client;
  CollectorCommand m_command;
  CollectConfig m_config;
  ActionPlan m_plan;
  std::function<void(QString)> m_progress;
  std::function<void(CollectResult)> m_done;
  QString m_invokeId;
  QString m_lastStatus;
  qint64 m_waitedMs = 0;
  bool m_finished = false;
  bool m_sent = false;
};

}  // namespace rdpd::cloud
