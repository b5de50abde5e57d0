#include "wizard/cloud_action_box.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/cloud/cloud_access.h"
#include "checks/cloud/collector_command.h"
#include "checks/cloud/evidence_collect.h"
#include "checks/cloud/snapshot_restart.h"
#include "wizard/cloud_action_dialog.h"

using namespace Qt::StringLiterals;

namespace rdpd {

CloudActionBox::CloudActionBox(int step, cloud::CloudAccess *access, QWidget *parent)
    : QGroupBox(parent),
      m_kind(step == 1 ? cloud::ActionKind::CollectEvidence : cloud::ActionKind::SnapshotThenRestart),
      m_access(access) {
  setObjectName(u"cloudActionBox"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_start = new QPushButton(this);
  m_start->setObjectName(m_kind == cloud::ActionKind::CollectEvidence ? u"cloudCollectButton"_s
                                                                      : u"cloudRestartButton"_s);
  m_start->setAutoDefault(false);
  m_cancel = new QPushButton(this);
  m_cancel->setObjectName(u"cloudActionCancelButton"_s);
  m_cancel->setAutoDefault(false);
  m_cancel->hide();
  m_reason = new QLabel(this);
  m_reason->setObjectName(u"cloudActionReason"_s);
  m_progress = new QLabel(this);
  m_progress->setObjectName(u"cloudActionProgress"_s);
  m_progress->hide();
  m_result = new QLabel(this);
  m_result->setObjectName(u"cloudActionResult"_s);
  m_result->hide();
  for (QLabel *l : {m_reason, m_progress, m_result}) {
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
  }
  auto *row = new QHBoxLayout;
  row->addWidget(m_start);
  row->addWidget(m_cancel);
  row->addStretch(1);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addLayout(row);
  layout->addWidget(m_reason);
  layout->addWidget(m_progress);
  layout->addWidget(m_result);
  connect(m_start, &QPushButton::clicked, this, &CloudActionBox::openConsent);
  connect(m_cancel, &QPushButton::clicked, this, &CloudActionBox::cancel);
  connect(m_access, &cloud::CloudAccess::evidenceChanged, this, &CloudActionBox::refresh);
  connect(m_access, &cloud::CloudAccess::readingChanged, this, &CloudActionBox::refresh);
  connect(m_access, &cloud::CloudAccess::settingsChanged, this, &CloudActionBox::refresh);
  retranslate();
}

QString CloudActionBox::blockedReason() const {
  if (m_running) return {};
  if (m_access->isReading()) return tr("Wait until the read from Alibaba Cloud is done.");
  if (!m_access->actionClient())
    return tr("Read the instance with a key first (below): the action uses the same key, in memory only.");
  const std::optional<cloud::ActionTarget> t = m_access->actionTarget();
  if (!t)
    return tr(
        "Which instance to act on is not known (the key read found several, or the instance ID was changed "
        "since). Enter the instance ID under \"The instance\" and read again.");
  if (m_kind == cloud::ActionKind::CollectEvidence && m_access->assistantOnline() == false)
    return tr("Cloud Assistant is offline on %1, so nothing can run inside it. Use the command in \"Collect evidence "
              "from "
              "the server\" instead, or read again once the agent is back.")
        .arg(t->instanceId);
  return {};
}

void CloudActionBox::refresh() {
  const QString reason = blockedReason();
  m_start->setEnabled(!m_running && reason.isEmpty());
  m_reason->setText(reason);
  m_reason->setVisible(!reason.isEmpty());
}

void CloudActionBox::openConsent() {
  const std::optional<cloud::ActionTarget> target = m_access->actionTarget();
  if (m_running || !blockedReason().isEmpty() || !target) return;
  CloudActionDialog::PlanMaker make;
  if (m_kind == cloud::ActionKind::CollectEvidence) {
    const cloud::CollectorCommand cmd = cloud::embeddedCollectorCommand();
    make = [t = *target, cmd](bool) {
      return cloud::planCollect(t, cmd.scriptSha256, cmd.script.size(), cmd.contentBase64.size(),
                                cloud::kRunCommandContentLimit);
    };
  } else {
    make = [t = *target](bool force) { return cloud::planSnapshot(t, true, force); };
  }
  QPointer<CloudActionBox> self(this);
  auto *dlg = new CloudActionDialog(
      std::move(make), m_kind == cloud::ActionKind::SnapshotThenRestart,
      [self](const cloud::ActionPlan &plan, const cloud::ActionConsent &consent) {
        if (self) self->run(plan, consent);
      },
      this);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->open();  // no nested event loop
}

void CloudActionBox::run(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent) {
  if (m_running || !m_access->actionClient()) return;
  m_running = true;
  m_instanceId = plan.target.instanceId;
  m_result->hide();
  m_progress->setText(tr("Starting…"));
  m_progress->show();
  m_cancel->setEnabled(true);
  m_cancel->show();
  refresh();
  if (plan.kind == cloud::ActionKind::CollectEvidence)
    runCollect(plan, consent);
  else
    runRestart(plan, consent);
}

void CloudActionBox::runCollect(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent) {
  // A child of the key's client: when the data read with the key goes, the action goes with it.
  m_collect =
      new cloud::EvidenceCollect(m_access->actionClient(), cloud::embeddedCollectorCommand(), m_access->actionClient());
  connect(m_collect, &QObject::destroyed, this, [this] {
    if (m_running) finish(tr("Stopped: the cloud data read with the key was replaced or forgotten."), true);
  });
  QPointer<CloudActionBox> self(this);
  m_collect->start(
      plan, consent,
      [self](const QString &status) {
        if (self) self->m_progress->setText(tr("Cloud Assistant: %1").arg(status));
      },
      [self](const cloud::CollectResult &r) {
        if (self) self->collected(r);
      });
}

void CloudActionBox::collected(const cloud::CollectResult &r) {
  if (m_collect) m_collect->deleteLater();
  if (!r.ok()) return finish(r.message, true);
  QString text = tr("The evidence from inside %1 was collected and is in use; the checks inside the server run "
                    "again and their findings appear on their steps.")
                     .arg(m_instanceId);
  for (const QString &w : r.warnings) text += u'\n' + w;
  finish(text, false);
  emit evidenceCollected(r.import.evidence);
}

void CloudActionBox::runRestart(const cloud::ActionPlan &plan, const cloud::ActionConsent &consent) {
  m_snapshot = new cloud::SnapshotRestart(m_access->actionClient(), m_access->actionClient());
  connect(m_snapshot, &QObject::destroyed, this, [this] {
    if (m_running) finish(tr("Stopped: the cloud data read with the key was replaced or forgotten."), true);
  });
  QPointer<CloudActionBox> self(this);
  m_snapshot->start(
      plan, consent,
      [self](const cloud::SnapshotProgress &p) {
        if (!self) return;
        if (p.stage == u"disk"_s) self->m_progress->setText(tr("Finding the system disk…"));
        if (p.stage == u"snapshot"_s)
          self->m_progress->setText(tr("Snapshot %1: %2% done").arg(p.snapshotId).arg(p.percent));
        if (p.stage == u"restart"_s) {
          self->m_progress->setText(tr("Sending the restart…"));
          self->m_cancel->hide();  // the restart cannot be called back
        }
      },
      [self](const cloud::SnapshotRestartResult &r) {
        if (self) self->restarted(r);
      });
}

void CloudActionBox::restarted(const cloud::SnapshotRestartResult &r) {
  if (m_snapshot) m_snapshot->deleteLater();
  finish(r.message, !r.ok());
}

void CloudActionBox::cancel() {
  if (m_collect) m_collect->cancel();
  if (m_snapshot && !m_snapshot->cancel() && m_snapshot->rebootSent()) {
    m_progress->setText(tr("The restart was already sent; it cannot be called back."));
    m_cancel->hide();
  }
}

void CloudActionBox::finish(const QString &message, bool error) {
  m_running = false;
  m_progress->hide();
  m_cancel->hide();
  m_result->setText(message);
  m_result->setProperty("error", error);
  m_result->setAccessibleName(message);
  QFont f = m_result->font();
  f.setBold(error);
  m_result->setFont(f);
  m_result->show();
  refresh();
}

void CloudActionBox::retranslate() {
  const bool collect = m_kind == cloud::ActionKind::CollectEvidence;
  setTitle(collect ? tr("Evidence from inside Windows, without VNC") : tr("Restart with a snapshot first"));
  m_intro->setText(
      collect ? tr("Cloud Assistant can run the read-only evidence collector inside the instance for you. You see "
                   "exactly what will be sent before anything is.")
              : tr("When Windows hangs, a restart often helps. RDP Doctor first makes a snapshot of the system disk "
                   "(so nothing is lost), waits until it is done, then restarts. You see the plan before anything "
                   "is sent."));
  m_start->setText(collect ? tr("Collect evidence through Cloud Assistant") : tr("Snapshot, then restart"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setAccessibleName(tr("Stop the cloud action"));
  refresh();
}

void CloudActionBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
