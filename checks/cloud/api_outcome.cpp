#include "checks/cloud/api_outcome.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

QString text(const QJsonObject &o, const QString &key) {
  const QJsonValue v = o.value(key);
  return v.isString() ? v.toString().left(2000) : QString();
}

bool codeIn(const QString &code, std::initializer_list<const char16_t *> list) {
  for (const char16_t *c : list)
    if (code.compare(QStringView(c), Qt::CaseInsensitive) == 0) return true;
  return false;
}

ApiFailure failureForCode(const QString &code, int status) {
  if (codeIn(code, {u"InvalidAccessKeyId.NotFound", u"InvalidAccessKeyId.Inactive", u"InvalidAccessKeyId",
                    u"Forbidden.AccessKeyDisabled"}))
    return ApiFailure::AccessKeyInvalid;
  if (codeIn(code, {u"SignatureDoesNotMatch", u"IncompleteSignature", u"InvalidSignature"}))
    return ApiFailure::SignatureMismatch;
  if (codeIn(code, {u"InvalidTimeStamp.Expired", u"IllegalTimestamp", u"InvalidTimeStamp.Format", u"InvalidTimeStamp",
                    u"RequestTimeTooSkewed"}))
    return ApiFailure::ClockSkew;
  if (code.startsWith(u"Forbidden"_s, Qt::CaseInsensitive) || code.startsWith(u"NoPermission"_s, Qt::CaseInsensitive) ||
      codeIn(code, {u"Unauthorized", u"AccessDenied"}))
    return ApiFailure::PermissionDenied;
  if (code.startsWith(u"Throttling"_s, Qt::CaseInsensitive) || status == 429) return ApiFailure::Throttled;
  if (code.startsWith(u"InvalidSecurityToken"_s, Qt::CaseInsensitive)) return ApiFailure::TokenInvalid;
  if (code.endsWith(u".NotFound"_s, Qt::CaseInsensitive)) return ApiFailure::NotFound;
  if (status >= 500 || codeIn(code, {u"InternalError", u"ServiceUnavailable", u"UnknownError"}))
    return ApiFailure::ServerError;
  return ApiFailure::Refused;
}

}  // namespace

QDateTime parseHttpDate(const QByteArray &value) {
  const QString s = QString::fromLatin1(value.left(64)).trimmed();
  QDateTime d = QLocale::c().toDateTime(s, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
  if (!d.isValid()) return {};
  d.setTimeSpec(Qt::UTC);
  return d;
}

ApiOutcome classifyResponse(int httpStatus, const QByteArray &body, const QByteArray &dateHeader,
                            const QByteArray &retryAfterHeader, const QDateTime &localNowUtc,
                            const QString &ramAction) {
  ApiOutcome o;
  o.httpStatus = httpStatus;
  o.body = body;
  const QDateTime server = parseHttpDate(dateHeader);
  if (server.isValid() && localNowUtc.isValid()) o.clockOffsetSeconds = localNowUtc.secsTo(server);
  bool retryOk = false;
  const int retry = retryAfterHeader.trimmed().toInt(&retryOk);
  if (retryOk && retry >= 0) o.retryAfterMs = qMin(retry, 60000);

  QJsonParseError err{};
  const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
  const QJsonObject obj = doc.object();
  o.code = text(obj, u"Code"_s);
  o.apiMessage = text(obj, u"Message"_s);
  o.requestId = text(obj, u"RequestId"_s);
  // CloudMonitor answers HTTP 200 with {"Code": "200", "Success": true} or an error Code and "Success": false.
  const bool cmsOk = o.code.isEmpty() || o.code == u"200"_s;
  const bool success = httpStatus >= 200 && httpStatus < 300 && cmsOk && obj.value(u"Success"_s) != QJsonValue(false);
  if (success) {
    if (err.error != QJsonParseError::NoError || !doc.isObject()) o.failure = ApiFailure::Malformed;
    return o;
  }
  if (o.code.isEmpty() || o.code == u"200"_s) {
    // No error document: a gateway's HTML page, a cut-off body, or a bare 429/5xx.
    o.failure = httpStatus == 429   ? ApiFailure::Throttled
                : httpStatus >= 500 ? ApiFailure::ServerError
                                    : ApiFailure::Malformed;
    return o;
  }
  o.failure = failureForCode(o.code, httpStatus);
  if (o.failure == ApiFailure::PermissionDenied) {
    const QString named = text(obj.value(u"AccessDeniedDetail"_s).toObject(), u"AuthAction"_s);
    o.missingAction = named.isEmpty() ? ramAction : named;
  }
  return o;
}

}  // namespace rdpd::cloud
