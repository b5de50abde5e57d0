#pragma once
// Shared by the API client and cloud read tests: a mock started with the test key, fake seams (a clock that can be
// set off, sleeps that are recorded and not waited, fixed jitter), and a way to wait for an answer.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <memory>

#include "checks/cloud/api_client.h"
#include "checks/core/i18n.h"
#include "tests/support/aliyun_mock_server.h"

namespace rdpd::cloudtest {

inline constexpr const char *kKeyId = "LTAI5tRdpdMockKey042";
inline constexpr const char *kSecret = "rdpd-test-secret-Zq8vW1xY";

class FakeClock final : public Clock {
 public:
  QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds); }
  qint64 offsetSeconds = 0;
};

struct Seams {
  std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
  std::shared_ptr<QList<int>> sleeps = std::make_shared<QList<int>>();
  double jitter = 0.5;
  cloud::ApiSeams make() const {
    cloud::ApiSeams s = cloud::ApiSeams::system();
    s.clock = clock;
    auto log = sleeps;
    s.sleep = [log](int ms, QObject *context, std::function<void()> cb) {
      log->append(ms);
      QTimer::singleShot(0, context, std::move(cb));  // no real wait
    };
    const double j = jitter;
    s.jitter = [j] { return j; };
    return s;
  }
};

inline cloud::Credentials credentials(const QByteArray &secret = kSecret, const QByteArray &token = {}) {
  cloud::Credentials c;
  c.accessKeyId = QString::fromLatin1(kKeyId);
  c.accessKeySecret = cloud::Secret(secret);
  c.securityToken = cloud::Secret(token);
  c.source = QStringLiteral("test");
  return c;
}

inline QJsonObject fixture(const char *name) {
  QFile f(QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/") + QString::fromLatin1(name));
  EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
  return QJsonDocument::fromJson(f.readAll()).object();
}

// The shanghai instance of the fixtures with its EIP moved to `eip` (127.0.0.1: where a test's loopback listener is).
inline QJsonObject instanceAt(const QString &eip) {
  QJsonObject i = fixture("api/instance-shanghai-eip.json");
  QJsonObject address = i.value(QStringLiteral("EipAddress")).toObject();
  address.insert(QStringLiteral("IpAddress"), eip);
  i.insert(QStringLiteral("EipAddress"), address);
  return i;
}
inline QJsonObject loopbackInstance() { return instanceAt(QStringLiteral("127.0.0.1")); }

// Two regions; the instance to find sits in the second, reachable by its EIP (198.18.20.45 as in the fixture, or
// the given instance, e.g. loopbackInstance()).
inline void fillCloud(test::AliyunMockServer &m, const QJsonObject &shanghaiInstance = {}) {
  m.addRegion(QStringLiteral("cn-hangzhou"));
  m.addRegion(QStringLiteral("cn-shanghai"));
  m.addInstance(QStringLiteral("cn-hangzhou"), fixture("api/instance-hangzhou-decoy.json"));
  m.addInstance(QStringLiteral("cn-shanghai"),
                shanghaiInstance.isEmpty() ? fixture("api/instance-shanghai-eip.json") : shanghaiInstance);
  m.addSecurityGroup(fixture("api/sg-uf6rdpbase.json"));
  m.addSecurityGroup(fixture("api/sg-uf6officedrop.json"));
  m.setAssistantStatus(fixture("api/assistant-shanghai.json"));
  m.setMetric(QStringLiteral("CPUUtilization"), fixture("api/CPUUtilization-shanghai.json"));
}
// The same cloud, with the instance at 127.0.0.1.
inline void fillLoopbackCloud(test::AliyunMockServer &m) { fillCloud(m, loopbackInstance()); }

template <typename T>
T waitFor(const std::function<void(std::function<void(const T &)>)> &start, int ms = 20000) {
  std::optional<T> out;
  start([&out](const T &v) { out = v; });
  EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, ms)) << "no answer in " << ms << " ms";
  return out.value_or(T{});
}

// Simplified Chinese text in s (CJK unified ideographs), i.e. it was translated.
inline bool hasCjk(const QString &s) {
  return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The message in English and in Simplified Chinese.
template <typename F>
std::pair<QString, QString> inBothLanguages(F message) {
  installTranslators(qApp, QStringLiteral("en"));
  const QString en = message();
  installTranslators(qApp, QStringLiteral("zh_CN"));
  const QString zh = message();
  installTranslators(qApp, QStringLiteral("en"));
  return {en, zh};
}

}  // namespace rdpd::cloudtest
