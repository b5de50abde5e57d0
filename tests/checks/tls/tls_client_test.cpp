// The TLS client itself on real loopback sockets: a peer that never answers is stopped by the token within a few
// poll slices, and a TLS handshake with the scripted CredSSP server reports version, cipher and chain.
#include "checks/tls/tls_client.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <thread>

#include "checks/net/socket_api.h"
#include "checks/rdp/negotiation_probe.h"
#include "tests/support/loopback.h"
#include "tests/support/scripted_credssp_server.h"
#include "tests/support/test_certs.h"

using namespace rdpd;
using namespace rdpd::test;
using namespace Qt::StringLiterals;

namespace {
// A listener that lets the kernel complete connections but never reads or answers.
struct SilentListener {
  int port = 0;
  sock::Handle fd = listenLoopback(4, &port);
  sock::Handle peer = sock::kInvalid;  // the accepted connection, kept open and unanswered
  ~SilentListener() {
    if (sock::isValid(peer)) sock::close(peer);
    if (sock::isValid(fd)) sock::close(fd);
  }
  // Explicit readiness instead of a guessed sleep: true once the client's first bytes (its ClientHello) arrived,
  // i.e. the handshake is now waiting for an answer that never comes. Reads them and answers nothing.
  bool waitForClientHello(int timeoutMs) {
    if (!waitReadable(fd, timeoutMs)) return false;
    peer = sock::accept(fd, false);
    if (!sock::isValid(peer) || !waitReadable(peer, timeoutMs)) return false;
    char buf[512];
    return sock::recv(peer, buf, sizeof buf) > 0;
  }
};
}  // namespace

TEST(TlsClient, cancel_stops_a_handshake_with_a_silent_peer) {
  SilentListener l;
  ASSERT_GT(l.port, 0);
  CancelToken token;
  TcpSocket s;
  ASSERT_EQ(s.connect(QHostAddress::LocalHost, quint16(l.port), token, 1000).state, ConnectState::Open);
  tls::TlsClient c(s);
  tls::TlsClientOptions o;
  o.timeoutMs = 10000;
  bool helloSeen = false;
  std::thread canceller([&] {
    helloSeen = l.waitForClientHello(5000);
    token.cancel();
  });
  QElapsedTimer t;
  t.start();
  const tls::TlsHandshakeResult r = c.handshake(o, token);
  canceller.join();
  EXPECT_TRUE(helloSeen) << "the client never sent its ClientHello";
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.peer, tls::PeerReply::Cancelled);
  // Generous on purpose: a busy 2-CPU machine can stall a thread for hundreds of ms; the point is "far below the
  // timeout".
  EXPECT_LT(t.elapsed(), 2000);
}

TEST(TlsClient, silent_peer_times_out_with_its_own_deadline) {
  SilentListener l;
  CancelToken token;
  TcpSocket s;
  ASSERT_EQ(s.connect(QHostAddress::LocalHost, quint16(l.port), token, 1000).state, ConnectState::Open);
  tls::TlsClient c(s);
  tls::TlsClientOptions o;
  o.timeoutMs = 150;
  const tls::TlsHandshakeResult r = c.handshake(o, token);
  EXPECT_EQ(r.peer, tls::PeerReply::Timeout);
  EXPECT_GE(r.elapsedMs, 140);
  EXPECT_LT(r.elapsedMs, 1000);
}

TEST(TlsClient, handshake_after_the_x224_exchange_reports_version_cipher_and_chain) {
  const TestCerts &certs = TestCerts::shared();
  ASSERT_TRUE(certs.ok());
  ScriptedCredsspServer::Options so;
  so.certFile = certs.valid().certPath;
  so.keyFile = certs.valid().keyPath;
  ScriptedCredsspServer server(so);
  ASSERT_TRUE(server.isRunning());
  CancelToken token;
  TcpSocket s;
  const rdp::NegotiationOutcome n = rdp::negotiate(s, QHostAddress::LocalHost, quint16(server.port()),
                                                   rdp::ProtocolSsl | rdp::ProtocolHybrid, token, 2000);
  ASSERT_TRUE(n.tlsFollows());
  EXPECT_EQ(n.confirm.flags, 0x1F);
  tls::TlsClient c(s);
  tls::TlsClientOptions o;
  o.maxVersion = tls::TlsVersion::Tls12;
  o.serverName = u"rdpd-test.local"_s;
  const tls::TlsHandshakeResult r = c.handshake(o, token);
  ASSERT_TRUE(r.ok) << r.error.toStdString();
  EXPECT_EQ(r.version, u"TLSv1.2"_s);
  EXPECT_TRUE(r.cipher.startsWith(u"TLS_"_s)) << r.cipher.toStdString();
  ASSERT_EQ(r.chainDer.size(), 1);
  EXPECT_FALSE(r.chainVerified);
  EXPECT_FALSE(r.verifyError.isEmpty());
}

TEST(TlsClient, mcs_disconnect_bytes_are_recognised) {
  EXPECT_TRUE(tls::looksLikeMcsDisconnect(QByteArray::fromHex("0300000902f0802180")));
  EXPECT_FALSE(tls::looksLikeMcsDisconnect(QByteArray::fromHex("160303")));
  EXPECT_FALSE(tls::looksLikeMcsDisconnect(QByteArray::fromHex("0300000902f080")));
}
