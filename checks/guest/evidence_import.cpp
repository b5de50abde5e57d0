// Import of guest evidence (file, pasted text, typed code) and the derivation of the facts the checks read.
// Strict about what it knows (types of known fields, schema name and version), tolerant of what it does not
// (unknown fields are kept in raw and ignored), bounded (5 MB).
#include "checks/guest/evidence_import.h"

#include "checks/guest/firewall_rules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

#include "checks/guest/typable_code.h"

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


// Typed access to known fields. A field that is missing or null is "unknown"; a field with the wrong type is an
// error that names its path.
struct Reader {
  QString bad;  // first wrong field

  void fail(const QString &path) {
    if (bad.isEmpty()) bad = path;
  }
  QJsonValue at(const QJsonObject &o, const char *key) const { return o.value(QLatin1StringView(key)); }

  std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || std::fabs(v.toDouble()) > 9.0e15) {
      fail(path + u'.' + QLatin1StringView(key));
      return std::nullopt;
    }
    return qint64(v.toDouble());
  }
  std::optional<double> number(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) { fail(path + u'.' + QLatin1StringView(key)); return std::nullopt; }
    return v.toDouble();
  }
  std::optional<bool> boolean(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isBool()) { fail(path + u'.' + QLatin1StringView(key)); return std::nullopt; }
    return v.toBool();
  }
  QString string(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return {};
    if (!v.isString()) { fail(path + u'.' + QLatin1StringView(key)); return {}; }
    return v.toString();
  }
  // Missing/null -> nullopt; wrong type -> error.
  std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isObject()) { fail(path + u'.' + QLatin1StringView(key)); return std::nullopt; }
    return v.toObject();
  }
  std::optional<QJsonArray> array(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isArray()) { fail(path + u'.' + QLatin1StringView(key)); return std::nullopt; }
    return v.toArray();
  }
  // Array of objects: a non-object element is an error.
  QList<QJsonObject> objects(const QJsonArray &a, const QString &path) {
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
      if (!a.at(i).isObject()) { fail(u"%1[%2]"_s.arg(path).arg(i)); continue; }
      out.append(a.at(i).toObject());
    }
    return out;
  }
  QStringList strings(const QJsonArray &a, const QString &path) {
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
      if (!a.at(i).isString()) { fail(u"%1[%2]"_s.arg(path).arg(i)); continue; }
      out.append(a.at(i).toString());
    }
    return out;
  }
};

constexpr qint64 kDefaultRdpPortForRules = 3389;  // the built-in Remote Desktop rules are scoped to it

QString lower(const QString &s) { return s.trimmed().toLower(); }


QString normThumb(QString t) { return t.remove(QRegularExpression(u"[^0-9A-Fa-f]"_s)).toUpper(); }

// Groups whose holding of the deny right shuts out practically every RDP user.
const QStringList &broadSids() {
  static const QStringList s{u"S-1-1-0"_s, u"S-1-5-11"_s, u"S-1-5-32-545"_s, u"S-1-5-14"_s, u"S-1-5-4"_s};
  return s;
}

}  // namespace

