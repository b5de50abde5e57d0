// The facts the guest checks read, derived from a parsed evidence document one section at a time
// (docs/evidence-schema.md). Strict about the types of known fields: the first wrong one is named.
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

#include "checks/guest/evidence_import.h"
#include "checks/guest/field_reader.h"
#include "checks/guest/firewall_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest {

int memoryClassForMb(qint64 mb) {
  if (mb < 0) return 0;
  static constexpr qint64 kLimits[] = {128, 256, 512, 1024, 2048, 4096};
  for (int i = 0; i < 6; ++i)
    if (mb < kLimits[i]) return i + 1;
  return 7;
}

qint64 memoryClassFloorMb(int cls) {
  static constexpr qint64 kFloors[] = {0, 0, 128, 256, 512, 1024, 2048, 4096};
  return cls >= 0 && cls <= 7 ? kFloors[cls] : 0;
}

namespace {

constexpr qint64 kDefaultRdpPortForRules = 3389;  // the built-in Remote Desktop rules are scoped to it

QString lower(const QString &s) { return s.trimmed().toLower(); }

QString normThumb(QString t) { return t.remove(QRegularExpression(u"[^0-9A-Fa-f]"_s)).toUpper(); }

// Groups whose holding of the deny right shuts out practically every RDP user.
const QStringList &broadSids() {
  static const QStringList s{u"S-1-1-0"_s, u"S-1-5-11"_s, u"S-1-5-32-545"_s, u"S-1-5-14"_s, u"S-1-5-4"_s};
  return s;
}

// os: last boot and the reboot-pending flags.
void readOs(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto os = rd.object(doc, "os", u"os"_s)) {
    f.lastBoot = rd.string(*os, "last_boot", u"os"_s);
    f.collectorElevated = rd.boolean(*os, "is_administrator", u"os"_s);
    rd.string(*os, "version", u"os"_s);
    rd.string(*os, "system_locale", u"os"_s);
    rd.integer(*os, "build", u"os"_s);
    if (auto rp = rd.object(*os, "reboot_pending", u"os"_s)) {
      f.rebootPendingServicing = rd.boolean(*rp, "component_servicing", u"os.reboot_pending"_s);
      f.rebootPendingUpdate = rd.boolean(*rp, "windows_update", u"os.reboot_pending"_s);
      f.rebootPendingRename = rd.boolean(*rp, "file_rename", u"os.reboot_pending"_s);
    }
  }
}

