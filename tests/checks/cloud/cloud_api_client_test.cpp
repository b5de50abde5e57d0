// The API client against the local mock, which checks every signature itself: success, each failure the user can
// meet with its sentence in both languages, throttling backoff (fake sleeps, no real waits), a server error asked
// again once, clock skew measured from the Date header, a hanging server bounded by the timeout, a cut-off answer,
// plain http refused, and a log that names every call with its RequestId but never a secret.
#include <gtest/gtest.h>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <sstream>

#include "checks/cloud/ecs_json.h"
#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/loopback.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace rdpd::cloudtest;
using namespace Qt::StringLiterals;

namespace {

ApiCall sgCall() {
  ApiCall c;
  c.action = u"DescribeSecurityGroupAttribute"_s;
  c.regionId = u"cn-shanghai"_s;
  c.params = {{u"RegionId"_s, u"cn-shanghai"_s},
              {u"SecurityGroupId"_s, u"sg-uf6rdpbase0000001"_s},
              {u"Direction"_s, u"ingress"_s}};
  return c;
}

ApiOutcome call(ApiClient &client, const ApiCall &c, int ms = 20000) {
  return waitFor<ApiOutcome>([&](std::function<void(const ApiOutcome &)> done) { client.send(c, done); }, ms);
}

struct Fixture {
  test::AliyunMockServer mock{kKeyId, kSecret};
  Seams seams;
  ApiClientConfig config;
  Fixture() {
    EXPECT_TRUE(mock.start());
    fillCloud(mock);
    config.endpointOverride = mock.url();
  }
  std::unique_ptr<ApiClient> client(Credentials c = credentials()) {
    return std::make_unique<ApiClient>(std::move(c), config, seams.make());
  }
};

}  // namespace

TEST(CloudApiClient, signed_call_is_accepted_and_parsed) {
  Fixture f;
  auto client = f.client();
  const ApiOutcome o = call(*client, sgCall());
  ASSERT_TRUE(o.ok()) << failureMessage(o).toStdString();
  EXPECT_EQ(o.httpStatus, 200);
  EXPECT_FALSE(o.requestId.isEmpty());
  EXPECT_EQ(parseCloudDocument(o.body).group.id, u"sg-uf6rdpbase0000001"_s);
  const QList<test::MockRecord> r = f.mock.records();
  ASSERT_EQ(r.size(), 1);
  EXPECT_EQ(r[0].status, 200);
  EXPECT_EQ(r[0].region, u"cn-shanghai"_s);
  ASSERT_TRUE(client->clockOffsetSeconds());
  EXPECT_LE(qAbs(*client->clockOffsetSeconds()), 2);
}

