// Baseline for bench/startup.sh: the cheapest possible Qt Widgets window (one label), printing
// first_paint_ms=<ms since process start> on its first paint, then quitting.
#include <QApplication>
#include <QLabel>
#include <QPaintEvent>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

static double msSinceProcessStart() {
  std::ifstream f("/proc/self/stat");
  std::string s((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::istringstream in(s.substr(s.rfind(')') + 2));
  std::string field;
  for (int i = 3; i <= 22 && in >> field; ++i) {}
  const double startSec = std::stod(field) / double(sysconf(_SC_CLK_TCK));
  timespec ts{};
  clock_gettime(CLOCK_BOOTTIME, &ts);
  return (double(ts.tv_sec) + double(ts.tv_nsec) / 1e9 - startSec) * 1000.0;
}

class Label final : public QLabel {
 public:
  using QLabel::QLabel;

 protected:
  void paintEvent(QPaintEvent *e) override {
    QLabel::paintEvent(e);
    if (!m_done) {
      m_done = true;
      std::printf("first_paint_ms=%.1f\n", msSinceProcessStart());
      std::fflush(stdout);
      QTimer::singleShot(0, qApp, &QApplication::quit);
    }
  }

 private:
  bool m_done = false;
};

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  Label l(QStringLiteral("baseline"));
  l.resize(800, 600);
  l.show();
  return app.exec();
}
