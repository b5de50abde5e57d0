// Fits where it runs: every page after a real lab diagnosis, at 1024×600 logical pixels and at the default sizes, in
// English and Chinese, in a light and a dark palette: no text label is cut off (each label's required size against
// its actual size), the wizard's buttons stay inside the window, the pictures sit on a light card in the dark. The
// summary's big verdict fits every cause in both languages at 100 %, 125 % and 150 % (QT_SCALE_FACTOR, in a child
// process). Steps 1, 3, 6 and 11 are also checked with their "Alibaba Cloud" tab in front, holding imported cloud
// data (step 3 then quotes the rule to add). The rendered pages are written to <build>/tests/layout-shots/ to look at.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTextBrowser>
#include <QTextDocument>

#include <QTextBlock>

#include "checks/cloud/cloud_access.h"
#include "checks/core/steps.h"
#include "checks/verdict/verdict.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/cloud_panel.h"
#include "wizard/diagnostic_page.h"
#include "wizard/platform_setup.h"
#include "wizard/summary_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {


bool insideScrollArea(const QWidget *w) {
  for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
    if (qobject_cast<const QAbstractScrollArea *>(p)) return true;
  return false;
}

// Delivers the posted layout requests until nothing moves any more (nested layouts post again; no event loop).
void settle() {
  for (int i = 0; i < 4; ++i) QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// Every visible text label of the window whose text needs more room than it got, or that lies outside the window
// without a scroll area to reach it.
QStringList clippedLabels(QWidget *window) {
  QStringList out;
  const QRect windowRect = window->rect();
  for (QLabel *l : window->findChildren<QLabel *>()) {
    if (!l->isVisibleTo(window) || l->text().isEmpty() || l->width() <= 0) continue;
    const QString what = u"\"%1\" (%2)"_s.arg(l->text().left(60), l->objectName());
    if (l->wordWrap()) {
      const int need = l->heightForWidth(l->width());
      if (need > l->height() + 1)
        out << u"%1 needs %2 px height, has %3 (width %4)"_s.arg(what).arg(need).arg(l->height()).arg(l->width());
    } else {
      const QSize need = l->minimumSizeHint();
      if (need.width() > l->width() + 1 || need.height() > l->height() + 1)
        out << u"%1 needs %2×%3, has %4×%5"_s.arg(what)
                   .arg(need.width())
                   .arg(need.height())
                   .arg(l->width())
                   .arg(l->height());
    }
    const QRect inWindow(l->mapTo(window, QPoint(0, 0)), l->size());
    if (!insideScrollArea(l) && !windowRect.contains(inWindow)) out << what + u" lies outside the window"_s;
  }
  return out;
}

// Buttons not in a scroll area must lie fully inside the window (reachable without resizing it).
QStringList unreachableButtons(QWidget *window) {
  QStringList out;
  for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
    if (!b->isVisibleTo(window) || insideScrollArea(b)) continue;
    const QRect inWindow(b->mapTo(window, QPoint(0, 0)), b->size());
    if (!window->rect().contains(inWindow)) out << u"\"%1\" (%2)"_s.arg(b->text(), b->objectName());
  }
  return out;
}

QString shotsDir() {
  const QString dir = QCoreApplication::applicationDirPath() + u"/layout-shots"_s;
  QDir().mkpath(dir);
  return dir;
}

class LayoutFitTest : public ::testing::TestWithParam<QString> {
 protected:
  void SetUp() override {
    installTranslators(qApp, GetParam());
    window = std::make_unique<WizardWindow>();
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    // A real diagnosis of the training lab's pretend server: pages with results, fix articles and a verdict.
    // Cloud data for the cloud tabs: the instance and its two groups, this computer's public IP.
    window->cloudAccess()->setSettings({u"i-bp1winrdp0doctor01"_s, {}, u"198.51.100.7"_s});
    const QString dir = QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/");
    ASSERT_EQ(window->cloudAccess()->importFiles({dir + u"instance-attribute-running.json"_s,
                                                  dir + u"sg-rdpbase.json"_s, dir + u"sg-officedrop.json"_s}),
              QString());
    ASSERT_TRUE(window->startLab(u"port-changed"_s));
    RDPD_TRY_VERIFY(window->session()->isComplete() && !window->session()->isRunning(), 60000);
  }
  void checkShown(const QString &what) {
    SCOPED_TRACE(what.toStdString());
    const QStringList clipped = clippedLabels(window.get());
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(u'\n').toStdString();
    const QStringList unreachable = unreachableButtons(window.get());
    EXPECT_TRUE(unreachable.isEmpty()) << unreachable.join(u'\n').toStdString();
  }
  void TearDown() override {
    window.reset();
    qApp->setPalette(QPalette());
    installTranslators(qApp, u"en"_s);
  }

