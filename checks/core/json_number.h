#pragma once
// The one checked conversion of a number read from outside (JSON in evidence, lab scenarios, session files) to an
// integer. Converting a double outside the target type's range is undefined behaviour, so every parser goes
// through here: a value that is not a number, not finite, not whole, or outside [min, max] gives nullopt.

#include <QJsonValue>
#include <QtGlobal>
#include <cmath>
#include <optional>

namespace rdpd {

// Doubles hold every integer up to 2^53 exactly; JSON numbers beyond that are not meaningful integers here.
inline constexpr qint64 kMaxExactJsonInteger = qint64(1) << 53;

inline std::optional<qint64> integralNumber(double d, qint64 min = -kMaxExactJsonInteger,
                                            qint64 max = kMaxExactJsonInteger) {
  if (!std::isfinite(d) || std::floor(d) != d) return std::nullopt;
  // Compare as doubles first (both bounds are exact doubles), so the conversion below is always in range.
  if (d < -double(kMaxExactJsonInteger) || d > double(kMaxExactJsonInteger)) return std::nullopt;
  const auto i = static_cast<qint64>(d);
  if (i < min || i > max) return std::nullopt;
  return i;
}

inline std::optional<qint64> integralNumber(const QJsonValue &v, qint64 min = -kMaxExactJsonInteger,
                                            qint64 max = kMaxExactJsonInteger) {
  if (!v.isDouble()) return std::nullopt;
  return integralNumber(v.toDouble(), min, max);
}

}  // namespace rdpd