bool deriveFacts(const QJsonObject &doc, GuestFacts *out, QString *badField) {
  Reader rd;
  GuestFacts f;
  const QDateTime collectedAt = QDateTime::fromString(doc.value(u"collected_at"_s).toString(), Qt::ISODate);

  for (const QJsonValue &e : doc.value(u"errors"_s).toArray()) {
    const QString section = e.toObject().value(u"section"_s).toString();
    if (!section.isEmpty() && !f.failedSections.contains(section)) f.failedSections << section;
  }

  // os
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

  // rdp
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

  // services
  if (auto svcs = rd.array(doc, "services", u"services"_s)) {
    for (const QJsonObject &s : rd.objects(*svcs, u"services"_s)) {
      const QString name = rd.string(s, "name", u"services"_s);
      const QString state = lower(rd.string(s, "state", u"services"_s));
      const QString start = lower(rd.string(s, "start_type", u"services"_s));
      if (name.compare(u"TermService"_s, Qt::CaseInsensitive) != 0) continue;
      if (!state.isEmpty()) f.termServiceState = state == u"running"_s ? u"running"_s : state == u"stopped"_s ? u"stopped"_s : u"other"_s;
      if (!start.isEmpty()) f.termServiceDisabled = start == u"disabled"_s;
    }
  }
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

  // listeners
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
      if (auto sv = rd.array(l, "services", u"tcp_listeners"_s)) services = rd.strings(*sv, u"tcp_listeners.services"_s);
      const bool isTs = services.contains(u"TermService"_s, Qt::CaseInsensitive);
      if (isTs && port && !f.termServicePorts.contains(int(*port))) f.termServicePorts << int(*port);
      if (!effectivePort || !port || *port != *effectivePort) continue;
      any = true;
      if (isTs) ts = true;
      else if (other.isEmpty()) other = process;
    }
    if (effectivePort) {
      f.portOwner = ts ? PortOwner::TermService : any ? PortOwner::OtherProcess : PortOwner::NotListening;
      if (!ts) f.portOwnerProcess = other;
    }
  }

  // firewall
  if (auto fw = rd.object(doc, "firewall", u"firewall"_s)) {
    if (auto profiles = rd.array(*fw, "profiles", u"firewall"_s)) {
      bool on = false;
      for (const QJsonObject &p : rd.objects(*profiles, u"firewall.profiles"_s)) {
        const auto en = rd.boolean(p, "enabled", u"firewall.profiles"_s);
        rd.string(p, "default_inbound_action", u"firewall.profiles"_s);
        if (en && *en) { on = true; f.firewallOnProfiles << rd.string(p, "name", u"firewall.profiles"_s); }
      }
      f.firewallOn = on;
    }
    QStringList active;
    if (auto ap = rd.array(*fw, "active_profiles", u"firewall"_s)) active = rd.strings(*ap, u"firewall.active_profiles"_s);
    if (auto rules = rd.array(*fw, "rules", u"firewall"_s); rules && effectivePort) {
      // Evaluated as Windows applies them (firewall_rules.h): program, service and profile filters count, so the
      // RdpSa.exe shadow rule with local port Any does not open a moved RDP port.
      QList<FirewallRule> list;
      for (const QJsonObject &r : rd.objects(*rules, u"firewall.rules"_s)) {
        FirewallRule fr;
        fr.enabled = rd.boolean(r, "enabled", u"firewall.rules"_s).value_or(false);
        fr.action = rd.string(r, "action", u"firewall.rules"_s);
        fr.direction = rd.string(r, "direction", u"firewall.rules"_s);
        fr.protocol = rd.string(r, "protocol", u"firewall.rules"_s);
        fr.profiles = rd.string(r, "profiles", u"firewall.rules"_s);
        if (auto lp = rd.array(r, "local_ports", u"firewall.rules"_s)) fr.localPorts = rd.strings(*lp, u"firewall.rules.local_ports"_s);
        if (auto ra = rd.array(r, "remote_addresses", u"firewall.rules"_s)) fr.remoteAddresses = rd.strings(*ra, u"firewall.rules.remote_addresses"_s);
        fr.program = rd.string(r, "program", u"firewall.rules"_s);
        fr.service = rd.string(r, "service", u"firewall.rules"_s);
        fr.edgeTraversal = rd.string(r, "edge_traversal", u"firewall.rules"_s);
        fr.name = rd.string(r, "display_name", u"firewall.rules"_s);
        if (fr.name.isEmpty()) fr.name = rd.string(r, "name", u"firewall.rules"_s);
        list << fr;
      }
      const FirewallOutcome at = evaluateRemoteDesktop(list, *effectivePort, active);
      const FirewallOutcome at3389 = evaluateRemoteDesktop(list, kDefaultRdpPortForRules, active);
      f.firewallAllowsPort = at.allows;
      f.firewallBlocksPort = at.blocks;
      f.blockRules = at.blockRules;
      f.firewallAllows3389Only = *effectivePort != kDefaultRdpPortForRules && !at.allows && at3389.allows;
    }
  }

  // ipsec
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

  // certificates
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
        if (!chosen || na > latest) { chosen = c; latest = na; }
      }
    }
    if (chosen) {
      const auto key = rd.boolean(*chosen, "has_private_key", u"certificates"_s);
      const QString notAfter = rd.string(*chosen, "not_after", u"certificates"_s);
      const QDateTime na = QDateTime::fromString(notAfter, Qt::ISODate);
      f.certNotAfter = notAfter;
      if (f.certThumbprint.isEmpty()) f.certThumbprint = normThumb(rd.string(*chosen, "thumbprint", u"certificates"_s));
      if (key && !*key) f.cert = CertState::NoPrivateKey;
      else if (na.isValid() && collectedAt.isValid() && na < collectedAt) f.cert = CertState::Expired;
      else if (key) f.cert = CertState::Ok;
    }
  }

  // licensing
  if (auto lic = rd.object(doc, "licensing", u"licensing"_s)) {
    const auto rdsh = rd.boolean(*lic, "rdsh_installed", u"licensing"_s);
    rd.integer(*lic, "mode", u"licensing"_s);
    if (auto s = rd.array(*lic, "license_servers", u"licensing"_s)) f.licenseServers = rd.strings(*s, u"licensing.license_servers"_s);
    f.graceDaysLeft = rd.integer(*lic, "grace_days_left", u"licensing"_s);
    if (rdsh && !*rdsh) f.licensing = Licensing::NotRdsh;
    else if (rdsh && !f.licenseServers.isEmpty()) f.licensing = Licensing::Licensed;
    else if (rdsh && f.graceDaysLeft) f.licensing = *f.graceDaysLeft > 0 ? Licensing::InGrace : Licensing::GraceOver;
  }

  // performance
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
        if (cpu && *cpu > best) { best = *cpu; f.topProcess = n; }
      }
    }
  }

  // events
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
        if (*id == 1001 && provider.contains(u"WER-SystemErrorReporting"_s, Qt::CaseInsensitive)) add(bugcheck1001, count);
      }
      f.lowMemoryEventCount = n;
      if (n > 0 || !lowMemoryUnread) f.lowMemoryEvents = n > 0;
      f.bugchecks = bugcheck1001;
      if (kernelPower41 || eventLog6008)
        f.unexpectedShutdowns = std::max(kernelPower41.value_or(0), eventLog6008.value_or(0));
    }
    rd.integer(*ev, "failed_logons_4625", u"events"_s);
  }

  // security software
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
                       : safedog ? SecuritySoftware::SafeDog : SecuritySoftware::Other;
  }

  // rights and account
  std::optional<QStringList> denyHolders;
  std::optional<QStringList> remoteLogon;
  if (auto rights = rd.object(doc, "rights", u"rights"_s)) {
    if (auto d = rd.array(*rights, "deny_remote_logon", u"rights"_s)) denyHolders = rd.strings(*d, u"rights.deny_remote_logon"_s);
    if (auto a = rd.array(*rights, "remote_logon", u"rights"_s)) remoteLogon = rd.strings(*a, u"rights.remote_logon"_s);
    if (auto m = rd.array(*rights, "remote_desktop_users", u"rights"_s)) rd.objects(*m, u"rights.remote_desktop_users"_s);
  }
  if (denyHolders) {
    f.denyHolders = *denyHolders;
    bool broad = false;
    for (const QString &h : *denyHolders) broad = broad || broadSids().contains(h, Qt::CaseInsensitive);
    f.denyLogon = broad;
  }
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
    auto granted = [&](const QString &groupSid) { return remoteLogon && remoteLogon->contains(groupSid, Qt::CaseInsensitive); };
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
            groups.contains(h, Qt::CaseInsensitive) ||
            (isAdmin.value_or(false) && h == u"S-1-5-32-544"_s) || (inRdu.value_or(false) && h == u"S-1-5-32-555"_s))
          denied = true;
      }
      f.denyLogon = denied;
    }
    const QDateTime set = QDateTime::fromString(f.passwordLastSet, Qt::ISODate);
    const QDateTime boot = QDateTime::fromString(f.lastBoot, Qt::ISODate);
    if (set.isValid() && boot.isValid()) f.passwordAfterBoot = set > boot;
  }

  if (!rd.bad.isEmpty()) {
    if (badField) *badField = rd.bad;
    return false;
  }
  *out = f;
  return true;
}

