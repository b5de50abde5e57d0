// Reports: golden Markdown and JSON from a fixed diagnosis, self-contained HTML screenshotted in headless Chromium,
// PDF through the real CLI checked with pdftotext, ticket summary, atomic writes, and redaction in every format.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "checks/report/diagnosis_report.h"
#include "checks/report/report_export.h"
#include "checks/report/report_redact.h"
#include "tests/support/loopback.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {
const QString kHost = u"rdp.example-corp.com"_s;
const QString kIp4 = u"203.0.113.10"_s;
const QString kIp6 = u"2001:db8::10"_s;
const QString kComputer = u"WIN-SECRET01"_s;
const QString kUser = u"alice.admin"_s;

CheckResult result(const char *id, int step, Origin o, Status s, const QString &summary, Findings ev,
                   const QString &fix = {}) {
  CheckResult r = makeResult(s, std::move(ev), fix);
  r.id = QString::fromLatin1(id);
  r.step = step;
  r.origin = o;
  r.summary = summary;
  r.durationMs = 12;
  r.finishedAt = QDateTime(QDate(2026, 11, 25), QTime(21, 0, 1), Qt::UTC);
  return r;
}

// A fixed diagnosis: name resolves to v4+v6, port dropped, the client said 0x204, the user ticked two things.
DiagnosisReport fixedReport() {
  Target t = Target::fromInput(kHost + u":3389"_s);
  t.userHint = kUser;
  t.clientError = u"Remote Desktop can't connect to the remote computer.\nRemote computer: "_s + kHost +
                  u" (" + kIp4 + u")\nError code: 0x204"_s;
  QHash<QString, CheckResult> res;
  auto add = [&](CheckResult r) { res.insert(r.id, r); };
  add(result("target.validate", 3, Origin::Local, Status::Pass, u"Address and port are valid."_s,
             {{u"host"_s, kHost}, {u"port"_s, 3389}, {u"host_kind"_s, u"name"_s}}));
  add(result("net.dns", 5, Origin::Local, Status::Pass, u"%1 resolves to %2 and %3."_s.arg(kHost, kIp4, kIp6),
             {{u"host"_s, kHost}, {u"addresses"_s, QStringList{kIp4, kIp6}}, {u"elapsed_ms"_s, 3}}));
  add(result("net.tcp_connect", 3, Origin::Remote, Status::Fail,
             u"No answer from %1 port 3389 within 3000 ms: the connection is silently dropped."_s.arg(kIp4),
             {{u"state"_s, u"filtered"_s}, {u"address"_s, kIp4}, {u"port"_s, 3389}, {u"timeout_ms"_s, 3000}},
             u"port-filtered"_s));
  add(result("rdp.identity", 9, Origin::Remote, Status::Skipped, u"Not run: the port is closed."_s,
             {{u"dns_computer"_s, QString(kComputer + u".corp.internal"_s)}, {u"netbios_computer"_s, kComputer},
              {u"user"_s, kUser}}));
  CheckResult ce = result("client.error_text", 9, Origin::Local, Status::Warn, u"Recognised message"_s, {});
  const auto m = lookup::ErrorLookup::standard().match(t.clientError, u"en"_s);
  ce.findings = {{u"recognised"_s, true},
                 {u"entry_id"_s, m.first().entryId},
                 {u"matched_by"_s, u"code"_s},
                 {u"causes"_s, QVariantList{u"port_filtered"_s, u"port_refused"_s}},
                 {u"steps"_s, QVariantList{3, 4}},
                 {u"weight"_s, 0.66},
                 {u"score"_s, 0.95},
                 {u"go_to_step"_s, 3}};
  add(ce);
  DiagnosisReport r = buildReport(t, QDateTime(QDate(2026, 11, 25), QTime(21, 0, 0), Qt::UTC), 3456, res);
  r.appVersion = u"TEST"_s;
  r.clientOs = u"TestOS 1.0"_s;
  r.language = u"en"_s;
  r.errorMatches = lookup::ErrorLookup::standard().match(t.clientError, u"en"_s);
  r.confirmations = {u"port.sg_rule_added"_s, u"console.login_ok"_s};
  r.notes = {{3, u"Rule added for "_s + kIp4 + u"; still nothing."_s}, {1, u"VNC login works as "_s + kUser}};
  resolveFixLinks(r);
  return r;
}

