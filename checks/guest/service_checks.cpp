// Guest checks about the Remote Desktop service itself: switched on, TermService, selective startup (step 4);
// the RDP-Tcp listener, its security settings, certificate and licensing (step 9).
#include <QCoreApplication>

#include "checks/guest/guest_specs.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest::specs {

// ---- step 4 ------------------------------------------------------------------------------------------------
GuestCheckSpec rdpEnabled() {
  GuestCheckSpec s;
  s.id = "guest.rdp_enabled";
  s.step = 4;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are remote connections allowed?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.rdpDenied && !f.tsDisabled && !f.logonDisabled) return notCollected();
    Findings e{{u"deny_ts_connections"_s, f.rdpDenied.value_or(false)},
               {u"denied_by_policy"_s, f.deniedByPolicy.value_or(false)},
               {u"ts_disabled"_s, f.tsDisabled.value_or(false)},
               {u"logon_disabled"_s, f.logonDisabled.value_or(false)}};
    const bool bad = f.rdpDenied.value_or(false) || f.tsDisabled.value_or(false) || f.logonDisabled.value_or(false);
    return bad ? makeResult(Status::Fail, e, u"rdp-disabled"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "denied_by_policy"))
      return QCoreApplication::translate(
          "GuestChecks", "A group policy switches Remote Desktop off on the server (fDenyTSConnections = 1).");
    if (evBool(r, "deny_ts_connections"))
      return QCoreApplication::translate("GuestChecks",
                                         "Remote Desktop is switched off on the server (fDenyTSConnections = 1).");
    if (evBool(r, "ts_disabled"))
      return QCoreApplication::translate("GuestChecks",
                                         "Terminal services are switched off on the server (TSEnabled = 0).");
    if (evBool(r, "logon_disabled"))
      return QCoreApplication::translate(
          "GuestChecks", "Logons through the RDP-Tcp connection are switched off (fLogonDisabled = 1).");
    return QCoreApplication::translate("GuestChecks", "Remote connections are allowed.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    if (evBool(r, "denied_by_policy"))
      return QCoreApplication::translate(
          "GuestChecks",
          "The policy value wins over the System Properties setting: change the policy \"Allow users to connect "
          "remotely by using Remote Desktop Services\" (gpedit.msc) or ask your domain administrator.");
    return QCoreApplication::translate(
        "GuestChecks", "In the VNC session: System Properties, Remote tab, allow remote connections to this computer.");
  };
  return s;
}

GuestCheckSpec termService() {
  GuestCheckSpec s;
  s.id = "guest.termservice";
  s.step = 4;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the Remote Desktop service running?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.termServiceState.isEmpty() && !f.termServiceDisabled) return notCollected();
    Findings e{{u"state"_s, f.termServiceState}, {u"disabled"_s, f.termServiceDisabled.value_or(false)}};
    const bool bad =
        (!f.termServiceState.isEmpty() && f.termServiceState != u"running"_s) || f.termServiceDisabled.value_or(false);
    return bad ? makeResult(Status::Fail, e, u"termservice-stopped"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (evBool(r, "disabled"))
      return QCoreApplication::translate("GuestChecks",
                                         "The Remote Desktop Services service (TermService) is disabled.");
    if (r.status == Status::Fail)
      return QCoreApplication::translate("GuestChecks",
                                         "The Remote Desktop Services service (TermService) is not running.");
    return QCoreApplication::translate("GuestChecks", "The Remote Desktop Services service (TermService) is running.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "In the VNC session open Services, set Remote Desktop Services to Manual or Automatic and start it.");
  };
  return s;
}

