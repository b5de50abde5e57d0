// libFuzzer target: the evidence import must never crash, hang or accept garbage, whatever is pasted.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "checks/guest/evidence_import.h"
#include "checks/guest/typable_code.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const auto a = rdpd::guest::EvidenceImport::fromJson(bytes);
  const auto b = rdpd::guest::EvidenceImport::fromText(QString::fromUtf8(bytes));
  // A success always carries evidence; a failure always carries a message.
  if (a.ok() != (a.evidence != nullptr) || (!a.ok() && a.message.isEmpty())) __builtin_trap();
  if (!b.ok() && b.message.isEmpty()) __builtin_trap();
  if (a.ok()) (void)rdpd::guest::encodeTypableCode(a.evidence->facts);
  return 0;
}
