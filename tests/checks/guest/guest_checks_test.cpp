// Every guest check fires on its own fault fixture and stays quiet on the healthy one.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/checks/guest/guest_test_util.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {

struct Expect {
  const char *fixture;
  QStringList problems;  // exact set of guest checks that report a problem
  QString fixId;         // fix id of the first problem listed
};

}  // namespace

TEST(GuestChecks, all_guest_checks_are_registered_with_origin_guest) {
  int n = 0;
  for (const Check *c : CheckRegistry::standard().all()) {
    if (!c->info().id.startsWith(u"guest."_s)) continue;
    ++n;
    EXPECT_EQ(c->info().origin, Origin::Guest) << c->info().id.toStdString();
    EXPECT_GE(c->info().step, 1);
    EXPECT_LE(c->info().step, 11);
    EXPECT_FALSE(c->title().isEmpty());
  }
  EXPECT_GE(n, 20);
}

TEST(GuestChecks, healthy_server_has_no_problem) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("healthy")));
  EXPECT_EQ(problemIds(results), QStringList());
  for (const CheckResult &r : results) {
    EXPECT_EQ(r.status, Status::Pass) << r.id.toStdString() << ": " << r.summary.toStdString();
    EXPECT_FALSE(r.summary.isEmpty());
  }
}

TEST(GuestChecks, without_evidence_every_guest_check_is_skipped_and_says_how_to_collect) {
  const auto results = runGuestChecks(guestTarget(nullptr));
  ASSERT_FALSE(results.isEmpty());
  for (const CheckResult &r : results) {
    EXPECT_EQ(r.status, Status::Skipped);
    EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"no_guest_evidence"_s);
    EXPECT_TRUE(r.summary.contains(u"step 1"_s)) << r.summary.toStdString();
  }
}

TEST(GuestChecks, each_fault_fixture_fires_its_checks) {
  const QList<Expect> cases{
      {"port-out-of-range", {u"guest.port_range"_s}, u"port-registry-out-of-range"_s},
      {"port-mismatch", {u"guest.port_match"_s}, u"port-mismatch"_s},
      {"port-changed", {u"guest.firewall"_s, u"guest.firewall_port_changed"_s, u"guest.port_target"_s}, u"firewall-blocks-rdp"_s},
      {"port-taken", {u"guest.port_listening"_s}, u"port-mismatch"_s},
      {"rdp-disabled", {u"guest.rdp_enabled"_s}, u"rdp-disabled"_s},
      {"termservice-stopped", {u"guest.port_listening"_s, u"guest.termservice"_s}, u"termservice-stopped"_s},
      {"selective-startup", {u"guest.selective_startup"_s}, u"selective-startup"_s},
      {"high-cpu", {u"guest.cpu"_s}, u"high-cpu"_s},
      {"low-memory", {u"guest.memory"_s}, u"low-memory"_s},
      {"firewall-no-allow", {u"guest.firewall"_s}, u"firewall-blocks-rdp"_s},
      {"firewall-block-rule", {u"guest.firewall"_s}, u"firewall-blocks-rdp"_s},
      {"ipsec", {u"guest.ipsec"_s}, u"ipsec-blocks-rdp"_s},
      {"listener-disabled", {u"guest.listener"_s, u"guest.port_listening"_s}, u"listener-disabled"_s},
      {"security-layer-invalid", {u"guest.security_layer"_s}, u"security-layer-invalid"_s},
      {"cert-no-key", {u"guest.certificate"_s}, u"cert-missing-private-key"_s},
      {"cert-expired", {u"guest.certificate"_s}, u"cert-expired"_s},
      {"cert-pinned-missing", {u"guest.certificate"_s}, u"cert-missing-private-key"_s},
      {"licensing-expired", {u"guest.licensing"_s}, u"licensing-expired"_s},
      {"no-permission", {u"guest.rdp_permission"_s}, u"no-rdp-permission"_s},
      {"deny-logon", {u"guest.deny_logon"_s}, u"deny-logon-right"_s},
      {"safedog", {u"guest.security_software"_s}, u"security-software"_s},
      {"account-disabled", {u"guest.account_enabled"_s}, u"account-disabled"_s},
      {"account-locked", {u"guest.account_locked"_s}, u"account-locked"_s},
      {"password-expired", {u"guest.password_expired"_s}, u"password-expired"_s},
      {"crash-loop", {u"guest.crashes"_s}, u"instance-crashing"_s},
      {"restart-pending-updates", {u"guest.restart_pending"_s}, u"restart-pending-updates"_s},
  };
  for (const Expect &c : cases) {
    SCOPED_TRACE(c.fixture);
    const auto results = runGuestChecks(guestTarget(loadEvidence(c.fixture)));
    EXPECT_EQ(problemIds(results), c.problems);
    const CheckResult first = results.value(c.problems.first());
    EXPECT_EQ(first.fixId, c.fixId);
    EXPECT_FALSE(first.summary.isEmpty());
    EXPECT_FALSE(first.detail.isEmpty()) << first.id.toStdString();
    EXPECT_EQ(first.findings.value(u"evidence_source"_s).toString(), u"json"_s);
  }
}

