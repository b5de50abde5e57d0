#pragma once
// Help → User guide: the bundled guide (docs/user-guide.md or docs/user-guide.zh_CN.md, compiled into the program
// with its pictures) in the user's language, rendered from Markdown. Works offline; nothing is downloaded.

#include <QDialog>

class QTextBrowser;

namespace rdpd {

class UserGuideDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(UserGuideDialog)

 public:
  explicit UserGuideDialog(QWidget *parent = nullptr);
  // The resource path of the guide for a language ("en", "zh_CN"); English when there is none for it.
  static QString guidePath(const QString &lang);
  QTextBrowser *browser() const { return m_browser; }

 protected:
  void changeEvent(QEvent *e) override;
  void resizeEvent(QResizeEvent *e) override;

 private:
  void load();

  QTextBrowser *m_browser;
  QString m_loadedLang;
};

}  // namespace rdpd
