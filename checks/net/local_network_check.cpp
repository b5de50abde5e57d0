#include "checks/net/local_network_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

#include <QtEndian>

#include <cstring>

#ifdef Q_OS_WIN
#include <climits>
#include <vector>

#include "checks/net/socket_api.h"  // winsock2.h must come before the IP Helper headers
#include <iphlpapi.h>
#include <netioapi.h>
#undef interface  // objbase.h (pulled in by iphlpapi.h) defines it as "struct"; DefaultRoute has a member of that name
#endif

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

#ifndef Q_OS_WIN
QByteArray readSmallFile(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.read(1 << 20);
}
#endif

#ifndef Q_OS_LINUX
// Where no routing table can be read: an interface that is up with a non-link-local address usually has a way out.
bool guessDefaultRoute() {
  for (const QNetworkInterface &i : QNetworkInterface::allInterfaces())
    for (const QNetworkAddressEntry &e : i.addressEntries())
      if (!e.ip().isLoopback() && !e.ip().isLinkLocal() && (i.flags() & QNetworkInterface::IsUp)) return true;
  return false;
}
#endif

#ifdef Q_OS_WIN
// The default routes (0.0.0.0/0 and ::/0) from the Windows routing table, the lowest metric of each family.
struct WindowsRoutes {
  bool readable = false;
  DefaultRoute v4, v6;
};

WindowsRoutes windowsDefaultRoutes() {
  WindowsRoutes out;
  PMIB_IPFORWARD_TABLE2 table = nullptr;
  if (GetIpForwardTable2(AF_UNSPEC, &table) != NO_ERROR || !table) return out;
  out.readable = true;
  ULONG bestMetric[2] = {ULONG_MAX, ULONG_MAX};
  for (ULONG i = 0; i < table->NumEntries; ++i) {
    const MIB_IPFORWARD_ROW2 &row = table->Table[i];
    if (row.DestinationPrefix.PrefixLength != 0 || row.Loopback) continue;
    const int v6 = row.DestinationPrefix.Prefix.si_family == AF_INET6 ? 1 : 0;
    if (row.Metric >= bestMetric[v6]) continue;
    bestMetric[v6] = row.Metric;
    DefaultRoute &r = v6 ? out.v6 : out.v4;
    r.present = true;
    r.interface = QNetworkInterface::interfaceNameFromIndex(int(row.InterfaceIndex));
    const QHostAddress gw = sock::fromSockaddr(reinterpret_cast<const sockaddr *>(&row.NextHop));
    const bool none = gw.isNull() || gw == QHostAddress::AnyIPv4 || gw == QHostAddress::AnyIPv6;
    r.gateway = none ? QString() : gw.toString();
  }
  FreeMibTable(table);
  return out;
}

// DNS servers of the adapters that are up, in adapter order (what Windows itself would ask).
QStringList windowsDnsServers() {
  QStringList out;
  ULONG size = 16 * 1024;
  std::vector<unsigned char> buf;
  ULONG rc = ERROR_BUFFER_OVERFLOW;
  for (int attempt = 0; attempt < 3 && rc == ERROR_BUFFER_OVERFLOW; ++attempt) {
    buf.resize(size);
    rc = GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_FRIENDLY_NAME,
                              nullptr, reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buf.data()), &size);
  }
  if (rc != NO_ERROR) return out;
  for (auto *a = reinterpret_cast<PIP_ADAPTER_ADDRESSES>(buf.data()); a; a = a->Next) {
    if (a->OperStatus != IfOperStatusUp) continue;
    for (auto *d = a->FirstDnsServerAddress; d; d = d->Next) {
      const QString addr = sock::fromSockaddr(d->Address.lpSockaddr).toString();
      if (!addr.isEmpty() && !out.contains(addr)) out << addr;
    }
  }
  return out;
}
#endif
}  // namespace

DefaultRoute parseProcNetRoute(const QByteArray &text) {
  // Columns: Iface Destination Gateway Flags RefCnt Use Metric Mask ...; addresses are little-endian hex.
  DefaultRoute r;
  const QList<QByteArray> lines = text.split('\n');
  for (qsizetype i = 1; i < lines.size(); ++i) {
    const QList<QByteArray> f = lines[i].simplified().split(' ');
    if (f.size() < 8) continue;
    bool ok1 = false, ok2 = false, ok3 = false;
    const quint32 dest = f[1].toUInt(&ok1, 16);
    const quint32 mask = f[7].toUInt(&ok2, 16);
    const quint32 flags = f[3].toUInt(&ok3, 16);
    if (!ok1 || !ok2 || !ok3 || dest != 0 || mask != 0 || !(flags & 0x1)) continue;  // RTF_UP
    const quint32 gw = f[2].toUInt(nullptr, 16);
    r.present = true;
    r.interface = QString::fromLatin1(f[0]);
    r.gateway = gw ? QHostAddress(qFromBigEndian(gw)).toString() : QString();
    return r;
  }
  return r;
}

