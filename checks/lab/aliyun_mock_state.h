#pragma once
// Inside the Alibaba Cloud API mock (aliyun_mock_server.h): what it holds, and one answer. Shared by the server
// (aliyun_mock_server.cpp: transport, signature check, faults, reads) and the actions (aliyun_mock_actions.cpp).

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <optional>

#include "checks/lab/aliyun_mock_http.h"
#include "checks/lab/aliyun_mock_server.h"

namespace rdpd::lab {

struct MockInvocation {
  QString instanceId;
  MockCommandRun run;
  int polls = 0;
};

struct AliyunMockServer::State {
  mutable QMutex mutex;
  MockAuthConfig auth;
  QStringList regions;
  QList<std::pair<QString, QJsonObject>> instances;
  QHash<QString, QJsonObject> groups;
  QJsonObject assistant;
  QHash<QString, QJsonObject> metrics;
  QHash<QString, int> throttleLeft, throttleStatus, retryAfterMs, serverErrorsLeft, delayMs;
  QSet<QString> forbidden, hangs, truncates;
  qint64 skewSeconds = 0;
  QSet<QByteArray> nonces;
  QList<MockRecord> records;
  int inFlight = 0;
  int maxInFlight = 0;
  quint16 port = 0;
  // Actions.
  QByteArray screenshot;
  MockCommandRun commandRun;
  QHash<QString, MockInvocation> invocations;  // by InvokeId
  QHash<QString, int> snapshotPolls;           // SnapshotId -> DescribeSnapshots answers so far
  QHash<QString, QString> snapshotDisks;       // SnapshotId -> DiskId
  int snapshotPollsNeeded = 2;
  int counter = 0;  // for ids
};

struct MockAnswer {
  int status = 200;
  QJsonObject body;
  QByteArray retryAfter;
  QDateTime date;
  bool hang = false;
  bool truncate = false;
  int delayMs = 0;
};

// The real API's error shape.
MockAnswer mockError(int status, const QString &code, const QString &message);
// The instance with this id, or an empty object.
QJsonObject mockInstance(const AliyunMockServer::State &s, const QString &instanceId);
// Screenshots, Cloud Assistant commands, disks, snapshots, restarts; nullopt for another action. Called with the
// state's mutex held.
std::optional<MockAnswer> mockAction(AliyunMockServer::State &s, const QString &action, const MockHttpRequest &r);

}  // namespace rdpd::lab
