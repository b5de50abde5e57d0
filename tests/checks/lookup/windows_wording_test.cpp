// Chinese Windows wording: each zh_CN message that a public source quotes as the text of a Chinese Windows dialog is
// found first as its entry when a user pastes it, alone or with the dialog lines around it (title, remote computer,
// link, the Ctrl+C layout of the newer dialogs); and every entry's note says where its Chinese wording comes from.
#include <gtest/gtest.h>

#include "checks/lookup/error_lookup.h"

using namespace rdpd;
using namespace rdpd::lookup;
using namespace Qt::StringLiterals;

namespace {
const ErrorLookup &L() { return ErrorLookup::standard(); }

QString firstId(const QString &text) {
  const auto m = L().match(text, u"zh_CN"_s);
  return m.isEmpty() ? QString() : m.first().entryId;
}

QStringList idsOf(const QString &text) {
  QStringList ids;
  for (const auto &m : L().match(text, u"zh_CN"_s)) ids << m.entryId;
  return ids;
}
}  // namespace

// The 0x904 dialog of Windows 10/11 as a user copied it with Ctrl+C (natfrp/wiki discussion 683).
TEST(WindowsWording, this_computer_cannot_connect_in_the_newer_wording_is_the_closed_connection) {
  const QString message =
      u"此计算机无法连接到远程计算机。\n\n请尝试重新连接。如果问题仍然存在，请联系远程计算机的所有者或网络管理员。"_s;
  EXPECT_EQ(firstId(message), u"closed_by_server"_s);
  const QString dialog =
      u"[Window Title]\n远程桌面连接\n\n[Content]\n"_s + message + u"\n\n[^] 隐藏详细信息(D) [确定]"_s;
  EXPECT_EQ(firstId(dialog), u"closed_by_server"_s);
  // With the code lines the extended code 0x7 (the server denied the connection) is the more specific half; the
  // message's own entry stays in the list and both lead to the same cause and step.
  const auto withCodes = L().match(dialog +
                                       u"\n\n[Expanded Information]\n错误代码: 0x904\n扩展错误代码: 0x7\n"
                                       u"时间戳 (UTC): 04/10/26 02:21:04 AM"_s,
                                   u"zh_CN"_s);
  ASSERT_FALSE(withCodes.isEmpty());
  EXPECT_EQ(withCodes.first().entryId, u"server_denied"_s);
  EXPECT_EQ(withCodes.first().causes.value(0), u"closed_after_accept"_s);
  EXPECT_EQ(withCodes.first().steps.value(0), 9);
  QStringList ids;
  for (const auto &m : withCodes) ids << m.entryId;
  EXPECT_TRUE(ids.contains(u"closed_by_server"_s)) << ids.join(u',').toStdString();
}

// The Windows 10 CredSSP dialog as Chinese blogs quote it, with and without the spaces around "CredSSP".
TEST(WindowsWording, credssp_dialog_as_quoted_is_the_oracle_remediation) {
  for (const QString &t : {u"远程桌面连接\n出现身份验证错误。\n要求的函数不受支持\n\n远程计算机: "
                           u"203.0.113.10\n\n这可能是由于 CredSSP 加密 "
                           u"Oracle 修正。\n若要了解详细信息，请访问 https://go.microsoft.com/fwlink/?linkid=866660"_s,
                           u"出现身份验证错误。要求的函数不受支持。这可能是由于CredSSP加密Oracle修正。"_s,
                           u"出现身份验证错误。要求的函数不受支持"_s,
                           u"远程桌面连接\n发生身份验证错误。\n要求的函数不受支持\n\n远程计算机: 203.0.113.10"_s})
    EXPECT_EQ(firstId(t), u"credssp_oracle"_s) << t.toStdString();
  EXPECT_EQ(firstId(u"远程桌面连接\n发生身份验证错误，给函数提供标志无效\n\n远程计算机: 203.0.113.10"_s),
            u"token_invalid"_s);
}

