#pragma once
// Seams for what is not deterministic: the clock and name resolution. Production code uses Services::system(),
// defined with the system resolver in checks/net/system_services.cpp (core keeps the seam, net the sockets);
// tests pass their own.

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>

#include "checks/core/cancel_token.h"

namespace rdpd {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual QDateTime nowUtc() const = 0;
};

enum class ResolveError { None, NoSuchName, NoAddress, TemporaryFailure, OtherFailure, Cancelled };

struct ResolveResult {
  ResolveError error = ResolveError::None;
  QList<QHostAddress> addresses;
  QString systemMessage;  // from the resolver, for the findings
  qint64 elapsedMs = 0;
};

class Resolver {
 public:
  virtual ~Resolver() = default;
  // Blocking with a deadline: returns Cancelled / TemporaryFailure when the token stops it.
  virtual ResolveResult resolve(const QString &host, const CancelToken &token) const = 0;
};

class Services {
 public:
  Services(std::shared_ptr<const Clock> clock, std::shared_ptr<const Resolver> resolver)
      : m_clock(std::move(clock)), m_resolver(std::move(resolver)) {}
  const Clock &clock() const { return *m_clock; }
  const Resolver &resolver() const { return *m_resolver; }
  static const Services &system();
  // Joins the system resolver's lookup threads (getaddrinfo cannot be interrupted), waiting at most `limit`.
  // Call before the program ends; false when a lookup is still running after the limit.
  static bool waitForBackgroundWork(std::chrono::milliseconds limit);

 private:
  std::shared_ptr<const Clock> m_clock;
  std::shared_ptr<const Resolver> m_resolver;
};

}  // namespace rdpd
