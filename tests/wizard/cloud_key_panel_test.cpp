// The "Alibaba Cloud" tab with a key, against the API mock that checks every request's signature itself
// (tests/support/aliyun_mock_server.h): a typed key reads the instance behind a filtered loopback port, the verdict
// turns to the security group (no rule for the port from this computer) and step 3 quotes the rule to add; a missing
// RAM permission is explained in English and in Chinese; Cancel stops a hanging read at once; and the test secret is
// found in nothing the wizard writes (saved session, every report format, the log, the clipboard summary, the title).
#include <spdlog/spdlog.h>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include "checks/cloud/cloud_access.h"
#include "checks/core/logging.h"
#include "checks/report/report_export.h"
#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/full_backlog_listener.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/cloud_key_box.h"
#include "wizard/cloud_panel.h"
#include "wizard/diagnostic_page.h"
#include "wizard/summary_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using namespace rdpd::cloudtest;
using rdpd::test::WizardTest;

class CloudKeyPanelTest : public WizardTest {
 protected:
  void SetUp() override {
    WizardTest::SetUp();
    ASSERT_TRUE(mock.start());
    fillLoopbackCloud(mock);
    cloud::ApiClientConfig config;
    config.endpointOverride = mock.url();
    window->cloudAccess()->setApiConfig(config);
    // No profile file and no key in the environment: only what the test types.
    cloud::CredentialSources none;
    none.configPath = home.filePath(u"config.json"_s);
    window->cloudAccess()->setCredentialSources(none);
    window->cloudAccess()->setKeyStore(store);  // never the real keychain in tests
  }
  // Opens the cloud tab of a step and reads with the test key typed in.
  void typeKeyAndRead(int step, const QByteArray &secret = kSecret) {
    ASSERT_TRUE(window->jumpTo(pageForStep(step)));
    window->stepPage(step)->showExtraPanel(window->cloudPanel(step));
    auto *id = find<QLineEdit>(u"cloudKeyIdEdit"_s);
    auto *secretEdit = find<QLineEdit>(u"cloudSecretEdit"_s);
    ASSERT_TRUE(id && secretEdit);
    EXPECT_EQ(secretEdit->echoMode(), QLineEdit::Password);
    id->setText(QString::fromLatin1(kKeyId));
    secretEdit->setText(QString::fromLatin1(secret));
    find<QPushButton>(u"cloudReadButton"_s)->click();
  }
  QString keyStatus() const {
    auto *l = find<QLabel>(u"cloudKeyStatus"_s);
    return l ? l->text() : QString();
  }
  void setSettings(const QString &instance, const QString &region) {
    window->cloudAccess()->setSettings({instance, region, u"198.51.100.7"_s});
  }

  QTemporaryDir home;
  test::AliyunMockServer mock{kKeyId, kSecret};
  std::shared_ptr<cloud::MemoryKeyStore> store = std::make_shared<cloud::MemoryKeyStore>();
};

TEST_F(CloudKeyPanelTest, a_typed_key_reads_the_instance_and_the_verdict_names_the_security_group) {
  test::FullBacklogListener filtered;
  RDPD_REQUIRE_HANGING_CONNECT(filtered);
  setSettings({}, {});
  typeTarget(u"127.0.0.1:%1"_s.arg(filtered.port()));
  QTest::mouseClick(next(), Qt::LeftButton);
  typeKeyAndRead(3);
  EXPECT_TRUE(window->cloudAccess()->isReading());
  EXPECT_TRUE(find<QProgressBar>(u"cloudReadProgress"_s)->isVisible());
  EXPECT_TRUE(find<QPushButton>(u"cloudCancelButton"_s)->isVisible());
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr) << keyStatus().toStdString();
  EXPECT_TRUE(window->cloudAccess()->fromApi());
  EXPECT_GE(mock.count(u"DescribeSecurityGroupAttribute"_s), 2);
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning() &&
                      session()->result(u"cloud.security_group"_s).has_value() &&
                      session()->result(u"cloud.security_group"_s)->status == Status::Fail,
                  30000);
  // Filtered from outside + no rule for this port from this computer: the security group, not the firewall.
  ASSERT_FALSE(session()->causes().isEmpty());
  EXPECT_EQ(session()->causes().first().id, u"cloud_sg_no_rule"_s);
  // Step 3 shows the rule to add, exactly this computer and this port, ready to copy.
  auto *command = find<QLineEdit>(u"cloudAuthorizeCommand"_s);
  ASSERT_NE(command, nullptr);
  EXPECT_TRUE(command->isVisible());
  EXPECT_TRUE(command->text().contains(u"--Permissions.1.SourceCidrIp 198.51.100.7/32"_s))
      << command->text().toStdString();
  EXPECT_TRUE(command->text().contains(u"--Permissions.1.PortRange %1/%1"_s.arg(filtered.port())));
  auto *steps = find<QLabel>(u"cloudRuleConsoleSteps"_s);
  ASSERT_NE(steps, nullptr);
  EXPECT_TRUE(steps->text().contains(u"198.51.100.7/32"_s)) << steps->text().toStdString();
  find<QPushButton>(u"cloudCopyAuthorizeButton"_s)->click();
  EXPECT_EQ(QGuiApplication::clipboard()->text(), command->text());
}

