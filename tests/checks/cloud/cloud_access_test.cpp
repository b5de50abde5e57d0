// The wizard's cloud side without widgets (checks/cloud/cloud_access.h): the public IP typed is checked strictly;
// the aliyun CLI's profile names are listed current first; imports are all or nothing and add up; the settings
// apply to the evidence at once; a profile's key reads the instance from the mock; a typed key without a secret is
// refused before anything is sent; the key that worked stays for the actions until the data read with it goes; the
// keychain's blob round-trips and the in-memory key store answers later. The training lab's pretend cloud puts the
// user's cloud aside, is read with the lab key only (never remembered) and gives everything back when left.
#include <gtest/gtest.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "checks/cloud/cloud_access.h"
#include "checks/cloud/key_store.h"
#include "tests/checks/cloud/cloud_api_test_support.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace rdpd::cloudtest;
using namespace Qt::StringLiterals;

namespace {
QString fixturePath(const QString &name) { return QStringLiteral(RDPD_SOURCE_DIR "/tests/fixtures/cloud/") + name; }
}  // namespace

TEST(CloudAccess, public_ip_must_be_a_whole_address) {
  for (const char *good : {"", "198.51.100.7", " 198.51.100.7 ", "2001:db8::7"})
    EXPECT_TRUE(publicIpProblem(QString::fromLatin1(good)).isEmpty()) << good;
  for (const char *bad : {"198.51.100", "198.51.100.700", "my ip", "198.51.100.7/32", "example.com"})
    EXPECT_FALSE(publicIpProblem(QString::fromLatin1(bad)).isEmpty()) << bad;
}

TEST(CloudAccess, profile_names_current_first_and_nothing_for_a_bad_file) {
  QTemporaryDir dir;
  QFile f(dir.filePath(u"config.json"_s));
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(R"({"current":"helpdesk","profiles":[{"name":"default","mode":"AK"},{"name":"helpdesk","mode":"AK"}]})");
  f.close();
  EXPECT_EQ(aliyunProfileNames(f.fileName()), (QStringList{u"helpdesk"_s, u"default"_s}));
  EXPECT_TRUE(aliyunProfileNames(dir.filePath(u"missing.json"_s)).isEmpty());
  QFile bad(dir.filePath(u"bad.json"_s));
  ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
  bad.write("{\"profiles\": [");
  bad.close();
  EXPECT_TRUE(aliyunProfileNames(bad.fileName()).isEmpty());
}

TEST(CloudAccess, imports_add_up_all_or_nothing_and_settings_apply_at_once) {
  CloudAccess a;
  QSignalSpy changed(&a, &CloudAccess::evidenceChanged);
  ASSERT_EQ(a.importFiles({fixturePath(u"instance-attribute-running.json"_s)}), QString());
  ASSERT_NE(a.evidence(), nullptr);
  // A good file with a cut-off one: refused whole, with the importer's sentence naming the file.
  QTemporaryDir dir;
  QFile cut(dir.filePath(u"cut.json"_s));
  ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
  cut.write("{\"SecurityGroupId\": \"sg-");
  cut.close();
  const QString refused = a.importFiles({fixturePath(u"sg-rdpbase.json"_s), cut.fileName()});
  EXPECT_TRUE(refused.contains(u"cut.json"_s)) << refused.toStdString();
  EXPECT_TRUE(a.evidence()->groups.isEmpty());
  EXPECT_EQ(changed.size(), 1);
  ASSERT_EQ(a.importFiles({fixturePath(u"sg-rdpbase.json"_s)}), QString());
  EXPECT_EQ(a.evidence()->instances.size(), 1);
  EXPECT_EQ(a.evidence()->groups.size(), 1);
  a.setSettings({u" i-bp1winrdp0doctor01 "_s, {}, u"198.51.100.7"_s});
  EXPECT_EQ(a.evidence()->clientPublicIp, u"198.51.100.7"_s);
  EXPECT_EQ(a.evidence()->instanceId, u"i-bp1winrdp0doctor01"_s);
  a.forget();
  EXPECT_EQ(a.evidence(), nullptr);
  EXPECT_EQ(a.settings().publicIp, u"198.51.100.7"_s);  // the settings stay
}

