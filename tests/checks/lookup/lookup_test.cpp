// Error-message lookup: every code and message of the reference table found by code (several spellings) and by
// text fragments in English and Chinese; near misses and unknown text; the data file stays consistent; and the
// message feeds the verdict (licensing points at step 9 although the port is open; never hides a closed port).
#include <gtest/gtest.h>

#include <QRegularExpression>

#include <tuple>

#include "checks/content/content_store.h"
#include "checks/core/check.h"
#include "checks/lookup/client_error_check.h"
#include "checks/lookup/error_lookup.h"
#include "checks/verdict/verdict.h"

using namespace rdpd;
using namespace rdpd::lookup;
using namespace Qt::StringLiterals;

namespace {
const ErrorLookup &L() { return ErrorLookup::standard(); }

QString firstId(const QString &text, const QString &lang = u"en"_s) {
  const auto m = L().match(text, lang);
  return m.isEmpty() ? QString() : m.first().entryId;
}

struct CodeCase {
  const char *hex;
  const char *entry;
};

// Every code in the reference table (error-codes.md), with the entry it belongs to.
const CodeCase kCodes[] = {
    {"0x104", "host_not_found"},       {"0x508", "host_not_found"},
    {"0x604", "host_not_found"},       {"0x208", "host_not_found"},
    {"0x308", "invalid_address"},      {"0x804", "invalid_address"},
    {"0x108", "connection_timed_out"}, {"0x204", "socket_connect_failed"},
    {"0x304", "closed_by_server"},     {"0x404", "closed_by_server"},
    {"0x904", "closed_by_server"},     {"0x506", "invalid_encryption"},
    {"0x606", "invalid_encryption"},   {"0x406", "invalid_encryption"},
    {"0x706", "certificate_unpack"},   {"0x906", "internal_error"},
    {"0xA06", "internal_error"},       {"0x704", "timeout_occurred"},
    {"0x808", "no_license_server"},    {"0x908", "no_license_server"},
    {"0x807", "logon_failure"},        {"0xA07", "no_such_user"},
    {"0xB07", "account_disabled"},     {"0xC07", "account_restriction"},
    {"0xD07", "account_locked"},       {"0xE07", "account_expired"},
    {"0xF07", "password_expired"},     {"0x1207", "password_expired"},
    {"0x1807", "lsa_unreachable"},     {"0x1607", "credssp_policy"},
    {"0x1707", "credssp_policy"},      {"0x1B07", "cert_expired"},
    {"0x2107", "fresh_credentials"},   {"0x708", "own_console_session"},
    {"0x3", "session_error_generic"},  {"0x4", "session_error_generic"},
    {"0x207", "unverified_code"},      {"0x907", "unexpected_certificate"},
    {"0x112F", "protocol_error_112f"}, {"0x408", "internal_error"},
    {"0xB06", "encryption_error"},     {"0xC06", "encryption_error"},
    {"0xC08", "encryption_error"},     {"0x507", "unverified_code"},
    {"0x3000046", "avd_host_stopped"}, {"0x106", "client_out_of_memory"},
    {"0x206", "client_out_of_memory"}, {"0x306", "client_out_of_memory"},
    {"0x608", "client_timer_error"},   {"0x1C07", "smartcard"},
    {"0x2207", "smartcard"},
};
}  // namespace

