// The typable code: round trips, typo detection and location, and the shared test vector with the collector.
#include "checks/guest/typable_code.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QProcess>

#include "tests/checks/guest/guest_test_util.h"

using namespace rdpd;
using namespace rdpd::guest;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAlphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;

// Offsets of the 29 significant characters in a formatted code.
QList<int> significant(const QString &code) {
  QList<int> out;
  for (int i = 0; i < code.size(); ++i)
    if (code.at(i) != u'-') out << i;
  return out;
}

}  // namespace

TEST(TypableCode, format_is_short_grouped_and_versioned) {
  const QString code = encodeTypableCode(loadEvidence("healthy")->facts);
  EXPECT_EQ(code.size(), 35);
  EXPECT_LE(code.size(), 60);
  EXPECT_TRUE(code.startsWith(u"R1-"_s));
  EXPECT_EQ(code.split(u'-').size(), 7);
  EXPECT_EQ(significant(code).size(), kCodeLength);
  for (QChar c : code) EXPECT_TRUE(c == u'-' || c == u'R' || kAlphabet.contains(c)) << QString(c).toStdString();
}

TEST(TypableCode, round_trip_keeps_every_coded_fact) {
  for (const char *fixture : {"healthy", "port-out-of-range", "port-changed", "termservice-stopped", "security-layer-invalid",
                              "cert-expired", "licensing-expired", "high-cpu", "low-memory", "safedog", "deny-logon",
                              "ipsec", "firewall-block-rule", "account-locked", "selective-startup", "port-taken"}) {
    SCOPED_TRACE(fixture);
    const GuestFacts f = loadEvidence(fixture)->facts;
    const QString code = encodeTypableCode(f);
    const CodeDecode d = decodeTypableCode(code);
    ASSERT_EQ(d.error, CodeError::None) << code.toStdString();
    EXPECT_EQ(encodeTypableCode(d.facts), code);
    EXPECT_EQ(d.facts.portRdpTcp, f.portRdpTcp);
    EXPECT_EQ(d.facts.portTds, f.portTds);
    EXPECT_EQ(d.facts.rdpDenied, f.rdpDenied);
    EXPECT_EQ(d.facts.termServiceState, f.termServiceState);
    EXPECT_EQ(d.facts.listenerEnabled, f.listenerEnabled);
    EXPECT_EQ(d.facts.portOwner, f.portOwner);
    EXPECT_EQ(d.facts.securityLayerValid, f.securityLayerValid);
    EXPECT_EQ(d.facts.firewallAllowsPort, f.firewallAllowsPort);
    EXPECT_EQ(d.facts.firewallBlocksPort, f.firewallBlocksPort);
    EXPECT_EQ(d.facts.ipsecPresent, f.ipsecPresent);
    EXPECT_EQ(d.facts.cert, f.cert);
    EXPECT_EQ(d.facts.licensing, f.licensing);
    EXPECT_EQ(d.facts.memoryClass, f.memoryClass);
    EXPECT_EQ(d.facts.securitySoftware, f.securitySoftware);
    EXPECT_EQ(d.facts.accountLocked, f.accountLocked);
    EXPECT_EQ(d.facts.denyLogon, f.denyLogon);
    EXPECT_EQ(d.facts.selectiveStartup, f.selectiveStartup);
    EXPECT_EQ(d.facts.cpuPercent.has_value(), f.cpuPercent.has_value());
  }
}

TEST(TypableCode, unknown_facts_stay_unknown) {
  const CodeDecode d = decodeTypableCode(encodeTypableCode(GuestFacts{}));
  ASSERT_EQ(d.error, CodeError::None);
  EXPECT_FALSE(d.facts.portRdpTcp.has_value());
  EXPECT_FALSE(d.facts.rdpDenied.has_value());
  EXPECT_FALSE(d.facts.cpuPercent.has_value());
  EXPECT_EQ(d.facts.cert, CertState::Unknown);
}