TEST(CloudAccess, a_profile_key_reads_from_the_mock_and_an_incomplete_typed_key_sends_nothing) {
  test::AliyunMockServer mock{kKeyId, kSecret};
  ASSERT_TRUE(mock.start());
  fillCloud(mock);
  QTemporaryDir dir;
  QFile f(dir.filePath(u"config.json"_s));
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(QStringLiteral(R"({"current":"x","profiles":[{"name":"helpdesk","mode":"AK","access_key_id":"%1",)"
                         R"("access_key_secret":"%2","region_id":"cn-shanghai"}]})")
              .arg(QString::fromLatin1(kKeyId), QString::fromLatin1(kSecret))
              .toUtf8());
  f.close();
  CloudAccess a;
  CredentialSources sources;
  sources.configPath = f.fileName();
  a.setCredentialSources(sources);
  ApiClientConfig config;
  config.endpointOverride = mock.url();
  a.setApiConfig(config);
  a.setAddress(u"198.18.20.45"_s);
  a.setSettings({{}, {}, u"198.51.100.7"_s});

  Credentials typed;
  typed.accessKeyId = QString::fromLatin1(kKeyId);
  EXPECT_FALSE(a.startRead(typed).isEmpty());
  EXPECT_FALSE(a.isReading());
  EXPECT_TRUE(mock.records().isEmpty());

  QSignalSpy done(&a, &CloudAccess::readFinished);
  ASSERT_EQ(a.startReadWithProfile(u"helpdesk"_s), QString());
  EXPECT_TRUE(a.isReading());
  ASSERT_TRUE(done.wait(20000));
  EXPECT_TRUE(done.first().at(0).toBool()) << done.first().at(1).toString().toStdString();
  ASSERT_NE(a.evidence(), nullptr);
  EXPECT_TRUE(a.fromApi());
  EXPECT_EQ(a.evidence()->instances.value(0).instanceId, u"i-uf6winrdp0doctor02"_s);
  EXPECT_EQ(a.evidence()->clientPublicIp, u"198.51.100.7"_s);
  EXPECT_FALSE(a.isReading());
  // A profile that is not in the file: its sentence, nothing sent.
  const int calls = int(mock.records().size());
  EXPECT_FALSE(a.startReadWithProfile(u"nobody"_s).isEmpty());
  EXPECT_EQ(mock.records().size(), calls);
  // The key that worked is kept (in memory) for the actions, aimed at the instance it read; an import replacing the
  // data read with it drops it, and nothing remains to act with.
  ASSERT_NE(a.actionClient(), nullptr);
  ASSERT_TRUE(a.actionTarget().has_value());
  EXPECT_EQ(a.actionTarget()->instanceId, u"i-uf6winrdp0doctor02"_s);
  EXPECT_EQ(a.actionTarget()->regionId, u"cn-shanghai"_s);
  EXPECT_EQ(a.assistantOnline(), std::optional<bool>(true));
  QPointer<ApiClient> kept = a.actionClient();
  ASSERT_EQ(a.importFiles({fixturePath(u"instance-attribute-running.json"_s)}), QString());
  EXPECT_FALSE(a.fromApi());
  EXPECT_EQ(a.actionClient(), nullptr);
  EXPECT_TRUE(kept.isNull());
  EXPECT_FALSE(a.actionTarget().has_value());
}

