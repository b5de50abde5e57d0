// Screenshot mode: 13 PNG files (start, 11 steps, summary) of the real pages, from the binary (offscreen by default) and in-process.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include "tests/support/cli_runner.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/first_paint_probe.h"
#include "wizard/screenshots.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {

void expectThirteenPngs(const QString &dir) {
  const QStringList names = screenshotFileNames();
  ASSERT_EQ(names.size(), 13);
  EXPECT_EQ(names.first(), u"00-start.png"_s);
  EXPECT_EQ(names[3], u"step-03.png"_s);
  EXPECT_EQ(names[12], u"12-summary.png"_s);
  for (const QString &n : names) {
    const QString path = QDir(dir).filePath(n);
    ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 5000) << path.toStdString();
    const QImage img(path);
    EXPECT_EQ(img.size(), QSize(kScreenshotWidth, kScreenshotHeight)) << path.toStdString();
  }
}

// Runs the binary with a clean platform choice and waits for it by signal, not by sleeping.
// The GUI binary: QT_QPA_PLATFORM removed (the app must pick offscreen by itself in screenshot mode), plus `env`.
int runBinary(const QStringList &args, QHash<QString, QString> env = {}) {
  env.insert(u"QT_QPA_PLATFORM"_s, QString());
  return test::runCli(args, {.timeoutMs = 60000, .env = env, .headless = false}).exitCode;
}

}  // namespace

TEST(Screenshots, binary_writes_thirteen_pngs_in_chinese_without_a_display) {
  QTemporaryDir tmp;
  ASSERT_TRUE(tmp.isValid());
  const QString dir = tmp.filePath(u"shots/nested"_s);
  QHash<QString, QString> env;
#ifndef Q_OS_WIN
  // Windows has no DISPLAY; under Wine it is Wine's own connection to the X server, which the native platform needs.
  env.insert(u"DISPLAY"_s, QString());
  env.insert(u"WAYLAND_DISPLAY"_s, QString());
#endif
  ASSERT_EQ(runBinary({u"--screenshot"_s, dir, u"--lang"_s, u"zh_CN"_s}, env), 0);
  expectThirteenPngs(dir);
}

TEST(Screenshots, uncreatable_folder_exits_with_2) {
  QTemporaryDir tmp;
  QFile blocker(tmp.filePath(u"file"_s));
  ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  EXPECT_EQ(runBinary({u"--screenshot"_s, tmp.filePath(u"file/sub"_s)}), 2);
}

TEST(Screenshots, in_process_render_after_a_diagnosis) {
  installTranslators(qApp, u"en"_s);
  QTemporaryDir tmp;
  WizardWindow w;
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  QString error;
  ASSERT_TRUE(renderScreenshots(w, tmp.path(), &error)) << error.toStdString();
  expectThirteenPngs(tmp.path());
  EXPECT_EQ(w.currentId(), Page_Start);
}

TEST(FirstPaint, bench_hook_prints_the_time_to_first_paint_and_quits) {
  const test::CommandResult run = test::runCli(
      {u"--lang"_s, u"en"_s}, {.timeoutMs = 30000,
                               .env = {{u"RDPD_BENCH_FIRST_PAINT"_s, u"1"_s}, {u"QT_QPA_PLATFORM"_s, u"offscreen"_s}},
                               .headless = false});
  EXPECT_EQ(run.exitCode, 0);
  const QString out = QString::fromUtf8(run.out).trimmed();
  ASSERT_TRUE(out.startsWith(u"first_paint_ms="_s)) << out.toStdString();
  bool ok = false;
  const int ms = out.section(u'=', 1).toInt(&ok);
  EXPECT_TRUE(ok);
  EXPECT_GT(ms, 0);
  EXPECT_LT(ms, 30000);
}

TEST(FirstPaint, process_age_is_plausible) {
  const qint64 age = FirstPaintProbe::processAgeMs();
  EXPECT_GE(age, 0);
  EXPECT_LT(age, 24LL * 3600 * 1000 * 365);
}
