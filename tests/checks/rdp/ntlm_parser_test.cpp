// The TSRequest (DER) and NTLM CHALLENGE readers: what a Windows-like answer yields, and that truncated, oversized,
// lying-length and wrong-type input is refused without reading out of bounds.
#include <gtest/gtest.h>

#include <QtEndian>

#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"
#include "tests/support/scripted_credssp_server.h"

using namespace rdpd;
using namespace rdpd::rdp;
using namespace Qt::StringLiterals;

namespace {
test::ScriptedCredsspServer::Options windowsLike() {
  test::ScriptedCredsspServer::Options o;
  o.serverTime = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
  return o;
}
}  // namespace

TEST(NtlmMessages, negotiate_is_anonymous_and_forty_bytes) {
  const QByteArray m = buildNtlmNegotiate();
  ASSERT_EQ(m.size(), 40);
  EXPECT_TRUE(m.startsWith(QByteArray("NTLMSSP\0", 8)));
  EXPECT_EQ(ntlmMessageType(m), 1u);
  EXPECT_EQ(m.mid(16, 16), QByteArray(16, '\0')) << "domain and workstation fields must be empty";
  EXPECT_EQ(m.mid(32).toHex(), QByteArray("0a0063450000000f"));
}

TEST(NtlmTsRequest, request_has_the_documented_layout_with_a_real_version) {
  const QByteArray ts = buildTsRequest(buildNtlmNegotiate());
  EXPECT_EQ(ts.left(17).toHex(' '), QByteArray("30 37 a0 03 02 01 06 a1 30 30 2e 30 2c a0 2a 04 28"));
  EXPECT_EQ(ts.size(), 0x39);
  const TsRequestParse p = parseTsRequest(ts);
  ASSERT_TRUE(p.request) << p.error.toStdString();
  EXPECT_EQ(p.request->version, 6);
  ASSERT_EQ(p.request->negoTokens.size(), 1);
  EXPECT_EQ(p.request->negoTokens.first(), buildNtlmNegotiate());
  EXPECT_EQ(tsRequestFrameLength(ts), ts.size());
}

TEST(NtlmChallengeParse, windows_like_challenge_yields_names_version_and_time) {
  const auto o = windowsLike();
  const TsRequestParse ts = parseTsRequest(test::ScriptedCredsspServer::buildAnswer(o));
  ASSERT_TRUE(ts.request);
  ASSERT_EQ(ts.request->negoTokens.size(), 1);
  const NtlmParse p = parseNtlmChallenge(ts.request->negoTokens.first());
  ASSERT_TRUE(p.challenge) << p.error.toStdString();
  const NtlmChallenge &c = *p.challenge;
  EXPECT_EQ(c.nbComputer, u"WIN-RDPD01"_s);
  EXPECT_EQ(c.nbDomain, u"CONTOSO"_s);
  EXPECT_EQ(c.dnsComputer, u"win-rdpd01.contoso.test"_s);
  EXPECT_EQ(c.dnsDomain, u"contoso.test"_s);
  EXPECT_EQ(c.dnsTree, u"contoso.test"_s);
  EXPECT_EQ(c.targetName, u"CONTOSO"_s);
  ASSERT_TRUE(c.version);
  EXPECT_EQ(c.version->text(), u"10.0.17763"_s);
  ASSERT_TRUE(c.timestamp);
  EXPECT_EQ(fileTimeToUtc(*c.timestamp), o.serverTime);
}

