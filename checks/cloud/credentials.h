#pragma once
// Alibaba Cloud credentials for one session: from the aliyun CLI's ~/.aliyun/config.json (modes AK and StsToken),
// the standard environment variables, or typed in. The secret parts are Secret values (secret.h): they cannot be
// printed or logged by accident. Loading never writes anything and never throws; a problem comes back as a code
// plus a translated sentence saying what to do.

#include <QHash>
#include <QString>
#include <optional>

#include "checks/cloud/secret.h"

namespace rdpd::cloud {

struct Credentials {
  QString accessKeyId;
  Secret accessKeySecret;
  Secret securityToken;  // STS credentials only
  QString regionId;      // the profile's or ALIBABA_CLOUD_REGION_ID; may be empty
  QString source;        // "profile <name>", "environment", "typed in" (for people; no secret in it)

  bool isSts() const { return !securityToken.isEmpty(); }
  bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
  // "LTAI…a1b2": enough to tell keys apart in a report, not enough to use.
  QString maskedKeyId() const;
};

enum class CredentialProblem {
  None,
  NotFound,          // no profile file and no environment variables
  ConfigUnreadable,  // file exists but is not JSON / not readable
  ProfileNotFound,   // the named profile is not in the file
  UnsupportedMode,   // RamRoleArn, EcsRamRole, OIDC...: not read here
  Incomplete,        // an id without a secret, or StsToken mode without the token
};

struct CredentialLoad {
  std::optional<Credentials> credentials;
  CredentialProblem problem = CredentialProblem::None;
  QString detail;           // profile name, mode, path: never a secret
  QString message() const;  // translated: what happened and what to do
};

// Where to look. Production: fromSystem(); tests pass a temporary config path and their own environment.
struct CredentialSources {
  QString configPath;  // ~/.aliyun/config.json
  QHash<QString, QString> environment;
  QString profileName;  // --profile; empty = ALIBABA_CLOUD_PROFILE, else the file's "current"
  static CredentialSources fromSystem(const QString &profileName = {});
};

// The aliyun CLI order: the chosen profile from the file (unless ALIBABA_CLOUD_IGNORE_PROFILE=TRUE), with
// environment variables filling only the fields the profile leaves empty; without a usable file, the environment.
CredentialLoad loadCredentials(const CredentialSources &sources);
// Parses config.json bytes (split out for the fuzzer and tests).
CredentialLoad credentialsFromConfig(const QByteArray &json, const QString &profileName,
                                     const QHash<QString, QString> &environment);

}  // namespace rdpd::cloud
