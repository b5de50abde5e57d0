// Training-lab scenario files: schema validation and bad-file handling (every problem comes back with the field and
// a reason, never a crash), and the helpers the parser relies on.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "checks/lab/lab_scenario.h"

using namespace Qt::StringLiterals;
using namespace rdpd::lab;

namespace {

QJsonObject minimal() {
  auto text = [](const char *en) { return QJsonObject{{u"en"_s, QString::fromLatin1(en)}, {u"zh_CN"_s, u"中文"_s}}; };
  return QJsonObject{{u"schema"_s, u"rdp-doctor/lab-scenario"_s},
                     {u"schema_version"_s, 1},
                     {u"id"_s, u"mine"_s},
                     {u"title"_s, text("Title")},
                     {u"description"_s, text("What happens")},
                     {u"answer"_s, text("Why")},
                     {u"expected"_s, QJsonObject{{u"cause"_s, u"healthy"_s}, {u"step"_s, 2}}},
                     {u"main"_s, QJsonObject{{u"behaviour"_s, u"rdp"_s}}}};
}

ScenarioParse parse(const QJsonObject &o) { return parseScenario(QJsonDocument(o).toJson(), u"mine.json"_s); }

}  // namespace

TEST(LabSchema, a_minimal_scenario_parses_with_windows_like_defaults) {
  const ScenarioParse p = parse(minimal());
  ASSERT_TRUE(p.ok()) << p.message.toStdString();
  EXPECT_EQ(p.scenario->id, u"mine"_s);
  EXPECT_EQ(p.scenario->main.behaviour, Behaviour::Rdp);
  EXPECT_EQ(p.scenario->main.rdp.flags, 0x1F);
  EXPECT_EQ(p.scenario->main.rdp.protocols, (QStringList{u"tls"_s, u"hybrid"_s}));
  EXPECT_EQ(p.scenario->main.rdp.certificate.keyBits, 2048);
  EXPECT_FALSE(p.scenario->alternative.has_value());
  EXPECT_TRUE(p.scenario->guestEvidence.isEmpty());
  EXPECT_EQ(p.scenario->title.in(u"zh_CN"_s), u"中文"_s);
  EXPECT_EQ(p.scenario->title.in(u"en"_s), u"Title"_s);
}

TEST(LabSchema, each_missing_required_field_is_named) {
  for (const char *field : {"schema", "schema_version", "id", "title", "description", "answer", "expected", "main"}) {
    QJsonObject o = minimal();
    o.remove(QString::fromLatin1(field));
    const ScenarioParse p = parse(o);
    EXPECT_FALSE(p.ok()) << field;
    EXPECT_EQ(p.field, QString::fromLatin1(field)) << p.message.toStdString();
    EXPECT_TRUE(p.message.contains(QString::fromLatin1(field))) << p.message.toStdString();
    EXPECT_TRUE(p.message.contains(u"mine.json"_s)) << p.message.toStdString();
  }
  QJsonObject o = minimal();
  QJsonObject title = o.value(u"title"_s).toObject();
  title.remove(u"zh_CN"_s);
  o.insert(u"title"_s, title);
  EXPECT_EQ(parse(o).field, u"title.zh_CN"_s);
  o = minimal();
  o.insert(u"expected"_s, QJsonObject{{u"cause"_s, u"healthy"_s}});
  EXPECT_EQ(parse(o).field, u"expected.step"_s);
}

