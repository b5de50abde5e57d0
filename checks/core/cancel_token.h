#pragma once
// Cooperative cancellation with a deadline, shared between the runner (GUI/main thread) and a check running on a
// worker thread. Probes poll it in short slices, so Cancel stops network activity within tens of milliseconds.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>

namespace rdpd {

class CancelToken {
 public:
  using Clock = std::chrono::steady_clock;

  explicit CancelToken(std::chrono::milliseconds budget = std::chrono::hours(24))
      : m_deadline(Clock::now() + budget) {}

  void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
  bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
  bool expired() const { return Clock::now() >= m_deadline; }
  // True when work should stop: cancelled or out of time.
  bool shouldStop() const { return isCancelled() || expired(); }
  Clock::time_point deadline() const { return m_deadline; }
  // Milliseconds left, never negative.
  int remainingMs() const {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now()).count();
    return int(std::max<long long>(0, left));
  }

 private:
  std::atomic_bool m_cancelled{false};
  Clock::time_point m_deadline;
};

using CancelTokenPtr = std::shared_ptr<CancelToken>;

}  // namespace rdpd