// rdp: the two port values, whether RDP is denied, the RDP-Tcp listener and its security settings. Returns
// the port Remote Desktop uses when it is a valid port (the later sections judge against it).
std::optional<qint64> readRdp(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  std::optional<qint64> effectivePort;
  if (auto rdp = rd.object(doc, "rdp", u"rdp"_s)) {
    f.portTds = rd.integer(*rdp, "port_tds", u"rdp"_s);
    f.portRdpTcp = rd.integer(*rdp, "port_rdp_tcp", u"rdp"_s);
    const auto denyLocal = rd.integer(*rdp, "deny_ts_connections", u"rdp"_s);
    const auto denyPolicy = rd.integer(*rdp, "deny_ts_connections_policy", u"rdp"_s);
    const auto effective = denyPolicy ? denyPolicy : denyLocal;
    if (effective) f.rdpDenied = *effective != 0;
    if (denyPolicy) f.deniedByPolicy = *denyPolicy != 0;
    if (auto ts = rd.integer(*rdp, "ts_enabled", u"rdp"_s)) f.tsDisabled = *ts == 0;
    if (auto ws = rd.array(*rdp, "winstations", u"rdp"_s)) {
      for (const QJsonObject &w : rd.objects(*ws, u"rdp.winstations"_s)) {
        const QString name = rd.string(w, "name", u"rdp.winstations"_s);
        const auto enabled = rd.integer(w, "enabled", u"rdp.winstations"_s);
        const auto logonDisabled = rd.integer(w, "logon_disabled", u"rdp.winstations"_s);
        rd.integer(w, "port", u"rdp.winstations"_s);
        rd.string(w, "wd_name", u"rdp.winstations"_s);
        if (name.compare(u"RDP-Tcp"_s, Qt::CaseInsensitive) != 0) continue;
        if (enabled) f.listenerEnabled = *enabled != 0;
        if (logonDisabled) f.logonDisabled = *logonDisabled != 0;
      }
    }
    std::optional<QJsonObject> listener = rd.object(*rdp, "listener", u"rdp"_s);
    std::optional<QJsonObject> policy = rd.object(*rdp, "policy", u"rdp"_s);
    auto pick = [&](const char *key) -> std::optional<qint64> {
      std::optional<qint64> p, l;
      if (policy) p = rd.integer(*policy, key, u"rdp.policy"_s);
      if (listener) l = rd.integer(*listener, key, u"rdp.listener"_s);
      return p ? p : l;
    };
    f.securityLayer = pick("security_layer");
    f.userAuthentication = pick("user_authentication");
    f.minEncryptionLevel = pick("min_encryption_level");
    if (f.securityLayer) f.securityLayerValid = *f.securityLayer >= 0 && *f.securityLayer <= 2;
    if (f.userAuthentication) f.userAuthenticationValid = *f.userAuthentication == 0 || *f.userAuthentication == 1;
    if (f.minEncryptionLevel) f.minEncryptionValid = *f.minEncryptionLevel >= 1 && *f.minEncryptionLevel <= 4;
    if (listener) f.certThumbprint = normThumb(rd.string(*listener, "ssl_certificate_sha1", u"rdp.listener"_s));
    if (f.portRdpTcp && *f.portRdpTcp >= 1 && *f.portRdpTcp <= 65535) effectivePort = f.portRdpTcp;
  }
  return effectivePort;
}

// services: TermService state and start type.
void readServices(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto svcs = rd.array(doc, "services", u"services"_s)) {
    for (const QJsonObject &s : rd.objects(*svcs, u"services"_s)) {
      const QString name = rd.string(s, "name", u"services"_s);
      const QString state = lower(rd.string(s, "state", u"services"_s));
      const QString start = lower(rd.string(s, "start_type", u"services"_s));
      if (name.compare(u"TermService"_s, Qt::CaseInsensitive) != 0) continue;
      if (!state.isEmpty())
        f.termServiceState = state == u"running"_s ? u"running"_s : state == u"stopped"_s ? u"stopped"_s : u"other"_s;
      if (!start.isEmpty()) f.termServiceDisabled = start == u"disabled"_s;
    }
  }
}

// startup: services switched off by selective startup (msconfig) or against their default.
void readStartup(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto st = rd.object(doc, "startup", u"startup"_s)) {
    bool known = false;
    QStringList names;
    if (auto m = rd.array(*st, "msconfig_disabled_services", u"startup"_s)) {
      known = true;
      names += rd.strings(*m, u"startup.msconfig_disabled_services"_s);
    }
    if (auto d = rd.array(*st, "disabled_vs_default", u"startup"_s)) {
      known = true;
      for (const QJsonObject &o : rd.objects(*d, u"startup.disabled_vs_default"_s)) {
        const QString n = rd.string(o, "name", u"startup.disabled_vs_default"_s);
        rd.string(o, "start_type", u"startup.disabled_vs_default"_s);
        rd.string(o, "default", u"startup.disabled_vs_default"_s);
        if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive)) names << n;
      }
    }
    if (known) {
      f.selectiveStartup = !names.isEmpty();
      f.disabledServices = names;
    }
  }
}

