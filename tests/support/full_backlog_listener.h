#pragma once
// A root-free "filtered" port on loopback: a listening TCP socket that never accepts, with its accept queue filled by
// a few connections. Linux then drops further SYNs to it, so a connect attempt hangs until its own timeout, like a
// port behind a firewall that silently drops packets.

#include <vector>

namespace rdpd::test {

class FullBacklogListener {
 public:
  FullBacklogListener();
  ~FullBacklogListener();
  FullBacklogListener(const FullBacklogListener &) = delete;
  FullBacklogListener &operator=(const FullBacklogListener &) = delete;

  // 0 when the listener could not be set up.
  int port() const { return m_port; }
  // True when a fresh connect attempt to port() is still pending after timeoutMs (it hangs, as intended).
  bool connectHangs(int timeoutMs = 200) const;

 private:
  int m_listenFd = -1;
  int m_port = 0;
  std::vector<int> m_fillers;
};

}  // namespace rdpd::test