TEST(LookupData, every_entry_is_bilingual_and_points_at_real_causes_steps_and_fixes) {
  const ContentStore store;
  const QStringList causes = knownCauseIds();
  ASSERT_GE(L().entries().size(), 30u);
  for (const Entry &e : L().entries()) {
    SCOPED_TRACE(e.id.toStdString());
    EXPECT_FALSE(e.messagesEn.isEmpty());
    EXPECT_FALSE(e.messagesZh.isEmpty());
    for (const QString &zh : e.messagesZh) EXPECT_TRUE(zh.contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s)));
    EXPECT_FALSE(e.explanationEn.isEmpty());
    EXPECT_TRUE(e.explanationZh.contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s)));
    for (const QString &c : e.causes) EXPECT_TRUE(causes.contains(c)) << "unknown cause " << c.toStdString();
    for (int s : e.steps) EXPECT_TRUE(s >= 1 && s <= 11);
    if (!e.fixId.isEmpty()) {
      EXPECT_TRUE(store.hasFix(e.fixId, u"en"_s)) << e.fixId.toStdString();
      EXPECT_TRUE(store.hasFix(e.fixId, u"zh_CN"_s)) << e.fixId.toStdString();
    }
    if (!e.unverified) {
      EXPECT_FALSE(e.causes.isEmpty());
      EXPECT_GT(e.weight, 0.6);  // outranks "healthy"
      EXPECT_LT(e.weight, 0.8);  // never a hard network failure by itself
    }
  }
}

TEST(LookupData, broken_data_is_refused_with_a_reason) {
  QString err;
  EXPECT_FALSE(ErrorLookup::fromJson("{", &err).has_value());
  EXPECT_FALSE(err.isEmpty());
  EXPECT_FALSE(ErrorLookup::fromJson(R"({"format":"something-else","entries":[]})", &err).has_value());
  EXPECT_FALSE(ErrorLookup::fromJson(R"({"format":"rdp-doctor/error-messages","entries":[{"id":"x","messages":{"en":["a"]}}]})", &err).has_value());
}

TEST(LookupCode, every_reference_code_is_found_in_every_spelling) {
  for (const CodeCase &c : kCodes) {
    const QString hex = QString::fromLatin1(c.hex);
    const QString id = QString::fromLatin1(c.entry);
    bool ok = false;
    const qint64 value = hex.mid(2).toLongLong(&ok, 16);
    ASSERT_TRUE(ok);
    const QString bare = hex.mid(2);
    const QStringList spellings{hex, hex.toLower(), hex.toUpper().replace(u"0X"_s, u"0x"_s), bare,
                                QString::number(value), u"Error code: "_s + hex, u"错误代码: "_s + hex,
                                u"错误代码：%1"_s.arg(hex), u"The connection failed. Error code: %1 (%2)"_s.arg(hex).arg(value)};
    for (const QString &s : spellings) {
      const auto m = L().match(s, u"en"_s);
      ASSERT_FALSE(m.isEmpty()) << s.toStdString();
      bool found = false;
      for (const Match &x : m) found = found || x.entryId == id;
      EXPECT_TRUE(found) << s.toStdString() << " -> " << m.first().entryId.toStdString();
      if (s == hex) {
        EXPECT_EQ(m.first().entryId, id) << s.toStdString();
        EXPECT_EQ(m.first().matchedBy, MatchedBy::Code);
        EXPECT_EQ(m.first().matchedCode.toLower(), hex.toLower());
      }
    }
  }
}

TEST(LookupCode, extended_code_is_more_specific_than_the_main_code) {
  auto m = L().match(u"Your session ended because of an error.\nError code: 0x4\nExtended error code: 0x7"_s, u"en"_s);
  ASSERT_GE(m.size(), 2);
  EXPECT_EQ(m[0].entryId, u"server_denied"_s);
  EXPECT_EQ(m[0].matchedBy, MatchedBy::ExtendedCode);
  EXPECT_EQ(m[1].entryId, u"session_error_generic"_s);
  EXPECT_EQ(firstId(u"错误代码: 0x808\n扩展错误代码: 0x101"_s), u"no_license_server"_s);  // 0x101 = 257
  EXPECT_EQ(firstId(u"Extended error code: 0x9"_s), u"insufficient_privileges"_s);
  EXPECT_EQ(firstId(u"Extended error code: 0x1004"_s), u"protocol_error"_s);  // 4096
}

TEST(LookupCode, numbers_inside_a_message_are_not_codes) {
  // The 0x204 text lists "1) 2) 3)"; they must not turn into codes 0x1..0x3.
  const auto m = L().match(L().entry(u"socket_connect_failed"_s)->messagesEn.first(), u"en"_s);
  ASSERT_FALSE(m.isEmpty());
  EXPECT_EQ(m.first().entryId, u"socket_connect_failed"_s);
  EXPECT_EQ(m.first().matchedBy, MatchedBy::Text);
  for (const Match &x : m) EXPECT_NE(x.entryId, u"session_error_generic"_s);
}

