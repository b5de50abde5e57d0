#include "checks/net/source_address.h"

#include "checks/net/socket_api.h"

using namespace Qt::StringLiterals;

namespace rdpd::net {

AddressScope addressScope(const QHostAddress &input) {
  bool mapped = false;
  const quint32 v4mapped = input.toIPv4Address(&mapped);  // ::ffff:a.b.c.d counts as a.b.c.d
  if (input.protocol() == QAbstractSocket::IPv4Protocol ||
      (mapped && input.protocol() == QAbstractSocket::IPv6Protocol)) {
    const quint32 v = v4mapped;
    auto in = [v](quint32 net, int bits) { return (v >> (32 - bits)) == (net >> (32 - bits)); };
    if (v == 0 || in(0xE0000000u, 4) || v == 0xFFFFFFFFu || in(0x00000000u, 8)) return AddressScope::Other;
    if (in(0x7F000000u, 8)) return AddressScope::Loopback;
    if (in(0xA9FE0000u, 16)) return AddressScope::LinkLocal;
    if (in(0x0A000000u, 8) || in(0xAC100000u, 12) || in(0xC0A80000u, 16)) return AddressScope::Private;
    if (in(0x64400000u, 10)) return AddressScope::SharedNat;
    return AddressScope::Public;
  }
  if (input.protocol() != QAbstractSocket::IPv6Protocol) return AddressScope::Other;
  const Q_IPV6ADDR b = input.toIPv6Address();
  if (input.isLoopback()) return AddressScope::Loopback;
  if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return AddressScope::LinkLocal;
  if ((b[0] & 0xFE) == 0xFC) return AddressScope::Private;
  if ((b[0] & 0xE0) == 0x20) return AddressScope::Public;  // 2000::/3, the global unicast space
  return AddressScope::Other;
}

QString scopeName(AddressScope s) {
  switch (s) {
    case AddressScope::Public:
      return u"public"_s;
    case AddressScope::Private:
      return u"private"_s;
    case AddressScope::SharedNat:
      return u"shared_nat"_s;
    case AddressScope::Loopback:
      return u"loopback"_s;
    case AddressScope::LinkLocal:
      return u"link_local"_s;
    case AddressScope::Other:
      break;
  }
  return u"other"_s;
}

QHostAddress sourceAddressToward(const QHostAddress &server) {
  if (server.isNull() || !sock::ensureStarted()) return {};
  const bool v6 = server.protocol() == QAbstractSocket::IPv6Protocol;
  const sock::Handle h = sock::open(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0, /*nonBlocking=*/true);
  if (h == sock::kInvalid) return {};
  QHostAddress result;
  sockaddr_storage to{};
  // A UDP connect() only picks the route and the source address; no datagram leaves this computer.
  if (const sock::SockLen len = sock::toSockaddr(server, 3389, &to);
      len > 0 && ::connect(h, reinterpret_cast<const sockaddr *>(&to), len) == 0) {
    sockaddr_storage local{};
    sock::SockLen localLen = sizeof local;
    if (::getsockname(h, reinterpret_cast<sockaddr *>(&local), &localLen) == 0)
      result = sock::fromSockaddr(reinterpret_cast<const sockaddr *>(&local));
  }
  sock::close(h);
  if (addressScope(result) == AddressScope::Other) return {};  // 0.0.0.0: no route
  return result;
}

}  // namespace rdpd::net
