// The check details dialog: what it shows of a result, and what it never shows.
#include <gtest/gtest.h>

#include <QTableWidget>

#include "checks/core/registry.h"
#include "wizard/check_details_dialog.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

TEST(CheckDetails, secret_keys_are_never_shown) {
  EXPECT_TRUE(CheckDetailsDialog::isSecretKey(u"password"_s));
  EXPECT_TRUE(CheckDetailsDialog::isSecretKey(u"vnc_password_set"_s));
  EXPECT_FALSE(CheckDetailsDialog::isSecretKey(u"state"_s));
  CheckResult r;
  r.id = u"net.tcp_connect"_s;
  r.findings = {{u"state"_s, u"open"_s}, {u"password"_s, u"hunter2"_s}};
  CheckDetailsDialog dlg(CheckRegistry::standard(), r);
  auto *table = dlg.findChild<QTableWidget *>(u"evidenceTable"_s);
  ASSERT_NE(table, nullptr);
  for (int row = 0; row < table->rowCount(); ++row) {
    EXPECT_NE(table->item(row, 1)->text(), u"hunter2"_s);
  }
  EXPECT_EQ(CheckDetailsDialog::formatValue(QVariant()), u"—"_s);
  EXPECT_EQ(CheckDetailsDialog::formatValue(QStringList{u"a"_s}), u"[\"a\"]"_s);
}
