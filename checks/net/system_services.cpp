// The production side of the seams in checks/core/services.h: the system clock and the system resolver
// (getaddrinfo through the socket layer), as Services::system().
#include "checks/core/services.h"

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "checks/net/socket_api.h"

#ifndef Q_OS_WIN
#include <netdb.h>
#include <sys/types.h>
#endif

namespace rdpd {

namespace {

class SystemClock final : public Clock {
 public:
  QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// The threads that run getaddrinfo(). None is detached: a thread the program does not join may still be inside the C
// runtime or winpthreads (holding one of their locks) when the process ends, and on Windows the end of the process
// then deadlocks in the runtime DLLs' detach code. Finished threads are joined on the next lookup; the rest at exit
// (Services::waitForBackgroundWork).
class LookupThreads {
 public:
  static LookupThreads &instance() {
    static LookupThreads *t = new LookupThreads;  // never destroyed: threads may still use it during exit
    return *t;
  }
  void add(std::thread thread, std::shared_ptr<std::atomic<bool>> finished) {
    std::lock_guard lock(m_mutex);
    joinFinishedLocked();
    m_threads.push_back({std::move(thread), std::move(finished)});
  }
  // The thread's last call: the flag is set under the lock, so a joiner (which holds the lock) never waits for a
  // thread that still needs it.
  void markFinished(std::atomic<bool> &finished) {
    std::lock_guard lock(m_mutex);
    finished.store(true);
    m_changed.notify_all();
  }
  bool waitAll(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::unique_lock lock(m_mutex);
    for (;;) {
      joinFinishedLocked();
      if (m_threads.empty()) return true;
      if (m_changed.wait_until(lock, deadline) == std::cv_status::timeout) {
        joinFinishedLocked();
        return m_threads.empty();
      }
    }
  }

 private:
  struct Entry {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> finished;
  };
  // A thread whose flag is set has left our code; join() then only waits for the runtime's own thread exit.
  void joinFinishedLocked() {
    for (auto it = m_threads.begin(); it != m_threads.end();) {
      if (it->finished->load()) {
        it->thread.join();
        it = m_threads.erase(it);
      } else {
        ++it;
      }
    }
  }
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<Entry> m_threads;
};

// getaddrinfo() cannot be interrupted, so it runs on its own thread; the caller waits in slices and gives up at the
// deadline or on cancel. The thread finishes on its own; LookupThreads joins it.
class SystemResolver final : public Resolver {
 public:
  ResolveResult resolve(const QString &host, const CancelToken &token) const override {
    struct State {
      std::mutex m;
      std::condition_variable cv;
      bool done = false;
      ResolveResult result;
    };
    auto state = std::make_shared<State>();
    const QByteArray name = host.toUtf8();
    QElapsedTimer timer;
    timer.start();
    auto finished = std::make_shared<std::atomic<bool>>(false);
    std::thread thread([state, name, finished] {
      ResolveResult r;
      addrinfo hints{};
      hints.ai_family = AF_UNSPEC;
      hints.ai_socktype = SOCK_STREAM;
      hints.ai_flags = AI_ADDRCONFIG;
      addrinfo *res = nullptr;
      sock::ensureStarted();  // Windows: getaddrinfo needs Winsock started
      const int rc = getaddrinfo(name.constData(), nullptr, &hints, &res);
      if (rc == 0) {
        for (addrinfo *p = res; p; p = p->ai_next) {
          QHostAddress a(p->ai_addr);
          if (!a.isNull() && !r.addresses.contains(a)) r.addresses.append(a);
        }
        freeaddrinfo(res);
        if (r.addresses.isEmpty()) r.error = ResolveError::NoAddress;
      } else {
#ifdef Q_OS_WIN
        r.systemMessage = sock::errorMessage(rc);  // getaddrinfo errors are Winsock error codes there
#else
        r.systemMessage = QString::fromLocal8Bit(gai_strerror(rc));
#endif
        switch (rc) {
          case EAI_NONAME: r.error = ResolveError::NoSuchName; break;
#if defined(EAI_NODATA) && EAI_NODATA != EAI_NONAME
          case EAI_NODATA: r.error = ResolveError::NoAddress; break;
#endif
#ifdef EAI_ADDRFAMILY
          case EAI_ADDRFAMILY: r.error = ResolveError::NoAddress; break;
#endif
          case EAI_AGAIN: r.error = ResolveError::TemporaryFailure; break;
          default: r.error = ResolveError::OtherFailure; break;
        }
      }
      {
        std::lock_guard lock(state->m);
        state->result = std::move(r);
        state->done = true;
        state->cv.notify_all();
      }
      LookupThreads::instance().markFinished(*finished);
    });
    LookupThreads::instance().add(std::move(thread), std::move(finished));

    std::unique_lock lock(state->m);
    while (!state->done) {
      if (token.shouldStop()) {
        ResolveResult r;
        r.error = token.isCancelled() ? ResolveError::Cancelled : ResolveError::TemporaryFailure;
        r.systemMessage = token.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("timed out");
        r.elapsedMs = timer.elapsed();
        return r;
      }
      state->cv.wait_for(lock, std::chrono::milliseconds(20));
    }
    ResolveResult r = state->result;
    r.elapsedMs = timer.elapsed();
    return r;
  }
};

}  // namespace

bool Services::waitForBackgroundWork(std::chrono::milliseconds limit) {
  return LookupThreads::instance().waitAll(limit);
}

const Services &Services::system() {
  static const Services s(std::make_shared<SystemClock>(), std::make_shared<SystemResolver>());
  return s;
}

}  // namespace rdpd
