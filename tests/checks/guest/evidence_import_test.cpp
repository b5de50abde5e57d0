// Import of guest evidence: valid documents, console noise, and every kind of bad input with a clear message.
#include "checks/guest/evidence_import.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "tests/checks/guest/guest_test_util.h"

using namespace rdpd;
using namespace rdpd::guest;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
QByteArray fixtureBytes(const char *name) {
  QFile f(evidenceFixture(name));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}
}  // namespace

TEST(EvidenceImport, healthy_file_parses_into_facts) {
  const ImportResult r = EvidenceImport::fromFile(evidenceFixture("healthy"));
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  const GuestFacts &f = r.evidence->facts;
  EXPECT_EQ(r.evidence->source, GuestEvidence::Source::Json);
  EXPECT_EQ(r.evidence->collectorVersion, u"1.0.0"_s);
  EXPECT_EQ(f.portTds, 3389);
  EXPECT_EQ(f.portRdpTcp, 3389);
  EXPECT_EQ(f.rdpDenied, false);
  EXPECT_EQ(f.listenerEnabled, true);
  EXPECT_EQ(f.termServiceState, u"running"_s);
  EXPECT_EQ(f.portOwner, PortOwner::TermService);
  EXPECT_EQ(f.firewallOn, true);
  EXPECT_EQ(f.firewallAllowsPort, true);
  EXPECT_EQ(f.firewallBlocksPort, false);
  EXPECT_EQ(f.ipsecPresent, false);
  EXPECT_EQ(f.cert, CertState::Ok);
  EXPECT_EQ(f.licensing, Licensing::NotRdsh);
  EXPECT_EQ(f.memoryClass, 6);
  EXPECT_EQ(f.securitySoftware, SecuritySoftware::None);
  EXPECT_EQ(f.rdpPermission, true);
  EXPECT_EQ(f.denyLogon, false);
  EXPECT_EQ(f.passwordAfterBoot, false);
  EXPECT_EQ(f.bugchecks, 0);
  EXPECT_EQ(f.unexpectedShutdowns, 0);
  EXPECT_EQ(f.eventWindowHours, 24);
  EXPECT_EQ(f.rebootPendingServicing, false);
  EXPECT_EQ(f.rebootPendingUpdate, false);
  EXPECT_EQ(f.rebootPendingRename, false);
  EXPECT_TRUE(f.listenersKnown);
}

TEST(EvidenceImport, pasted_text_with_console_noise_around_the_json_is_accepted) {
  const QString json = QString::fromUtf8(fixtureBytes("healthy"));
  const QString pasted = u"PS C:\\Users\\Administrator> .\\collect-rdp-evidence.ps1 {noise}\r\n"_s + json +
                         u"\r\nEvidence saved to C:\\Windows\\Temp\\rdp-evidence.json\r\nCode: R1-00000-00000\r\nPS C:\\>"_s;
  const ImportResult r = EvidenceImport::fromText(pasted);
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.evidence->facts.portRdpTcp, 3389);
}

TEST(EvidenceImport, unknown_fields_are_tolerated) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  o.insert(u"future_section"_s, QJsonObject{{u"x"_s, 1}});
  QJsonObject rdp = o.value(u"rdp"_s).toObject();
  rdp.insert(u"something_new"_s, u"value"_s);
  o.insert(u"rdp"_s, rdp);
  const ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
}

TEST(EvidenceImport, malformed_json_reports_line_and_column) {
  const ImportResult r = EvidenceImport::fromText(u"{\n  \"schema\": \"rdp-doctor/evidence\",\n  \"schema_version\": 1,,\n}"_s);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.error, ImportError::NotJson);
  EXPECT_EQ(r.line, 3);
  EXPECT_GT(r.column, 1);
  EXPECT_GE(r.position, 0);
  EXPECT_TRUE(r.message.contains(u"line 3"_s)) << r.message.toStdString();
}

TEST(EvidenceImport, truncated_paste_is_called_truncated) {
  const QByteArray full = fixtureBytes("healthy");
  const ImportResult r = EvidenceImport::fromText(QString::fromUtf8(full.left(full.size() / 2)));
  EXPECT_EQ(r.error, ImportError::Truncated) << r.message.toStdString();
  EXPECT_FALSE(r.message.isEmpty());
  EXPECT_FALSE(r.evidence);
}

