#pragma once
// Throw-away Linux network namespaces for tests of real network faults (dropped, rejected, lossy, routed traffic)
// without touching the host's network. A NetNs is created in the constructor and deleted in the destructor; the
// check code runs inside it as the real rdp-doctor binary (the test process itself never enters a namespace).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rdpd::test {

struct CommandResult {
  bool started = false;
  bool timedOut = false;
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
  qint64 elapsedMs = 0;
  bool ok() const { return started && !timedOut && exitCode == 0; }
  QString describe() const;  // for failure messages
};

// Runs argv[0] with the rest as arguments, feeding stdinData, killing it after timeoutMs.
CommandResult runCommand(const QStringList &argv, int timeoutMs = 10000, const QByteArray &stdinData = {});

class NetNs {
 public:
  NetNs();   // "rdpdt-" + random hex (at most 15 characters), loopback up
  ~NetNs();  // deletes this namespace only (which also removes its veth ends and nft tables)
  NetNs(const NetNs &) = delete;
  NetNs &operator=(const NetNs &) = delete;

  // Root and a working "ip netns add". Cached; reason() says why not.
  static bool available();
  static QString unavailableReason();

  bool ok() const { return m_ok; }
  QString error() const { return m_error; }
  const QString &name() const { return m_name; }

  // "ip netns exec NAME argv..."
  CommandResult exec(const QStringList &argv, int timeoutMs = 10000, const QByteArray &stdinData = {}) const;
  // "ip -n NAME args..."
  CommandResult ip(const QStringList &args) const;
  // Loads an nft ruleset inside the namespace ("nft -f -").
  bool applyNft(const QString &ruleset, QString *error = nullptr) const;

 private:
  QString m_name;
  bool m_ok = false;
  bool m_created = false;
  QString m_error;
};

// Three namespaces in a line: client (10.201.1.2) - router (10.201.1.1 | 10.201.2.1) - server (10.201.2.2), joined by
// veth pairs, forwarding on in the router, default routes via the router.
struct NetNsChain {
  NetNs client, router, server;
  bool ok = false;
  QString error;
  static constexpr const char *kServer = "10.201.2.2";
  static constexpr const char *kRouterClientSide = "10.201.1.1";
  NetNsChain();
};

struct DiagnoseRun {
  CommandResult cmd;
  QJsonObject report;   // parsed JSON report (empty when it did not parse)
  bool parsed = false;
  QJsonObject check(const QString &id) const;       // the entry of "checks" with that id
  // a check's findings, under their wire name "evidence"
  QJsonObject findings(const QString &id) const { return check(id).value(QStringLiteral("evidence")).toObject(); }
  QString verdict() const;                           // verdict.cause_id
  QStringList causeIds() const;
};

// The rdp-doctor binary the tests run: RDPD_BINARY_PATH, or the RDPD_TEST_BINARY environment variable when set.
QString binaryPath();

// Runs "rdp-doctor diagnose TARGET --format json --timeout-ms N" inside ns (env: extra KEY=VALUE pairs).
DiagnoseRun diagnoseIn(const NetNs &ns, const QString &target, int timeoutMs, const QStringList &env = {});

}  // namespace rdpd::test
