#pragma once
// A local stand-in for the Alibaba Cloud ECS / CloudMonitor API on 127.0.0.1 (HTTP/1.1, its own thread, so tests may
// block on a QProcess while it answers). Every request's ACS3-HMAC-SHA256 signature is checked independently
// (aliyun_mock_http.h) with the key id, secret and STS token it was given, together with x-acs-date freshness,
// nonce reuse and the body hash; a wrong request gets the real API's error JSON (Code, Message, RequestId) and status.
// It answers per Action from the instances, groups and documents a test put in (DescribeInstances really filters
// by region, PublicIpAddresses, EipAddresses and InstanceIds), and injects faults on request: throttling N times,
// Forbidden.RAM on one action, HTTP 500, a skewed Date header, a hanging answer, a truncated body, a delay.
// The actions (aliyun_mock_actions.cpp) go further: console screenshots, Cloud Assistant commands that move from
// Pending to Running to their end over the polls, disks, snapshots with rising progress, and restarts it records.
// Product code: the training lab serves its cloud scenarios with it (lab_cloud.h); the tests use it too.

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QThread;

namespace rdpd::lab {

struct MockRecord {
  QString action;
  QString region;
  int status = 0;
  QString code;  // error code answered, empty on success
  QByteArray nonce;
  bool hadToken = false;                      // x-acs-security-token present
  QByteArray signature;                       // from the Authorization header (tests grep outputs for it)
  QList<std::pair<QString, QString>> params;  // the request's query parameters (decoded)
  QString param(const QString &name) const;
};

// What a RunCommand does on the mock (the next ones, until set again).
struct MockCommandRun {
  QByteArray output;  // what the command printed, as bytes (the mock Base64-encodes them, cut at 24 KB)
  QString finalStatus = QStringLiteral("Success");  // InvocationStatus at the end: Success, Failed, Timeout…
  int exitCode = 0;
  QString errorCode;  // e.g. ExitCodeNonzero, ClientNotRunning
  QString errorInfo;
  int pendingPolls = 1;  // DescribeInvocationResults answers Pending this many times,
  int runningPolls = 1;  // then Running this many times, then finalStatus
};

class AliyunMockServer {
 public:
  AliyunMockServer(QByteArray keyId, QByteArray secret, QByteArray securityToken = {});
  ~AliyunMockServer();
  AliyunMockServer(const AliyunMockServer &) = delete;
  AliyunMockServer &operator=(const AliyunMockServer &) = delete;

  bool start();  // listens on 127.0.0.1, a free port
  quint16 port() const;
  QUrl url() const;  // http://127.0.0.1:PORT

  // What the cloud holds.
  void addRegion(const QString &region);                                 // DescribeRegions, in this order
  void addInstance(const QString &region, const QJsonObject &instance);  // DescribeInstances / …Attribute
  void addSecurityGroup(const QJsonObject &answer);                      // DescribeSecurityGroupAttribute
  void setAssistantStatus(const QJsonObject &answer);                    // DescribeCloudAssistantStatus
  void setMetric(const QString &metricName, const QJsonObject &answer);  // DescribeMetricList
  void setScreenshot(const QByteArray &image);    // GetInstanceScreenshot (default: a small JPEG header only)
  void setCommandRun(const MockCommandRun &run);  // RunCommand / DescribeInvocationResults
  void setSnapshotPolls(int polls);               // DescribeSnapshots answers "progressing" this many times (default 2)

  // Faults.
  void throttle(const QString &action, int times, int httpStatus = 400, int retryAfterMs = -1);
  void forbid(const QString &action);  // 403 Forbidden.RAM naming ecs:/cms:<action>
  void serverError(const QString &action, int times);
  void setClockSkewSeconds(qint64 seconds);  // the mock's clock (Date header, freshness check) runs this far ahead
  void hang(const QString &action);          // reads the request, never answers
  void truncate(const QString &action);      // half the body, then closes (no Content-Length)
  void setDelayMs(const QString &action, int ms);

  QList<MockRecord> records() const;
  int count(const QString &action) const;
  int maxInFlight() const;  // most requests waiting for an answer at once
  // The calls that change something (RunCommand, CreateSnapshot, RebootInstance), in the order received.
  QStringList changingCalls() const;

  struct State;  // shared with the worker thread

 private:
  std::shared_ptr<State> m_state;
  QThread *m_thread = nullptr;
  QObject *m_worker = nullptr;
};

}  // namespace rdpd::lab
