// rdp-doctor diagnose --evidence: bad files are refused with exit code 2; good evidence shows up in the report.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/checks/guest/guest_test_util.h"
#include "tests/support/cli_runner.h"
#include "tests/support/loopback.h"

using namespace Qt::StringLiterals;

using rdpd::test::runCli;
using CliRun = rdpd::test::CommandResult;

TEST(GuestCli, bad_evidence_file_is_refused_with_exit_code_2) {
  QTemporaryDir dir;
  const QString path = dir.filePath(u"bad.json"_s);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write("{\"schema\": \"rdp-doctor/evidence\", \"schema_version\": 1, \"collected_at\": ");
  f.close();
  const CliRun r = runCli({u"diagnose"_s, u"127.0.0.1:3389"_s, u"--evidence"_s, path, u"--lang"_s, u"en"_s});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.err.contains("evidence")) << r.err.constData();
  EXPECT_TRUE(r.out.isEmpty());
  EXPECT_EQ(runCli({u"diagnose"_s, u"127.0.0.1"_s, u"--evidence"_s}).exitCode, 2);
}

TEST(GuestCli, evidence_is_folded_into_the_report_and_verdict) {
  const int port = rdpd::test::closedLoopbackPort();
  const CliRun r = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"json"_s, u"--timeout-ms"_s, u"1000"_s,
                        u"--lang"_s, u"en"_s, u"--evidence"_s, rdpd::test::evidenceFixture("port-changed")});
  ASSERT_EQ(r.exitCode, 1) << r.err.constData();
  const QJsonObject report = QJsonDocument::fromJson(r.out).object();
  bool sawGuest = false;
  for (const QJsonValue &c : report.value(u"checks"_s).toArray()) {
    const QJsonObject o = c.toObject();
    if (o.value(u"id"_s).toString() == u"guest.port_match"_s) {
      sawGuest = true;
      EXPECT_EQ(o.value(u"origin"_s).toString(), u"guest"_s);
      EXPECT_EQ(o.value(u"status"_s).toString(), u"pass"_s);
    }
    if (o.value(u"id"_s).toString() == u"guest.port_target"_s) {
      EXPECT_EQ(o.value(u"status"_s).toString(), u"fail"_s);
    }
  }
  EXPECT_TRUE(sawGuest);
  // Refused on the port we tried while Remote Desktop listens on 5588: a port mismatch, from both sides.
  EXPECT_EQ(report.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(), u"guest_port_mismatch"_s)
      << r.out.left(4000).constData();
}