TEST(CloudApiClient, wrong_key_id_and_wrong_secret_are_told_apart) {
  Fixture f;
  Credentials otherId = credentials();
  otherId.accessKeyId = u"LTAI5tTypoInTheKeyId"_s;
  auto a = f.client(otherId);
  const ApiOutcome o = call(*a, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::AccessKeyInvalid);
  EXPECT_EQ(o.code, u"InvalidAccessKeyId.NotFound"_s);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o, otherId.maskedKeyId()); });
  EXPECT_TRUE(en.contains(u"LTAI…eyId"_s)) << en.toStdString();
  EXPECT_TRUE(en.contains(u"typos"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
  EXPECT_TRUE(zh.contains(u"LTAI…eyId"_s));
  EXPECT_FALSE(en.contains(u"LTAI5tTypoInTheKeyId"_s));  // the full id is not repeated

  auto b = f.client(credentials("not-the-secret"));
  const ApiOutcome s = call(*b, sgCall());
  EXPECT_EQ(s.failure, ApiFailure::SignatureMismatch);
  const auto [sen, szh] = inBothLanguages([&] { return failureMessage(s, credentials().maskedKeyId()); });
  EXPECT_TRUE(sen.contains(u"secret"_s));
  EXPECT_TRUE(sen.contains(s.requestId));
  EXPECT_TRUE(hasCjk(szh)) << szh.toStdString();
  EXPECT_FALSE(hasCjk(sen));
}

TEST(CloudApiClient, missing_ram_permission_names_the_action_and_the_policy) {
  Fixture f;
  f.mock.forbid(u"DescribeSecurityGroupAttribute"_s);
  auto client = f.client();
  const ApiOutcome o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::PermissionDenied);
  EXPECT_EQ(o.httpStatus, 403);
  EXPECT_EQ(o.missingAction, u"ecs:DescribeSecurityGroupAttribute"_s);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"ecs:DescribeSecurityGroupAttribute"_s)) << en.toStdString();
  EXPECT_TRUE(en.contains(u"docs/cloud.md"_s));
  EXPECT_TRUE(zh.contains(u"ecs:DescribeSecurityGroupAttribute"_s));
  EXPECT_TRUE(zh.contains(u"docs/cloud.md"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
  // Without AccessDeniedDetail the call's own action is named.
  const ApiOutcome bare =
      classifyResponse(403, R"({"Code":"Forbidden.RAM","Message":"no"})", {}, {}, {}, u"cms:DescribeMetricList"_s);
  EXPECT_EQ(bare.missingAction, u"cms:DescribeMetricList"_s);
  EXPECT_EQ(classifyResponse(400, R"({"Code":"NoPermission","Message":"no"})", {}, {}, {}, u"ecs:X"_s).failure,
            ApiFailure::PermissionDenied);
}

TEST(CloudApiClient, throttling_backs_off_exponentially_with_jitter_and_gives_up_bounded) {
  Fixture f;
  f.mock.throttle(u"DescribeSecurityGroupAttribute"_s, 3);
  f.seams.jitter = 0.5;
  auto client = f.client();
  ApiOutcome o = call(*client, sgCall());
  ASSERT_TRUE(o.ok()) << failureMessage(o).toStdString();
  EXPECT_EQ(o.attempts, 4);
  // base 500: steps 500, 1000, 2000; equal jitter: half + 0.5 * half.
  EXPECT_EQ(*f.seams.sleeps, (QList<int>{375, 750, 1500}));
  EXPECT_EQ(f.mock.count(u"DescribeSecurityGroupAttribute"_s), 4);
  // Jitter spreads the wait within [half, full] of the step; the cap holds.
  EXPECT_EQ(throttleBackoffMs(f.config, 1, std::nullopt, 0.0), 250);
  EXPECT_EQ(throttleBackoffMs(f.config, 1, std::nullopt, 0.999), 499);
  EXPECT_EQ(throttleBackoffMs(f.config, 10, std::nullopt, 0.999), 7996);  // 4000 + 0.999 * 4000
  EXPECT_EQ(throttleBackoffMs(f.config, 2, 3000, 0.1), 3000);             // x-acs-retry-after wins

  // HTTP 429 with x-acs-retry-after, more times than the client retries: it stops after 1 + 4 attempts.
  f.seams.sleeps->clear();
  f.mock.throttle(u"DescribeSecurityGroupAttribute"_s, 50, 429, 1200);
  o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Throttled);
  EXPECT_EQ(o.attempts, 5);
  EXPECT_EQ(*f.seams.sleeps, (QList<int>{1200, 1200, 1200, 1200}));
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"5 attempts"_s)) << en.toStdString();
  EXPECT_TRUE(en.contains(u"DescribeSecurityGroupAttribute (cn-shanghai)"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
  EXPECT_TRUE(zh.contains(u"5"_s));
}

TEST(CloudApiClient, no_retry_past_the_overall_deadline) {
  Fixture f;
  f.mock.throttle(u"DescribeSecurityGroupAttribute"_s, 50);
  auto client = f.client();
  client->setDeadline(QDeadlineTimer(300));  // shorter than the first backoff step (250..500 ms with jitter 0.5: 375)
  const ApiOutcome o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Throttled);
  EXPECT_EQ(o.attempts, 1);
  EXPECT_TRUE(f.seams.sleeps->isEmpty());
}