QString golden(const QString &name) { return QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/reports/") + name; }

void compareGolden(const QByteArray &actual, const QString &name) {
  if (qEnvironmentVariableIsSet("RDPD_UPDATE_GOLDEN")) {
    QFile f(golden(name));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(actual);
  }
  QFile f(golden(name));
  ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "missing golden file " << name.toStdString()
                                           << " (run with RDPD_UPDATE_GOLDEN=1 once)";
  EXPECT_EQ(QString::fromUtf8(f.readAll()), QString::fromUtf8(actual)) << name.toStdString();
}

QStringList ipLiterals(const QString &text) {
  QStringList out;
  static const QRegularExpression v4(u"\\d{1,3}(?:\\.\\d{1,3}){3}"_s);
  for (auto it = v4.globalMatch(text); it.hasNext();) {
    const QString s = it.next().captured(0);
    if (!QHostAddress(s).isNull()) out << s;
  }
  static const QRegularExpression v6(u"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*"_s);
  for (auto it = v6.globalMatch(text); it.hasNext();) {
    const QString s = it.next().captured(0);
    if (QHostAddress(s).protocol() == QAbstractSocket::IPv6Protocol) out << s;
  }
  return out;
}

struct Cli {
  int exitCode = -1;
  QByteArray out, err;
};
Cli runCli(const QStringList &args) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove(u"DISPLAY"_s);
  env.remove(u"WAYLAND_DISPLAY"_s);
  env.remove(u"QT_QPA_PLATFORM"_s);
  p.setProcessEnvironment(env);
  p.start(QString::fromUtf8(RDPD_BINARY_PATH), args);
  Cli c;
  if (!p.waitForFinished(60000)) {
    p.kill();
    p.waitForFinished();
    return c;
  }
  c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  c.out = p.readAllStandardOutput();
  c.err = p.readAllStandardError();
  return c;
}
}  // namespace

TEST(ReportGolden, markdown_matches_the_golden_file) {
  const ExportResult r = renderReport(fixedReport(), ReportFormat::Markdown);
  ASSERT_TRUE(r.ok);
  compareGolden(r.bytes, u"report.md"_s);
}

TEST(ReportGolden, json_matches_the_golden_file_and_keeps_the_contract) {
  const ExportResult r = renderReport(fixedReport(), ReportFormat::Json);
  ASSERT_TRUE(r.ok);
  compareGolden(r.bytes, u"report.json"_s);
  const QJsonObject o = QJsonDocument::fromJson(r.bytes).object();
  for (const char *k : {"schema", "schema_version", "app_version", "language", "target", "started_at", "duration_ms",
                        "checks", "causes", "verdict", "client", "error_matches", "confirmations", "notes", "fix_links",
                        "redacted"})
    EXPECT_TRUE(o.contains(QString::fromLatin1(k))) << k;
  EXPECT_EQ(o.value(u"schema_version"_s).toInt(), 1);
  EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"cause_id"_s).toString(), u"port_filtered"_s);
  EXPECT_EQ(o.value(u"client"_s).toObject().value(u"os"_s).toString(), u"TestOS 1.0"_s);
  EXPECT_FALSE(o.value(u"fix_links"_s).toArray().isEmpty());
}

TEST(ReportMarkdown, has_every_section_a_ticket_needs) {
  const QString md = toMarkdown(fixedReport());
  for (const QString &s : {u"Verdict:"_s, u"TestOS 1.0"_s, u"> Error code: 0x204"_s, u"Already done by the user"_s,
                           u"- [x] The security group has an inbound rule"_s, u"## Notes"_s, u"## How to fix it"_s,
                           u"](https://"_s, u"| 3 |"_s})
    EXPECT_TRUE(md.contains(s)) << s.toStdString();
}

TEST(ReportHtml, is_one_self_contained_file_that_prints) {
  const QString html = toHtml(fixedReport());
  EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
  EXPECT_TRUE(html.contains(u"<style>"_s));
  EXPECT_TRUE(html.contains(u"@media print"_s));
  EXPECT_TRUE(html.contains(u"<svg"_s));
  // Nothing is fetched from anywhere: no external stylesheet, script or image.
  EXPECT_FALSE(html.contains(u"<link"_s));
  EXPECT_FALSE(html.contains(u"<script"_s));
  EXPECT_FALSE(html.contains(u"src=\"http"_s));
  EXPECT_FALSE(html.contains(u"<img"_s));
  EXPECT_TRUE(html.contains(u"Verdict:"_s));
}