TEST(LookupText, every_message_is_found_by_its_full_text_in_both_languages) {
  for (const Entry &e : L().entries()) {
    if (e.unverified) continue;
    for (const QString &msg : e.messagesEn + e.messagesZh) {
      const auto m = L().match(msg, u"en"_s);
      ASSERT_FALSE(m.isEmpty()) << msg.toStdString();
      EXPECT_EQ(m.first().entryId, e.id) << msg.toStdString() << " -> " << m.first().entryId.toStdString();
    }
  }
}

TEST(LookupText, fragments_in_english_and_chinese_find_the_faq_cases) {
  const std::pair<const char *, const char *> cases[] = {
      {"no Remote Desktop License Servers available", "no_license_server"},
      {"没有远程桌面授权服务器可以提供许可证", "no_license_server"},
      {"user account is not authorized for remote login", "no_rdp_permission"},
      {"没有授权此用户帐户进行远程登录", "no_rdp_permission"},
      {"the right to sign in through Remote Desktop Services", "no_rdp_permission"},
      {"CredSSP encryption oracle remediation", "credssp_oracle"},
      {"CredSSP 加密 Oracle 修正", "credssp_oracle"},
      {"这可能是由于 CredSSP 加密数据库修正", "credssp_oracle"},
      {"requires Network Level Authentication, which your computer does not support", "nla_not_supported"},
      {"需要网络级别身份验证，而您的计算机不支持", "nla_not_supported"},
      {"the user account has been locked because there were too many logon attempts", "account_locked"},
      {"用户帐户已被锁定", "account_locked"},
      {"用户账户已被锁定", "account_locked"},  // the other way of writing "account"
      {"Remote Desktop can't find the computer", "host_not_found"},
      {"远程桌面找不到计算机", "host_not_found"},
      {"Your credentials did not work", "logon_failure"},
      {"你的凭据不工作", "logon_failure"},
      {"An internal error has occurred", "internal_error"},
      {"出现内部错误", "internal_error"},
      {"This computer can't connect to the remote computer", "closed_by_server"},
      {"这台计算机无法连接到远程计算机", "closed_by_server"},
      {"You must change your password before logging on the first time", "password_expired"},
      {"Remote Desktop Services is currently busy", "service_busy"},
      {"Another user connected to the remote computer, so your connection was lost", "session_replaced"},
      {"you already have a console session in progress", "own_console_session"},
      {"insufficient access privileges", "insufficient_privileges"},
      {"The Local Security Authority cannot be contacted", "lsa_unreachable"},
  };
  for (const auto &[text, id] : cases) {
    const QString t = QString::fromUtf8(text);
    EXPECT_EQ(firstId(t), QString::fromLatin1(id)) << text;
  }
}

TEST(LookupText, near_misses_are_tolerated) {
  EXPECT_EQ(firstId(u"  REMOTE   DESKTOP can’t find the computer!!! "_s), u"host_not_found"_s);
  EXPECT_EQ(firstId(u"your credentails did not wrok"_s), u"logon_failure"_s);  // two typos
  EXPECT_EQ(firstId(u"no licence server available"_s), u"no_license_server"_s);
  EXPECT_EQ(firstId(u"account locked, too many logon attempts"_s), u"account_locked"_s);
  EXPECT_EQ(firstId(u"Network-Level-Authentication"_s), u"nla_not_supported"_s);
  EXPECT_EQ(firstId(u"由于没有远程桌面授权服务器可以提供许可证远程会话被中断"_s), u"no_license_server"_s);  // no punctuation
  // A pasted dialog: message, remote computer name and code lines together.
  EXPECT_EQ(firstId(u"Remote Desktop Connection\nAn authentication error has occurred.\nThe function requested is not "
                    u"supported\n\nRemote computer: 203.0.113.10\nThis could be due to CredSSP encryption oracle "
                    u"remediation.\nFor more information, see https://go.microsoft.com/fwlink/?linkid=866660"_s),
            u"credssp_oracle"_s);
}