DefaultRoute parseProcNetIpv6Route(const QByteArray &text) {
  // Columns: dest(32 hex) dest_len src src_len nexthop metric refcnt use flags iface. Default: ::/0, not lo.
  DefaultRoute r;
  for (const QByteArray &line : text.split('\n')) {
    const QList<QByteArray> f = line.simplified().split(' ');
    if (f.size() < 10) continue;
    if (f[0] != QByteArray(32, '0') || f[1] != "00") continue;
    if (f[9] == "lo") continue;  // the kernel's "unreachable" default entry lives on lo
    const quint32 flags = f[8].toUInt(nullptr, 16);
    if (!(flags & 0x1) || (flags & 0x200)) continue;  // RTF_UP, not RTF_REJECT
    r.present = true;
    r.interface = QString::fromLatin1(f[9]);
    const QByteArray hex = QByteArray::fromHex(f[4]);
    if (hex.size() == 16 && hex != QByteArray(16, '\0')) {
      Q_IPV6ADDR a;
      std::memcpy(&a, hex.constData(), 16);
      r.gateway = QHostAddress(a).toString();
    }
    return r;
  }
  return r;
}

QStringList parseResolvConf(const QByteArray &text) {
  QStringList out;
  for (const QByteArray &raw : text.split('\n')) {
    const QByteArray line = raw.simplified();
    if (!line.startsWith("nameserver ")) continue;
    const QString addr = QString::fromLatin1(line.mid(11)).section(u' ', 0, 0);
    if (!addr.isEmpty() && !out.contains(addr)) out << addr;
  }
  return out;
}

QString proxyHostOnly(const QString &url) {
  QString text = url.trimmed();
  if (text.isEmpty()) return {};
  if (!text.contains(u"://"_s)) text.prepend(u"http://"_s);
  const QUrl u(text);
  if (!u.isValid() || u.host().isEmpty()) return u"(unparsable)"_s;  // never echo raw text: it may hold a password
  return u.port() > 0 ? u"%1:%2"_s.arg(u.host()).arg(u.port()) : u.host();
}

LocalNetworkCheck::LocalNetworkCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 5,
             .origin = Origin::Local,
             .timeoutMs = 3000,
             .titleContext = "LocalNetworkCheck",
             .title = QT_TRANSLATE_NOOP("LocalNetworkCheck", "Is this computer connected to a network?")}) {}

CheckResult LocalNetworkCheck::run(const CheckContext &ctx) const {
  Findings ev;
  QStringList up;
  QVariantList details;
  for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
    const auto flags = i.flags();
    if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning)) continue;
    if (flags & QNetworkInterface::IsLoopBack) continue;  // loopback does not connect to anything
    QStringList addrs;
    for (const QNetworkAddressEntry &e : i.addressEntries()) addrs << e.ip().toString();
    if (addrs.isEmpty()) continue;
    up << i.name();
    details.append(QVariantMap{{u"name"_s, i.name()}, {u"addresses"_s, addrs}});
  }
  ev.insert(u"interfaces_up"_s, up);
  ev.insert(u"interfaces"_s, details);

  DefaultRoute route;
#if defined(Q_OS_LINUX)
  route = parseProcNetRoute(readSmallFile(u"/proc/net/route"_s));
  const DefaultRoute route6 = parseProcNetIpv6Route(readSmallFile(u"/proc/net/ipv6_route"_s));
  ev.insert(u"has_default_route"_s, route.present || route6.present);
  ev.insert(u"has_default_route_v6"_s, route6.present);
  if (!route.present && route6.present) route = route6;
#elif defined(Q_OS_WIN)
  const WindowsRoutes wr = windowsDefaultRoutes();
  if (wr.readable) {
    route = wr.v4;
    ev.insert(u"has_default_route"_s, wr.v4.present || wr.v6.present);
    ev.insert(u"has_default_route_v6"_s, wr.v6.present);
    if (!route.present && wr.v6.present) route = wr.v6;
  } else {
    route.present = guessDefaultRoute();
    ev.insert(u"has_default_route"_s, route.present);
    ev.insert(u"default_route_guessed"_s, true);
  }
#else
  route.present = guessDefaultRoute();
  ev.insert(u"has_default_route"_s, route.present);
  ev.insert(u"default_route_guessed"_s, true);
