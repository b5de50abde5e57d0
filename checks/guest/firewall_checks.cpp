// Guest checks about what filters traffic inside the server: Windows Firewall (step 7), IPsec (step 8),
// security software (step 10).
#include <QCoreApplication>

#include "checks/guest/guest_specs.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest::specs {

// ---- step 7 ------------------------------------------------------------------------------------------------
GuestCheckSpec firewall() {
  GuestCheckSpec s;
  s.id = "guest.firewall";
  s.step = 7;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does Windows Firewall let Remote Desktop in?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.firewallOn) return notCollected();
    Findings e{{u"firewall_on"_s, *f.firewallOn},
               {u"profiles_on"_s, f.firewallOnProfiles},
               {u"port"_s, opt(f.portRdpTcp)},
               {u"block_rules"_s, f.blockRules}};
    if (f.firewallBlocksPort.value_or(false)) {
      e.insert(u"state"_s, u"block_rule"_s);
      return makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
    }
    if (!*f.firewallOn) {
      e.insert(u"state"_s, u"off"_s);
      return makeResult(Status::Pass, e);
    }
    if (!f.firewallAllowsPort) return notCollected();
    if (*f.firewallAllowsPort && !f.allowedFrom.isEmpty()) {
      // Allowed, but only from some remote addresses: from anywhere else the firewall drops the connection.
      e.insert(u"state"_s, u"allowed_from"_s);
      e.insert(u"allow_rules"_s, f.allowRules);
      e.insert(u"allowed_from"_s, f.allowedFrom);
      return makeResult(Status::Warn, e, u"firewall-blocks-rdp"_s);
    }
    e.insert(u"state"_s, *f.firewallAllowsPort ? u"allowed"_s : u"no_allow_rule"_s);
    return *f.firewallAllowsPort ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"firewall-blocks-rdp"_s);
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    const QString port = QString::number(evInt(r, "port"));
    if (st == u"block_rule"_s) {
      const QStringList rules = r.findings.value(u"block_rules"_s).toStringList();
      return rules.isEmpty()
                 ? QCoreApplication::translate("GuestChecks", "A Windows Firewall rule blocks port %1.").arg(port)
                 : QCoreApplication::translate("GuestChecks", "A Windows Firewall rule blocks port %1: %2.")
                       .arg(port, rules.join(u", "_s));
    }
    if (st == u"no_allow_rule"_s)
      return QCoreApplication::translate("GuestChecks", "Windows Firewall is on and no enabled rule allows port %1.")
          .arg(port);
    if (st == u"off"_s)
      return QCoreApplication::translate("GuestChecks",
                                         "Windows Firewall is off, so it does not block Remote Desktop.");
    if (st == u"allowed_from"_s)
      return QCoreApplication::translate("GuestChecks", "Windows Firewall allows port %1 only from %2 (rule %3).")
          .arg(port, r.findings.value(u"allowed_from"_s).toStringList().join(u", "_s),
               r.findings.value(u"allow_rules"_s).toStringList().join(u", "_s));
    return QCoreApplication::translate("GuestChecks", "Windows Firewall allows port %1.").arg(port);
  };
  s.explain = [](const CheckResult &r) {
    if (ev(r, "state") == u"allowed_from"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "From any other address the firewall drops the connection without an answer. If your public IP address "
          "is not in that list, add it in the rule's Properties, Scope, Remote IP address (or choose Any IP "
          "address and limit access in the security group instead).");
    if (r.status != Status::Fail) return QString();
    if (ev(r, "state") == u"block_rule"_s)
      return QCoreApplication::translate(
          "GuestChecks",
          "A block rule wins over allow rules. Disable or delete it in Windows Firewall with Advanced Security, "
          "Inbound Rules.");
    return QCoreApplication::translate(
        "GuestChecks",
        "In Windows Firewall with Advanced Security, Inbound Rules, enable \"Remote Desktop - User Mode (TCP-In)\", "
        "or add a rule for the port if it was changed. Keep the firewall on.");
  };
  return s;
}

// ---- step 8 ------------------------------------------------------------------------------------------------
GuestCheckSpec ipsec() {
  GuestCheckSpec s;
  s.id = "guest.ipsec";
  s.step = 8;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is there an IP security policy?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.ipsecPresent) return notCollected();
    Findings e{{u"present"_s, *f.ipsecPresent}, {u"names"_s, f.ipsecNames}};
    return *f.ipsecPresent ? makeResult(Status::Fail, e, u"ipsec-blocks-rdp"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail)
      return QCoreApplication::translate("GuestChecks", "No IP security policy or rule that requires IPsec is active.");
    const QStringList names = r.findings.value(u"names"_s).toStringList();
    return names.isEmpty()
               ? QCoreApplication::translate("GuestChecks",
                                             "An IP security policy is active and can drop Remote Desktop traffic.")
               : QCoreApplication::translate("GuestChecks",
                                             "An IP security policy is active and can drop Remote Desktop traffic: %1.")
                     .arg(names.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Such a policy drops connections without any answer, which looks like a timeout. In Local Security "
        "Policy, IP Security Policies, un-assign or delete it, or allow the Remote Desktop port in it.");
  };
  return s;
}

// ---- step 10 -----------------------------------------------------------------------------------------------
GuestCheckSpec securitySoftware() {
  GuestCheckSpec s;
  s.id = "guest.security_software";
  s.step = 10;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is third-party security software installed?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.securitySoftware == SecuritySoftware::Unknown) return notCollected();
    Findings e{{u"products"_s, f.securityProducts}, {u"safedog"_s, f.securitySoftware == SecuritySoftware::SafeDog}};
    if (f.securitySoftware == SecuritySoftware::None) return makeResult(Status::Pass, e);
    return makeResult(Status::Warn, e, u"security-software"_s);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status == Status::Pass)
      return QCoreApplication::translate("GuestChecks", "No known third-party security software was found.");
    if (evBool(r, "safedog"))
      return QCoreApplication::translate("GuestChecks",
                                         "SafeDog is installed; its firewall can blacklist your IP address.");
    const QStringList p = r.findings.value(u"products"_s).toStringList();
    return p.isEmpty() ? QCoreApplication::translate("GuestChecks", "Third-party security software is installed.")
                       : QCoreApplication::translate("GuestChecks", "Third-party security software is installed: %1.")
                             .arg(p.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    if (evBool(r, "safedog"))
      return QCoreApplication::translate(
          "GuestChecks",
          "If only your network cannot connect, open SafeDog's network firewall, remove your public IP address "
          "from the super blacklist and add it to the super whitelist. If SafeDog itself shows errors, uninstall "
          "it and restart the server.");
    return QCoreApplication::translate(
        "GuestChecks",
        "Security software can block Remote Desktop. Update it, check its firewall or blocked-address list for "
        "your IP address, or remove it to test.");
  };
  return s;
}

}  // namespace rdpd::guest::specs
