#include "wizard/platform_setup.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyle>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
#ifdef Q_OS_WIN
bool g_dark = false;

QString windowsFontDir() {
  wchar_t dir[MAX_PATH];
  const UINT n = GetWindowsDirectoryW(dir, MAX_PATH);
  if (n == 0 || n >= MAX_PATH) return {};
  return QDir::fromNativeSeparators(QString::fromWCharArray(dir, int(n))) + u"/Fonts"_s;
}
#endif
}  // namespace

bool systemPrefersDark() {
#ifdef Q_OS_WIN
  const QSettings personalize(u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"_s,
                              QSettings::NativeFormat);
  return personalize.value(u"AppsUseLightTheme"_s, 1).toInt() == 0;
#else
  return false;
#endif
}

void preparePlatform(bool screenshots) {
  const bool chosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#ifdef Q_OS_WIN
  // Screenshots: the native platform (GDI's font database: Segoe UI, Microsoft YaHei for Chinese; the Windows style).
  if (screenshots && qgetenv("QT_QPA_PLATFORM").startsWith("offscreen") &&
      qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR")) {
    const QString fonts = windowsFontDir();
    if (!fonts.isEmpty()) qputenv("QT_QPA_FONTDIR", QDir::toNativeSeparators(fonts).toLocal8Bit());
  }
  g_dark = !chosen && systemPrefersDark();
  if (g_dark) qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#else
  if (screenshots && !chosen) qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

void applyPlatformLook(bool screenshots) {
  Q_UNUSED(screenshots)
#ifdef Q_OS_WIN
  QSettings::setDefaultFormat(QSettings::IniFormat);
  if (g_dark) QApplication::setStyle(u"fusion"_s);
#endif
}

}  // namespace rdpd