TEST(GuestChecks, policy_value_wins_over_local_rdp_setting) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("rdp-disabled")));
  const CheckResult r = results.value(u"guest.rdp_enabled"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_TRUE(r.findings.value(u"denied_by_policy"_s).toBool());
  EXPECT_TRUE(r.summary.contains(u"policy"_s));
}

TEST(GuestChecks, windows_update_is_named_when_it_loads_the_cpu) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("high-cpu")));
  const CheckResult r = results.value(u"guest.cpu"_s);
  EXPECT_TRUE(r.findings.value(u"windows_update"_s).toBool());
  EXPECT_TRUE(r.summary.contains(u"TiWorker"_s)) << r.summary.toStdString();
  EXPECT_TRUE(r.detail.contains(u"Windows Update"_s));
}

TEST(GuestChecks, connecting_to_another_port_than_configured_is_a_mismatch) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("healthy"), 5588));
  const CheckResult r = results.value(u"guest.port_target"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"port-mismatch"_s);
  EXPECT_EQ(r.findings.value(u"configured_port"_s).toInt(), 3389);
  EXPECT_EQ(r.findings.value(u"target_port"_s).toInt(), 5588);
}

TEST(GuestChecks, password_set_before_boot_warns_only_when_the_client_rejected_credentials) {
  auto ev = loadEvidence("healthy");
  EXPECT_EQ(runGuestChecks(guestTarget(ev)).value(u"guest.password_vs_boot"_s).status, Status::Pass);
  const CheckResult r = runGuestChecks(guestTarget(ev, 3389, u"Your credentials did not work (0x807)"_s)).value(u"guest.password_vs_boot"_s);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"password-reset-needs-restart"_s);
}

TEST(GuestChecks, facts_missing_from_the_evidence_are_skipped_not_passed) {
  guest::GuestEvidence e;  // a document with no sections at all
  e.collectedAt = u"2026-11-20T08:15:00Z"_s;
  const auto results = runGuestChecks(guestTarget(std::make_shared<const guest::GuestEvidence>(e)));
  for (const CheckResult &r : results) {
    EXPECT_EQ(r.status, Status::Skipped) << r.id.toStdString();
    EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"not_collected"_s) << r.id.toStdString();
  }
}

// ---- step 1: crashes -------------------------------------------------------------------------------------------

TEST(GuestChecks, crash_loop_fails_with_the_counts_as_evidence) {
  const CheckResult r = runGuestChecks(guestTarget(loadEvidence("crash-loop"))).value(u"guest.crashes"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.step, 1);
  EXPECT_EQ(r.fixId, u"instance-crashing"_s);
  EXPECT_EQ(r.findings.value(u"bugchecks"_s).toInt(), 2);
  // Kernel-Power 41 and EventLog 6008 describe the same unclean restarts: 3 + 3 logged, 3 restarts.
  EXPECT_EQ(r.findings.value(u"unexpected_shutdowns"_s).toInt(), 3);
  EXPECT_EQ(r.findings.value(u"window_hours"_s).toInt(), 24);
  EXPECT_EQ(r.findings.value(u"last_boot"_s).toString(), u"2026-11-20T07:52:00Z"_s);
  EXPECT_TRUE(r.summary.contains(u"blue screen"_s)) << r.summary.toStdString();
  EXPECT_TRUE(r.detail.contains(u"step 1"_s)) << r.detail.toStdString();
}

