#include "checks/cloud/security_group.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

enum class Match { No, Yes, Maybe };

struct Candidate {
  SgRule rule;
  Match match = Match::No;
  QString reason;  // for Maybe
  int order = 0;   // listing order, to keep the sort stable and readable
};

QHostAddress normalized(const QHostAddress &a) {
  bool ok = false;
  const quint32 v4 = a.toIPv4Address(&ok);
  return ok ? QHostAddress(v4) : a;
}

bool protocolCoversTcp(const QString &p) {
  const QString l = p.trimmed().toLower();
  return l == u"tcp"_s || l == u"all"_s || l == u"-1"_s;
}

// Private, shared (CGNAT), loopback and link-local ranges (QHostAddress::isPrivateUse needs Qt 6.6).
bool isPrivate(const QHostAddress &a) {
  if (a.isLoopback() || a.isLinkLocal()) return true;
  for (const char *net : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"})
    if (a.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(net)))) return true;
  return false;
}

// Does the rule's source cover the client? Yes / No / Maybe (prefix list not known).
Match sourceMatch(const SgRule &r, const SgQuery &q, QString *reason) {
  const QHostAddress c = normalized(q.client);
  const bool v4 = c.protocol() == QAbstractSocket::IPv4Protocol;
  if (!r.sourcePrefixListId.isEmpty()) {
    auto it = q.prefixLists.constFind(r.sourcePrefixListId);
    if (it == q.prefixLists.constEnd()) {
      *reason = u"prefix_list"_s;
      return Match::Maybe;
    }
    for (const QString &cidr : it.value())
      if (cidrContains(cidr, c)) return Match::Yes;
    return Match::No;
  }
  if (v4 && !r.sourceCidrIp.isEmpty()) return cidrContains(r.sourceCidrIp, c) ? Match::Yes : Match::No;
  if (!v4 && !r.ipv6SourceCidrIp.isEmpty()) return cidrContains(r.ipv6SourceCidrIp, c) ? Match::Yes : Match::No;
  // A group as the source: members reach each other over the private network only, never from the Internet.
  if (!r.sourceGroupId.isEmpty() && isPrivate(c)) {
    *reason = u"source_group"_s;
    return Match::Maybe;
  }
  return Match::No;
}

Match ruleMatch(const SgRule &r, const SgQuery &q, QString *reason) {
  if (r.direction.compare(u"ingress"_s, Qt::CaseInsensitive) != 0) return Match::No;
  if (!protocolCoversTcp(r.ipProtocol)) return Match::No;
  if (q.classicNetwork && r.nicType.compare(u"internet"_s, Qt::CaseInsensitive) != 0) return Match::No;
  Match m = Match::Yes;
  if (!r.portRangeListId.isEmpty() && r.portRange.isEmpty()) {
    *reason = u"port_list"_s;
    m = Match::Maybe;
  } else if (!parsePortRange(r.portRange).contains(q.port)) {
    return Match::No;
  }
  const Match s = sourceMatch(r, q, reason);
  if (s == Match::No) return Match::No;
  if (s == Match::Maybe) m = Match::Maybe;
  // The client's source port is not known: a rule limited to some source ports may or may not match.
  if (!r.sourcePortRange.isEmpty()) {
    const PortSpan sp = parsePortRange(r.sourcePortRange);
    if (!(sp.valid && sp.from <= 1 && sp.to >= 65535)) {
      *reason = u"source_port"_s;
      m = Match::Maybe;
    }
  }
  const QString dest =
      normalized(q.client).protocol() == QAbstractSocket::IPv4Protocol ? r.destCidrIp : r.ipv6DestCidrIp;
  if (!dest.isEmpty()) {
    if (q.privateIp.isNull()) {
      *reason = u"dest_cidr"_s;
      m = Match::Maybe;
    } else if (!cidrContains(dest, q.privateIp)) {
      return Match::No;
    }
  }
  return m;
}

// Sort key: priority ascending, Drop before Accept at the same priority, then listing order.
bool ranksBefore(const Candidate &a, const Candidate &b) {
  if (a.rule.priority != b.rule.priority) return a.rule.priority < b.rule.priority;
  if (a.rule.policy != b.rule.policy) return a.rule.policy == SgPolicy::Drop;
  return a.order < b.order;
}

}  // namespace