TEST(LookupText, unknown_text_is_not_recognised_and_says_what_to_copy) {
  for (const QString &t : {u""_s, u"   "_s, u"hello world"_s, u"asdfghjkl"_s, u"the"_s, u"0x9999"_s, u"12345678"_s,
                           u"我的电脑坏了"_s}) {
    EXPECT_TRUE(L().match(t, u"en"_s).isEmpty()) << t.toStdString() << " -> " << firstId(t).toStdString();
  }
  EXPECT_TRUE(ErrorLookup::notRecognisedHint().contains(u"Error code"_s));
}

TEST(LookupText, explanation_follows_the_language_asked_for) {
  const auto en = L().match(u"0x204"_s, u"en"_s);
  const auto zh = L().match(u"0x204"_s, u"zh_CN"_s);
  ASSERT_FALSE(en.isEmpty());
  ASSERT_FALSE(zh.isEmpty());
  EXPECT_TRUE(en.first().message.startsWith(u"Remote Desktop can't connect"_s));
  EXPECT_TRUE(zh.first().message.contains(u"由于以下原因之一"_s));
  EXPECT_NE(en.first().explanation, zh.first().explanation);
}

namespace {
CheckResult runClientError(const QString &text) {
  ClientErrorCheck check;
  CheckContext ctx;
  ctx.target.clientError = text;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(1000));
  CheckResult r = check.run(ctx);
  r.id = u"client.error_text"_s;
  r.step = check.info().step;
  r.summary = check.summarize(r);
  return r;
}

Results openPort() {
  CheckResult tcp = makeResult(Status::Pass, {{u"state"_s, u"open"_s}});
  tcp.id = u"net.tcp_connect"_s;
  tcp.step = 3;
  CheckResult neg = makeResult(Status::Pass, {{u"responds_as_rdp"_s, true}});
  neg.id = u"rdp.negotiation"_s;
  neg.step = 9;
  return {{tcp.id, tcp}, {neg.id, neg}};
}
}  // namespace

TEST(LookupVerdict, no_message_is_skipped_and_unknown_message_needs_input) {
  EXPECT_EQ(runClientError({}).status, Status::Skipped);
  const CheckResult r = runClientError(u"hello world"_s);
  EXPECT_EQ(r.status, Status::NeedsInput);
  EXPECT_FALSE(r.findings.value(u"recognised"_s).toBool());
  EXPECT_FALSE(r.summary.isEmpty());
}

TEST(LookupVerdict, licensing_message_points_at_step_9_although_the_port_is_open) {
  Results res = openPort();
  const CheckResult c = runClientError(u"由于没有远程桌面授权服务器可以提供许可证，远程会话被中断。"_s);
  EXPECT_EQ(c.status, Status::Warn);
  EXPECT_EQ(c.fixId, u"licensing-expired"_s);
  EXPECT_EQ(c.findings.value(u"go_to_step"_s).toInt(), 9);
  res.insert(c.id, c);
  const auto causes = rankCauses(res);
  ASSERT_FALSE(causes.isEmpty());
  EXPECT_EQ(causes.first().id, u"licensing"_s);
  EXPECT_EQ(causes.first().step, 9);
  // Without the message, the same results are healthy.
  EXPECT_EQ(rankCauses(openPort()).first().id, u"healthy"_s);
}