TEST_F(CloudKeyPanelTest, a_missing_ram_permission_is_explained_in_english_and_in_chinese) {
  mock.forbid(u"DescribeInstanceAttribute"_s);
  setSettings(u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s);
  typeKeyAndRead(1);
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  const QString en = keyStatus();
  EXPECT_TRUE(en.contains(u"ecs:DescribeInstanceAttribute"_s)) << en.toStdString();
  EXPECT_FALSE(hasCjk(en));
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  window->switchLanguage(u"zh_CN"_s);
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  const QString zh = keyStatus();
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_TRUE(zh.contains(u"ecs:DescribeInstanceAttribute"_s)) << zh.toStdString();
  EXPECT_FALSE(zh.contains(QString::fromLatin1(kSecret)));
}

TEST_F(CloudKeyPanelTest, cancel_stops_a_hanging_read_at_once_and_changes_nothing) {
  mock.hang(u"DescribeInstanceAttribute"_s);
  setSettings(u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s);
  typeKeyAndRead(1);
  RDPD_TRY_VERIFY(mock.count(u"DescribeInstanceAttribute"_s) >= 1, 10000);
  ASSERT_TRUE(window->cloudAccess()->isReading());
  QElapsedTimer t;
  t.start();
  find<QPushButton>(u"cloudCancelButton"_s)->click();
  EXPECT_FALSE(window->cloudAccess()->isReading());
  EXPECT_LT(t.elapsed(), 1000);
  EXPECT_FALSE(find<QProgressBar>(u"cloudReadProgress"_s)->isVisible());
  EXPECT_TRUE(find<QPushButton>(u"cloudReadButton"_s)->isEnabled());
  EXPECT_TRUE(keyStatus().startsWith(u"Cancelled"_s)) << keyStatus().toStdString();
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  QTest::qWait(300);  // nothing comes back late
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  EXPECT_TRUE(keyStatus().startsWith(u"Cancelled"_s));
}

TEST_F(CloudKeyPanelTest, the_secret_is_in_nothing_the_wizard_writes) {
  QTemporaryDir out;
  qputenv("RDPD_LOG_DIR", out.filePath(u"logs"_s).toUtf8());
  qputenv("RDPD_LOG_LEVEL", "debug");
  initLogging(LogConsole::Off);
  test::FullBacklogListener filtered;
  RDPD_REQUIRE_HANGING_CONNECT(filtered);
  setSettings({}, {});
  typeTarget(u"127.0.0.1:%1"_s.arg(filtered.port()));
  QTest::mouseClick(next(), Qt::LeftButton);
  typeKeyAndRead(3);
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr) << keyStatus().toStdString();
  RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 30000);

  ASSERT_EQ(window->saveSession(out.filePath(u"case.rdpdoctor"_s)), QString());
  ASSERT_TRUE(window->jumpTo(Page_Summary));
  const DiagnosisReport report = window->summaryPage()->report();
  for (ReportFormat f : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Json, ReportFormat::Html,
                         ReportFormat::Pdf, ReportFormat::Ticket}) {
    const ExportResult r = exportReport(report, f, out.filePath(reportFormatName(f) + u"."_s + reportFileExtension(f)));
    ASSERT_TRUE(r.ok) << r.message.toStdString();
  }
  window->summaryPage()->copyTicketSummary();
  spdlog::default_logger()->flush();

  QByteArray everything = QGuiApplication::clipboard()->text().toUtf8() + window->windowTitle().toUtf8();
  int files = 0;
  for (QDirIterator it(out.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
    QFile f(it.next());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    everything += f.readAll();
    ++files;
  }
  if (QFile settings(QSettings().fileName()); settings.open(QIODevice::ReadOnly)) {
    everything += settings.readAll();
  }
  EXPECT_GE(files, 8);  // the session, six reports, at least one log file
  EXPECT_TRUE(everything.contains("cloud_sg_no_rule")) << "the outputs hold the cloud results";
  EXPECT_TRUE(everything.contains("cloud api: DescribeInstanceAttribute")) << "the log holds the calls";
  EXPECT_FALSE(everything.contains(kSecret));
  EXPECT_FALSE(everything.contains(QByteArray(kSecret).toBase64()));
  for (const test::MockRecord &rec : mock.records()) {
    if (rec.signature.isEmpty()) continue;
    EXPECT_FALSE(everything.contains(rec.signature)) << rec.action.toStdString();
  }
}

