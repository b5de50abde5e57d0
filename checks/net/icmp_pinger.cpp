#include "checks/net/icmp_pinger.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <cerrno>
#include <cstring>

#include "checks/net/socket_api.h"

#ifdef Q_OS_WIN
// The ICMP helper API (IP Helper library, linked as iphlpapi by checks/CMakeLists.txt). It is only compiled here
// (scripts/check-windows-build.sh), never run: see docs/windows.md.
#include <iphlpapi.h>
#include <icmpapi.h>
#else
#include <linux/errqueue.h>
#include <netinet/icmp6.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd {

QString toString(IcmpMethod m) {
  switch (m) {
    case IcmpMethod::None: return u"none"_s;
    case IcmpMethod::Raw: return u"raw"_s;
    case IcmpMethod::Dgram: return u"dgram"_s;
    case IcmpMethod::IcmpApi: return u"icmp_api"_s;
  }
  return {};
}

namespace {
int kindBit(IcmpEvent::Kind k) { return 1 << int(k); }
}  // namespace

IcmpPinger::IcmpPinger(const QHostAddress &target)
    : m_target(target), m_v6(target.protocol() == QAbstractSocket::IPv6Protocol) {
  m_id = quint16(QRandomGenerator::global()->bounded(1, 0xffff));
}

bool IcmpPinger::accept(IcmpEvent ev, QList<IcmpEvent> *out) {
  auto it = m_sentAt.constFind(ev.seq);
  if (it == m_sentAt.constEnd()) return false;
  int &seen = m_seenKinds[ev.seq];
  if (seen & kindBit(ev.kind)) return false;  // duplicate
  seen |= kindBit(ev.kind);
  if (ev.rttMs <= 0) ev.rttMs = std::chrono::duration<double, std::milli>(Clock::now() - it.value()).count();
  out->append(ev);
  return true;
}

#ifdef Q_OS_WIN

namespace {
// ICMPV6_ECHO_REPLY as documented (the Windows SDK names it ICMPV6_ECHO_REPLY_LH; MinGW's headers lack it).
struct Icmp6EchoReply {
  IPV6_ADDRESS_EX Address;
  ULONG Status;
  unsigned int RoundTripTime;
};

bool isIpStatus(DWORD e) { return e > IP_STATUS_BASE && e < IP_STATUS_BASE + 100; }
}  // namespace

IcmpPinger::~IcmpPinger() {
  if (m_handle) IcmpCloseHandle(HANDLE(m_handle));
}

bool IcmpPinger::open(QString *whyNot) {
  const QByteArray forced = qgetenv("RDPD_ICMP_METHOD");
  if (!forced.isEmpty() && forced != "icmp_api") {
    if (whyNot) *whyNot = u"ICMP method forced to %1, which this system does not offer"_s.arg(QString::fromLatin1(forced));
    return false;
  }
  HANDLE h = m_v6 ? Icmp6CreateFile() : IcmpCreateFile();
  if (h == INVALID_HANDLE_VALUE) {
    if (whyNot) *whyNot = u"the Windows ICMP helper could not be opened (error %1)"_s.arg(GetLastError());
    return false;
  }
  m_handle = h;
  m_method = IcmpMethod::IcmpApi;
  return true;
}