TEST(EvidenceImport, oversized_input_is_refused_before_parsing) {
  QByteArray big = "{\"schema\":\"rdp-doctor/evidence\",\"schema_version\":1,\"pad\":\"";
  big += QByteArray(int(kMaxEvidenceBytes), 'a');
  big += "\"}";
  EXPECT_EQ(EvidenceImport::fromJson(big).error, ImportError::TooLarge);
  QTemporaryDir dir;
  const QString path = dir.filePath(u"big.json"_s);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(big);
  f.close();
  const ImportResult r = EvidenceImport::fromFile(path);
  EXPECT_EQ(r.error, ImportError::TooLarge);
  EXPECT_TRUE(r.message.contains(u"5 MB"_s));
}

TEST(EvidenceImport, wrong_version_and_wrong_schema_are_named) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  o.insert(u"schema_version"_s, 2);
  ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::UnsupportedVersion);
  EXPECT_TRUE(r.message.contains(u"2"_s));
  o.insert(u"schema_version"_s, 1);
  o.insert(u"schema"_s, u"something/else"_s);
  r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::NotEvidence);
  EXPECT_EQ(EvidenceImport::fromJson("[1,2,3]").error, ImportError::NotEvidence);
  EXPECT_EQ(EvidenceImport::fromJson("   ").error, ImportError::Empty);
}

// Numbers far outside any integer type go through the one checked conversion (checks/core/json_number.h): a
// clear error, never an undefined double-to-integer cast (UBSan made fatal in the fuzz build finds those).
TEST(EvidenceImport, huge_numbers_are_refused_not_cast) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  for (double huge : {1e300, -1e300, 3e10, 1.5}) {
    o.insert(u"schema_version"_s, huge);
    const ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
    EXPECT_EQ(r.error, huge == 3e10 ? ImportError::UnsupportedVersion : ImportError::InvalidField) << huge;
  }
  o.insert(u"schema_version"_s, 1);
  QJsonObject rdp = o.value(u"rdp"_s).toObject();
  rdp.insert(u"port_tds"_s, 1e300);
  o.insert(u"rdp"_s, rdp);
  const ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::InvalidField);
  EXPECT_EQ(r.field, u"rdp.port_tds"_s);
}

TEST(EvidenceImport, a_known_field_with_the_wrong_type_is_named_by_path) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  QJsonObject rdp = o.value(u"rdp"_s).toObject();
  rdp.insert(u"port_tds"_s, u"3389"_s);
  o.insert(u"rdp"_s, rdp);
  const ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::InvalidField);
  EXPECT_EQ(r.field, u"rdp.port_tds"_s);
  EXPECT_TRUE(r.message.contains(u"rdp.port_tds"_s));

  o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  o.insert(u"services"_s, QJsonArray{1, 2});
  EXPECT_EQ(EvidenceImport::fromJson(QJsonDocument(o).toJson()).field, u"services[0]"_s);
}

TEST(EvidenceImport, missing_file_and_empty_paste_have_messages) {
  ImportResult r = EvidenceImport::fromFile(u"/nonexistent/evidence.json"_s);
  EXPECT_EQ(r.error, ImportError::FileUnreadable);
  EXPECT_FALSE(r.message.isEmpty());
  r = EvidenceImport::fromText(u"  \n "_s);
  EXPECT_EQ(r.error, ImportError::Empty);
}

TEST(EvidenceImport, section_errors_from_the_collector_are_kept) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  o.insert(u"errors"_s, QJsonArray{QJsonObject{{u"section"_s, u"ipsec"_s}, {u"message"_s, u"access denied"_s}}});
  o.remove(u"ipsec"_s);
  const ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.evidence->sectionErrors, QStringList{u"ipsec: access denied"_s});
  EXPECT_FALSE(r.evidence->facts.ipsecPresent.has_value());
}

TEST(EvidenceImport, recorded_collector_sample_validates_against_the_schema) {
  const ImportResult r = EvidenceImport::fromFile(evidenceFixture("recorded-sample"));
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_FALSE(r.evidence->typableCode.isEmpty());
  EXPECT_FALSE(r.evidence->facts.portRdpTcp == std::nullopt);
}