GuestCheckSpec selectiveStartup() {
  GuestCheckSpec s;
  s.id = "guest.selective_startup";
  s.step = 4;
  s.title = [] {
    return QCoreApplication::translate("GuestChecks", "Were services Remote Desktop needs switched off?");
  };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.selectiveStartup) return notCollected();
    Findings e{{u"services"_s, f.disabledServices}, {u"selective_startup"_s, *f.selectiveStartup}};
    return *f.selectiveStartup ? makeResult(Status::Fail, e, u"selective-startup"_s) : makeResult(Status::Pass, e);
  };
  s.summarize = [](const CheckResult &r) {
    if (r.status != Status::Fail)
      return QCoreApplication::translate("GuestChecks", "No service Remote Desktop needs is switched off.");
    const QStringList names = r.findings.value(u"services"_s).toStringList();
    if (names.isEmpty())
      return QCoreApplication::translate("GuestChecks",
                                         "Services Remote Desktop needs were switched off (selective startup).");
    return QCoreApplication::translate("GuestChecks",
                                       "Services were switched off compared with a normal Windows start: %1.")
        .arg(names.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "In the VNC session run msconfig, choose Normal startup on the General tab, and restart the server.");
  };
  return s;
}

// ---- step 9 ------------------------------------------------------------------------------------------------
GuestCheckSpec listener() {
  GuestCheckSpec s;
  s.id = "guest.listener";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the RDP-Tcp connection enabled?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.listenerEnabled) return notCollected();
    Findings e{{u"enabled"_s, *f.listenerEnabled}};
    return *f.listenerEnabled ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"listener-disabled"_s);
  };
  s.summarize = [](const CheckResult &r) {
    return evBool(r, "enabled")
               ? QCoreApplication::translate("GuestChecks", "The RDP-Tcp connection is enabled.")
               : QCoreApplication::translate(
                     "GuestChecks", "The RDP-Tcp connection is disabled, so nothing listens for Remote Desktop.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Enable the RDP-Tcp connection (Remote Desktop Session Host Configuration, or fEnableWinStation = 1 "
        "under WinStations\\RDP-Tcp), then restart the Remote Desktop service.");
  };
  return s;
}

GuestCheckSpec securityLayer() {
  GuestCheckSpec s;
  s.id = "guest.security_layer";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Are the security settings of RDP-Tcp valid?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (!f.securityLayerValid && !f.userAuthenticationValid && !f.minEncryptionValid) return notCollected();
    Findings e{{u"security_layer"_s, opt(f.securityLayer)},
               {u"user_authentication"_s, opt(f.userAuthentication)},
               {u"min_encryption_level"_s, opt(f.minEncryptionLevel)}};
    QStringList bad;
    if (f.securityLayerValid == false) bad << u"SecurityLayer"_s;
    if (f.userAuthenticationValid == false) bad << u"UserAuthentication"_s;
    if (f.minEncryptionValid == false) bad << u"MinEncryptionLevel"_s;
    e.insert(u"invalid"_s, bad);
    return bad.isEmpty() ? makeResult(Status::Pass, e) : makeResult(Status::Fail, e, u"security-layer-invalid"_s);
  };
  s.summarize = [](const CheckResult &r) {
    const QStringList bad = r.findings.value(u"invalid"_s).toStringList();
    if (bad.isEmpty())
      return QCoreApplication::translate("GuestChecks",
                                         "SecurityLayer, UserAuthentication and MinEncryptionLevel hold valid values.");
    return QCoreApplication::translate(
               "GuestChecks",
               "These settings hold values Windows does not accept: %1. Connections are dropped at once.")
        .arg(bad.join(u", "_s));
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Valid values: SecurityLayer 0, 1 or 2; UserAuthentication 0 or 1; MinEncryptionLevel 1 to 4. Correct "
        "them under WinStations\\RDP-Tcp (and in the Terminal Services policy key if set there), then restart "
        "the Remote Desktop service.");
  };
  return s;
}