TEST(ReportHtml, renders_in_headless_chromium) {
  QString chromium;
  for (const QString &n : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
    chromium = QStandardPaths::findExecutable(n);
    if (!chromium.isEmpty()) break;
  }
  if (chromium.isEmpty()) GTEST_SKIP() << "chromium is not installed (scripts/bootstrap.sh installs it)";
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString html = dir.filePath(u"report.html"_s);
  const QString png = dir.filePath(u"report.png"_s);
  const ExportResult w = exportReport(fixedReport(), ReportFormat::Html, html);
  ASSERT_TRUE(w.ok) << w.message.toStdString();
  QProcess p;
  p.start(chromium, {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s, u"--no-first-run"_s,
                     u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
                     u"--user-data-dir="_s + dir.filePath(u"profile"_s), u"--screenshot="_s + png,
                     u"--window-size=1000,1400"_s, u"file://"_s + html});
  ASSERT_TRUE(p.waitForFinished(90000)) << "chromium did not finish";
  QFile f(png);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << p.readAllStandardError().constData();
  const QByteArray bytes = f.readAll();
  EXPECT_TRUE(bytes.startsWith("\x89PNG"));
  // A blank 1000x1400 page compresses to a few KB; a rendered report is much larger.
  EXPECT_GT(bytes.size(), 20000) << "screenshot looks empty";
}

TEST(ReportTicket, is_short_and_has_verdict_evidence_and_what_was_tried) {
  const QString t = ticketSummary(fixedReport());
  EXPECT_LT(t.count(u'\n'), 25);
  EXPECT_TRUE(t.contains(u"Verdict:"_s));
  EXPECT_TRUE(t.contains(u"Key evidence:"_s));
  EXPECT_TRUE(t.contains(u"Already tried:"_s));
  EXPECT_TRUE(t.contains(u"(0x204)"_s));
  EXPECT_FALSE(t.contains(u'<'));
}

TEST(ReportWrite, failed_write_says_why_and_keeps_the_content) {
  const ExportResult r = exportReport(fixedReport(), ReportFormat::Markdown, u"/nonexistent-dir/x/report.md"_s);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.message.contains(u"/nonexistent-dir/x/report.md"_s));
  EXPECT_FALSE(r.bytes.isEmpty());
  // An existing file is replaced whole or not at all.
  QTemporaryDir dir;
  const QString path = dir.filePath(u"r.json"_s);
  ASSERT_TRUE(exportReport(fixedReport(), ReportFormat::Json, path).ok);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_FALSE(QJsonDocument::fromJson(f.readAll()).isNull());
}

TEST(ReportWrite, pdf_needs_the_gui_library_and_says_so) {
  QString err;
  EXPECT_TRUE(toPdf(fixedReport(), &err).isEmpty());  // checks_tests runs on QCoreApplication
  EXPECT_FALSE(err.isEmpty());
}

TEST(ReportFormats, names_and_extensions) {
  EXPECT_EQ(reportFormatFromString(u"md"_s), ReportFormat::Markdown);
  EXPECT_EQ(reportFormatFromString(u"PDF"_s), ReportFormat::Pdf);
  EXPECT_EQ(reportFormatFromPath(u"/tmp/a.html"_s), ReportFormat::Html);
  EXPECT_FALSE(reportFormatFromString(u"docx"_s).has_value());
  EXPECT_EQ(reportFileExtension(ReportFormat::Markdown), u"md"_s);
}

TEST(ReportRedact, no_host_ip_or_account_survives_in_any_format) {
  const DiagnosisReport plain = fixedReport();
  ExportOptions eo;
  eo.redact = true;
  for (ReportFormat f : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Json, ReportFormat::Html,
                         ReportFormat::Ticket}) {
    const ExportResult r = renderReport(plain, f, eo);
    ASSERT_TRUE(r.ok);
    const QString text = QString::fromUtf8(r.bytes);
    SCOPED_TRACE(reportFormatName(f).toStdString());
    for (const QString &secret : {kHost, kIp4, kIp6, kComputer, kUser, u"alice"_s, u"corp.internal"_s})
      EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive)) << "leaked " << secret.toStdString();
    EXPECT_TRUE(ipLiterals(text).isEmpty()) << ipLiterals(text).join(u", "_s).toStdString();
    EXPECT_TRUE(text.contains(u"host-1"_s) || text.contains(u"ip-1"_s));
  }
  // The unredacted report does contain them (the test above can fail).
  const QString md = toMarkdown(plain);
  EXPECT_TRUE(md.contains(kHost));
  EXPECT_TRUE(md.contains(kIp4));
}