TEST(NtlmChallengeParse, filetime_epoch_conversion) {
  EXPECT_EQ(fileTimeToUtc(116444736000000000ULL), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
  EXPECT_FALSE(fileTimeToUtc(0).isValid());
  EXPECT_FALSE(fileTimeToUtc(~0ULL).isValid());
  const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
  EXPECT_EQ(fileTimeToUtc(utcToFileTime(t)), t);
}

TEST(NtlmChallengeParse, every_truncation_is_refused_without_crashing) {
  const QByteArray full = test::ScriptedCredsspServer::buildChallenge(windowsLike());
  ASSERT_TRUE(parseNtlmChallenge(full).challenge);
  for (int n = 0; n < full.size(); ++n) {
    // Cutting inside the header or the payload must fail; a copy makes ASan/valgrind see the exact bounds.
    const QByteArray cut(full.constData(), n);
    const NtlmParse p = parseNtlmChallenge(cut);
    EXPECT_FALSE(p.challenge) << "accepted a challenge cut at " << n;
    EXPECT_FALSE(p.error.isEmpty());
  }
}

TEST(NtlmChallengeParse, wrong_signature_or_type_is_refused) {
  QByteArray m = test::ScriptedCredsspServer::buildChallenge(windowsLike());
  QByteArray badSig = m;
  badSig[0] = 'X';
  EXPECT_EQ(parseNtlmChallenge(badSig).error, u"bad_signature"_s);
  EXPECT_EQ(parseNtlmChallenge(buildNtlmNegotiate()).error, u"wrong_type"_s);
  QByteArray type3 = m;
  qToLittleEndian<quint32>(3, type3.data() + 8);
  EXPECT_EQ(parseNtlmChallenge(type3).error, u"wrong_type"_s);
}

TEST(NtlmChallengeParse, lying_lengths_and_offsets_are_refused) {
  const QByteArray m = test::ScriptedCredsspServer::buildChallenge(windowsLike());
  QByteArray infoOffset = m;
  qToLittleEndian<quint32>(0xFFFFFFF0u, infoOffset.data() + 44);  // TargetInfo offset far beyond the end
  EXPECT_EQ(parseNtlmChallenge(infoOffset).error, u"bad_target_info"_s);
  QByteArray infoLen = m;
  qToLittleEndian<quint16>(0xFFFF, infoLen.data() + 40);
  EXPECT_EQ(parseNtlmChallenge(infoLen).error, u"bad_target_info"_s);
  QByteArray nameLen = m;
  qToLittleEndian<quint16>(0x7FFF, nameLen.data() + 12);
  EXPECT_EQ(parseNtlmChallenge(nameLen).error, u"bad_target_name"_s);
  // An AV_PAIR claiming more bytes than the target info holds.
  QByteArray av = m;
  const quint32 off = qFromLittleEndian<quint32>(av.constData() + 44);
  qToLittleEndian<quint16>(0x4000, av.data() + off + 2);
  EXPECT_EQ(parseNtlmChallenge(av).error, u"bad_target_info"_s);
}

TEST(NtlmChallengeParse, missing_version_flag_and_odd_timestamp_are_tolerated) {
  QByteArray m = test::ScriptedCredsspServer::buildChallenge(windowsLike());
  quint32 flags = qFromLittleEndian<quint32>(m.constData() + 20);
  qToLittleEndian<quint32>(flags & ~kNtlmNegotiateVersion, m.data() + 20);
  const NtlmParse p = parseNtlmChallenge(m);
  ASSERT_TRUE(p.challenge);
  EXPECT_FALSE(p.challenge->version);
  EXPECT_EQ(p.challenge->nbComputer, u"WIN-RDPD01"_s);

  auto o = windowsLike();
  o.serverTime = {};
  const NtlmParse noTime = parseNtlmChallenge(test::ScriptedCredsspServer::buildChallenge(o));
  ASSERT_TRUE(noTime.challenge);
  EXPECT_FALSE(noTime.challenge->timestamp);
}

TEST(NtlmTsRequest, truncations_lies_and_wrong_types_are_refused) {
  const QByteArray full = test::ScriptedCredsspServer::buildAnswer(windowsLike());
  ASSERT_TRUE(parseTsRequest(full).request);
  for (int n = 0; n < full.size(); ++n) {
    const QByteArray cut(full.constData(), n);
    EXPECT_FALSE(parseTsRequest(cut).request) << "accepted a TSRequest cut at " << n;
    EXPECT_LE(tsRequestFrameLength(cut), full.size());
  }
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("3100")).error, u"not_a_sequence"_s);
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("3084ffffffff")).error, u"too_long"_s);
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("3080a003020106")).error, u"bad_length"_s);  // indefinite length
  EXPECT_EQ(tsRequestFrameLength(QByteArray::fromHex("3084ffffffff")), -1);
  EXPECT_EQ(tsRequestFrameLength(QByteArray::fromHex("31")), -1);
  EXPECT_EQ(tsRequestFrameLength(QByteArray::fromHex("3082")), 0);
  // version given as an OCTET STRING
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("3005a003040106")).error, u"wrong_type"_s);
  // no version at all
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("3000")).error, u"no_version"_s);
  // a negoToken whose OCTET STRING claims more than the enclosing element holds
  EXPECT_EQ(parseTsRequest(QByteArray::fromHex("300fa003020106a10830063004a0020450")).error, u"truncated"_s);
  // errorCode only (what a server sends when it refuses): parsed, the negative INTEGER kept as an NTSTATUS
  const TsRequestParse status = parseTsRequest(QByteArray::fromHex("300da003020106a4060204c000006d"));
  ASSERT_TRUE(status.request) << status.error.toStdString();
  EXPECT_TRUE(status.request->negoTokens.isEmpty());
  ASSERT_TRUE(status.request->errorCode);
  EXPECT_EQ(*status.request->errorCode, 0xC000006Du);
}