TEST_F(CloudKeyPanelTest, an_aliyun_cli_profile_is_offered_and_reads_without_typing_a_key) {
  QFile f(home.filePath(u"config.json"_s));
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(QStringLiteral(R"({"current":"helpdesk","profiles":[{"name":"helpdesk","mode":"AK","access_key_id":"%1",)"
                         R"("access_key_secret":"%2","region_id":"cn-shanghai"}]})")
              .arg(QString::fromLatin1(kKeyId), QString::fromLatin1(kSecret))
              .toUtf8());
  f.close();
  setSettings(u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s);
  ASSERT_TRUE(window->jumpTo(pageForStep(6)));
  window->stepPage(6)->showExtraPanel(window->cloudPanel(6));
  window->cloudPanel(6)->keyBox()->refreshProfiles();
  auto *combo = find<QComboBox>(u"cloudProfileCombo"_s);
  ASSERT_NE(combo, nullptr);
  const int index = combo->findText(u"helpdesk"_s);
  ASSERT_GE(index, 2);
  combo->setCurrentIndex(index);
  EXPECT_FALSE(find<QLineEdit>(u"cloudSecretEdit"_s)->isVisible());  // nothing to type with a profile
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr) << keyStatus().toStdString();
  EXPECT_EQ(window->cloudAccess()->evidence()->instances.value(0).instanceId, u"i-uf6winrdp0doctor02"_s);
  EXPECT_TRUE(keyStatus().startsWith(u"Read."_s)) << keyStatus().toStdString();
  EXPECT_EQ(mock.count(u"DescribeRegions"_s), 0);  // instance and region given: no search
}

TEST_F(CloudKeyPanelTest, a_key_that_worked_is_remembered_only_when_asked_and_can_be_forgotten) {
  setSettings(u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s);
  // A wrong secret with "Remember" ticked: the read fails and nothing is remembered.
  ASSERT_TRUE(window->jumpTo(pageForStep(1)));
  window->stepPage(1)->showExtraPanel(window->cloudPanel(1));
  auto *remember = find<QCheckBox>(u"cloudRememberKeyCheck"_s);
  ASSERT_NE(remember, nullptr);
  EXPECT_TRUE(remember->isVisible());
  remember->setChecked(true);
  typeKeyAndRead(1, "not-the-secret");
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  EXPECT_EQ(window->cloudAccess()->evidence(), nullptr);
  QTest::qWait(50);
  EXPECT_FALSE(store->holdsKey());
  // Not ticked: read, not remembered.
  remember->setChecked(false);
  typeKeyAndRead(1);
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr) << keyStatus().toStdString();
  QTest::qWait(50);
  EXPECT_FALSE(store->holdsKey());
  // Ticked and working: remembered.
  remember->setChecked(true);
  typeKeyAndRead(1);
  RDPD_TRY_VERIFY(store->holdsKey(), 20000);
  RDPD_TRY_VERIFY(keyStatus().contains(u"remembered in the system keychain"_s), 5000);

  // Next time: the keychain's entry reads without typing.
  window->cloudAccess()->forget();
  find<QLineEdit>(u"cloudSecretEdit"_s)->clear();
  auto *combo = find<QComboBox>(u"cloudProfileCombo"_s);
  const int k = combo->findData(u"keychain"_s);
  ASSERT_GE(k, 0);
  combo->setCurrentIndex(k);
  EXPECT_FALSE(find<QLineEdit>(u"cloudSecretEdit"_s)->isVisible());
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(window->cloudAccess()->evidence() != nullptr, 20000);
  EXPECT_TRUE(keyStatus().startsWith(u"Read."_s)) << keyStatus().toStdString();

  // Forgotten: gone from the store, and the entry says so.
  find<QPushButton>(u"cloudForgetKeyButton"_s)->click();
  RDPD_TRY_VERIFY(!store->holdsKey(), 5000);
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(keyStatus().contains(u"No key is remembered"_s), 5000);
}

TEST_F(CloudKeyPanelTest, step_1_shows_the_console_screenshot_read_with_the_key) {
  QImage image(800, 600, QImage::Format_RGB32);
  image.fill(QColor(0x00, 0x78, 0xd7));  // a blue screen
  QByteArray png;
  QBuffer buffer(&png);
  ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
  ASSERT_TRUE(image.save(&buffer, "PNG"));
  mock.setScreenshot(png);
  setSettings(u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s);
  typeKeyAndRead(1);
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  ASSERT_NE(window->cloudAccess()->evidence(), nullptr) << keyStatus().toStdString();
  ASSERT_TRUE(window->cloudAccess()->evidence()->screenshot.has_value());
  auto *shot = find<QLabel>(u"cloudScreenshot"_s);
  ASSERT_NE(shot, nullptr);
  EXPECT_TRUE(shot->isVisible());
  EXPECT_EQ(shot->pixmap().width(), 420);  // scaled down to the tab
  EXPECT_EQ(shot->pixmap().toImage().pixelColor(10, 10), QColor(0x00, 0x78, 0xd7));
  EXPECT_TRUE(find<QLabel>(u"cloudScreenshotInfo"_s)->text().contains(u"800×600"_s));
  // Garbage instead of a picture: said so, nothing shown.
  mock.setScreenshot(QByteArray("not a picture at all"));
  find<QPushButton>(u"cloudReadButton"_s)->click();
  RDPD_TRY_VERIFY(!window->cloudAccess()->isReading(), 20000);
  EXPECT_FALSE(shot->isVisible());
  EXPECT_FALSE(find<QLabel>(u"cloudScreenshotInfo"_s)->text().isEmpty());
}