// tcp_listeners: who listens on the Remote Desktop port, and every port TermService listens on.
void readListeners(FieldReader &rd, const QJsonObject &doc, GuestFacts &f, std::optional<qint64> effectivePort) {
  if (auto ls = rd.array(doc, "tcp_listeners", u"tcp_listeners"_s)) {
    f.listenersKnown = true;
    bool any = false, ts = false;
    QString other;
    for (const QJsonObject &l : rd.objects(*ls, u"tcp_listeners"_s)) {
      const auto port = rd.integer(l, "port", u"tcp_listeners"_s);
      const QString process = rd.string(l, "process", u"tcp_listeners"_s);
      rd.integer(l, "pid", u"tcp_listeners"_s);
      rd.string(l, "address", u"tcp_listeners"_s);
      QStringList services;
      if (auto sv = rd.array(l, "services", u"tcp_listeners"_s))
        services = rd.strings(*sv, u"tcp_listeners.services"_s);
      const bool isTs = services.contains(u"TermService"_s, Qt::CaseInsensitive);
      if (isTs && port && !f.termServicePorts.contains(int(*port))) f.termServicePorts << int(*port);
      if (!effectivePort || !port || *port != *effectivePort) continue;
      any = true;
      if (isTs)
        ts = true;
      else if (other.isEmpty())
        other = process;
    }
    if (effectivePort) {
      f.portOwner = ts ? PortOwner::TermService : any ? PortOwner::OtherProcess : PortOwner::NotListening;
      if (!ts) f.portOwnerProcess = other;
    }
  }
}

// firewall: profiles switched on, and the inbound rules that allow or block the Remote Desktop port.
// Evaluated as Windows applies them (firewall_rules.h): program, service and profile filters count, so the
// RdpSa.exe shadow rule with local port Any does not open a moved RDP port.
void readFirewallRules(FieldReader &rd, const QJsonArray &rules, qint64 port, const QStringList &active, GuestFacts &f) {
  QList<FirewallRule> list;
  for (const QJsonObject &r : rd.objects(rules, u"firewall.rules"_s)) {
    FirewallRule fr;
    fr.enabled = rd.boolean(r, "enabled", u"firewall.rules"_s).value_or(false);
    fr.action = rd.string(r, "action", u"firewall.rules"_s);
    fr.direction = rd.string(r, "direction", u"firewall.rules"_s);
    fr.protocol = rd.string(r, "protocol", u"firewall.rules"_s);
    fr.profiles = rd.string(r, "profiles", u"firewall.rules"_s);
    if (auto lp = rd.array(r, "local_ports", u"firewall.rules"_s))
      fr.localPorts = rd.strings(*lp, u"firewall.rules.local_ports"_s);
    if (auto ra = rd.array(r, "remote_addresses", u"firewall.rules"_s))
      fr.remoteAddresses = rd.strings(*ra, u"firewall.rules.remote_addresses"_s);
    fr.program = rd.string(r, "program", u"firewall.rules"_s);
    fr.service = rd.string(r, "service", u"firewall.rules"_s);
    fr.edgeTraversal = rd.string(r, "edge_traversal", u"firewall.rules"_s);
    fr.name = rd.string(r, "display_name", u"firewall.rules"_s);
    if (fr.name.isEmpty()) fr.name = rd.string(r, "name", u"firewall.rules"_s);
    list << fr;
  }
  const FirewallOutcome at = evaluateRemoteDesktop(list, port, active);
  const FirewallOutcome at3389 = evaluateRemoteDesktop(list, kDefaultRdpPortForRules, active);
  f.firewallAllowsPort = at.allows;
  f.firewallBlocksPort = at.blocks;
  f.blockRules = at.blockRules;
  f.allowRules = at.allowRules;
  f.allowedFrom = at.restrictedTo;
  f.firewallAllows3389Only = port != kDefaultRdpPortForRules && !at.allows && at3389.allows;
}