namespace {

// Line and column (1-based) of a character offset.
void lineColumn(const QString &text, qint64 offset, int *line, int *column) {
  int l = 1, c = 1;
  for (qint64 i = 0; i < offset && i < text.size(); ++i) {
    if (text.at(i) == u'\n') { ++l; c = 1; } else { ++c; }
  }
  *line = l;
  *column = c;
}

ImportResult failure(ImportError e, QString message) {
  ImportResult r;
  r.error = e;
  r.message = std::move(message);
  return r;
}

// Parses exactly one document; offsets in the result are character offsets in text (plus base).
ImportResult parseDocument(const QString &text, qint64 base, const QString &wholeText) {
  const QByteArray utf8 = text.toUtf8();
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
  if (pe.error != QJsonParseError::NoError) {
    const qint64 charOffset = base + QString::fromUtf8(utf8.left(pe.offset)).size();
    const bool atEnd = utf8.mid(pe.offset).trimmed().isEmpty();
    const bool truncated = atEnd && (pe.error == QJsonParseError::UnterminatedObject ||
                                     pe.error == QJsonParseError::UnterminatedArray ||
                                     pe.error == QJsonParseError::UnterminatedString ||
                                     pe.error == QJsonParseError::IllegalValue ||
                                     pe.error == QJsonParseError::MissingNameSeparator ||
                                     pe.error == QJsonParseError::MissingValueSeparator ||
                                     pe.error == QJsonParseError::IllegalNumber);
    ImportResult r;
    r.position = charOffset;
    lineColumn(wholeText, charOffset, &r.line, &r.column);
    if (truncated) {
      r.error = ImportError::Truncated;
      r.message = QCoreApplication::translate("EvidenceImport", "The evidence ends too early: only part of it was copied. Copy the whole output of the "
                     "script, from the first { to the last }, or use the file it saved.");
    } else {
      r.error = ImportError::NotJson;
      r.message = QCoreApplication::translate("EvidenceImport", "The evidence is damaged at line %1, column %2 (%3). Copy it again, or use the file the "
                     "script saved.").arg(r.line).arg(r.column).arg(pe.errorString());
    }
    return r;
  }
  if (!doc.isObject())
    return failure(ImportError::NotEvidence, QCoreApplication::translate("EvidenceImport", "This is not evidence from RDP Doctor's script: it is not a JSON object."));
  const QJsonObject o = doc.object();
  if (o.value(u"schema"_s).toString() != QLatin1StringView(kEvidenceSchema))
    return failure(ImportError::NotEvidence,
                   QCoreApplication::translate("EvidenceImport", "This is not evidence from RDP Doctor's script (the \"schema\" field is missing or different)."));
  const QJsonValue ver = o.value(u"schema_version"_s);
  if (!ver.isDouble() || ver.toDouble() != std::floor(ver.toDouble()))
    return failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The evidence has no valid \"schema_version\"."));
  if (int(ver.toDouble()) != kEvidenceSchemaVersion) {
    ImportResult r = failure(ImportError::UnsupportedVersion,
                             QCoreApplication::translate("EvidenceImport", "The evidence uses format version %1, but this version of RDP Doctor reads version %2. "
                                "Use the script that comes with this RDP Doctor (Step 1 shows it).")
                                 .arg(qint64(ver.toDouble())).arg(kEvidenceSchemaVersion));
    r.field = u"schema_version"_s;
    return r;
  }
  auto ev = std::make_shared<GuestEvidence>();
  ev->source = GuestEvidence::Source::Json;
  ev->schemaVersion = kEvidenceSchemaVersion;
  ev->raw = o;
  if (!o.value(u"collected_at"_s).isString() || (o.contains(u"collector_version"_s) && !o.value(u"collector_version"_s).isString()) ||
      (o.contains(u"typable_code"_s) && !o.value(u"typable_code"_s).isString() && !o.value(u"typable_code"_s).isNull())) {
    ImportResult r = failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The evidence is missing when it was collected, or a header field is damaged."));
    r.field = u"collected_at"_s;
    return r;
  }
  ev->collectedAt = o.value(u"collected_at"_s).toString();
  ev->collectorVersion = o.value(u"collector_version"_s).toString();
  ev->typableCode = o.value(u"typable_code"_s).toString();
  if (o.contains(u"errors"_s)) {
    if (!o.value(u"errors"_s).isArray()) {
      ImportResult r = failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The field \"%1\" of the evidence has the wrong type.").arg(u"errors"_s));
      r.field = u"errors"_s;
      return r;
    }
    for (const QJsonValue &e : o.value(u"errors"_s).toArray()) {
      const QJsonObject eo = e.toObject();
      ev->sectionErrors << u"%1: %2"_s.arg(eo.value(u"section"_s).toString(), eo.value(u"message"_s).toString());
    }
  }
  QString bad;
  if (!deriveFacts(o, &ev->facts, &bad)) {
    ImportResult r = failure(ImportError::InvalidField,
                             QCoreApplication::translate("EvidenceImport", "The field \"%1\" of the evidence has the wrong type. The file may have been edited by "
                                "hand; collect it again with the script.").arg(bad));
    r.field = bad;
    return r;
  }
  ImportResult r;
  r.evidence = std::move(ev);
  return r;
}