bool IcmpPinger::send(quint16 seq, int hopLimit, int *sysError, int waitMs) {
  if (!m_handle) return false;
  char payload[16] = "rdp-doctor ping";
  IP_OPTION_INFORMATION opt{};
  opt.Ttl = UCHAR(hopLimit > 0 ? hopLimit : 128);
  // Room for either reply, our payload echoed back, the quoted header of an ICMP error and an IO_STATUS_BLOCK.
  alignas(8) char reply[sizeof(Icmp6EchoReply) + sizeof(ICMP_ECHO_REPLY) + sizeof(payload) + 64] = {};
  const DWORD timeout = DWORD(qBound(1, waitMs, 5000));
  m_sentAt.insert(seq, Clock::now());
  m_seenKinds.remove(seq);
  DWORD n = 0;
  IcmpEvent ev;
  ev.seq = seq;
  if (!m_v6) {
    IPAddr dst = htonl(m_target.toIPv4Address());
    n = IcmpSendEcho2(HANDLE(m_handle), nullptr, nullptr, nullptr, dst, payload, WORD(sizeof payload), &opt, reply,
                      DWORD(sizeof reply), timeout);
    const auto *r = reinterpret_cast<const ICMP_ECHO_REPLY *>(reply);
    if (n == 0) {
      // A router's answer (e.g. TTL expired) can come back as a "failure" whose status is in the reply buffer.
      const DWORD e = GetLastError();
      if (sysError) *sysError = int(e);
      if (e == IP_REQ_TIMED_OUT) return true;  // no answer is not a send failure
      if (!isIpStatus(e) || r->Status != e) return false;
    }
    ev.from = QHostAddress(quint32(ntohl(r->Address)));
    ev.rttMs = double(qMax<ULONG>(r->RoundTripTime, 0)) + 0.01;
    if (r->Status == IP_SUCCESS) ev.kind = IcmpEvent::Kind::EchoReply;
    else if (r->Status == IP_TTL_EXPIRED_TRANSIT) ev.kind = IcmpEvent::Kind::TimeExceeded;
    else ev.kind = IcmpEvent::Kind::Unreachable;
  } else {
    sockaddr_in6 src{};
    src.sin6_family = AF_INET6;
    sockaddr_in6 dst{};
    dst.sin6_family = AF_INET6;
    const Q_IPV6ADDR a = m_target.toIPv6Address();
    std::memcpy(&dst.sin6_addr, &a, 16);
    n = Icmp6SendEcho2(HANDLE(m_handle), nullptr, nullptr, nullptr, &src, &dst, payload, WORD(sizeof payload), &opt,
                       reply, DWORD(sizeof reply), timeout);
    const auto *r = reinterpret_cast<const Icmp6EchoReply *>(reply);
    if (n == 0) {
      const DWORD e = GetLastError();
      if (sysError) *sysError = int(e);
      if (e == IP_REQ_TIMED_OUT) return true;
      if (!isIpStatus(e) || r->Status != e) return false;
    }
    Q_IPV6ADDR from;
    std::memcpy(&from, r->Address.sin6_addr, 16);
    ev.from = QHostAddress(from);
    ev.rttMs = double(r->RoundTripTime) + 0.01;
    if (r->Status == IP_SUCCESS) ev.kind = IcmpEvent::Kind::EchoReply;
    else if (r->Status == IP_HOP_LIMIT_EXCEEDED) ev.kind = IcmpEvent::Kind::TimeExceeded;
    else ev.kind = IcmpEvent::Kind::Unreachable;
  }
  accept(ev, &m_pending);
  return true;
}

QList<IcmpEvent> IcmpPinger::receive(int waitMs) {
  Q_UNUSED(waitMs);  // send() already waited for its answer
  QList<IcmpEvent> out;
  out.swap(m_pending);
  return out;
}

void IcmpPinger::drain(QList<IcmpEvent> *) {}
void IcmpPinger::drainErrorQueue(QList<IcmpEvent> *) {}
bool IcmpPinger::parseRaw(const unsigned char *, int, const QHostAddress &, IcmpEvent *) const { return false; }

#else  // POSIX (Linux)

namespace {

quint16 checksum(const unsigned char *d, int n) {
  quint32 s = 0;
  for (int i = 0; i + 1 < n; i += 2) s += quint32(d[i] << 8 | d[i + 1]);
  if (n & 1) s += quint32(d[n - 1] << 8);
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return quint16(~s);
}

quint16 be16(const unsigned char *p) { return quint16(p[0] << 8 | p[1]); }

}  // namespace

IcmpPinger::~IcmpPinger() { sock::close(m_fd); }

