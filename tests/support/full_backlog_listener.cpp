#include "tests/support/full_backlog_listener.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace rdpd::test {

namespace {

sockaddr_in loopback(int port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

// Starts a non-blocking connect; returns the socket, or -1.
int startConnect(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  const sockaddr_in a = loopback(port);
  if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0 && errno != EINPROGRESS) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// True when the connect on fd completed (either way) within timeoutMs.
bool completes(int fd, int timeoutMs) {
  pollfd p{fd, POLLOUT, 0};
  return ::poll(&p, 1, timeoutMs) > 0;
}

}  // namespace

FullBacklogListener::FullBacklogListener() {
  m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (m_listenFd < 0) return;
  sockaddr_in a = loopback(0);
  socklen_t len = sizeof a;
  if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listenFd, 0) != 0 ||
      ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
    ::close(m_listenFd);
    m_listenFd = -1;
    return;
  }
  const int port = ntohs(a.sin_port);
  // Backlog 0 still queues one completed connection (and the kernel may let one more in): keep connecting until an
  // attempt no longer completes, which means the queue is full and SYNs are being dropped.
  for (int i = 0; i < 8; ++i) {
    const int fd = startConnect(port);
    if (fd < 0) break;
    m_fillers.push_back(fd);
    if (!completes(fd, 100)) break;
  }
  m_port = port;
}

FullBacklogListener::~FullBacklogListener() {
  for (int fd : m_fillers) ::close(fd);
  if (m_listenFd >= 0) ::close(m_listenFd);
}

bool FullBacklogListener::connectHangs(int timeoutMs) const {
  if (m_port == 0) return false;
  const int fd = startConnect(m_port);
  if (fd < 0) return false;
  const bool hung = !completes(fd, timeoutMs);
  ::close(fd);
  return hung;
}

}  // namespace rdpd::test
