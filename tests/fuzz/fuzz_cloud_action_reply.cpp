// libFuzzer target: what the cloud answers to the actions — a console screenshot answer, a DescribeInvocationResults
// answer, the collector's output bytes (any console encoding) — must never crash or hang their parsers; a picture
// that is accepted is within the size cap with a known format and a size, and cut-off evidence is never taken whole.
#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

#include "checks/cloud/collector_command.h"
#include "checks/cloud/console_screenshot.h"
#include "checks/cloud/evidence_collect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace rdpd::cloud;
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);
  const ImageHeader h = readImageHeader(bytes);
  if (!h.format.isEmpty() && (h.width <= 0 || h.height <= 0)) __builtin_trap();
  const ConsoleScreenshot s = parseScreenshotAnswer(bytes, now);
  if (s.ok() && (s.image.size() > kMaxScreenshotBytes || s.format.isEmpty() || s.width <= 0)) __builtin_trap();
  if (!s.ok() && s.message.isEmpty()) __builtin_trap();
  const InvocationResult r = parseInvocationResult(bytes);
  if (r.dropped < 0) __builtin_trap();
  const CollectorOutput out = parseCollectorOutput(bytes, size % 2);
  if (out.cutOff && !out.evidenceJson.isEmpty() && out.hashMatches && bytes.contains("RDPD-TOO-LARGE") == false &&
      size % 2 == 0)
    __builtin_trap();  // complete evidence is never reported as cut off when nothing was dropped
  QString encoding;
  (void)decodeConsoleOutput(bytes, &encoding);
  if (encoding.isEmpty()) __builtin_trap();
  return 0;
}