  // Opens every page at this size; checks labels and buttons; saves the picture.
  void checkEveryPage(const QSize &size, const QString &tag) {
    window->resize(size);
    settle();
    ASSERT_EQ(window->size(), size) << "the window refuses " << size.width() << "x" << size.height();
    for (int id = Page_Start; id <= Page_Summary; ++id) {
      SCOPED_TRACE(u"%1 page %2 at %3x%4"_s.arg(tag).arg(id).arg(size.width()).arg(size.height()).toStdString());
      ASSERT_TRUE(window->jumpTo(id));
      settle();
      const QPixmap shot = window->grab();
      shot.save(u"%1/%2-%3-%4x%5-page%6.png"_s.arg(shotsDir(), GetParam(), tag)
                    .arg(size.width())
                    .arg(size.height())
                    .arg(id, 2, 10, QLatin1Char('0')));
      checkShown(u"page"_s);
      const int step = id - Page_Step1 + 1;
      if (CloudPanel *cloud = window->cloudPanel(step)) {
        window->stepPage(step)->showExtraPanel(cloud);
        settle();
        window->grab().save(u"%1/%2-%3-%4x%5-page%6-cloud.png"_s.arg(shotsDir(), GetParam(), tag)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(id, 2, 10, QLatin1Char('0')));
        checkShown(u"cloud tab"_s);
        window->stepPage(step)->showExtraPanel(nullptr);
      }
    }
    window->jumpTo(Page_Start);
  }

  std::unique_ptr<WizardWindow> window;
};

}  // namespace

TEST_P(LayoutFitTest, every_page_fits_a_1024x600_screen_and_the_default_sizes) {
  checkEveryPage(QSize(1024, 600), u"light"_s);
  checkEveryPage(WizardWindow::defaultWindowSize(QSize(1366, 728)), u"light"_s);   // a 1366×768 laptop's free area
  checkEveryPage(WizardWindow::defaultWindowSize(QSize(1920, 1040)), u"light"_s);  // a large screen: 1100×760
}

TEST_P(LayoutFitTest, every_page_is_readable_in_a_dark_palette) {
  qApp->setPalette(darkPalette());
  window->setPalette(darkPalette());
  settle();
  ASSERT_LT(window->currentPage()->palette().color(QPalette::Window).lightness(), 100);
  checkEveryPage(QSize(1024, 600), u"dark"_s);
  // Line drawings made for white paper sit on a light card in the dark (step 3 has pictures).
  ASSERT_TRUE(window->jumpTo(pageForStep(3)));
  auto *fix = window->currentPage()->findChild<QTextBrowser *>(u"fixPanel"_s);
  ASSERT_NE(fix, nullptr);
  int images = 0, lightCards = 0;
  for (QTextBlock b = fix->document()->begin(); b.isValid(); b = b.next()) {
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      if (!it.fragment().charFormat().isImageFormat()) continue;
      const QString name = it.fragment().charFormat().toImageFormat().name();
      const QImage img = fix->document()->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
      ASSERT_FALSE(img.isNull()) << name.toStdString();
      // Opaque everywhere (nothing of the dark page shows through); drawings with a transparent background get a
      // light one, a picture of a dark console window keeps its own.
      for (const QPoint &p : {QPoint(1, 1), QPoint(img.width() - 2, 1), QPoint(1, img.height() - 2),
                              QPoint(img.width() - 2, img.height() - 2)})
        EXPECT_EQ(qAlpha(img.pixel(p)), 255) << name.toStdString() << " has no card behind it";
      if (qGray(img.pixel(1, 1)) > 200) ++lightCards;
      ++images;
    }
  }
  EXPECT_GT(images, 0);
  EXPECT_GT(lightCards, 0);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, LayoutFitTest, ::testing::Values(u"en"_s, u"zh_CN"_s),
                         [](const auto &info) { return info.param.toStdString(); });

