// The real binary on the key path against the API mock (which checks every signature itself): the same verdict as
// the no-key import of the same documents, failures as exit code 2 with a sentence in the user's language, and a
// grep of every output — stdout, stderr, each report format, the debug log — for the secret, the STS token and the
// request signatures.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/checks/cloud/cloud_api_test_support.h"
#include "tests/support/full_backlog_listener.h"
#include "tests/support/loopback.h"

using namespace rdpd;
using namespace rdpd::cloudtest;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kToken = "STS.rdpd-test-token-Kx93mPq2Lw";
#ifdef Q_OS_WIN
constexpr bool kWindows = true;
#else
constexpr bool kWindows = false;
#endif

struct CliRun {
  int exitCode = -1;
  QByteArray out, err;
};

// A clean home (logs land under it), the key in the environment unless a profile is used, the log at debug level.
QProcessEnvironment environment(const QString &home, bool keyInEnvironment) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const QString &k : env.keys())
    if (k.startsWith(u"ALIBABA"_s) || k.startsWith(u"ALICLOUD"_s) || k.contains(u"ACCESS_KEY"_s)) env.remove(k);
  env.insert(u"HOME"_s, home);
  env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
  env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
  env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
  env.insert(u"RDPD_LOG_LEVEL"_s, u"debug"_s);
  env.insert(u"RDPD_LOG_DIR"_s, home + u"/logs"_s);  // Windows ignores HOME/XDG for the app data folder
  if (keyInEnvironment) {
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString::fromLatin1(kKeyId));
    env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString::fromLatin1(kSecret));
    env.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, QString::fromLatin1(kToken));
  }
  return env;
}

CliRun rdpDoctor(const QStringList &args, const QProcessEnvironment &env) {
  QProcess p;
  p.setProcessEnvironment(env);
  p.start(QString::fromUtf8(RDPD_BINARY_PATH), args);
  CliRun r;
  EXPECT_TRUE(p.waitForFinished(60000)) << args.join(u' ').toStdString();
  r.exitCode = p.exitCode();
  r.out = p.readAllStandardOutput();
  r.err = p.readAllStandardError();
  return r;
}

QStringList diagnoseArgs(int port, const QUrl &endpoint) {
  return {u"diagnose"_s,    u"127.0.0.1:%1"_s.arg(port), u"--cloud"_s,
          u"alibaba"_s,     u"--cloud-endpoint"_s,       endpoint.toString(),
          u"--public-ip"_s, u"198.51.100.7"_s,           u"--timeout-ms"_s,
          u"1500"_s};
}

QMap<QString, QString> cloudChecks(const QByteArray &json) {
  QMap<QString, QString> out;
  for (const QJsonValue v : QJsonDocument::fromJson(json).object().value(u"checks"_s).toArray()) {
    const QJsonObject c = v.toObject();
    if (c.value(u"origin"_s).toString() == u"cloud"_s)
      out.insert(c.value(u"id"_s).toString(),
                 c.value(u"status"_s).toString() + u": "_s + c.value(u"summary"_s).toString());
  }
  return out;
}

QStringList causeIds(const QByteArray &json) {
  QStringList out;
  const QJsonObject report = QJsonDocument::fromJson(json).object();
  for (const QJsonValue v : report.value(u"causes"_s).toArray()) out << v.toObject().value(u"cause_id"_s).toString();
  return out;
}

}  // namespace

