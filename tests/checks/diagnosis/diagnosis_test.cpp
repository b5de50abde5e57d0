// Diagnosis and the confirmation data, without widgets.
#include "checks/diagnosis/diagnosis.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QSignalSpy>

#include "checks/cloud/cloud_evidence.h"
#include "checks/core/confirmations.h"
#include "checks/core/steps.h"
#include "checks/guest/evidence_import.h"
#include "tests/support/loopback.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

TEST(Confirmations, every_step_has_at_least_one_with_a_unique_id_and_text) {
  QSet<QString> seen;
  for (int step = 1; step <= kStepCount; ++step) {
    const QList<Confirmation> list = confirmationsForStep(step);
    EXPECT_GE(list.size(), 1) << "step " << step;
    for (const Confirmation &c : list) {
      EXPECT_EQ(c.step, step);
      EXPECT_FALSE(seen.contains(c.id)) << c.id.toStdString();
      seen.insert(c.id);
      EXPECT_FALSE(confirmationText(c.id).isEmpty()) << c.id.toStdString();
      EXPECT_TRUE(c.id.contains(u'.')) << c.id.toStdString();
    }
  }
  EXPECT_EQ(seen.size(), allConfirmationIds().size());
  EXPECT_EQ(confirmationText(u"password.restarted_after_reset"_s),
            u"I restarted the instance after resetting the password"_s);
  EXPECT_TRUE(confirmationText(u"no.such"_s).isEmpty());
}

TEST(Diagnosis, runs_everything_and_reports_the_worst_status_per_step) {
  Diagnosis s;
  QSignalSpy finished(&s, &Diagnosis::finished);
  QSignalSpy running(&s, &Diagnosis::runningChanged);
  EXPECT_FALSE(s.stepStatus(3).has_value());
  Target t = parseTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort())).target;
  s.start(t);
  EXPECT_TRUE(s.isRunning());
  ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
  EXPECT_FALSE(finished.first().first().toBool());  // not cancelled
  EXPECT_TRUE(s.isComplete());
  EXPECT_GE(running.count(), 2);
  ASSERT_TRUE(s.stepStatus(3).has_value());
  EXPECT_EQ(*s.stepStatus(3), Status::Fail);  // refused port
  int worst = -100;
  for (const CheckResult &r : s.stepResults(3)) worst = std::max(worst, severity(r.status));
  EXPECT_EQ(severity(*s.stepStatus(3)), worst);
  EXPECT_FALSE(s.causes().isEmpty());
  EXPECT_EQ(s.results().size(), s.registry().automaticIds().size());
}

TEST(Diagnosis, retranslate_re_describes_summaries) {
  Diagnosis s;
  QSignalSpy finished(&s, &Diagnosis::finished);
  s.start(parseTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort())).target);
  ASSERT_TRUE(finished.wait(20000));
  QSignalSpy changed(&s, &Diagnosis::resultChanged);
  s.retranslate();
  EXPECT_EQ(changed.count(), s.results().size());
  for (const CheckResult &r : s.results()) EXPECT_EQ(r.summary, s.registry().summarize(r));
}

TEST(Diagnosis, confirmations_and_notes) {
  Diagnosis s;
  QSignalSpy spy(&s, &Diagnosis::confirmationsChanged);
  s.setConfirmed(u"restart.snapshot_taken"_s, true);
  s.setConfirmed(u"restart.snapshot_taken"_s, true);
  EXPECT_EQ(spy.count(), 1);
  EXPECT_TRUE(s.isConfirmed(u"restart.snapshot_taken"_s));
  s.setConfirmed(u"restart.snapshot_taken"_s, false);
  EXPECT_FALSE(s.isConfirmed(u"restart.snapshot_taken"_s));
  s.setNote(11, u"snapshot s-123"_s);
  EXPECT_EQ(s.note(11), u"snapshot s-123"_s);
  EXPECT_TRUE(s.note(10).isEmpty());
}

