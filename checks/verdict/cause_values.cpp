// The concrete values behind a cause (the port RDP really answers on, the rule that blocks, the expiry date...),
// taken from the results that support it, and the words that name them. Every cause that can know a value says it:
// "connect to 203.0.113.10:41415 and allow 41415 in the security group", not "connect with that port".
#include <QCoreApplication>
#include <QDateTime>
#include <QVariantList>

#include <cstdlib>

#include "checks/verdict/cause_value_helpers.h"
#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

using namespace causevalues;

namespace {

// The host the user connects to, as entered (name or address).
QVariant host(const Results &r) {
  QVariant h = finding(r, "target.validate", "host");
  if (h.toString().isEmpty()) h = finding(r, "net.tcp_connect", "address");
  return h;
}

QVariant port(const Results &r) {
  QVariant p = finding(r, "net.tcp_connect", "port");
  if (p.isNull() || !p.isValid()) p = finding(r, "target.validate", "port");
  return p;
}

QString date(const QVariant &iso) {
  const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
  return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : iso.toString();
}

}  // namespace

void fillCauseValues(Cause &c, const Results &r) {
  QVariantMap m;
  const QString id = c.id;
  if (id == u"rdp_on_other_port"_s) {
    put(m, "found_port", finding(r, "net.alt_ports", "rdp_ports").toList().value(0));
    put(m, "host", host(r));
    put(m, "port", port(r));
  } else if (id == u"port_refused"_s || id == u"port_filtered"_s || id == u"security_group_blocks"_s ||
             id == u"host_unreachable"_s) {
    put(m, "host", host(r));
    put(m, "port", port(r));
  } else if (id == u"guest_firewall_blocks"_s) {
    put(m, "rules", joinList(finding(r, "guest.firewall", "block_rules")));
    QVariant p = finding(r, "guest.firewall", "port");
    if (p.isNull() || !p.isValid()) p = finding(r, "guest.firewall_port_changed", "port");
    put(m, "port", p);
    if (finding(r, "guest.firewall_port_changed", "only_3389_allowed").toBool()) m.insert(u"only_3389"_s, true);
    put(m, "allowed_from", joinList(finding(r, "guest.firewall", "allowed_from")));
    put(m, "allow_rules", joinList(finding(r, "guest.firewall", "allow_rules")));
  } else if (id == u"guest_port_mismatch"_s) {
    put(m, "listening", joinList(finding(r, "guest.port_listening", "termservice_ports")));
    QVariant configured = finding(r, "guest.port_target", "configured_port");
    put(m, "configured", configured);
    put(m, "port", port(r).isValid() ? port(r) : finding(r, "guest.port_target", "target_port"));
    put(m, "host", host(r));
  } else if (id == u"guest_port_values_disagree"_s) {
    put(m, "port_tds", finding(r, "guest.port_match", "port_tds"));
    put(m, "port_rdp_tcp", finding(r, "guest.port_match", "port_rdp_tcp"));
  } else if (id == u"guest_port_out_of_range"_s) {
    const QVariant a = finding(r, "guest.port_range", "port_rdp_tcp"), b = finding(r, "guest.port_range", "port_tds");
    put(m, "stored", a.toLongLong() < 1 || a.toLongLong() > 65535 ? a : b);
  } else if (id == u"cert_expired"_s) {
    put(m, "not_after", date(finding(r, "rdp.certificate", "not_after")));
    put(m, "not_before", date(finding(r, "rdp.certificate", "not_before")));
    if (finding(r, "rdp.certificate", "not_yet_valid").toBool()) m.insert(u"not_yet_valid"_s, true);
  } else if (id == u"guest_certificate_broken"_s) {
    put(m, "not_after", date(finding(r, "guest.certificate", "not_after")));
  } else if (id == u"clock_skew"_s) {
    const QVariant s = finding(r, "rdp.identity", "clock_skew_s");
    if (!s.isNull() && s.isValid()) {
      const qint64 secs = s.toLongLong();
      m.insert(u"skew_min"_s, (std::llabs(secs) + 30) / 60);
      m.insert(u"server_ahead"_s, secs > 0);
    }
  } else if (id == u"guest_security_software"_s) {
    put(m, "products", joinList(finding(r, "guest.security_software", "products")));
    if (finding(r, "guest.security_software", "safedog").toBool()) m.insert(u"safedog"_s, true);
  } else if (id == u"guest_licensing_expired"_s || id == u"licensing"_s) {
    put(m, "licensing_state", finding(r, "guest.licensing", "state"));
    put(m, "grace_days_left", finding(r, "guest.licensing", "grace_days_left"));
  } else if (id == u"guest_instance_crashing"_s) {
    put(m, "bugchecks", finding(r, "guest.crashes", "bugchecks"));
    put(m, "unexpected", finding(r, "guest.crashes", "unexpected_shutdowns"));
    put(m, "hours", finding(r, "guest.crashes", "window_hours"));
  } else if (id == u"guest_selective_startup"_s) {
    put(m, "services", joinList(finding(r, "guest.selective_startup", "services")));
  } else if (id == u"guest_ipsec_blocks"_s) {
    put(m, "names", joinList(finding(r, "guest.ipsec", "names")));
  } else if (id == u"guest_no_rdp_permission"_s || id == u"guest_account_blocked"_s) {
    QVariant a = finding(r, "guest.rdp_permission", "account");
    for (const char *cid : {"guest.account_enabled", "guest.account_locked", "guest.password_expired"})
      if (a.toString().isEmpty()) a = finding(r, cid, "account");
    put(m, "account", a);
  } else if (id == u"guest_deny_logon"_s) {
    put(m, "account", finding(r, "guest.deny_logon", "account"));
    put(m, "holders", joinList(finding(r, "guest.deny_logon", "holders")));
  } else if (id == u"guest_high_cpu"_s) {
    put(m, "cpu", finding(r, "guest.cpu", "cpu_percent"));
    put(m, "process", finding(r, "guest.cpu", "top_process"));
  } else if (id == u"guest_low_memory"_s) {
    put(m, "available_mb", finding(r, "guest.memory", "available_mb"));
    put(m, "total_mb", finding(r, "guest.memory", "total_mb"));
  } else if (id == u"guest_password_needs_restart"_s) {
    put(m, "set", finding(r, "guest.password_vs_boot", "password_last_set"));
    put(m, "boot", finding(r, "guest.password_vs_boot", "last_boot"));
  } else if (id == u"guest_restart_pending"_s) {
    put(m, "configured", finding(r, "guest.restart_pending", "configured_port"));
  } else if (id.startsWith(u"cloud_"_s)) {
    fillCloudCauseValues(m, id, r);
  }
  c.values = m;
}

