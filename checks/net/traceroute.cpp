#include "checks/net/traceroute.h"

#include <QHash>
#include <QMap>

#include <chrono>
#include <memory>
#include <vector>

#include "checks/net/icmp_pinger.h"
#include "checks/net/socket_api.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <linux/errqueue.h>
#include <netinet/icmp6.h>
#include <netinet/ip_icmp.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

using Clock = std::chrono::steady_clock;

class Prober {
 public:
  virtual ~Prober() = default;
  virtual void send(quint16 seq, int ttl, int waitMs) = 0;
  virtual QList<IcmpEvent> receive(int waitMs) = 0;
};

class IcmpProber final : public Prober {
 public:
  explicit IcmpProber(std::unique_ptr<IcmpPinger> p) : m_p(std::move(p)) {}
  void send(quint16 seq, int ttl, int waitMs) override { m_p->send(seq, ttl, nullptr, waitMs); }
  QList<IcmpEvent> receive(int waitMs) override { return m_p->receive(waitMs); }

 private:
  std::unique_ptr<IcmpPinger> m_p;
};

#ifdef Q_OS_LINUX
// One connected UDP socket per probe: the error queue of that socket says which router answered, so no packet
// parsing and no privileges are needed. Linux only (IP_RECVERR); Windows uses the ICMP API, which needs no rights.
class UdpProber final : public Prober {
 public:
  explicit UdpProber(const QHostAddress &target) : m_target(target), m_v6(target.protocol() == QAbstractSocket::IPv6Protocol) {}
  ~UdpProber() override {
    for (const Probe &p : m_probes) sock::close(p.fd);
  }
  bool usable() const {
    const int fd = sock::open(m_v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0, /*nonBlocking=*/false);
    if (fd < 0) return false;
    sock::close(fd);
    return true;
  }
  void send(quint16 seq, int ttl, int) override {
    const int fd = sock::open(m_v6 ? AF_INET6 : AF_INET, SOCK_DGRAM, 0, /*nonBlocking=*/true);
    if (fd < 0) return;
    int one = 1;
    if (m_v6) {
      ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one);
      ::setsockopt(fd, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &ttl, sizeof ttl);
    } else {
      ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
      ::setsockopt(fd, IPPROTO_IP, IP_TTL, &ttl, sizeof ttl);
    }
    sockaddr_storage ss{};
    const quint16 port = quint16(33434 + seq);  // the classic traceroute range: nothing listens there
    const socklen_t len = sock::toSockaddr(m_target, port, &ss);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&ss), len) != 0) {
      sock::close(fd);
      return;
    }
    m_probes.push_back({fd, seq, Clock::now()});
    static const char payload[] = "rdp-doctor path";
    (void)::send(fd, payload, sizeof payload, MSG_DONTWAIT);
  }
  QList<IcmpEvent> receive(int waitMs) override {
    QList<IcmpEvent> out;
    if (m_probes.empty()) return out;
    std::vector<sock::PollFd> fds;
    for (const Probe &p : m_probes) fds.push_back({p.fd, 0, 0});  // POLLERR is always reported
    int rc;
    do {
      rc = sock::poll(fds.data(), int(fds.size()), qMax(0, waitMs));
    } while (rc < 0 && errno == EINTR);
    if (rc <= 0) return out;
    for (size_t i = 0; i < fds.size(); ++i) {
      if (!(fds[i].revents & POLLERR)) continue;
      readErrors(m_probes[i], &out);
    }
    return out;
  }

 private:
  struct Probe {
    int fd;
    quint16 seq;
    Clock::time_point sentAt;
  };
  void readErrors(const Probe &p, QList<IcmpEvent> *out) {
    for (int guard = 0; guard < 8; ++guard) {
      unsigned char data[64];
      alignas(cmsghdr) unsigned char control[512];
      iovec iov{data, sizeof data};
      msghdr msg{};
      msg.msg_iov = &iov;
      msg.msg_iovlen = 1;
      msg.msg_control = control;
      msg.msg_controllen = sizeof control;
      if (::recvmsg(p.fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0) return;
      const double rtt = std::chrono::duration<double, std::milli>(Clock::now() - p.sentAt).count();
      for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        const bool isErr = (c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR) ||
                           (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR);
        if (!isErr) continue;
        const auto *ee = reinterpret_cast<const sock_extended_err *>(CMSG_DATA(c));
        if (ee->ee_origin != SO_EE_ORIGIN_ICMP && ee->ee_origin != SO_EE_ORIGIN_ICMP6) continue;
        IcmpEvent ev;
        ev.seq = p.seq;
        ev.rttMs = rtt;
        ev.icmpType = ee->ee_type;
        ev.icmpCode = ee->ee_code;
        const bool timeExceeded = m_v6 ? ee->ee_type == ICMP6_TIME_EXCEEDED : ee->ee_type == ICMP_TIME_EXCEEDED;
        ev.kind = timeExceeded ? IcmpEvent::Kind::TimeExceeded : IcmpEvent::Kind::Unreachable;
        const auto *off = reinterpret_cast<const sockaddr *>(ee + 1);
        if (off->sa_family == AF_INET || off->sa_family == AF_INET6) ev.from = sock::fromSockaddr(off);
        out->append(ev);
      }
    }
  }

  QHostAddress m_target;
  bool m_v6;
  std::vector<Probe> m_probes;
};
#endif

