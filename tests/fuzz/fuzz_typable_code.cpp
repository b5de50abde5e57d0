// libFuzzer target: the typed-code decoder must never crash, and whatever it accepts must re-encode to a code
// that decodes to the same facts (the encoder is total on decoded facts).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "checks/guest/evidence_import.h"
#include "checks/guest/typable_code.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
  const rdpd::guest::CodeDecode d = rdpd::guest::decodeTypableCode(text);
  if (d.error == rdpd::guest::CodeError::None) {
    const QString again = rdpd::guest::encodeTypableCode(d.facts);
    const rdpd::guest::CodeDecode d2 = rdpd::guest::decodeTypableCode(again);
    if (d2.error != rdpd::guest::CodeError::None) __builtin_trap();
    if (rdpd::guest::encodeTypableCode(d2.facts) != again) __builtin_trap();
  } else if (d.position >= text.size()) {
    __builtin_trap();
  }
  const auto r = rdpd::guest::EvidenceImport::fromCode(text);
  if (!r.ok() && r.message.isEmpty()) __builtin_trap();
  return 0;
}