TEST(TypableCode, typing_is_forgiving_about_case_spaces_and_look_alikes) {
  const QString code = encodeTypableCode(loadEvidence("healthy")->facts);
  QString typed = code.toLower();
  typed.replace(u'-', u' ');
  typed.replace(u'0', u'o');
  typed.replace(u'1', u'l');
  EXPECT_EQ(decodeTypableCode(typed).error, CodeError::None) << typed.toStdString();
  EXPECT_EQ(decodeTypableCode(u"  "_s + code.mid(0, 9) + u"   "_s + code.mid(9) + u"\n"_s).error, CodeError::None);
}

TEST(TypableCode, one_wrong_character_is_rejected_with_its_position) {
  const QString code = encodeTypableCode(loadEvidence("port-changed")->facts);
  const QList<int> sig = significant(code);
  int total = 0, located = 0;
  for (int k = 2; k < sig.size(); ++k) {
    for (QChar repl : kAlphabet) {
      if (repl == code.at(sig[k])) continue;
      QString typo = code;
      typo[sig[k]] = repl;
      const CodeDecode d = decodeTypableCode(typo);
      ++total;
      ASSERT_EQ(d.error, CodeError::Checksum) << typo.toStdString();
      if (d.located) {
        ++located;
        ASSERT_FALSE(d.swapped);
        ASSERT_EQ(d.position, sig[k]) << typo.toStdString();
      }
      ASSERT_GE(d.group, 1);
    }
  }
  // Location is unambiguous for practically every single typo.
  EXPECT_GE(located * 100, total * 97) << located << " of " << total;
}

TEST(TypableCode, import_message_names_group_and_character) {
  const QString code = encodeTypableCode(loadEvidence("healthy")->facts);
  QString typo = code;
  const int at = 3 + 6 * 2 + 1;  // group 3, character 2
  typo[at] = typo[at] == u'7' ? u'8' : u'7';
  const ImportResult r = EvidenceImport::fromCode(typo);
  ASSERT_EQ(r.error, ImportError::CodeChecksum);
  EXPECT_EQ(r.position, at);
  EXPECT_EQ(r.codeGroup, 3);
  EXPECT_EQ(r.codeCharInGroup, 2);
  EXPECT_TRUE(r.message.contains(u"group 3"_s)) << r.message.toStdString();
}

TEST(TypableCode, swapped_neighbours_are_detected) {
  const QString code = encodeTypableCode(loadEvidence("low-memory")->facts);
  const QList<int> sig = significant(code);
  int swaps = 0, named = 0;
  for (int k = 2; k + 1 < sig.size(); ++k) {
    QString typo = code;
    if (typo[sig[k]] == typo[sig[k + 1]]) continue;
    std::swap(typo[sig[k]], typo[sig[k + 1]]);
    const CodeDecode d = decodeTypableCode(typo);
    ++swaps;
    ASSERT_EQ(d.error, CodeError::Checksum) << typo.toStdString();
    if (d.located && d.swapped) {
      ++named;
      EXPECT_EQ(d.position, sig[k]);
      EXPECT_EQ(d.secondPosition, sig[k + 1]);
    }
  }
  EXPECT_GT(swaps, 10);
  EXPECT_GE(named * 100, swaps * 80) << named << " of " << swaps;
}

