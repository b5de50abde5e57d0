// libFuzzer target for what a hostile server controls in the identity probe: the TSRequest (DER) framing and parser,
// the NTLM CHALLENGE and its AV_PAIRs, and the classification built on them. Input = one server answer.
#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

#include "checks/rdp/identity_check.h"
#include "checks/rdp/ntlm.h"
#include "checks/rdp/tsrequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // An exact-size copy, so any read past the end hits ASan's redzone.
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  (void)rdpd::rdp::tsRequestFrameLength(bytes);
  const rdpd::rdp::TsRequestParse ts = rdpd::rdp::parseTsRequest(bytes);
  if (ts.request) {
    for (const QByteArray &token : ts.request->negoTokens) {
      const QByteArray exact(token.constData(), token.size());
      const rdpd::rdp::NtlmParse p = rdpd::rdp::parseNtlmChallenge(exact);
      if (p.challenge && p.challenge->timestamp) (void)rdpd::rdp::fileTimeToUtc(*p.challenge->timestamp);
    }
  }
  // The raw bytes as a CHALLENGE too: the NTLM reader must hold on its own.
  (void)rdpd::rdp::parseNtlmChallenge(bytes);
  (void)rdpd::rdp::classifyIdentity(bytes, QDateTime::fromMSecsSinceEpoch(1764072000000LL, Qt::UTC));
  return 0;
}
