// The file dialogs a user meets: "Save the report" on the summary page and "Open the evidence file" on step 1. Each is
// driven the way a user would fill it in — a folder whose name has spaces and Chinese characters — and the file
// must then really be written or imported. On Windows Qt shows the system's own file dialog: the test finds that
// native window (Win32 class "#32770") of this process, types the file name into it and presses its OK button, so
// the native path through Qt's Windows platform plugin is what runs (under Wine: Wine's common item dialog).
// Elsewhere Qt's own dialog widget is filled in and accepted.
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

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;
using namespace rdpd;
using rdpd::test::WizardTest;

namespace {

#ifdef Q_OS_WIN
struct DialogSearch {
  DWORD pid = 0;
  HWND found = nullptr;
};

BOOL CALLBACK findOwnDialog(HWND hwnd, LPARAM param) {
  auto *s = reinterpret_cast<DialogSearch *>(param);
  DWORD pid = 0;
  GetWindowThreadProcessId(hwnd, &pid);
  wchar_t cls[32] = {};
  GetClassNameW(hwnd, cls, 32);
  if (pid == s->pid && IsWindowVisible(hwnd) && wcscmp(cls, L"#32770") == 0) {
    s->found = hwnd;
    return FALSE;
  }
  return TRUE;
}

BOOL CALLBACK listOwnWindow(HWND hwnd, LPARAM param) {
  auto *out = reinterpret_cast<QStringList *>(param);
  DWORD pid = 0;
  GetWindowThreadProcessId(hwnd, &pid);
  if (pid != GetCurrentProcessId()) return TRUE;
  wchar_t cls[64] = {};
  wchar_t title[128] = {};
  GetClassNameW(hwnd, cls, 64);
  GetWindowTextW(hwnd, title, 128);
  out->append(QStringLiteral("%1 \"%2\"%3")
                  .arg(QString::fromWCharArray(cls), QString::fromWCharArray(title),
                       IsWindowVisible(hwnd) ? QString() : QStringLiteral(" (hidden)")));
  return TRUE;
}

// The top-level windows of this process, for a failure message.
std::string ownWindows() {
  QStringList all;
  EnumWindows(listOwnWindow, reinterpret_cast<LPARAM>(&all));
  return all.join(u"; "_s).toStdString();
}

// The visible native file dialog of this process, or null.
HWND nativeFileDialog() {
  DialogSearch s;
  s.pid = GetCurrentProcessId();
  EnumWindows(findOwnDialog, reinterpret_cast<LPARAM>(&s));
  return s.found;
}

struct EditSearch {
  HWND best = nullptr;
  LONG bestTop = LONG_MIN;
};

// The file-name box: the lowest visible, writable edit control of the dialog (the folder bar is above it).
BOOL CALLBACK findFileNameEdit(HWND hwnd, LPARAM param) {
  auto *s = reinterpret_cast<EditSearch *>(param);
  wchar_t cls[32] = {};
  GetClassNameW(hwnd, cls, 32);
  const LONG style = GetWindowLongW(hwnd, GWL_STYLE);
  RECT r{};
  if (_wcsicmp(cls, L"Edit") == 0 && IsWindowVisible(hwnd) && IsWindowEnabled(hwnd) && !(style & ES_READONLY) &&
      GetWindowRect(hwnd, &r) && r.top > s->bestTop) {
    s->best = hwnd;
    s->bestTop = r.top;
  }
  return TRUE;
}

// Types path into the native dialog's file-name box and presses OK, as a user would. False if the box is not found.
bool fillNativeDialog(HWND dialog, const QString &path) {
  EditSearch s;
  EnumChildWindows(dialog, findFileNameEdit, reinterpret_cast<LPARAM>(&s));
  if (!s.best) return false;
  const std::wstring text = QDir::toNativeSeparators(path).toStdWString();
  SendMessageW(s.best, WM_SETTEXT, 0, reinterpret_cast<LPARAM>(text.c_str()));
  HWND ok = GetDlgItem(dialog, IDOK);
  PostMessageW(dialog, WM_COMMAND, MAKEWPARAM(IDOK, BN_CLICKED), reinterpret_cast<LPARAM>(ok));
  return true;
}
#endif

// Chooses path in the file dialog the product just opened (named dialogName), on every platform.
void chooseInFileDialog(QWidget *root, const QString &dialogName, const QString &path) {
  QFileDialog *dlg = nullptr;
  RDPD_TRY_VERIFY((dlg = root->findChild<QFileDialog *>(dialogName)) != nullptr, 5000);
#ifdef Q_OS_WIN
  // The system's dialog, not Qt's widget: it appears as a native window of this process.
  ASSERT_FALSE(dlg->testOption(QFileDialog::DontUseNativeDialog));
  HWND native = nullptr;
  (void)QTest::qWaitFor([&] { return (native = nativeFileDialog()) != nullptr; }, 15000);
  ASSERT_NE(native, nullptr) << "no native file dialog; the Qt dialog is " << (dlg->isVisible() ? "" : "not ")
                             << "visible; windows of this process: " << ownWindows();
  ASSERT_TRUE(fillNativeDialog(native, path)) << "no file-name box in the native dialog";
#else
  dlg->selectFile(path);
  static_cast<QDialog *>(dlg)->accept();  // QFileDialog::accept is protected; QDialog's is the public slot
#endif
}

QString readAll(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class FileDialogTest : public WizardTest {
 protected:
  void SetUp() override {
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
  QTemporaryDir tmp;
  QString folder;
};

TEST_F(FileDialogTest, the_report_is_saved_where_the_user_chose_in_the_file_dialog) {
  startDiagnosis(true);
  ASSERT_TRUE(window->jumpTo(Page_Summary));
  auto *save = find<QPushButton>(u"saveReportButton"_s);
  ASSERT_NE(save, nullptr);
  save->click();
  const QString path = folder + u"/诊断报告.html"_s;
  chooseInFileDialog(window.get(), u"saveReportDialog"_s, path);
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