TEST(LabSchema, wrong_types_and_bad_values_are_named_with_the_reason) {
  struct Case {
    QString path;
    QJsonObject main;
    ScenarioError error;
  };
  const QList<Case> cases{
      {u"main.behaviour"_s, {{u"behaviour"_s, 7}}, ScenarioError::WrongType},
      {u"main.behaviour"_s, {{u"behaviour"_s, u"teleport"_s}}, ScenarioError::BadValue},
      {u"main.protocols"_s, {{u"behaviour"_s, u"rdp"_s}, {u"protocols"_s, u"tls"_s}}, ScenarioError::WrongType},
      {u"main.protocols"_s,
       {{u"behaviour"_s, u"rdp"_s}, {u"protocols"_s, QJsonArray{u"quic"_s}}},
       ScenarioError::BadValue},
      {u"main.protocols"_s, {{u"behaviour"_s, u"rdp"_s}, {u"protocols"_s, QJsonArray{}}}, ScenarioError::BadValue},
      {u"main.failure_code"_s, {{u"behaviour"_s, u"rdp"_s}, {u"failure_code"_s, 7}}, ScenarioError::BadValue},
      {u"main.failure_code"_s, {{u"behaviour"_s, u"rdp"_s}, {u"failure_code"_s, 2.5}}, ScenarioError::WrongType},
      {u"main.flags"_s, {{u"behaviour"_s, u"rdp"_s}, {u"flags"_s, u"0x1F"_s}}, ScenarioError::WrongType},
      {u"main.tls"_s, {{u"behaviour"_s, u"rdp"_s}, {u"tls"_s, u"maybe"_s}}, ScenarioError::BadValue},
      {u"main.reply_delay_ms"_s, {{u"behaviour"_s, u"rdp"_s}, {u"reply_delay_ms"_s, 60000}}, ScenarioError::BadValue},
      {u"main.certificate.key_bits"_s,
       {{u"behaviour"_s, u"rdp"_s}, {u"certificate"_s, QJsonObject{{u"key_bits"_s, 512}}}},
       ScenarioError::BadValue},
      {u"main.certificate.signature"_s,
       {{u"behaviour"_s, u"rdp"_s}, {u"certificate"_s, QJsonObject{{u"signature"_s, u"md5"_s}}}},
       ScenarioError::BadValue},
      {u"main.certificate.expired"_s,
       {{u"behaviour"_s, u"rdp"_s}, {u"certificate"_s, QJsonObject{{u"expired"_s, u"yes"_s}}}},
       ScenarioError::WrongType},
      {u"main.identity.os_version"_s,
       {{u"behaviour"_s, u"rdp"_s}, {u"identity"_s, QJsonObject{{u"os_version"_s, u"ten"_s}}}},
       ScenarioError::BadValue},
      {u"main.certificate"_s, {{u"behaviour"_s, u"rdp"_s}, {u"certificate"_s, QJsonArray{}}}, ScenarioError::WrongType},
      {u"main.accept_pause_ms"_s, {{u"behaviour"_s, u"rdp"_s}, {u"accept_pause_ms"_s, 5000}}, ScenarioError::BadValue},
      {u"main.accept_pause_ms"_s,
       {{u"behaviour"_s, u"filtered"_s}, {u"accept_pause_ms"_s, 100}},
       ScenarioError::BadValue},
      // Far outside any integer type: a bad value through the checked conversion, never an undefined cast.
      {u"main.reply_delay_ms"_s, {{u"behaviour"_s, u"rdp"_s}, {u"reply_delay_ms"_s, 1e300}}, ScenarioError::BadValue},
      {u"main.flags"_s, {{u"behaviour"_s, u"rdp"_s}, {u"flags"_s, -1e19}}, ScenarioError::BadValue},
  };
  for (const Case &c : cases) {
    QJsonObject o = minimal();
    o.insert(u"main"_s, c.main);
    const ScenarioParse p = parse(o);
    EXPECT_FALSE(p.ok()) << c.path.toStdString();
    EXPECT_EQ(p.field, c.path) << p.message.toStdString();
    EXPECT_EQ(p.error, c.error) << c.path.toStdString();
    EXPECT_TRUE(p.message.contains(c.path)) << p.message.toStdString();
  }
  QJsonObject o = minimal();
  o.insert(u"id"_s, u"Has Spaces"_s);
  EXPECT_EQ(parse(o).field, u"id"_s);
  o = minimal();
  o.insert(u"expected"_s, QJsonObject{{u"cause"_s, u"healthy"_s}, {u"step"_s, 12}});
  EXPECT_EQ(parse(o).error, ScenarioError::BadValue);
  o = minimal();
  o.insert(u"alternative"_s, QJsonObject{{u"behaviour"_s, u"refused"_s}});
  EXPECT_EQ(parse(o).field, u"alternative.behaviour"_s);
}

