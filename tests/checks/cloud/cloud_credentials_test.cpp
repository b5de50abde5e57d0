// Credentials from the aliyun CLI configuration and the environment, in the CLI's order.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "checks/cloud/credentials.h"

using namespace rdpd::cloud;

namespace {

const QByteArray kConfig = R"({
  "current": "helpdesk",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAI5tDefaultKeyId00", "access_key_secret": "defaultSecret",
     "region_id": "cn-hangzhou", "output_format": "json", "language": "zh"},
    {"name": "helpdesk", "mode": "StsToken", "access_key_id": "STS.NUxyzHelpdesk0001",
     "access_key_secret": "stsSecret", "sts_token": "CAIStsTokenValue", "region_id": "cn-shanghai"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAI", "access_key_secret": "x",
     "ram_role_arn": "acs:ram::1:role/r"},
    {"name": "half", "mode": "AK", "access_key_id": "LTAI5tHalfKeyOnly000", "access_key_secret": ""}
  ],
  "meta_path": ""
})";

CredentialSources sourcesWith(const QTemporaryDir &dir, const QByteArray &config, QHash<QString, QString> env = {}) {
  const QString path = dir.filePath(QStringLiteral("config.json"));
  QFile f(path);
  EXPECT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(config);
  CredentialSources s;
  s.configPath = path;
  s.environment = std::move(env);
  return s;
}

}  // namespace

TEST(CloudCredentials, current_profile_sts_token_mode) {
  QTemporaryDir dir;
  const CredentialLoad l = loadCredentials(sourcesWith(dir, kConfig));
  ASSERT_TRUE(l.credentials) << l.message().toStdString();
  EXPECT_EQ(l.credentials->accessKeyId, QStringLiteral("STS.NUxyzHelpdesk0001"));
  EXPECT_EQ(l.credentials->accessKeySecret.reveal(), QByteArray("stsSecret"));
  EXPECT_EQ(l.credentials->securityToken.reveal(), QByteArray("CAIStsTokenValue"));
  EXPECT_TRUE(l.credentials->isSts());
  EXPECT_EQ(l.credentials->regionId, QStringLiteral("cn-shanghai"));
  EXPECT_EQ(l.credentials->source, QStringLiteral("profile helpdesk"));
  EXPECT_EQ(l.credentials->maskedKeyId(), QStringLiteral("STS.…0001"));
}

TEST(CloudCredentials, named_profile_ak_mode_and_env_profile_choice) {
  QTemporaryDir dir;
  CredentialSources s = sourcesWith(dir, kConfig);
  s.profileName = QStringLiteral("default");
  CredentialLoad l = loadCredentials(s);
  ASSERT_TRUE(l.credentials);
  EXPECT_FALSE(l.credentials->isSts());
  EXPECT_EQ(l.credentials->accessKeySecret.reveal(), QByteArray("defaultSecret"));
  s.profileName.clear();
  s.environment.insert(QStringLiteral("ALIBABA_CLOUD_PROFILE"), QStringLiteral("default"));
  l = loadCredentials(s);
  ASSERT_TRUE(l.credentials);
  EXPECT_EQ(l.credentials->accessKeyId, QStringLiteral("LTAI5tDefaultKeyId00"));
}

TEST(CloudCredentials, environment_fills_only_empty_fields) {
  QTemporaryDir dir;
  CredentialSources s = sourcesWith(dir, kConfig, {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("fromEnv")},
                                                    {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIenvKeyId00000000")}});
  s.profileName = QStringLiteral("half");
  const CredentialLoad l = loadCredentials(s);
  ASSERT_TRUE(l.credentials);
  EXPECT_EQ(l.credentials->accessKeyId, QStringLiteral("LTAI5tHalfKeyOnly000"));  // the profile's id stays
  EXPECT_EQ(l.credentials->accessKeySecret.reveal(), QByteArray("fromEnv"));
}

TEST(CloudCredentials, environment_alone_and_prefixes) {
  CredentialSources s;
  s.configPath = QStringLiteral("/nonexistent/config.json");
  s.environment = {{QStringLiteral("ALICLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIalicloudPrefix00")},
                   {QStringLiteral("ALIBABACLOUD_ACCESS_KEY_SECRET"), QStringLiteral("s3")},
                   {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("tok")},
                   {QStringLiteral("ALIBABA_CLOUD_REGION_ID"), QStringLiteral("ap-southeast-1")}};
  const CredentialLoad l = loadCredentials(s);
  ASSERT_TRUE(l.credentials);
  EXPECT_EQ(l.credentials->source, QStringLiteral("environment"));
  EXPECT_TRUE(l.credentials->isSts());
  EXPECT_EQ(l.credentials->regionId, QStringLiteral("ap-southeast-1"));
}

TEST(CloudCredentials, ignore_profile_skips_the_file) {
  QTemporaryDir dir;
  CredentialSources s = sourcesWith(dir, kConfig, {{QStringLiteral("ALIBABA_CLOUD_IGNORE_PROFILE"), QStringLiteral("TRUE")},
                                                    {QStringLiteral("ACCESS_KEY_ID"), QStringLiteral("LTAIbareNameKey00000")},
                                                    {QStringLiteral("ACCESS_KEY_SECRET"), QStringLiteral("bare")}});
  const CredentialLoad l = loadCredentials(s);
  ASSERT_TRUE(l.credentials);
  EXPECT_EQ(l.credentials->accessKeyId, QStringLiteral("LTAIbareNameKey00000"));
}

TEST(CloudCredentials, problems_are_named_with_what_to_do) {
  QTemporaryDir dir;
  CredentialSources s = sourcesWith(dir, kConfig);
  s.profileName = QStringLiteral("role");
  CredentialLoad l = loadCredentials(s);
  EXPECT_EQ(l.problem, CredentialProblem::UnsupportedMode);
  EXPECT_TRUE(l.message().contains(QStringLiteral("RamRoleArn")));
  s.profileName = QStringLiteral("nobody");
  l = loadCredentials(s);
  EXPECT_EQ(l.problem, CredentialProblem::ProfileNotFound);
  EXPECT_TRUE(l.message().contains(QStringLiteral("nobody")));
  s.profileName = QStringLiteral("half");
  EXPECT_EQ(loadCredentials(s).problem, CredentialProblem::Incomplete);
  EXPECT_EQ(loadCredentials(sourcesWith(dir, "{not json")).problem, CredentialProblem::ConfigUnreadable);
  CredentialSources none;
  none.configPath = QStringLiteral("/nonexistent/config.json");
  l = loadCredentials(none);
  EXPECT_EQ(l.problem, CredentialProblem::NotFound);
  EXPECT_FALSE(l.message().isEmpty());
  // No message ever carries the secret.
  s.profileName = QStringLiteral("half");
  EXPECT_FALSE(loadCredentials(s).message().contains(QStringLiteral("defaultSecret")));
}