TEST(CloudApiClient, server_error_is_asked_again_once) {
  Fixture f;
  f.mock.serverError(u"DescribeSecurityGroupAttribute"_s, 1);
  auto client = f.client();
  ApiOutcome o = call(*client, sgCall());
  EXPECT_TRUE(o.ok());
  EXPECT_EQ(o.attempts, 2);
  EXPECT_EQ(*f.seams.sleeps, QList<int>{1000});
  f.mock.serverError(u"DescribeSecurityGroupAttribute"_s, 2);
  o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::ServerError);
  EXPECT_EQ(o.httpStatus, 500);
  EXPECT_EQ(o.attempts, 2);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(o.requestId));
  EXPECT_TRUE(zh.contains(o.requestId));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
}

TEST(CloudApiClient, clock_skew_is_measured_from_the_date_header_and_explained) {
  Fixture f;
  f.seams.clock->offsetSeconds = 17 * 60;  // this computer runs 17 minutes fast: the cloud refuses the time stamp
  auto client = f.client();
  const ApiOutcome o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::ClockSkew);
  EXPECT_EQ(o.code, u"InvalidTimeStamp.Expired"_s);
  ASSERT_TRUE(o.clockOffsetSeconds);
  EXPECT_NEAR(double(*o.clockOffsetSeconds), -17.0 * 60, 3);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"17 minutes ahead of the cloud's"_s)) << en.toStdString();
  EXPECT_TRUE(en.contains(u"CredSSP"_s));
  EXPECT_TRUE(zh.contains(u"17"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
  // Behind, but within the cloud's 15 minutes: accepted, and the offset is known for a warning.
  f.seams.clock->offsetSeconds = -9 * 60;
  auto behind = f.client();
  EXPECT_TRUE(call(*behind, sgCall()).ok());
  ASSERT_TRUE(behind->clockOffsetSeconds());
  EXPECT_GT(*behind->clockOffsetSeconds(), kClockSkewWarnSeconds);
  EXPECT_TRUE(clockSkewSentence(*behind->clockOffsetSeconds()).contains(u"9 minutes behind the cloud's"_s));
}

TEST(CloudApiClient, hanging_server_is_cut_off_by_the_request_timeout) {
  Fixture f;
  f.mock.hang(u"DescribeSecurityGroupAttribute"_s);
  f.config.requestTimeoutMs = 400;
  auto client = f.client();
  QElapsedTimer t;
  t.start();
  const ApiOutcome o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Timeout);
  EXPECT_LT(t.elapsed(), 5000);
  EXPECT_GE(t.elapsed(), 350);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(f.mock.url().toString())) << en.toStdString();
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
}

TEST(CloudApiClient, truncated_answer_and_unreachable_endpoint_and_plain_http) {
  Fixture f;
  f.mock.truncate(u"DescribeSecurityGroupAttribute"_s);
  auto client = f.client();
  ApiOutcome o = call(*client, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Malformed);
  auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"cut off"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));

  // An answer larger than any real one (9 MB) is cut off while it arrives.
  QJsonObject huge = fixture("api/sg-uf6rdpbase.json");
  huge.insert(u"Description"_s, QString(9 * 1024 * 1024, u'x'));
  test::AliyunMockServer large(kKeyId, kSecret);
  ASSERT_TRUE(large.start());
  large.addSecurityGroup(huge);
  f.config.endpointOverride = large.url();
  auto bigClient = f.client();
  o = call(*bigClient, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Malformed);

  f.config.endpointOverride = QUrl(u"http://127.0.0.1:%1"_s.arg(test::closedLoopbackPort()));
  auto closed = f.client();
  o = call(*closed, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::Network);
  std::tie(en, zh) = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"proxy"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));

  const int before = int(f.mock.records().size());
  f.config.endpointOverride = QUrl(u"http://192.0.2.1:8080"_s);  // not loopback: never sent
  auto plain = f.client();
  o = call(*plain, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::InsecureEndpoint);
  EXPECT_TRUE(failureMessage(o).contains(u"https://"_s));
  EXPECT_EQ(f.mock.records().size(), before);
  EXPECT_TRUE(endpointProblem(QUrl(u"https://ecs.cn-hangzhou.aliyuncs.com"_s)).isEmpty());
  EXPECT_TRUE(endpointProblem(QUrl(u"http://[::1]:9"_s)).isEmpty());
  EXPECT_FALSE(endpointProblem(QUrl(u"http://ecs.cn-hangzhou.aliyuncs.com"_s)).isEmpty());
  EXPECT_FALSE(endpointProblem(QUrl(u"ftp://127.0.0.1"_s)).isEmpty());
}