TEST(ReportRedact, placeholders_are_stable_within_a_report) {
  const DiagnosisReport r = redactReport(fixedReport());
  EXPECT_TRUE(r.redacted);
  EXPECT_EQ(r.target.host, u"host-1"_s);
  QString dnsSummary;
  for (const CheckResult &c : r.checks)
    if (c.id == u"net.dns"_s) dnsSummary = c.summary;
  EXPECT_TRUE(dnsSummary.startsWith(u"host-1 resolves to ip-"_s)) << dnsSummary.toStdString();
  // The same address gets the same placeholder in the summary, the evidence and the user's note.
  QString ipOfTcp;
  for (const CheckResult &c : r.checks)
    if (c.id == u"net.tcp_connect"_s) ipOfTcp = c.findings.value(u"address"_s).toString();
  EXPECT_TRUE(ipOfTcp.startsWith(u"ip-"_s));
  EXPECT_TRUE(r.notes.value(3).contains(ipOfTcp));
  EXPECT_TRUE(r.clientError.contains(ipOfTcp));
}

TEST(ReportRedact, times_versions_and_ports_survive) {
  Redactor red;
  EXPECT_EQ(red.apply(u"at 21:00:00.000, version 10.0.17763, port 3389"_s), u"at 21:00:00.000, version 10.0.17763, port 3389"_s);
  EXPECT_EQ(red.apply(u"from ::1 and fe80::1%eth0 and 10.0.0.5"_s), u"from ip-1 and ip-2 and ip-3"_s);
}

TEST(ReportCli, pdf_and_html_and_ticket_from_the_real_binary) {
  if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  QTemporaryDir dir;
  const int port = rdpd::test::closedLoopbackPort();
  const QString pdf = dir.filePath(u"r.pdf"_s);
  Cli c = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"pdf"_s, u"--output"_s, pdf,
                  u"--error"_s, u"Error code: 0x204"_s});
  ASSERT_EQ(c.exitCode, 1) << c.err.constData();
  QProcess p;
  p.start(u"pdftotext"_s, {pdf, u"-"_s});
  ASSERT_TRUE(p.waitForFinished(30000));
  const QString text = QString::fromUtf8(p.readAllStandardOutput());
  EXPECT_TRUE(text.contains(u"Verdict"_s)) << text.toStdString();
  EXPECT_TRUE(text.contains(u"127.0.0.1:%1"_s.arg(port))) << text.toStdString();
  EXPECT_TRUE(text.contains(u"0x204"_s));

  // Redacted PDF: the loopback address is gone.
  const QString pdf2 = dir.filePath(u"r2.pdf"_s);
  c = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"pdf"_s, u"--output"_s, pdf2, u"--redact"_s});
  ASSERT_EQ(c.exitCode, 1) << c.err.constData();
  QProcess p2;
  p2.start(u"pdftotext"_s, {pdf2, u"-"_s});
  ASSERT_TRUE(p2.waitForFinished(30000));
  const QString text2 = QString::fromUtf8(p2.readAllStandardOutput());
  EXPECT_TRUE(text2.contains(u"Verdict"_s));
  EXPECT_FALSE(text2.contains(u"127.0.0.1"_s)) << text2.toStdString();

  c = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"ticket"_s, u"--redact"_s});
  EXPECT_EQ(c.exitCode, 1);
  EXPECT_TRUE(c.out.contains("Verdict:"));
  EXPECT_FALSE(c.out.contains("127.0.0.1"));

  c = runCli({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--format"_s, u"html"_s, u"--output"_s,
              u"/nonexistent-dir/r.html"_s});
  EXPECT_EQ(c.exitCode, 3);
  EXPECT_TRUE(c.err.contains("/nonexistent-dir/r.html"));
}

TEST(ReportCli, explain_finds_codes_and_says_when_it_does_not_know) {
  Cli c = runCli({u"explain"_s, u"0x904"_s, u"--format"_s, u"json"_s});
  ASSERT_EQ(c.exitCode, 0) << c.err.constData();
  const QJsonObject o = QJsonDocument::fromJson(c.out).object();
  EXPECT_TRUE(o.value(u"recognised"_s).toBool());
  EXPECT_EQ(o.value(u"matches"_s).toArray().first().toObject().value(u"entry_id"_s).toString(), u"closed_by_server"_s);
  c = runCli({u"explain"_s, u"没有远程桌面授权服务器可以提供许可证"_s, u"--lang"_s, u"zh_CN"_s});
  EXPECT_EQ(c.exitCode, 0);
  EXPECT_TRUE(QString::fromUtf8(c.out).contains(u"mstsc /admin"_s));
  c = runCli({u"explain"_s, u"hello world"_s});
  EXPECT_EQ(c.exitCode, 1);
  EXPECT_TRUE(c.out.contains("Error code"));
  c = runCli({u"explain"_s});
  EXPECT_EQ(c.exitCode, 2);
}
