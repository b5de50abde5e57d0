#pragma once
// The asynchronous Alibaba Cloud API client: signs each call (api_call.h), sends it with QNetworkAccessManager
// (system proxy respected; no nested event loop, no blocking wait), times it out, retries throttling with
// exponential backoff and jitter (bounded) and a server error once, and hands back an ApiOutcome. Every call is
// logged with action, region, HTTP status, duration and RequestId — never a header value, signature or secret.
// Clock, sleep, nonce and jitter are seams (ApiSeams) so tests run without real waits.

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

#include "checks/cloud/api_call.h"
#include "checks/cloud/api_outcome.h"
#include "checks/cloud/credentials.h"
#include "checks/core/services.h"

namespace rdpd::cloud {

struct ApiSeams {
  std::shared_ptr<const Clock> clock;
  // Calls back after ms milliseconds on the event loop of context (never synchronously).
  std::function<void(int ms, QObject *context, std::function<void()> callback)> sleep;
  std::function<QByteArray()> nonce;  // unique per request
  std::function<double()> jitter;     // uniform in [0, 1)
  static ApiSeams system();
};

struct ApiClientConfig {
  QUrl endpointOverride;         // --cloud-endpoint (tests): every call goes there
  int requestTimeoutMs = 15000;  // one HTTP exchange
  int maxThrottleRetries = 4;    // then Throttled
  int backoffBaseMs = 500;       // first wait; doubles per retry, capped
  int backoffCapMs = 8000;
  int serverErrorRetryMs = 1000;  // a 5xx is asked again once, after this
};

// The wait before retry number `retry` (1-based) after throttling: the cloud's x-acs-retry-after when given, else
// "equal jitter" exponential backoff: half of min(cap, base * 2^(retry-1)) plus a random part of the other half.
int throttleBackoffMs(const ApiClientConfig &c, int retry, std::optional<int> retryAfterMs, double jitter);

// The system's proxy settings (environment variables, PAC, the Windows settings) for the cloud's endpoints; never a
// proxy for loopback (the tests' mock).
class CloudProxyFactory final : public QNetworkProxyFactory {
 public:
  QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

class ApiClient final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ApiClient)

 public:
  using Done = std::function<void(const ApiOutcome &)>;
  ApiClient(Credentials credentials, ApiClientConfig config, ApiSeams seams, QObject *parent = nullptr);
  ~ApiClient() override;

  // Sends the call; done runs once, on this object's thread, unless abortAll() came first.
  void send(const ApiCall &call, Done done);
  // Stops every call in flight and every pending retry; their done callbacks are not called.
  void abortAll();
  // No retry is scheduled past this deadline (the overall limit of a cloud read).
  void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
  const Credentials &credentials() const { return m_credentials; }
  const ApiSeams &seams() const { return m_seams; }
  // The largest clock offset (cloud minus this computer) seen in any answer's Date header.
  std::optional<qint64> clockOffsetSeconds() const { return m_clockOffset; }

 private:
  struct Attempt;
  void attempt(std::shared_ptr<Attempt> a);
  void finishAttempt(std::shared_ptr<Attempt> a, ApiOutcome o);
  bool retryLater(const std::shared_ptr<Attempt> &a, int waitMs);

  Credentials m_credentials;
  ApiClientConfig m_config;
  ApiSeams m_seams;
  QNetworkAccessManager m_nam;
  QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
  quint64 m_generation = 0;  // bumped by abortAll(): late callbacks of older generations are dropped
  std::optional<qint64> m_clockOffset;
};

}  // namespace rdpd::cloud
