// Every text of every step illustration (resources/content/**/images/*.svg) fits inside the box it is written in —
// the smallest rectangle of the picture that holds its anchor point — and inside the picture. Measured with the
// font the SVG renderer draws it with, so a label that runs past its panel (as "Enabled: RDP" once did in step 9's
// picture) fails here instead of being found by eye.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct SvgText {
  QPointF anchor;
  QString text;
  QString align;  // start, middle, end
  qreal size = 11;
  bool bold = false;
  QString family;
};

struct SvgPicture {
  QRectF canvas;
  QList<QRectF> boxes;
  QList<SvgText> texts;
};

qreal number(const QXmlStreamAttributes &a, const QString &name, qreal fallback = 0) {
  bool ok = false;
  const qreal v = a.value(name).toDouble(&ok);
  return ok ? v : fallback;
}

SvgPicture readPicture(const QString &path) {
  SvgPicture p;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return p;
  QXmlStreamReader xml(&f);
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    const QXmlStreamAttributes a = xml.attributes();
    if (xml.name() == u"svg"_s) {
      const QStringList vb = a.value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts);
      if (vb.size() == 4) p.canvas = QRectF(vb[0].toDouble(), vb[1].toDouble(), vb[2].toDouble(), vb[3].toDouble());
    } else if (xml.name() == u"rect"_s) {
      p.boxes.append(QRectF(number(a, u"x"_s), number(a, u"y"_s), number(a, u"width"_s), number(a, u"height"_s)));
    } else if (xml.name() == u"text"_s) {
      SvgText t;
      t.anchor = QPointF(number(a, u"x"_s), number(a, u"y"_s));
      t.align = a.value(u"text-anchor"_s).toString();
      t.size = number(a, u"font-size"_s, 11);
      t.bold = a.value(u"font-weight"_s) == u"bold"_s;
      t.family = a.value(u"font-family"_s).toString();
      t.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      p.texts.append(t);
    }
  }
  return p;
}

// The horizontal extent the text occupies when drawn.
QRectF extent(const SvgText &t) {
  QFont font;
  QStringList families;
  for (const QString &f : t.family.split(u',', Qt::SkipEmptyParts)) families << f.trimmed();
  font.setFamilies(families);
  font.setPixelSize(qRound(t.size));
  font.setBold(t.bold);
  const qreal w = QFontMetricsF(font).horizontalAdvance(t.text);
  qreal left = t.anchor.x();
  if (t.align == u"middle"_s) left -= w / 2;
  if (t.align == u"end"_s) left -= w;
  return QRectF(left, t.anchor.y() - t.size, w, t.size);
}

// The smallest box of the picture that holds point p (the picture itself when none does).
QRectF enclosingBox(const SvgPicture &pic, QPointF p) {
  QRectF best = pic.canvas;
  for (const QRectF &b : pic.boxes) {
    // Strictly inside: a label that starts on a box's edge (a menu drawn over a table) belongs to what is under it.
    const bool inside = p.x() > b.left() && p.x() < b.right() && p.y() > b.top() && p.y() < b.bottom();
    if (inside && b.width() * b.height() < best.width() * best.height()) best = b;
  }
  return best;
}

}  // namespace

TEST(IllustrationText, every_label_fits_inside_its_box_in_both_languages) {
#ifdef Q_OS_WIN
  GTEST_SKIP() << "the pictures name DejaVu Sans (with a Chinese fallback), the fonts of the Linux build; Windows and "
                  "Wine substitute other fonts with other widths, so the fit is measured on Linux (docs/windows.md)";
#endif
  int pictures = 0;
  int labels = 0;
  QDirIterator it(QStringLiteral(RDPD_SOURCE_DIR) + u"/resources/content"_s, {u"*.svg"_s}, QDir::Files,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    const SvgPicture pic = readPicture(path);
    ASSERT_FALSE(pic.canvas.isEmpty()) << path.toStdString() << ": no viewBox";
    ++pictures;
    for (const SvgText &t : pic.texts) {
      ++labels;
      const QRectF box = enclosingBox(pic, t.anchor);
      const QRectF drawn = extent(t);
      // Half a pixel of slack for rounding; a label touching its frame is still readable.
      EXPECT_GE(drawn.left(), box.left() - 0.5)
          << path.toStdString() << ": \"" << t.text.toStdString() << "\" starts left of its box";
      EXPECT_LE(drawn.right(), box.right() + 0.5)
          << path.toStdString() << ": \"" << t.text.toStdString() << "\" runs " << drawn.right() - box.right()
          << " px past the right edge of its box (" << box.right() << ")";
    }
  }
  EXPECT_GE(pictures, 30) << "illustrations in English and Chinese";
  EXPECT_GT(labels, 300);
}
