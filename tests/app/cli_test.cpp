// The real rdp-doctor binary, headless: exit codes, JSON contract, bad input in the user's language.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/support/cli_runner.h"
#include "tests/support/loopback.h"
#include "tests/support/scripted_rdp_server.h"

using namespace Qt::StringLiterals;

using rdpd::test::runCli;
using CliRun = rdpd::test::CommandResult;

namespace {
QJsonObject checkById(const QJsonObject &report, const QString &id) {
  for (const auto v : report.value(u"checks"_s).toArray())
    if (v.toObject().value(u"id"_s).toString() == id) return v.toObject();
  return {};
}
}  // namespace

TEST(Cli, closed_port_is_refused_with_exit_code_1_and_json_contract) {
  const int port = rdpd::test::closedLoopbackPort();
  const CliRun r = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"json"_s});
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  QJsonParseError e{};
  const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
  ASSERT_EQ(e.error, QJsonParseError::NoError) << r.out.constData();
  EXPECT_EQ(doc.value(u"target"_s).toObject().value(u"host"_s).toString(), u"127.0.0.1"_s);
  EXPECT_EQ(doc.value(u"target"_s).toObject().value(u"port"_s).toInt(), port);
  EXPECT_TRUE(doc.value(u"target"_s).toObject().value(u"addresses"_s).isArray());
  EXPECT_TRUE(doc.contains(u"started_at"_s));
  EXPECT_TRUE(doc.contains(u"duration_ms"_s));
  const QJsonObject tcp = checkById(doc, u"net.tcp_connect"_s);
  EXPECT_EQ(tcp.value(u"step"_s).toInt(), 3);
  EXPECT_EQ(tcp.value(u"origin"_s).toString(), u"remote"_s);
  EXPECT_EQ(tcp.value(u"status"_s).toString(), u"fail"_s);
  EXPECT_EQ(tcp.value(u"evidence"_s).toObject().value(u"state"_s).toString(), u"refused"_s);
  EXPECT_TRUE(tcp.value(u"evidence"_s).toObject().contains(u"elapsed_ms"_s));
  EXPECT_FALSE(tcp.value(u"summary"_s).toString().isEmpty());
  const QJsonObject verdict = doc.value(u"verdict"_s).toObject();
  EXPECT_EQ(verdict.value(u"cause_id"_s).toString(), u"port_refused"_s);
  EXPECT_EQ(verdict.value(u"step"_s).toInt(), 3);
  EXPECT_GT(verdict.value(u"confidence"_s).toDouble(), 0.5);
  EXPECT_FALSE(doc.value(u"causes"_s).toArray().isEmpty());
}

TEST(Cli, port_113322_is_bad_input_with_an_explanation) {
  const CliRun r = runCli({u"diagnose"_s, u"10.0.0.1:113322"_s});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.out.contains("113322"));
  EXPECT_TRUE(r.out.contains("65535"));
}

