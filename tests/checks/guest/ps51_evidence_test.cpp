// Issue #13's wrong verdicts, end to end through the real binary: rdp-doctor diagnose --evidence FILE with evidence
// shaped exactly as Windows PowerShell 5.1 writes it (tests/fixtures/evidence/ps51-*.json, made by
// make_ps51_fixtures.py: CRLF, ConvertTo-Json's own indentation, UTF-16LE with a BOM and the collector's trailing lines
// as "> file" saves them). The port in a fixture is rewritten to the loopback port the test probes, keeping the
// encoding, so the guest facts and the remote probe describe the same server.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/checks/guest/guest_test_util.h"
#include "tests/support/cli_runner.h"
#include "tests/support/full_backlog_listener.h"
#include "tests/support/loopback.h"

using namespace Qt::StringLiterals;

namespace {

struct CliRun : rdpd::test::CommandResult {
  QJsonObject report;
};

CliRun diagnose(const QStringList &args) {
  CliRun r;
  static_cast<rdpd::test::CommandResult &>(r) = rdpd::test::runCli(args);
  r.report = r.json();
  return r;
}

// The PS 5.1 fixture with "from" replaced by "to" in its text, written back as UTF-16LE with a BOM.
QString fixtureWithPort(const QTemporaryDir &dir, const char *name, const QString &from, int to) {
  QFile in(rdpd::test::evidenceFixture(name));
  EXPECT_TRUE(in.open(QIODevice::ReadOnly));
  const QByteArray raw = in.readAll();
  EXPECT_TRUE(raw.startsWith("\xFF\xFE")) << name << " is not UTF-16LE with a BOM";
  EXPECT_TRUE(raw.contains(QByteArray("\r\0\n\0", 4))) << name << " has no CRLF";
  QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData() + 2), (raw.size() - 2) / 2);
  EXPECT_TRUE(text.contains(u"\"schema\":  \"rdp-doctor/evidence\""_s)) << "not PS 5.1's layout";
  if (!from.isEmpty()) text.replace(from, QString::number(to));
  const QString path = dir.filePath(QString::fromLatin1(name) + u".json"_s);
  QFile out(path);
  EXPECT_TRUE(out.open(QIODevice::WriteOnly));
  out.write("\xFF\xFE");
  out.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
  return path;
}

QStringList args(int port, const QString &evidence) {
  return {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"json"_s, u"--timeout-ms"_s, u"1500"_s,
          u"--lang"_s, u"en"_s, u"--evidence"_s, evidence};
}

QJsonObject check(const QJsonObject &report, const QString &id) {
  for (const QJsonValue &c : report.value(u"checks"_s).toArray())
    if (c.toObject().value(u"id"_s).toString() == id) return c.toObject();
  return {};
}

QStringList causeIds(const QJsonObject &report) {
  QStringList ids;
  for (const QJsonValue &c : report.value(u"causes"_s).toArray()) ids << c.toObject().value(u"cause_id"_s).toString();
  return ids;
}

// Guards the helpers themselves: a report always lists its causes.
QString verdict(const CliRun &r) { return r.report.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(); }
QString advice(const CliRun &r) { return r.report.value(u"verdict"_s).toObject().value(u"advice"_s).toString(); }

}  // namespace

TEST(Ps51Evidence, not_elevated_never_blames_permissions_and_says_to_run_as_administrator) {
  const int port = rdpd::test::closedLoopbackPort();
  QTemporaryDir dir;
  for (const char *name : {"ps51-not-elevated", "ps51-not-elevated-v1.0"}) {
    SCOPED_TRACE(name);
    const CliRun r = diagnose(args(port, fixtureWithPort(dir, name, u"3389"_s, port)));
    ASSERT_EQ(r.exitCode, 1) << r.err.constData();
    ASSERT_FALSE(causeIds(r.report).isEmpty());
    // Before: the built-in Administrator (RID 500) was "not an administrator, not in Remote Desktop Users".
    const QJsonObject perm = check(r.report, u"guest.rdp_permission"_s);
    ASSERT_FALSE(perm.isEmpty());
    EXPECT_EQ(perm.value(u"status"_s).toString(), u"skipped"_s) << QJsonDocument(perm).toJson().constData();
    EXPECT_TRUE(perm.value(u"summary"_s).toString().contains(u"as administrator"_s)) << perm.value(u"summary"_s).toString().toStdString();
    EXPECT_FALSE(causeIds(r.report).contains(u"guest_no_rdp_permission"_s)) << r.out.left(3000).constData();
    EXPECT_NE(verdict(r), u"guest_no_rdp_permission"_s);
    // Other unread facts are unknown too: no "certificate missing" from a store it could not open.
    EXPECT_NE(check(r.report, u"guest.certificate"_s).value(u"status"_s).toString(), u"fail"_s);
  }
}