TEST(LookupVerdict, message_never_hides_a_dropped_port_unless_it_says_the_same) {
  Results res;
  CheckResult tcp = makeResult(Status::Fail, {{u"state"_s, u"filtered"_s}});
  tcp.id = u"net.tcp_connect"_s;
  tcp.step = 3;
  res.insert(tcp.id, tcp);
  Results withLicensing = res;
  const CheckResult lic = runClientError(u"0x808"_s);
  withLicensing.insert(lic.id, lic);
  auto causes = rankCauses(withLicensing);
  EXPECT_EQ(causes.first().id, u"port_filtered"_s);
  EXPECT_LT(causes.first().confidence, 0.9);
  // 0x204 says "cannot reach the port" too: the agreement is stronger than either alone.
  Results with204 = res;
  const CheckResult c204 = runClientError(u"Error code: 0x204"_s);
  with204.insert(c204.id, c204);
  causes = rankCauses(with204);
  EXPECT_EQ(causes.first().id, u"port_filtered"_s);
  EXPECT_GT(causes.first().confidence, 0.9);
  EXPECT_TRUE(causes.first().supportingChecks.contains(u"client.error_text"_s));
}

TEST(LookupVerdict, every_cause_a_message_can_name_has_words) {
  for (const Entry &e : L().entries())
    for (const QString &c : e.causes) {
      EXPECT_NE(causeSummary(c), c) << c.toStdString();
      EXPECT_FALSE(causeAdvice(c).isEmpty()) << c.toStdString();
    }
}

TEST(LookupCode, a_specific_message_outranks_a_generic_code) {
  // Before: the generic 0x4 entry came first because any code outranked any text.
  auto m = L().match(
      u"Remote Desktop Connection\nAn internal error has occurred.\nError code: 0x4\nExtended error code: 0x0"_s,
      u"en"_s);
  ASSERT_GE(m.size(), 2);
  EXPECT_EQ(m[0].entryId, u"internal_error"_s);
  bool generic = false;
  for (const Match &x : m) generic = generic || x.entryId == u"session_error_generic"_s;
  EXPECT_TRUE(generic);  // still listed, below the specific message
  EXPECT_EQ(firstId(u"出现内部错误。\n错误代码: 0x4\n扩展错误代码: 0x0"_s), u"internal_error"_s);
  // 0x3 the same way: "the server ended the session" says less than the message.
  EXPECT_EQ(firstId(u"Your account has been disabled. Please see your system administrator. Error code: 0x3"_s),
            u"account_disabled"_s);
  // The generic code alone, or with its own text, is still that entry.
  EXPECT_EQ(firstId(u"Error code: 0x4"_s), u"session_error_generic"_s);
  EXPECT_EQ(firstId(u"Your session ended because of an error. Error code: 0x4"_s), u"session_error_generic"_s);
  // A specific code still outranks a text match.
  EXPECT_EQ(firstId(u"An internal error has occurred. Error code: 0x904"_s), u"closed_by_server"_s);
}

TEST(LookupCode, a_bare_extended_code_is_found) {
  const auto m = L().match(u"0x7"_s, u"en"_s);
  ASSERT_FALSE(m.isEmpty());
  EXPECT_EQ(m.first().entryId, u"server_denied"_s);
  EXPECT_EQ(m.first().matchedBy, MatchedBy::ExtendedCode);
  EXPECT_EQ(firstId(u"error 0x9"_s), u"insufficient_privileges"_s);
  EXPECT_EQ(firstId(u"Extended error code: 0x300"_s), u"logon_failure"_s);  // 768: wrong password, RDP security layer
}

