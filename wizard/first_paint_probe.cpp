#include "wizard/first_paint_probe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <ctime>
#include <unistd.h>
#endif

namespace rdpd {

bool FirstPaintProbe::requested() { return qgetenv("RDPD_BENCH_FIRST_PAINT") == "1"; }

#ifdef Q_OS_WIN
qint64 FirstPaintProbe::processAgeMs() {
  // The process creation time and the clock are both FILETIMEs (100 ns units since 1601, UTC).
  FILETIME created{}, exited{}, kernel{}, user{}, now{};
  if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user)) return -1;
  GetSystemTimePreciseAsFileTime(&now);
  auto ticks = [](const FILETIME &ft) { return (qint64(ft.dwHighDateTime) << 32) | qint64(ft.dwLowDateTime); };
  return (ticks(now) - ticks(created)) / 10000;
}
#else
qint64 FirstPaintProbe::processAgeMs() {
  QFile f(QStringLiteral("/proc/self/stat"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const QByteArray stat = f.readAll();
  // The command name (field 2) may contain spaces: fields are counted after its closing parenthesis.
  const qsizetype close = stat.lastIndexOf(')');
  if (close < 0) return -1;
  const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
  constexpr int kStartTimeIndex = 22 - 3;  // field 22 "starttime"; the list starts at field 3
  if (fields.size() <= kStartTimeIndex) return -1;
  bool ok = false;
  const qint64 startTicks = fields[kStartTimeIndex].toLongLong(&ok);
  const long ticksPerSecond = sysconf(_SC_CLK_TCK);
  if (!ok || ticksPerSecond <= 0) return -1;
  timespec now{};
  if (clock_gettime(CLOCK_BOOTTIME, &now) != 0) return -1;  // starttime counts from boot, suspend included
  const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
  return nowMs - startTicks * 1000 / ticksPerSecond;
}
#endif

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *e) {
  if (!m_done && e->type() == QEvent::Paint) {
    m_done = true;
    std::printf("first_paint_ms=%lld\n", static_cast<long long>(processAgeMs()));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
  }
  return QObject::eventFilter(watched, e);
}

}  // namespace rdpd