TEST(Ps51Evidence, the_shadow_rule_does_not_open_a_moved_port_so_the_firewall_is_blamed_not_the_security_group) {
  rdpd::test::FullBacklogListener filtered;  // silently dropped, like a blocked port
  ASSERT_GT(filtered.port(), 0);
  ASSERT_TRUE(filtered.connectHangs());
  QTemporaryDir dir;
  const CliRun r = diagnose(args(filtered.port(), fixtureWithPort(dir, "ps51-shadow-rule-3390", u"3390"_s, filtered.port())));
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  const QJsonObject fw = check(r.report, u"guest.firewall"_s);
  EXPECT_EQ(fw.value(u"status"_s).toString(), u"fail"_s) << QJsonDocument(fw).toJson().constData();
  EXPECT_EQ(verdict(r), u"guest_firewall_blocks"_s) << r.out.left(4000).constData();
  EXPECT_FALSE(causeIds(r.report).contains(u"security_group_blocks"_s));
  // The advice names the port that needs a rule.
  EXPECT_TRUE(advice(r).contains(QString::number(filtered.port()))) << advice(r).toStdString();
}

TEST(Ps51Evidence, selective_startup_is_ranked_above_the_stopped_service_it_causes) {
  const int port = rdpd::test::closedLoopbackPort();
  QTemporaryDir dir;
  const CliRun r = diagnose(args(port, fixtureWithPort(dir, "ps51-selective-startup", u"3389"_s, port)));
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  const QStringList causes = causeIds(r.report);
  ASSERT_TRUE(causes.contains(u"guest_selective_startup"_s)) << r.out.left(3000).constData();
  EXPECT_EQ(verdict(r), u"guest_selective_startup"_s);
  if (causes.contains(u"guest_termservice_stopped"_s)) {
    EXPECT_LT(causes.indexOf(u"guest_selective_startup"_s), causes.indexOf(u"guest_termservice_stopped"_s));
  }
  EXPECT_TRUE(advice(r).contains(u"Normal startup"_s));
  EXPECT_TRUE(advice(r).contains(u"NlaSvc"_s)) << advice(r).toStdString();  // the services it left off, by name
}

TEST(Ps51Evidence, two_port_values_that_disagree_have_their_own_cause_and_advice) {
  const int port = rdpd::test::closedLoopbackPort();
  QTemporaryDir dir;
  const CliRun r = diagnose(args(port, fixtureWithPort(dir, "ps51-port-values-disagree", u"3390"_s, port)));
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  EXPECT_EQ(verdict(r), u"guest_port_values_disagree"_s) << r.out.left(4000).constData();
  EXPECT_FALSE(causeIds(r.report).contains(u"guest_port_mismatch"_s));
  // Which value Windows listens on, and which to change.
  EXPECT_TRUE(advice(r).contains(QString::number(port))) << advice(r).toStdString();
  EXPECT_TRUE(advice(r).contains(u"Tds"_s)) << advice(r).toStdString();
  EXPECT_TRUE(r.report.value(u"verdict"_s).toObject().value(u"summary"_s).toString().contains(u"3389"_s));
}

TEST(Ps51Evidence, an_empty_evidence_file_says_what_happened_to_the_file) {
  QTemporaryDir dir;
  for (const QByteArray &content : {QByteArray(), QByteArray("\xFF\xFE"), QByteArray("\xFF\xFE\r\0\n\0", 6)}) {
    const QString path = dir.filePath(u"empty-%1.json"_s.arg(content.size()));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const CliRun r = diagnose({u"diagnose"_s, u"127.0.0.1"_s, u"--evidence"_s, path, u"--lang"_s, u"en"_s});
    EXPECT_EQ(r.exitCode, 2);
    const QString err = QString::fromLocal8Bit(r.err);
    EXPECT_TRUE(err.contains(u"is empty"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"Nothing was pasted"_s));
    const CliRun zh = diagnose({u"diagnose"_s, u"127.0.0.1"_s, u"--evidence"_s, path, u"--lang"_s, u"zh_CN"_s});
    EXPECT_FALSE(QString::fromUtf8(zh.err).contains(u"is empty"_s)) << "not translated";
  }
}