namespace {
// A copy of a fixture with the crash counters set (-1 leaves an entry out).
std::shared_ptr<const guest::GuestEvidence> withCrashCounts(int kernelPower41, int eventLog6008, int bugchecks) {
  QFile f(evidenceFixture("healthy"));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly));
  QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
  QJsonObject events = doc.value(u"events"_s).toObject();
  QJsonArray counts;
  for (const QJsonValue &v : events.value(u"counts"_s).toArray()) {
    QJsonObject c = v.toObject();
    const int id = c.value(u"id"_s).toInt();
    const int n = id == 41 ? kernelPower41 : id == 6008 ? eventLog6008 : id == 1001 ? bugchecks : c.value(u"count"_s).toInt();
    if (n < 0) continue;
    c.insert(u"count"_s, n);
    counts.append(c);
  }
  events.insert(u"counts"_s, counts);
  doc.insert(u"events"_s, events);
  const guest::ImportResult r = guest::EvidenceImport::fromJson(QJsonDocument(doc).toJson());
  EXPECT_TRUE(r.ok()) << r.message.toStdString();
  return r.evidence;
}
Status crashStatus(int kernelPower41, int eventLog6008, int bugchecks) {
  return runGuestChecks(guestTarget(withCrashCounts(kernelPower41, eventLog6008, bugchecks))).value(u"guest.crashes"_s).status;
}
}  // namespace

TEST(GuestChecks, one_unclean_restart_warns_two_fail_one_blue_screen_fails) {
  EXPECT_EQ(crashStatus(0, 0, 0), Status::Pass);
  EXPECT_EQ(crashStatus(1, 1, 0), Status::Warn);  // one restart logs both events
  EXPECT_EQ(crashStatus(1, 0, 0), Status::Warn);
  EXPECT_EQ(crashStatus(2, 2, 0), Status::Fail);
  EXPECT_EQ(crashStatus(0, 0, 1), Status::Fail);
  const CheckResult warn = runGuestChecks(guestTarget(withCrashCounts(1, 1, 0))).value(u"guest.crashes"_s);
  EXPECT_EQ(warn.fixId, u"instance-crashing"_s);
  EXPECT_TRUE(warn.summary.contains(u"once"_s)) << warn.summary.toStdString();
  EXPECT_FALSE(warn.detail.isEmpty());
}

TEST(GuestChecks, crash_counts_missing_from_the_evidence_are_not_collected) {
  // An older collector did not count these events: skipped, not passed.
  CheckResult r = runGuestChecks(guestTarget(withCrashCounts(-1, -1, -1))).value(u"guest.crashes"_s);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"not_collected"_s);
  // Zero blue screens known, restarts unknown: still not a pass.
  EXPECT_EQ(crashStatus(-1, -1, 0), Status::Skipped);
  // But a known blue screen is a failure even when the restart counts are missing.
  EXPECT_EQ(crashStatus(-1, -1, 1), Status::Fail);
}

// ---- step 11: restart pending ----------------------------------------------------------------------------------