// The texts Tencent Cloud's help quotes from its screenshots of the Remote Desktop Connection dialogs.
TEST(WindowsWording, tencent_cloud_quotes_find_their_entries) {
  EXPECT_EQ(
      firstId(
          u"远程桌面连接\n远程桌面由于以下原因之一无法连接到远程计算机：\n\n1）未启用对服务器的远程访问\n"
          u"2）远程计算机已关闭\n3）在网络上远程计算机不可用\n\n确保打开远程计算机、连接到网络并且启用远程访问。"_s),
      u"socket_connect_failed"_s);
  EXPECT_EQ(
      firstId(u"远程桌面连接\n由于没有远程桌面授权服务器可以提供许可证，远程会话连接已断开。请跟服务器管理员联系。"_s),
      u"no_license_server"_s);
  for (const QString &t :
       {u"远程桌面连接\n连接被拒绝，因为没有授权此用户帐户进行远程登录。"_s,
        u"要远程登录，你需要具有通过远程桌面服务进行登录的权限。默认情况下，远程桌面用户组的成员有这项权限。如果你所属"
        u"的"
        u"组没有这项权限，或者远程桌面用户组中已经删除了这项权限，那么需要手动为你授予这一权限。"_s,
        u"要远程登录，您需要具有通过远程桌面服务进行登录的权限。默认情况下，远程桌面用户组的成员有这项权限。"_s})
    EXPECT_EQ(firstId(t), u"no_rdp_permission"_s) << t.toStdString();
  EXPECT_EQ(
      firstId(u"Windows 安全中心\n你的凭据无法工作\n之前用于连接到 203.0.113.10 的凭据无法工作。请输入新凭据。"_s),
      u"logon_failure"_s);
}

TEST(WindowsWording, local_security_authority_in_windows_and_in_microsofts_words) {
  for (const QString &t :
       {u"出现身份验证错误。\n无法连接到本地安全机构\n\n远程计算机: 203.0.113.10"_s,
        u"发生身份验证错误。无法联系本地安全机构。"_s,
        u"你尝试连接到的远程计算机需要网络级别身份验证 (NLA)，但无法联系 Windows 域控制器来执行 NLA。"_s})
    EXPECT_EQ(firstId(t), u"lsa_unreachable"_s) << t.toStdString();
}

TEST(WindowsWording, cloud_help_quotes_find_their_entries) {
  EXPECT_EQ(firstId(u"远程桌面连接\n终端服务器超出了最大允许连接数。"_s), u"connection_limit"_s);
  EXPECT_EQ(firstId(u"远程桌面连接\n由于协议错误，会话将会被中断，请重新连接远程计算机。"_s), u"protocol_error"_s);
}

TEST(WindowsWording, restricted_logon_type_is_the_missing_remote_desktop_right) {
  EXPECT_EQ(
      firstId(u"远程桌面连接\n系统管理员已限制可以使用的登录类型(网络或交互式)。如需帮助，请与系统管理员或技术支持"
              u"人员联系。"_s),
      u"no_rdp_permission"_s);
  EXPECT_EQ(firstId(u"The system administrator has restricted the types of logon (network or interactive) that you may "
                    u"use."_s),
            u"no_rdp_permission"_s);
}

TEST(WindowsWording, credentials_dialog_with_its_second_line_is_the_logon_failure) {
  for (const QString &t : {u"Windows 安全中心\n你的凭据不工作\n\n登录没有成功"_s, u"登录没有成功"_s})
    EXPECT_EQ(firstId(t), u"logon_failure"_s) << t.toStdString();
  EXPECT_FALSE(idsOf(u"登录没有成功"_s).contains(u"no_rdp_permission"_s));
}

// Every note that vouches for a Chinese wording names where it was quoted; the entries whose Chinese is our own
// translation say so, and say that the Windows wording was searched for and not found.
TEST(WindowsWording, notes_name_their_source_or_say_the_wording_is_not_verified) {
  for (const Entry &e : L().entries()) {
    if (e.note.contains(u"as quoted by"_s) || e.note.contains(u"quoted from"_s)) {
      EXPECT_TRUE(e.note.contains(u"https://"_s) || e.note.contains(u"http://"_s)) << e.id.toStdString();
    }
  }
  for (const char *id : {"client_out_of_memory", "client_timer_error", "server_out_of_memory", "smartcard",
                         "gateway_unreachable", "gateway_not_authorized"}) {
    const Entry *e = L().entry(QString::fromLatin1(id));
    ASSERT_NE(e, nullptr) << id;
    EXPECT_TRUE(e->note.contains(u"not found"_s)) << id;
  }
  for (const char *id :
       {"closed_by_server", "credssp_oracle", "lsa_unreachable", "connection_limit", "protocol_error",
        "no_rdp_permission", "socket_connect_failed", "no_license_server", "logon_failure", "token_invalid"}) {
    const Entry *e = L().entry(QString::fromLatin1(id));
    ASSERT_NE(e, nullptr) << id;
    EXPECT_TRUE(e->note.contains(u"quoted"_s)) << id;
  }
}
