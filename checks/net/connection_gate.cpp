#include "checks/net/connection_gate.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace rdpd {

namespace {
std::mutex g_mutex;
std::condition_variable g_cv;
QHash<QString, int> g_inUse;
}  // namespace

ConnectionGate::Slot::~Slot() {
  std::lock_guard lock(g_mutex);
  if (--g_inUse[m_key] <= 0) g_inUse.remove(m_key);
  g_cv.notify_all();
}

std::unique_ptr<ConnectionGate::Slot> ConnectionGate::acquire(const QHostAddress &address, quint16 port,
                                                              const CancelToken &token, int timeoutMs) {
  const QString key = address.toString() + QLatin1Char('#') + QString::number(port);
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  std::unique_lock lock(g_mutex);
  while (g_inUse.value(key) >= kMaxPerEndpoint) {
    if (token.shouldStop() || std::chrono::steady_clock::now() >= until) return nullptr;
    g_cv.wait_for(lock, std::chrono::milliseconds(10));
  }
  ++g_inUse[key];
  return std::make_unique<Slot>(key);
}

}  // namespace rdpd
