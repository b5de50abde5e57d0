// The JSON report of every training-lab scenario, byte for byte, through the real binary
// (`rdp-doctor diagnose --lab ID --format json --lang en`), against tests/fixtures/lab-reports/<id>.json.
// Refactoring must not change a single byte of what users export. When a change of behaviour is intended, run the
// test with RDPD_UPDATE_GOLDEN=1 to rewrite the files and review the diff before committing it
// (RDPD_GOLDEN_BINARY=path/to/rdp-doctor writes them from another build, e.g. the commit before a refactoring).
//
// What differs from run to run is replaced before comparing, explicitly and only there (kVolatileKeys and
// volatileValues below): the clock (started_at, the clocks of the TLS check, durations), the loopback ports the lab
// listens on (new every run), the certificate the lab makes for every run (PEM, thumbprints, dates, and the days
// left, which round differently a few seconds apart), and measured
// round-trip times (evidence values and the "N ms" in sentences). Everything else must be identical: every check,
// status, sentence, evidence value, cause, confidence and fix link.
// What belongs to the computer running the test (its system, network interfaces and ICMP method) is replaced too,
// so the same golden files hold on Linux and on Windows (scripts/windows/test.sh runs this test under Wine).
// Not compared where this user may not send ping (see pingPermitted). A scenario must not depend on this
// computer's network otherwise: lab_offline_test runs some without any network and behind a proxy.
// One scenario is left out: lossy-path's pretend server drops connections by timing, so how many of them fail (and
// whether the path also counts as slow) differs between runs by design; lab_scenarios_test checks its verdict.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

#include "tests/support/cli_runner.h"

using namespace Qt::StringLiterals;