TEST(EvidenceImport, crash_counts_and_pending_restart_flags_become_facts) {
  ImportResult r = EvidenceImport::fromFile(evidenceFixture("crash-loop"));
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.evidence->facts.bugchecks, 2);
  // 3 Kernel-Power 41 and 3 EventLog 6008: the same three unclean restarts, counted once.
  EXPECT_EQ(r.evidence->facts.unexpectedShutdowns, 3);

  r = EvidenceImport::fromFile(evidenceFixture("restart-pending-updates"));
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.evidence->facts.rebootPendingServicing, true);
  EXPECT_EQ(r.evidence->facts.rebootPendingUpdate, true);
  EXPECT_EQ(r.evidence->facts.rebootPendingRename, false);
}

TEST(EvidenceImport, null_or_missing_pending_flags_and_crash_counts_stay_unknown) {
  QJsonObject o = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  QJsonObject os = o.value(u"os"_s).toObject();
  QJsonObject pending = os.value(u"reboot_pending"_s).toObject();
  pending.insert(u"file_rename"_s, QJsonValue::Null);
  os.insert(u"reboot_pending"_s, pending);
  o.insert(u"os"_s, os);
  QJsonObject events = o.value(u"events"_s).toObject();
  QJsonArray kept;
  for (const QJsonValue &c : events.value(u"counts"_s).toArray()) {
    const int id = c.toObject().value(u"id"_s).toInt();
    if (id == 41 || id == 6008 || id == 1001) continue;
    kept.append(c);
  }
  events.insert(u"counts"_s, kept);
  o.insert(u"events"_s, events);
  ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_FALSE(r.evidence->facts.rebootPendingRename.has_value());
  EXPECT_EQ(r.evidence->facts.rebootPendingUpdate, false);
  EXPECT_FALSE(r.evidence->facts.bugchecks.has_value());
  EXPECT_FALSE(r.evidence->facts.unexpectedShutdowns.has_value());

  os.remove(u"reboot_pending"_s);
  o.insert(u"os"_s, os);
  r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_FALSE(r.evidence->facts.rebootPendingServicing.has_value());
}

TEST(EvidenceImport, pending_flags_and_crash_counts_with_the_wrong_type_are_named) {
  const QJsonObject healthy = QJsonDocument::fromJson(fixtureBytes("healthy")).object();
  // reboot_pending must be an object.
  QJsonObject o = healthy;
  QJsonObject os = o.value(u"os"_s).toObject();
  os.insert(u"reboot_pending"_s, u"yes"_s);
  o.insert(u"os"_s, os);
  ImportResult r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::InvalidField);
  EXPECT_EQ(r.field, u"os.reboot_pending"_s);
  // Each flag must be a bool.
  os.insert(u"reboot_pending"_s, QJsonObject{{u"component_servicing"_s, false}, {u"windows_update"_s, 1}, {u"file_rename"_s, false}});
  o.insert(u"os"_s, os);
  r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::InvalidField);
  EXPECT_EQ(r.field, u"os.reboot_pending.windows_update"_s);
  EXPECT_TRUE(r.message.contains(u"os.reboot_pending.windows_update"_s)) << r.message.toStdString();
  // A crash count must be an integer.
  o = healthy;
  QJsonObject events = o.value(u"events"_s).toObject();
  QJsonArray counts = events.value(u"counts"_s).toArray();
  for (qsizetype i = 0; i < counts.size(); ++i) {
    QJsonObject c = counts.at(i).toObject();
    if (c.value(u"id"_s).toInt() == 1001) c.insert(u"count"_s, u"2"_s);
    counts.replace(i, c);
  }
  events.insert(u"counts"_s, counts);
  o.insert(u"events"_s, events);
  r = EvidenceImport::fromJson(QJsonDocument(o).toJson());
  EXPECT_EQ(r.error, ImportError::InvalidField);
  EXPECT_EQ(r.field, u"events.counts.count"_s);
  // So must the window.
  o = healthy;
  events = o.value(u"events"_s).toObject();
  events.insert(u"window_hours"_s, u"24"_s);
  o.insert(u"events"_s, events);
  EXPECT_EQ(EvidenceImport::fromJson(QJsonDocument(o).toJson()).field, u"events.window_hours"_s);
}
