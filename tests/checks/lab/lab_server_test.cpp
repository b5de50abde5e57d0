// The training lab's responders, probed with the product's own probes: every wire behaviour a scenario can ask for
// shows up as that outcome; the lab binds 127.0.0.1 only and frees its ports when stopped or destroyed.
#include "checks/lab/lab_server.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

#include "checks/core/check.h"
#include "checks/guest/evidence.h"
#include "checks/rdp/identity_check.h"
#include "checks/rdp/negotiation_probe.h"
#include "checks/rdp/tls_probe.h"
#include "checks/tls/certificate_info.h"
#include "checks/tls/tls_client.h"
#include "tests/support/loopback.h"
#include "tests/support/platform.h"

using namespace Qt::StringLiterals;
using namespace rdpd;
using namespace rdpd::lab;
using rdpd::test::listeningAddresses;

namespace {

const QHostAddress kLo(QHostAddress::LocalHost);

Scenario scenarioWith(const ListenerSpec &main, std::optional<ListenerSpec> alt = std::nullopt) {
  Scenario s;
  s.id = u"test"_s;
  s.main = main;
  s.alternative = alt;
  return s;
}

ListenerSpec rdpSpec(QStringList protocols = {u"tls"_s, u"hybrid"_s}) {
  ListenerSpec l;
  l.behaviour = Behaviour::Rdp;
  l.rdp.protocols = std::move(protocols);
  return l;
}

ListenerSpec behaviour(Behaviour b) {
  ListenerSpec l;
  l.behaviour = b;
  return l;
}

rdp::NegotiationOutcome probe(int port, quint32 requested, int timeoutMs = 3000) {
  CancelToken token;
  TcpSocket s;
  return rdp::negotiate(s, kLo, quint16(port), requested, token, timeoutMs);
}

}  // namespace

TEST(LabServer, listens_on_loopback_only_and_frees_its_ports_when_destroyed) {
  int mainPort = 0, altPort = 0;
  {
    LabServer lab;
    ASSERT_TRUE(lab.start(scenarioWith(rdpSpec(), behaviour(Behaviour::Http))).ok);
    mainPort = lab.mainPort();
    altPort = lab.alternativePort();
    ASSERT_GT(mainPort, 0);
    ASSERT_GT(altPort, 0);
    for (const QHostAddress &a : lab.boundAddresses()) EXPECT_EQ(a, kLo) << a.toString().toStdString();
    EXPECT_EQ(lab.boundAddresses().size(), 2);
    EXPECT_EQ(listeningAddresses(mainPort), QStringList{u"127.0.0.1"_s});  // nothing else
    EXPECT_EQ(listeningAddresses(altPort), QStringList{u"127.0.0.1"_s});
    const Target t = lab.target();
    EXPECT_EQ(t.host, u"127.0.0.1"_s);
    EXPECT_EQ(t.port, mainPort);
    EXPECT_EQ(t.extraPorts, QList<int>{altPort});
    EXPECT_TRUE(probe(mainPort, rdp::ProtocolSsl).isRdp());
  }
  EXPECT_TRUE(listeningAddresses(mainPort).isEmpty());
  EXPECT_TRUE(listeningAddresses(altPort).isEmpty());
  const rdp::NegotiationOutcome after = probe(mainPort, rdp::ProtocolSsl, 1000);
  EXPECT_EQ(after.kind, rdp::NegotiationOutcome::Kind::ConnectFailed);
  EXPECT_EQ(after.connect.state, ConnectState::Refused);
}

TEST(LabServer, stops_quickly_even_while_a_silent_connection_is_open_and_a_new_scenario_replaces_the_old) {
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(behaviour(Behaviour::Silent))).ok);
  const int first = lab.mainPort();
  CancelToken token;
  TcpSocket held;
  ASSERT_EQ(held.connect(kLo, quint16(first), token, 2000).state, ConnectState::Open);
  QElapsedTimer until;
  until.start();
  while (lab.connectionsHandled() == 0 && until.elapsed() < 3000) QThread::msleep(10);
  ASSERT_EQ(lab.connectionsHandled(), 1);
  QElapsedTimer t;
  t.start();
  ASSERT_TRUE(lab.start(scenarioWith(rdpSpec())).ok);  // scenario change: the old one stops first
  EXPECT_LT(t.elapsed(), 1500);
  EXPECT_TRUE(listeningAddresses(first).isEmpty() || lab.mainPort() == first);
  EXPECT_EQ(lab.scenario()->main.behaviour, Behaviour::Rdp);
  t.restart();
  lab.stop();
  EXPECT_LT(t.elapsed(), 1500);
  EXPECT_FALSE(lab.isRunning());
  EXPECT_EQ(lab.mainPort(), 0);
}

