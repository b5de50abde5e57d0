#include "checks/cloud/snapshot_restart.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

QJsonArray listIn(const QByteArray &body, const QString &outer, const QString &inner) {
  return QJsonDocument::fromJson(body).object().value(outer).toObject().value(inner).toArray();
}

int percentOf(const QString &progress) {
  QString p = progress.trimmed();
  if (p.endsWith(u'%')) p.chop(1);
  bool ok = false;
  const int v = p.toInt(&ok);
  return ok ? qBound(0, v, 100) : 0;
}

}  // namespace

ApiCall SnapshotRestart::ecs(const QString &action, QList<std::pair<QString, QString>> params) const {
  ApiCall c;
  c.action = action;
  c.regionId = m_plan.target.regionId;
  c.params = std::move(params);
  return c;
}

void SnapshotRestart::start(const ActionPlan &plan, const ActionConsent &consent,
                            std::function<void(SnapshotProgress)> progress,
                            std::function<void(SnapshotRestartResult)> done) {
  m_plan = plan;
  m_progress = std::move(progress);
  m_done = std::move(done);
  QString why = consent.refusal(plan);
  if (why.isEmpty() && plan.kind != ActionKind::Snapshot && plan.kind != ActionKind::SnapshotThenRestart)
    why = QCoreApplication::translate("CloudActions", "Nothing was done: this is not a snapshot plan.");
  if (!why.isEmpty()) {
    spdlog::info("cloud action: snapshot/restart refused before sending anything");
    SnapshotRestartResult r;
    r.outcome = SnapshotRestartResult::Outcome::Refused;
    r.message = why;
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  if (!plan.diskId.isEmpty()) {
    m_diskId = plan.diskId;
    QTimer::singleShot(0, this, [this] { createSnapshot(); });
    return;
  }
  findDisk();
}

void SnapshotRestart::findDisk() {
  if (m_progress) m_progress({u"disk"_s, {}, 0});
  QPointer<SnapshotRestart> self(this);
  m_client->send(ecs(u"DescribeDisks"_s, {{u"RegionId"_s, m_plan.target.regionId},
                                          {u"InstanceId"_s, m_plan.target.instanceId},
                                          {u"DiskType"_s, u"system"_s}}),
                 [self](const ApiOutcome &o) {
                   if (!self || self->m_finished) return;
                   if (!o.ok()) return self->fail(o);
                   for (const QJsonValue v : listIn(o.body, u"Disks"_s, u"Disk"_s)) {
                     const QJsonObject d = v.toObject();
                     if (d.value(u"Type"_s).toString(u"system"_s) == u"system"_s) {
                       self->m_diskId = d.value(u"DiskId"_s).toString();
                       break;
                     }
                   }
                   if (self->m_diskId.isEmpty()) {
                     SnapshotRestartResult r;
                     r.outcome = SnapshotRestartResult::Outcome::NoSystemDisk;
                     r.message = QCoreApplication::translate(
                                     "CloudActions",
                                     "No system disk of %1 was found, so no snapshot was made and nothing restarted. "
                                     "Check the instance id and region.")
                                     .arg(self->m_plan.target.instanceId);
                     return self->finish(r);
                   }
                   self->createSnapshot();
                 });
}

void SnapshotRestart::createSnapshot() {
  if (m_finished) return;
  const QString name =
      u"rdp-doctor-before-restart-"_s + m_client->seams().clock->nowUtc().toString(u"yyyyMMdd-HHmmss"_s);
  spdlog::info("cloud action: CreateSnapshot of {} ({})", m_diskId, m_plan.target.instanceId);
  QPointer<SnapshotRestart> self(this);
  m_client->send(ecs(u"CreateSnapshot"_s,
                     {{u"DiskId"_s, m_diskId},
                      {u"SnapshotName"_s, name},
                      {u"Description"_s, u"Made by RDP Doctor before restarting "_s + m_plan.target.instanceId},
                      {u"ClientToken"_s, QString::fromLatin1(m_client->seams().nonce())}}),
                 [self](const ApiOutcome &o) {
                   if (!self || self->m_finished) return;
                   if (!o.ok()) return self->fail(o);
                   self->m_snapshotId = QJsonDocument::fromJson(o.body).object().value(u"SnapshotId"_s).toString();
                   if (self->m_snapshotId.isEmpty()) {
                     ApiOutcome bad = o;
                     bad.failure = ApiFailure::Malformed;
                     return self->fail(bad);
                   }
                   if (self->m_progress) self->m_progress({u"snapshot"_s, self->m_snapshotId, 0});
                   self->poll();
                 });
}

void SnapshotRestart::poll() {
  if (m_finished) return;
  const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray{m_snapshotId}).toJson(QJsonDocument::Compact));
  QPointer<SnapshotRestart> self(this);
  m_client->send(ecs(u"DescribeSnapshots"_s, {{u"RegionId"_s, m_plan.target.regionId}, {u"SnapshotIds"_s, ids}}),
                 [self](const ApiOutcome &o) {
                   if (!self || self->m_finished) return;
                   if (!o.ok()) return self->fail(o);
                   self->readSnapshot(o.body);
                 });
}

