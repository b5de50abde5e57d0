#pragma once
// Small helpers shared by cause_values.cpp and cloud_cause_values.cpp, the two files that gather the concrete values
// behind a cause (QVariantMap) and turn them into words. Internal to checks/verdict.

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include "checks/verdict/verdict_rules.h"

namespace rdpd::causevalues {

// A finding of one check of this run; invalid when the check did not run.
inline QVariant finding(const Results &r, const char *id, const char *key) {
  const CheckResult *c = findResult(r, id);
  return c ? c->findings.value(QString::fromLatin1(key)) : QVariant();
}

// A list finding as "a, b, c" (a single value as itself).
inline QString joinList(const QVariant &value) {
  QStringList out;
  for (const QVariant &x : value.toList()) out << x.toString();
  if (out.isEmpty() && !value.toString().isEmpty()) out << value.toString();
  return out.join(QStringLiteral(", "));
}

// Keeps only what says something: no invalid, null or empty values in the map.
inline void put(QVariantMap &m, const char *key, const QVariant &value) {
  if (value.isValid() && !value.isNull() && !value.toString().isEmpty()) m.insert(QString::fromLatin1(key), value);
}

inline QString v(const QVariantMap &m, const char *key) { return m.value(QString::fromLatin1(key)).toString(); }
inline bool has(const QVariantMap &m, const char *key) { return m.contains(QString::fromLatin1(key)); }

}  // namespace rdpd::causevalues
