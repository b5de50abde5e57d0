#include "app/cloud_options.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include "checks/cloud/api_client.h"
#include "checks/cloud/cloud_evidence.h"
#include "checks/cloud/cloud_fetch.h"
#include "checks/cloud/credentials.h"
#include "checks/core/target.h"

using namespace Qt::StringLiterals;

namespace rdpd::app {

namespace {

bool takeValue(const QStringList &args, int &i, const QString &name, QString *out, bool *missing) {
  const QString &a = args[i];
  if (a == name) {
    if (i + 1 >= args.size() || args[i + 1].startsWith(u"--"_s)) {
      *missing = true;
      return true;
    }
    *out = args[++i];
    return true;
  }
  if (a.startsWith(name + u'=')) {
    *out = a.mid(name.size() + 1);
    return true;
  }
  return false;
}

}  // namespace

bool parseCloudOption(const QStringList &args, int &i, CloudOptions *o, QString *error) {
  static const QStringList names{u"--cloud"_s,    u"--cloud-json"_s,    u"--public-ip"_s,      u"--region"_s,
                                 u"--instance"_s, u"--cloud-profile"_s, u"--cloud-endpoint"_s, u"--profile"_s};
  for (const QString &name : names) {
    QString v;
    bool missing = false;
    if (!takeValue(args, i, name, &v, &missing)) continue;
    if (missing || v.trimmed().isEmpty()) {
      *error = QCoreApplication::translate("Options", "%1 needs a value.").arg(name);
      return true;
    }
    if (name == u"--cloud"_s) {
      if (v.toLower() != u"alibaba"_s && v.toLower() != u"aliyun"_s) {
        *error = QCoreApplication::translate("Options",
                                             "--cloud: \"%1\" is not supported; use --cloud alibaba "
                                             "(Alibaba Cloud ECS).")
                     .arg(v);
        return true;
      }
      o->provider = u"alibaba"_s;
    } else if (name == u"--cloud-json"_s) {
      o->jsonFiles << v;
      // "--cloud-json a.json b.json …": the following words that name .json files belong to it too.
      while (i + 1 < args.size() && !args[i + 1].startsWith(u'-') &&
             args[i + 1].endsWith(u".json"_s, Qt::CaseInsensitive))
        o->jsonFiles << args[++i];
      if (o->provider.isEmpty()) o->provider = u"alibaba"_s;
    } else if (name == u"--public-ip"_s) {
      o->publicIp = v.trimmed();
    } else if (name == u"--region"_s) {
      o->region = v.trimmed();
    } else if (name == u"--instance"_s) {
      o->instance = v.trimmed();
    } else if (name == u"--cloud-endpoint"_s) {
      o->endpoint = v.trimmed();
    } else {
      o->profile = v.trimmed();
    }
    return true;
  }
  return false;
}

QString validateCloudOptions(const CloudOptions &o) {
  if (!o.publicIp.isEmpty()) {
    const QHostAddress a(o.publicIp);
    if (a.isNull())
      return QCoreApplication::translate("Options",
                                         "--public-ip: \"%1\" is not an IP address. Give this computer's "
                                         "public address, e.g. --public-ip 198.51.100.7.")
          .arg(o.publicIp);
  }
  if (!o.any() && (!o.publicIp.isEmpty() || !o.region.isEmpty() || !o.instance.isEmpty() || !o.profile.isEmpty() ||
                   !o.endpoint.isEmpty()))
    return QCoreApplication::translate("Options",
                                       "--public-ip, --region, --instance, --cloud-profile and --cloud-endpoint need "
                                       "--cloud alibaba or --cloud-json FILE.");
  if (!o.endpoint.isEmpty()) {
    if (!o.jsonFiles.isEmpty())
      return QCoreApplication::translate("Options",
                                         "--cloud-endpoint is for reading the cloud with an AccessKey; it does "
                                         "nothing with --cloud-json. Leave one of them out.");
    const QString problem = cloud::endpointProblem(QUrl(o.endpoint, QUrl::StrictMode));
    if (!problem.isEmpty()) return u"--cloud-endpoint: "_s + problem;
  }
  return {};
}

QString applyCloudOptions(const CloudOptions &o, Target &target) {
  if (!o.any() || o.usesApi()) return {};
  const cloud::CloudImport imported = cloud::importCloudFiles(o.jsonFiles);
  if (!imported.ok()) return imported.message;
  imported.evidence->clientPublicIp = o.publicIp;
  cloud::noteLocalAddress(*imported.evidence, target.host);
  imported.evidence->instanceId = o.instance;
  target.cloudEvidence = imported.evidence;
  return {};
}

QString startCloudRead(const CloudOptions &o, const Target &target, QObject *parent,
                       std::function<void(const cloud::CloudFetchResult &)> done) {
  const cloud::CredentialLoad load = cloud::loadCredentials(cloud::CredentialSources::fromSystem(o.profile));
  if (!load.credentials) return load.message();
  return startCloudReadWith(*load.credentials, o, target, parent, std::move(done));
}

QString startCloudReadWith(const cloud::Credentials &credentials, const CloudOptions &o, const Target &target,
                           QObject *parent, std::function<void(const cloud::CloudFetchResult &)> done) {
  cloud::CloudFetchRequest request;
  request.address = target.host;
  request.instanceId = o.instance;
  request.regionId = o.region;
  request.clientPublicIp = o.publicIp;
  if (const QString problem = cloud::fetchRequestProblem(request); !problem.isEmpty()) return problem;
  cloud::ApiClientConfig config;
  config.endpointOverride = QUrl(o.endpoint, QUrl::StrictMode);
  auto *client = new cloud::ApiClient(credentials, config, cloud::ApiSeams::system(), parent);
  auto *fetch = new cloud::CloudFetch(client, client);
  fetch->start(request, std::move(done));
  return {};
}

QString cloudUsageText() {
  return u"  rdp-doctor diagnose HOST[:PORT] --cloud alibaba [--cloud-json FILE...] [--public-ip IP] [--instance ID]\n"
         u"                      [--region R] [--cloud-profile NAME]\n"_s +
         QCoreApplication::translate(
             "Usage",
             "      Add the cloud's view (instance state, security groups, bandwidth, metrics, Cloud Assistant).\n"
             "      With --cloud-json: from the JSON output of the aliyun commands in docs/cloud.md; no key needed.\n"
             "      Without it: read with an AccessKey (read-only) from the aliyun CLI's profile (--cloud-profile,\n"
             "      default the current one) or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET\n"
             "      [/ ALIBABA_CLOUD_SECURITY_TOKEN]; the instance is found by HOST's public IP or EIP in every "
             "region,\n"
             "      or named with --instance (and --region). --public-ip is this computer's public address, for\n"
             "      judging the security-group rules. --cloud-endpoint URL sends the API calls elsewhere (tests "
             "only).\n");
}

}  // namespace rdpd::app
