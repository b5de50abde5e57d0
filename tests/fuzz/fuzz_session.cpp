// libFuzzer target: the .rdpdoctor session parser must never crash, hang or accept garbage, whatever file it is given.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "checks/session/saved_session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const rdpd::SessionLoad l = rdpd::SavedSession::fromJson(bytes, QStringLiteral("fuzz.rdpdoctor"));
  // A failure always explains itself; a success re-serialises and parses back to the same data.
  if (!l.ok() && (l.message.isEmpty() || l.error == rdpd::SessionError::None)) __builtin_trap();
  if (l.ok()) {
    const rdpd::SessionLoad again = rdpd::SavedSession::fromJson(rdpd::SavedSession::toJson(*l.data));
    if (!again.ok()) __builtin_trap();
  }
  return 0;
}
