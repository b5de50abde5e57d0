// render_png: renders an SVG into square PNG files, one per size, on the build host (hicolor icons for the .deb).
// Built and run by packaging/linux/CMakeLists.txt with the host's Qt (no librsvg needed).
// Usage: render_png IN.svg OUTDIR SIZE... — writes OUTDIR/SIZExSIZE.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (argc < 4) {
    std::fprintf(stderr, "usage: render_png IN.svg OUTDIR SIZE...\n");
    return 2;
  }
  QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
  if (!svg.isValid()) {
    std::fprintf(stderr, "render_png: cannot read %s\n", argv[1]);
    return 1;
  }
  const QDir out(QString::fromLocal8Bit(argv[2]));
  if (!out.mkpath(u"."_s)) {
    std::fprintf(stderr, "render_png: cannot create %s\n", argv[2]);
    return 1;
  }
  for (int i = 3; i < argc; ++i) {
    const int s = QByteArray(argv[i]).toInt();
    if (s < 8 || s > 1024) {
      std::fprintf(stderr, "render_png: bad size %s\n", argv[i]);
      return 2;
    }
    QImage img(s, s, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    p.end();
    const QString file = out.filePath(u"%1x%1.png"_s.arg(s));
    if (!img.save(file, "PNG")) {
      std::fprintf(stderr, "render_png: cannot write %s\n", file.toLocal8Bit().constData());
      return 1;
    }
  }
  return 0;
}
