#include "checks/guest/firewall_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest {

namespace {

QString lower(const QString &s) { return s.trimmed().toLower(); }

bool isAny(const QString &s) {
  const QString v = lower(s);
  return v.isEmpty() || v == u"any"_s;
}

// Remote Desktop is TermService inside %SystemRoot%\system32\svchost.exe.
bool programIsSvchost(const QString &program) {
  QString p = lower(program);
  p.replace(u'/', u'\\');
  for (const QString &root : {u"%systemroot%"_s, u"%windir%"_s, u"c:\\windows"_s})
    if (p.startsWith(root)) return p.mid(root.size()) == u"\\system32\\svchost.exe"_s;
  return false;
}

bool profileCovers(const QString &ruleProfiles, const QStringList &active) {
  if (isAny(ruleProfiles) || active.isEmpty()) return true;
  const QStringList have = lower(ruleProfiles).split(u',', Qt::SkipEmptyParts);
  for (const QString &a : active)
    for (const QString &h : have)
      if (h.trimmed() == lower(a)) return true;
  return false;
}

}  // namespace

bool portsCover(const QStringList &ports, qint64 port) {
  for (const QString &raw : ports) {
    for (const QString &part : raw.split(u',', Qt::SkipEmptyParts)) {
      const QString p = lower(part);
      if (p == u"any"_s || p == u"*"_s) return true;
      const int dash = p.indexOf(u'-');
      bool ok1 = false, ok2 = false;
      if (dash > 0) {
        const qint64 a = p.left(dash).toLongLong(&ok1);
        const qint64 b = p.mid(dash + 1).toLongLong(&ok2);
        if (ok1 && ok2 && port >= a && port <= b) return true;
      } else if (p.toLongLong(&ok1) == port && ok1) {
        return true;
      }
    }
  }
  return false;
}

bool tcpProtocol(const QString &protocol) {
  const QString p = lower(protocol);
  return p.isEmpty() || p == u"tcp"_s || p == u"any"_s || p == u"6"_s;
}

RuleFit fitsRemoteDesktop(const FirewallRule &rule, qint64 port, const QStringList &activeProfiles) {
  if (!rule.enabled) return RuleFit::Disabled;
  if (!rule.direction.isEmpty() && lower(rule.direction) != u"inbound"_s) return RuleFit::Outbound;
  if (!tcpProtocol(rule.protocol)) return RuleFit::OtherProtocol;
  if (!portsCover(rule.localPorts.isEmpty() ? QStringList{u"Any"_s} : rule.localPorts, port)) return RuleFit::OtherPort;
  if (!isAny(rule.program) && !programIsSvchost(rule.program)) return RuleFit::OtherProgram;
  const QString svc = lower(rule.service);
  if (!isAny(svc) && svc != u"*"_s && svc != u"termservice"_s) return RuleFit::OtherService;
  if (!profileCovers(rule.profiles, activeProfiles)) return RuleFit::OtherProfile;
  return RuleFit::Applies;
}

FirewallOutcome evaluateRemoteDesktop(const QList<FirewallRule> &rules, qint64 port, const QStringList &activeProfiles) {
  FirewallOutcome out;
  bool anyUnrestrictedAllow = false;
  QStringList restricted;
  for (const FirewallRule &r : rules) {
    const RuleFit fit = fitsRemoteDesktop(r, port, activeProfiles);
    const QString action = lower(r.action);
    if (fit == RuleFit::OtherProgram || fit == RuleFit::OtherService) out.otherProgramRules << r.name;
    if (fit == RuleFit::OtherProfile) out.otherProfileRules << r.name;
    if (fit != RuleFit::Applies) continue;
    if (action == u"block"_s) {
      out.blocks = true;
      out.blockRules << r.name;
    } else if (action == u"allow"_s) {
      out.allows = true;
      out.allowRules << r.name;
      bool anyAddress = r.remoteAddresses.isEmpty();
      for (const QString &a : r.remoteAddresses) anyAddress = anyAddress || isAny(a) || a.trimmed() == u"*"_s;
      if (anyAddress) anyUnrestrictedAllow = true;
      else restricted << r.remoteAddresses;
    }
  }
  if (out.allows && !anyUnrestrictedAllow) {
    restricted.removeDuplicates();
    out.restrictedTo = restricted;
  }
  return out;
}

}  // namespace rdpd::guest
