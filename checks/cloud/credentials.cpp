#include "checks/cloud/credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

constexpr qint64 kMaxConfigBytes = 1024 * 1024;

// The CLI accepts each variable with three prefixes (and the bare name for the key pair).
QString envValue(const QHash<QString, QString> &env, const QString &suffix, bool bareAllowed = false) {
  for (const QString &prefix : {u"ALIBABA_CLOUD_"_s, u"ALIBABACLOUD_"_s, u"ALICLOUD_"_s}) {
    const QString v = env.value(prefix + suffix).trimmed();
    if (!v.isEmpty()) return v;
  }
  return bareAllowed ? env.value(suffix).trimmed() : QString();
}

void fillFromEnvironment(Credentials &c, const QHash<QString, QString> &env) {
  if (c.accessKeyId.isEmpty()) c.accessKeyId = envValue(env, u"ACCESS_KEY_ID"_s, true);
  if (c.accessKeySecret.isEmpty()) c.accessKeySecret = Secret(envValue(env, u"ACCESS_KEY_SECRET"_s, true).toUtf8());
  if (c.securityToken.isEmpty()) c.securityToken = Secret(envValue(env, u"SECURITY_TOKEN"_s).toUtf8());
  if (c.regionId.isEmpty()) c.regionId = envValue(env, u"REGION_ID"_s);
}

CredentialLoad fail(CredentialProblem p, const QString &detail = {}) {
  CredentialLoad l;
  l.problem = p;
  l.detail = detail;
  return l;
}

CredentialLoad fromEnvironment(const QHash<QString, QString> &env) {
  Credentials c;
  fillFromEnvironment(c, env);
  if (c.accessKeyId.isEmpty() && c.accessKeySecret.isEmpty()) return fail(CredentialProblem::NotFound);
  if (!c.isComplete()) return fail(CredentialProblem::Incomplete, u"environment"_s);
  c.source = u"environment"_s;
  CredentialLoad l;
  l.credentials = std::move(c);
  return l;
}

}  // namespace

QString Credentials::maskedKeyId() const {
  if (accessKeyId.size() <= 8) return u"…"_s;
  return accessKeyId.left(4) + u"…"_s + accessKeyId.right(4);
}

QString CredentialLoad::message() const {
  switch (problem) {
    case CredentialProblem::None:
      return {};
    case CredentialProblem::NotFound:
      return QCoreApplication::translate(
          "CloudCredentials",
          "No Alibaba Cloud AccessKey was found (no ~/.aliyun/config.json profile and no ALIBABA_CLOUD_ACCESS_KEY_ID). "
          "Run \"aliyun configure\", set the environment variables, or use the no-key path: run the aliyun commands "
          "shown and import their JSON output.");
    case CredentialProblem::ConfigUnreadable:
      return QCoreApplication::translate("CloudCredentials",
                                         "The aliyun CLI configuration %1 could not be read as JSON. Run \"aliyun "
                                         "configure list\" to check it, "
                                         "or set ALIBABA_CLOUD_IGNORE_PROFILE=TRUE and use environment variables.")
          .arg(detail);
    case CredentialProblem::ProfileNotFound:
      return QCoreApplication::translate("CloudCredentials",
                                         "The profile \"%1\" is not in the aliyun CLI configuration. Check the name "
                                         "with \"aliyun configure list\".")
          .arg(detail);
    case CredentialProblem::UnsupportedMode:
      return QCoreApplication::translate("CloudCredentials",
                                         "The profile uses the mode %1, which RDP Doctor does not read. Use a profile "
                                         "of mode AK or StsToken, or "
                                         "set ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and "
                                         "ALIBABA_CLOUD_SECURITY_TOKEN for "
                                         "STS) in the environment.")
          .arg(detail);
    case CredentialProblem::Incomplete:
      return QCoreApplication::translate(
                 "CloudCredentials",
                 "The credentials from %1 are incomplete: an AccessKey ID needs its secret, and an STS profile its "
                 "security token. Complete them with \"aliyun configure\" or the environment variables.")
          .arg(detail);
  }
  return {};
}