// End of a balanced {...} starting at start (strings respected), or -1.
qsizetype matchingBrace(const QString &t, qsizetype start) {
  int depth = 0;
  bool inString = false;
  for (qsizetype i = start; i < t.size(); ++i) {
    const QChar c = t.at(i);
    if (inString) {
      if (c == u'\\') ++i;
      else if (c == u'"') inString = false;
      continue;
    }
    if (c == u'"') inString = true;
    else if (c == u'{') ++depth;
    else if (c == u'}' && --depth == 0) return i;
  }
  return -1;
}

ImportResult codeResult(const QString &text, qint64 base) {
  const CodeDecode d = decodeTypableCode(text);
  ImportResult r;
  if (d.error == CodeError::None) {
    auto ev = std::make_shared<GuestEvidence>();
    ev->source = GuestEvidence::Source::Code;
    ev->facts = d.facts;
    ev->typableCode = text.trimmed();
    r.evidence = std::move(ev);
    return r;
  }
  r.position = d.position >= 0 ? base + d.position : -1;
  r.codeGroup = d.group;
  r.codeCharInGroup = d.charInGroup;
  switch (d.error) {
    case CodeError::BadCharacter:
      r.error = ImportError::CodeBadCharacter;
      r.message = QCoreApplication::translate("EvidenceImport", "\"%1\" (character %2 of group %3) is never used in codes. Codes use the digits 0-9 and the "
                     "letters A-Z except I, L, O and U.").arg(d.badChar).arg(d.charInGroup).arg(d.group);
      break;
    case CodeError::Length:
      r.error = ImportError::CodeLength;
      r.message = QCoreApplication::translate("EvidenceImport", "The code has %1 letters and digits, but a complete code has %2 (\"R1\" and six groups). "
                     "Check for a missing or extra group.").arg(d.foundLength).arg(kCodeLength);
      break;
    case CodeError::Version:
      r.error = ImportError::CodeVersion;
      r.message = d.foundVersion < 0
                      ? QCoreApplication::translate("EvidenceImport", "This does not look like an RDP Doctor code: a code starts with R1.")
                      : QCoreApplication::translate("EvidenceImport", "This code was made by a different version of the script (R%1). Use the script that comes "
                           "with this RDP Doctor, or send the JSON file instead.").arg(d.foundVersion);
      break;
    case CodeError::Checksum:
      r.error = ImportError::CodeChecksum;
      if (d.located && d.swapped)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo: characters %1 and %2 of group %3 seem to be swapped. Compare them with "
                       "the screen and type the code again.").arg(d.charInGroup).arg(d.charInGroup + 1).arg(d.group);
      else if (d.located)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo: character %1 of group %2 (\"%3\") seems wrong. Compare it with the "
                       "screen and type it again.").arg(d.charInGroup).arg(d.group).arg(d.badChar);
      else if (d.group > 0)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo in group %1 or more than one mistake. Compare each group with the "
                       "screen and type the code again.").arg(d.group);
      else
        r.message = QCoreApplication::translate("EvidenceImport", "The code does not add up: there is more than one mistake. Compare each group with the "
                       "screen and type the code again.");
      break;
    case CodeError::None:
      break;
  }
  return r;
}

}  // namespace

