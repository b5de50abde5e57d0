// .rdpdoctor session files: save -> open gives identical results; damaged, truncated, oversized, newer and foreign
// files are refused with a message naming the file and the problem; nothing secret is written.
#include "checks/session/saved_session.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "checks/report/diagnosis_report.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {
SessionData sample() {
  SessionData d;
  d.target = Target::fromInput(u"[2001:db8::5]:3390"_s);
  d.target.userHint = u"secret-user"_s;  // must not be saved
  d.target.extraPorts = {3391, 13389};
  d.clientError = u"错误代码: 0x204"_s;
  d.target.clientError = d.clientError;
  d.savedAt = QDateTime(QDate(2026, 11, 25), QTime(21, 5, 0, 123), Qt::UTC);
  d.startedAt = QDateTime(QDate(2026, 11, 25), QTime(21, 0, 0), Qt::UTC);
  d.durationMs = 4321;
  d.appVersion = u"0.1.0"_s;
  d.savedBy = u"Li Wei (张三)"_s;
  d.language = u"zh_CN"_s;
  d.clientOs = u"Windows 11"_s;
  CheckResult a = makeResult(Status::Fail,
                             {{u"state"_s, u"filtered"_s},
                              {u"elapsed_ms"_s, qint64(3001)},
                              {u"ratio"_s, 0.25},
                              {u"ok"_s, false},
                              {u"nothing"_s, QVariant()},
                              {u"list"_s, QVariantList{u"a"_s, 2, true}},
                              {u"nested"_s, QVariantMap{{u"ttl"_s, qint64(3)}, {u"address"_s, u"198.51.100.1"_s}}}},
                             u"port-filtered"_s);
  a.id = u"net.tcp_connect"_s;
  a.step = 3;
  a.origin = Origin::Remote;
  a.summary = u"端口无响应"_s;
  a.detail = u"Line one\nLine two"_s;
  a.durationMs = 3002;
  a.finishedAt = QDateTime(QDate(2026, 11, 25), QTime(21, 0, 3, 7), Qt::UTC);
  CheckResult b = makeResult(Status::NeedsInput, {{u"recognised"_s, false}});
  b.id = u"client.error_text"_s;
  b.step = 9;
  b.origin = Origin::Local;
  b.finishedAt = a.finishedAt;
  d.results = {{a.id, a}, {b.id, b}};
  d.confirmations = {u"port.sg_rule_added"_s, u"console.login_ok"_s};
  d.notes = {{3, u"Added 3389 for my IP"_s}, {11, u"重启过了"_s}};
  return d;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
  const QString p = dir.filePath(name);
  QFile f(p);
  f.open(QIODevice::WriteOnly);
  f.write(bytes);
  return p;
}
}  // namespace

TEST(SavedSession, save_then_open_gives_identical_results) {
  QTemporaryDir dir;
  const QString path = dir.filePath(u"case.rdpdoctor"_s);
  const SessionData d = sample();
  ASSERT_EQ(SavedSession::save(path, d), QString());
  const SessionLoad l = SavedSession::load(path);
  ASSERT_TRUE(l.ok()) << l.message.toStdString();
  const SessionData &o = *l.data;
  ASSERT_EQ(o.results.keys().size(), d.results.size());
  for (auto it = d.results.cbegin(); it != d.results.cend(); ++it) {
    EXPECT_EQ(o.results.value(it.key()), it.value()) << it.key().toStdString();
  }
  EXPECT_EQ(o.confirmations, d.confirmations);
  EXPECT_EQ(o.notes, d.notes);
  EXPECT_EQ(o.clientError, d.clientError);
  EXPECT_EQ(o.savedBy, d.savedBy);
  EXPECT_EQ(o.savedAt, d.savedAt);
  EXPECT_EQ(o.startedAt, d.startedAt);
  EXPECT_EQ(o.durationMs, d.durationMs);
  EXPECT_EQ(o.language, d.language);
  EXPECT_EQ(o.appVersion, d.appVersion);
  EXPECT_EQ(o.target.host, d.target.host);
  EXPECT_EQ(o.target.port, 3390);
  EXPECT_EQ(o.target.kind, HostKind::Ipv6);
  EXPECT_EQ(o.target.extraPorts, d.target.extraPorts);
  EXPECT_TRUE(o.target.isValid());
  // Saving what was opened gives the same bytes.
  EXPECT_EQ(SavedSession::toJson(o), SavedSession::toJson(d));
}