TEST(CloudAccess, the_lab_reads_only_with_its_key_and_leaving_it_gives_the_users_cloud_back) {
  test::AliyunMockServer own{kKeyId, kSecret};  // "the real cloud" of the user
  constexpr const char *kLabId = "LTAI-LAB-TEST-KEY";
  constexpr const char *kLabSecret = "lab-test-secret";
  test::AliyunMockServer labMock{kLabId, kLabSecret};
  ASSERT_TRUE(own.start());
  ASSERT_TRUE(labMock.start());
  fillCloud(labMock);
  CloudAccess a;
  auto store = std::make_shared<MemoryKeyStore>();
  a.setKeyStore(store);
  ApiClientConfig config;
  config.endpointOverride = own.url();
  config.requestTimeoutMs = 7000;
  a.setApiConfig(config);
  const CloudSettings mine{u"i-bp1winrdp0doctor01"_s, u"cn-hangzhou"_s, u"203.0.113.9"_s};
  a.setSettings(mine);
  a.setAddress(u"203.0.113.10"_s);
  ASSERT_EQ(a.importFiles({fixturePath(u"instance-attribute-running.json"_s)}), QString());
  const auto imported = a.evidence();

  QSignalSpy lab(&a, &CloudAccess::labChanged);
  QSignalSpy done(&a, &CloudAccess::readFinished);
  Credentials labKey;
  labKey.accessKeyId = QString::fromLatin1(kLabId);
  labKey.accessKeySecret = Secret(QByteArray(kLabSecret));
  ASSERT_EQ(a.useLab(labMock.url(), labKey, u"198.51.100.7"_s, u"198.18.20.45"_s), QString());
  EXPECT_TRUE(a.isLab());
  EXPECT_EQ(lab.size(), 1);
  EXPECT_EQ(a.evidence(), nullptr);  // the user's documents are put aside, not mixed in
  EXPECT_EQ(a.settings(), (CloudSettings{{}, {}, u"198.51.100.7"_s}));
  EXPECT_EQ(a.apiConfig().endpointOverride, labMock.url());
  EXPECT_EQ(a.apiConfig().requestTimeoutMs, 7000);
  ASSERT_TRUE(done.wait(20000));
  EXPECT_TRUE(done.last().at(0).toBool()) << done.last().at(1).toString().toStdString();
  ASSERT_NE(a.evidence(), nullptr);
  EXPECT_TRUE(a.fromApi());
  EXPECT_NE(a.actionClient(), nullptr);
  // Any other key is refused before anything is sent; the lab key is never remembered.
  const qsizetype labCalls = labMock.records().size();
  EXPECT_FALSE(a.startRead(credentials(), true).isEmpty());
  EXPECT_FALSE(a.isReading());
  EXPECT_EQ(labMock.records().size(), labCalls);
  ASSERT_EQ(a.startRead(labKey, true), QString());
  ASSERT_TRUE(done.wait(20000));
  EXPECT_TRUE(done.last().at(0).toBool());
  QTest::qWait(50);
  EXPECT_FALSE(store->holdsKey());

  QPointer<ApiClient> labClient = a.actionClient();
  a.leaveLab();
  EXPECT_FALSE(a.isLab());
  EXPECT_EQ(lab.size(), 2);
  EXPECT_FALSE(lab.last().at(0).toBool());
  EXPECT_EQ(a.settings(), mine);
  EXPECT_EQ(a.address(), u"203.0.113.10"_s);
  EXPECT_EQ(a.apiConfig().endpointOverride, own.url());
  EXPECT_EQ(a.actionClient(), nullptr);
  EXPECT_TRUE(labClient.isNull());
  ASSERT_NE(a.evidence(), nullptr);
  EXPECT_FALSE(a.fromApi());
  EXPECT_EQ(a.documents(), imported->documents);
  EXPECT_EQ(a.evidence()->clientPublicIp, u"203.0.113.9"_s);
  EXPECT_TRUE(own.records().isEmpty());
  a.leaveLab();  // nothing to leave: nothing changes
  EXPECT_EQ(lab.size(), 2);
}

TEST(KeyStore, the_keychain_blob_round_trips_and_garbage_is_no_key) {
  Credentials c = credentials();
  const std::optional<Credentials> back = unpackKey(packKey(c));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->accessKeyId, c.accessKeyId);
  EXPECT_EQ(back->accessKeySecret, c.accessKeySecret);
  EXPECT_FALSE(back->isSts());
  for (const char *bad : {"", "\n", "LTAIonly", "LTAIonly\n", "\nsecret-only"})
    EXPECT_FALSE(unpackKey(QByteArray(bad)).has_value()) << bad;
}

TEST(KeyStore, memory_store_answers_later_and_forgets) {
  MemoryKeyStore store;
  QObject context;
  bool saved = false;
  store.save(credentials(), &context, [&](const QString &error) { saved = error.isEmpty(); });
  EXPECT_FALSE(saved);  // never synchronously
  ASSERT_TRUE(QTest::qWaitFor([&] { return saved; }, 2000));
  std::optional<Credentials> loaded;
  store.load(&context, [&](const std::optional<Credentials> &k, const QString &) { loaded = k; });
  ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.has_value(); }, 2000));
  EXPECT_EQ(loaded->accessKeySecret, Secret(kSecret));
  bool removed = false;
  store.remove(&context, [&](const QString &error) { removed = error.isEmpty(); });
  ASSERT_TRUE(QTest::qWaitFor([&] { return removed; }, 2000));
  EXPECT_FALSE(store.holdsKey());
}
