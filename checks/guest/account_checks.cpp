// Guest checks about the Windows account: enabled, locked, password (step 2), the right to log on through
// Remote Desktop and deny-logon policies (step 9).
#include <QCoreApplication>

#include "checks/guest/guest_specs.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest::specs {

namespace {

// Did the client say the credentials were wrong (0x807 / "credentials did not work")?
bool clientSaidBadCredentials(const QString &clientError) {
  const QString e = clientError.toLower();
  return e.contains(u"0x807"_s) || e.contains(u"credential"_s) || e.contains(u"凭据"_s) || e.contains(u"密码"_s);
}

}  // namespace

// ---- step 2 ------------------------------------------------------------------------------------------------
GuestCheckSpec accountEnabled() {
  GuestCheckSpec s;
  s.id = "guest.account_enabled";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the account enabled?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.accountEnabled) return notCollected();
    Findings e{{u"account"_s, f.accountName}, {u"enabled"_s, *f.accountEnabled}};
    return *f.accountEnabled ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"account-disabled"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "enabled")
               ? QCoreApplication::translate("GuestChecks", "The account %1 is enabled.").arg(ev(r, "account"))
               : QCoreApplication::translate("GuestChecks",
                                             "The account %1 is disabled (or does not exist): it cannot log on.")
                     .arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "In the cloud console's VNC session, open Computer Management, Local Users and Groups, and enable the "
        "account (or log on with an account that is enabled).");
  };
  return s;
}

GuestCheckSpec accountLocked() {
  GuestCheckSpec s;
  s.id = "guest.account_locked";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the account locked out?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.accountLocked) return notCollected();
    Findings e{{u"account"_s, f.accountName}, {u"locked_out"_s, *f.accountLocked}};
    return *f.accountLocked ? makeResult(Status::Fail, e, u"account-locked"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "locked_out")
               ? QCoreApplication::translate("GuestChecks",
                                             "The account %1 is locked out after too many wrong passwords.")
                     .arg(ev(r, "account"))
               : QCoreApplication::translate("GuestChecks", "The account %1 is not locked out.").arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Unlock it in the VNC session (Computer Management, the account's properties) or wait for the lockout "
        "to expire. Many failed logons usually come from password guessing on the internet: allow the RDP port "
        "only from your own IP address in the security group.");
  };
  return s;
}

GuestCheckSpec passwordExpired() {
  GuestCheckSpec s;
  s.id = "guest.password_expired";
  s.step = 2;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Has the password expired?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.passwordExpired) return notCollected();
    Findings e{{u"account"_s, f.accountName}, {u"password_expired"_s, *f.passwordExpired}};
    return *f.passwordExpired ? makeResult(Status::Fail, e, u"password-expired"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "password_expired")
               ? QCoreApplication::translate("GuestChecks", "The password of %1 has expired.").arg(ev(r, "account"))
               : QCoreApplication::translate("GuestChecks", "The password of %1 has not expired.")
                     .arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "With Network Level Authentication on, an expired password cannot be changed while connecting. Log on "
        "through the VNC console, set a new password, then connect again.");
  };
  return s;
}

GuestCheckSpec passwordVsBoot() {
  GuestCheckSpec s;
  s.id = "guest.password_vs_boot";
  s.step = 2;
  s.title = [] {
    return QCoreApplication::translate("GuestChecks", "Was the password changed since the server started?");
  };
  s.evaluate = [](const GuestFacts &f, const CheckContext &ctx) {
    if (!f.passwordAfterBoot) return notCollected();
    const bool badCreds = clientSaidBadCredentials(ctx.target.clientError);
    Findings e{{u"account"_s, f.accountName},
               {u"password_after_boot"_s, *f.passwordAfterBoot},
               {u"password_last_set"_s, f.passwordLastSet},
               {u"last_boot"_s, f.lastBoot},
               {u"client_reported_bad_credentials"_s, badCreds}};
    if (!*f.passwordAfterBoot && badCreds) return makeResult(Status::Warn, e, u"password-reset-needs-restart"_s);
    return makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "password_after_boot"))
      return QCoreApplication::translate(
                 "GuestChecks", "The password was changed while the server was running (%1): it is already in effect.")
          .arg(ev(r, "password_last_set"));
    if (r.status == Status::Warn)
      return QCoreApplication::translate(
                 "GuestChecks",
                 "The password Windows uses was set before the last start (%1). A reset made in the cloud console "
                 "since then is not applied until the server restarts.")
          .arg(ev(r, "last_boot"));
    return QCoreApplication::translate(
               "GuestChecks",
               "The password was last set before the last start (%1). If you reset it in the cloud console after "
               "that, restart the server so the reset takes effect.")
        .arg(ev(r, "last_boot"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Warn) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Your client said the credentials did not work, and Windows still has the password from before the last "
        "start. Restart the instance from the cloud console so the new password is applied, then log on with it.");
  };
  return s;
}

// ---- step 9: logon rights ---------------------------------------------------------------------------------
GuestCheckSpec rdpPermission() {
  GuestCheckSpec s;
  s.id = "guest.rdp_permission";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "May the account log on through Remote Desktop?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.rdpPermission) return notCollected();
    Findings e{{u"account"_s, f.accountName}, {u"permitted"_s, *f.rdpPermission}};
    return *f.rdpPermission ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"no-rdp-permission"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "permitted") ? QCoreApplication::translate("GuestChecks", "%1 may log on through Remote Desktop.")
                                        .arg(ev(r, "account"))
                                  : QCoreApplication::translate("GuestChecks",
                                                                "%1 is neither an administrator nor a member of Remote "
                                                                "Desktop Users with the right to log on remotely.")
                                        .arg(ev(r, "account"));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Add the account to the Remote Desktop Users group (Computer Management, Local Users and Groups), and make "
        "sure \"Allow log on through Remote Desktop Services\" includes Administrators and Remote Desktop Users.");
  };
  return s;
}

GuestCheckSpec denyLogon() {
  GuestCheckSpec s;
  s.id = "guest.deny_logon";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Does a policy deny Remote Desktop logons?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.denyLogon) return notCollected();
    Findings e{{u"account"_s, f.accountName}, {u"denied"_s, *f.denyLogon}, {u"holders"_s, f.denyHolders}};
    return *f.denyLogon ? makeResult(Status::Fail, e, u"deny-logon-right"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail)
      return QCoreApplication::translate("GuestChecks", "No policy denies Remote Desktop logons to you.");
    return QCoreApplication::translate("GuestChecks",
                                       "\"Deny log on through Remote Desktop Services\" applies to you: %1.")
        .arg(r.findings.value(u"holders"_s).toStringList().join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "The deny right wins over every allow. In Local Security Policy, User Rights Assignment, remove the "
        "account or group from \"Deny log on through Remote Desktop Services\" (a domain policy may set it again).");
  };
  return s;
}

}  // namespace rdpd::guest::specs
