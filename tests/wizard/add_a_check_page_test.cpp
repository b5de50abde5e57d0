// The page half of "Adding a check" (the rest: tests/checks/catalog/add_a_check_test.cpp): the sample cloud-style
// check, listed by one data row on step 3, gets its row on step 3's page with its title and, once it ran, its
// one-line result; it is on no other page.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTreeWidget>

#include "checks/content/content_store.h"
#include "checks/core/i18n.h"
#include "checks/diagnosis/diagnosis.h"
#include "tests/support/sample_area/sample_check.h"
#include "wizard/diagnostic_page.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {

QTreeWidgetItem *row(DiagnosticPage &page, const QString &id) {
  auto *tree = page.findChild<QTreeWidget *>(u"checksView"_s);
  if (!tree) return nullptr;
  for (int i = 0; i < tree->topLevelItemCount(); ++i)
    if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) return tree->topLevelItem(i);
  return nullptr;
}

}  // namespace

TEST(AddACheckPage, the_sample_check_has_its_row_on_its_page_with_title_and_result) {
  installTranslators(qApp, u"en"_s);
  CheckList checks;
  sample::registerSampleChecks(checks, {3389});
  QStringList problems;
  const CheckRegistry registry = CheckRegistry::fromPages(std::move(checks), {sample::samplePageRow()}, &problems);
  ASSERT_TRUE(problems.isEmpty());
  Diagnosis session(registry);
  const ContentStore content(QStringLiteral(RDPD_SOURCE_DIR "/tests/support/sample_area"));
  DiagnosticPage step3(3, &session, &content);
  DiagnosticPage step9(9, &session, &content);
  step3.ensureBuilt();  // pages build their widgets when first opened
  step9.ensureBuilt();

  QTreeWidgetItem *item = row(step3, u"sample.security_group"_s);
  ASSERT_NE(item, nullptr) << "no row on step 3";
  EXPECT_EQ(row(step9, u"sample.security_group"_s), nullptr);
  EXPECT_EQ(item->text(0), u"Does the sample security group allow the port?"_s);

  QSignalSpy finished(&session, &Diagnosis::finished);
  session.start(Target::fromInput(u"127.0.0.1:3390"_s));
  ASSERT_TRUE(finished.wait(10000));
  item = row(step3, u"sample.security_group"_s);
  ASSERT_NE(item, nullptr);
  EXPECT_TRUE(item->text(1).contains(u"does not allow port 3390"_s)) << item->text(1).toStdString();
}
