#include "checks/cloud/cloud_judge.h"

#include <QVariantList>

#include "checks/cloud/sg_advice.h"
#include "checks/net/source_address.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

CheckResult skipped(const QString &reason, Findings extra = {}) {
  extra.insert(u"reason"_s, reason);
  return makeResult(Status::Skipped, extra);
}

Findings instanceFindings(const InstancePick &p) {
  return {{u"instance_id"_s, p.instance->instanceId}, {u"region_id"_s, p.instance->regionId}, {u"matched_by"_s, p.how}};
}

QString outcomeName(SgOutcome o) {
  switch (o) {
    case SgOutcome::Allowed:
      return u"allowed"_s;
    case SgOutcome::DroppedByRule:
      return u"dropped_by_rule"_s;
    case SgOutcome::NoRuleMatches:
      return u"no_rule_matches"_s;
    case SgOutcome::Unknown:
      return u"unknown"_s;
    case SgOutcome::NoGroups:
      return u"no_groups"_s;
  }
  return {};
}

// Expiry as the API writes it: "2026-11-30T16:00Z" (no seconds) or with seconds.
QDateTime parseApiTime(const QString &s) {
  for (const char *fmt : {"yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ"}) {
    const QDateTime d = QDateTime::fromString(s, QString::fromLatin1(fmt));
    if (d.isValid()) return QDateTime(d.date(), d.time(), Qt::UTC);
  }
  return {};
}

struct SeriesStats {
  double avg = 0;
  double max = 0;
  int points = 0;
};

SeriesStats stats(const MetricSeries &m, const QString &instanceId) {
  SeriesStats s;
  double sum = 0;
  for (const MetricPoint &p : m.points) {
    if (!p.instanceId.isEmpty() && p.instanceId != instanceId) continue;
    const double a = p.average.value_or(p.maximum.value_or(0));
    sum += a;
    s.max = std::max(s.max, p.maximum.value_or(a));
    ++s.points;
  }
  if (s.points > 0) s.avg = sum / s.points;
  return s;
}

double round1(double v) { return std::round(v * 10) / 10; }

}  // namespace

InstancePick pickInstance(const CloudEvidence &e, const Target &t) {
  if (!e.instanceId.isEmpty()) {
    for (const Instance &i : e.instances)
      if (i.instanceId == e.instanceId) return {&i, u"instance_id"_s};
    return {};
  }
  for (const Instance &i : e.instances)
    if (!t.host.isEmpty() && i.holdsAddress(t.host)) return {&i, u"address"_s};
  if (e.instances.size() == 1) return {&e.instances.first(), u"only_one"_s};
  return {};
}

