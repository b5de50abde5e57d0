#include "tests/support/loopback.h"

#include <QFile>
#include <QTcpServer>
#include <QtEndian>

#include <vector>

#include "checks/net/socket_api.h"

#ifdef Q_OS_WIN
#include <iphlpapi.h>
#endif

namespace rdpd::test {

int closedLoopbackPort() {
  QTcpServer s;
  s.listen(QHostAddress::LocalHost, 0);
  const int port = s.serverPort();
  s.close();
  return port;
}

#ifdef Q_OS_WIN
namespace {
// One GetExtendedTcpTable call for the listeners of one address family (the buffer grows until it fits).
std::vector<char> listenerTable(ULONG family) {
  std::vector<char> buf(16 * 1024);
  for (int i = 0; i < 4; ++i) {
    ULONG size = ULONG(buf.size());
    const DWORD rc = GetExtendedTcpTable(buf.data(), &size, FALSE, family, TCP_TABLE_OWNER_PID_LISTENER, 0);
    if (rc == NO_ERROR) return buf;
    if (rc != ERROR_INSUFFICIENT_BUFFER) break;
    buf.resize(size + 4096);
  }
  return {};
}
}  // namespace

QStringList listeningAddresses(int port) {
  QStringList out;
  const std::vector<char> v4 = listenerTable(AF_INET);
  if (!v4.empty()) {
    const auto *t = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID *>(v4.data());
    for (DWORD i = 0; i < t->dwNumEntries; ++i)
      if (ntohs(u_short(t->table[i].dwLocalPort)) == port)
        out << QHostAddress(quint32(ntohl(t->table[i].dwLocalAddr))).toString();
  }
  const std::vector<char> v6 = listenerTable(AF_INET6);
  if (!v6.empty()) {
    const auto *t = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID *>(v6.data());
    for (DWORD i = 0; i < t->dwNumEntries; ++i)
      if (ntohs(u_short(t->table[i].dwLocalPort)) == port)
        out << QHostAddress(reinterpret_cast<const quint8 *>(t->table[i].ucLocalAddr)).toString();
  }
  return out;
}
#else
QStringList listeningAddresses(int port) {
  // /proc/net/tcp prints each 32-bit word of the address in host byte order (little-endian here): swap them back.
  QStringList out;
  const QString portHex = QString::number(port, 16).toUpper().rightJustified(4, u'0');
  for (const char *file : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly)) continue;
    for (const QByteArray &line : f.readAll().split('\n')) {
      const QList<QByteArray> cols = line.simplified().split(' ');
      if (cols.size() < 4 || cols[3] != "0A") continue;  // 0A = LISTEN
      const QList<QByteArray> local = cols[1].split(':');
      if (local.size() != 2 || QString::fromLatin1(local[1]) != portHex) continue;
      const QByteArray hex = local[0];
      if (hex.size() == 8) {
        out << QHostAddress(qbswap(hex.toUInt(nullptr, 16))).toString();
      } else if (hex.size() == 32) {
        quint8 bytes[16];
        for (int w = 0; w < 4; ++w) qToBigEndian(qbswap(hex.mid(w * 8, 8).toUInt(nullptr, 16)), bytes + 4 * w);
        out << QHostAddress(bytes).toString();
      }
    }
  }
  return out;
}
#endif

sock::Handle listenLoopback(int backlog, int *port, bool reuseAddress) {
  sock::ensureStarted();
  const sock::Handle h = sock::open(AF_INET, SOCK_STREAM, 0, false);
  if (!sock::isValid(h)) return h;
  if (reuseAddress) sock::setIntOption(h, SOL_SOCKET, SO_REUSEADDR, 1);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sock::SockLen len = sizeof a;
  if (::bind(h, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(h, backlog) != 0 ||
      ::getsockname(h, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
    sock::close(h);
    return sock::kInvalid;
  }
  if (port) *port = ntohs(a.sin_port);
  return h;
}

bool waitReadable(sock::Handle h, int timeoutMs) {
  sock::PollFd p{};
  p.fd = h;
  p.events = POLLIN;
  return sock::poll(&p, 1, timeoutMs) > 0;
}

bool sendAll(sock::Handle h, const char *data, qint64 size) {
  qint64 off = 0;
  while (off < size) {
    const qint64 n = sock::send(h, data + off, size - off);
    if (n < 0 && sock::isInterrupted(sock::lastError())) continue;
    if (n <= 0) return false;
    off += n;
  }
  return true;
}

void shutdownBoth(sock::Handle h) {
#ifdef Q_OS_WIN
  ::shutdown(h, SD_BOTH);
#else
  ::shutdown(h, SHUT_RDWR);
#endif
}

void closeWithReset(sock::Handle h) {
  linger l{};
  l.l_onoff = 1;
  l.l_linger = 0;
  ::setsockopt(h, SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l), sizeof l);
  sock::close(h);
}

void setIoTimeout(sock::Handle h, int seconds) {
#ifdef Q_OS_WIN
  const DWORD ms = DWORD(seconds) * 1000;  // Winsock takes milliseconds as a DWORD
  ::setsockopt(h, SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&ms), sizeof ms);
  ::setsockopt(h, SOL_SOCKET, SO_SNDTIMEO, reinterpret_cast<const char *>(&ms), sizeof ms);
#else
  timeval tv{seconds, 0};
  ::setsockopt(h, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(h, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
#endif
}

}  // namespace rdpd::test