TEST(LookupText, certificate_clock_limits_and_memory_messages_lead_to_the_right_causes) {
  auto causesOf = [](const QString &text) {
    const auto m = L().match(text, u"en"_s);
    return m.isEmpty() ? QStringList() : m.first().causes;
  };
  // 0x907: the clock first, then the certificate; never "TLS is broken".
  EXPECT_EQ(causesOf(u"The connection has been terminated because an unexpected server authentication certificate was "
                     u"received from the remote computer. Error code: 0x907 Extended error code: 0x0"_s),
            (QStringList{u"clock_skew"_s, u"cert_expired"_s}));
  EXPECT_EQ(firstId(u"there is a time and date difference between this computer and the remote computer"_s),
            u"time_difference"_s);
  EXPECT_EQ(firstId(u"这台计算机与远程计算机之间存在时间和日期差异"_s), u"time_difference"_s);
  // 0x112f as the main code: memory / display settings.
  EXPECT_EQ(firstId(u"Because of a protocol error (code: 0x112f), the remote session will be disconnected."_s),
            u"protocol_error_112f"_s);
  EXPECT_EQ(firstId(u"Error code: 0x112f Extended error code: 0x0"_s), u"protocol_error_112f"_s);
  EXPECT_TRUE(L().entry(u"protocol_error_112f"_s)->explanationEn.contains(u"memory"_s));
  // Outside a domain the LSA message is an expired / must-change password with NLA.
  EXPECT_EQ(
      causesOf(u"An authentication error has occurred. The Local Security Authority cannot be contacted"_s).value(0),
      u"password_expired"_s);
  EXPECT_EQ(causesOf(u"出现身份验证错误。无法连接到本地安全机构。"_s).value(0), u"password_expired"_s);
  // Connection limits: how to free a session.
  for (const QString &t :
       {u"The number of connections to this computer is limited and all connections are in use right now"_s,
        u"The terminal server has exceeded the maximum number of allowed connections"_s,
        u"终端服务器超出了最大允许连接数"_s, u"与这台计算机的连接数目有限"_s}) {
    EXPECT_EQ(firstId(t), u"connection_limit"_s) << t.toStdString();
  }
  const Entry *limit = L().entry(u"connection_limit"_s);
  for (const QString &ex : {limit->explanationEn, limit->explanationZh}) {
    EXPECT_TRUE(ex.contains(u"query session"_s));
    EXPECT_TRUE(ex.contains(u"logoff ID"_s));
    EXPECT_TRUE(ex.contains(u"mstsc /admin"_s));
  }
  // The CredSSP workaround is temporary: patch the server and switch it back.
  const Entry *oracle = L().entry(u"credssp_oracle"_s);
  EXPECT_TRUE(oracle->explanationEn.contains(u"switch the policy back"_s));
  EXPECT_TRUE(oracle->explanationEn.contains(u"updates on the server"_s));
  EXPECT_TRUE(oracle->explanationZh.contains(u"改回"_s));
  // Windows' own Chinese wording.
  EXPECT_EQ(firstId(u"你的凭据不工作"_s), u"logon_failure"_s);
  EXPECT_EQ(firstId(u"不允许使用你正在尝试的登录方式"_s), u"no_rdp_permission"_s);
  EXPECT_EQ(firstId(u"An authentication error has occurred. The token supplied to the function is invalid"_s),
            u"token_invalid"_s);
  EXPECT_EQ(firstId(u"Because of an error in data encryption, this session will end."_s), u"encryption_error"_s);
}

TEST(LookupData, our_own_chinese_words_spell_account_one_way) {
  for (const Entry &e : L().entries()) EXPECT_FALSE(e.explanationZh.contains(u"帐户"_s)) << e.id.toStdString();
}

namespace {
// The first match's entry, first cause and first step, for one way of quoting the message.
std::tuple<QString, QString, int> firstOf(const QString &text, const QString &lang = u"en"_s) {
  const auto m = L().match(text, lang);
  if (m.isEmpty()) return {};
  return {m.first().entryId, m.first().causes.value(0), m.first().steps.value(0)};
}
}  // namespace

