#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

const CheckResult *findResult(const Results &r, const char *id) {
  auto it = r.constFind(QString::fromLatin1(id));
  return it == r.constEnd() ? nullptr : &it.value();
}

QString evidenceString(const Results &r, const char *id, const char *key) {
  const CheckResult *c = findResult(r, id);
  return c ? c->evidence.value(QString::fromLatin1(key)).toString() : QString();
}

namespace {

std::optional<Cause> badTarget(const Results &r) {
  const CheckResult *v = findResult(r, "target.validate");
  if (v && v->status == Status::Fail) return Cause{u"bad_target"_s, 3, 0.99, {v->id}};
  return std::nullopt;
}

std::optional<Cause> dnsFailure(const Results &r) {
  const CheckResult *d = findResult(r, "net.dns");
  if (d && d->status == Status::Fail) return Cause{u"dns_failure"_s, 5, 0.95, {d->id}};
  return std::nullopt;
}

std::optional<Cause> tcpState(const Results &r) {
  const QString state = evidenceString(r, "net.tcp_connect", "state");
  if (state == u"refused"_s) return Cause{u"port_refused"_s, 3, 0.85, {u"net.tcp_connect"_s}};
  if (state == u"filtered"_s) return Cause{u"port_filtered"_s, 3, 0.8, {u"net.tcp_connect"_s}};
  if (state == u"unreachable"_s) return Cause{u"host_unreachable"_s, 1, 0.8, {u"net.tcp_connect"_s}};
  return std::nullopt;
}

// Healthy only when the port is open and no other check found a problem; later checks (RDP negotiation) lower
// or replace it through their own rules.
std::optional<Cause> healthy(const Results &r) {
  if (evidenceString(r, "net.tcp_connect", "state") != u"open"_s) return std::nullopt;
  for (const CheckResult &c : r) {
    if (c.status == Status::Fail) return std::nullopt;
  }
  const bool rdpConfirmed = findResult(r, "rdp.negotiation") &&
                            findResult(r, "rdp.negotiation")->evidence.value(u"responds_as_rdp"_s).toBool();
  return Cause{u"healthy"_s, 2, rdpConfirmed ? 0.6 : 0.4, {u"net.tcp_connect"_s}};
}

}  // namespace

const std::vector<VerdictRule> &verdictRules() {
  static const std::vector<VerdictRule> rules{badTarget, dnsFailure, tcpState, healthy};
  return rules;
}

}  // namespace rdpd