TEST(CloudKeyCli, key_path_gives_the_same_verdict_as_the_import_of_the_same_documents) {
  test::FullBacklogListener filtered;
  ASSERT_TRUE(filtered.connectHangs());
  test::AliyunMockServer mock(kKeyId, kSecret, kToken);
  ASSERT_TRUE(mock.start());
  fillLoopbackCloud(mock);
  QTemporaryDir home;
  const CliRun api = rdpDoctor(diagnoseArgs(filtered.port(), mock.url()) << u"--format"_s << u"json"_s,
                               environment(home.path(), true));
  EXPECT_EQ(api.exitCode, 1) << api.err.constData();
  const QMap<QString, QString> viaApi = cloudChecks(api.out);
  EXPECT_EQ(viaApi.size(), 6);
  // Only the key path reads the console screenshot (the instance is Running); the import has none to read.
  EXPECT_TRUE(viaApi.value(u"cloud.screenshot"_s).startsWith(u"pass: Console screenshot taken at"_s))
      << viaApi.value(u"cloud.screenshot"_s).toStdString();
  EXPECT_TRUE(viaApi.value(u"cloud.security_group"_s).startsWith(u"fail: "_s))
      << viaApi.value(u"cloud.security_group"_s).toStdString();
  EXPECT_TRUE(api.out.contains("\"cloud_source\": \"api\"")) << api.out.left(3000).constData();
  // The listener's port is not 3389: no rule of either group is for it, and the port is filtered.
  EXPECT_EQ(causeIds(api.out).value(0), u"cloud_sg_no_rule"_s) << causeIds(api.out).join(u',').toStdString();

  // The no-key path, on the very documents the mock served.
  QTemporaryDir docs;
  const auto save = [&](const QString &name, const QJsonObject &o) {
    QFile f(docs.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    return f.fileName();
  };
  QStringList files{save(u"instance.json"_s, loopbackInstance()),
                    save(u"sg1.json"_s, fixture("api/sg-uf6rdpbase.json")),
                    save(u"sg2.json"_s, fixture("api/sg-uf6officedrop.json")),
                    save(u"assistant.json"_s, fixture("api/assistant-shanghai.json")),
                    save(u"CPUUtilization.json"_s, fixture("api/CPUUtilization-shanghai.json"))};
  QStringList offlineArgs{u"diagnose"_s, u"127.0.0.1:%1"_s.arg(filtered.port()), u"--cloud-json"_s};
  offlineArgs << files << u"--public-ip"_s << u"198.51.100.7"_s << u"--timeout-ms"_s << u"1500"_s << u"--format"_s
              << u"json"_s;
  const CliRun offline = rdpDoctor(offlineArgs, environment(home.path(), false));
  EXPECT_EQ(offline.exitCode, 1) << offline.err.constData();
  QMap<QString, QString> offlineChecks = cloudChecks(offline.out);
  EXPECT_TRUE(offlineChecks.take(u"cloud.screenshot"_s).startsWith(u"skipped: "_s));
  QMap<QString, QString> apiWithoutScreenshot = viaApi;
  apiWithoutScreenshot.remove(u"cloud.screenshot"_s);
  EXPECT_EQ(offlineChecks, apiWithoutScreenshot);
  EXPECT_EQ(causeIds(offline.out), causeIds(api.out));
}

TEST(CloudKeyCli, secret_token_and_signatures_appear_in_no_output_report_or_log) {
  const int port = test::closedLoopbackPort();
  test::AliyunMockServer mock(kKeyId, kSecret, kToken);
  ASSERT_TRUE(mock.start());
  fillLoopbackCloud(mock);
  QTemporaryDir home, out;
  // The same key once more as an aliyun CLI profile (StsToken mode), chosen with --cloud-profile.
  QDir(home.path()).mkpath(u".aliyun"_s);
  QFile config(home.filePath(u".aliyun/config.json"_s));
  ASSERT_TRUE(config.open(QIODevice::WriteOnly));
  config.write(QJsonDocument(QJsonObject{{u"current"_s, u"default"_s},
                                         {u"profiles"_s,
                                          QJsonArray{QJsonObject{{u"name"_s, u"helpdesk"_s},
                                                                 {u"mode"_s, u"StsToken"_s},
                                                                 {u"access_key_id"_s, QString::fromLatin1(kKeyId)},
                                                                 {u"access_key_secret"_s, QString::fromLatin1(kSecret)},
                                                                 {u"sts_token"_s, QString::fromLatin1(kToken)},
                                                                 {u"region_id"_s, u"cn-shanghai"_s}}}}})
                   .toJson());
  config.close();
  QList<QByteArray> outputs;
  for (const char *format : {"json", "markdown", "html", "text", "ticket"}) {
    for (bool toFile : {false, true}) {
      QStringList args = diagnoseArgs(port, mock.url()) << u"--format"_s << QString::fromLatin1(format);
      const QString file = out.filePath(u"report-%1-%2"_s.arg(QLatin1String(format)).arg(toFile));
      // Half the runs take the key from the profile. Not on Windows, where QDir::home() is the account's profile
      // folder whatever the environment says, so the test's config.json is not where the program looks.
      const bool fromProfile = toFile && !kWindows;
      if (toFile) args << u"--output"_s << file;
      if (fromProfile) args << u"--cloud-profile"_s << u"helpdesk"_s;
      const CliRun r = rdpDoctor(args, environment(home.path(), !fromProfile));
      EXPECT_EQ(r.exitCode, 1) << format << r.err.constData();
      outputs << r.out << r.err;
      if (toFile) {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << format;
        const QByteArray report = f.readAll();
        if (QByteArrayView(format) != "ticket") {
          EXPECT_TRUE(report.contains("i-uf6winrdp0doctor02")) << format;
        }
        outputs << report;
      } else if (QByteArrayView(format) != "ticket") {
        EXPECT_TRUE(r.out.contains("i-uf6winrdp0doctor02")) << format;  // the cloud was read into it
      }
    }
  }
  // Every file the program left under the home (logs, caches), except the profile the test wrote itself.
  int logs = 0;
  QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (path.endsWith(u".aliyun/config.json"_s)) continue;
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (path.endsWith(u".log"_s)) {
      ++logs;
      EXPECT_TRUE(bytes.contains("DescribeInstanceAttribute region cn-shanghai -> HTTP 200")) << path.toStdString();
      EXPECT_TRUE(bytes.contains("RequestId "));
    }
    outputs << bytes;
  }
  EXPECT_GE(logs, 1);
  QList<QByteArray> forbidden{kSecret, kToken, "Signature=", "ACS3-HMAC-SHA256", "x-acs-security-token"};
  const QList<test::MockRecord> records = mock.records();
  EXPECT_GE(records.size(), 10 * 8);
  for (const test::MockRecord &r : records) {
    EXPECT_EQ(r.status, 200) << r.action.toStdString() << " " << r.code.toStdString();
    EXPECT_TRUE(r.hadToken);
    forbidden << r.signature;
  }
  for (const QByteArray &o : outputs)
    for (const QByteArray &s : forbidden) EXPECT_FALSE(o.contains(s)) << s.constData();
}

