// The pure X.224 request builder and confirm parser: every branch, and bounds on short, long and odd input.
#include <gtest/gtest.h>

#include "checks/rdp/x224.h"

using namespace rdpd::rdp;
using namespace Qt::StringLiterals;
using K = ConnectionConfirm::Kind;

namespace {
QByteArray hex(const char *h) { return QByteArray::fromHex(h); }
}  // namespace

TEST(X224, request_is_the_19_byte_cookieless_form) {
  EXPECT_EQ(buildConnectionRequest(0x03), hex("030000130ee000000000000100080003000000"));
  EXPECT_EQ(buildConnectionRequest(0x0B).toHex(), QByteArray("030000130ee00000000000010008000b000000"));
  const QByteArray cr = buildConnectionRequest(0x12345678);
  ASSERT_EQ(cr.size(), 19);
  EXPECT_EQ(cr.mid(15), hex("78563412"));  // little-endian
  EXPECT_FALSE(cr.contains("Cookie"));
  EXPECT_FALSE(cr.contains("mstshash"));
}

TEST(X224, parses_windows_hybrid_response) {
  const auto c = parseConnectionConfirm(hex("030000130ed000001234000" "21f080002000000"));
  EXPECT_EQ(c.kind, K::Response);
  EXPECT_EQ(c.selectedProtocol, quint32(ProtocolHybrid));
  EXPECT_EQ(c.flags, 0x1F);
  EXPECT_EQ(c.srcRef, 0x1234);
  EXPECT_TRUE(c.isRdp());
  EXPECT_EQ(c.raw.size(), 19);
}

TEST(X224, parses_every_failure_code_with_its_name) {
  const char *names[] = {"SSL_REQUIRED_BY_SERVER", "SSL_NOT_ALLOWED_BY_SERVER", "SSL_CERT_NOT_ON_SERVER",
                         "INCONSISTENT_FLAGS", "HYBRID_REQUIRED_BY_SERVER", "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER"};
  for (quint32 code = 1; code <= 6; ++code) {
    QByteArray b = hex("030000130ed00000123400030008000000000000").left(19);
    b[15] = char(code);
    const auto c = parseConnectionConfirm(b);
    EXPECT_EQ(c.kind, K::Failure) << code;
    EXPECT_EQ(c.failureCode, code);
    EXPECT_EQ(failureName(code), QString::fromLatin1(names[code - 1]));
  }
  EXPECT_EQ(failureName(0x77), u"UNKNOWN_0x77"_s);
}

TEST(X224, confirm_without_negotiation_data_is_an_old_server) {
  const auto c = parseConnectionConfirm(hex("0300000b06d00000123400"));
  EXPECT_EQ(c.kind, K::NoNegData);
  EXPECT_TRUE(c.isRdp());
  EXPECT_EQ(parseConnectionConfirm(hex("0300000b06d00000000000")).srcRef, 0);
}

TEST(X224, xrdp_disconnect_ultimatum_is_recognised) {
  EXPECT_EQ(parseConnectionConfirm(hex("0300000902f0802180")).kind, K::McsDisconnect);
  EXPECT_EQ(parseConnectionConfirm(hex("0300000902f0807f65")).kind, K::Garbage);  // a DT with something else
  EXPECT_FALSE(parseConnectionConfirm(hex("0300000902f0802180")).isRdp());
}

TEST(X224, non_rdp_services_are_named) {
  EXPECT_EQ(parseConnectionConfirm("HTTP/1.1 400 Bad Request\r\n").kind, K::Http);
  EXPECT_EQ(parseConnectionConfirm("SSH-2.0-OpenSSH_9.2p1\r\n").kind, K::Ssh);
  EXPECT_EQ(parseConnectionConfirm(hex("150303000202 28")).kind, K::TlsRecord);   // TLS alert
  EXPECT_EQ(parseConnectionConfirm(hex("16030100 2a")).kind, K::TlsRecord);       // handshake
  EXPECT_EQ(parseConnectionConfirm(hex("17 0305")).kind, K::Garbage);            // minor version too high
  EXPECT_EQ(parseConnectionConfirm("220 smtp ready\r\n").kind, K::Garbage);
  EXPECT_EQ(parseConnectionConfirm("HTT").kind, K::Truncated);
}

