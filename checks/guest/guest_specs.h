#pragma once
// Internal to checks/guest: the helpers the guest check specs share and the spec of every guest check, one
// function each, defined in the file of its area (<area>_checks.cpp). register_guest_checks.cpp lists them.

#include <QStringList>
#include <QVariant>
#include <optional>

#include "checks/guest/guest_check.h"

namespace rdpd::guest::specs {

inline QString ev(const CheckResult &r, const char *key) {
  return r.findings.value(QString::fromLatin1(key)).toString();
}
inline qint64 evInt(const CheckResult &r, const char *key) {
  return r.findings.value(QString::fromLatin1(key)).toLongLong();
}
inline bool evBool(const CheckResult &r, const char *key) {
  return r.findings.value(QString::fromLatin1(key)).toBool();
}
inline bool inRange(qint64 p) { return p >= 1 && p <= 65535; }
inline QVariant opt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
inline QVariant optBool(const std::optional<bool> &v) { return v ? QVariant(*v) : QVariant(); }
inline QVariantList portList(const QList<int> &ports) {
  QVariantList out;
  for (int p : ports) out << p;
  return out;
}
inline QString portsText(const CheckResult &r, const char *key) {
  QStringList out;
  for (const QVariant &p : r.findings.value(QString::fromLatin1(key)).toList()) out << QString::number(p.toLongLong());
  return out.join(QStringLiteral(", "));
}

// Both stored port values agree and are valid, and TermService listens, but only on other ports: the port was
// changed in the registry and Remote Desktop still uses the port it read when it last started.
inline bool portChangeAwaitsRestart(const GuestFacts &f) {
  return f.listenersKnown && f.portTds && f.portRdpTcp && *f.portTds == *f.portRdpTcp && inRange(*f.portRdpTcp) &&
         f.portOwner == PortOwner::NotListening && !f.termServicePorts.isEmpty() &&
         !f.termServicePorts.contains(int(*f.portRdpTcp));
}

// step 1, 6, 11 (health_checks.cpp)
GuestCheckSpec crashes();
GuestCheckSpec cpu();
GuestCheckSpec memory();
GuestCheckSpec restartPending();
// step 2, 9 (account_checks.cpp)
GuestCheckSpec accountEnabled();
GuestCheckSpec accountLocked();
GuestCheckSpec passwordExpired();
GuestCheckSpec passwordVsBoot();
GuestCheckSpec rdpPermission();
GuestCheckSpec denyLogon();
// step 3 (port_checks.cpp)
GuestCheckSpec portRange();
GuestCheckSpec portMatch();
GuestCheckSpec portTarget();
GuestCheckSpec portListening();
GuestCheckSpec firewallPortChanged();
// step 4, 9 (service_checks.cpp)
GuestCheckSpec rdpEnabled();
GuestCheckSpec termService();
GuestCheckSpec selectiveStartup();
GuestCheckSpec listener();
GuestCheckSpec securityLayer();
GuestCheckSpec certificate();
GuestCheckSpec licensing();
// step 7, 8, 10 (firewall_checks.cpp)
GuestCheckSpec firewall();
GuestCheckSpec ipsec();
GuestCheckSpec securitySoftware();

}  // namespace rdpd::guest::specs