void readFirewall(FieldReader &rd, const QJsonObject &doc, GuestFacts &f, std::optional<qint64> effectivePort) {
  if (auto fw = rd.object(doc, "firewall", u"firewall"_s)) {
    if (auto profiles = rd.array(*fw, "profiles", u"firewall"_s)) {
      bool on = false;
      for (const QJsonObject &p : rd.objects(*profiles, u"firewall.profiles"_s)) {
        const auto en = rd.boolean(p, "enabled", u"firewall.profiles"_s);
        rd.string(p, "default_inbound_action", u"firewall.profiles"_s);
        if (en && *en) {
          on = true;
          f.firewallOnProfiles << rd.string(p, "name", u"firewall.profiles"_s);
        }
      }
      f.firewallOn = on;
    }
    QStringList active;
    if (auto ap = rd.array(*fw, "active_profiles", u"firewall"_s))
      active = rd.strings(*ap, u"firewall.active_profiles"_s);
    if (auto rules = rd.array(*fw, "rules", u"firewall"_s); rules && effectivePort)
      readFirewallRules(rd, *rules, *effectivePort, active, f);
  }
}

// ipsec: an assigned IPsec policy or connection security rules that require IPsec inbound.
void readIpsec(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto ip = rd.object(doc, "ipsec", u"ipsec"_s)) {
    bool present = false;
    if (auto pol = rd.object(*ip, "assigned_policy", u"ipsec"_s)) {
      present = true;
      const QString n = rd.string(*pol, "name", u"ipsec.assigned_policy"_s);
      f.ipsecNames << (n.isEmpty() ? u"IPsec policy"_s : n);
    }
    if (auto csr = rd.array(*ip, "connection_security_rules", u"ipsec"_s)) {
      for (const QJsonObject &r : rd.objects(*csr, u"ipsec.connection_security_rules"_s)) {
        const auto en = rd.boolean(r, "enabled", u"ipsec.connection_security_rules"_s);
        const QString sec = lower(rd.string(r, "inbound_security", u"ipsec.connection_security_rules"_s));
        if (en && *en && sec == u"require"_s) {
          present = true;
          f.ipsecNames << rd.string(r, "name", u"ipsec.connection_security_rules"_s);
        }
      }
    }
    f.ipsecPresent = present;
  }
}

// certificates: the certificate RDP-Tcp uses (pinned by thumbprint, else the newest in the Remote Desktop store).
void readCertificates(FieldReader &rd, const QJsonObject &doc, GuestFacts &f, const QDateTime &collectedAt) {
  if (auto certs = rd.array(doc, "certificates", u"certificates"_s)) {
    const QList<QJsonObject> list = rd.objects(*certs, u"certificates"_s);
    std::optional<QJsonObject> chosen;
    if (!f.certThumbprint.isEmpty()) {
      for (const QJsonObject &c : list)
        if (normThumb(rd.string(c, "thumbprint", u"certificates"_s)) == f.certThumbprint) chosen = c;
      // Missing only if the stores could be read: not elevated, an empty list means "could not look".
      if (!chosen && !f.failedSections.contains(u"certificates"_s) && f.collectorElevated != false)
        f.cert = CertState::PinnedMissing;
    } else {
      QDateTime latest;
      for (const QJsonObject &c : list) {
        if (lower(rd.string(c, "store", u"certificates"_s)) != u"remote desktop"_s) continue;
        const QDateTime na = QDateTime::fromString(rd.string(c, "not_after", u"certificates"_s), Qt::ISODate);
        if (!chosen || na > latest) {
          chosen = c;
          latest = na;
        }
      }
    }
    if (chosen) {
      const auto key = rd.boolean(*chosen, "has_private_key", u"certificates"_s);
      const QString notAfter = rd.string(*chosen, "not_after", u"certificates"_s);
      const QDateTime na = QDateTime::fromString(notAfter, Qt::ISODate);
      f.certNotAfter = notAfter;
      if (f.certThumbprint.isEmpty()) f.certThumbprint = normThumb(rd.string(*chosen, "thumbprint", u"certificates"_s));
      if (key && !*key)
        f.cert = CertState::NoPrivateKey;
      else if (na.isValid() && collectedAt.isValid() && na < collectedAt)
        f.cert = CertState::Expired;
      else if (key)
        f.cert = CertState::Ok;
    }
  }
}

