#include "checks/net/dns_check.h"

#include <QCoreApplication>
#include <QHostAddress>

#include "checks/core/services.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString errorName(ResolveError e) {
  switch (e) {
    case ResolveError::None: return {};
    case ResolveError::NoSuchName: return u"no_such_name"_s;
    case ResolveError::NoAddress: return u"no_address"_s;
    case ResolveError::TemporaryFailure: return u"temporary_failure"_s;
    case ResolveError::OtherFailure: return u"resolver_failure"_s;
    case ResolveError::Cancelled: return u"cancelled"_s;
  }
  return {};
}
}  // namespace

DnsCheck::DnsCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 5,
             .origin = Origin::Remote,
             .timeoutMs = 3000,
             .dependsOn = {u"target.validate"_s},
             .titleContext = "DnsCheck",
             .title = QT_TRANSLATE_NOOP("DnsCheck", "Does the server's name resolve to an address?")}) {}

CheckResult DnsCheck::run(const CheckContext &ctx) const {
  const CheckResult *v = ctx.find(u"target.validate"_s);
  if (v && v->status == Status::Fail) return makeResult(Status::Skipped, {{u"reason"_s, u"bad_target"_s}});
  Findings ev{{u"host"_s, ctx.target.host}};
  if (ctx.target.kind != HostKind::Name) {
    ev.insert(u"literal"_s, true);
    ev.insert(u"addresses"_s, QStringList{ctx.target.host});
    ev.insert(u"elapsed_ms"_s, 0);
    return makeResult(Status::Pass, ev);
  }
  const ResolveResult res = ctx.services->resolver().resolve(ctx.target.host, *ctx.token);
  QStringList addrs;
  for (const QHostAddress &a : res.addresses) addrs << a.toString();
  ev.insert(u"literal"_s, false);
  ev.insert(u"addresses"_s, addrs);
  ev.insert(u"elapsed_ms"_s, res.elapsedMs);
  if (res.error == ResolveError::None) return makeResult(Status::Pass, ev);
  ev.insert(u"error"_s, errorName(res.error));
  ev.insert(u"system_message"_s, res.systemMessage);
  if (res.error == ResolveError::Cancelled) return makeResult(Status::Skipped, ev);
  return makeResult(Status::Fail, ev, u"dns-failure"_s);
}

QString DnsCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  if (r.status == Status::Skipped) return QCoreApplication::translate("DnsCheck", "Not checked: the address is not valid.");
  if (r.status == Status::Pass) {
    if (e.value(u"literal"_s).toBool()) return QCoreApplication::translate("DnsCheck", "You entered an IP address, so no name lookup is needed.");
    const QStringList a = e.value(u"addresses"_s).toStringList();
    return QCoreApplication::translate("DnsCheck", "%1 resolves to %2 (%3 ms).").arg(e.value(u"host"_s).toString(), a.join(u", "_s),
                                                QString::number(e.value(u"elapsed_ms"_s).toLongLong()));
  }
  const QString err = e.value(u"error"_s).toString();
  if (err == u"no_such_name"_s) return QCoreApplication::translate("DnsCheck", "The name %1 does not exist: check it for typos.").arg(e.value(u"host"_s).toString());
  if (err == u"no_address"_s) return QCoreApplication::translate("DnsCheck", "The name %1 exists but has no address.").arg(e.value(u"host"_s).toString());
  return QCoreApplication::translate("DnsCheck", "The name could not be looked up: your DNS server did not answer or failed.");
}

QString DnsCheck::explain(const CheckResult &r) const {
  if (r.status != Status::Fail) return {};
  const QString err = r.findings.value(u"error"_s).toString();
  if (err == u"no_such_name"_s || err == u"no_address"_s)
    return QCoreApplication::translate("DnsCheck", "Copy the server's public IP address from the cloud console's instance list and use it instead of the "
              "name. If you must use the name, ask whoever manages the domain to add its A record.");
  return QCoreApplication::translate("DnsCheck", "This computer could not reach a DNS server. Check your network connection, or enter the server's "
            "public IP address instead of its name.");
}

QList<QHostAddress> resolvedAddresses(const CheckContext &ctx) {
  QList<QHostAddress> v4, v6;
  QStringList texts;
  if (const CheckResult *d = ctx.find(QString::fromLatin1(DnsCheck::kId)); d && d->status == Status::Pass)
    texts = d->findings.value(u"addresses"_s).toStringList();
  else if (ctx.target.kind != HostKind::Name)
    texts = {ctx.target.host};
  for (const QString &t : std::as_const(texts)) {
    QHostAddress a(t);
    if (a.isNull()) continue;
    (a.protocol() == QAbstractSocket::IPv4Protocol ? v4 : v6).append(a);
  }
  return v4 + v6;
}

}  // namespace rdpd