bool IcmpPinger::open(QString *whyNot) {
  const int family = m_v6 ? AF_INET6 : AF_INET;
  const int proto = m_v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP);
  const QByteArray forced = qgetenv("RDPD_ICMP_METHOD");
  QStringList reasons;
  if (forced.isEmpty() || forced == "raw") {
    m_fd = ::socket(family, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, proto);
    if (m_fd >= 0) {
      m_method = IcmpMethod::Raw;
      return true;
    }
    reasons << u"raw ICMP sockets need administrator rights or CAP_NET_RAW (%1)"_s
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
  }
  if (forced.isEmpty() || forced == "dgram") {
    m_fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, proto);
    if (m_fd >= 0) {
      int one = 1;
      if (m_v6) ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one);
      else ::setsockopt(m_fd, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
      m_method = IcmpMethod::Dgram;
      return true;
    }
    reasons << u"unprivileged ping sockets are not allowed for this user (net.ipv4.ping_group_range; %1)"_s
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
  }
  if (reasons.isEmpty()) reasons << u"ICMP switched off (RDPD_ICMP_METHOD=%1)"_s.arg(QString::fromLatin1(forced));
  if (whyNot) *whyNot = reasons.join(u"; "_s);
  m_method = IcmpMethod::None;
  return false;
}

bool IcmpPinger::send(quint16 seq, int hopLimit, int *sysError, int waitMs) {
  Q_UNUSED(waitMs);
  if (m_fd < 0) return false;
  const int hops = hopLimit > 0 ? hopLimit : -1;  // -1 restores the system default
  if (m_v6) ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &hops, sizeof hops);
  else ::setsockopt(m_fd, IPPROTO_IP, IP_TTL, &hops, sizeof hops);

  unsigned char pkt[8 + 16] = {};
  pkt[0] = m_v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO;
  pkt[4] = quint8(m_id >> 8);
  pkt[5] = quint8(m_id);
  pkt[6] = quint8(seq >> 8);
  pkt[7] = quint8(seq);
  std::memcpy(pkt + 8, "rdp-doctor ping", 16);
  // ICMPv6 checksums (and everything on ping sockets) are filled in by the kernel.
  if (!m_v6) {
    const quint16 c = checksum(pkt, int(sizeof pkt));
    pkt[2] = quint8(c >> 8);
    pkt[3] = quint8(c);
  }
  sockaddr_storage ss;
  const socklen_t len = sock::toSockaddr(m_target, 0, &ss);
  m_sentAt.insert(seq, Clock::now());
  m_seenKinds.remove(seq);
  for (;;) {
    const ssize_t n = ::sendto(m_fd, pkt, sizeof pkt, 0, reinterpret_cast<sockaddr *>(&ss), len);
    if (n >= 0) return true;
    if (errno == EINTR) continue;
    if (sysError) *sysError = errno;
    return false;
  }
}

bool IcmpPinger::parseRaw(const unsigned char *buf, int n, const QHostAddress &from, IcmpEvent *ev) const {
  // IPv4 raw sockets deliver the IP header; ICMPv6 raw sockets do not.
  int off = 0;
  if (!m_v6) {
    if (n < 20) return false;
    off = (buf[0] & 0x0f) * 4;
  }
  if (n < off + 8) return false;
  const int type = buf[off];
  const int code = buf[off + 1];
  ev->icmpType = type;
  ev->icmpCode = code;
  ev->from = from;
  const int echoReply = m_v6 ? ICMP6_ECHO_REPLY : ICMP_ECHOREPLY;
  if (type == echoReply) {
    if (be16(buf + off + 4) != m_id) return false;
    ev->kind = IcmpEvent::Kind::EchoReply;
    ev->seq = be16(buf + off + 6);
    return true;
  }
  const bool timeExceeded = m_v6 ? type == ICMP6_TIME_EXCEEDED : type == ICMP_TIME_EXCEEDED;
  const bool unreachable = m_v6 ? type == ICMP6_DST_UNREACH : type == ICMP_DEST_UNREACH;
  if (!timeExceeded && !unreachable) return false;
  // The error quotes our original packet: its IP header, then our echo request's first 8 bytes.
  int inner = off + 8;
  if (m_v6) {
    if (n < inner + 40 || buf[inner + 6] != IPPROTO_ICMPV6) return false;
    inner += 40;
  } else {
    if (n < inner + 20 || buf[inner + 9] != IPPROTO_ICMP) return false;
    inner += (buf[inner] & 0x0f) * 4;
  }
  if (n < inner + 8) return false;
  const int echoRequest = m_v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO;
  if (buf[inner] != echoRequest || be16(buf + inner + 4) != m_id) return false;
  ev->kind = timeExceeded ? IcmpEvent::Kind::TimeExceeded : IcmpEvent::Kind::Unreachable;
  ev->seq = be16(buf + inner + 6);
  return true;
}