CredentialSources CredentialSources::fromSystem(const QString &profileName) {
  CredentialSources s;
  s.configPath = QDir::home().filePath(u".aliyun/config.json"_s);
  const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const QString &k : env.keys()) {
    if (k.startsWith(u"ALIBABA"_s) || k.startsWith(u"ALICLOUD"_s) || k == u"ACCESS_KEY_ID"_s ||
        k == u"ACCESS_KEY_SECRET"_s)
      s.environment.insert(k, env.value(k));
  }
  s.profileName = profileName;
  return s;
}

CredentialLoad credentialsFromConfig(const QByteArray &json, const QString &profileName,
                                     const QHash<QString, QString> &environment) {
  QJsonParseError err{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
  if (err.error != QJsonParseError::NoError || !doc.isObject()) return fail(CredentialProblem::ConfigUnreadable);
  const QJsonObject root = doc.object();
  QString wanted = profileName;
  if (wanted.isEmpty()) wanted = envValue(environment, u"PROFILE"_s);
  if (wanted.isEmpty()) wanted = root.value(u"current"_s).toString();
  if (wanted.isEmpty()) wanted = u"default"_s;
  for (const QJsonValue &pv : root.value(u"profiles"_s).toArray()) {
    const QJsonObject p = pv.toObject();
    if (p.value(u"name"_s).toString() != wanted) continue;
    const QString mode = p.value(u"mode"_s).toString(u"AK"_s);
    if (mode != u"AK"_s && mode != u"StsToken"_s) return fail(CredentialProblem::UnsupportedMode, mode);
    Credentials c;
    c.accessKeyId = p.value(u"access_key_id"_s).toString().trimmed();
    c.accessKeySecret = Secret(p.value(u"access_key_secret"_s).toString().trimmed().toUtf8());
    if (mode == u"StsToken"_s) c.securityToken = Secret(p.value(u"sts_token"_s).toString().trimmed().toUtf8());
    c.regionId = p.value(u"region_id"_s).toString().trimmed();
    fillFromEnvironment(c, environment);
    const QString source = u"profile "_s + wanted;
    if (!c.isComplete() || (mode == u"StsToken"_s && c.securityToken.isEmpty()))
      return fail(CredentialProblem::Incomplete, source);
    c.source = source;
    CredentialLoad l;
    l.credentials = std::move(c);
    return l;
  }
  return fail(CredentialProblem::ProfileNotFound, wanted);
}

CredentialLoad loadCredentials(const CredentialSources &sources) {
  const bool ignoreProfile =
      envValue(sources.environment, u"IGNORE_PROFILE"_s).compare(u"TRUE"_s, Qt::CaseInsensitive) == 0;
  QFile f(sources.configPath);
  if (ignoreProfile || sources.configPath.isEmpty() || !f.exists()) {
    if (!sources.profileName.isEmpty() && !ignoreProfile)
      return fail(CredentialProblem::ProfileNotFound, sources.profileName);
    return fromEnvironment(sources.environment);
  }
  if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxConfigBytes)
    return fail(CredentialProblem::ConfigUnreadable, sources.configPath);
  CredentialLoad l = credentialsFromConfig(f.read(kMaxConfigBytes), sources.profileName, sources.environment);
  if (l.problem == CredentialProblem::ConfigUnreadable) l.detail = sources.configPath;
  // No profile chosen explicitly and the file's profile is missing: the environment alone may still do.
  if (l.problem == CredentialProblem::ProfileNotFound && sources.profileName.isEmpty()) {
    CredentialLoad env = fromEnvironment(sources.environment);
    if (env.credentials) return env;
  }
  return l;
}

}  // namespace rdpd::cloud
