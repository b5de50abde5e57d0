#include "checks/lab/aliyun_mock_server.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <algorithm>

#include "checks/lab/aliyun_mock_state.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {

QString reasonPhrase(int status) {
  switch (status) {
    case 200:
      return u"OK"_s;
    case 400:
      return u"Bad Request"_s;
    case 403:
      return u"Forbidden"_s;
    case 404:
      return u"Not Found"_s;
    case 429:
      return u"Too Many Requests"_s;
    case 500:
      return u"Internal Server Error"_s;
    default:
      return u"Status"_s;
  }
}

}  // namespace

MockAnswer mockError(int status, const QString &code, const QString &message) {
  MockAnswer a;
  a.status = status;
  a.body = {{u"Code"_s, code},
            {u"Message"_s, message},
            {u"HostId"_s, u"ecs.aliyuncs.com"_s},
            {u"Recommend"_s, QString(u"https://api.aliyun.com/troubleshoot?q="_s + code)}};
  return a;
}

QJsonObject mockInstance(const AliyunMockServer::State &s, const QString &instanceId) {
  for (const auto &[where, i] : s.instances)
    if (i.value(u"InstanceId"_s).toString() == instanceId) return i;
  return {};
}

namespace {

QStringList jsonList(const QByteArray &value) {
  QStringList out;
  for (const QJsonValue &v : QJsonDocument::fromJson(value).array()) out << v.toString();
  return out;
}

QStringList strings(const QJsonObject &o, const QString &outer, const QString &inner) {
  QStringList out;
  for (const QJsonValue &v : o.value(outer).toObject().value(inner).toArray()) out << v.toString();
  return out;
}

bool instanceMatches(const QJsonObject &i, const MockHttpRequest &r) {
  const QStringList publicIps = jsonList(r.queryValue("PublicIpAddresses"));
  const QStringList eips = jsonList(r.queryValue("EipAddresses"));
  const QStringList ids = jsonList(r.queryValue("InstanceIds"));
  const QStringList own = strings(i, u"PublicIpAddress"_s, u"IpAddress"_s);
  const QString eip = i.value(u"EipAddress"_s).toObject().value(u"IpAddress"_s).toString();
  if (!publicIps.isEmpty() &&
      std::none_of(own.begin(), own.end(), [&](const QString &a) { return publicIps.contains(a); }))
    return false;
  if (!eips.isEmpty() && (eip.isEmpty() || !eips.contains(eip))) return false;
  if (!ids.isEmpty() && !ids.contains(i.value(u"InstanceId"_s).toString())) return false;
  return true;
}

MockAnswer dispatch(AliyunMockServer::State &s, const QString &action, const MockHttpRequest &r) {
  const QString region = QString::fromUtf8(r.queryValue("RegionId"));
  MockAnswer a;
  if (action == u"DescribeRegions"_s) {
    QJsonArray list;
    for (const QString &id : s.regions)
      list.append(QJsonObject{{u"RegionId"_s, id},
                              {u"LocalName"_s, id},
                              {u"RegionEndpoint"_s, QString(u"ecs."_s + id + u".aliyuncs.com"_s)}});
    a.body = {{u"Regions"_s, QJsonObject{{u"Region"_s, list}}}};
  } else if (action == u"DescribeInstances"_s) {
    if (!s.regions.contains(region))
      return mockError(404, u"InvalidRegionId.NotFound"_s, u"The specified RegionId does not exist."_s);
    QJsonArray list;
    for (const auto &[where, i] : s.instances)
      if (where == region && instanceMatches(i, r)) list.append(i);
    a.body = {{u"TotalCount"_s, list.size()},
              {u"NextToken"_s, QString()},
              {u"Instances"_s, QJsonObject{{u"Instance"_s, list}}}};
  } else if (action == u"DescribeInstanceAttribute"_s) {
    const QString id = QString::fromUtf8(r.queryValue("InstanceId"));
    for (const auto &[where, i] : s.instances)
      if (i.value(u"InstanceId"_s).toString() == id) a.body = i;
    if (a.body.isEmpty())
      return mockError(404, u"InvalidInstanceId.NotFound"_s, u"The specified InstanceId does not exist."_s);
  } else if (action == u"DescribeSecurityGroupAttribute"_s) {
    a.body = s.groups.value(QString::fromUtf8(r.queryValue("SecurityGroupId")));
    if (a.body.isEmpty())
      return mockError(404, u"InvalidSecurityGroupId.NotFound"_s, u"The specified SecurityGroupId does not exist."_s);
  } else if (action == u"DescribeCloudAssistantStatus"_s) {
    a.body = s.assistant.isEmpty() ? QJsonObject{{u"InstanceCloudAssistantStatusSet"_s,
                                                  QJsonObject{{u"InstanceCloudAssistantStatus"_s, QJsonArray()}}}}
                                   : s.assistant;
  } else if (action == u"DescribeMetricList"_s) {
    a.body = s.metrics.value(
        QString::fromUtf8(r.queryValue("MetricName")),
        QJsonObject{{u"Code"_s, u"200"_s}, {u"Success"_s, true}, {u"Period"_s, u"60"_s}, {u"Datapoints"_s, u"[]"_s}});
  } else if (std::optional<MockAnswer> other = mockAction(s, action, r)) {
    return *other;
  } else {
    return mockError(404, u"InvalidAction.NotFound"_s,
                     u"Specified api is not found, please check your url and method."_s);
  }
  return a;
}

// The faults a test asked for, in the order the real service would meet them (permission before rate limits).
std::optional<MockAnswer> fault(AliyunMockServer::State &s, const QString &action) {
  if (s.forbidden.contains(action)) {
    const QString ram = (action == u"DescribeMetricList"_s ? u"cms:"_s : u"ecs:"_s) + action;
    MockAnswer a =
        mockError(403, u"Forbidden.RAM"_s,
                  u"User not authorized to operate on the specified resource, or this API doesn't support RAM."_s);
    a.body.insert(u"AccessDeniedDetail"_s, QJsonObject{{u"AuthAction"_s, ram},
                                                       {u"NoPermissionType"_s, u"ImplicitDeny"_s},
                                                       {u"PolicyType"_s, u"AccountLevelIdentityBasedPolicy"_s}});
    return a;
  }
  if (s.throttleLeft.value(action) > 0) {
    --s.throttleLeft[action];
    MockAnswer a = mockError(s.throttleStatus.value(action, 400), u"Throttling.User"_s,
                             u"Request was denied due to user flow control."_s);
    if (s.retryAfterMs.value(action, -1) >= 0) a.retryAfter = QByteArray::number(s.retryAfterMs.value(action));
    return a;
  }
  if (s.serverErrorsLeft.value(action) > 0) {
    --s.serverErrorsLeft[action];
    return mockError(500, u"InternalError"_s, u"The request processing has failed due to some unknown error."_s);
  }
  return std::nullopt;
}

MockAnswer respond(AliyunMockServer::State &s, const MockHttpRequest &r) {
  QMutexLocker lock(&s.mutex);
  const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(s.skewSeconds);
  const QString action = QString::fromUtf8(r.header("x-acs-action"));
  MockAuthConfig auth = s.auth;
  auth.serverNowUtc = now;
  MockAnswer a;
  const MockRejection rejected = verifyMockRequest(r, auth, &s.nonces);
  const QByteArray version = r.header("x-acs-version");
  const QByteArray wanted = action == u"DescribeMetricList"_s ? "2019-01-01" : "2014-05-26";
  if (rejected.status != 0)
    a = mockError(rejected.status, rejected.code, rejected.message);
  else if (version != wanted)
    a = mockError(400, u"InvalidVersion"_s, u"Specified parameter Version is not valid."_s);
  else if (const auto f = fault(s, action))
    a = *f;
  else
    a = dispatch(s, action, r);
  a.body.insert(u"RequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
  a.date = now;
  a.hang = s.hangs.contains(action);
  a.truncate = s.truncates.contains(action);
  a.delayMs = s.delayMs.value(action);
  MockRecord rec{action,
                 QString::fromUtf8(r.queryValue("RegionId")),
                 a.status,
                 a.body.value(u"Code"_s).toString(),
                 r.header("x-acs-signature-nonce"),
                 !r.header("x-acs-security-token").isEmpty(),
                 parseMockAuthorization(r.header("authorization")).signature,
                 {}};
  for (const auto &[k, v] : r.query) rec.params.append({QString::fromUtf8(k), QString::fromUtf8(v)});
  s.records.append(rec);
  s.maxInFlight = qMax(s.maxInFlight, ++s.inFlight);
  return a;
}

class MockWorker final : public QObject {
 public:
  explicit MockWorker(std::shared_ptr<AliyunMockServer::State> s) : m_state(std::move(s)) {}
  bool listen() {
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    if (!m_server->listen(QHostAddress::LocalHost, 0)) return false;
    QMutexLocker lock(&m_state->mutex);
    m_state->port = m_server->serverPort();
    return true;
  }

 private:
  void accept() {
    while (QTcpSocket *sock = m_server->nextPendingConnection()) {
      auto buffer = std::make_shared<QByteArray>();
      connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
      connect(sock, &QTcpSocket::readyRead, sock, [this, sock, buffer] {
        buffer->append(sock->readAll());
        for (;;) {
          bool bad = false;
          const std::optional<MockHttpRequest> r = takeHttpRequest(*buffer, &bad);
          if (bad) return sock->abort();
          if (!r) return;
          const MockAnswer a = respond(*m_state, *r);
          if (a.hang) continue;  // say nothing, keep the connection
          QPointer<QTcpSocket> guard(sock);
          QTimer::singleShot(a.delayMs, sock, [this, guard, a] {
            if (guard) write(guard, a);
          });
        }
      });
    }
  }

  void write(QTcpSocket *sock, const MockAnswer &a) {
    const QByteArray body = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
    QByteArray head = u"HTTP/1.1 %1 %2\r\n"_s.arg(a.status).arg(reasonPhrase(a.status)).toLatin1();
    head += "Content-Type: application/json;charset=utf-8\r\n";
    head += "Date: " + QLocale::c().toString(a.date, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() + "\r\n";
    if (!a.retryAfter.isEmpty()) head += "x-acs-retry-after: " + a.retryAfter + "\r\n";
    {
      QMutexLocker lock(&m_state->mutex);
      --m_state->inFlight;
    }
    if (a.truncate) {
      sock->write(head + "Connection: close\r\n\r\n" + body.left(body.size() / 2));
      sock->disconnectFromHost();
      return;
    }
    sock->write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
  }

  std::shared_ptr<AliyunMockServer::State> m_state;
  QTcpServer *m_server = nullptr;
};

}  // namespace

AliyunMockServer::AliyunMockServer(QByteArray keyId, QByteArray secret, QByteArray securityToken)
    : m_state(std::make_shared<State>()) {
  m_state->auth.keyId = std::move(keyId);
  m_state->auth.secret = std::move(secret);
  m_state->auth.securityToken = std::move(securityToken);
}

AliyunMockServer::~AliyunMockServer() {
  if (!m_thread) return;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
  m_thread->quit();
  m_thread->wait();
  delete m_thread;
}

bool AliyunMockServer::start() {
  m_thread = new QThread;
  m_thread->start();
  auto *worker = new MockWorker(m_state);
  worker->moveToThread(m_thread);
  m_worker = worker;
  bool ok = false;
  QMetaObject::invokeMethod(
      worker, [worker, &ok] { ok = worker->listen(); }, Qt::BlockingQueuedConnection);
  return ok;
}

quint16 AliyunMockServer::port() const {
  QMutexLocker lock(&m_state->mutex);
  return m_state->port;
}

QString MockRecord::param(const QString &name) const {
  for (const auto &[k, v] : params)
    if (k == name) return v;
  return {};
}

QUrl AliyunMockServer::url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port())); }

