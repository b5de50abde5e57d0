// Every guest check fires on its own fault fixture and stays quiet on the healthy one.
#include <gtest/gtest.h>

#include "tests/checks/guest_test_util.h"

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
    EXPECT_GE(c->info().step, 2);
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
    EXPECT_EQ(r.evidence.value(u"reason"_s).toString(), u"no_guest_evidence"_s);
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
  };
  for (const Expect &c : cases) {
    SCOPED_TRACE(c.fixture);
    const auto results = runGuestChecks(guestTarget(loadEvidence(c.fixture)));
    EXPECT_EQ(problemIds(results), c.problems);
    const CheckResult first = results.value(c.problems.first());
    EXPECT_EQ(first.fixId, c.fixId);
    EXPECT_FALSE(first.summary.isEmpty());
    EXPECT_FALSE(first.detail.isEmpty()) << first.id.toStdString();
    EXPECT_EQ(first.evidence.value(u"evidence_source"_s).toString(), u"json"_s);
  }
}

TEST(GuestChecks, policy_value_wins_over_local_rdp_setting) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("rdp-disabled")));
  const CheckResult r = results.value(u"guest.rdp_enabled"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_TRUE(r.evidence.value(u"denied_by_policy"_s).toBool());
  EXPECT_TRUE(r.summary.contains(u"policy"_s));
}

TEST(GuestChecks, windows_update_is_named_when_it_loads_the_cpu) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("high-cpu")));
  const CheckResult r = results.value(u"guest.cpu"_s);
  EXPECT_TRUE(r.evidence.value(u"windows_update"_s).toBool());
  EXPECT_TRUE(r.summary.contains(u"TiWorker"_s)) << r.summary.toStdString();
  EXPECT_TRUE(r.detail.contains(u"Windows Update"_s));
}

TEST(GuestChecks, connecting_to_another_port_than_configured_is_a_mismatch) {
  const auto results = runGuestChecks(guestTarget(loadEvidence("healthy"), 5588));
  const CheckResult r = results.value(u"guest.port_target"_s);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.fixId, u"port-mismatch"_s);
  EXPECT_EQ(r.evidence.value(u"configured_port"_s).toInt(), 3389);
  EXPECT_EQ(r.evidence.value(u"target_port"_s).toInt(), 5588);
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
    EXPECT_EQ(r.evidence.value(u"reason"_s).toString(), u"not_collected"_s) << r.id.toStdString();
  }
}
