#pragma once
// Language choice and translator loading, shared by the CLI and the GUI.

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rdpd {

// "en" or "zh_CN". Unknown input falls back to the system locale's best match.
QString normalizeLanguage(const QString &requested);
QStringList supportedLanguages();
QString systemLanguage();

// Installs (or replaces) the app's and Qt's own translators for lang. Returns false if the app's catalogue is
// missing for a non-English language. Safe to call again when the user switches language.
bool installTranslators(QCoreApplication *app, const QString &lang);
QString currentLanguage();

}  // namespace rdpd