void SnapshotRestart::readSnapshot(const QByteArray &body) {
  QJsonObject snap;
  for (const QJsonValue v : listIn(body, u"Snapshots"_s, u"Snapshot"_s))
    if (v.toObject().value(u"SnapshotId"_s).toString() == m_snapshotId) snap = v.toObject();
  const QString status = snap.value(u"Status"_s).toString();
  const int percent = status == u"accomplished"_s ? 100 : percentOf(snap.value(u"Progress"_s).toString());
  if (m_progress) m_progress({u"snapshot"_s, m_snapshotId, percent});
  if (status == u"accomplished"_s) {
    if (m_plan.kind == ActionKind::SnapshotThenRestart) return reboot();
    SnapshotRestartResult r;
    r.outcome = SnapshotRestartResult::Outcome::Done;
    r.message =
        QCoreApplication::translate("CloudActions", "Snapshot %1 of disk %2 is complete. Nothing was restarted.")
            .arg(m_snapshotId, m_diskId);
    return finish(r);
  }
  if (status == u"failed"_s) {
    SnapshotRestartResult r;
    r.outcome = SnapshotRestartResult::Outcome::SnapshotFailed;
    r.message = QCoreApplication::translate("CloudActions",
                                            "Snapshot %1 of disk %2 failed, so the instance was not restarted. Look "
                                            "at the snapshot in the ECS console, then decide about the restart.")
                    .arg(m_snapshotId, m_diskId);
    return finish(r);
  }
  if (m_waitedMs >= m_config.timeoutMs) {
    SnapshotRestartResult r;
    r.outcome = SnapshotRestartResult::Outcome::TimedOut;
    r.message = QCoreApplication::translate("CloudActions",
                                            "Snapshot %1 was still at %2% after %n minute(s); the instance was not "
                                            "restarted. The snapshot goes on in the cloud: restart once it is "
                                            "complete.",
                                            nullptr, m_config.timeoutMs / 60000)
                    .arg(m_snapshotId)
                    .arg(percent);
    return finish(r);
  }
  m_waitedMs += m_config.pollIntervalMs;
  QPointer<SnapshotRestart> self(this);
  m_client->seams().sleep(m_config.pollIntervalMs, this, [self] {
    if (self) self->poll();
  });
}

void SnapshotRestart::reboot() {
  if (m_finished) return;
  if (m_progress) m_progress({u"restart"_s, m_snapshotId, 100});
  m_rebootInFlight = true;
  spdlog::info("cloud action: RebootInstance {} ForceStop={}", m_plan.target.instanceId, m_plan.forceStop);
  QPointer<SnapshotRestart> self(this);
  m_client->send(
      ecs(u"RebootInstance"_s,
          {{u"InstanceId"_s, m_plan.target.instanceId}, {u"ForceStop"_s, m_plan.forceStop ? u"true"_s : u"false"_s}}),
      [self](const ApiOutcome &o) {
        if (!self || self->m_finished) return;
        self->m_rebootInFlight = false;
        if (!o.ok()) return self->fail(o);
        self->m_rebootSent = true;
        SnapshotRestartResult r;
        r.outcome = SnapshotRestartResult::Outcome::Done;
        r.message = (self->m_plan.forceStop
                         ? QCoreApplication::translate("CloudActions",
                                                       "Snapshot %1 is complete and the forced restart of "
                                                       "%2 was sent. Wait two to five minutes, then connect "
                                                       "again.")
                         : QCoreApplication::translate("CloudActions",
                                                       "Snapshot %1 is complete and the restart of %2 was "
                                                       "sent. Wait two to five minutes, then connect again."))
                        .arg(self->m_snapshotId, self->m_plan.target.instanceId);
        self->finish(r);
      });
}

bool SnapshotRestart::cancel() {
  if (m_finished) return false;
  if (m_rebootInFlight || m_rebootSent) return false;
  m_client->abortAll();
  SnapshotRestartResult r;
  r.outcome = SnapshotRestartResult::Outcome::Cancelled;
  r.message = m_snapshotId.isEmpty()
                  ? QCoreApplication::translate("CloudActions", "Stopped: no snapshot was made, nothing restarted.")
                  : QCoreApplication::translate("CloudActions",
                                                "Stopped: the instance was not restarted. Snapshot %1 was already "
                                                "requested and stays (delete it in the ECS console if you do not "
                                                "need it).")
                        .arg(m_snapshotId);
  finish(r);
  return true;
}

void SnapshotRestart::fail(const ApiOutcome &o) {
  SnapshotRestartResult r;
  r.outcome = SnapshotRestartResult::Outcome::ApiFailed;
  r.failure = o;
  r.message = failureMessage(o, m_client->credentials().maskedKeyId());
  if (o.action == u"RebootInstance"_s)
    r.message +=
        u' ' + QCoreApplication::translate("CloudActions", "Snapshot %1 is complete; the restart was not done.")
                   .arg(m_snapshotId);
  else if (m_plan.kind == ActionKind::SnapshotThenRestart)
    r.message += u' ' + QCoreApplication::translate("CloudActions", "Nothing was restarted.");
  finish(r);
}

void SnapshotRestart::finish(SnapshotRestartResult r) {
  if (m_finished) return;
  m_finished = true;
  r.diskId = m_diskId;
  r.snapshotId = m_snapshotId;
  r.rebootSent = m_rebootSent;
  r.forceStop = m_plan.forceStop;
  spdlog::info("cloud action: snapshot/restart finished ({}), snapshot {}, restart sent: {}", int(r.outcome),
               m_snapshotId.isEmpty() ? u"-"_s : m_snapshotId, m_rebootSent);
  if (m_done) m_done(std::move(r));
}

}  // namespace rdpd::cloud