namespace {

// The port, the security group, the firewall: what stops the connection on its way in.
void addPortAndFirewallWords(VerdictBook &b) {
  setCauseWords(b, u"rdp_on_other_port"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "found_port") || !has(m, "host")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Remote Desktop answers on port %1 — connect to %2:%1, and allow TCP %1 in the security group (step 3).")
        .arg(v(m, "found_port"), v(m, "host"));
  });
  setCauseWords(b, u"port_refused"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "port")) return QString();
    return QCoreApplication::translate("Causes",
                                       "Nothing accepts connections on %1 port %2: check on the server that Remote "
                                       "Desktop is on and listens on port "
                                       "%2 (steps 4 and 9), or whether it was moved to another port (step 3).")
        .arg(v(m, "host"), v(m, "port"));
  });
  setCauseWords(b, u"port_filtered"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "port")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Connections to %1 port %2 get no answer: allow TCP %2 from your public IP address in the security "
               "group "
               "(step 3), then check Windows Firewall (step 7) and IP security policies (step 8).")
        .arg(v(m, "host"), v(m, "port"));
  });
  setCauseWords(b, u"security_group_blocks"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "port")) return QString();
    return QCoreApplication::translate("Causes",
                                       "Add an inbound security-group rule for TCP %1 (port range %1/%1) from your "
                                       "public IP address, and check any "
                                       "network ACL (step 3).")
        .arg(v(m, "port"));
  });
  setCauseWords(b, u"guest_firewall_blocks"_s, {}, [](const QVariantMap &m) {
    if (has(m, "rules"))
      return QCoreApplication::translate("Causes",
                                         "The Windows Firewall rule \"%1\" blocks Remote Desktop on port %2: disable "
                                         "or delete it through the cloud "
                                         "console (step 7).")
          .arg(v(m, "rules"), v(m, "port"));
    if (has(m, "allowed_from") && has(m, "port"))
      return QCoreApplication::translate("Causes",
                                         "The Windows Firewall rule \"%1\" lets port %2 in only from %3: if your "
                                         "public IP address is not among "
                                         "them, add it in the rule's Properties → Scope → Remote IP address, or choose "
                                         "Any IP address and limit "
                                         "access in the security group instead (step 7).")
          .arg(v(m, "allow_rules"), v(m, "port"), v(m, "allowed_from"));
    if (m.value(u"only_3389"_s).toBool() && has(m, "port"))
      return QCoreApplication::translate("Causes",
                                         "Remote Desktop was moved to port %1, but Windows Firewall only lets 3389 in: "
                                         "add an inbound rule for TCP %1 "
                                         "(step 7).")
          .arg(v(m, "port"));
    if (has(m, "port"))
      return QCoreApplication::translate("Causes",
                                         "No enabled inbound Windows Firewall rule lets TCP %1 reach Remote Desktop: "
                                         "enable the Remote Desktop rule or "
                                         "add one for TCP %1 (step 7).")
          .arg(v(m, "port"));
    return QString();
  });
  setCauseWords(b, u"guest_port_mismatch"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "listening") || !has(m, "port")) return QString();
    return QCoreApplication::translate("Causes",
                                       "Remote Desktop on the server listens on port %1, but you connect to port %2: "
                                       "connect to %3:%1 and allow TCP "
                                       "%1 in the security group, or set the port back (step 3).")
        .arg(v(m, "listening"), v(m, "port"), v(m, "host"));
  });
  setCauseWords(b, u"guest_port_values_disagree"_s, [](const QVariantMap &m) {
    if (!has(m, "port_tds") || !has(m, "port_rdp_tcp")) return QString();
    return QCoreApplication::translate(
               "Causes", "The two PortNumber values on the server disagree: Tds\\tcp says %1, RDP-Tcp says %2.")
        .arg(v(m, "port_tds"), v(m, "port_rdp_tcp"));
  }, [](const QVariantMap &m) {
    if (!has(m, "port_tds") || !has(m, "port_rdp_tcp")) return QString();
    return QCoreApplication::translate("Causes",
                                       "Windows listens on the RDP-Tcp value, %1. Set PortNumber under "
                                       "...\\Wds\\rdpwd\\Tds\\tcp to %1 as well (or both "
                                       "to the port you want), allow that port in the security group and Windows "
                                       "Firewall, and restart (step 3).")
        .arg(v(m, "port_rdp_tcp"));
  });
  setCauseWords(b, u"guest_port_out_of_range"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "stored")) return QString();
    return QCoreApplication::translate("Causes",
                                       "PortNumber is %1, which no port can be (1–65535): set both Terminal Server "
                                       "PortNumber values to a free valid "
                                       "port, for example 3389, allow it in the security group, and restart (step 3).")
        .arg(v(m, "stored"));
  });
}

