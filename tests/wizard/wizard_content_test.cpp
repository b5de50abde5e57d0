// Step pages show their instructions from the content store: text, at least one illustration that really loads,
// and at least two web links; in Chinese after a language switch.
#include <QComboBox>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include "checks/core/steps.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

struct DocFacts {
  int images = 0;
  int loadedImages = 0;
  QStringList webLinks;
};

DocFacts inspect(QTextBrowser *browser) {
  DocFacts facts;
  QTextDocument *doc = browser->document();
  for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      const QTextCharFormat f = it.fragment().charFormat();
      if (f.isImageFormat()) {
        ++facts.images;
        const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(f.toImageFormat().name()));
        QImage img = data.value<QImage>();
        if (img.isNull() && data.typeId() == QMetaType::QByteArray) img = QImage::fromData(data.toByteArray());
        if (!img.isNull()) ++facts.loadedImages;
      }
      if (f.isAnchor()) {
        const QString href = f.anchorHref();
        if ((href.startsWith(u"http://"_s) || href.startsWith(u"https://"_s)) && !facts.webLinks.contains(href))
          facts.webLinks << href;
      }
    }
  }
  return facts;
}

}  // namespace

TEST_F(WizardTest, every_step_page_shows_text_an_image_and_two_links) {
  for (int step = 1; step <= kStepCount; ++step) {
    window->jumpTo(pageForStep(step));
    ASSERT_EQ(window->currentId(), pageForStep(step));
    auto *panel = find<QTextBrowser>(u"fixPanel"_s);
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->openExternalLinks());
    EXPECT_GT(panel->toPlainText().size(), 200) << "step " << step << " shows almost no instructions";
    const DocFacts facts = inspect(panel);
    EXPECT_GE(facts.images, 1) << "step " << step;
    EXPECT_EQ(facts.loadedImages, facts.images) << "step " << step << ": an illustration does not load";
    EXPECT_GE(facts.webLinks.size(), 2) << "step " << step << " links: " << facts.webLinks.join(u' ').toStdString();
  }
}

TEST_F(WizardTest, switching_to_chinese_retranslates_buttons_titles_and_content) {
  const QString englishNext = next()->text();
  auto *combo = find<QComboBox>(u"languageCombo"_s);
  ASSERT_NE(combo, nullptr);
  combo->setFocus();
  RDPD_TRY_VERIFY(combo->hasFocus(), 5000);
  pressKey(Qt::Key_Down);  // keyboard selection of 简体中文
  ASSERT_EQ(combo->currentData().toString(), u"zh_CN"_s);
  EXPECT_EQ(currentLanguage(), u"zh_CN"_s);
  // QWizard's own buttons come from Qt's Chinese catalogue.
  window->jumpTo(pageForStep(3));
  ASSERT_EQ(window->currentId(), pageForStep(3));
  EXPECT_NE(window->button(QWizard::BackButton)->text(), u"< &Back"_s);
  EXPECT_NE(window->button(QWizard::CancelButton)->text(), u"Cancel"_s);
  EXPECT_NE(next()->text(), englishNext);
  // The page title is the step title in the current catalogue.
  EXPECT_TRUE(window->currentPage()->title().contains(stepTitle(3)));
  // The instructions are the Chinese file.
  auto *panel = find<QTextBrowser>(u"fixPanel"_s);
  QTextDocument expected;
  expected.setMarkdown(window->content().stepMarkdown(3, u"zh_CN"_s));
  EXPECT_EQ(panel->toPlainText(), expected.toPlainText());
  // Chinese characters are on the page (CJK Unified Ideographs).
  const QString text = panel->toPlainText();
  EXPECT_TRUE(
      std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }));
  const DocFacts facts = inspect(panel);
  EXPECT_GE(facts.images, 1);
  EXPECT_EQ(facts.loadedImages, facts.images);

  // And back to English, live.
  window->jumpTo(Page_Start);
  combo->setCurrentIndex(combo->findData(u"en"_s));
  EXPECT_EQ(currentLanguage(), u"en"_s);
  window->jumpTo(pageForStep(3));
  EXPECT_EQ(window->button(QWizard::BackButton)->text(), u"< &Back"_s);
  expected.setMarkdown(window->content().stepMarkdown(3, u"en"_s));
  EXPECT_EQ(find<QTextBrowser>(u"fixPanel"_s)->toPlainText(), expected.toPlainText());
}

TEST_F(WizardTest, chinese_step_titles_appear_once_translated) {
  installTranslators(qApp, u"zh_CN"_s);
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);  // Qt posts it to the widgets
  window->jumpTo(pageForStep(2));
  const QString title = window->currentPage()->title();
  EXPECT_TRUE(title.contains(stepTitle(2)));
  // The catalogue must translate the step titles: a missing translation fails here instead of being skipped.
  EXPECT_NE(stepTitle(2), u"Password"_s) << "the zh_CN catalogue does not translate the step titles";
  EXPECT_FALSE(title.contains(u"Password"_s));
}