void IcmpPinger::drainErrorQueue(QList<IcmpEvent> *out) {
  // Ping sockets report "time exceeded" and "unreachable" on the error queue: the data is our original echo
  // header, the control message names the router that answered.
  for (int guard = 0; guard < 256; ++guard) {
    unsigned char data[256];
    alignas(cmsghdr) unsigned char control[512];
    sockaddr_storage name{};
    iovec iov{data, sizeof data};
    msghdr msg{};
    msg.msg_name = &name;
    msg.msg_namelen = sizeof name;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(m_fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT);
    if (n < 0) return;
    if (n < 8) continue;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      const bool isErr = (c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR) ||
                         (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR);
      if (!isErr) continue;
      const auto *ee = reinterpret_cast<const sock_extended_err *>(CMSG_DATA(c));
      if (ee->ee_origin != SO_EE_ORIGIN_ICMP && ee->ee_origin != SO_EE_ORIGIN_ICMP6) continue;
      IcmpEvent ev;
      ev.icmpType = ee->ee_type;
      ev.icmpCode = ee->ee_code;
      const bool timeExceeded = m_v6 ? ee->ee_type == ICMP6_TIME_EXCEEDED : ee->ee_type == ICMP_TIME_EXCEEDED;
      ev.kind = timeExceeded ? IcmpEvent::Kind::TimeExceeded : IcmpEvent::Kind::Unreachable;
      ev.seq = be16(data + 6);
      const auto *offender = reinterpret_cast<const sockaddr *>(ee + 1);
      if (offender->sa_family == AF_INET || offender->sa_family == AF_INET6) ev.from = sock::fromSockaddr(offender);
      accept(ev, out);
    }
  }
}

void IcmpPinger::drain(QList<IcmpEvent> *out) {
  for (int guard = 0; guard < 256; ++guard) {
    unsigned char buf[1500];
    sockaddr_storage from{};
    socklen_t flen = sizeof from;
    const ssize_t n = ::recvfrom(m_fd, buf, sizeof buf, MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&from), &flen);
    if (n < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK) return;
      if (errno == EINTR) continue;
      continue;  // a pending ICMP error reported once (it is also on the error queue); read on
    }
    const QHostAddress src = sock::fromSockaddr(reinterpret_cast<sockaddr *>(&from));
    IcmpEvent ev;
    if (m_method == IcmpMethod::Raw) {
      if (parseRaw(buf, int(n), src, &ev)) accept(ev, out);
      continue;
    }
    // Ping socket: only echo replies for our socket arrive here, without IP header; the kernel owns the id.
    const int echoReply = m_v6 ? ICMP6_ECHO_REPLY : ICMP_ECHOREPLY;
    if (n < 8 || buf[0] != echoReply) continue;
    ev.kind = IcmpEvent::Kind::EchoReply;
    ev.seq = be16(buf + 6);
    ev.from = src;
    ev.icmpType = buf[0];
    accept(ev, out);
  }
}

QList<IcmpEvent> IcmpPinger::receive(int waitMs) {
  QList<IcmpEvent> out;
  if (m_fd < 0) return out;
  sock::PollFd p{m_fd, POLLIN, 0};
  int rc;
  do {
    rc = sock::poll(&p, 1, qMax(0, waitMs));
  } while (rc < 0 && errno == EINTR);
  if (rc <= 0) return out;
  if (m_method == IcmpMethod::Dgram) drainErrorQueue(&out);
  drain(&out);
  if (m_method == IcmpMethod::Dgram) drainErrorQueue(&out);
  return out;
}

#endif

}  // namespace rdpd