// Certificates, clocks, security software, licensing and crashes.
void addServerWords(VerdictBook &b) {
  setCauseWords(b, u"cert_expired"_s, {}, [](const QVariantMap &m) {
    if (m.value(u"not_yet_valid"_s).toBool() && has(m, "not_before"))
      return QCoreApplication::translate("Causes",
                                         "The certificate is valid only from %1: check this computer's date and time "
                                         "first, then the server's (step 9).")
          .arg(v(m, "not_before"));
    if (!has(m, "not_after")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "The server's certificate expired on %1. Check this computer's date and time; if they are right, renew "
               "the "
               "server's Remote Desktop certificate (step 9). Most clients still connect after a warning.")
        .arg(v(m, "not_after"));
  });
  setCauseWords(b, u"guest_certificate_broken"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "not_after")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "The server's Remote Desktop certificate (valid until %1) cannot be used: delete it in certlm.msc → "
               "Remote "
               "Desktop → Certificates and restart the Remote Desktop service so Windows makes a new one (step 9).")
        .arg(v(m, "not_after"));
  });
  setCauseWords(b, u"clock_skew"_s, [](const QVariantMap &m) {
    if (!has(m, "skew_min")) return QString();
    return m.value(u"server_ahead"_s).toBool()
               ? QCoreApplication::translate("Causes",
                                             "The server's clock is about %1 minutes ahead of this computer's.")
                     .arg(v(m, "skew_min"))
               : QCoreApplication::translate("Causes", "The server's clock is about %1 minutes behind this computer's.")
                     .arg(v(m, "skew_min"));
  }, {});
  setCauseWords(b, u"guest_security_software"_s, {}, [](const QVariantMap &m) {
    if (m.value(u"safedog"_s).toBool())
      return QCoreApplication::translate(
          "Causes",
          "SafeDog runs on the server: open SafeDog through the cloud console, remove your IP address from its "
          "blacklist (and its remote-desktop protection rules), or stop it to test (step 10).");
    if (!has(m, "products")) return QString();
    return QCoreApplication::translate("Causes",
                                       "%1 runs on the server: check its blacklist and firewall for your IP address, "
                                       "update it, or stop it to test "
                                       "(step 10).")
        .arg(v(m, "products"));
  });
  setCauseWords(
      b, u"guest_licensing_expired"_s,
      [](const QVariantMap &m) {
        if (v(m, "licensing_state") != u"in_grace"_s || !has(m, "grace_days_left")) return QString();
        return QCoreApplication::translate(
                   "Causes", "Remote Desktop licensing on the server runs on its grace period, which ends in %1 days.")
            .arg(v(m, "grace_days_left"));
      },
      [](const QVariantMap &m) {
        if (v(m, "licensing_state") != u"in_grace"_s || !has(m, "grace_days_left")) return QString();
        return QCoreApplication::translate("Causes",
                                           "Within the %1 days left, configure a licence server with licences or "
                                           "remove the Remote Desktop Session "
                                           "Host role; after that only \"mstsc /admin\" gets in (step 9).")
            .arg(v(m, "grace_days_left"));
      });
  setCauseWords(
      b, u"licensing"_s,
      [](const QVariantMap &m) {
        if (v(m, "licensing_state") != u"grace_over"_s) return QString();
        return QCoreApplication::translate(
            "Causes",
            "The server has no Remote Desktop licence to give out: its licensing grace period is over and no licence "
            "server is set.");
      },
      {});
  setCauseWords(b, u"guest_instance_crashing"_s,
                [](const QVariantMap &m) {
                  if (!has(m, "hours") || (!has(m, "bugchecks") && !has(m, "unexpected"))) return QString();
                  return QCoreApplication::translate("Causes",
                                                     "The server has been crashing or restarting unexpectedly (last %1 "
                                                     "hours: blue screens %2, unexpected "
                                                     "restarts %3).")
                      .arg(v(m, "hours"), has(m, "bugchecks") ? v(m, "bugchecks") : u"?"_s,
                           has(m, "unexpected") ? v(m, "unexpected") : u"?"_s);
                },
                {});
}