GuestCheckSpec certificate() {
  GuestCheckSpec s;
  s.id = "guest.certificate";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is the Remote Desktop certificate usable?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.cert == CertState::Unknown) return notCollected();
    Findings e{{u"thumbprint"_s, f.certThumbprint}, {u"not_after"_s, f.certNotAfter}};
    switch (f.cert) {
      case CertState::Ok:
        e.insert(u"state"_s, u"ok"_s);
        return makeResult(Status::Pass, e);
      case CertState::Expired:
        e.insert(u"state"_s, u"expired"_s);
        return makeResult(Status::Fail, e, u"cert-expired"_s);
      case CertState::NoPrivateKey:
        e.insert(u"state"_s, u"no_private_key"_s);
        return makeResult(Status::Fail, e, u"cert-missing-private-key"_s);
      case CertState::PinnedMissing:
        e.insert(u"state"_s, u"pinned_missing"_s);
        return makeResult(Status::Fail, e, u"cert-missing-private-key"_s);
      case CertState::Unknown:
        break;
    }
    return notCollected();
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"expired"_s)
      return QCoreApplication::translate("GuestChecks", "The Remote Desktop certificate expired on %1.")
          .arg(ev(r, "not_after"));
    if (st == u"no_private_key"_s)
      return QCoreApplication::translate("GuestChecks",
                                         "The Remote Desktop certificate has no private key, so TLS cannot work.");
    if (st == u"pinned_missing"_s)
      return QCoreApplication::translate("GuestChecks",
                                         "RDP-Tcp is set to use a certificate (%1) that is not installed.")
          .arg(ev(r, "thumbprint"));
    return QCoreApplication::translate(
        "GuestChecks", "The Remote Desktop certificate is present, has its private key and has not expired.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status != Status::Fail) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Quick way back in: set the RDP-Tcp security layer to RDP Security Layer, then disable and enable the "
        "connection. Lasting fix: delete the broken certificate from the Remote Desktop store (and the pinned "
        "SSLCertificateSHA1Hash value) and restart the Remote Desktop service so Windows creates a new one.");
  };
  return s;
}

GuestCheckSpec licensing() {
  GuestCheckSpec s;
  s.id = "guest.licensing";
  s.step = 9;
  s.title = [] { return QCoreApplication::translate("GuestChecks", "Is Remote Desktop licensing in order?"); };
  s.evaluate = [](const GuestFacts &f, const CheckContext &) {
    if (f.licensing == Licensing::Unknown) return notCollected();
    Findings e{{u"servers"_s, f.licenseServers}, {u"grace_days_left"_s, opt(f.graceDaysLeft)}};
    switch (f.licensing) {
      case Licensing::NotRdsh:
        e.insert(u"state"_s, u"not_rdsh"_s);
        return makeResult(Status::Pass, e);
      case Licensing::Licensed:
        e.insert(u"state"_s, u"licensed"_s);
        return makeResult(Status::Pass, e);
      case Licensing::InGrace:
        e.insert(u"state"_s, u"in_grace"_s);
        return makeResult(Status::Warn, e, u"licensing-expired"_s);
      case Licensing::GraceOver:
        e.insert(u"state"_s, u"grace_over"_s);
        return makeResult(Status::Fail, e, u"licensing-expired"_s);
      case Licensing::Unknown:
        break;
    }
    return notCollected();
  };
  s.summarize = [](const CheckResult &r) {
    const QString st = ev(r, "state");
    if (st == u"not_rdsh"_s)
      return QCoreApplication::translate("GuestChecks",
                                         "The Remote Desktop Session Host role is not installed: the two built-in "
                                         "administrator sessions need no licence.");
    if (st == u"licensed"_s)
      return QCoreApplication::translate("GuestChecks", "A Remote Desktop licence server is configured: %1.")
          .arg(r.findings.value(u"servers"_s).toStringList().join(u", "_s));
    if (st == u"in_grace"_s)
      return r.findings.value(u"grace_days_left"_s).isNull()
                 ? QCoreApplication::translate("GuestChecks",
                                               "The Session Host role is installed without a licence server; it works "
                                               "only during the grace period.")
                 : QCoreApplication::translate(
                       "GuestChecks",
                       "The Session Host role is installed without a licence server; the grace period ends in %1 days.")
                       .arg(evInt(r, "grace_days_left"));
    return QCoreApplication::translate(
        "GuestChecks",
        "The Session Host role is installed, the licensing grace period is over and no licence server is set.");
  };
  s.explain = [](const CheckResult &r) {
    if (r.status == Status::Pass) return QString();
    return QCoreApplication::translate(
        "GuestChecks",
        "Connect with \"mstsc /admin\" to reach the server anyway, then either configure a Remote Desktop licence "
        "server with licences or remove the Remote Desktop Session Host role if you do not need more than two "
        "sessions.");
  };
  return s;
}

}  // namespace rdpd::guest::specs