TEST(LabServer, windows_like_rdp_selects_hybrid_with_flags_0x1f_and_refuses_plain_rdp_with_code_5) {
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(rdpSpec({u"hybrid"_s}))).ok);
  const auto hybrid = probe(lab.mainPort(), rdp::ProtocolSsl | rdp::ProtocolHybrid);
  ASSERT_TRUE(hybrid.isRdp());
  EXPECT_EQ(hybrid.confirm.kind, rdp::ConnectionConfirm::Kind::Response);
  EXPECT_EQ(hybrid.confirm.selectedProtocol, rdp::ProtocolHybrid);
  EXPECT_EQ(hybrid.confirm.flags, 0x1F);
  const auto plain = probe(lab.mainPort(), rdp::ProtocolRdp);
  EXPECT_EQ(plain.confirm.kind, rdp::ConnectionConfirm::Kind::Failure);
  EXPECT_EQ(plain.confirm.failureCode, 5u);
}

TEST(LabServer, every_failure_code_1_to_6_reaches_the_client) {
  for (int code = 1; code <= 6; ++code) {
    ListenerSpec l = rdpSpec();
    l.rdp.failureCode = code;
    LabServer lab;
    ASSERT_TRUE(lab.start(scenarioWith(l)).ok);
    const auto o = probe(lab.mainPort(), rdp::ProtocolSsl | rdp::ProtocolHybrid);
    EXPECT_EQ(o.confirm.kind, rdp::ConnectionConfirm::Kind::Failure) << code;
    EXPECT_EQ(o.confirm.failureCode, quint32(code));
  }
}

TEST(LabServer, non_rdp_behaviours_look_as_they_would_on_a_real_server) {
  using K = rdp::NegotiationOutcome::Kind;
  using CK = rdp::ConnectionConfirm::Kind;
  struct Case { Behaviour b; K kind; std::optional<CK> confirm; };
  const QList<Case> cases{{Behaviour::NoNegotiation, K::Confirm, CK::NoNegData},
                          {Behaviour::Http, K::Confirm, CK::Http},
                          {Behaviour::McsDisconnect, K::Confirm, CK::McsDisconnect},
                          {Behaviour::AcceptClose, K::Closed, std::nullopt},
                          {Behaviour::Reset, K::Reset, std::nullopt},
                          {Behaviour::Silent, K::Silent, std::nullopt}};
  for (const Case &c : cases) {
    LabServer lab;
    ASSERT_TRUE(lab.start(scenarioWith(behaviour(c.b))).ok);
    const auto o = probe(lab.mainPort(), rdp::ProtocolSsl, 600);
    if (c.kind == K::Reset && rdpd::test::runningUnderWine()) {
      // Wine sometimes reports a reset as an orderly close (docs/windows.md); Windows and Linux report the reset.
      EXPECT_TRUE(o.kind == K::Reset || o.kind == K::Closed) << behaviourName(c.b).toStdString();
      continue;
    }
    EXPECT_EQ(o.kind, c.kind) << behaviourName(c.b).toStdString();
    if (c.confirm) {
      EXPECT_EQ(o.confirm.kind, *c.confirm) << behaviourName(c.b).toStdString();
    }
  }
}

TEST(LabServer, refused_port_refuses_and_filtered_port_times_out_without_root) {
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(behaviour(Behaviour::Refused), behaviour(Behaviour::Filtered))).ok);
  CancelToken token;
  TcpSocket a;
  EXPECT_EQ(a.connect(kLo, quint16(lab.mainPort()), token, 1000).state, ConnectState::Refused);
  TcpSocket b;
  QElapsedTimer t;
  t.start();
  EXPECT_EQ(b.connect(kLo, quint16(lab.alternativePort()), token, 700).state, ConnectState::Filtered);
  EXPECT_GE(t.elapsed(), 650);
  EXPECT_TRUE(listeningAddresses(lab.mainPort()).isEmpty());  // bound, never listening
}

TEST(LabServer, a_pausing_listener_leaves_some_connection_attempts_unanswered_like_a_lossy_path) {
  ListenerSpec l = rdpSpec();
  l.acceptPauseMs = 400;
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(l)).ok);
  CancelToken token;
  // The first connection is accepted at once; the pause begins. One more fits in the queue of one (it stays there
  // after its client hangs up); the kernel drops the next SYN, so one attempt gets no answer within 300 ms (its
  // retransmission would come after about a second). Each socket is closed at once, as the latency check does, so
  // the product's own limit of two connections per server plays no part.
  QList<ConnectState> states;
  for (int i = 0; i < 3; ++i) {
    TcpSocket s;
    states << s.connect(kLo, quint16(lab.mainPort()), token, 300).state;
  }
  EXPECT_EQ(states.value(0), ConnectState::Open);
  // Which one is lost depends on whether the lab took the first one off the queue before the second SYN came.
  EXPECT_EQ(states.count(ConnectState::Filtered), 1) << "no attempt (or more than one) was lost";
  // After the pause the door opens again: a fresh attempt (with time for one SYN retransmission) succeeds.
  TcpSocket later;
  EXPECT_EQ(later.connect(kLo, quint16(lab.mainPort()), token, 2500).state, ConnectState::Open);
  // Without a pause, the same burst is always answered.
  ListenerSpec plain = rdpSpec();
  LabServer lab2;
  ASSERT_TRUE(lab2.start(scenarioWith(plain)).ok);
  for (int i = 0; i < 3; ++i) {
    TcpSocket s;
    EXPECT_EQ(s.connect(kLo, quint16(lab2.mainPort()), token, 300).state, ConnectState::Open);
  }
}

