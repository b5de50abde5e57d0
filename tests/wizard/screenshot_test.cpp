// Screenshot mode: 13 PNG files (start, 11 steps, summary) of the real pages, from the binary (offscreen by default) and in-process.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

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
int runBinary(const QStringList &args, QProcessEnvironment env, QByteArray *out = nullptr) {
  QProcess p;
  env.remove(u"QT_QPA_PLATFORM"_s);  // the app must pick offscreen by itself in screenshot mode
  p.setProcessEnvironment(env);
  QSignalSpy done(&p, &QProcess::finished);
  p.start(QStringLiteral(RDPD_BINARY_PATH), args);
  if (!done.wait(60000)) {
    p.kill();
    return -1;
  }
  if (out) *out = p.readAllStandardOutput();
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

}  // namespace

TEST(Screenshots, binary_writes_thirteen_pngs_in_chinese_without_a_display) {
  QTemporaryDir tmp;
  ASSERT_TRUE(tmp.isValid());
  const QString dir = tmp.filePath(u"shots/nested"_s);
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
#ifndef Q_OS_WIN
  // Windows has no DISPLAY; under Wine it is Wine's own connection to the X server, which the native platform needs.
  env.remove(u"DISPLAY"_s);
  env.remove(u"WAYLAND_DISPLAY"_s);
#endif
  ASSERT_EQ(runBinary({u"--screenshot"_s, dir, u"--lang"_s, u"zh_CN"_s}, env), 0);
  expectThirteenPngs(dir);
}

TEST(Screenshots, uncreatable_folder_exits_with_2) {
  QTemporaryDir tmp;
  QFile blocker(tmp.filePath(u"file"_s));
  ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
  blocker.close();
  EXPECT_EQ(runBinary({u"--screenshot"_s, tmp.filePath(u"file/sub"_s)}, QProcessEnvironment::systemEnvironment()), 2);
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
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"RDPD_BENCH_FIRST_PAINT"_s, u"1"_s);
  QProcess p;
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  p.setProcessEnvironment(env);
  QSignalSpy done(&p, &QProcess::finished);
  p.start(QStringLiteral(RDPD_BINARY_PATH), {u"--lang"_s, u"en"_s});
  ASSERT_TRUE(done.wait(30000));
  EXPECT_EQ(p.exitCode(), 0);
  const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
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
