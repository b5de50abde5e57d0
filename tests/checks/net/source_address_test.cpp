// This computer's address toward a server (checks/net/source_address.h): the kind of an address, table-tested from
// the RFCs (1918 private, 6598 shared NAT, 3927/4291 link-local, 4193 unique-local, 2000::/3 global), and the
// routing table's choice of source address, asked through a real UDP socket (nothing is sent).
#include <gtest/gtest.h>

#include <QHostAddress>
#include <QUdpSocket>

#include "checks/net/source_address.h"

using namespace rdpd::net;
using namespace Qt::StringLiterals;

TEST(SourceAddress, scope_of_an_address) {
  const struct {
    const char *address;
    AddressScope scope;
  } cases[] = {
      {"203.0.113.5", AddressScope::Public},
      {"8.8.8.8", AddressScope::Public},
      {"198.51.100.7", AddressScope::Public},
      {"172.32.0.1", AddressScope::Public},
      {"100.128.0.1", AddressScope::Public},
      {"11.0.0.1", AddressScope::Public},
      {"10.0.0.1", AddressScope::Private},
      {"10.255.255.254", AddressScope::Private},
      {"172.16.0.1", AddressScope::Private},
      {"172.31.255.1", AddressScope::Private},
      {"192.168.1.20", AddressScope::Private},
      {"100.64.0.1", AddressScope::SharedNat},
      {"100.127.255.254", AddressScope::SharedNat},
      {"127.0.0.1", AddressScope::Loopback},
      {"127.8.9.10", AddressScope::Loopback},
      {"169.254.10.1", AddressScope::LinkLocal},
      {"0.0.0.0", AddressScope::Other},
      {"224.0.0.1", AddressScope::Other},
      {"255.255.255.255", AddressScope::Other},
      {"2001:db8::7", AddressScope::Public},
      {"2400:3200::1", AddressScope::Public},
      {"::1", AddressScope::Loopback},
      {"fe80::1", AddressScope::LinkLocal},
      {"fd12:3456::1", AddressScope::Private},
      {"fc00::1", AddressScope::Private},
      {"::", AddressScope::Other},
      {"ff02::1", AddressScope::Other},
      {"::ffff:192.168.1.20", AddressScope::Private},
      {"::ffff:203.0.113.5", AddressScope::Public},
  };
  for (const auto &c : cases)
    EXPECT_EQ(addressScope(QHostAddress(QString::fromLatin1(c.address))), c.scope) << c.address;
  EXPECT_EQ(addressScope(QHostAddress()), AddressScope::Other);
  EXPECT_EQ(scopeName(AddressScope::SharedNat), u"shared_nat"_s);
  EXPECT_EQ(scopeName(AddressScope::Public), u"public"_s);
}

TEST(SourceAddress, the_routing_tables_choice_toward_a_server) {
  EXPECT_EQ(sourceAddressToward(QHostAddress(u"127.0.0.1"_s)), QHostAddress(u"127.0.0.1"_s));
  EXPECT_TRUE(sourceAddressToward(QHostAddress()).isNull());
  QUdpSocket v6;
  if (v6.bind(QHostAddress::LocalHostIPv6, 0)) {
    EXPECT_EQ(sourceAddressToward(QHostAddress(u"::1"_s)), QHostAddress(u"::1"_s));
  }
}
