#include "wizard/user_guide_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "checks/core/i18n.h"
#include "wizard/text_images.h"

using namespace Qt::StringLiterals;

namespace rdpd {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent) {
  setObjectName(u"userGuideDialog"_s);
  m_browser = new QTextBrowser(this);
  m_browser->setObjectName(u"userGuideBrowser"_s);
  m_browser->setOpenExternalLinks(true);
  m_browser->setSearchPaths({u":/guide"_s});
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_browser, 1);
  layout->addWidget(buttons);
  // As large as the screen comfortably allows, never larger than it (a 1024×600 laptop included).
  QSize size(900, 700);
  if (const QScreen *s = parent ? parent->screen() : QGuiApplication::primaryScreen())
    size = size.boundedTo(s->availableGeometry().size() - QSize(40, 60));
  resize(size);
  load();
}

QString UserGuideDialog::guidePath(const QString &lang) {
  const QString localized = u":/guide/user-guide.%1.md"_s.arg(normalizeLanguage(lang));
  return QFile::exists(localized) ? localized : u":/guide/user-guide.md"_s;
}

void UserGuideDialog::load() {
  m_loadedLang = currentLanguage();
  setWindowTitle(tr("RDP Doctor user guide"));
  m_browser->setAccessibleName(tr("User guide"));
  QFile f(guidePath(m_loadedLang));
  QString md;
  if (f.open(QIODevice::ReadOnly)) md = QString::fromUtf8(f.readAll());
  if (md.isEmpty()) md = tr("The user guide is missing from this copy of RDP Doctor. Reinstall the program.");
  m_browser->setMarkdown(md);
  fitImagesToWidth(m_browser->document(), qMax(320, m_browser->viewport()->width() - 24));
  putImagesOnLightCards(m_browser->document(), m_browser->palette());
}

void UserGuideDialog::resizeEvent(QResizeEvent *e) {
  QDialog::resizeEvent(e);
  fitImagesToWidth(m_browser->document(), qMax(320, m_browser->viewport()->width() - 24));
}

void UserGuideDialog::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange && currentLanguage() != m_loadedLang) load();
  QDialog::changeEvent(e);
}

}  // namespace rdpd