struct HopState {
  QHostAddress from;
  std::optional<double> rtt;
};

}  // namespace

TraceResult traceRoute(const QHostAddress &target, int maxHops, const CancelToken &token) {
  TraceResult res;
  std::unique_ptr<Prober> prober;
  auto pinger = std::make_unique<IcmpPinger>(target);
  QString whyNot;
  if (pinger->open(&whyNot)) {
    const IcmpMethod m = pinger->method();
    res.method = m == IcmpMethod::Raw ? u"icmp_raw"_s : m == IcmpMethod::Dgram ? u"icmp_dgram"_s : u"icmp_api"_s;
    prober = std::make_unique<IcmpProber>(std::move(pinger));
  }
#ifdef Q_OS_LINUX
  else if (auto udp = std::make_unique<UdpProber>(target); udp->usable()) {
    res.method = u"udp"_s;
    prober = std::move(udp);
  }
#endif
  if (!prober) {
    res.method = u"none"_s;
    res.reason = whyNot;
    return res;
  }
  res.permitted = true;

  // seq = round * 100 + ttl, so an answer tells both.
  const auto start = Clock::now();
  const int budget = token.remainingMs();
  const int perSendWait = qMax(50, budget / (2 * maxHops));  // only the synchronous ICMP API waits in send()
  auto elapsed = [&] { return int(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()); };
  QMap<int, HopState> hops;
  int destTtl = 0;     // smallest ttl at which the target itself answered
  int stopTtl = 0;     // smallest ttl at which a router said "unreachable"
  for (int ttl = 1; ttl <= maxHops && !token.shouldStop(); ++ttl) prober->send(quint16(ttl), ttl, perSendWait);
  bool secondRound = false;
  int secondRoundAt = 0;
  auto endTtl = [&] { return destTtl ? destTtl : stopTtl ? stopTtl : maxHops; };
  auto allBeforeAnswered = [&](int upTo) {
    for (int t = 1; t < upTo; ++t)
      if (!hops.contains(t)) return false;
    return true;
  };
  while (!token.shouldStop()) {
    for (const IcmpEvent &e : prober->receive(qMin(20, token.remainingMs()))) {
      const int ttl = e.seq % 100;
      if (ttl < 1 || ttl > maxHops) continue;
      HopState &h = hops[ttl];
      if (h.from.isNull()) h.from = e.from;
      if (!h.rtt || e.rttMs < *h.rtt) h.rtt = e.rttMs;
      const bool fromTarget = e.kind == IcmpEvent::Kind::EchoReply || (!e.from.isNull() && e.from.isEqual(target));
      if (fromTarget) {
        if (!destTtl || ttl < destTtl) destTtl = ttl;
      } else if (e.kind == IcmpEvent::Kind::Unreachable) {
        if (!stopTtl || ttl < stopTtl) {
          stopTtl = ttl;
          res.unreachableFrom = e.from.toString();
        }
      }
    }
    if ((destTtl || stopTtl) && allBeforeAnswered(endTtl())) break;
    if (!secondRound && elapsed() >= budget * 2 / 5) {
      secondRound = true;
      secondRoundAt = elapsed();
      for (int ttl = 1; ttl <= endTtl() && !token.shouldStop(); ++ttl)
        if (!hops.contains(ttl)) prober->send(quint16(100 + ttl), ttl, perSendWait);
    }
    // Once the end is known, silent routers in between get the second round plus a short wait, not the whole budget.
    if ((destTtl || stopTtl) && secondRound && elapsed() >= secondRoundAt + 400) break;
  }

  res.reached = destTtl > 0;
  for (auto it = hops.constBegin(); it != hops.constEnd(); ++it)
    if (it.key() <= endTtl()) res.lastRespondingHop = qMax(res.lastRespondingHop, it.key());
  const int listUpTo = (destTtl || stopTtl) ? endTtl() : qMin(maxHops, res.lastRespondingHop + 1);
  for (int ttl = 1; ttl <= listUpTo; ++ttl) {
    TraceHop hop;
    hop.ttl = ttl;
    if (auto it = hops.constFind(ttl); it != hops.constEnd()) {
      hop.address = it->from.toString();
      hop.rttMs = it->rtt;
    }
    res.hops.append(hop);
  }
  return res;
}

}  // namespace rdpd