ImportResult EvidenceImport::fromJson(const QByteArray &bytes) {
  if (bytes.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The evidence is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script. Choose the .json file the script saved."));
  QByteArray b = bytes;
  if (b.startsWith("\xEF\xBB\xBF")) b.remove(0, 3);
  if (b.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "The evidence is empty."));
  const QString text = QString::fromUtf8(b);
  return parseDocument(text, 0, text);
}

ImportResult EvidenceImport::fromFile(const QString &path) {
  const QFileInfo fi(path);
  if (!fi.exists() || !fi.isFile())
    return failure(ImportError::FileUnreadable, QCoreApplication::translate("EvidenceImport", "The file %1 does not exist.").arg(path));
  if (fi.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The file %1 is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script.").arg(path));
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return failure(ImportError::FileUnreadable, QCoreApplication::translate("EvidenceImport", "The file %1 cannot be read: %2").arg(path, f.errorString()));
  const QByteArray bytes = f.read(kMaxEvidenceBytes + 1);
  // An empty file (or one holding only a byte-order mark or blank lines): the script's output never reached it.
  {
    QByteArray body = bytes;
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"})
      if (body.startsWith(bom)) { body = body.mid(int(qstrlen(bom))); break; }
    body.replace('\0', "");
    if (body.trimmed().isEmpty())
      return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport",
          "The file %1 is empty: the collection script's output did not reach it (the script stopped early, or the file "
          "was saved before it finished). Run the script again in the console and import the file it names at the end "
          "(\"Evidence saved to: ...\"), or paste the code it prints.").arg(path));
  }
  // Windows PowerShell 5.1 may save UTF-16 with a BOM; accept it.
  if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
    const QString t = bytes.startsWith("\xFF\xFE")
                          ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2)
                          : QString();
    if (t.isEmpty()) return failure(ImportError::NotJson, QCoreApplication::translate("EvidenceImport", "The file %1 is not in a text encoding RDP Doctor reads (save it as UTF-8).").arg(path));
    return fromText(t);
  }
  return fromText(QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes));
}

