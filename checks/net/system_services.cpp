// The production side of the seams in checks/core/services.h: the system clock and the system resolver
// (getaddrinfo through the socket layer), as Services::system().
#include "checks/core/services.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <mutex>
#include <thread>

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

// getaddrinfo() cannot be interrupted, so it runs on its own detached thread; the caller waits in slices and gives
// up at the deadline or on cancel. The thread finishes on its own and frees the shared state.
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
    std::thread([state, name] {
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
      std::lock_guard lock(state->m);
      state->result = std::move(r);
      state->done = true;
      state->cv.notify_all();
    }).detach();

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

const Services &Services::system() {
  static const Services s(std::make_shared<SystemClock>(), std::make_shared<SystemResolver>());
  return s;
}

}  // namespace rdpd
