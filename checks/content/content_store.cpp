#include "checks/content/content_store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "checks/core/steps.h"

using namespace Qt::StringLiterals;

namespace rdpd {

ContentStore::ContentStore(QString overrideDir) : m_override(std::move(overrideDir)) {
  // Built-in links first, then the override's keys on top: a helpdesk that changes one link keeps all others.
  QStringList files{u":/data/links.json"_s};
  if (!m_override.isEmpty() && QFileInfo::exists(m_override + u"/data/links.json"_s))
    files << m_override + u"/data/links.json"_s;
  for (const QString &path : std::as_const(files)) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) continue;
    const QJsonObject links = QJsonDocument::fromJson(f.readAll()).object().value(u"links"_s).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
      const QJsonObject o = it.value().toObject();
      const QUrl url(o.value(u"url"_s).toString());
      if (!url.isValid() || url.scheme() != u"https"_s) continue;  // only real https links from a file
      LinkInfo l{it.key(), url, o.value(u"title_en"_s).toString(), o.value(u"title_zh_CN"_s).toString()};
      m_links.insert(l.id, l);
    }
  }
}

QString ContentStore::resolve(const QString &relative) const {
  if (!m_override.isEmpty()) {
    const QString p = m_override + u'/' + relative;
    if (QFileInfo::exists(p)) return p;
  }
  return u":/"_s + relative;
}

QString ContentStore::readText(const QString &relative) const {
  QFile f(resolve(relative));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

QString ContentStore::stepMarkdown(int step, const QString &lang) const {
  const QString name = stepContentName(step) + u".md"_s;
  QString text = readText(u"content/"_s + lang + u'/' + name);
  if (text.isEmpty()) text = readText(u"content/en/"_s + name);
  return resolveLinks(text);
}

QString ContentStore::fixMarkdown(const QString &fixId, const QString &lang) const {
  QString text = readText(u"content/"_s + lang + u"/fixes/"_s + fixId + u".md"_s);
  if (text.isEmpty()) text = readText(u"content/en/fixes/"_s + fixId + u".md"_s);
  return resolveLinks(text);
}

bool ContentStore::hasFix(const QString &fixId, const QString &lang) const {
  return QFileInfo::exists(resolve(u"content/"_s + lang + u"/fixes/"_s + fixId + u".md"_s));
}

QStringList ContentStore::searchPaths(const QString &lang) const {
  QStringList out;
  if (!m_override.isEmpty()) out << m_override + u"/content/"_s + lang << m_override + u"/content"_s << m_override;
  out << u":/content/"_s + lang << u":/content"_s;
  return out;
}

QString ContentStore::resolveLinks(const QString &markdown) const {
  static const QRegularExpression re(u"\\]\\(link:([A-Za-z0-9_.-]+)\\)"_s);
  QString out;
  qsizetype last = 0;
  auto it = re.globalMatch(markdown);
  while (it.hasNext()) {
    const auto m = it.next();
    out += QStringView(markdown).mid(last, m.capturedStart() - last);
    const auto l = m_links.constFind(m.captured(1));
    if (l != m_links.constEnd()) out += u"]("_s + l->url.toString() + u')';
    else out += m.captured(0);
    last = m.capturedEnd();
  }
  out += QStringView(markdown).mid(last);
  return out;
}

QStringList ContentStore::linkIds(const QString &markdown) {
  static const QRegularExpression re(u"\\]\\(link:([A-Za-z0-9_.-]+)\\)"_s);
  QStringList ids;
  auto it = re.globalMatch(markdown);
  while (it.hasNext()) ids << it.next().captured(1);
  return ids;
}

}  // namespace rdpd
