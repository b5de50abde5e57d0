#pragma once
// Limits how many of our probe connections to one address:port are open at once. Probes run concurrently
// (negotiation, TLS versions, identity, latency), but small servers have tiny accept queues — xrdp listens with a
// backlog of 2 — and a SYN dropped by a full queue is only retransmitted after a second, which would turn a
// 50 ms diagnosis into seconds of waiting. A handful of connections at a time keeps both fast.

#include <QHostAddress>

#include <memory>

#include "checks/core/cancel_token.h"

namespace rdpd {

class ConnectionGate {
 public:
  static constexpr int kMaxPerEndpoint = 2;

  // A held slot; releases on destruction.
  class Slot {
   public:
    Slot(QString key) : m_key(std::move(key)) {}
    ~Slot();
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

   private:
    QString m_key;
  };

  // Waits (in slices, honouring the token and timeoutMs) for a slot; nullptr when stopped first.
  static std::unique_ptr<Slot> acquire(const QHostAddress &address, quint16 port, const CancelToken &token,
                                       int timeoutMs);
};

}  // namespace rdpd