TEST(Cli, bad_input_is_explained_in_chinese) {
  const CliRun r = runCli({u"diagnose"_s, u"10.0.0.1:113322"_s, u"--lang"_s, u"zh_CN"_s});
  EXPECT_EQ(r.exitCode, 2);
  const QString out = QString::fromUtf8(r.out);
  EXPECT_TRUE(out.contains(u"113322"_s));
  bool hasCjk = false;
  for (const QChar c : out) hasCjk |= (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
  EXPECT_TRUE(hasCjk) << "Chinese output expected";
}

TEST(Cli, usage_errors_exit_with_2) {
  EXPECT_EQ(runCli({u"diagnose"_s}).exitCode, 2);
  EXPECT_EQ(runCli({u"diagnose"_s, u"h"_s, u"--timeout-ms"_s, u"abc"_s}).exitCode, 2);
  EXPECT_EQ(runCli({u"diagnose"_s, u"h"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
  EXPECT_EQ(runCli({u"diagnose"_s, u"my server"_s}).exitCode, 2);
  EXPECT_EQ(runCli({u"--version"_s}).exitCode, 0);
}

TEST(Cli, unknown_name_is_a_dns_failure) {
  const CliRun r = runCli({u"diagnose"_s, u"no-such-host.invalid"_s, u"--format"_s, u"json"_s});
  ASSERT_EQ(r.exitCode, 1);
  const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
  EXPECT_EQ(doc.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(), u"dns_failure"_s);
  EXPECT_EQ(checkById(doc, u"net.tcp_connect"_s).value(u"evidence"_s).toObject().value(u"state"_s).toString(),
            u"dns_failure"_s);
}

TEST(Cli, writes_the_report_to_a_file_atomically) {
  const QString path = QDir::tempPath() + u"/rdpd-cli-test-%1.md"_s.arg(QCoreApplication::applicationPid());
  const int port = rdpd::test::closedLoopbackPort();
  const CliRun r = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"markdown"_s, u"--output"_s, path});
  EXPECT_EQ(r.exitCode, 1);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_TRUE(f.readAll().contains("| 3 |"));
  f.remove();
  const CliRun bad = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--output"_s, u"/nonexistent-dir/x.txt"_s});
  EXPECT_EQ(bad.exitCode, 3);
  EXPECT_TRUE(bad.err.contains("nonexistent-dir"));
}

TEST(Cli, try_ports_finds_rdp_on_a_port_the_user_names) {
  // Standard RDP only, like an old server: enough to be recognised as RDP on the alternative port.
  rdpd::test::ScriptedRdpServer rdp(rdpd::test::Script{
      true, {rdpd::test::ScriptStep::send(rdpd::test::ScriptedRdpServer::rsp(0))}});
  ASSERT_TRUE(rdp.isListening());
  const int closed = rdpd::test::closedLoopbackPort();
  const CliRun r = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(closed), u"--try-ports"_s,
                           u"%1"_s.arg(rdp.port()), u"--format"_s, u"json"_s});
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
  const QJsonObject alt = checkById(doc, u"net.alt_ports"_s).value(u"evidence"_s).toObject();
  EXPECT_TRUE(alt.value(u"rdp_ports"_s).toArray().contains(rdp.port())) << r.out.constData();
  EXPECT_EQ(doc.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(), u"rdp_on_other_port"_s);
  EXPECT_EQ(runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--try-ports"_s, u"5588,99999"_s}).exitCode, 2);
}

TEST(Cli, an_unknown_option_is_an_error_in_the_users_language_not_ignored) {
  const CliRun en = runCli({u"diagnose"_s, u"127.0.0.1:1"_s, u"--no-such-option"_s});
  EXPECT_EQ(en.exitCode, 2);
  EXPECT_TRUE(en.out.isEmpty()) << "no diagnosis may run: " << en.out.left(200).constData();
  EXPECT_TRUE(QString::fromUtf8(en.err).contains(u"Unknown option --no-such-option"_s)) << en.err.constData();
  const CliRun zh = runCli({u"--lang"_s, u"zh_CN"_s, u"explain"_s, u"0x204"_s, u"--bogus"_s});
  EXPECT_EQ(zh.exitCode, 2);
  EXPECT_TRUE(QString::fromUtf8(zh.err).contains(u"未知选项 --bogus"_s)) << zh.err.constData();
}

TEST(Cli, a_bad_option_is_explained_in_the_users_language_even_when_lang_comes_after_it) {
  const CliRun en = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--try-ports"_s, u"5588,99999"_s, u"--lang"_s, u"en"_s});
  EXPECT_EQ(en.exitCode, 2);
  EXPECT_TRUE(QString::fromLocal8Bit(en.err).contains(u"\"99999\" is not a port"_s)) << en.err.constData();
  const CliRun zh = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--try-ports"_s, u"5588,99999"_s, u"--lang"_s, u"zh_CN"_s});
  EXPECT_EQ(zh.exitCode, 2);
  EXPECT_TRUE(QString::fromUtf8(zh.err).contains(u"“99999”不是端口"_s)) << zh.err.constData();
  const CliRun timeout = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--timeout-ms"_s, u"5"_s, u"--lang=zh_CN"_s});
  EXPECT_EQ(timeout.exitCode, 2);
  EXPECT_TRUE(QString::fromUtf8(timeout.err).contains(u"--timeout-ms"_s)) << timeout.err.constData();
  EXPECT_FALSE(QString::fromUtf8(timeout.err).contains(u"needs a number of milliseconds"_s)) << "not translated";
}

TEST(Cli, an_unknown_or_misspelled_option_is_refused_with_the_closest_valid_one) {
  // Before: "--formt json" was ignored, the report came out as text and the exit code said "problem found".
  const CliRun typo = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--formt"_s, u"json"_s});
  EXPECT_EQ(typo.exitCode, 2);
  EXPECT_TRUE(typo.out.isEmpty()) << typo.out.constData();
  EXPECT_TRUE(QString::fromLocal8Bit(typo.err).contains(u"--formt"_s)) << typo.err.constData();
  EXPECT_TRUE(QString::fromLocal8Bit(typo.err).contains(u"did you mean --format?"_s)) << typo.err.constData();
  const CliRun eq = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--evidnce=x.json"_s});
  EXPECT_EQ(eq.exitCode, 2);
  EXPECT_TRUE(QString::fromLocal8Bit(eq.err).contains(u"did you mean --evidence?"_s)) << eq.err.constData();
  const CliRun far = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--completely-unknown"_s});
  EXPECT_EQ(far.exitCode, 2);
  EXPECT_TRUE(QString::fromLocal8Bit(far.err).contains(u"Unknown option --completely-unknown"_s))
      << far.err.constData();
  // Nothing near enough: no suggestion ("--bogus" is three edits from "--out", which would only confuse).
  const CliRun bogus = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--bogus"_s});
  EXPECT_EQ(bogus.exitCode, 2);
  EXPECT_TRUE(QString::fromLocal8Bit(bogus.err).contains(u"Unknown option --bogus."_s)) << bogus.err.constData();
  EXPECT_FALSE(QString::fromLocal8Bit(bogus.err).contains(u"did you mean"_s)) << bogus.err.constData();
  const CliRun swapped = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--fromat"_s, u"json"_s});  // two letters swapped
  EXPECT_TRUE(QString::fromLocal8Bit(swapped.err).contains(u"did you mean --format?"_s)) << swapped.err.constData();
  const CliRun extra = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"json"_s});
  EXPECT_EQ(extra.exitCode, 2);
  EXPECT_EQ(runCli({u"explain"_s, u"0x204"_s, u"--fromat"_s, u"json"_s}).exitCode, 2);
  EXPECT_EQ(runCli({u"--lagn"_s, u"zh_CN"_s}).exitCode, 2);  // the wizard refuses a near miss of its own options too
  const CliRun zh = runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--formt"_s, u"json"_s, u"--lang"_s, u"zh_CN"_s});
  EXPECT_EQ(zh.exitCode, 2);
  EXPECT_TRUE(QString::fromUtf8(zh.err).contains(u"--format"_s)) << zh.err.constData();
  EXPECT_FALSE(QString::fromUtf8(zh.err).contains(u"did you mean"_s)) << "not translated";
}

