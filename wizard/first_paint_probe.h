#pragma once
// Start-up benchmark hook: with RDPD_BENCH_FIRST_PAINT=1, prints "first_paint_ms=<ms since process start>" once the
// watched widget is first painted, then quits the application.

#include <QObject>

namespace rdpd {

class FirstPaintProbe final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(FirstPaintProbe)

 public:
  explicit FirstPaintProbe(QObject *parent = nullptr) : QObject(parent) {}
  static bool requested();
  // Milliseconds since this process was started by the kernel (Linux: /proc/self/stat; Windows: the process
  // creation time), or -1 if unknown.
  static qint64 processAgeMs();

 protected:
  bool eventFilter(QObject *watched, QEvent *e) override;

 private:
  bool m_done = false;
};

}  // namespace rdpd
