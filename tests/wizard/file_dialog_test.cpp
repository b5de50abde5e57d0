// The file dialogs a user meets: "Save the report" on the summary page and "Open the evidence file" on step 1. Each is
// filled in the way a user would — a file in a folder whose name has spaces and Chinese characters — and the file
// must then really be written or imported. Qt's own dialog is driven (Qt::AA_DontUseNativeDialogs on Windows, where
// Qt would otherwise show the system's dialog, which a test inside the process could not drive under Wine:
// docs/windows.md); what is tested is everything around it — the dialog the product opens, its name filters and
// default name, the path handed back, the save or import that follows.
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include "tests/support/loopback.h"
#include "tests/support/qt_wait.h"
#include "tests/wizard/wizard_test_util.h"
#include "wizard/page_ids.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

// Chooses path in the file dialog the product just opened (named dialogName), on every platform.
void chooseInFileDialog(QWidget *root, const QString &dialogName, const QString &path) {
  QFileDialog *dlg = nullptr;
  RDPD_TRY_VERIFY((dlg = root->findChild<QFileDialog *>(dialogName)) != nullptr, 5000);
  RDPD_TRY_VERIFY(dlg->isVisible(), 5000);
  dlg->selectFile(path);
  static_cast<QDialog *>(dlg)->accept();  // QFileDialog::accept is protected; QDialog's is the public slot
}

QString readAll(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class FileDialogTest : public WizardTest {
 protected:
  void SetUp() override {
#ifdef Q_OS_WIN
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
#endif
    WizardTest::SetUp();
    ASSERT_TRUE(tmp.isValid());
    folder = tmp.path() + u"/报告 folder with spaces"_s;
    ASSERT_TRUE(QDir().mkpath(folder));
  }
  void startDiagnosis(bool toTheEnd) {
    typeTarget(u"127.0.0.1:%1"_s.arg(rdpd::test::closedLoopbackPort()));
    QTest::mouseClick(next(), Qt::LeftButton);
    ASSERT_EQ(window->currentId(), Page_Step1);
    if (toTheEnd) RDPD_TRY_VERIFY(session()->isComplete() && !session()->isRunning(), 30000);
  }
  void TearDown() override {
    WizardTest::TearDown();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false);
  }
  QTemporaryDir tmp;
  QString folder;
};

TEST_F(FileDialogTest, the_report_is_saved_where_the_user_chose_in_the_file_dialog) {
  startDiagnosis(true);
  ASSERT_TRUE(window->jumpTo(Page_Summary));
  auto *save = find<QPushButton>(u"saveReportButton"_s);
  ASSERT_NE(save, nullptr);
  save->click();
  QFileDialog *dlg = nullptr;
  RDPD_TRY_VERIFY((dlg = window->findChild<QFileDialog *>(u"saveReportDialog"_s)) != nullptr, 5000);
  // Four formats to choose from, a suggested name, and the suffix added when the user types none.
  EXPECT_EQ(dlg->nameFilters().size(), 4);
  EXPECT_EQ(dlg->defaultSuffix(), u"html"_s);
  EXPECT_TRUE(dlg->selectedFiles().value(0).endsWith(u"rdp-doctor-report.html"_s))
      << dlg->selectedFiles().join(u", "_s).toStdString();
  chooseInFileDialog(window.get(), u"saveReportDialog"_s, folder + u"/诊断报告"_s);
  const QString path = folder + u"/诊断报告.html"_s;
  RDPD_TRY_VERIFY(QFile::exists(path), 15000);
  RDPD_TRY_VERIFY(readAll(path).contains(u"</html>"_s), 5000);
  const QString html = readAll(path);
  EXPECT_TRUE(html.contains(u"127.0.0.1"_s)) << "the report does not name the diagnosed server";
  auto *status = find<QLabel>(u"actionStatusLabel"_s);
  ASSERT_NE(status, nullptr);
  RDPD_TRY_VERIFY(status->text().contains(QDir::toNativeSeparators(path)), 5000);
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
}

TEST_F(FileDialogTest, evidence_chosen_in_the_file_dialog_is_imported) {
  startDiagnosis(false);
  const QString path = folder + u"/服务器证据.json"_s;
  ASSERT_TRUE(
      QFile::copy(QStringLiteral(RDPD_SOURCE_DIR) + u"/tests/fixtures/evidence/firewall-block-rule.json"_s, path));
  auto *open = find<QPushButton>(u"evidenceFileButton"_s);
  ASSERT_NE(open, nullptr);
  open->click();
  chooseInFileDialog(window.get(), u"evidenceFileDialog"_s, path);
  RDPD_TRY_VERIFY(window->guestEvidence() != nullptr, 15000);
  auto *status = find<QLabel>(u"evidenceStatusLabel"_s);
  ASSERT_NE(status, nullptr);
  EXPECT_FALSE(status->property("error").toBool()) << status->text().toStdString();
  RDPD_TRY_VERIFY(session()->result(u"guest.firewall"_s).has_value() && !session()->isRunning(), 20000);
  EXPECT_EQ(session()->result(u"guest.firewall"_s)->status, Status::Fail);
}