TEST(Cli, the_text_report_says_needs_facts_from_inside_the_server_once) {
  // Without evidence every guest check is skipped for the same reason; the text report used to repeat the long
  // sentence for each of them (25 times). Now: once, and one short line per step naming the checks.
  const int port = rdpd::test::closedLoopbackPort();
  const CliRun r =
      runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--lang"_s, u"en"_s, u"--timeout-ms"_s, u"1000"_s});
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  const QString text = QString::fromUtf8(r.out);
  EXPECT_EQ(text.count(u"Needs facts from inside the server: on step 1"_s), 1) << r.out.constData();
  const int perStep = int(text.count(u"Needs facts from inside the server (see below):"_s));
  EXPECT_GE(perStep, 5);   // guest checks sit on several steps
  EXPECT_LE(perStep, 11);  // at most one line per step
  const CliRun zh =
      runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--lang"_s, u"zh_CN"_s, u"--timeout-ms"_s, u"1000"_s});
  EXPECT_FALSE(QString::fromUtf8(zh.out).contains(u"Needs facts"_s)) << "not translated";
}

TEST(Cli, explain_names_the_new_catalogue_codes_in_both_languages) {
  // 0x608 (internal timer error) is the client's own failure: step 5, in the language asked for.
  const CliRun zh = runCli({u"explain"_s, u"0x608"_s, u"--lang"_s, u"zh_CN"_s});
  ASSERT_EQ(zh.exitCode, 0) << zh.err.constData();
  const QString zhOut = QString::fromUtf8(zh.out);
  EXPECT_TRUE(zhOut.contains(u"内部计时器错误"_s)) << zh.out.constData();
  EXPECT_TRUE(zhOut.contains(u"0x608"_s)) << zh.out.constData();
  EXPECT_TRUE(zhOut.contains(u"转到第 5 步"_s)) << zh.out.constData();
  EXPECT_FALSE(zhOut.contains(u"Internal timer error"_s)) << zh.out.constData();
  const CliRun en = runCli({u"explain"_s, u"Error code: 0x2207"_s, u"--format"_s, u"json"_s});
  ASSERT_EQ(en.exitCode, 0) << en.err.constData();
  const QJsonObject first = QJsonDocument::fromJson(en.out).object().value(u"matches"_s).toArray().first().toObject();
  EXPECT_EQ(first.value(u"entry_id"_s).toString(), u"smartcard"_s);
  EXPECT_EQ(first.value(u"causes"_s).toArray().first().toString(), u"wrong_credentials"_s);
}
