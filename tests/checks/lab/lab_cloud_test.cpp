// The training lab's pretend cloud: a scenario's "cloud" section is checked field by field; the mock it starts listens
// on loopback only and checks every signature (the lab's key reads, another secret is refused); and the step 11
// demonstration (`rdp-doctor cloud restart --lab cloud-agent-offline`) snapshots, then restarts, only with a yes.
// The verdict of every cloud scenario is checked with the others (lab_scenarios_test, lab_report_golden_test).
#include <gtest/gtest.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include "checks/cloud/cloud_fetch.h"
#include "checks/lab/aliyun_mock_server.h"
#include "checks/lab/lab_cloud.h"
#include "checks/lab/lab_scenario.h"
#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/cli_runner.h"
#include "tests/support/platform.h"

using namespace rdpd;
using namespace Qt::StringLiterals;

namespace {

lab::ScenarioParse withCloud(const QJsonObject &cloud) {
  QJsonObject o{{u"schema"_s, u"rdp-doctor/lab-scenario"_s},
                {u"schema_version"_s, 1},
                {u"id"_s, u"my-cloud"_s},
                {u"title"_s, QJsonObject{{u"en"_s, u"t"_s}, {u"zh_CN"_s, u"t"_s}}},
                {u"description"_s, QJsonObject{{u"en"_s, u"d"_s}, {u"zh_CN"_s, u"d"_s}}},
                {u"answer"_s, QJsonObject{{u"en"_s, u"a"_s}, {u"zh_CN"_s, u"a"_s}}},
                {u"expected"_s, QJsonObject{{u"cause"_s, u"cloud_sg_no_rule"_s}, {u"step"_s, 3}}},
                {u"main"_s, QJsonObject{{u"behaviour"_s, u"filtered"_s}}},
                {u"cloud"_s, cloud}};
  return lab::parseScenario(QJsonDocument(o).toJson(), u"my-cloud.json"_s);
}

cloud::CloudFetchResult readLab(const lab::LabCloud &labCloud, const QByteArray &secret) {
  cloud::Credentials c = labCloud.credentials();
  if (!secret.isEmpty()) c.accessKeySecret = cloud::Secret(secret);
  cloud::ApiClientConfig config;
  config.endpointOverride = labCloud.url();
  cloud::ApiClient client(c, config, cloud::ApiSeams::system());
  cloud::CloudFetch fetch(&client);
  cloud::CloudFetchRequest r;
  r.address = u"127.0.0.1"_s;
  r.clientPublicIp = labCloud.spec().clientPublicIp;
  return cloudtest::waitFor<cloud::CloudFetchResult>([&](auto done) { fetch.start(r, done); });
}

}  // namespace

TEST(LabCloud, a_wrong_cloud_section_names_its_field) {
  EXPECT_TRUE(withCloud({}).ok());
  const struct {
    QJsonObject cloud;
    const char *field;
  } bad[] = {
      {{{u"assistant_online"_s, u"yes"_s}}, "cloud.assistant_online"},
      {{{u"screenshot"_s, u"desktop"_s}}, "cloud.screenshot"},
      {{{u"cpu_percent"_s, 140}}, "cloud.cpu_percent"},
      {{{u"instance"_s, u"i-x"_s}}, "cloud.instance"},
      {{{u"security_groups"_s, QJsonArray{QJsonObject{{u"Permissions"_s, QJsonObject()}}}}}, "cloud.security_groups"}};
  for (const auto &b : bad) {
    const lab::ScenarioParse p = withCloud(b.cloud);
    EXPECT_FALSE(p.ok()) << b.field;
    EXPECT_EQ(p.field, QString::fromLatin1(b.field));
    EXPECT_FALSE(p.message.isEmpty());
  }
}

TEST(LabCloud, serves_on_loopback_with_a_lab_key_and_checks_signatures) {
  const lab::ScenarioParse p = lab::loadScenario(u"cloud-sg-drop"_s);
  ASSERT_TRUE(p.ok()) << p.message.toStdString();
  ASSERT_TRUE(p.scenario->cloud.has_value());
  lab::LabCloud labCloud;
  QString problem;
  ASSERT_TRUE(labCloud.start(*p.scenario->cloud, 45678, {}, &problem)) << problem.toStdString();
  EXPECT_TRUE(QHostAddress(labCloud.url().host()).isLoopback());
  EXPECT_TRUE(labCloud.credentials().accessKeyId.contains(u"NOT-A-REAL"_s));
  const cloud::CloudFetchResult ok = readLab(labCloud, {});
  ASSERT_TRUE(ok.ok()) << ok.message.toStdString();
  ASSERT_EQ(ok.evidence->groups.size(), 1);
  EXPECT_TRUE(ok.evidence->screenshot && ok.evidence->screenshot->ok());
  // The rule's "{{port_range}}" became the lab's port.
  bool portRule = false;
  for (const cloud::SgRule &r : ok.evidence->groups.first().rules)
    portRule = portRule || r.portRange == u"45678/45678"_s;
  EXPECT_TRUE(portRule);
  const cloud::CloudFetchResult wrong = readLab(labCloud, "not-the-lab-secret");
  EXPECT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.failure, cloud::ApiFailure::SignatureMismatch);
}

TEST(LabCloud, step_11_demonstration_restarts_only_after_a_yes) {
  const test::CommandResult no = test::runCli({u"cloud"_s, u"restart"_s, u"--lab"_s, u"cloud-agent-offline"_s});
  EXPECT_EQ(no.exitCode, 2) << no.describe().toStdString();
  EXPECT_TRUE(no.out.contains("Training lab")) << no.out.constData();
  const test::CommandResult yes =
      test::runCli({u"cloud"_s, u"restart"_s, u"--lab"_s, u"cloud-agent-offline"_s, u"--yes"_s});
  EXPECT_EQ(yes.exitCode, 0) << yes.describe().toStdString();
  EXPECT_TRUE(yes.out.contains("restart of i-lab0rdpdoctor0001 was sent")) << yes.out.constData();
  EXPECT_TRUE(yes.err.contains("100%")) << yes.err.constData();
  const test::CommandResult none = test::runCli({u"cloud"_s, u"restart"_s, u"--lab"_s, u"healthy"_s, u"--yes"_s});
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_TRUE(none.err.contains("cloud-")) << none.err.constData();
}
