#include "checks/core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = u"en"_s;
}  // namespace

QStringList supportedLanguages() { return {u"en"_s, u"zh_CN"_s}; }

QString systemLanguage() {
  const QLocale sys = QLocale::system();
  return sys.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString normalizeLanguage(const QString &requested) {
  const QString r = requested.trimmed().toLower().replace(u'-', u'_');
  if (r.isEmpty()) return systemLanguage();
  if (r == u"en"_s || r.startsWith(u"en_"_s) || r == u"english"_s) return u"en"_s;
  if (r == u"zh"_s || r == u"zh_cn"_s || r == u"zh_hans"_s || r.startsWith(u"zh_hans"_s) || r == u"cn"_s) return u"zh_CN"_s;
  return systemLanguage();
}

bool installTranslators(QCoreApplication *app, const QString &lang) {
  if (g_app) app->removeTranslator(g_app.get());
  if (g_qt) app->removeTranslator(g_qt.get());
  g_app.reset();
  g_qt.reset();
  g_current = normalizeLanguage(lang);
  if (g_current == u"en"_s) return true;
  const QLocale loc(g_current);
  auto qt = std::make_unique<QTranslator>();
  if (qt->load(loc, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    app->installTranslator(qt.get());
    g_qt = std::move(qt);
  }
  auto own = std::make_unique<QTranslator>();
  if (!own->load(loc, u"rdp-doctor"_s, u"_"_s, u":/i18n"_s)) return false;
  app->installTranslator(own.get());
  g_app = std::move(own);
  return true;
}

QString currentLanguage() { return g_current; }

}  // namespace rdpd
