// docs/ARCHITECTURE.md's "Adding a check", proved: a cloud-style sample check (tests/support/sample_area: its
// files and its fix article, one folder) plus one data row on its page is run by the real runner, shown on its page
// in page order, reported in the JSON report and gets its fix article, with nothing else edited. The page in the
// wizard: tests/wizard/add_a_check_page_test.cpp. Also: the built-in page lists are consistent.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include "checks/catalog/catalog.h"
#include "checks/core/runner.h"
#include "checks/report/diagnosis_report.h"
#include "tests/support/sample_area/sample_check.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

QString sampleContentDir() { return QStringLiteral(RDPD_SOURCE_DIR "/tests/support/sample_area"); }

CheckRegistry registryWithSample(QStringList *problems) {
  CheckList checks = builtInChecks();
  sample::registerSampleChecks(checks, {3389});
  QList<PageList> pages = standardPages();
  pages << sample::samplePageRow();
  return CheckRegistry::fromPages(std::move(checks), pages, problems);
}

}  // namespace

TEST(Catalog, the_built_in_page_lists_name_every_check_on_its_own_page_and_nothing_else) {
  QStringList problems;
  const CheckRegistry r = CheckRegistry::fromPages(builtInChecks(), standardPages(), &problems);
  EXPECT_TRUE(problems.isEmpty()) << problems.join(u"\n"_s).toStdString();
  EXPECT_EQ(r.all().size(), CheckRegistry::standard().all().size());
  for (const Check *c : r.all()) EXPECT_TRUE(r.showsOn(c->info().id, c->info().step)) << c->info().id.toStdString();
}

TEST(Catalog, inconsistent_page_lists_are_reported_not_silently_fixed) {
  QStringList problems;
  CheckList checks;
  sample::registerSampleChecks(checks, {3389});
  const CheckRegistry r = CheckRegistry::fromPages(std::move(checks), {{3, {u"no.such_check"_s}}, {12, {}}}, &problems);
  ASSERT_EQ(problems.size(), 3) << problems.join(u"\n"_s).toStdString();
  EXPECT_TRUE(problems[0].contains(u"no.such_check"_s));
  EXPECT_TRUE(problems[1].contains(u"12"_s));
  EXPECT_TRUE(problems[2].contains(u"sample.security_group"_s));
  // Nothing is lost: the unlisted check is still shown on its own page.
  ASSERT_EQ(r.forStep(3).size(), 1);
  EXPECT_EQ(r.forStep(3).first()->info().id, u"sample.security_group"_s);
}

TEST(AddACheck, a_sample_check_with_one_data_row_is_on_its_page_in_the_report_with_its_fix_article) {
  QStringList problems;
  const CheckRegistry registry = registryWithSample(&problems);
  ASSERT_TRUE(problems.isEmpty()) << problems.join(u"\n"_s).toStdString();

  // Its page: step 3, after the built-in checks of that page.
  const QList<const Check *> page = registry.forStep(3);
  ASSERT_FALSE(page.isEmpty());
  EXPECT_EQ(page.last()->info().id, u"sample.security_group"_s);
  EXPECT_EQ(page.last()->title(), u"Does the sample security group allow the port?"_s);
  EXPECT_FALSE(registry.showsOn(u"sample.security_group"_s, 9));

  // Run by the real runner (only this check: the others would probe the network).
  CheckRunner runner(registry);
  QSignalSpy done(&runner, &CheckRunner::finished);
  const Target target = Target::fromInput(u"127.0.0.1:3390"_s);
  runner.start(target, {u"sample.security_group"_s});
  ASSERT_TRUE(done.wait(10000));
  const CheckResult result = runner.results().value(u"sample.security_group"_s);
  EXPECT_EQ(result.status, Status::Fail);
  EXPECT_EQ(result.step, 3);
  EXPECT_EQ(result.origin, Origin::Cloud);
  EXPECT_EQ(result.summary, u"The sample security group does not allow port 3390."_s);

  // In the report, under its step, with its fix article from the area's content.
  DiagnosisReport report = buildReport(target, QDateTime::currentDateTimeUtc(), 5, runner.results(), registry);
  report.language = u"en"_s;
  resolveFixLinks(report, sampleContentDir());
  const QJsonObject json = toJson(report);
  bool inReport = false;
  for (const QJsonValue &c : json.value(u"checks"_s).toArray()) {
    if (c.toObject().value(u"id"_s).toString() != u"sample.security_group"_s) continue;
    inReport = true;
    EXPECT_EQ(c.toObject().value(u"step"_s).toInt(), 3);
    EXPECT_EQ(c.toObject().value(u"origin"_s).toString(), u"cloud"_s);
    EXPECT_EQ(c.toObject().value(u"fix_id"_s).toString(), u"sample-security-group"_s);
  }
  EXPECT_TRUE(inReport);
  bool article = false;
  for (const QJsonValue &l : json.value(u"fix_links"_s).toArray())
    article =
        article || (l.toObject().value(u"fix_id"_s).toString() == u"sample-security-group"_s &&
                    l.toObject().value(u"title"_s).toString() == u"Allow the port in the sample security group"_s);
  EXPECT_TRUE(article) << QJsonDocument(json.value(u"fix_links"_s).toArray()).toJson().toStdString();
}
