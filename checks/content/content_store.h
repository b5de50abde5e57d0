#pragma once
// Step content, fix articles, images and links. Built-in files live in the resource tree
// (":/content/<lang>/step-NN.md", ":/content/<lang>/fixes/<id>.md", ":/content/images/..."); a helpdesk can
// override any of them with --content-dir DIR using the same relative paths. Links are written "link:ID" in the
// Markdown and resolved from one data file (":/data/links.json").

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rdpd {

struct LinkInfo {
  QString id;
  QUrl url;
  QString titleEn;
  QString titleZh;
};

class ContentStore {
 public:
  // overrideDir may be empty.
  explicit ContentStore(QString overrideDir = {});

  // Markdown of a step page, with "link:ID" resolved to URLs. Falls back to English if lang lacks the file.
  QString stepMarkdown(int step, const QString &lang) const;
  QString fixMarkdown(const QString &fixId, const QString &lang) const;
  bool hasFix(const QString &fixId, const QString &lang) const;
  // Folders to search for relative image paths, override first.
  QStringList searchPaths(const QString &lang) const;
  // Absolute path (file or ":/...") of a content-relative path, honouring the override.
  QString resolve(const QString &relative) const;
  QString overrideDir() const { return m_override; }

  const QHash<QString, LinkInfo> &links() const { return m_links; }
  // Rewrites "link:ID" targets in Markdown; unknown ids are left as they are (and tests catch them).
  QString resolveLinks(const QString &markdown) const;
  // The ids of "link:ID" references in a piece of Markdown.
  static QStringList linkIds(const QString &markdown);

 private:
  QString readText(const QString &relative) const;
  QString m_override;
  QHash<QString, LinkInfo> m_links;
};

}  // namespace rdpd
