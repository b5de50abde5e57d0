// Firewall rules evaluated as Windows applies them to inbound Remote Desktop (checks/guest/firewall_rules.h).
#include <gtest/gtest.h>

#include "checks/guest/firewall_rules.h"

using namespace rdpd::guest;
using namespace Qt::StringLiterals;

namespace {
FirewallRule userMode3389() {
  FirewallRule r;
  r.name = u"Remote Desktop - User Mode (TCP-In)"_s;
  r.enabled = true;
  r.direction = u"Inbound"_s;
  r.action = u"Allow"_s;
  r.profiles = u"Any"_s;
  r.protocol = u"TCP"_s;
  r.localPorts = {u"3389"_s};
  r.remoteAddresses = {u"Any"_s};
  r.program = u"%SystemRoot%\\system32\\svchost.exe"_s;
  r.service = u"termservice"_s;
  return r;
}
FirewallRule shadow() {
  FirewallRule r = userMode3389();
  r.name = u"Remote Desktop - Shadow (TCP-In)"_s;
  r.localPorts = {u"Any"_s};
  r.program = u"%SystemRoot%\\system32\\RdpSa.exe"_s;
  r.service = u"Any"_s;
  r.edgeTraversal = u"DeferToApp"_s;
  return r;
}
}  // namespace

TEST(FirewallRules, the_shadow_rule_does_not_open_a_moved_rdp_port) {
  const QList<FirewallRule> rules{userMode3389(), shadow()};
  EXPECT_EQ(fitsRemoteDesktop(shadow(), 3390, {u"Public"_s}), RuleFit::OtherProgram);
  const FirewallOutcome at3390 = evaluateRemoteDesktop(rules, 3390, {u"Public"_s});
  EXPECT_FALSE(at3390.allows);
  EXPECT_EQ(at3390.otherProgramRules, QStringList{u"Remote Desktop - Shadow (TCP-In)"_s});
  EXPECT_TRUE(evaluateRemoteDesktop(rules, 3389, {u"Public"_s}).allows);
}

TEST(FirewallRules, program_service_and_profile_filters_are_applied_as_windows_does) {
  FirewallRule r = userMode3389();
  r.program = u"C:\\Windows\\System32\\svchost.exe"_s;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::Applies);
  r.program = u"Any"_s;
  r.service = u"*"_s;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::Applies);
  r.service = u"W3SVC"_s;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::OtherService);
  r = userMode3389();
  r.profiles = u"Domain, Private"_s;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {u"Public"_s}), RuleFit::OtherProfile);
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {u"Private"_s}), RuleFit::Applies);
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::Applies);  // active profile unknown: not used against the rule
  r = userMode3389();
  r.protocol = u"UDP"_s;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::OtherProtocol);
  r = userMode3389();
  r.enabled = false;
  EXPECT_EQ(fitsRemoteDesktop(r, 3389, {}), RuleFit::Disabled);
}

TEST(FirewallRules, a_block_rule_wins_and_is_named_and_address_limits_are_kept) {
  FirewallRule block = userMode3389();
  block.name = u"Block RDP brute force"_s;
  block.action = u"Block"_s;
  block.program = u"Any"_s;
  block.service = u"Any"_s;
  const FirewallOutcome o = evaluateRemoteDesktop({userMode3389(), block}, 3389, {u"Public"_s});
  EXPECT_TRUE(o.allows);
  EXPECT_TRUE(o.blocks);
  EXPECT_EQ(o.blockRules, QStringList{u"Block RDP brute force"_s});
  FirewallRule limited = userMode3389();
  limited.remoteAddresses = {u"198.51.100.7"_s};
  EXPECT_EQ(evaluateRemoteDesktop({limited}, 3389, {}).restrictedTo, QStringList{u"198.51.100.7"_s});
  EXPECT_TRUE(evaluateRemoteDesktop({limited, userMode3389()}, 3389, {}).restrictedTo.isEmpty());
}
