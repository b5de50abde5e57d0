#include "wizard/text_images.h"

#include <QImage>
#include <QList>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace rdpd {

namespace {
QImage imageOf(QTextDocument *doc, const QString &name) {
  const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(name));
  QImage image = data.value<QImage>();
  if (image.isNull() && data.typeId() == QMetaType::QByteArray) image = QImage::fromData(data.toByteArray());
  return image;
}
}  // namespace

bool isDarkPalette(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

void putImagesOnLightCards(QTextDocument *doc, const QPalette &palette) {
  if (!isDarkPalette(palette)) return;
  QSet<QString> done;
  for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      const QTextFragment f = it.fragment();
      if (!f.charFormat().isImageFormat()) continue;
      const QString name = f.charFormat().toImageFormat().name();
      if (done.contains(name)) continue;
      done.insert(name);
      const QImage image = imageOf(doc, name);
      if (image.isNull()) continue;
      QImage card(image.size(), QImage::Format_ARGB32_Premultiplied);
      card.setDevicePixelRatio(image.devicePixelRatio());
      card.fill(QColor(0xfa, 0xfa, 0xfa));
      QPainter p(&card);
      p.drawImage(0, 0, image);
      p.end();
      doc->addResource(QTextDocument::ImageResource, QUrl(name), card);  // replaces the loaded image
    }
  }
}

void fitImagesToWidth(QTextDocument *doc, int maxWidth) {
  struct Change { int pos; int len; QTextImageFormat fmt; };
  QList<Change> changes;  // collected first: editing formats while walking fragments would invalidate the walk
  for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      const QTextFragment f = it.fragment();
      if (!f.charFormat().isImageFormat()) continue;
      QTextImageFormat img = f.charFormat().toImageFormat();
      const QImage image = imageOf(doc, img.name());
      if (image.isNull() || image.width() <= maxWidth) continue;
      img.setWidth(maxWidth);
      img.setHeight(double(image.height()) * maxWidth / image.width());
      changes.append({f.position(), f.length(), img});
    }
  }
  for (const Change &ch : std::as_const(changes)) {
    QTextCursor c(doc);
    c.setPosition(ch.pos);
    c.setPosition(ch.pos + ch.len, QTextCursor::KeepAnchor);
    c.setCharFormat(ch.fmt);
  }
}

}  // namespace rdpd
