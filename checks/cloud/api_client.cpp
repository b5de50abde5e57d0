#include "checks/cloud/api_client.h"

#include <spdlog/spdlog.h>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <cmath>

#include "checks/cloud/ecs_json.h"
#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

class SystemClock final : public Clock {
 public:
  QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

const char *failureName(ApiFailure f) {
  switch (f) {
    case ApiFailure::None:
      return "ok";
    case ApiFailure::AccessKeyInvalid:
      return "access_key_invalid";
    case ApiFailure::SignatureMismatch:
      return "signature_mismatch";
    case ApiFailure::ClockSkew:
      return "clock_skew";
    case ApiFailure::PermissionDenied:
      return "permission_denied";
    case ApiFailure::Throttled:
      return "throttled";
    case ApiFailure::ServerError:
      return "server_error";
    case ApiFailure::NotFound:
      return "not_found";
    case ApiFailure::TokenInvalid:
      return "token_invalid";
    case ApiFailure::Network:
      return "network";
    case ApiFailure::Timeout:
      return "timeout";
    case ApiFailure::Deadline:
      return "deadline";
    case ApiFailure::Malformed:
      return "malformed";
    case ApiFailure::InsecureEndpoint:
      return "insecure_endpoint";
    case ApiFailure::Refused:
      return "refused";
  }
  return "unknown";
}

QString regionOf(const ApiCall &c) {
  const QString r = c.param(u"RegionId"_s);
  return r.isEmpty() ? c.regionId : r;
}

}  // namespace

QList<QNetworkProxy> CloudProxyFactory::queryProxy(const QNetworkProxyQuery &query) {
  const QHostAddress a(query.peerHostName());
  if (query.peerHostName().compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!a.isNull() && a.isLoopback()))
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
  return systemProxyForQuery(query);
}

ApiSeams ApiSeams::system() {
  ApiSeams s;
  s.clock = std::make_shared<SystemClock>();
  s.sleep = [](int ms, QObject *context, std::function<void()> cb) { QTimer::singleShot(ms, context, std::move(cb)); };
  s.nonce = [] {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
  };
  s.jitter = [] { return QRandomGenerator::global()->generateDouble(); };
  return s;
}

int throttleBackoffMs(const ApiClientConfig &c, int retry, std::optional<int> retryAfterMs, double jitter) {
  if (retryAfterMs && *retryAfterMs > 0) return qMin(*retryAfterMs, c.backoffCapMs);
  const double exp = std::ldexp(double(c.backoffBaseMs), qBound(0, retry - 1, 20));
  const int step = int(qMin(double(c.backoffCapMs), exp));
  return step / 2 + int(std::floor(qBound(0.0, jitter, 0.999999) * (step - step / 2)));
}

struct ApiClient::Attempt {
  ApiCall call;
  Done done;
  quint64 generation = 0;
  int attempts = 0;
  int throttleRetries = 0;
  int serverRetries = 0;
};

ApiClient::ApiClient(Credentials credentials, ApiClientConfig config, ApiSeams seams, QObject *parent)
    : QObject(parent), m_credentials(std::move(credentials)), m_config(std::move(config)), m_seams(std::move(seams)) {
  m_nam.setProxyFactory(new CloudProxyFactory);                    // the manager owns it
  m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);  // a signed request is never replayed elsewhere
}

ApiClient::~ApiClient() { abortAll(); }

void ApiClient::send(const ApiCall &call, Done done) {
  auto a = std::make_shared<Attempt>();
  a->call = call;
  a->done = std::move(done);
  a->generation = m_generation;
  attempt(std::move(a));
}

void ApiClient::abortAll() {
  ++m_generation;
  for (QNetworkReply *r : m_nam.findChildren<QNetworkReply *>()) r->abort();
}