TEST(TypableCode, foreign_characters_length_and_version_are_explained) {
  const QString code = encodeTypableCode(loadEvidence("healthy")->facts);
  QString bad = code;
  bad[5] = u'U';
  CodeDecode d = decodeTypableCode(bad);
  EXPECT_EQ(d.error, CodeError::BadCharacter);
  EXPECT_EQ(d.position, 5);
  EXPECT_EQ(d.badChar, u'U');
  ImportResult r = EvidenceImport::fromCode(bad);
  EXPECT_EQ(r.error, ImportError::CodeBadCharacter);
  EXPECT_EQ(r.position, 5);

  EXPECT_EQ(decodeTypableCode(code.left(code.size() - 3)).error, CodeError::Length);
  EXPECT_EQ(decodeTypableCode(code + u"-AB"_s).error, CodeError::Length);
  r = EvidenceImport::fromCode(code.left(20));
  EXPECT_EQ(r.error, ImportError::CodeLength);
  EXPECT_TRUE(r.message.contains(u"29"_s));

  QString v2 = code;
  v2[1] = u'2';
  d = decodeTypableCode(v2);
  EXPECT_EQ(d.error, CodeError::Version);
  EXPECT_EQ(d.foundVersion, 2);
  EXPECT_EQ(decodeTypableCode(u"hello"_s).error, CodeError::Version);
}

TEST(TypableCode, typed_code_feeds_the_guest_checks) {
  const QString code = encodeTypableCode(loadEvidence("port-out-of-range")->facts);
  const ImportResult r = EvidenceImport::fromText(u"Code: "_s + code + u"\n"_s);
  ASSERT_TRUE(r.ok()) << r.message.toStdString();
  EXPECT_EQ(r.evidence->source, GuestEvidence::Source::Code);
  const auto results = runGuestChecks(guestTarget(r.evidence));
  const CheckResult p = results.value(u"guest.port_range"_s);
  EXPECT_EQ(p.status, Status::Fail);
  EXPECT_EQ(p.findings.value(u"bad_value"_s).toLongLong(), 113322);
  EXPECT_EQ(p.findings.value(u"evidence_source"_s).toString(), u"code"_s);
  // A code carries a memory class, not the exact number: the check says "at least".
  EXPECT_FALSE(results.value(u"guest.memory"_s).findings.value(u"exact"_s).toBool());
  EXPECT_EQ(results.value(u"guest.memory"_s).status, Status::Pass);
}

// The shared test vector: the collector prints typable_code computed by its PowerShell encoder from the same
// facts this parser derives. Both must agree (see docs/collector.md on how the vector was produced).
TEST(TypableCode, recorded_collector_sample_code_matches_the_cpp_encoder) {
  const auto ev = loadEvidence("recorded-sample");
  ASSERT_TRUE(ev);
  ASSERT_FALSE(ev->typableCode.isEmpty());
  EXPECT_EQ(encodeTypableCode(ev->facts), ev->typableCode) << encodeTypableCode(ev->facts).toStdString();
  const CodeDecode d = decodeTypableCode(ev->typableCode);
  ASSERT_EQ(d.error, CodeError::None);
  EXPECT_EQ(d.facts.portRdpTcp, ev->facts.portRdpTcp);
}

// Every fixture through the Python mirror of the PowerShell encoder (tests/fixtures/evidence/ps_encoder_mirror.py)
// and through the C++ encoder: the codes must be identical.
TEST(TypableCode, powershell_encoder_mirror_agrees_with_cpp_on_every_fixture) {
  const QString dir = QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/evidence");
  const QStringList files = QDir(dir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
  ASSERT_GT(files.size(), 20);
  QStringList args{dir + u"/ps_encoder_mirror.py"_s};
  for (const QString &f : files) args << dir + u'/' + f;
  QProcess p;
  p.start(u"python3"_s, args);
  if (!p.waitForStarted(5000)) GTEST_SKIP() << "python3 is not available to run the PowerShell encoder mirror";
  ASSERT_TRUE(p.waitForFinished(30000));
  ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
  const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), files.size());
  for (const QString &line : lines) {
    const qsizetype sep = line.lastIndexOf(u": "_s);
    const QString path = line.left(sep);
    const QString mirrored = line.mid(sep + 2).trimmed();
    const ImportResult r = EvidenceImport::fromFile(path);
    ASSERT_TRUE(r.ok()) << path.toStdString();
    EXPECT_EQ(encodeTypableCode(r.evidence->facts), mirrored) << path.toStdString();
  }
}
