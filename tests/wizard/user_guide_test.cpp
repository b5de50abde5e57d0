// The user guide: Help → User guide opens the bundled guide in the user's language with its pictures (offline), and
// the committed pictures (docs/images/guide/) are current: the program renders the same pages after the same lab
// diagnosis (cmake --build DIR --target user_guide_images regenerates them).
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <cmath>

#include "tests/support/platform.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/user_guide_dialog.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {

// Mean absolute difference of two images of the same size, 0..255 per channel.
double meanDifference(const QImage &a, const QImage &b) {
  const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
  double sum = 0;
  for (int row = 0; row < x.height(); ++row) {
    const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
    const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
    for (int col = 0; col < x.width(); ++col)
      sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
             std::abs(qBlue(p[col]) - qBlue(q[col]));
  }
  return sum / (3.0 * x.width() * x.height());
}

}  // namespace

TEST(UserGuide, help_opens_the_bundled_guide_in_the_users_language_with_its_pictures) {
  for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
    SCOPED_TRACE(lang.toStdString());
    installTranslators(qApp, lang);
    WizardWindow w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *action = w.findChild<QAction *>(u"userGuideAction"_s);
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *dlg = w.findChild<UserGuideDialog *>(u"userGuideDialog"_s);
    ASSERT_NE(dlg, nullptr);
    EXPECT_TRUE(dlg->isVisible());
    const QString text = dlg->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(lang == u"en"_s ? u"RDP Doctor user guide"_s : u"RDP Doctor 用户指南"_s))
        << text.left(80).toStdString();
    int pictures = 0;
    QTextDocument *doc = dlg->browser()->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
      for (auto it = b.begin(); !it.atEnd(); ++it) {
        if (!it.fragment().charFormat().isImageFormat()) continue;
        const QString name = it.fragment().charFormat().toImageFormat().name();
        EXPECT_TRUE(name.startsWith(u"images/guide/"_s + lang + u'-')) << name.toStdString();
        EXPECT_FALSE(doc->resource(QTextDocument::ImageResource, QUrl(name)).isNull()) << name.toStdString();
        ++pictures;
      }
    }
    EXPECT_EQ(pictures, 3);
    dlg->close();
  }
  installTranslators(qApp, u"en"_s);
}

TEST(UserGuide, committed_pictures_match_what_the_program_renders_now) {
  RDPD_SKIP_UNLESS_LINUX(u"the guide's pictures are made by the Linux build (offscreen platform, Linux fonts); the "
                         u"Windows screenshots are checked by scripts/windows/test.sh"_s);
  QTemporaryDir tmp;
  ASSERT_TRUE(tmp.isValid());
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  p.setProcessEnvironment(env);
  QSignalSpy done(&p, &QProcess::finished);
  p.start(QStringLiteral(RDPD_BINARY_PATH), {u"--screenshot"_s, tmp.path(), u"--lab"_s, u"port-changed"_s, u"--lang"_s, u"en"_s});
  ASSERT_TRUE(done.wait(90000));
  ASSERT_EQ(p.exitCode(), 0);
  const QDir committed(QStringLiteral(RDPD_SOURCE_DIR) + u"/docs/images/guide"_s);
  for (const QString &page : {u"00-start"_s, u"step-03"_s, u"12-summary"_s}) {
    SCOPED_TRACE(page.toStdString());
    const QImage fresh(QDir(tmp.path()).filePath(page + u".png"_s));
    const QImage old(committed.filePath(u"en-"_s + page + u".png"_s));
    ASSERT_FALSE(fresh.isNull());
    ASSERT_FALSE(old.isNull()) << "missing: run the user_guide_images target and commit docs/images/guide";
    ASSERT_EQ(fresh.size(), old.size());
    // The lab's random port and the timings differ between runs; a changed layout or text differs much more.
    EXPECT_LT(meanDifference(fresh, old), 4.0)
        << "docs/images/guide is out of date: run the user_guide_images target and commit the pictures";
  }
}
