// The sentences for failed API calls (api_outcome.h): what happened, with the values, and what to do.
#include <QCoreApplication>

#include "checks/cloud/api_outcome.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

QString ref(const ApiOutcome &o) {
  QString r = o.code.isEmpty() ? u"HTTP %1"_s.arg(o.httpStatus) : o.code;
  if (!o.requestId.isEmpty()) r += u", RequestId "_s + o.requestId;
  return r;
}

QString where(const ApiOutcome &o) { return o.regionId.isEmpty() ? o.action : o.action + u" ("_s + o.regionId + u')'; }

}  // namespace

QString clockSkewSentence(qint64 offsetSeconds) {
  const qint64 minutes = (qAbs(offsetSeconds) + 30) / 60;
  // offset = cloud - this computer: positive means this computer is behind.
  // Only said when the clocks are minutes apart (a warning from 5 minutes, a refusal from 15), so always plural.
  const QString s =
      (offsetSeconds > 0
           ? QCoreApplication::translate("CloudApi", "This computer's clock is %1 minutes behind the cloud's.")
           : QCoreApplication::translate("CloudApi", "This computer's clock is %1 minutes ahead of the cloud's."))
          .arg(minutes);
  return s + u' ' +
         QCoreApplication::translate(
             "CloudApi",
             "Set the date, time and time zone right (Windows: Settings > Time & language > Date & time > Sync now); "
             "a wrong clock also breaks Remote Desktop's Network Level Authentication (CredSSP) and TLS.");
}

QString failureMessage(const ApiOutcome &o, const QString &maskedKeyId) {
  switch (o.failure) {
    case ApiFailure::None:
      return {};
    case ApiFailure::AccessKeyInvalid:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud does not know the AccessKey ID %1 (%2). Check the ID for typos or spaces, or ask the "
                 "account owner whether the key was deleted or disabled.")
          .arg(maskedKeyId, ref(o));
    case ApiFailure::SignatureMismatch:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud rejected the request's signature (%1): the AccessKey secret does not belong to the "
                 "AccessKey ID %2. Copy the secret again, without spaces, and try again.")
          .arg(ref(o), maskedKeyId);
    case ApiFailure::ClockSkew:
      if (o.clockOffsetSeconds)
        return QCoreApplication::translate("CloudApi", "Alibaba Cloud refused the request's time stamp (%1).")
                   .arg(ref(o)) +
               u' ' + clockSkewSentence(*o.clockOffsetSeconds);
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud refused the request's time stamp (%1): this computer's clock or time zone is probably "
                 "wrong. Set the date, time and time zone right and try again; a wrong clock also breaks Remote "
                 "Desktop's Network Level Authentication (CredSSP) and TLS.")
          .arg(ref(o));
    case ApiFailure::PermissionDenied:
      return QCoreApplication::translate(
                 "CloudApi",
                 "The RAM user of this AccessKey may not call %1 (%2). Ask the account's administrator to grant the "
                 "read-only policy in docs/cloud.md (\"Least-privilege RAM policy\"), which allows %1.")
          .arg(o.missingAction, ref(o));
    case ApiFailure::Throttled:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud kept limiting the request rate for %1 (%2) after %3 attempts. Wait a minute and try "
                 "again.")
          .arg(where(o), ref(o))
          .arg(o.attempts);
    case ApiFailure::ServerError:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud had a server error answering %1 (%2), also when asked again. Try again in a few "
                 "minutes; if it persists, give the RequestId to Alibaba Cloud support.")
          .arg(where(o), ref(o));
    case ApiFailure::NotFound:
      return QCoreApplication::translate(
                 "CloudApi", "Alibaba Cloud has no such resource for %1 (%2: %3). Check --instance and --region.")
          .arg(where(o), ref(o), o.apiMessage);
    case ApiFailure::TokenInvalid:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud refused the STS security token (%1): it has expired or belongs to another AccessKey. "
                 "Get a new STS token (e.g. assume the role again) and try again.")
          .arg(ref(o));
    case ApiFailure::Network:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Could not reach Alibaba Cloud for %1 at %2: %3. Check the Internet connection and the proxy "
                 "settings, then try again.")
          .arg(where(o), o.endpoint, o.detail);
    case ApiFailure::Timeout:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud at %1 did not answer %2 in time. Check the Internet connection and the proxy, then try "
                 "again.")
          .arg(o.endpoint, where(o));
    case ApiFailure::Deadline:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Reading the instance from Alibaba Cloud took longer than %1 seconds and was stopped (last call: %2). "
                 "Check the Internet connection, or name the instance with --instance i-… --region REGION so fewer "
                 "calls are needed.")
          .arg(o.detail, where(o));
    case ApiFailure::Malformed:
      return QCoreApplication::translate(
                 "CloudApi",
                 "Alibaba Cloud's answer to %1 could not be read (HTTP %2: cut off or not JSON). Try again; if it "
                 "persists, use the no-key path in docs/cloud.md.")
          .arg(where(o))
          .arg(o.httpStatus);
    case ApiFailure::InsecureEndpoint:
      return o.detail;
    case ApiFailure::Refused:
      break;
  }
  return QCoreApplication::translate("CloudApi", "Alibaba Cloud refused %1: %2 (%3).")
      .arg(where(o), o.apiMessage, ref(o));
}

}  // namespace rdpd::cloud