// The server's own state: startup mode, policies, accounts, load and pending restarts.
void addServerStateWords(VerdictBook &b) {
  setCauseWords(b, u"guest_selective_startup"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "services")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Selective startup left these services off: %1. Run msconfig through the cloud console, choose Normal "
               "startup, and restart (step 4) — starting only Remote Desktop Services is not enough.")
        .arg(v(m, "services"));
  });
  setCauseWords(b, u"guest_ipsec_blocks"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "names")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Un-assign or delete the IP security policy \"%1\", or allow the Remote Desktop port in it (step 8).")
        .arg(v(m, "names"));
  });
  setCauseWords(b, u"guest_no_rdp_permission"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "account")) return QString();
    return QCoreApplication::translate(
               "Causes", "Add %1 to Remote Desktop Users, or log on with an administrator account (step 9).")
        .arg(v(m, "account"));
  });
  setCauseWords(b, u"guest_deny_logon"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "holders")) return QString();
    return QCoreApplication::translate("Causes",
                                       "Remove %1 from \"Deny log on through Remote Desktop Services\" (step 9).")
        .arg(v(m, "holders"));
  });
  setCauseWords(b, u"guest_account_blocked"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "account")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Fix the account %1 through the cloud console: enable or unlock it, or set a new password (step 2).")
        .arg(v(m, "account"));
  });
  setCauseWords(b, u"guest_high_cpu"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "cpu") || !has(m, "process")) return QString();
    return QCoreApplication::translate("Causes",
                                       "The CPU is at %1 %, busiest program %2: wait for it to finish if it is Windows "
                                       "Update, otherwise stop it, "
                                       "or choose a larger instance type (step 6).")
        .arg(v(m, "cpu"), v(m, "process"));
  });
  setCauseWords(b, u"guest_low_memory"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "available_mb")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Only %1 MB of memory is free: close the program that uses most, enlarge the page file, or choose an "
               "instance type with more memory (step 6).")
        .arg(v(m, "available_mb"));
  });
  setCauseWords(b, u"guest_password_needs_restart"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "set") || !has(m, "boot")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "The password was set on %1, after the server last started (%2): restart the instance from the cloud "
               "console, then log on with the new password (step 2).")
        .arg(date(m.value(u"set"_s)), date(m.value(u"boot"_s)));
  });
  setCauseWords(b, u"guest_restart_pending"_s, {}, [](const QVariantMap &m) {
    if (!has(m, "configured")) return QString();
    return QCoreApplication::translate(
               "Causes",
               "Remote Desktop was moved to port %1 and starts using it after a restart: take a snapshot, restart the "
               "instance from the cloud console, then connect to port %1 (step 11).")
        .arg(v(m, "configured"));
  });
}

}  // namespace

void addCauseWordsWithValues(VerdictBook &b) {
  addPortAndFirewallWords(b);
  addServerWords(b);
  addServerStateWords(b);
  addCloudCauseWords(b);
}

}  // namespace rdpd