// licensing: Session Host installed, licence servers, grace period.
void readLicensing(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto lic = rd.object(doc, "licensing", u"licensing"_s)) {
    const auto rdsh = rd.boolean(*lic, "rdsh_installed", u"licensing"_s);
    rd.integer(*lic, "mode", u"licensing"_s);
    if (auto s = rd.array(*lic, "license_servers", u"licensing"_s))
      f.licenseServers = rd.strings(*s, u"licensing.license_servers"_s);
    f.graceDaysLeft = rd.integer(*lic, "grace_days_left", u"licensing"_s);
    if (rdsh && !*rdsh)
      f.licensing = Licensing::NotRdsh;
    else if (rdsh && !f.licenseServers.isEmpty())
      f.licensing = Licensing::Licensed;
    else if (rdsh && f.graceDaysLeft)
      f.licensing = *f.graceDaysLeft > 0 ? Licensing::InGrace : Licensing::GraceOver;
  }
}

// performance: CPU, memory and the busiest process.
void readPerformance(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto perf = rd.object(doc, "performance", u"performance"_s)) {
    f.cpuPercent = rd.number(*perf, "cpu_percent", u"performance"_s);
    f.memoryAvailableMb = rd.integer(*perf, "memory_available_mb", u"performance"_s);
    f.memoryTotalMb = rd.integer(*perf, "memory_total_mb", u"performance"_s);
    if (f.memoryAvailableMb) f.memoryClass = memoryClassForMb(*f.memoryAvailableMb);
    if (auto tp = rd.array(*perf, "top_processes", u"performance"_s)) {
      double best = -1;
      for (const QJsonObject &p : rd.objects(*tp, u"performance.top_processes"_s)) {
        const QString n = rd.string(p, "name", u"performance.top_processes"_s);
        const auto cpu = rd.number(p, "cpu_percent", u"performance.top_processes"_s);
        if (cpu && *cpu > best) {
          best = *cpu;
          f.topProcess = n;
        }
      }
    }
  }
}

// events: low-memory events, unexpected shutdowns and blue screens in the event window.
void readEvents(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto ev = rd.object(doc, "events", u"events"_s)) {
    if (auto hours = rd.integer(*ev, "window_hours", u"events"_s); hours && *hours > 0 && *hours <= 24 * 366)
      f.eventWindowHours = int(*hours);
    if (auto counts = rd.array(*ev, "counts", u"events"_s)) {
      qint64 n = 0;
      bool lowMemoryUnread = false;
      std::optional<qint64> kernelPower41, eventLog6008, bugcheck1001;
      auto add = [](std::optional<qint64> &sum, std::optional<qint64> count) {
        if (count) sum = sum.value_or(0) + *count;
      };
      for (const QJsonObject &c : rd.objects(*counts, u"events.counts"_s)) {
        const auto id = rd.integer(c, "id", u"events.counts"_s);
        const auto count = rd.integer(c, "count", u"events.counts"_s);
        const QString provider = rd.string(c, "provider", u"events.counts"_s);
        if (!id) continue;
        if (*id == 2004 && provider.contains(u"Resource-Exhaustion"_s, Qt::CaseInsensitive)) {
          if (count) n += *count;
          else lowMemoryUnread = true;  // a log that could not be read is not "no events"
        }
        if (*id == 41 && provider.contains(u"Kernel-Power"_s, Qt::CaseInsensitive)) add(kernelPower41, count);
        if (*id == 6008 && lower(provider) == u"eventlog"_s) add(eventLog6008, count);
        if (*id == 1001 && provider.contains(u"WER-SystemErrorReporting"_s, Qt::CaseInsensitive))
          add(bugcheck1001, count);
      }
      f.lowMemoryEventCount = n;
      if (n > 0 || !lowMemoryUnread) f.lowMemoryEvents = n > 0;
      f.bugchecks = bugcheck1001;
      if (kernelPower41 || eventLog6008)
        f.unexpectedShutdowns = std::max(kernelPower41.value_or(0), eventLog6008.value_or(0));
    }
    rd.integer(*ev, "failed_logons_4625", u"events"_s);
  }
}

