#include "tests/support/full_backlog_listener.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include "checks/net/socket_api.h"
#include "tests/support/loopback.h"

#ifdef Q_OS_WIN
#include <iphlpapi.h>

#include <vector>
#endif

namespace rdpd::test {

namespace {

// Starts a non-blocking connect to 127.0.0.1:port; returns the socket, or kInvalid.
sock::Handle startConnect(int port) {
  const sock::Handle fd = sock::open(AF_INET, SOCK_STREAM, 0, true);
  if (!sock::isValid(fd)) return fd;
  sockaddr_storage a{};
  const sock::SockLen len = sock::toSockaddr(QHostAddress(QHostAddress::LocalHost), quint16(port), &a);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), len) != 0 && !sock::isInProgress(sock::lastError())) {
    sock::close(fd);
    return sock::kInvalid;
  }
  return fd;
}

// True when the connect on fd completed (either way) within timeoutMs.
bool completes(sock::Handle fd, int timeoutMs) { return sock::waitConnected(fd, timeoutMs) != 0; }

}  // namespace

FullBacklogListener::FullBacklogListener() {
  int port = 0;
  m_listenFd = listenLoopback(0, &port);
  if (!sock::isValid(m_listenFd)) return;
  // Backlog 0 still queues one completed connection (and the kernel may let one more in): keep connecting until an
  // attempt no longer completes, which means the queue is full and SYNs are being dropped.
  for (int i = 0; i < 8; ++i) {
    const sock::Handle fd = startConnect(port);
    if (!sock::isValid(fd)) break;
    m_fillers.push_back(fd);
    if (!completes(fd, 100)) break;
  }
  m_port = port;
}

FullBacklogListener::~FullBacklogListener() {
  for (sock::Handle fd : m_fillers) sock::close(fd);
  if (sock::isValid(m_listenFd)) sock::close(m_listenFd);
}

bool FullBacklogListener::connectHangs(int timeoutMs) const {
  if (m_port == 0) return false;
  const sock::Handle fd = startConnect(m_port);
  if (!sock::isValid(fd)) return false;
  const bool hung = !completes(fd, timeoutMs);
  sock::close(fd);
  return hung;
}

int FullBacklogListener::pendingConnects() const {
  if (m_port == 0) return -1;
#ifdef Q_OS_LINUX
  // "sl local_address rem_address st ...", addresses as HEX_IP:HEX_PORT, st 02 = SYN_SENT.
  QFile f(QStringLiteral("/proc/net/tcp"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const QByteArray remote = ':' + QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
  int n = 0;
  f.readLine();  // header
  for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
    const QList<QByteArray> cols = line.simplified().split(' ');
    if (cols.size() > 3 && cols[2].endsWith(remote) && cols[3] == "02") ++n;
  }
  return n;
#elif defined(Q_OS_WIN)
  // The IPv4 connection table (IP Helper), state SYN_SENT towards the listener's port.
  std::vector<unsigned char> buf(16 * 1024);
  DWORD size = DWORD(buf.size());
  DWORD rc = GetExtendedTcpTable(buf.data(), &size, FALSE, AF_INET, TCP_TABLE_BASIC_ALL, 0);
  while (rc == ERROR_INSUFFICIENT_BUFFER) {
    buf.resize(size);
    rc = GetExtendedTcpTable(buf.data(), &size, FALSE, AF_INET, TCP_TABLE_BASIC_ALL, 0);
  }
  if (rc != NO_ERROR) return -1;
  const auto *t = reinterpret_cast<const MIB_TCPTABLE *>(buf.data());
  int n = 0;
  for (DWORD i = 0; i < t->dwNumEntries; ++i) {
    const MIB_TCPROW &row = t->table[i];
    if (row.dwState == MIB_TCP_STATE_SYN_SENT && ntohs(u_short(row.dwRemotePort)) == m_port) ++n;
  }
  return n;
#else
  return -1;
#endif
}

bool FullBacklogListener::waitForPendingConnects(int atLeast, int timeoutMs) const {
  const QDeadlineTimer deadline(timeoutMs);
  do {
    const int n = pendingConnects();
    if (n < 0) return false;
    if (n >= atLeast) return true;
    QThread::msleep(2);  // polling a condition, not a guess
  } while (!deadline.hasExpired());
  return false;
}

}  // namespace rdpd::test