TEST(CloudKeyCli, failures_exit_2_with_a_sentence_in_the_users_language) {
  const int port = test::closedLoopbackPort();
  test::AliyunMockServer mock(kKeyId, kSecret, kToken);
  ASSERT_TRUE(mock.start());
  fillLoopbackCloud(mock);
  mock.forbid(u"DescribeSecurityGroupAttribute"_s);
  QTemporaryDir home;
  const QProcessEnvironment env = environment(home.path(), true);
  CliRun en = rdpDoctor(diagnoseArgs(port, mock.url()), env);
  EXPECT_EQ(en.exitCode, 2);
  EXPECT_TRUE(en.err.contains("ecs:DescribeSecurityGroupAttribute")) << en.err.constData();
  EXPECT_TRUE(en.err.contains("docs/cloud.md"));
  CliRun zh = rdpDoctor(diagnoseArgs(port, mock.url()) << u"--lang"_s << u"zh_CN"_s, env);
  EXPECT_EQ(zh.exitCode, 2);
  EXPECT_TRUE(zh.err.contains("ecs:DescribeSecurityGroupAttribute"));
  EXPECT_TRUE(hasCjk(QString::fromUtf8(zh.err))) << zh.err.constData();
  EXPECT_FALSE(hasCjk(QString::fromUtf8(en.err)));

  // The cloud's clock 20 minutes ahead: the request's time stamp is refused, and the offset is measured.
  test::AliyunMockServer late(kKeyId, kSecret, kToken);
  ASSERT_TRUE(late.start());
  fillLoopbackCloud(late);
  late.setClockSkewSeconds(20 * 60);
  const CliRun skew = rdpDoctor(diagnoseArgs(port, late.url()), env);
  EXPECT_EQ(skew.exitCode, 2);
  EXPECT_TRUE(skew.err.contains("20 minutes behind the cloud's")) << skew.err.constData();

  // No key anywhere; a plain-http endpoint that is not this computer; a host name without --instance.
  const CliRun nokey = rdpDoctor(diagnoseArgs(port, mock.url()), environment(home.path(), false));
  EXPECT_EQ(nokey.exitCode, 2);
  EXPECT_FALSE(nokey.err.isEmpty());
  const CliRun plain = rdpDoctor(diagnoseArgs(port, QUrl(u"http://192.0.2.1:8080"_s)), env);
  EXPECT_EQ(plain.exitCode, 2);
  EXPECT_TRUE(plain.err.contains("https://")) << plain.err.constData();
  const CliRun host = rdpDoctor(
      {u"diagnose"_s, u"localhost"_s, u"--cloud"_s, u"alibaba"_s, u"--cloud-endpoint"_s, mock.url().toString()}, env);
  EXPECT_EQ(host.exitCode, 2);
  EXPECT_TRUE(host.err.contains("--instance")) << host.err.constData();
}
