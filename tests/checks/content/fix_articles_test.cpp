// Keeps the fix articles (resources/content/<lang>/fixes/<id>.md) complete and in sync with the code: every known fix
// id has an article in both languages with the expected shape, every "link:ID" resolves, and every fix id that a check
// under checks/ can return has an article.
#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <utility>

#include "checks/content/content_store.h"
#include "checks/core/steps.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

// Every fix id the product knows: the English articles (resources/content/en/fixes/<id>.md). A check uses one of
// these ids or brings its article; the Chinese articles must be the same set (checked below).
QStringList articleIds(const QString &lang) {
  QStringList ids;
  for (const QString &f : QDir(u":/content/"_s + lang + u"/fixes"_s).entryList({u"*.md"_s}, QDir::Files, QDir::Name))
    ids << f.chopped(3);
  return ids;
}

const QStringList &allFixIds() {
  static const QStringList ids = articleIds(u"en"_s);
  return ids;
}

const QStringList kLangs = {u"en"_s, u"zh_CN"_s};

QString readResource(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

// The raw article, before ContentStore resolves its links.
QString rawArticle(const QString &id, const QString &lang) {
  return readResource(u":/content/"_s + lang + u"/fixes/"_s + id + u".md"_s);
}

QSet<QString> linkIdsInDataFile() {
  const QJsonDocument doc = QJsonDocument::fromJson(readResource(u":/data/links.json"_s).toUtf8());
  const QStringList keys = doc.object().value(u"links"_s).toObject().keys();
  return QSet<QString>(keys.begin(), keys.end());
}

bool containsCjk(const QString &text) {
  for (const QChar c : text)
    if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) return true;
  return false;
}

int wordCount(const QString &text) {
  static const QRegularExpression ws(u"\\s+"_s);
  return int(text.split(ws, Qt::SkipEmptyParts).size());
}

// Fix ids passed to makeResult(...) or assigned to a result's fixId anywhere in the checks library's sources.
QSet<QString> fixIdsUsedInCode() {
  static const QList<QRegularExpression> patterns = {
      QRegularExpression(u"makeResult\\([^;]*?u\"([a-z0-9-]+)\"_s\\)"_s),
      QRegularExpression(u"makeResult\\([^;]*?QStringLiteral\\(\"([a-z0-9-]+)\"\\)\\)"_s),
      // cond ? u"a"_s : u"b"_s as the last argument
      QRegularExpression(u"makeResult\\([^;]*?\\?\\s*u\"([a-z0-9-]+)\"_s\\s*:\\s*u\"[a-z0-9-]+\"_s\\)"_s),
      // fixId = u"..."_s, fix = u"..."_s, r.fixId == u"..."_s
      QRegularExpression(u"\\bfix(?:Id)?\\s*==?\\s*u\"([a-z0-9-]+)\"_s"_s),
      QRegularExpression(u"\\bfix(?:Id)?\\s*==?\\s*QStringLiteral\\(\"([a-z0-9-]+)\"\\)"_s),
  };
  QSet<QString> ids;
  QDirIterator it(QStringLiteral(RDPD_SOURCE_DIR "/checks"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString text = readResource(it.next());
    for (const auto &re : patterns) {
      auto m = re.globalMatch(text);
      while (m.hasNext()) ids.insert(m.next().captured(1));
    }
  }
  return ids;
}

}  // namespace

TEST(FixArticles, every_fix_id_has_an_article_in_both_languages) {
  const ContentStore store;
  for (const QString &lang : kLangs)
    for (const QString &id : allFixIds()) EXPECT_TRUE(store.hasFix(id, lang)) << qPrintable(lang + u'/' + id);
}

TEST(FixArticles, articles_start_with_a_title_and_have_a_what_to_do_section) {
  const ContentStore store;
  for (const QString &id : allFixIds()) {
    const QString en = store.fixMarkdown(id, u"en"_s);
    EXPECT_TRUE(en.startsWith(u"## "_s)) << qPrintable(id);
    EXPECT_TRUE(en.contains(u"\n### What to do\n"_s)) << qPrintable(id);
    const QString zh = store.fixMarkdown(id, u"zh_CN"_s);
    EXPECT_TRUE(zh.startsWith(u"## "_s)) << qPrintable(id);
    EXPECT_TRUE(zh.contains(u"\n### 怎么办\n"_s)) << qPrintable(id);
    EXPECT_FALSE(zh.contains(u"### What to do"_s)) << qPrintable(id);
    // A numbered step list is the point of the panel.
    EXPECT_TRUE(en.contains(u"\n1. "_s)) << qPrintable(id);
    EXPECT_TRUE(zh.contains(u"\n1. "_s)) << qPrintable(id);
  }
}