PortSpan parsePortRange(const QString &range) {
  PortSpan s;
  const QStringList parts = range.trimmed().split(u'/');
  if (parts.size() != 2) return s;
  bool okA = false, okB = false;
  const int a = parts[0].trimmed().toInt(&okA);
  const int b = parts[1].trimmed().toInt(&okB);
  if (!okA || !okB) return s;
  if (a == -1 && b == -1) return PortSpan{1, 65535, true};
  if (a < 1 || b > 65535 || a > b) return s;
  return PortSpan{a, b, true};
}

bool cidrContains(const QString &cidr, const QHostAddress &address) {
  const QString t = cidr.trimmed();
  if (t.isEmpty()) return false;
  // The rule's family decides: an IPv4 rule never matches an IPv6 client and the other way round. (Qt reads "::"
  // as IPv4-compatible, so the rule's base address must not be converted.)
  const QHostAddress a = normalized(address);
  const bool ruleIsV6 = t.contains(u':');
  if (ruleIsV6 == (a.protocol() == QAbstractSocket::IPv4Protocol)) return false;
  if (!t.contains(u'/')) {
    const QHostAddress single(t);
    return !single.isNull() && (ruleIsV6 ? single.isEqual(a) : normalized(single).isEqual(a));
  }
  const auto subnet = QHostAddress::parseSubnet(t);
  if (subnet.first.isNull() || subnet.second < 0) return false;
  return a.isInSubnet(subnet.first, subnet.second);
}

QString ruleSource(const SgRule &r) {
  if (!r.sourcePrefixListId.isEmpty()) return r.sourcePrefixListId;
  if (!r.sourceCidrIp.isEmpty()) return r.sourceCidrIp;
  if (!r.ipv6SourceCidrIp.isEmpty()) return r.ipv6SourceCidrIp;
  if (!r.sourceGroupId.isEmpty()) return r.sourceGroupId;
  return u"?"_s;
}

QString describeRule(const SgRule &r) {
  QString s = r.groupId;
  if (!r.ruleId.isEmpty()) s += u" "_s + r.ruleId;
  s += u": priority %1 %2 %3 %4 from %5"_s.arg(r.priority)
           .arg(r.policy == SgPolicy::Drop ? u"Drop"_s : u"Accept"_s, r.ipProtocol.toUpper(),
                r.portRange.isEmpty() ? r.portRangeListId : r.portRange, ruleSource(r));
  if (!r.description.isEmpty()) s += u" (\"%1\")"_s.arg(r.description);
  return s;
}

SgVerdict evaluateSecurityGroups(const SgQuery &q) {
  SgVerdict v;
  if (q.groups.isEmpty()) return v;
  v.groupType = q.groups.first().type;
  QList<Candidate> candidates;
  int order = 0;
  for (const SecurityGroup &g : q.groups) {
    for (SgRule r : g.rules) {
      if (r.groupId.isEmpty()) r.groupId = g.id;
      Candidate c{r, Match::No, {}, order++};
      c.match = ruleMatch(r, q, &c.reason);
      if (c.match != Match::No) candidates.append(c);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), ranksBefore);
  const auto firstYes =
      std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.match == Match::Yes; });
  const bool decided = firstYes != candidates.cend();
  const SgPolicy outcomePolicy = decided ? firstYes->rule.policy : SgPolicy::Drop;
  for (auto it = candidates.cbegin(); it != firstYes; ++it) {
    // A maybe-rule ranked earlier only matters when it would turn the answer around.
    if (it->rule.policy != outcomePolicy) {
      v.uncertain.append(it->rule);
      v.uncertainReasons.append(it->reason);
    }
  }
  if (decided) {
    v.deciding = firstYes->rule;
    for (auto it = firstYes + 1; it != candidates.cend(); ++it)
      if (it->match == Match::Yes) v.shadowed.append(it->rule);
  }
  if (!v.uncertain.isEmpty()) {
    v.outcome = SgOutcome::Unknown;
  } else if (!decided) {
    v.outcome = SgOutcome::NoRuleMatches;
  } else {
    v.outcome = outcomePolicy == SgPolicy::Accept ? SgOutcome::Allowed : SgOutcome::DroppedByRule;
  }
  // An Accept rule wins over a Drop rule only at a strictly smaller priority number.
  if (v.outcome == SgOutcome::DroppedByRule) v.priorityToAdd = v.deciding->priority - 1;
  return v;
}

}  // namespace rdpd::cloud