TEST(Diagnosis, new_guest_evidence_after_a_finished_run_re_runs_only_the_guest_checks) {
  Diagnosis s;
  QSignalSpy finished(&s, &Diagnosis::finished);
  const int port = rdpd::test::closedLoopbackPort();
  s.start(parseTarget(u"127.0.0.1:%1"_s.arg(port)).target);
  ASSERT_TRUE(finished.wait(20000));
  const CheckResult tcpBefore = *s.result(u"net.tcp_connect"_s);
  ASSERT_EQ(s.result(u"guest.rdp_enabled"_s)->findings.value(u"reason"_s).toString(), u"no_guest_evidence"_s);
  EXPECT_EQ(s.causes().first().id, u"port_refused"_s);

  const guest::ImportResult ev =
      guest::EvidenceImport::fromFile(QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/evidence/rdp-disabled.json"));
  ASSERT_TRUE(ev.ok()) << ev.message.toStdString();
  QSignalSpy changed(&s, &Diagnosis::resultChanged);
  s.setGuestEvidence(ev.evidence);
  ASSERT_TRUE(finished.wait(20000));
  QSet<QString> touched;
  for (const QList<QVariant> &args : changed) touched.insert(args.first().toString());
  EXPECT_FALSE(touched.isEmpty());
  for (const QString &id : touched) EXPECT_TRUE(id.startsWith(u"guest."_s)) << id.toStdString() << " ran again";
  // The remote result is the very same one (not probed again), and the verdict now combines both.
  EXPECT_EQ(s.result(u"net.tcp_connect"_s)->finishedAt, tcpBefore.finishedAt);
  EXPECT_EQ(s.result(u"guest.rdp_enabled"_s)->status, Status::Fail);
  // The fixture's server uses 3389, not this test's port: the combined verdict says so, and RDP being off is listed.
  EXPECT_EQ(s.causes().first().id, u"guest_port_mismatch"_s);
  QStringList ids;
  for (const Cause &c : s.causes()) ids << c.id;
  EXPECT_TRUE(ids.contains(u"guest_rdp_disabled"_s)) << ids.join(u' ').toStdString();
  EXPECT_EQ(s.results().size(), s.registry().automaticIds().size());
}

TEST(Diagnosis, cloud_evidence_after_a_finished_run_re_runs_only_the_cloud_checks_and_null_forgets_it) {
  Diagnosis s;
  QSignalSpy finished(&s, &Diagnosis::finished);
  s.start(parseTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort())).target);
  ASSERT_TRUE(finished.wait(20000));
  const CheckResult tcpBefore = *s.result(u"net.tcp_connect"_s);
  EXPECT_EQ(s.result(u"cloud.instance_state"_s)->status, Status::Skipped);

  const QString dir = QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/");
  const cloud::CloudImport imported = cloud::importCloudFiles({dir + u"instances-two-regions.json"_s});
  ASSERT_TRUE(imported.ok()) << imported.message.toStdString();
  imported.evidence->instanceId = u"i-bp1winrdp0doctor01"_s;
  QSignalSpy changed(&s, &Diagnosis::resultChanged);
  s.setCloudEvidence(imported.evidence);
  ASSERT_TRUE(finished.wait(20000));
  for (const QList<QVariant> &args : changed)
    EXPECT_TRUE(args.first().toString().startsWith(u"cloud."_s)) << args.first().toString().toStdString();
  EXPECT_EQ(s.result(u"net.tcp_connect"_s)->finishedAt, tcpBefore.finishedAt);
  EXPECT_EQ(s.result(u"cloud.instance_state"_s)->status, Status::Pass);
  EXPECT_EQ(s.target().cloudEvidence, imported.evidence);

  s.setCloudEvidence(nullptr);
  ASSERT_TRUE(finished.wait(20000));
  EXPECT_EQ(s.result(u"cloud.instance_state"_s)->status, Status::Skipped);
  EXPECT_EQ(s.result(u"net.tcp_connect"_s)->finishedAt, tcpBefore.finishedAt);
}