TEST(CloudApiClient, sts_token_is_sent_signed_and_a_wrong_one_is_explained) {
  test::AliyunMockServer mock(kKeyId, kSecret, "rdpd-test-sts-token-77");
  ASSERT_TRUE(mock.start());
  fillCloud(mock);
  Seams seams;
  ApiClientConfig config;
  config.endpointOverride = mock.url();
  ApiClient good(credentials(kSecret, "rdpd-test-sts-token-77"), config, seams.make());
  EXPECT_TRUE(call(good, sgCall()).ok());
  EXPECT_TRUE(mock.records().last().hadToken);
  ApiClient stale(credentials(kSecret, "an-expired-token"), config, seams.make());
  const ApiOutcome o = call(stale, sgCall());
  EXPECT_EQ(o.failure, ApiFailure::TokenInvalid);
  const auto [en, zh] = inBothLanguages([&] { return failureMessage(o); });
  EXPECT_TRUE(en.contains(u"STS"_s));
  EXPECT_TRUE(hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(hasCjk(en));
}

TEST(CloudApiClient, every_call_is_logged_with_its_request_id_and_never_a_secret) {
  std::ostringstream captured;
  auto logger = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(captured));
  logger->set_level(spdlog::level::trace);
  const auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  test::AliyunMockServer mock(kKeyId, kSecret, "rdpd-test-sts-token-77");
  ASSERT_TRUE(mock.start());
  fillCloud(mock);
  mock.throttle(u"DescribeSecurityGroupAttribute"_s, 1);
  Seams seams;
  ApiClientConfig config;
  config.endpointOverride = mock.url();
  ApiClient client(credentials(kSecret, "rdpd-test-sts-token-77"), config, seams.make());
  const ApiOutcome o = call(client, sgCall());
  spdlog::set_default_logger(previous);
  ASSERT_TRUE(o.ok());
  const QString log = QString::fromStdString(captured.str());
  EXPECT_TRUE(log.contains(u"DescribeSecurityGroupAttribute region cn-shanghai -> HTTP 400"_s)) << log.toStdString();
  EXPECT_TRUE(log.contains(u"-> HTTP 200 in "_s));
  EXPECT_TRUE(log.contains(o.requestId));
  EXPECT_TRUE(log.contains(u"Throttling.User"_s));
  for (const char *secret : {kSecret, "rdpd-test-sts-token-77", "Signature=", "ACS3-HMAC-SHA256", "authorization"})
    EXPECT_FALSE(log.contains(QString::fromLatin1(secret), Qt::CaseInsensitive)) << secret;
}

#ifdef Q_OS_LINUX
// On Linux Qt reads the proxy from https_proxy / no_proxy; the cloud's endpoints go through it, the loopback mock
// never.
TEST(CloudApiClient, system_proxy_is_used_for_the_cloud_and_never_for_loopback) {
  const QByteArray saved = qgetenv("https_proxy"), savedNo = qgetenv("no_proxy");
  qputenv("https_proxy", "http://192.0.2.80:3128");
  qunsetenv("no_proxy");
  CloudProxyFactory f;
  const QList<QNetworkProxy> cloud = f.queryProxy(QNetworkProxyQuery(QUrl(u"https://ecs.cn-hangzhou.aliyuncs.com/"_s)));
  const QList<QNetworkProxy> local = f.queryProxy(QNetworkProxyQuery(QUrl(u"http://127.0.0.1:8080/"_s)));
  if (saved.isEmpty())
    qunsetenv("https_proxy");
  else
    qputenv("https_proxy", saved);
  if (!savedNo.isEmpty()) qputenv("no_proxy", savedNo);
  ASSERT_FALSE(cloud.isEmpty());
  EXPECT_EQ(cloud.first().type(), QNetworkProxy::HttpProxy);
  EXPECT_EQ(cloud.first().hostName(), u"192.0.2.80"_s);
  EXPECT_EQ(cloud.first().port(), 3128);
  ASSERT_EQ(local.size(), 1);
  EXPECT_EQ(local.first().type(), QNetworkProxy::NoProxy);
}
#endif