#define RDPD_LOCKED QMutexLocker lock(&m_state->mutex)
void AliyunMockServer::addRegion(const QString &region) {
  RDPD_LOCKED;
  m_state->regions << region;
}
void AliyunMockServer::addInstance(const QString &region, const QJsonObject &i) {
  RDPD_LOCKED;
  m_state->instances.append({region, i});
}
void AliyunMockServer::addSecurityGroup(const QJsonObject &g) {
  RDPD_LOCKED;
  m_state->groups.insert(g.value(u"SecurityGroupId"_s).toString(), g);
}
void AliyunMockServer::setAssistantStatus(const QJsonObject &a) {
  RDPD_LOCKED;
  m_state->assistant = a;
}
void AliyunMockServer::setMetric(const QString &name, const QJsonObject &a) {
  RDPD_LOCKED;
  m_state->metrics.insert(name, a);
}
void AliyunMockServer::throttle(const QString &action, int times, int httpStatus, int retryAfterMs) {
  RDPD_LOCKED;
  m_state->throttleLeft[action] = times;
  m_state->throttleStatus[action] = httpStatus;
  m_state->retryAfterMs[action] = retryAfterMs;
}
void AliyunMockServer::forbid(const QString &action) {
  RDPD_LOCKED;
  m_state->forbidden << action;
}
void AliyunMockServer::serverError(const QString &action, int times) {
  RDPD_LOCKED;
  m_state->serverErrorsLeft[action] = times;
}
void AliyunMockServer::setClockSkewSeconds(qint64 seconds) {
  RDPD_LOCKED;
  m_state->skewSeconds = seconds;
}
void AliyunMockServer::hang(const QString &action) {
  RDPD_LOCKED;
  m_state->hangs << action;
}
void AliyunMockServer::truncate(const QString &action) {
  RDPD_LOCKED;
  m_state->truncates << action;
}
void AliyunMockServer::setDelayMs(const QString &action, int ms) {
  RDPD_LOCKED;
  m_state->delayMs[action] = ms;
}
QList<MockRecord> AliyunMockServer::records() const {
  RDPD_LOCKED;
  return m_state->records;
}
int AliyunMockServer::count(const QString &action) const {
  RDPD_LOCKED;
  return int(std::count_if(m_state->records.begin(), m_state->records.end(),
                           [&](const MockRecord &r) { return r.action == action; }));
}
void AliyunMockServer::setScreenshot(const QByteArray &image) {
  RDPD_LOCKED;
  m_state->screenshot = image;
}
void AliyunMockServer::setCommandRun(const MockCommandRun &run) {
  RDPD_LOCKED;
  m_state->commandRun = run;
}
void AliyunMockServer::setSnapshotPolls(int polls) {
  RDPD_LOCKED;
  m_state->snapshotPollsNeeded = polls;
}
QStringList AliyunMockServer::changingCalls() const {
  static const QStringList changing{u"RunCommand"_s, u"CreateSnapshot"_s, u"RebootInstance"_s};
  RDPD_LOCKED;
  QStringList out;
  for (const MockRecord &r : m_state->records)
    if (changing.contains(r.action)) out << r.action;
  return out;
}
int AliyunMockServer::maxInFlight() const {
  RDPD_LOCKED;
  return m_state->maxInFlight;
}
#undef RDPD_LOCKED

}  // namespace rdpd::lab