// Codes from Microsoft's OnDisconnected / ExtendedDisconnectReasonCode lists that the catalogue lacked: each group is
// found by its code, its English text and its Chinese text, and leads to the same cause and step.
TEST(LookupCatalogue, client_side_failures_point_at_this_computer_not_the_server) {
  using T = std::tuple<QString, QString, int>;
  const T memory{u"client_out_of_memory"_s, u"client_side_error"_s, 5};
  for (const QString &t :
       {u"0x106"_s, u"Error code: 0x206"_s, u"错误代码: 0x306"_s, u"Out of memory."_s, u"内存不足。"_s,
        u"Not enough memory. Close your other programs, and then try connecting again."_s,
        u"内存不足。请关闭其他程序，然后重新尝试连接。"_s})
    EXPECT_EQ(firstOf(t), memory) << t.toStdString();
  const T timer{u"client_timer_error"_s, u"client_side_error"_s, 5};
  for (const QString &t : {u"0x608"_s, u"1544"_s, u"Internal timer error. Error code: 0x608"_s,
                           u"Internal timer error"_s, u"内部计时器错误"_s})
    EXPECT_EQ(firstOf(t), timer) << t.toStdString();
  // A specific text beats the generic 0x4 that Mac and mobile clients print for it.
  EXPECT_EQ(std::get<0>(firstOf(u"Out of memory.\nError code: 0x4"_s)), u"client_out_of_memory"_s);
  // The server running out of memory is the extended code 6: the server's memory (step 6), not this computer's.
  const T server{u"server_out_of_memory"_s, u"server_overloaded"_s, 6};
  EXPECT_EQ(firstOf(u"Error code: 0x3\nExtended error code: 0x6"_s), server);
  EXPECT_EQ(firstOf(u"No memory is available."_s), server);
  EXPECT_EQ(firstOf(u"没有可用的内存"_s), server);
}

TEST(LookupCatalogue, smart_card_pin_and_blocked_card_lead_to_the_credentials) {
  const std::tuple<QString, QString, int> card{u"smartcard"_s, u"wrong_credentials"_s, 2};
  for (const QString &t : {u"0x1C07"_s, u"Error code: 0x2207"_s, u"An incorrect PIN was presented to the smart card"_s,
                           u"The smart card is blocked."_s, u"向智能卡提供的 PIN 不正确"_s, u"智能卡已被锁定"_s})
    EXPECT_EQ(firstOf(t), card) << t.toStdString();
  EXPECT_TRUE(L().entry(u"smartcard"_s)->explanationEn.contains(u"Use a different account"_s));
}

TEST(LookupCatalogue, remote_desktop_gateway_messages_say_to_connect_directly) {
  const std::tuple<QString, QString, int> unreachable{u"gateway_unreachable"_s, u"rd_gateway"_s, 3};
  for (const QString &t :
       {u"Remote Desktop can't connect to the remote computer because the Remote Desktop Gateway server address is "
        u"unreachable or incorrect."_s,
        u"the Remote Desktop Gateway server is temporarily unavailable"_s,
        u"This computer can't verify the identity of the RD Gateway"_s, u"远程桌面网关服务器暂时不可用"_s,
        u"无法访问远程桌面网关服务器地址或该地址不正确"_s})
    EXPECT_EQ(firstOf(t), unreachable) << t.toStdString();
  const std::tuple<QString, QString, int> refused{u"gateway_not_authorized"_s, u"rd_gateway"_s, 3};
  for (const QString &t : {u"Your user account is not listed in the RD Gateway's permission list"_s,
                           u"你的用户帐户未列在 RD 网关的权限列表中"_s})
    EXPECT_EQ(firstOf(t), refused) << t.toStdString();
  // The 0x204 dialog starts with the same words; it stays the socket failure.
  EXPECT_EQ(std::get<0>(firstOf(u"Remote Desktop can't connect to the remote computer for one of these reasons: 1) "
                                u"Remote access to the server is not enabled"_s)),
            u"socket_connect_failed"_s);
  for (const char *id : {"gateway_unreachable", "gateway_not_authorized"})
    EXPECT_TRUE(L().entry(QString::fromLatin1(id))->explanationEn.contains(u"Don't use an RD Gateway server"_s));
  EXPECT_FALSE(causeAdvice(u"rd_gateway"_s).isEmpty());
}

TEST(LookupData, entries_whose_chinese_is_not_windows_wording_say_so) {
  for (const char *id : {"client_out_of_memory", "client_timer_error", "server_out_of_memory", "smartcard",
                         "gateway_unreachable", "gateway_not_authorized"}) {
    const Entry *e = L().entry(QString::fromLatin1(id));
    ASSERT_NE(e, nullptr) << id;
    EXPECT_TRUE(e->note.contains(u"translation"_s)) << id;
  }
}
