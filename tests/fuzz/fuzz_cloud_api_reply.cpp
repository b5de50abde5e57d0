// libFuzzer target: whatever an Alibaba Cloud endpoint (or anything posing as one) answers — status, body, Date and
// x-acs-retry-after headers — must never crash or hang the answer's classification, its message or the
// DescribeRegions parser; a failure always comes with a sentence, and region ids stay safe to put in a host name.
#include <QByteArray>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "checks/cloud/api_outcome.h"
#include "checks/cloud/ecs_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace rdpd::cloud;
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  // First line: "status date|retry-after"; the rest is the body.
  const qsizetype nl = bytes.indexOf('\n');
  const QByteArray head = nl < 0 ? QByteArray() : bytes.left(nl);
  const QByteArray body = nl < 0 ? bytes : bytes.mid(nl + 1);
  const QList<QByteArray> parts = head.split('|');
  const int status = parts.value(0).left(3).toInt();
  const QByteArray date = parts.value(0).mid(4);
  const QByteArray retry = parts.value(1);
  const QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(22, 0), Qt::UTC);
  const ApiOutcome o = classifyResponse(status, body, date, retry, now, QStringLiteral("ecs:DescribeInstances"));
  if (!o.ok() && failureMessage(o, QStringLiteral("LTAI…abcd")).isEmpty()) __builtin_trap();
  if (o.retryAfterMs && (*o.retryAfterMs < 0 || *o.retryAfterMs > 60000)) __builtin_trap();
  if (o.clockOffsetSeconds) (void)clockSkewSentence(*o.clockOffsetSeconds);
  static const QRegularExpression safe(QStringLiteral("^[a-z0-9-]+$"));
  for (const QString &r : parseRegionIds(body))
    if (!safe.match(r).hasMatch()) __builtin_trap();
  return 0;
}
