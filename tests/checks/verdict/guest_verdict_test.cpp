// Verdict rules of the guest area: each fires on its fixture, none on the healthy server, and the cross-checks
// combine remote probe results (built by hand here) with guest facts.
#include <gtest/gtest.h>

#include "checks/verdict/verdict.h"
#include "tests/checks/guest/guest_test_util.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {

CheckResult remoteTcp(const QString &state, int port = 3389) {
  CheckResult r;
  r.id = u"net.tcp_connect"_s;
  r.step = 3;
  r.origin = Origin::Remote;
  r.status = state == u"open"_s ? Status::Pass : Status::Fail;
  r.findings = {{u"state"_s, state}, {u"port"_s, port}};
  return r;
}

QStringList causeIds(const QList<Cause> &causes) {
  QStringList ids;
  for (const Cause &c : causes) ids << c.id;
  return ids;
}

}  // namespace

TEST(GuestVerdict, every_guest_cause_has_words) {
  for (const char *id : {"guest_port_out_of_range", "guest_port_mismatch", "guest_port_values_disagree", "guest_rdp_disabled", "guest_termservice_stopped",
                         "guest_selective_startup", "guest_listener_disabled", "guest_firewall_blocks", "guest_ipsec_blocks",
                         "security_group_blocks", "guest_security_layer_invalid", "guest_certificate_broken",
                         "guest_licensing_expired", "guest_no_rdp_permission", "guest_deny_logon", "guest_account_blocked",
                         "guest_password_needs_restart", "guest_high_cpu", "guest_low_memory", "guest_security_software",
                         "guest_instance_crashing", "guest_restart_pending"}) {
    const QString cid = QString::fromLatin1(id);
    EXPECT_TRUE(knownCauseIds().contains(cid)) << id;
    EXPECT_NE(causeSummary(cid), cid) << id;
    EXPECT_FALSE(causeAdvice(cid).isEmpty()) << id;
  }
}

TEST(GuestVerdict, each_fault_fixture_leads_to_its_cause) {
  const QList<QPair<const char *, QString>> cases{
      {"port-out-of-range", u"guest_port_out_of_range"_s}, {"port-mismatch", u"guest_port_values_disagree"_s},
      {"port-taken", u"guest_port_mismatch"_s}, {"rdp-disabled", u"guest_rdp_disabled"_s},
      {"termservice-stopped", u"guest_termservice_stopped"_s}, {"selective-startup", u"guest_selective_startup"_s},
      {"listener-disabled", u"guest_listener_disabled"_s}, {"firewall-no-allow", u"guest_firewall_blocks"_s},
      {"firewall-block-rule", u"guest_firewall_blocks"_s}, {"ipsec", u"guest_ipsec_blocks"_s},
      {"security-layer-invalid", u"guest_security_layer_invalid"_s}, {"cert-expired", u"guest_certificate_broken"_s},
      {"cert-no-key", u"guest_certificate_broken"_s}, {"licensing-expired", u"guest_licensing_expired"_s},
      {"no-permission", u"guest_no_rdp_permission"_s}, {"deny-logon", u"guest_deny_logon"_s},
      {"account-disabled", u"guest_account_blocked"_s}, {"account-locked", u"guest_account_blocked"_s},
      {"password-expired", u"guest_account_blocked"_s}, {"high-cpu", u"guest_high_cpu"_s},
      {"low-memory", u"guest_low_memory"_s}, {"safedog", u"guest_security_software"_s},
      {"crash-loop", u"guest_instance_crashing"_s}, {"restart-pending-port", u"guest_restart_pending"_s},
  };
  for (const auto &[fixture, cause] : cases) {
    SCOPED_TRACE(fixture);
    const QList<Cause> causes = rankCauses(runGuestChecks(guestTarget(loadEvidence(fixture))));
    ASSERT_FALSE(causes.isEmpty());
    EXPECT_EQ(causes.first().id, cause) << causeIds(causes).join(u", "_s).toStdString();
  }
}

TEST(GuestVerdict, healthy_guest_raises_no_guest_cause) {
  const QList<Cause> causes = rankCauses(runGuestChecks(guestTarget(loadEvidence("healthy"))));
  for (const Cause &c : causes) {
    EXPECT_FALSE(c.id.startsWith(u"guest_"_s)) << c.id.toStdString();
    EXPECT_NE(c.id, u"security_group_blocks"_s);
  }
}

TEST(GuestVerdict, filtered_from_outside_while_the_guest_allows_it_blames_the_security_group) {
  Results r = runGuestChecks(guestTarget(loadEvidence("healthy")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"filtered"_s));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"security_group_blocks"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_EQ(causes.first().step, 3);
  EXPECT_GT(causes.first().confidence, 0.9);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"guest.firewall"_s));
}

TEST(GuestVerdict, filtered_from_outside_with_guest_firewall_blocking_blames_the_firewall) {
  Results r = runGuestChecks(guestTarget(loadEvidence("firewall-no-allow")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"filtered"_s));
  const QList<Cause> causes = rankCauses(r);
  EXPECT_EQ(causes.first().id, u"guest_firewall_blocks"_s);
  EXPECT_FALSE(causeIds(causes).contains(u"security_group_blocks"_s));
}

TEST(GuestVerdict, refused_while_rdp_listens_on_another_port_is_a_port_mismatch) {
  // The server was moved to 5588 (both values); the user still connects to 3389 and is refused.
  auto ev = loadEvidence("port-changed");
  Results r = runGuestChecks(guestTarget(ev, 3389));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s, 3389));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"guest_port_mismatch"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_GE(causes.first().confidence, 0.97);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"net.tcp_connect"_s));
}