// security_software: installed security products, SafeDog named.
void readSecuritySoftware(FieldReader &rd, const QJsonObject &doc, GuestFacts &f) {
  if (auto ss = rd.array(doc, "security_software", u"security_software"_s)) {
    bool safedog = false;
    for (const QJsonObject &s : rd.objects(*ss, u"security_software"_s)) {
      const QString product = rd.string(s, "product", u"security_software"_s);
      const QString name = rd.string(s, "name", u"security_software"_s);
      if (lower(product) == u"safedog"_s) safedog = true;
      const QString label = product.isEmpty() ? name : product;
      if (!label.isEmpty() && !f.securityProducts.contains(label, Qt::CaseInsensitive)) f.securityProducts << label;
    }
    f.securitySoftware = f.securityProducts.isEmpty() ? SecuritySoftware::None
                         : safedog                    ? SecuritySoftware::SafeDog
                                                      : SecuritySoftware::Other;
  }
}

// rights: who holds the deny and allow rights for logging on through Remote Desktop.
void readRights(FieldReader &rd, const QJsonObject &doc, GuestFacts &f, std::optional<QStringList> &denyHolders,
                std::optional<QStringList> &remoteLogon) {
  if (auto rights = rd.object(doc, "rights", u"rights"_s)) {
    if (auto d = rd.array(*rights, "deny_remote_logon", u"rights"_s))
      denyHolders = rd.strings(*d, u"rights.deny_remote_logon"_s);
    if (auto a = rd.array(*rights, "remote_logon", u"rights"_s)) remoteLogon = rd.strings(*a, u"rights.remote_logon"_s);
    if (auto m = rd.array(*rights, "remote_desktop_users", u"rights"_s))
      rd.objects(*m, u"rights.remote_desktop_users"_s);
  }
  if (denyHolders) {
    f.denyHolders = *denyHolders;
    bool broad = false;
    for (const QString &h : *denyHolders) broad = broad || broadSids().contains(h, Qt::CaseInsensitive);
    f.denyLogon = broad;
  }
}