CheckResult judgeInstanceState(const CloudEvidence &e, const Target &t, const QDateTime &nowUtc) {
  const InstancePick p = pickInstance(e, t);
  if (!p.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  const Instance &i = *p.instance;
  Findings ev = instanceFindings(p);
  ev.insert(u"state"_s, i.status);
  QVariantList locks;
  for (const LockReason &l : i.locks) locks << l.reason;
  ev.insert(u"lock_reasons"_s, locks);
  ev.insert(u"charge_type"_s, i.instanceChargeType);
  const QDateTime expires = parseApiTime(i.expiredTime);
  const bool prepaid = i.instanceChargeType.compare(u"PrePaid"_s, Qt::CaseInsensitive) == 0;
  const bool expired = prepaid && expires.isValid() && expires < nowUtc;
  ev.insert(u"expired_time"_s, i.expiredTime.isEmpty() ? QVariant() : QVariant(i.expiredTime));
  ev.insert(u"expired"_s, expired);
  if (!locks.isEmpty() || expired) return makeResult(Status::Fail, ev, u"cloud-instance-locked"_s);
  if (i.status == u"Stopped"_s) return makeResult(Status::Fail, ev, u"cloud-instance-stopped"_s);
  if (i.status == u"Running"_s) {
    // Expiring within a week: still running, but worth a warning (the FAQ's "after renewal" cases).
    if (prepaid && expires.isValid() && expires < nowUtc.addDays(7))
      return makeResult(Status::Warn, ev, u"cloud-instance-locked"_s);
    return makeResult(Status::Pass, ev);
  }
  if (i.status.isEmpty()) return skipped(u"not_collected"_s, ev);
  return makeResult(Status::Warn, ev, u"cloud-instance-stopped"_s);  // Pending, Starting, Stopping
}

CheckResult judgeSecurityGroup(const CloudEvidence &e, const Target &t) {
  const InstancePick p = pickInstance(e, t);
  if (!p.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  Findings ev = instanceFindings(p);
  ev.insert(u"port"_s, t.port);
  QHostAddress client(e.clientPublicIp.trimmed());
  QString clientSource = u"given"_s;
  const QHostAddress local(e.localAddress);
  const net::AddressScope localScope = net::addressScope(local);
  // Loopback (the lab, a tunnel) says nothing about what the server sees: not worth a word.
  if (localScope != net::AddressScope::Loopback && localScope != net::AddressScope::Other) {
    ev.insert(u"local_address"_s, local.toString());
    ev.insert(u"local_scope"_s, net::scopeName(localScope));
  }
  // Nobody said which public IP: this computer's own address is it when no router translates it.
  if (client.isNull() && localScope == net::AddressScope::Public) {
    client = local;
    clientSource = u"local_address"_s;
  }
  if (client.isNull()) {
    ev.insert(u"reason"_s, u"no_public_ip"_s);
    return makeResult(Status::NeedsInput, ev);
  }
  ev.insert(u"client_ip"_s, client.toString());
  ev.insert(u"client_ip_source"_s, clientSource);
  SgQuery q;
  q.client = client;
  q.port = t.port;
  q.classicNetwork = p.instance->networkType == u"classic"_s;
  if (!p.instance->privateIps.isEmpty()) q.privateIp = QHostAddress(p.instance->privateIps.first());
  q.prefixLists = e.prefixLists;
  QVariantList missing, groups;
  for (const QString &id : p.instance->securityGroupIds) {
    groups << id;
    if (const SecurityGroup *g = e.group(id))
      q.groups << *g;
    else
      missing << id;
  }
  ev.insert(u"groups"_s, groups);
  ev.insert(u"missing_groups"_s, missing);
  if (groups.isEmpty() || !missing.isEmpty()) {
    ev.insert(u"reason"_s, u"missing_groups"_s);
    return makeResult(Status::NeedsInput, ev);
  }
  const SgVerdict v = evaluateSecurityGroups(q);
  ev.insert(u"outcome"_s, outcomeName(v.outcome));
  ev.insert(u"deciding_rule"_s, v.deciding ? QVariant(describeRule(*v.deciding)) : QVariant());
  ev.insert(u"deciding_group"_s, v.deciding ? QVariant(v.deciding->groupId) : QVariant());
  QVariantList shadowed, uncertain;
  for (const SgRule &r : v.shadowed) shadowed << describeRule(r);
  for (qsizetype k = 0; k < v.uncertain.size(); ++k)
    uncertain << QString(describeRule(v.uncertain[k]) + u" ["_s + v.uncertainReasons[k] + u"]"_s);
  ev.insert(u"shadowed_rules"_s, shadowed);
  ev.insert(u"uncertain_rules"_s, uncertain);
  if (v.outcome == SgOutcome::Allowed) return makeResult(Status::Pass, ev);
  const RuleToAdd add = ruleToAdd(q, v, p.instance->regionId);
  ev.insert(u"rule_to_add"_s, authorizeCommand(add).isEmpty() ? QVariant() : QVariant(authorizeCommand(add)));
  ev.insert(u"rule_to_add_group"_s, add.groupId);
  ev.insert(u"rule_to_add_priority"_s, add.priority);
  if (v.outcome == SgOutcome::Unknown) return makeResult(Status::Warn, ev, u"cloud-security-group"_s);
  return makeResult(Status::Fail, ev, u"cloud-security-group"_s);
}

CheckResult judgeBandwidth(const CloudEvidence &e, const Target &t) {
  const InstancePick p = pickInstance(e, t);
  if (!p.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  const Instance &i = *p.instance;
  Findings ev = instanceFindings(p);
  const bool viaEip = !i.eipAddress.isEmpty() && (i.eipAddress == t.host || i.publicIps.isEmpty());
  const std::optional<int> mbps = viaEip ? i.eipBandwidthMbps : i.bandwidthOutMbps;
  ev.insert(u"via"_s, viaEip ? u"eip"_s : u"public_ip"_s);
  ev.insert(u"public_address"_s, viaEip ? i.eipAddress : i.publicIps.value(0));
  ev.insert(u"charge_type"_s, viaEip ? i.eipChargeType : i.internetChargeType);
  if (!mbps) return skipped(u"not_collected"_s, ev);
  ev.insert(u"bandwidth_out_mbps"_s, *mbps);
  if (!viaEip && i.publicIps.isEmpty())
    return makeResult(Status::Warn, ev, u"no-public-bandwidth"_s);  // no public address
  if (*mbps <= 0) return makeResult(Status::Fail, ev, u"no-public-bandwidth"_s);
  return makeResult(Status::Pass, ev);
}

CheckResult judgeMetrics(const CloudEvidence &e, const Target &t) {
  const InstancePick p = pickInstance(e, t);
  if (!p.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  Findings ev = instanceFindings(p);
  const QString id = p.instance->instanceId;
  Status s = Status::Skipped;
  QString fix;
  auto worse = [&](Status n, const QString &f) {
    if (severity(n) > severity(s) || s == Status::Skipped) {
      s = n;
      if (!f.isEmpty()) fix = f;
    }
  };
  if (const MetricSeries *cpu = e.metric({u"CPUUtilization"_s, u"cpu_total"_s})) {
    const SeriesStats c = stats(*cpu, id);
    if (c.points > 0) {
      ev.insert(u"cpu_avg_percent"_s, round1(c.avg));
      ev.insert(u"cpu_max_percent"_s, round1(c.max));
      ev.insert(u"cpu_points"_s, c.points);
      worse(c.avg >= kCpuSaturatedAvg ? Status::Fail
            : c.avg >= kCpuHighAvg    ? Status::Warn
                                      : Status::Pass,
            u"high-cpu"_s);
    }
  }
  if (const MetricSeries *mem = e.metric({u"memory_usedutilization"_s})) {
    const SeriesStats m = stats(*mem, id);
    if (m.points > 0) {
      ev.insert(u"memory_avg_percent"_s, round1(m.avg));
      worse(m.avg >= kMemoryHighAvg ? Status::Warn : Status::Pass, u"low-memory"_s);
    }
  }
  if (const MetricSeries *out = e.metric({u"VPC_PublicIP_InternetOutRate_Percent"_s, u"InternetOutRate_Percent"_s})) {
    const SeriesStats o = stats(*out, id);
    if (o.points > 0) {
      ev.insert(u"bandwidth_out_avg_percent"_s, round1(o.avg));
      worse(o.avg >= kBandwidthSaturatedAvg ? Status::Warn : Status::Pass, u"no-public-bandwidth"_s);
    }
  }
  if (s == Status::Skipped) return skipped(u"not_collected"_s, ev);
  return makeResult(s, ev, s == Status::Pass ? QString() : fix);
}

CheckResult judgeAssistant(const CloudEvidence &e, const Target &t) {
  const InstancePick p = pickInstance(e, t);
  if (!p.instance) return skipped(u"instance_not_found"_s, {{u"instances"_s, int(e.instances.size())}});
  Findings ev = instanceFindings(p);
  const AssistantStatus *a = e.assistantFor(p.instance->instanceId);
  if (!a || !a->online) return skipped(u"not_collected"_s, ev);
  ev.insert(u"online"_s, *a->online);
  ev.insert(u"version"_s, a->version);
  ev.insert(u"last_heartbeat"_s, a->lastHeartbeat.isEmpty() ? QVariant() : QVariant(a->lastHeartbeat));
  if (*a->online) return makeResult(Status::Pass, ev);
  return makeResult(Status::Warn, ev, u"cloud-assistant-offline"_s);
}

}  // namespace rdpd::cloud
