#include <gtest/gtest.h>

#include "checks/core/target.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

TEST(Target, parses_host_with_and_without_port) {
  auto p = parseTarget(u"example.com"_s);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.target.host, u"example.com"_s);
  EXPECT_EQ(p.target.port, 3389);
  p = parseTarget(u"  203.0.113.10:5588 "_s);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.target.host, u"203.0.113.10"_s);
  EXPECT_EQ(p.target.port, 5588);
  EXPECT_EQ(p.target.kind, HostKind::Ipv4);
}

TEST(Target, parses_ipv6_bracketed_and_bare) {
  auto p = parseTarget(u"[2001:DB8::1]:3390"_s);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.target.host, u"2001:db8::1"_s);
  EXPECT_EQ(p.target.port, 3390);
  EXPECT_EQ(p.target.kind, HostKind::Ipv6);
  EXPECT_EQ(p.target.display(), u"[2001:db8::1]:3390"_s);
  p = parseTarget(u"::1"_s);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.target.port, 3389);
  p = parseTarget(u"[::1]"_s);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.target.host, u"::1"_s);
  EXPECT_EQ(parseTarget(u"[::1"_s).error, TargetError::UnbalancedBracket);
  EXPECT_EQ(parseTarget(u"[12::zz]"_s).error, TargetError::BadIpv6);
}

TEST(Target, rejects_ports_out_of_range_with_the_number) {
  auto p = parseTarget(u"10.0.0.1:113322"_s);
  EXPECT_EQ(p.error, TargetError::PortTooLarge);
  EXPECT_EQ(p.portValue, 113322);
  EXPECT_TRUE(describeTargetError(p).contains(u"113322"_s));
  EXPECT_TRUE(describeTargetError(p).contains(u"65535"_s));
  EXPECT_EQ(parseTarget(u"h:0"_s).error, TargetError::PortZero);
  EXPECT_EQ(parseTarget(u"h:65536"_s).error, TargetError::PortTooLarge);
  EXPECT_EQ(parseTarget(u"h:65535"_s).error, TargetError::None);
  EXPECT_EQ(parseTarget(u"h:1"_s).error, TargetError::None);
  EXPECT_EQ(parseTarget(u"h:abc"_s).error, TargetError::PortNotNumber);
  EXPECT_EQ(parseTarget(u"h:"_s).error, TargetError::PortNotNumber);
  EXPECT_EQ(parseTarget(u"h:99999999999999999999999"_s).error, TargetError::PortTooLarge);
  EXPECT_EQ(parseTarget(u"h"_s, u"-5"_s).error, TargetError::PortNegative);
  EXPECT_EQ(parseTarget(u"h:3389"_s, u"113322"_s).error, TargetError::PortTooLarge);  // separate port field wins
}

TEST(Target, rejects_empty_spaces_and_bad_names) {
  EXPECT_EQ(parseTarget(u""_s).error, TargetError::Empty);
  EXPECT_EQ(parseTarget(u"   "_s).error, TargetError::Empty);
  EXPECT_EQ(parseTarget(u"my server"_s).error, TargetError::ContainsSpace);
  EXPECT_EQ(parseTarget(u"bad_host!"_s).error, TargetError::BadCharacters);
  EXPECT_EQ(parseTarget(u"a..b"_s).error, TargetError::BadCharacters);
  EXPECT_EQ(parseTarget(u"-lead.example"_s).error, TargetError::BadCharacters);
  EXPECT_EQ(parseTarget(u"300.1.1.1"_s).error, TargetError::BadIpv4);
  EXPECT_EQ(parseTarget(u"1.2.3"_s).error, TargetError::BadIpv4);
  EXPECT_EQ(parseTarget(QString(300, u'a')).error, TargetError::NameTooLong);
  EXPECT_EQ(parseTarget(QString(64, u'a') + u".com"_s).error, TargetError::LabelTooLong);
  EXPECT_TRUE(parseTarget(u"host.example.com."_s).ok());
  EXPECT_TRUE(parseTarget(u"服务器.example.cn"_s).ok());  // internationalised names are fine
}

TEST(Target, tolerates_pasted_prefixes) {
  EXPECT_EQ(parseTarget(u"mstsc /v:10.1.2.3:4389"_s).target.port, 4389);
  EXPECT_EQ(parseTarget(u"rdp://host.example"_s).target.host, u"host.example"_s);
}

TEST(Target, from_input_keeps_raw_text_when_invalid) {
  const Target t = Target::fromInput(u"1.2.3.4:113322"_s);
  EXPECT_FALSE(t.isValid());
  EXPECT_EQ(t.input, u"1.2.3.4:113322"_s);
  EXPECT_TRUE(Target::fromInput(u"1.2.3.4:3389"_s).isValid());
}

TEST(Target, other_ports_list_accepts_commas_and_spaces_and_refuses_bad_or_too_many) {
  PortListParse p = parsePortList(u" 5588, 4389 5588，3390、3391 "_s);
  EXPECT_TRUE(p.ok());
  EXPECT_EQ(p.ports, (QList<int>{5588, 4389, 3390, 3391}));
  EXPECT_TRUE(describePortListError(p).isEmpty());
  EXPECT_TRUE(parsePortList(QString()).ok());
  EXPECT_TRUE(parsePortList(QString()).ports.isEmpty());
  for (const QString &bad : {u"113322"_s, u"0"_s, u"-1"_s, u"abc"_s, u"5588;4389"_s}) {
    const PortListParse b = parsePortList(bad);
    EXPECT_FALSE(b.ok()) << bad.toStdString();
    EXPECT_FALSE(b.offending.isEmpty()) << bad.toStdString();
    EXPECT_TRUE(describePortListError(b).contains(b.offending)) << bad.toStdString();
  }
  QStringList nine;
  for (int i = 1; i <= kMaxExtraPorts + 1; ++i) nine << QString::number(5000 + i);
  const PortListParse many = parsePortList(nine.join(u','));
  EXPECT_TRUE(many.tooMany);
  EXPECT_FALSE(describePortListError(many).isEmpty());
  EXPECT_TRUE(parsePortList(nine.mid(0, kMaxExtraPorts).join(u',')).ok());
}