// account: the account named to the collector, its state, and whether the rights reach it.
void readAccount(FieldReader &rd, const QJsonObject &doc, GuestFacts &f, const std::optional<QStringList> &denyHolders,
                 const std::optional<QStringList> &remoteLogon) {
  if (auto acc = rd.object(doc, "account", u"account"_s)) {
    f.accountName = rd.string(*acc, "name", u"account"_s);
    const QString sid = rd.string(*acc, "sid", u"account"_s);
    const auto found = rd.boolean(*acc, "found", u"account"_s);
    f.accountEnabled = rd.boolean(*acc, "enabled", u"account"_s);
    f.accountLocked = rd.boolean(*acc, "locked_out", u"account"_s);
    f.passwordExpired = rd.boolean(*acc, "password_expired", u"account"_s);
    f.passwordLastSet = rd.string(*acc, "password_last_set", u"account"_s);
    auto isAdmin = rd.boolean(*acc, "is_administrator", u"account"_s);
    auto inRdu = rd.boolean(*acc, "in_remote_desktop_users", u"account"_s);
    // Collector 1.0 wrote "not a member" when it could not read the groups (not elevated, rights failed): that
    // false is unknown. The built-in Administrator (RID 500) is an administrator whatever could be read.
    const bool groupsUnread = f.collectorElevated == false || f.failedSections.contains(u"rights"_s);
    if (groupsUnread && isAdmin == false) isAdmin.reset();
    if (groupsUnread && inRdu == false) inRdu.reset();
    if (sid.endsWith(u"-500"_s)) isAdmin = true;
    QStringList groups;
    if (auto g = rd.array(*acc, "group_sids", u"account"_s)) groups = rd.strings(*g, u"account.group_sids"_s);
    if (found && !*found) f.accountEnabled = false;
    // The right to log on through RDS must reach the account through Administrators or Remote Desktop Users
    // (or directly). Unknown when the rights list could not be read, or when it is "no" only because a
    // membership is unknown: a check on an unknown fact is skipped, never failed.
    auto granted = [&](const QString &groupSid) {
      return remoteLogon && remoteLogon->contains(groupSid, Qt::CaseInsensitive);
    };
    const bool direct = remoteLogon && (remoteLogon->contains(sid, Qt::CaseInsensitive) ||
                                        remoteLogon->contains(f.accountName, Qt::CaseInsensitive));
    const bool yes = (isAdmin.value_or(false) && granted(u"S-1-5-32-544"_s)) ||
                     (inRdu.value_or(false) && granted(u"S-1-5-32-555"_s)) || direct;
    if (remoteLogon && (yes || (isAdmin && inRdu))) f.rdpPermission = yes;
    if (denyHolders) {
      bool denied = f.denyLogon.value_or(false);
      for (const QString &h : *denyHolders) {
        if ((!sid.isEmpty() && h.compare(sid, Qt::CaseInsensitive) == 0) ||
            (!f.accountName.isEmpty() && h.compare(f.accountName, Qt::CaseInsensitive) == 0) ||
            groups.contains(h, Qt::CaseInsensitive) || (isAdmin.value_or(false) && h == u"S-1-5-32-544"_s) ||
            (inRdu.value_or(false) && h == u"S-1-5-32-555"_s))
          denied = true;
      }
      f.denyLogon = denied;
    }
    const QDateTime set = QDateTime::fromString(f.passwordLastSet, Qt::ISODate);
    const QDateTime boot = QDateTime::fromString(f.lastBoot, Qt::ISODate);
    if (set.isValid() && boot.isValid()) f.passwordAfterBoot = set > boot;
  }
}

}  // namespace

bool deriveFacts(const QJsonObject &doc, GuestFacts *out, QString *badField) {
  FieldReader rd;
  GuestFacts f;
  const QDateTime collectedAt = QDateTime::fromString(doc.value(u"collected_at"_s).toString(), Qt::ISODate);
  for (const QJsonValue &e : doc.value(u"errors"_s).toArray()) {
    const QString section = e.toObject().value(u"section"_s).toString();
    if (!section.isEmpty() && !f.failedSections.contains(section)) f.failedSections << section;
  }
  // In the order of the document's sections, so the wrong field named is the first one.
  readOs(rd, doc, f);
  const std::optional<qint64> effectivePort = readRdp(rd, doc, f);
  readServices(rd, doc, f);
  readStartup(rd, doc, f);
  readListeners(rd, doc, f, effectivePort);
  readFirewall(rd, doc, f, effectivePort);
  readIpsec(rd, doc, f);
  readCertificates(rd, doc, f, collectedAt);
  readLicensing(rd, doc, f);
  readPerformance(rd, doc, f);
  readEvents(rd, doc, f);
  readSecuritySoftware(rd, doc, f);
  std::optional<QStringList> denyHolders;
  std::optional<QStringList> remoteLogon;
  readRights(rd, doc, f, denyHolders, remoteLogon);
  readAccount(rd, doc, f, denyHolders, remoteLogon);

  if (!rd.bad.isEmpty()) {
    if (badField) *badField = rd.bad;
    return false;
  }
  *out = f;
  return true;
}

}  // namespace rdpd::guest
