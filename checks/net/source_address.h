#pragma once
// This computer's own address toward a server, and what kind of address it is. The cloud's security-group check
// needs "this computer's public IP as the server sees it": when the address this computer sends from is itself a
// public one (no router translates it), that is the answer; when it is private (192.168.x.x behind a home router,
// 100.64.x.x behind a provider's NAT), the user must look the public one up, and the sentence can say why. Nothing
// is sent to find it: a UDP socket's connect() only asks the routing table. No outside service is ever asked.

#include <QHostAddress>
#include <QString>

namespace rdpd::net {

enum class AddressScope {
  Public,     // routable on the Internet: the server sees this very address
  Private,    // RFC 1918 (10/8, 172.16/12, 192.168/16) or IPv6 unique-local (fc00::/7): a router translates it
  SharedNat,  // 100.64.0.0/10: the provider's carrier-grade NAT translates it
  Loopback,
  LinkLocal,  // 169.254/16, fe80::/10
  Other,      // unspecified, multicast, or not an address
};

AddressScope addressScope(const QHostAddress &a);
// "public", "private", "shared_nat", "loopback", "link_local", "other" (evidence values, docs/report-schema.md).
QString scopeName(AddressScope s);

// The source address the system would use to reach server (the routing table's choice), or a null address when
// there is no route or server is not an IP address. Sends nothing.
QHostAddress sourceAddressToward(const QHostAddress &server);

}  // namespace rdpd::net
