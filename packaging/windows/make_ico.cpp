// make_ico: renders an SVG into a Windows .ico with PNG-compressed entries (16 to 256 px), on the build host.
// Built and run by scripts/windows/build.sh with the host's Qt (no Windows tool needed).
// Usage: make_ico IN.svg OUT.ico
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_ico IN.svg OUT.ico\n");
    return 2;
  }
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  if (!svg.isValid()) {
    std::fprintf(stderr, "make_ico: cannot read %s\n", argv[1]);
    return 1;
  }
  const int sizes[] = {16, 20, 24, 32, 40, 48, 64, 256};
  QList<QByteArray> pngs;
  for (int s : sizes) {
    QImage img(s, s, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    p.end();
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    pngs << png;
  }
  QByteArray ico;
  auto u16 = [&ico](quint16 v) { ico.append(char(v & 0xff)).append(char(v >> 8)); };
  auto u32 = [&u16](quint32 v) { u16(quint16(v & 0xffff)); u16(quint16(v >> 16)); };
  u16(0); u16(1); u16(quint16(pngs.size()));  // ICONDIR: reserved, type 1 = icon, count
  quint32 offset = 6 + 16 * quint32(pngs.size());
  for (qsizetype i = 0; i < pngs.size(); ++i) {  // ICONDIRENTRY: 0 means 256
    const int s = sizes[i];
    ico.append(char(s >= 256 ? 0 : s)).append(char(s >= 256 ? 0 : s)).append(char(0)).append(char(0));
    u16(1); u16(32); u32(quint32(pngs[i].size())); u32(offset);
    offset += quint32(pngs[i].size());
  }
  for (const QByteArray &png : pngs) ico.append(png);
  QFile out(QString::fromLocal8Bit(argv[2]));
  if (!out.open(QIODevice::WriteOnly) || out.write(ico) != ico.size()) {
    std::fprintf(stderr, "make_ico: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
