// docs/causes.md lists every cause id the verdict can name, with its words in both languages. It is generated from
// the verdict book by this test (RDPD_UPDATE_DOCS=1 rewrites it) and checked on every run, so it cannot go stale.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>

#include "checks/core/i18n.h"
#include "checks/verdict/verdict.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

QString oneLine(QString s) { return s.replace(u'\n', u' ').replace(u'|', u"\\|"_s).trimmed(); }

QString renderCausesDoc() {
  QString out = u"# Cause ids\n\n"_s
                u"Every cause the verdict can name (`verdict.cause_id` in the JSON report, `--format json`), with the one-line "
                u"summary and the advice shown to the user. Where the diagnosis knows a concrete value (the port found, the "
                u"rule that blocks, a date) the advice names it; below is the wording without values.\n\n"
                u"Generated from the verdict rules by `tests/checks/causes_doc_test.cpp`; regenerate with\n"
                u"`RDPD_UPDATE_DOCS=1 build/test/tests/checks_tests --gtest_filter=CausesDoc.*`.\n\n"_s;
  const QString before = currentLanguage();
  for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
    installTranslators(QCoreApplication::instance(), lang);
    out += lang == u"en"_s ? u"## English\n\n| Cause id | Summary | Advice |\n|---|---|---|\n"_s
                           : u"\n## 简体中文\n\n| Cause id | 摘要 | 建议 |\n|---|---|---|\n"_s;
    for (const QString &id : knownCauseIds())
      out += u"| `%1` | %2 | %3 |\n"_s.arg(id, oneLine(causeSummary(id)), oneLine(causeAdvice(id)));
  }
  installTranslators(QCoreApplication::instance(), before.isEmpty() ? u"en"_s : before);
  return out;
}

}  // namespace

TEST(CausesDoc, docs_causes_md_lists_every_cause_with_its_advice_in_both_languages) {
  const QString path = QStringLiteral(RDPD_SOURCE_DIR "/docs/causes.md");
  const QString doc = renderCausesDoc();
  if (qEnvironmentVariableIsSet("RDPD_UPDATE_DOCS")) {
    QFile w(path);
    ASSERT_TRUE(w.open(QIODevice::WriteOnly));
    w.write(doc.toUtf8());
  }
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "docs/causes.md is missing (run with RDPD_UPDATE_DOCS=1)";
  EXPECT_EQ(QString::fromUtf8(f.readAll()), doc) << "docs/causes.md is stale: run with RDPD_UPDATE_DOCS=1";
  for (const QString &id : knownCauseIds()) {
    EXPECT_TRUE(doc.contains(u"| `"_s + id + u"` |"_s)) << id.toStdString();
    EXPECT_FALSE(causeAdvice(id).isEmpty()) << id.toStdString();
  }
}