void ApiClient::attempt(std::shared_ptr<Attempt> a) {
  if (a->generation != m_generation) return;
  ++a->attempts;
  const QUrl endpoint = endpointFor(a->call, m_config.endpointOverride);
  if (const QString problem = endpointProblem(endpoint); !problem.isEmpty()) {
    ApiOutcome o;
    o.failure = ApiFailure::InsecureEndpoint;
    o.detail = problem;
    o.endpoint = endpoint.toString();
    // Never synchronously: the caller's state must be settled before its callback runs.
    QTimer::singleShot(0, this, [this, a, o] { finishAttempt(a, o); });
    return;
  }
  const PreparedRequest p = prepareRequest(a->call, endpoint, m_credentials, m_seams.clock->nowUtc(), m_seams.nonce());
  QNetworkRequest req(p.url);
  for (const auto &[name, value] : p.headers) req.setRawHeader(name, value);
  QNetworkReply *reply = m_nam.post(req, QByteArray());
  auto elapsed = std::make_shared<QElapsedTimer>();
  elapsed->start();
  auto timedOut = std::make_shared<bool>(false);
  auto *timer = new QTimer(reply);
  timer->setSingleShot(true);
  connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
    *timedOut = true;
    reply->abort();
  });
  timer->start(m_config.requestTimeoutMs);
  // No API answer is megabytes long: an endless one is cut off instead of filling the memory.
  auto tooLarge = std::make_shared<bool>(false);
  connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
    if (received <= kMaxCloudJsonBytes || *tooLarge) return;
    *tooLarge = true;
    reply->abort();
  });
  connect(reply, &QNetworkReply::finished, this, [this, a, reply, elapsed, timedOut, tooLarge, endpoint] {
    reply->deleteLater();
    if (a->generation != m_generation) return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiOutcome o;
    if (*timedOut) {
      o.failure = ApiFailure::Timeout;
    } else if (*tooLarge) {
      o.failure = ApiFailure::Malformed;
      o.httpStatus = status;
    } else if (status == 0) {
      o.failure = ApiFailure::Network;
      o.detail = reply->errorString();
    } else {
      const QByteArray body = reply->read(kMaxCloudJsonBytes + 1);
      o = classifyResponse(status, body, reply->rawHeader("Date"), reply->rawHeader("x-acs-retry-after"),
                           m_seams.clock->nowUtc(), ramAction(a->call));
      if (body.size() > kMaxCloudJsonBytes) o.failure = ApiFailure::Malformed;
    }
    o.endpoint = endpoint.toString();
    spdlog::info("cloud api: {} region {} -> HTTP {} in {} ms, RequestId {}, {}{}", a->call.action,
                 regionOf(a->call).isEmpty() ? u"-"_s : regionOf(a->call), status, elapsed->elapsed(),
                 o.requestId.isEmpty() ? u"-"_s : o.requestId, failureName(o.failure),
                 o.code.isEmpty() ? std::string() : " (" + o.code.toStdString() + ")");
    if (o.failure == ApiFailure::Network) spdlog::info("cloud api: {} network error: {}", a->call.action, o.detail);
    if (o.clockOffsetSeconds) {
      spdlog::debug("cloud api: Date header says the cloud's clock is {} s from this computer's",
                    *o.clockOffsetSeconds);
      if (!m_clockOffset || qAbs(*o.clockOffsetSeconds) > qAbs(*m_clockOffset)) m_clockOffset = o.clockOffsetSeconds;
    }
    finishAttempt(a, std::move(o));
  });
}

bool ApiClient::retryLater(const std::shared_ptr<Attempt> &a, int waitMs) {
  if (!m_deadline.isForever() && waitMs >= m_deadline.remainingTime()) return false;
  spdlog::info("cloud api: {} again in {} ms (attempt {})", a->call.action, waitMs, a->attempts + 1);
  QPointer<ApiClient> self(this);
  m_seams.sleep(waitMs, this, [self, a] {
    if (self) self->attempt(a);
  });
  return true;
}

void ApiClient::finishAttempt(std::shared_ptr<Attempt> a, ApiOutcome o) {
  if (a->generation != m_generation) return;
  o.action = a->call.action;
  o.regionId = regionOf(a->call);
  o.attempts = a->attempts;
  if (o.failure == ApiFailure::Throttled && a->throttleRetries < m_config.maxThrottleRetries) {
    const int wait = throttleBackoffMs(m_config, a->throttleRetries + 1, o.retryAfterMs, m_seams.jitter());
    if (retryLater(a, wait)) {
      ++a->throttleRetries;
      return;
    }
  }
  if (o.failure == ApiFailure::ServerError && a->serverRetries < 1 && retryLater(a, m_config.serverErrorRetryMs)) {
    ++a->serverRetries;
    return;
  }
  a->done(o);
}

}  // namespace rdpd::cloud
