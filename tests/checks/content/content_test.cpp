// Checks the built-in step content: every step page in every language has the agreed sections, at least one picture
// that exists, at least two links whose ids resolve to https URLs; every SVG is well-formed; an override dir wins.

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "checks/content/content_store.h"
#include "checks/core/steps.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages{u"en"_s, u"zh_CN"_s};

QStringList sectionsFor(const QString &lang) {
  if (lang == u"zh_CN"_s)
    return {u"## 这一步排除什么"_s, u"## 怎么做"_s, u"## 正常和异常的表现"_s, u"## 解决方法"_s, u"## 延伸阅读"_s};
  return {u"## What this step rules out"_s, u"## How to do it"_s, u"## What good and bad results look like"_s,
          u"## The fix"_s, u"## Learn more"_s};
}

QString readAll(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

// The raw (unresolved) Markdown of a built-in step page.
QString rawStep(const ContentStore &store, int step, const QString &lang) {
  return readAll(store.resolve(u"content/"_s + lang + u'/' + stepContentName(step) + u".md"_s));
}

// Same lookup order the wizard uses for relative image paths.
QString findImage(const ContentStore &store, const QString &lang, const QString &relative) {
  for (const QString &dir : store.searchPaths(lang)) {
    const QString p = dir + u'/' + relative;
    if (QFileInfo::exists(p)) return p;
  }
  return {};
}

QStringList imageRefs(const QString &markdown) {
  static const QRegularExpression re(u"!\\[[^\\]]+\\]\\(([^)\\s]+)\\)"_s);
  QStringList out;
  auto it = re.globalMatch(markdown);
  while (it.hasNext()) out << it.next().captured(1);
  return out;
}

// Text of one "## ..." section, up to the next H2.
QString section(const QString &markdown, const QString &heading) {
  const qsizetype start = markdown.indexOf(heading);
  if (start < 0) return {};
  const qsizetype next = markdown.indexOf(u"\n## "_s, start + heading.size());
  return markdown.mid(start, next < 0 ? -1 : next - start);
}

}  // namespace

TEST(ContentSteps, every_step_has_the_sections_of_its_language_in_order) {
  const ContentStore store;
  for (const QString &lang : kLanguages) {
    for (int step = 1; step <= kStepCount; ++step) {
      SCOPED_TRACE(QString(lang + u" step "_s + QString::number(step)).toStdString());
      const QString md = rawStep(store, step, lang);
      ASSERT_FALSE(md.trimmed().isEmpty());
      EXPECT_FALSE(md.startsWith(u"# "_s)) << "the page title is shown by the wizard; no H1 in content";
      qsizetype last = -1;
      for (const QString &heading : sectionsFor(lang)) {
        const qsizetype at = md.indexOf(QString(u"\n"_s + heading + u"\n"_s));
        const bool first = md.startsWith(QString(heading + u"\n"_s));
        const qsizetype pos = first ? 0 : at;
        EXPECT_GE(pos, 0) << "missing section " << heading.toStdString();
        EXPECT_GT(pos, last) << "section out of order: " << heading.toStdString();
        if (pos >= 0) last = pos;
      }
      // "How to do it" is a numbered list.
      EXPECT_TRUE(section(md, sectionsFor(lang).at(1)).contains(u"\n1. "_s));
    }
  }
}

TEST(ContentSteps, every_step_shows_a_picture_that_exists) {
  const ContentStore store;
  const QString prefix[] = {u"Illustration: "_s, u"示意图："_s};
  for (const QString &lang : kLanguages) {
    for (int step = 1; step <= kStepCount; ++step) {
      SCOPED_TRACE(QString(lang + u" step "_s + QString::number(step)).toStdString());
      const QString md = rawStep(store, step, lang);
      const QStringList refs = imageRefs(md);
      ASSERT_GE(refs.size(), 1);
      for (const QString &ref : refs) {
        EXPECT_TRUE(ref.startsWith(u"images/"_s) && ref.endsWith(u".svg"_s)) << ref.toStdString();
        EXPECT_FALSE(findImage(store, lang, ref).isEmpty()) << "image not found: " << ref.toStdString();
      }
      // Alt text says it is an illustration, in the page's language.
      EXPECT_TRUE(md.contains(QString(u"!["_s + prefix[lang == u"en"_s ? 0 : 1])));
    }
  }
}

TEST(ContentSteps, every_step_links_at_least_twice_to_known_https_urls) {
  const ContentStore store;
  for (const QString &lang : kLanguages) {
    for (int step = 1; step <= kStepCount; ++step) {
      SCOPED_TRACE(QString(lang + u" step "_s + QString::number(step)).toStdString());
      const QString md = rawStep(store, step, lang);
      const QString learnMore = section(md, sectionsFor(lang).at(4));
      EXPECT_GE(ContentStore::linkIds(learnMore).size(), 2);
      const QStringList ids = ContentStore::linkIds(md);
      for (const QString &id : ids) {
        const auto it = store.links().constFind(id);
        ASSERT_NE(it, store.links().constEnd()) << "unknown link id " << id.toStdString();
        EXPECT_EQ(it->url.scheme(), u"https"_s) << id.toStdString();
        EXPECT_TRUE(it->url.isValid() && !it->url.host().isEmpty()) << id.toStdString();
      }
      // After resolution no "link:" target is left for the browser to choke on.
      EXPECT_FALSE(store.stepMarkdown(step, lang).contains(u"](link:"_s));
    }
  }
}

