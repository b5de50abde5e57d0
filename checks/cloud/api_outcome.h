#pragma once
// What one API call came to: the answer's JSON, or a failure sorted into what the user can do about it (wrong
// AccessKey, wrong secret, clock, missing RAM permission, throttling, server error, network, timeout, unreadable
// answer). classifyResponse() reads the outside bytes (HTTP status, body, Date and x-acs-retry-after headers) and
// never trusts them; it is fuzzed (tests/fuzz/fuzz_cloud_api_reply.cpp). failureMessage() is the plain sentence.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace rdpd::cloud {

enum class ApiFailure {
  None,
  AccessKeyInvalid,   // InvalidAccessKeyId.NotFound / .Inactive, Forbidden.AccessKeyDisabled
  SignatureMismatch,  // SignatureDoesNotMatch, IncompleteSignature: the secret does not belong to the key id
  ClockSkew,          // InvalidTimeStamp.Expired, IllegalTimestamp…: this computer's clock is off
  PermissionDenied,   // Forbidden.RAM, NoPermission…: the RAM user lacks the action
  Throttled,          // Throttling*, HTTP 429
  ServerError,        // HTTP 5xx, InternalError, ServiceUnavailable
  NotFound,           // InvalidInstanceId.NotFound, InvalidRegionId.NotFound…
  TokenInvalid,       // InvalidSecurityToken.*: the STS token expired or does not match
  Network,            // no connection, TLS failure, proxy
  Timeout,            // one request got no answer in time
  Deadline,           // the whole cloud read took too long
  Malformed,          // cut off or not JSON
  InsecureEndpoint,   // not https:// (plain http:// only to loopback): refused before sending
  Refused,            // any other error code
};

struct ApiOutcome {
  ApiFailure failure = ApiFailure::None;
  QString action;  // the call's action and region, for messages and the log
  QString regionId;
  int httpStatus = 0;
  QByteArray body;  // the answer (success: the JSON document to parse)
  QString code;     // error Code, Message and RequestId from the answer
  QString apiMessage;
  QString requestId;
  QString missingAction;                     // PermissionDenied: e.g. "ecs:DescribeSecurityGroupAttribute"
  QString endpoint;                          // where the call went (no query, no secret)
  QString detail;                            // network error text; Deadline: the seconds allowed
  std::optional<qint64> clockOffsetSeconds;  // the cloud's clock minus this computer's (from the Date header)
  std::optional<int> retryAfterMs;           // x-acs-retry-after
  int attempts = 1;
  bool ok() const { return failure == ApiFailure::None; }
};

// Sorts an HTTP answer. ramAction is the permission the call needs (used when the answer does not name it).
ApiOutcome classifyResponse(int httpStatus, const QByteArray &body, const QByteArray &dateHeader,
                            const QByteArray &retryAfterHeader, const QDateTime &localNowUtc, const QString &ramAction);
// RFC 7231 "Sun, 06 Nov 1994 08:49:37 GMT"; invalid QDateTime when it is not one.
QDateTime parseHttpDate(const QByteArray &value);
// More than this between the clocks is worth a warning even when the cloud accepted the request (it refuses at 15).
inline constexpr qint64 kClockSkewWarnSeconds = 5 * 60;

// Translated: what happened, with the values, and what to do.
QString failureMessage(const ApiOutcome &o, const QString &maskedKeyId = {});
// "This computer's clock is 17 minutes behind the cloud's…" (translated), for a warning or a ClockSkew failure.
QString clockSkewSentence(qint64 offsetSeconds);

}  // namespace rdpd::cloud
