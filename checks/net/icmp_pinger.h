#pragma once
// Sends ICMP / ICMPv6 echo requests (optionally with a small hop limit, for the path check) and collects the
// answers that belong to them: echo replies, "time exceeded" from routers, and "unreachable" messages.
//
// Methods, tried in this order (RDPD_ICMP_METHOD=raw|dgram|none forces one, for tests and support):
//  * raw:      SOCK_RAW (root or CAP_NET_RAW). Sees every ICMP packet, so answers are matched by id + sequence;
//              on loopback it also sees our own requests, which are ignored.
//  * dgram:    unprivileged "ping sockets" (SOCK_DGRAM), allowed when the user's group is inside
//              net.ipv4.ping_group_range. The kernel picks the id; errors arrive on the error queue (IP_RECVERR).
//  * icmp_api: Windows IcmpSendEcho2 / Icmp6SendEcho2 (synchronous, one echo at a time).
// Nothing here blocks longer than the wait the caller asks for.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>

namespace rdpd {

enum class IcmpMethod { None, Raw, Dgram, IcmpApi };
QString toString(IcmpMethod m);  // "none", "raw", "dgram", "icmp_api"

struct IcmpEvent {
  enum class Kind { EchoReply, TimeExceeded, Unreachable };
  Kind kind = Kind::EchoReply;
  quint16 seq = 0;
  QHostAddress from;    // the target for replies, the router for time exceeded / unreachable
  double rttMs = 0;     // since the matching request was sent
  int icmpType = 0;
  int icmpCode = 0;
};

class IcmpPinger {
 public:
  explicit IcmpPinger(const QHostAddress &target);
  ~IcmpPinger();
  IcmpPinger(const IcmpPinger &) = delete;
  IcmpPinger &operator=(const IcmpPinger &) = delete;

  // Opens the first method that works. On failure returns false and says why in plain English (for findings).
  bool open(QString *whyNot = nullptr);
  IcmpMethod method() const { return m_method; }
  const QHostAddress &target() const { return m_target; }

  // Sends one echo request. hopLimit 0 = the system default. Returns false (and the errno in *sysError) when the
  // request could not leave this computer. With icmp_api the call waits for the answer (up to waitMs).
  bool send(quint16 seq, int hopLimit = 0, int *sysError = nullptr, int waitMs = 1000);
  // Waits up to waitMs for answers and returns those that match a request we sent (each sequence once per kind).
  QList<IcmpEvent> receive(int waitMs);

 private:
  using Clock = std::chrono::steady_clock;
  void drain(QList<IcmpEvent> *out);
  void drainErrorQueue(QList<IcmpEvent> *out);
  bool parseRaw(const unsigned char *buf, int n, const QHostAddress &from, IcmpEvent *ev) const;
  bool accept(IcmpEvent ev, QList<IcmpEvent> *out);

  QHostAddress m_target;
  IcmpMethod m_method = IcmpMethod::None;
  bool m_v6 = false;
  int m_fd = -1;                    // raw / ping socket (Linux)
  quint16 m_id = 0;
  QHash<quint16, Clock::time_point> m_sentAt;
  QHash<quint16, int> m_seenKinds;  // bit per Kind, so duplicates are dropped
  QList<IcmpEvent> m_pending;       // icmp_api: answers collected by send()
  void *m_handle = nullptr;         // icmp_api handle
};

}  // namespace rdpd