// Every cause the verdict can name, in both languages, in the summary's big title at the default window size and
// on a 1024×600 screen: the title and the advice wrap and are never cut off. Runs at whatever QT_SCALE_FACTOR the
// process has; the test below runs it again at 125 % and 150 %.
TEST(SummaryVerdictFit, every_cause_title_fits_in_both_languages) {
  for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
    installTranslators(qApp, lang);
    WizardWindow w;
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.jumpTo(Page_Summary));
    auto *verdict = w.currentPage()->findChild<QLabel *>(u"verdictLabel"_s);
    auto *advice = w.currentPage()->findChild<QLabel *>(u"adviceLabel"_s);
    auto *go = w.currentPage()->findChild<QPushButton *>(u"goToStepButton"_s);
    ASSERT_TRUE(verdict && advice && go);
    for (const QSize &size : {QSize(1100, 760), QSize(1024, 600)}) {
      w.resize(size);
      // Each cause's general words, and the longest words with values the lab shows (a quoted Drop rule, a rule
      // to add with its group).
      QList<Cause> causes;
      for (const QString &id : knownCauseIds()) causes.append(Cause{id, 1, 0.5, {}, {}});
      const QVariantMap sg{{u"client_ip"_s, u"2001:db8:ffff:ffff:ffff:ffff:ffff:1234"_s},
                           {u"port"_s, 41415},
                           {u"groups"_s, u"sg-bp1rdpbase0000001, sg-bp1officedrop00002"_s},
                           {u"group"_s, u"sg-bp1officedrop00002"_s},
                           {u"rule"_s,
                            u"sg-bp1officedrop00002 sgr-bp1droprdp000005: priority 1 Drop TCP 1/65535 from "
                            u"198.51.100.0/24 (\"block the old office range\")"_s}};
      causes.append(Cause{u"cloud_sg_drop_rule"_s, 3, 0.96, {}, sg});
      causes.append(Cause{u"cloud_sg_no_rule"_s, 3, 0.96, {}, sg});
      for (const Cause &cause : causes) {
        const QString id = cause.id;
        SCOPED_TRACE(u"%1 %2 at %3x%4"_s.arg(lang, id).arg(size.width()).arg(size.height()).toStdString());
        verdict->setText(u"So far: "_s + causeSummary(cause));  // the longest form the page shows
        advice->setText(causeAdvice(cause));
        go->setText(u"&Go to step 9: "_s + stepTitle(9));
        go->show();
        settle();
        const QStringList clipped = clippedLabels(&w);
        EXPECT_TRUE(clipped.isEmpty()) << clipped.join(u'\n').toStdString();
        EXPECT_LE(go->sizeHint().width(), go->width() + 1) << "the button to the step is cut off";
      }
    }
  }
  installTranslators(qApp, u"en"_s);
}

TEST(SummaryVerdictFit, every_cause_title_fits_at_125_and_150_percent) {
  if (qEnvironmentVariableIsSet("RDPD_SCALE_CHILD")) GTEST_SKIP() << "this is the child run itself";
  for (const char *scale : {"1.25", "1.5"}) {
    SCOPED_TRACE(scale);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_SCALE_FACTOR"_s, QString::fromLatin1(scale));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"RDPD_SCALE_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(env);
    QSignalSpy done(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=SummaryVerdictFit.every_cause_title_fits_in_both_languages"_s});
    ASSERT_TRUE(done.wait(120000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    EXPECT_EQ(child.exitCode(), 0) << out.right(4000).toStdString();
    EXPECT_TRUE(out.contains(u"[  PASSED  ] 1 test"_s)) << out.right(2000).toStdString();
  }
}

// The detector itself: a wrapped label squeezed below its height and a plain label narrower than its text are found.
TEST(LayoutFitDetector, finds_a_cut_off_label_and_a_button_outside_the_window) {
  QWidget w;
  w.resize(200, 100);
  auto *wrapped =
      new QLabel(u"a long sentence that needs several lines at this narrow width, surely more than one"_s, &w);
  wrapped->setWordWrap(true);
  wrapped->setGeometry(0, 0, 120, 16);
  auto *plain = new QLabel(u"a label wider than its room"_s, &w);
  plain->setGeometry(0, 40, 40, 20);
  auto *button = new QPushButton(u"Next"_s, &w);
  button->setGeometry(180, 80, 80, 30);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  EXPECT_EQ(clippedLabels(&w).size(), 2) << clippedLabels(&w).join(u'\n').toStdString();
  EXPECT_EQ(unreachableButtons(&w).size(), 1);
  // The font's own size, and a window wide enough for it: Wine's and Windows' fonts are wider and taller than the
  // Linux test font.
  const int width = qMax(200, plain->sizeHint().width());
  w.resize(width, 100);
  wrapped->setGeometry(0, 0, width, wrapped->heightForWidth(width));
  plain->setGeometry(0, 40, width, plain->sizeHint().height());
  button->setGeometry(100, 60, 80, 30);
  EXPECT_TRUE(clippedLabels(&w).isEmpty()) << clippedLabels(&w).join(u'\n').toStdString();
  EXPECT_TRUE(unreachableButtons(&w).isEmpty());
}
