// The evidence collector script: embedded in the binary, read-only by construction, and free of syntax errors
// (scripts/check-collector.sh parses it with the tree-sitter PowerShell grammar).
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
QString script() {
  QFile f(u":/collector/collect-rdp-evidence.ps1"_s);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

// Runs scripts/check-collector.sh; returns its exit code (77 = tool unavailable), or -1 if it did not finish.
int runLint(const QStringList &files, QByteArray *out) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(u"bash"_s, QStringList{QStringLiteral(RDPD_SOURCE_DIR "/scripts/check-collector.sh")} + files);
  if (!p.waitForFinished(600000)) { p.kill(); p.waitForFinished(); return -1; }
  *out = p.readAll();
  return p.exitCode();
}

bool lintEnabled() { return qEnvironmentVariable("RDPD_COLLECTOR_LINT") == u"1"_s; }
}  // namespace

TEST(GuestCollector, script_is_embedded_and_prints_json_file_and_code) {
  const QString s = script();
  ASSERT_FALSE(s.isEmpty());
  EXPECT_TRUE(s.contains(u"schema            = 'rdp-doctor/evidence'"_s));
  EXPECT_TRUE(s.contains(u"Code for RDP Doctor: "_s));
  EXPECT_TRUE(s.contains(u"param("_s));
}

TEST(GuestCollector, script_only_reads) {
  const QString s = script();
  ASSERT_FALSE(s.isEmpty());
  static const QRegularExpression writes(
      u"\\b(Set-ItemProperty|New-ItemProperty|Remove-ItemProperty|Set-Service|Stop-Service|Start-Service|Restart-\\w+|"
      u"Enable-NetFirewallRule|Disable-NetFirewallRule|Set-NetFirewall\\w*|New-NetFirewallRule|Remove-NetFirewallRule|"
      u"Set-NetIPsec\\w*|Export-PfxCertificate|ConvertFrom-SecureString|Get-Credential|Set-LocalUser|Add-LocalGroupMember|"
      u"Stop-Computer|Restart-Computer)\\b|\\.PrivateKey\\b|reg(\\.exe)?\\s+(add|delete|save|import)|secedit(\\.exe)?\\s+/configure"_s,
      QRegularExpression::CaseInsensitiveOption);
  const QRegularExpressionMatch m = writes.match(s);
  EXPECT_FALSE(m.hasMatch()) << m.captured().toStdString();
}

TEST(GuestCollector, script_parses_without_syntax_errors) {
  if (!lintEnabled())
    GTEST_SKIP() << "set RDPD_COLLECTOR_LINT=1 to run the PowerShell syntax check (scripts/check-collector.sh; it "
                    "installs the parser with npm and needs ~40 s of CPU)";
  QByteArray out;
  const int rc = runLint({}, &out);
  if (rc == 77) GTEST_SKIP() << "PowerShell parser unavailable: " << out.constData();
  EXPECT_EQ(rc, 0) << out.constData();
}

TEST(GuestCollector, syntax_check_catches_a_broken_script) {
  if (!lintEnabled()) GTEST_SKIP() << "set RDPD_COLLECTOR_LINT=1 to run the PowerShell syntax check";
  QTemporaryDir dir;
  const QString path = dir.filePath(u"broken.ps1"_s);
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write("function f {\n  if ($x) { Write-Output (1 + }\n");
  f.close();
  QByteArray out;
  const int rc = runLint({path}, &out);
  if (rc == 77) GTEST_SKIP() << "PowerShell parser unavailable: " << out.constData();
  EXPECT_EQ(rc, 1) << out.constData();
  EXPECT_TRUE(out.contains("broken.ps1:2:")) << out.constData();
}