TEST(SavedSession, never_writes_the_account_name) {
  const QByteArray bytes = SavedSession::toJson(sample());
  EXPECT_FALSE(bytes.contains("secret-user"));
  EXPECT_FALSE(bytes.toLower().contains("password"));
  const QJsonObject o = QJsonDocument::fromJson(bytes).object();
  EXPECT_EQ(o.value(u"format"_s).toString(), u"rdp-doctor/session"_s);
  EXPECT_EQ(o.value(u"version"_s).toInt(), 1);
}

TEST(SavedSession, damaged_files_are_refused_with_a_clear_message) {
  QTemporaryDir dir;
  const QByteArray good = SavedSession::toJson(sample());
  struct Case {
    const char *name;
    QByteArray bytes;
    SessionError error;
  };
  QJsonObject newer = QJsonDocument::fromJson(good).object();
  newer.insert(u"version"_s, 99);
  QJsonObject noVersion = QJsonDocument::fromJson(good).object();
  noVersion.remove(u"version"_s);
  QJsonObject badResult = QJsonDocument::fromJson(good).object();
  badResult.insert(u"results"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"status"_s, u"exploded"_s}}});
  QJsonObject badNote = QJsonDocument::fromJson(good).object();
  badNote.insert(u"notes"_s, QJsonArray{QJsonObject{{u"step"_s, 42}, {u"text"_s, u"?"_s}}});
  const Case cases[] = {
      {"truncated.rdpdoctor", good.left(good.size() / 2), SessionError::NotJson},
      {"garbage.rdpdoctor", QByteArray("\x00\xff\x13 not json", 14), SessionError::NotJson},
      {"empty.rdpdoctor", QByteArray(), SessionError::NotJson},
      {"report.rdpdoctor", R"({"schema":"rdp-doctor/report","schema_version":1})", SessionError::Foreign},
      {"array.rdpdoctor", "[1,2,3]", SessionError::Foreign},
      {"newer.rdpdoctor", QJsonDocument(newer).toJson(), SessionError::TooNew},
      {"noversion.rdpdoctor", QJsonDocument(noVersion).toJson(), SessionError::Invalid},
      {"badresult.rdpdoctor", QJsonDocument(badResult).toJson(), SessionError::Invalid},
      {"badnote.rdpdoctor", QJsonDocument(badNote).toJson(), SessionError::Invalid},
  };
  for (const Case &c : cases) {
    const QString name = QString::fromLatin1(c.name);
    const SessionLoad l = SavedSession::load(writeFile(dir, name, c.bytes));
    EXPECT_FALSE(l.ok()) << c.name;
    EXPECT_EQ(l.error, c.error) << c.name;
    EXPECT_TRUE(l.message.contains(name)) << c.name << ": " << l.message.toStdString();
  }
  const SessionLoad missing = SavedSession::load(dir.filePath(u"nope.rdpdoctor"_s));
  EXPECT_EQ(missing.error, SessionError::NotFound);
  EXPECT_TRUE(missing.message.contains(u"nope.rdpdoctor"_s));
  EXPECT_TRUE(SavedSession::load(writeFile(dir, u"newer2.rdpdoctor"_s, QJsonDocument(newer).toJson()))
                  .message.contains(u"newer"_s));
}

TEST(SavedSession, oversized_files_are_refused_before_parsing) {
  QTemporaryDir dir;
  const QString path = dir.filePath(u"big.rdpdoctor"_s);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  ASSERT_TRUE(f.resize(SavedSession::kMaxBytes + 1));
  f.close();
  const SessionLoad l = SavedSession::load(path);
  EXPECT_EQ(l.error, SessionError::TooLarge);
  EXPECT_TRUE(l.message.contains(u"10 MB"_s));
  EXPECT_EQ(SavedSession::fromJson(QByteArray(SavedSession::kMaxBytes + 1, ' ')).error, SessionError::TooLarge);
}

TEST(SavedSession, failed_save_says_why) {
  const QString err = SavedSession::save(u"/nonexistent-dir/x.rdpdoctor"_s, sample());
  EXPECT_FALSE(err.isEmpty());
  EXPECT_TRUE(err.contains(u"/nonexistent-dir/x.rdpdoctor"_s));
}

TEST(SavedSession, a_session_becomes_a_report_with_its_confirmations_and_notes) {
  const DiagnosisReport r = reportFromSession(sample());
  EXPECT_EQ(r.checks.size(), 2);
  EXPECT_EQ(r.confirmations, sample().confirmations);
  EXPECT_EQ(r.notes, sample().notes);
  EXPECT_EQ(r.clientError, sample().clientError);
  EXPECT_EQ(r.clientOs, u"Windows 11"_s);
  ASSERT_NE(r.verdict(), nullptr);
  EXPECT_EQ(r.verdict()->id, u"port_filtered"_s);
}