TEST(X224, truncated_and_oversized_replies) {
  EXPECT_EQ(parseConnectionConfirm({}).kind, K::Truncated);
  EXPECT_EQ(parseConnectionConfirm(hex("03")).kind, K::Truncated);
  EXPECT_EQ(parseConnectionConfirm(hex("0300")).kind, K::Truncated);
  EXPECT_EQ(parseConnectionConfirm(hex("030000")).kind, K::Truncated);
  EXPECT_EQ(parseConnectionConfirm(hex("0301")).kind, K::Garbage);
  EXPECT_EQ(parseConnectionConfirm(hex("030000130ed0000012340002")).kind, K::Truncated);
  EXPECT_EQ(parseConnectionConfirm(hex("0300ffff0ed0")).kind, K::Oversized);
  const auto big = parseConnectionConfirm(QByteArray(5000, 'A'));
  EXPECT_EQ(big.kind, K::Garbage);
  EXPECT_EQ(big.raw.size(), kMaxRawBytes);
}

TEST(X224, malformed_tpkt_and_x224_are_garbage) {
  EXPECT_EQ(parseConnectionConfirm(hex("0302000b06d00000123400")).kind, K::Garbage);  // reserved byte set
  EXPECT_EQ(parseConnectionConfirm(hex("03000004")).kind, K::Garbage);               // length too small
  EXPECT_EQ(parseConnectionConfirm(hex("0300000b40d00000123400")).kind, K::Garbage);  // LI beyond the TPKT
  EXPECT_EQ(parseConnectionConfirm(hex("0300000b06e00000123400")).kind, K::Garbage);  // a CR, not a CC
  EXPECT_EQ(parseConnectionConfirm(hex("0300000b05d00000123400")).kind, K::Garbage);  // LI too short
  EXPECT_EQ(parseConnectionConfirm(hex("0300000c06d0000012340000")).kind, K::Garbage);  // LI does not cover TPKT
  EXPECT_EQ(parseConnectionConfirm(hex("0300000f0ad000001234000200080000")).kind, K::Garbage);  // partial negData
  EXPECT_EQ(parseConnectionConfirm(hex("030000130ed00000123400020009000100000000").left(19)).kind, K::Garbage);  // bad length
  EXPECT_EQ(parseConnectionConfirm(hex("030000130ed00000123400070008000100000000").left(19)).kind, K::Garbage);  // bad type
}

TEST(X224, extra_bytes_after_the_tpkt_do_not_change_the_answer) {
  const QByteArray b = hex("030000130ed000001234000201080001000000") + QByteArray(100, '\x16');
  const auto c = parseConnectionConfirm(b);
  EXPECT_EQ(c.kind, K::Response);
  EXPECT_EQ(c.selectedProtocol, quint32(ProtocolSsl));
}

TEST(X224, names_for_protocols_and_flags) {
  EXPECT_EQ(protocolNames(0), QStringList{u"rdp"_s});
  EXPECT_EQ(protocolNames(0x0B), (QStringList{u"tls"_s, u"hybrid"_s, u"hybrid_ex"_s}));
  EXPECT_EQ(protocolNames(0x04), QStringList{u"rdstls"_s});
  EXPECT_EQ(protocolName(0x08), u"hybrid_ex"_s);
  EXPECT_EQ(protocolName(0x10), u"unknown_0x10"_s);
  EXPECT_EQ(serverFlagNames(0x1F).size(), 5);
  EXPECT_EQ(serverFlagNames(0x01), QStringList{u"extended_client_data"_s});
  EXPECT_EQ(kindName(K::McsDisconnect), u"mcs_disconnect"_s);
  EXPECT_EQ(tpktLength(hex("03000013")), 19);
  EXPECT_EQ(tpktLength(hex("160300")), -1);
}