TEST(FixArticles, chinese_articles_are_really_chinese) {
  for (const QString &id : allFixIds()) {
    const QString zh = rawArticle(id, u"zh_CN"_s);
    ASSERT_FALSE(zh.isEmpty()) << qPrintable(id);
    EXPECT_TRUE(containsCjk(zh.section(u'\n', 0, 0))) << "title not Chinese: " << qPrintable(id);
    EXPECT_TRUE(containsCjk(zh)) << qPrintable(id);
    EXPECT_NE(zh, rawArticle(id, u"en"_s)) << qPrintable(id);
  }
}

TEST(FixArticles, english_articles_stay_short_enough_for_the_side_panel) {
  for (const QString &id : allFixIds()) {
    const int words = wordCount(rawArticle(id, u"en"_s));
    EXPECT_GE(words, 60) << qPrintable(id);
    EXPECT_LE(words, 230) << qPrintable(id);
  }
}

TEST(FixArticles, every_link_id_exists_in_links_json) {
  const QSet<QString> known = linkIdsInDataFile();
  ASSERT_FALSE(known.isEmpty()) << "links.json could not be read";
  const ContentStore store;
  for (const QString &lang : kLangs) {
    for (const QString &id : allFixIds()) {
      for (const QString &link : ContentStore::linkIds(rawArticle(id, lang)))
        EXPECT_TRUE(known.contains(link)) << qPrintable(lang + u'/' + id + u": unknown link:"_s + link);
      EXPECT_FALSE(store.fixMarkdown(id, lang).contains(u"](link:"_s)) << qPrintable(lang + u'/' + id);
    }
  }
}

TEST(FixArticles, step_references_name_one_of_the_eleven_steps) {
  static const QRegularExpression enStep(u"\\bsteps? (\\d+)(?: and (\\d+))?"_s);
  static const QRegularExpression zhStep(u"第 (\\d+) 步"_s);
  for (const QString &id : allFixIds()) {
    for (const auto &[lang, re] : {std::pair{u"en"_s, enStep}, std::pair{u"zh_CN"_s, zhStep}}) {
      auto it = re.globalMatch(rawArticle(id, lang));
      while (it.hasNext()) {
        const auto m = it.next();
        for (int g = 1; g <= m.lastCapturedIndex(); ++g) {
          if (m.captured(g).isEmpty()) continue;
          const int step = m.captured(g).toInt();
          EXPECT_TRUE(step >= 1 && step <= kStepCount) << qPrintable(lang + u'/' + id + u": "_s + m.captured(0));
        }
      }
    }
  }
}

TEST(FixArticles, both_languages_have_the_same_articles) {
  // The list is read from the resources: it must not be empty (a broken resource path would pass every test).
  ASSERT_GE(allFixIds().size(), 40);
  EXPECT_TRUE(allFixIds().contains(u"port-refused"_s));
  EXPECT_EQ(articleIds(u"zh_CN"_s), allFixIds());
}

TEST(FixArticles, every_fix_id_used_by_a_check_has_articles) {
  const QSet<QString> used = fixIdsUsedInCode();
  // The scanner itself must work: the TCP connect check is known to return this id.
  ASSERT_TRUE(used.contains(u"port-refused"_s)) << "source scan found no fix ids under " RDPD_SOURCE_DIR "/checks";
  // Both arms of "cond ? u\"a\"_s : u\"b\"_s" in the target validation check.
  EXPECT_TRUE(used.contains(u"port-out-of-range"_s));
  EXPECT_TRUE(used.contains(u"bad-target"_s));
  const ContentStore store;
  for (const QString &id : used) {
    for (const QString &lang : kLangs)
      EXPECT_TRUE(store.hasFix(id, lang)) << "no article for fix id used in code: " << qPrintable(lang + u'/' + id);
  }
}