#endif
  ev.insert(u"default_gateway"_s, route.gateway.isEmpty() ? QVariant() : QVariant(route.gateway));
  if (!route.interface.isEmpty()) ev.insert(u"default_interface"_s, route.interface);

  QStringList dns;
#ifdef Q_OS_WIN
  dns = windowsDnsServers();
#else
  dns = parseResolvConf(readSmallFile(u"/etc/resolv.conf"_s));
#endif
  ev.insert(u"dns_servers"_s, dns);
  // systemd-resolved answers on 127.0.0.53 and forwards to the real servers; worth saying, not a problem.
  ev.insert(u"dns_local_stub"_s, dns.contains(u"127.0.0.53"_s));

  // System proxy (what browsers use) and the usual environment variables. Host and port only, never credentials.
  QString proxy;
  const QList<QNetworkProxy> sys =
      QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(u"http://example.com/"_s)));
  for (const QNetworkProxy &p : sys) {
    if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy || p.hostName().isEmpty()) continue;
    proxy = p.port() ? u"%1:%2"_s.arg(p.hostName()).arg(p.port()) : p.hostName();
    break;
  }
  QStringList proxyVars;
  for (const char *var : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"}) {
    const QString v = qEnvironmentVariable(var);
    if (v.trimmed().isEmpty()) continue;
    proxyVars << QString::fromLatin1(var);
    if (proxy.isEmpty()) proxy = proxyHostOnly(v);
  }
  ev.insert(u"proxy"_s, proxy.isEmpty() ? QVariant() : QVariant(proxy));
  if (!proxyVars.isEmpty()) ev.insert(u"proxy_variables"_s, proxyVars);

  const bool thisComputer = ctx.target.isThisComputer();
  if (thisComputer) ev.insert(u"target_on_this_computer"_s, true);
  const LocalNetworkJudgement j =
      judgeLocalNetwork(!up.isEmpty(), ev.value(u"has_default_route"_s).toBool(), !proxy.isEmpty(), thisComputer);
  return makeResult(j.status, ev, j.fixId);
}

LocalNetworkJudgement judgeLocalNetwork(bool interfaceUp, bool defaultRoute, bool proxy, bool targetOnThisComputer) {
  if (targetOnThisComputer) return {};
  if (!interfaceUp || !defaultRoute) return {Status::Fail, u"local-network-down"_s};
  if (proxy) return {Status::Warn, u"proxy-detected"_s};
  return {};
}

QString LocalNetworkCheck::summarize(const CheckResult &r) const {
  const Findings &e = r.findings;
  const QStringList up = e.value(u"interfaces_up"_s).toStringList();
  if (e.value(u"target_on_this_computer"_s).toBool())
    return QCoreApplication::translate("LocalNetworkCheck",
                                       "The server is this computer itself, so this computer's network connection, "
                                       "routes and proxy do not matter for reaching it.");
  if (up.isEmpty()) return QCoreApplication::translate("LocalNetworkCheck", "No network connection is up on this computer.");
  if (!e.value(u"has_default_route"_s).toBool())
    return QCoreApplication::translate("LocalNetworkCheck", "This computer has a network connection (%1) but no route to the internet.").arg(up.join(u", "_s));
  if (!e.value(u"proxy"_s).isNull())
    return QCoreApplication::translate("LocalNetworkCheck", "This computer uses a proxy (%1). Remote Desktop does not go through web proxies.").arg(e.value(u"proxy"_s).toString());
  const QString gw = e.value(u"default_gateway"_s).toString();
  if (gw.isEmpty()) return QCoreApplication::translate("LocalNetworkCheck", "Connected (%1), with a route to the internet.").arg(up.join(u", "_s));
  return QCoreApplication::translate("LocalNetworkCheck", "Connected (%1), with a route to the internet through %2.").arg(up.join(u", "_s), gw);
}

QString LocalNetworkCheck::explain(const CheckResult &r) const {
  if (r.fixId == u"local-network-down"_s)
    return QCoreApplication::translate("LocalNetworkCheck", "Connect this computer to a network first: check the cable or Wi-Fi, and that you can open a web page. "
              "If web pages work but this says otherwise, a VPN may be routing traffic its own way.");
  if (r.fixId == u"proxy-detected"_s)
    return QCoreApplication::translate("LocalNetworkCheck", "Web traffic goes through a proxy here. Remote Desktop connects directly, so on a network where only the "
              "proxy may reach the internet, the Remote Desktop port is blocked. Ask the network's administrator, or "
              "try from another network.");
  return {};
}

}  // namespace rdpd
