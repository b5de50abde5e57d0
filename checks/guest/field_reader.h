#pragma once
// Internal to checks/guest: typed access to the known fields of an evidence document. A field that is missing or
// null is "unknown"; a field with the wrong type is an error that names its path (the first one is kept).

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

#include "checks/core/json_number.h"

namespace rdpd::guest {

struct FieldReader {
  static constexpr qint64 kMaxWholeNumber = 9'000'000'000'000'000;  // beyond that a count is not plausible
  QString bad;                                                      // first wrong field

  void fail(const QString &path) {
    if (bad.isEmpty()) bad = path;
  }
  QJsonValue at(const QJsonObject &o, const char *key) const { return o.value(QLatin1StringView(key)); }

  std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    const std::optional<qint64> n = integralNumber(v, -kMaxWholeNumber, kMaxWholeNumber);
    if (!n) fail(path + u'.' + QLatin1StringView(key));
    return n;
  }
  std::optional<double> number(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
      fail(path + u'.' + QLatin1StringView(key));
      return std::nullopt;
    }
    return v.toDouble();
  }
  std::optional<bool> boolean(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isBool()) {
      fail(path + u'.' + QLatin1StringView(key));
      return std::nullopt;
    }
    return v.toBool();
  }
  QString string(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return {};
    if (!v.isString()) {
      fail(path + u'.' + QLatin1StringView(key));
      return {};
    }
    return v.toString();
  }
  // Missing/null -> nullopt; wrong type -> error.
  std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isObject()) {
      fail(path + u'.' + QLatin1StringView(key));
      return std::nullopt;
    }
    return v.toObject();
  }
  std::optional<QJsonArray> array(const QJsonObject &o, const char *key, const QString &path) {
    const QJsonValue v = at(o, key);
    if (v.isUndefined() || v.isNull()) return std::nullopt;
    if (!v.isArray()) {
      fail(path + u'.' + QLatin1StringView(key));
      return std::nullopt;
    }
    return v.toArray();
  }
  // Array of objects: a non-object element is an error.
  QList<QJsonObject> objects(const QJsonArray &a, const QString &path) {
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
      if (!a.at(i).isObject()) {
        fail(QStringLiteral("%1[%2]").arg(path).arg(i));
        continue;
      }
      out.append(a.at(i).toObject());
    }
    return out;
  }
  QStringList strings(const QJsonArray &a, const QString &path) {
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
      if (!a.at(i).isString()) {
        fail(QStringLiteral("%1[%2]").arg(path).arg(i));
        continue;
      }
      out.append(a.at(i).toString());
    }
    return out;
  }
};

}  // namespace rdpd::guest
