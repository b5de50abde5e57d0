// net.tcp_connect and TcpSocket on real loopback sockets (no root needed): refused, open, IPv6, and a connect
// that hangs (full listen backlog) stopped by cancel or by its timeout.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <thread>
#include <vector>

#include "checks/core/services.h"
#include "checks/net/socket_api.h"
#include "checks/net/tcp_connect_check.h"
#include "checks/net/tcp_socket.h"
#include "tests/support/full_backlog_listener.h"
#include "tests/support/loopback.h"
#include "tests/support/platform.h"

using namespace Qt::StringLiterals;
using namespace rdpd;

namespace {

CheckResult runConnect(const QString &input, int budgetMs) {
  CheckContext ctx;
  ctx.target = parseTarget(input).target;
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(budgetMs));
  ctx.services = &Services::system();
  ctx.timeoutMs = budgetMs;
  return TcpConnectCheck().run(ctx);
}

int closedIpv6LoopbackPort() {
  sock::ensureStarted();
  const sock::Handle fd = sock::open(AF_INET6, SOCK_STREAM, 0, false);
  sockaddr_in6 a{};
  a.sin6_family = AF_INET6;
  a.sin6_addr = in6addr_loopback;
  if (!sock::isValid(fd) || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
    if (sock::isValid(fd)) sock::close(fd);
    return 0;
  }
  sock::SockLen len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
  sock::close(fd);
  return ntohs(a.sin6_port);
}

}  // namespace

TEST(TcpConnect, closed_loopback_port_is_refused_quickly) {
  QElapsedTimer t;
  t.start();
  const CheckResult r = runConnect(u"127.0.0.1:%1"_s.arg(test::closedLoopbackPort()), 3000);
  // Windows retries a refused SYN twice (about 0.5 s apart) before it reports the refusal, even on loopback; Linux
  // (and Wine, which uses Linux sockets) reports it at once.
  EXPECT_LT(t.elapsed(), test::kOnWindows ? 2500 : 1000);
  EXPECT_EQ(r.status, Status::Fail);
  EXPECT_EQ(r.findings.value(u"state"_s).toString(), u"refused"_s);
  EXPECT_EQ(r.fixId, u"port-refused"_s);
  EXPECT_EQ(r.findings.value(u"address"_s).toString(), u"127.0.0.1"_s);
}

TEST(TcpConnect, listening_port_is_open) {
  QTcpServer server;
  ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
  const CheckResult r = runConnect(u"127.0.0.1:%1"_s.arg(server.serverPort()), 3000);
  EXPECT_EQ(r.status, Status::Pass);
  EXPECT_EQ(r.findings.value(u"state"_s).toString(), u"open"_s);
  EXPECT_EQ(r.findings.value(u"port"_s).toInt(), server.serverPort());
  EXPECT_LT(r.findings.value(u"elapsed_ms"_s).toLongLong(), 1000);
}

TEST(TcpConnect, ipv6_loopback_closed_port_is_refused) {
  const int port = closedIpv6LoopbackPort();
  if (port == 0) GTEST_SKIP() << "no IPv6 loopback on this machine";
  const CheckResult r = runConnect(u"[::1]:%1"_s.arg(port), 3000);
  EXPECT_EQ(r.findings.value(u"state"_s).toString(), u"refused"_s);
  EXPECT_EQ(r.findings.value(u"address"_s).toString(), u"::1"_s);
}

TEST(TcpConnect, hanging_connect_is_filtered_at_its_timeout) {
  test::FullBacklogListener l;
  if (!l.connectHangs()) GTEST_SKIP() << test::kNoHangingConnect;
  QElapsedTimer t;
  t.start();
  const CheckResult r = runConnect(u"127.0.0.1:%1"_s.arg(l.port()), 300);
  EXPECT_EQ(r.findings.value(u"state"_s).toString(), u"filtered"_s);
  EXPECT_GE(t.elapsed(), 280);
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 300 + 1000);
}

TEST(TcpConnect, cancel_stops_a_hanging_connect_promptly) {
  test::FullBacklogListener l;
  if (!l.connectHangs()) GTEST_SKIP() << test::kNoHangingConnect;
  CancelToken token(std::chrono::seconds(10));
  TcpSocket s;
  ConnectOutcome out;
  std::thread worker([&] { out = s.connect(QHostAddress(u"127.0.0.1"_s), quint16(l.port()), token, 10000); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let the connect start hanging
  QElapsedTimer t;
  t.start();
  token.cancel();
  worker.join();
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 1000);
  EXPECT_EQ(out.state, ConnectState::Cancelled);
  EXPECT_FALSE(s.isOpen());
}