TEST(LabServer, tls_serves_a_certificate_made_as_the_scenario_says) {
  ListenerSpec l = rdpSpec({u"tls"_s});
  l.rdp.certificate.keyBits = 1024;
  l.rdp.certificate.digest = u"sha1"_s;
  l.rdp.certificate.expired = true;
  l.rdp.certificate.commonName = u"WIN-TRAINING"_s;
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(l)).ok);
  tls::TlsClientOptions o;
  o.verifyChain = false;
  o.timeoutMs = 5000;
  CancelToken token;
  const tls::TlsAttempt a = tls::attemptTls(kLo, quint16(lab.mainPort()), rdp::ProtocolSsl, o, token, 5000);
  ASSERT_TRUE(a.tlsStarted);
  ASSERT_TRUE(a.handshake.ok) << a.handshake.error.toStdString();
  ASSERT_FALSE(a.handshake.chainDer.isEmpty());
  const auto info = tls::parseCertificatePem(tls::derToPem(a.handshake.chainDer.first()));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->commonName, u"WIN-TRAINING"_s);
  EXPECT_EQ(info->keyBits, 1024);
  EXPECT_TRUE(info->weakSignature);
  EXPECT_TRUE(info->selfSigned);
  EXPECT_LT(info->notAfter, QDateTime::currentDateTimeUtc());
}

TEST(LabServer, broken_tls_layer_sends_the_mcs_disconnect_instead_of_a_server_hello) {
  ListenerSpec l = rdpSpec({u"tls"_s});
  l.rdp.tls = TlsMode::Broken;
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(l)).ok);
  tls::TlsClientOptions o;
  o.verifyChain = false;
  o.timeoutMs = 3000;
  CancelToken token;
  const tls::TlsAttempt a = tls::attemptTls(kLo, quint16(lab.mainPort()), rdp::ProtocolSsl, o, token, 3000);
  ASSERT_TRUE(a.tlsStarted);
  EXPECT_FALSE(a.handshake.ok);
  EXPECT_EQ(a.handshake.peer, tls::PeerReply::McsDisconnect);
}

TEST(LabServer, credssp_answers_with_an_ntlm_challenge_naming_the_server) {
  ListenerSpec l = rdpSpec({u"hybrid"_s});
  l.rdp.identity.nbComputer = u"WIN-LAB07"_s;
  l.rdp.identity.nbDomain = u"TRAINING"_s;
  l.rdp.identity.dnsComputer = u"win-lab07.training.example"_s;
  LabServer lab;
  ASSERT_TRUE(lab.start(scenarioWith(l)).ok);
  IdentityCheck check;
  CheckContext ctx;
  ctx.target = lab.target();
  ctx.token = std::make_shared<CancelToken>(std::chrono::milliseconds(5000));
  const CheckResult r = check.run(ctx);
  ASSERT_EQ(r.status, Status::Pass) << QJsonDocument(QJsonObject::fromVariantMap(r.findings)).toJson().toStdString();
  EXPECT_EQ(r.findings.value(u"netbios_computer"_s).toString(), u"WIN-LAB07"_s);
  EXPECT_EQ(r.findings.value(u"netbios_domain"_s).toString(), u"TRAINING"_s);
  EXPECT_EQ(r.findings.value(u"dns_computer"_s).toString(), u"win-lab07.training.example"_s);
  EXPECT_EQ(r.findings.value(u"os_version"_s).toString(), u"10.0.17763"_s);
  EXPECT_TRUE(r.findings.value(u"domain_joined"_s).toBool());
  EXPECT_LE(std::llabs(r.findings.value(u"clock_skew_s"_s).toLongLong()), 5);
}

TEST(LabServer, guest_evidence_placeholders_become_the_real_ports) {
  const ScenarioParse p = loadScenario(u"healthy"_s);
  ASSERT_TRUE(p.ok()) << p.message.toStdString();
  LabServer lab;
  ASSERT_TRUE(lab.start(*p.scenario).ok);
  const QJsonObject ev = lab.resolvedEvidence();
  EXPECT_EQ(ev.value(u"rdp"_s).toObject().value(u"port_rdp_tcp"_s).toInt(), lab.mainPort());
  EXPECT_FALSE(QJsonDocument(ev).toJson().contains("{{"));
  ASSERT_NE(lab.target().guestEvidence, nullptr);
  EXPECT_EQ(lab.target().guestEvidence->facts.portRdpTcp.value_or(0), lab.mainPort());
}