namespace {

QString binary() {
  const QString other = qEnvironmentVariable("RDPD_GOLDEN_BINARY");
  return other.isEmpty() || qEnvironmentVariableIntValue("RDPD_UPDATE_GOLDEN") != 1 ? rdpd::test::binaryPath() : other;
}
QString labDir() { return QStringLiteral(RDPD_SOURCE_DIR "/resources/lab"); }
QString goldenDir() { return QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/lab-reports"); }

const QStringList kTimingDependentScenarios{u"lossy-path"_s};

// Keys whose values change from run to run, whatever the scenario.
// system_error is the operating system's own words for a socket error ("Connection refused" on Linux, "Connection
// refused." from Windows' FormatMessage, translated on a Chinese system).
const QStringList kVolatileStringKeys{u"started_at"_s,   u"local_time"_s, u"server_time"_s,   u"certificate_pem"_s,
                                      u"sha1"_s,         u"sha256"_s,     u"not_before"_s,    u"not_after"_s,
                                      u"system_error"_s, u"taken_at"_s,   u"last_heartbeat"_s};
const QStringList kVolatileNumberKeys{u"days_left"_s,  u"duration_ms"_s, u"elapsed_ms"_s, u"handshake_ms"_s,
                                      u"timeout_ms"_s, u"jitter_ms"_s,   u"rtt_avg_ms"_s, u"rtt_max_ms"_s,
                                      u"rtt_min_ms"_s, u"rtt_ms"_s};
const QStringList kVolatileArrayKeys{u"samples_ms"_s, u"chain_pem"_s};

QString replaceAll(QString text, const QString &pattern, const QString &with) {
  return text.replace(QRegularExpression(pattern), with);
}

// The values of this run that also appear inside sentences: the lab's ports and the certificate's thumbprint.
QList<std::pair<QString, QString>> volatileValues(const QJsonObject &report) {
  QList<std::pair<QString, QString>> out;
  const int port = report.value(u"target"_s).toObject().value(u"port"_s).toInt();
  if (port > 0) out.append({QString::number(port), u"<lab_port>"_s});
  for (const QJsonValue &v : report.value(u"checks"_s).toArray()) {
    const QJsonObject c = v.toObject();
    const QJsonObject ev = c.value(u"evidence"_s).toObject();
    if (c.value(u"id"_s).toString() == u"net.alt_ports"_s) {
      for (const QJsonValue &p : ev.value(u"open_ports"_s).toArray())
        out.append({QString::number(p.toInt()), u"<lab_alt_port>"_s});
    }
    if (c.value(u"id"_s).toString() == u"rdp.certificate"_s && !ev.value(u"sha1"_s).toString().isEmpty())
      out.append({ev.value(u"sha1"_s).toString(), u"<cert_sha1>"_s});
    // The lab's pretend cloud: the console screenshot is taken now, the agent's heartbeat is relative to now.
    if (c.value(u"id"_s).toString() == u"cloud.screenshot"_s && ev.contains(u"taken_at"_s))
      out.append({QDateTime::fromString(ev.value(u"taken_at"_s).toString(), Qt::ISODate)
                      .toUTC()
                      .toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
                  u"<screenshot_time>"_s});
    if (c.value(u"id"_s).toString() == u"cloud.assistant"_s && !ev.value(u"last_heartbeat"_s).toString().isEmpty())
      out.append({ev.value(u"last_heartbeat"_s).toString(), u"<heartbeat>"_s});
    // The lab makes its certificates relative to today ("expired a year ago"): their dates appear in sentences.
    if (c.value(u"id"_s).toString() == u"rdp.certificate"_s) {
      for (const QString &key : {u"not_after"_s, u"not_before"_s}) {
        const QString date = ev.value(key).toString().left(10);
        if (date.size() == 10) out.append({date, u"<cert_date>"_s});
      }
    }
  }
  return out;
}

// What describes the computer the test runs on, not the scenario: its system, its network interfaces and how it
// measures (ICMP through raw sockets on Linux, the ICMP API on Windows). Replaced as JSON, then written back in the
// report's own format (QJsonDocument::Indented, as the product writes it), so nothing else moves.
const QStringList kThisComputerChecks{u"local.network"_s};
const QStringList kMethodChecks{u"net.icmp"_s, u"net.path"_s};
const QString kThisComputer = u"<this computer>"_s;

QByteArray withoutThisComputer(const QByteArray &json) {
  QJsonObject report = QJsonDocument::fromJson(json).object();
  if (report.isEmpty()) return json;
  QJsonObject client = report.value(u"client"_s).toObject();
  if (client.contains(u"os"_s)) client.insert(u"os"_s, kThisComputer);
  report.insert(u"client"_s, client);
  QJsonArray checks = report.value(u"checks"_s).toArray();
  for (qsizetype i = 0; i < checks.size(); ++i) {
    QJsonObject c = checks.at(i).toObject();
    const QString id = c.value(u"id"_s).toString();
    QJsonObject ev = c.value(u"evidence"_s).toObject();
    if (kThisComputerChecks.contains(id)) {
      c.insert(u"evidence"_s, QJsonObject{{u"this_computer"_s, kThisComputer}});
      c.insert(u"summary"_s, kThisComputer);
      if (!c.value(u"detail"_s).toString().isEmpty()) c.insert(u"detail"_s, kThisComputer);
    } else if (kMethodChecks.contains(id) && ev.contains(u"method"_s)) {
      ev.insert(u"method"_s, kThisComputer);
      c.insert(u"evidence"_s, ev);
    }
    checks.replace(i, c);
  }
  report.insert(u"checks"_s, checks);
  return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

// Whether this computer let the program send ping. The goldens are written where it may (ping on loopback answers,
// and the verdicts use that); a user without that right gets other, correct, reports.
bool pingPermitted(const QByteArray &json) {
  for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(u"checks"_s).toArray()) {
    const QJsonObject c = v.toObject();
    if (c.value(u"id"_s).toString() == u"net.icmp"_s)
      return c.value(u"evidence"_s).toObject().value(u"permitted"_s).toBool(true);
  }
  return true;
}

QByteArray normalize(QByteArray json) {
  json.replace("\r\n", "\n");  // Windows writes the console's line ends
  json = withoutThisComputer(json);
  QString text = QString::fromUtf8(json);
  for (const auto &[value, name] : volatileValues(QJsonDocument::fromJson(json).object()))
    text = replaceAll(text, u"(?<![0-9A-Za-z])%1(?![0-9A-Za-z])"_s.arg(QRegularExpression::escape(value)), name);
  text = replaceAll(text, uR"re("(%1)": "[^"]*")re"_s.arg(kVolatileStringKeys.join(u'|')), uR"re("\1": "<varies>")re"_s);
  text = replaceAll(text, uR"re("(%1)": -?[0-9.e+-]+)re"_s.arg(kVolatileNumberKeys.join(u'|')), uR"re("\1": "<ms>")re"_s);
  text = replaceAll(text, uR"re("(%1)": \[[^\]]*\])re"_s.arg(kVolatileArrayKeys.join(u'|')), uR"re("\1": "<varies>")re"_s);
  // Measured times inside sentences ("average 0.1 ms, from 0.0 to 0.2 ms", "accepted a connection in 1 ms").
  text = replaceAll(text, uR"re((?<![0-9.])[0-9]+(\.[0-9]+)? ms\b)re"_s, u"<n> ms"_s);
  text = replaceAll(text, uR"re(from [0-9]+(\.[0-9]+)? to)re"_s, u"from <n> to"_s);
  return text.toUtf8();
}

// The lines that differ, with their line numbers (at most kShown of them): short enough to read in a CI log, where
// the whole report would be cut off.
QString differences(const QByteArray &want, const QByteArray &got) {
  constexpr int kShown = 8;
  const QList<QByteArray> a = want.split('\n'), b = got.split('\n');
  QString out;
  int shown = 0;
  for (qsizetype i = 0; i < std::max(a.size(), b.size()) && shown < kShown; ++i) {
    const QByteArray x = a.value(i), y = b.value(i);
    if (x == y) continue;
    out += u"line %1\n  golden: %2\n  now:    %3\n"_s.arg(i + 1).arg(QString::fromUtf8(x.trimmed()),
                                                                     QString::fromUtf8(y.trimmed()));
    ++shown;
  }
  if (a.size() != b.size()) out += u"(%1 lines in the golden file, %2 now)\n"_s.arg(a.size()).arg(b.size());
  return out;
}

}  // namespace

TEST(LabReportGolden, every_scenario_report_is_byte_for_byte_the_golden_file) {
  QStringList files = QDir(labDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
  ASSERT_GE(files.size(), 15);
  for (const QString &id : kTimingDependentScenarios) ASSERT_TRUE(files.removeOne(id + u".json"_s)) << id.toStdString();
  ASSERT_TRUE(QFileInfo::exists(binary())) << binary().toStdString() << " is missing: build the rdp-doctor target";
  const bool update = qEnvironmentVariableIntValue("RDPD_UPDATE_GOLDEN") == 1;
  if (update) QDir().mkpath(goldenDir());
  constexpr qsizetype kParallel = 4;
  bool notPermitted = false;
  for (qsizetype start = 0; start < files.size(); start += kParallel) {
    std::vector<rdpd::test::CliProcess> runs;
    for (qsizetype i = start; i < std::min(files.size(), start + kParallel); ++i) {
      runs.emplace_back(
          QStringList{u"diagnose"_s, u"--lab"_s, files[i].chopped(5), u"--format"_s, u"json"_s, u"--lang"_s, u"en"_s},
          rdpd::test::CliOptions{.program = binary()});
    }
    for (size_t k = 0; k < runs.size(); ++k) {
      const QString id = files[start + qsizetype(k)].chopped(5);
      SCOPED_TRACE(id.toStdString());
      const rdpd::test::CommandResult run = runs[k].finish();
      ASSERT_FALSE(run.timedOut) << "diagnose --lab " << id.toStdString() << " did not finish";
      const QByteArray raw = run.out;
      ASSERT_FALSE(raw.isEmpty()) << run.err.toStdString();
      if (!update && !pingPermitted(raw)) {
        notPermitted = true;
        continue;
      }
      const QByteArray got = normalize(raw);
      QFile golden(goldenDir() + u'/' + id + u".json"_s);
      if (update) {
        ASSERT_TRUE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(got);
        continue;
      }
      ASSERT_TRUE(golden.open(QIODevice::ReadOnly))
          << golden.fileName().toStdString() << " is missing: run with RDPD_UPDATE_GOLDEN=1 to create it";
      const QByteArray want = golden.readAll();
      if (got != want) {
        const QString kept = QDir::temp().filePath(u"rdpd-golden-%1.json"_s.arg(id));
        QFile out(kept);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) out.write(got);
        ADD_FAILURE() << "the report of " << id.toStdString() << " changed (whole report: " << kept.toStdString()
                      << ")\n"
                      << differences(want, got).toStdString();
      }
    }
  }
  if (notPermitted)
    GTEST_SKIP() << "this user may not send ping, so ping answers in no report and the verdicts differ from the "
                    "golden files: run as root, or allow unprivileged ping (sysctl net.ipv4.ping_group_range='0 "
                    "2147483647'); the scenarios where ping was allowed were compared";
}

// The normalisation only touches what it names: a changed summary, verdict or evidence value still differs.
TEST(LabReportGolden, normalisation_touches_only_the_volatile_fields) {
  auto report = [](const char *started, int port, const char *summary, int duration) {
    return QStringLiteral(R"({"started_at": "%1", "target": {"port": %2}, "checks": [{"duration_ms": %4,
        "summary": "%3", "evidence": {"port": %2, "state": "open"}}]})")
        .arg(QLatin1StringView(started))
        .arg(port)
        .arg(QLatin1StringView(summary))
        .arg(duration)
        .toUtf8();
  };
  const QByteArray a = report("2026-01-01T00:00:00.000Z", 40001, "Port 40001 is open: in 1 ms.", 12);
  const QByteArray b = report("2026-02-02T10:00:00.000Z", 40002, "Port 40002 is open: in 0 ms.", 99);
  EXPECT_EQ(normalize(a), normalize(b));
  EXPECT_NE(normalize(a), normalize(report("2026-01-01T00:00:00.000Z", 40001, "Port 40001 is closed: in 1 ms.", 12)));
  EXPECT_NE(normalize(a), normalize(report("2026-01-01T00:00:00.000Z", 40001, "Port 40011 is open: in 1 ms.", 12)));
  EXPECT_NE(normalize(a), normalize(QByteArray(a).replace("\"open\"", "\"refused\"")));
}
