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

QPalette darkPalette() {
  QPalette p;
  p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
  p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
  p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
  p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
  p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
  p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
  p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
  p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
  p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
  p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
  p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
  // Disabled controls: dimmer text, so a greyed-out button looks greyed out on the dark background too.
  p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
  p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
  p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
  return p;
}

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
  if (g_dark) qputenv("QT_QPA_PLATFORM", "windows:darkmode=1");
#else
  if (screenshots && !chosen) qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

void applyPlatformLook() {
#ifdef Q_OS_WIN
  QSettings::setDefaultFormat(QSettings::IniFormat);
  if (g_dark) {
    QApplication::setStyle(u"fusion"_s);
    QApplication::setPalette(darkPalette());
  }
#endif
}

}  // namespace rdpd
