#pragma once
// Results as they complete, readable from worker threads while a run is in progress. Lets a check that would
// otherwise wait for a slow dependency in series (e.g. net.alt_ports after a dropped net.tcp_connect) start
// in parallel and still use the dependency's answer if it arrives in time.

#include <QHash>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>

#include "checks/core/cancel_token.h"
#include "checks/core/check_result.h"

namespace rdpd {

class LiveResults {
 public:
  void publish(const CheckResult &r) {
    std::lock_guard lock(m_mutex);
    m_results.insert(r.id, r);
    m_cv.notify_all();
  }
  std::optional<CheckResult> get(const QString &id) const {
    std::lock_guard lock(m_mutex);
    auto it = m_results.constFind(id);
    if (it == m_results.constEnd()) return std::nullopt;
    return it.value();
  }
  // Waits up to waitMs (and never past the token) for id's result.
  std::optional<CheckResult> waitFor(const QString &id, const CancelToken &token, int waitMs) const {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    std::unique_lock lock(m_mutex);
    for (;;) {
      auto it = m_results.constFind(id);
      if (it != m_results.constEnd()) return it.value();
      if (token.shouldStop() || std::chrono::steady_clock::now() >= until) return std::nullopt;
      m_cv.wait_for(lock, std::chrono::milliseconds(10));
    }
  }

 private:
  mutable std::mutex m_mutex;
  mutable std::condition_variable m_cv;
  QHash<QString, CheckResult> m_results;
};

}  // namespace rdpd