ImportResult EvidenceImport::fromCode(const QString &code) {
  if (code.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "Type the code the script printed, starting with R1."));
  if (code.size() > 200) {
    ImportResult r = failure(ImportError::CodeLength, QCoreApplication::translate("EvidenceImport", "This is much longer than a code. Paste the JSON text instead, or type only the code."));
    return r;
  }
  return codeResult(code, 0);
}

ImportResult EvidenceImport::fromText(const QString &text) {
  if (text.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "Nothing was pasted."));
  if (text.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The pasted text is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script."));
  const qsizetype first = text.indexOf(u'{');
  if (first < 0) {
    // No JSON: a code, maybe with a label or prompt around it ("Code: R1-...").
    static const QRegularExpression codeRe(u"R[\\s-]*[0-9A-Za-z](?:[\\s.\\-]*[0-9A-Za-z]){10,60}"_s);
    QRegularExpressionMatch m;
    qsizetype from = 0;
    QRegularExpressionMatch last;
    while ((m = codeRe.match(text, from)).hasMatch()) { last = m; from = m.capturedEnd(); }
    if (last.hasMatch()) return codeResult(last.captured(), last.capturedStart());
    return fromCode(text);
  }
  // Console noise around the JSON: try each '{' that opens a balanced block mentioning the schema; the first that
  // parses wins. Otherwise report the error of the most plausible block (the first one mentioning the schema).
  std::optional<ImportResult> firstError;
  int tries = 0;
  for (qsizetype start = first; start >= 0 && tries < 64; start = text.indexOf(u'{', start + 1), ++tries) {
    const qsizetype end = matchingBrace(text, start);
    const QString block = end < 0 ? text.mid(start) : text.mid(start, end - start + 1);
    if (!block.contains(u"\"schema\""_s)) continue;
    ImportResult r = parseDocument(block, start, text);
    if (r.ok()) return r;
    if (!firstError) firstError = r;
    if (end < 0) break;  // unterminated: nothing after it can be complete either
    if (r.error != ImportError::NotJson) return r;
  }
  if (firstError) return *firstError;
  return parseDocument(text.mid(first), first, text);
}

}  // namespace rdpd::guest