TEST(ContentLinks, every_entry_has_an_https_url_and_both_titles) {
  const QJsonObject links =
      QJsonDocument::fromJson(readAll(u":/data/links.json"_s).toUtf8()).object().value(u"links"_s).toObject();
  ASSERT_FALSE(links.isEmpty());
  for (auto it = links.begin(); it != links.end(); ++it) {
    const QJsonObject o = it.value().toObject();
    EXPECT_TRUE(o.value(u"url"_s).toString().startsWith(u"https://"_s)) << it.key().toStdString();
    EXPECT_FALSE(o.value(u"title_en"_s).toString().isEmpty()) << it.key().toStdString();
    EXPECT_FALSE(o.value(u"title_zh_CN"_s).toString().isEmpty()) << it.key().toStdString();
  }
}

TEST(ContentImages, every_svg_is_well_formed_with_a_viewbox_and_an_illustration_label) {
  QDirIterator it(u":/content"_s, {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
  int count = 0;
  while (it.hasNext()) {
    const QString path = it.next();
    SCOPED_TRACE(path.toStdString());
    ++count;
    const QString text = readAll(path);
    QXmlStreamReader xml(text);
    bool sawRoot = false;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && !sawRoot) {
        sawRoot = true;
        EXPECT_EQ(xml.name(), u"svg"_s);
        EXPECT_FALSE(xml.attributes().value(u"viewBox"_s).isEmpty());
      }
      if (xml.isStartElement()) {
        // Things Qt's SVG Tiny renderer does not draw.
        EXPECT_NE(xml.name(), u"foreignObject"_s);
        EXPECT_NE(xml.name(), u"filter"_s);
        EXPECT_NE(xml.name(), u"style"_s);
      }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawRoot);
    const bool chinese = path.contains(u"/zh_CN/"_s);
    EXPECT_TRUE(text.contains(chinese ? u">示意图<"_s : u">Illustration<"_s));
  }
  EXPECT_GE(count, kStepCount);
}

TEST(ContentImages, chinese_variants_shadow_english_pictures_of_the_same_name) {
  const ContentStore store;
  const QString zh = findImage(store, u"zh_CN"_s, u"images/security-group-rule.svg"_s);
  const QString en = findImage(store, u"en"_s, u"images/security-group-rule.svg"_s);
  EXPECT_EQ(zh, u":/content/zh_CN/images/security-group-rule.svg"_s);
  EXPECT_EQ(en, u":/content/images/security-group-rule.svg"_s);
}

TEST(ContentStoreOverride, a_file_in_the_override_dir_wins_over_the_built_in_one) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  ASSERT_TRUE(QDir(dir.path()).mkpath(u"content/en/images"_s));
  ASSERT_TRUE(QDir(dir.path()).mkpath(u"data"_s));
  {
    QFile f(dir.filePath(u"content/en/step-03.md"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("## What this step rules out\n\nHelpdesk text. See [our wiki](link:helpdesk-wiki).\n");
  }
  {
    QFile f(dir.filePath(u"data/links.json"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"links": {"helpdesk-wiki": {"url": "https://wiki.example.com/rdp", "title_en": "Wiki", "title_zh_CN": "Wiki"}}})");
  }
  {
    QFile f(dir.filePath(u"content/en/images/port-test.svg"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>)");
  }
  const ContentStore store(dir.path());
  const QString md = store.stepMarkdown(3, u"en"_s);
  EXPECT_TRUE(md.contains(u"Helpdesk text."_s));
  EXPECT_TRUE(md.contains(u"(https://wiki.example.com/rdp)"_s));
  // Other steps still come from the built-in resources.
  EXPECT_TRUE(store.stepMarkdown(4, u"en"_s).contains(u"## How to do it"_s));
  // Images: the override copy is found first, the rest fall back to the built-in ones.
  EXPECT_EQ(findImage(store, u"en"_s, u"images/port-test.svg"_s), dir.filePath(u"content/en/images/port-test.svg"_s));
  EXPECT_EQ(findImage(store, u"en"_s, u"images/regedit-portnumber.svg"_s), u":/content/images/regedit-portnumber.svg"_s);
}

TEST(ContentLinks, every_link_in_links_json_is_used_by_some_page) {
  // A link nothing uses is a dead entry that nobody checks any more; every page in either language counts.
  const ContentStore store;
  QSet<QString> used;
  QDirIterator it(u":/content"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
  int pages = 0;
  while (it.hasNext()) {
    ++pages;
    for (const QString &id : ContentStore::linkIds(readAll(it.next()))) used.insert(id);
  }
  ASSERT_GT(pages, 2 * kStepCount);
  ASSERT_FALSE(store.links().isEmpty());
  for (auto l = store.links().cbegin(); l != store.links().cend(); ++l)
    EXPECT_TRUE(used.contains(l.key())) << "link nothing uses: " << l.key().toStdString();
}