TEST(GuestChecks, changed_port_not_yet_applied_is_a_pending_restart_not_a_dead_listener) {
  // Both values say 3390, TermService still listens on 3389; the user connects to the new port 3390.
  const auto results = runGuestChecks(guestTarget(loadEvidence("restart-pending-port"), 3390));
  EXPECT_EQ(problemIds(results), (QStringList{u"guest.port_listening"_s, u"guest.restart_pending"_s}));
  const CheckResult r = results.value(u"guest.restart_pending"_s);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"restart-pending-port"_s);
  EXPECT_EQ(r.step, 11);
  EXPECT_EQ(r.findings.value(u"configured_port"_s).toInt(), 3390);
  EXPECT_EQ(r.findings.value(u"termservice_ports"_s).toList(), QVariantList{3389});
  EXPECT_TRUE(r.summary.contains(u"3390"_s) && r.summary.contains(u"3389"_s)) << r.summary.toStdString();
  EXPECT_TRUE(r.detail.contains(u"step 11"_s)) << r.detail.toStdString();
  // The listening check tells the same story: Remote Desktop runs, on the old port, and a restart fixes it.
  const CheckResult listen = results.value(u"guest.port_listening"_s);
  EXPECT_EQ(listen.findings.value(u"state"_s).toString(), u"termservice_elsewhere"_s);
  EXPECT_EQ(listen.fixId, u"restart-pending-port"_s);
  EXPECT_FALSE(listen.summary.contains(u"Nothing listens"_s)) << listen.summary.toStdString();
  EXPECT_TRUE(listen.detail.contains(u"restart"_s)) << listen.detail.toStdString();
  // Both stored values agree and match the target: no mismatch is reported.
  EXPECT_EQ(results.value(u"guest.port_match"_s).status, Status::Pass);
  EXPECT_EQ(results.value(u"guest.port_target"_s).status, Status::Pass);
  bool found = false;
  for (const Check *c : CheckRegistry::standard().all()) {
    if (c->info().id != u"guest.restart_pending"_s) continue;
    found = true;
    EXPECT_TRUE(CheckRegistry::standard().showsOn(c->info().id, 3));
  }
  EXPECT_TRUE(found);
}

TEST(GuestChecks, connecting_to_the_old_port_before_the_restart_is_a_warning_not_a_mismatch) {
  const CheckResult r = runGuestChecks(guestTarget(loadEvidence("restart-pending-port"), 3389)).value(u"guest.port_target"_s);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"restart-pending-port"_s);
  EXPECT_TRUE(r.summary.contains(u"until it restarts"_s)) << r.summary.toStdString();
}

TEST(GuestChecks, pending_updates_warn_and_name_the_flags) {
  const CheckResult r = runGuestChecks(guestTarget(loadEvidence("restart-pending-updates"))).value(u"guest.restart_pending"_s);
  EXPECT_EQ(r.status, Status::Warn);
  EXPECT_EQ(r.fixId, u"restart-pending-updates"_s);
  const QVariantMap flags = r.findings.value(u"reboot_pending"_s).toMap();
  EXPECT_EQ(flags.value(u"component_servicing"_s), QVariant(true));
  EXPECT_EQ(flags.value(u"windows_update"_s), QVariant(true));
  EXPECT_EQ(flags.value(u"file_rename"_s), QVariant(false));
  EXPECT_FALSE(r.findings.value(u"port_change_pending"_s).toBool());
  EXPECT_FALSE(r.detail.isEmpty());
}

TEST(GuestChecks, restart_pending_passes_on_healthy_and_is_skipped_when_not_collected) {
  const CheckResult healthy = runGuestChecks(guestTarget(loadEvidence("healthy"))).value(u"guest.restart_pending"_s);
  EXPECT_EQ(healthy.status, Status::Pass);
  EXPECT_EQ(healthy.summary, u"No restart is pending."_s);
  // A typed code carries neither the listeners nor the flags.
  guest::GuestEvidence code;
  code.source = guest::GuestEvidence::Source::Code;
  code.facts.portTds = 3389;
  code.facts.portRdpTcp = 3389;
  code.facts.portOwner = guest::PortOwner::NotListening;
  const CheckResult r = runGuestChecks(guestTarget(std::make_shared<const guest::GuestEvidence>(code))).value(u"guest.restart_pending"_s);
  EXPECT_EQ(r.status, Status::Skipped);
  EXPECT_EQ(r.findings.value(u"reason"_s).toString(), u"not_collected"_s);
}
