#pragma once
// The training lab's pretend Windows server: responders on 127.0.0.1 (ephemeral ports, never any other address)
// that show a scenario's fault at the wire level, so the real checks find it exactly as they would on a real server.
// Each listener runs on its own thread and each accepted connection on a short-lived thread of its own; every wait is
// sliced and bounded, so stop() (and the destructor, and starting another scenario) returns within about 100 ms.
// No Qt event loop is needed: usable from the CLI, the wizard (create it on the GUI thread, it never blocks long) and
// tests.

#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>

#include "checks/core/target.h"
#include "checks/lab/lab_scenario.h"

namespace rdpd::lab {

struct LabStart {
  bool ok = false;
  QString message;  // translated, when !ok
};

class LabServer {
 public:
  LabServer();
  ~LabServer();  // stops
  LabServer(const LabServer &) = delete;
  LabServer &operator=(const LabServer &) = delete;

  // Stops whatever ran before, then starts the scenario's listeners (and makes its certificate when TLS is used).
  LabStart start(const Scenario &scenario);
  void stop();
  bool isRunning() const;

  const Scenario *scenario() const;  // null when stopped
  int mainPort() const;              // 0 when stopped
  int alternativePort() const;       // 0 when the scenario has no alternative listener
  // Addresses the lab's sockets are bound to (for tests: always 127.0.0.1).
  QList<QHostAddress> boundAddresses() const;

  // What to diagnose: 127.0.0.1:mainPort, the alternative port in extraPorts (net.alt_ports probes it), the
  // scenario's client error text, and its guest evidence with the port placeholders resolved. Empty when stopped.
  Target target() const;
  // The scenario's evidence document with "{{port}}"/"{{alt_port}}" (numbers) and "{{port_text}}"/
  // "{{alt_port_text}}" (texts) replaced by the real ports; empty when the scenario has none.
  QJsonObject resolvedEvidence() const;

  // Connections handled so far (tests use it to prove the responders really answered).
  int connectionsHandled() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d;
};

}  // namespace rdpd::lab