TEST(GuestVerdict, safedog_with_filtered_port_and_open_firewall_is_named) {
  Results r = runGuestChecks(guestTarget(loadEvidence("safedog")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"filtered"_s));
  const QList<Cause> causes = rankCauses(r);
  // The FAQ's SafeDog case: blocked from this client, Windows Firewall open, SafeDog running -> its blacklist
  // first, the security group second.
  EXPECT_EQ(causes.first().id, u"guest_security_software"_s);
  EXPECT_EQ(causes.first().step, 10);
  EXPECT_TRUE(causeIds(causes).contains(u"security_group_blocks"_s));
}

TEST(GuestVerdict, open_port_with_healthy_guest_stays_healthy) {
  Results r = runGuestChecks(guestTarget(loadEvidence("healthy")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"open"_s));
  EXPECT_EQ(rankCauses(r).first().id, u"healthy"_s);
}

namespace {
const Cause *findCause(const QList<Cause> &causes, const QString &id) {
  for (const Cause &c : causes)
    if (c.id == id) return &c;
  return nullptr;
}
}  // namespace

TEST(GuestVerdict, a_crashing_server_explains_a_refused_port_better_than_the_port_does) {
  Results r = runGuestChecks(guestTarget(loadEvidence("crash-loop")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"guest_instance_crashing"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_EQ(causes.first().step, 1);
  EXPECT_DOUBLE_EQ(causes.first().confidence, 0.86);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"guest.crashes"_s));
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"net.tcp_connect"_s));
  EXPECT_TRUE(causeIds(causes).contains(u"port_refused"_s)) << "the refused port stays listed below it";
}

TEST(GuestVerdict, a_single_unclean_restart_is_only_a_hint) {
  // Make the crash check warn (one unclean restart) and see the cause listed with low confidence.
  Results r = runGuestChecks(guestTarget(loadEvidence("healthy")));
  CheckResult crash = r.value(u"guest.crashes"_s);
  crash.status = Status::Warn;
  crash.fixId = u"instance-crashing"_s;
  r.insert(crash.id, crash);
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s));
  const QList<Cause> causes = rankCauses(r);
  const Cause *c = findCause(causes, u"guest_instance_crashing"_s);
  ASSERT_NE(c, nullptr) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_DOUBLE_EQ(c->confidence, 0.5);
  EXPECT_NE(causes.first().id, u"guest_instance_crashing"_s);
}

TEST(GuestVerdict, changed_port_waiting_for_a_restart_is_not_a_port_mismatch) {
  // Both values say 3390, the user connects to 3390 and is refused: TermService still listens on 3389.
  Results r = runGuestChecks(guestTarget(loadEvidence("restart-pending-port"), 3390));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s, 3390));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"guest_restart_pending"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_EQ(causes.first().step, 11);
  EXPECT_DOUBLE_EQ(causes.first().confidence, 0.98);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"guest.restart_pending"_s));
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"net.tcp_connect"_s));
  EXPECT_FALSE(causeIds(causes).contains(u"guest_port_mismatch"_s)) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_FALSE(causeIds(causes).contains(u"guest_listener_disabled"_s));
}

TEST(GuestVerdict, pending_restart_outranks_rdp_answering_on_the_old_port) {
  Results r = runGuestChecks(guestTarget(loadEvidence("restart-pending-port"), 3390));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s, 3390));
  CheckResult alt;
  alt.id = u"net.alt_ports"_s;
  alt.step = 3;
  alt.origin = Origin::Remote;
  alt.status = Status::Warn;
  alt.findings = {{u"rdp_ports"_s, QVariantList{3389}}};
  r.insert(alt.id, alt);
  const QList<Cause> causes = rankCauses(r);
  ASSERT_GE(causes.size(), 2);
  EXPECT_EQ(causes.first().id, u"guest_restart_pending"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_TRUE(causeIds(causes).contains(u"rdp_on_other_port"_s));
}

TEST(GuestVerdict, values_that_disagree_are_their_own_cause_naming_both_values) {
  Results r = runGuestChecks(guestTarget(loadEvidence("port-mismatch")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s));
  const QList<Cause> causes = rankCauses(r);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"guest_port_values_disagree"_s) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_FALSE(causeIds(causes).contains(u"guest_port_mismatch"_s));
  EXPECT_TRUE(causeAdvice(causes.first()).contains(u"3389"_s)) << causeAdvice(causes.first()).toStdString();
  EXPECT_TRUE(causeSummary(causes.first()).contains(u"3390"_s)) << causeSummary(causes.first()).toStdString();
  EXPECT_FALSE(causeIds(causes).contains(u"guest_restart_pending"_s));
}

TEST(GuestVerdict, pending_updates_are_listed_but_do_not_beat_a_refused_port) {
  Results r = runGuestChecks(guestTarget(loadEvidence("restart-pending-updates")));
  r.insert(u"net.tcp_connect"_s, remoteTcp(u"refused"_s));
  const QList<Cause> causes = rankCauses(r);
  const Cause *c = findCause(causes, u"guest_restart_pending"_s);
  ASSERT_NE(c, nullptr) << causeIds(causes).join(u", "_s).toStdString();
  EXPECT_DOUBLE_EQ(c->confidence, 0.5);
  EXPECT_EQ(c->step, 11);
  EXPECT_EQ(causes.first().id, u"port_refused"_s) << causeIds(causes).join(u", "_s).toStdString();
}
