// libFuzzer target: a trainer's scenario file must never crash or hang the parser; every refusal names a reason,
// and an accepted scenario's wire choices stay within what the lab can do.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "checks/lab/lab_scenario.h"
#include "checks/lab/lab_wire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const rdpd::lab::ScenarioParse p = rdpd::lab::parseScenario(bytes, QStringLiteral("fuzz.json"));
  if (p.ok() && !p.message.isEmpty()) __builtin_trap();  // a success has no message
  if (!p.ok() && p.message.isEmpty()) __builtin_trap();
  if (p.ok()) {
    const rdpd::lab::RdpProfile &r = p.scenario->main.rdp;
    if (r.failureCode < 0 || r.failureCode > 6 || r.replyDelayMs < 0 || r.replyDelayMs > 2000) __builtin_trap();
    if (p.scenario->expectedStep < 1 || p.scenario->expectedStep > 11) __builtin_trap();
    // The same bytes read as a client's Connection Request must not crash the lab's reader either.
    const auto cr = rdpd::lab::parseConnectionRequest(bytes);
    (void)rdpd::lab::chooseAnswer(r, cr);
  } else {
    (void)rdpd::lab::chooseAnswer({}, rdpd::lab::parseConnectionRequest(bytes));
  }
  return 0;
}