TEST(LabSchema, guest_evidence_base_patch_and_document) {
  QJsonObject o = minimal();
  o.insert(u"guest_evidence"_s, QJsonObject{{u"base"_s, u"healthy"_s},
                                            {u"patch"_s, QJsonObject{{u"rdp"_s, QJsonObject{{u"deny_ts_connections"_s, 1}}},
                                                                     {u"security_software"_s, QJsonValue()}}}});
  ScenarioParse p = parse(o);
  ASSERT_TRUE(p.ok()) << p.message.toStdString();
  const QJsonObject ev = p.scenario->guestEvidence;
  EXPECT_EQ(ev.value(u"schema"_s).toString(), u"rdp-doctor/evidence"_s);
  EXPECT_EQ(ev.value(u"rdp"_s).toObject().value(u"deny_ts_connections"_s).toInt(), 1);
  EXPECT_EQ(ev.value(u"rdp"_s).toObject().value(u"port_rdp_tcp"_s).toString(), u"{{port}}"_s);  // untouched sibling
  EXPECT_FALSE(ev.contains(u"security_software"_s));  // null removes

  o.insert(u"guest_evidence"_s, QJsonObject{{u"base"_s, u"no-such-base"_s}});
  EXPECT_EQ(parse(o).field, u"guest_evidence.base"_s);
  o.insert(u"guest_evidence"_s, QJsonObject{{u"base"_s, u"healthy"_s}, {u"document"_s, QJsonObject{}}});
  EXPECT_EQ(parse(o).field, u"guest_evidence"_s);
  o.insert(u"guest_evidence"_s, QJsonObject{{u"patch"_s, QJsonObject{}}});
  EXPECT_EQ(parse(o).field, u"guest_evidence.base"_s);
  o.insert(u"guest_evidence"_s, QJsonObject{{u"document"_s, QJsonObject{{u"schema"_s, u"x"_s}}}});
  ASSERT_TRUE(parse(o).ok());
  EXPECT_EQ(parse(o).scenario->guestEvidence.value(u"schema"_s).toString(), u"x"_s);
}

TEST(LabSchema, invalid_json_not_an_object_other_schema_version_and_oversized_are_refused) {
  ScenarioParse p = parseScenario("{\n  \"schema\": \"rdp-doctor/lab-scenario\",\n  \"id\" \"x\"\n}", u"typo.json"_s);
  EXPECT_EQ(p.error, ScenarioError::NotJson);
  EXPECT_TRUE(p.message.contains(u"line 3"_s)) << p.message.toStdString();
  EXPECT_EQ(parseScenario("[1,2]").error, ScenarioError::NotScenario);
  EXPECT_EQ(parseScenario("").error, ScenarioError::NotJson);
  QJsonObject o = minimal();
  o.insert(u"schema"_s, u"rdp-doctor/evidence"_s);
  EXPECT_EQ(parse(o).error, ScenarioError::NotScenario);
  o = minimal();
  o.insert(u"schema_version"_s, 2);
  EXPECT_EQ(parse(o).error, ScenarioError::UnsupportedVersion);
  QByteArray big = QJsonDocument(minimal()).toJson();
  big.append(QByteArray(kMaxScenarioBytes, ' '));
  EXPECT_EQ(parseScenario(big).error, ScenarioError::TooLarge);

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(u"huge.json"_s);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(big);
  f.close();
  EXPECT_EQ(loadScenarioFile(path).error, ScenarioError::TooLarge);
  EXPECT_EQ(loadScenarioFile(dir.filePath(u"missing.json"_s)).error, ScenarioError::Unreadable);
  const ScenarioParse unknown = loadScenario(u"no-such-scenario"_s);
  EXPECT_EQ(unknown.error, ScenarioError::UnknownScenario);
  EXPECT_TRUE(unknown.message.contains(u"healthy"_s));
}

TEST(LabSchema, builtin_scenarios_all_parse_and_their_ids_match_their_files) {
  const ScenarioListing list = listScenarios();
  EXPECT_TRUE(list.failures.isEmpty()) << (list.failures.isEmpty() ? "" : list.failures.first().message.toStdString());
  ASSERT_GE(list.scenarios.size(), 15);
  for (const Scenario &s : list.scenarios) {
    EXPECT_EQ(s.sourcePath, u":/lab/%1.json"_s.arg(s.id));
    EXPECT_FALSE(s.title.zhCN.isEmpty()) << s.id.toStdString();
    EXPECT_FALSE(s.answer.zhCN.isEmpty()) << s.id.toStdString();
    EXPECT_TRUE(loadScenario(s.id).ok()) << s.id.toStdString();
  }
}

TEST(LabSchema, merge_patch_follows_rfc_7386) {
  const QJsonObject target = QJsonDocument::fromJson(R"({"a":"b","c":{"d":"e","f":"g"},"l":[1,2]})").object();
  const QJsonObject patch = QJsonDocument::fromJson(R"({"a":"z","c":{"f":null},"l":[3],"n":{"x":1}})").object();
  EXPECT_EQ(mergePatch(target, patch),
            QJsonDocument::fromJson(R"({"a":"z","c":{"d":"e"},"l":[3],"n":{"x":1}})").object());
}
