#pragma once
// The cloud options of `rdp-doctor diagnose` (docs/cloud.md): --cloud alibaba, --cloud-json FILE…, --public-ip IP,
// --region R, --instance ID, --cloud-profile NAME, --cloud-endpoint URL (tests). Parsed with the other options (pure,
// before any Qt application object), applied to the target once translators are in place.

#include <QString>
#include <QStringList>
#include <functional>

class QObject;

namespace rdpd {
struct Target;
namespace cloud {
struct CloudFetchResult;
struct Credentials;
}
}  // namespace rdpd

namespace rdpd::app {

struct CloudOptions {
  QString provider;       // "alibaba" (the only one so far); empty = no cloud step
  QStringList jsonFiles;  // aliyun CLI output to evaluate offline
  QString publicIp;       // this computer's public address
  QString region;
  QString instance;
  QString profile;   // --cloud-profile (or --profile): the aliyun CLI profile; empty = the file's current one
  QString endpoint;  // --cloud-endpoint: send every API call there (tests; https, or http to loopback only)
  bool any() const { return !provider.isEmpty(); }
  // --cloud alibaba without --cloud-json: read the cloud with an AccessKey.
  bool usesApi() const { return any() && jsonFiles.isEmpty(); }
};

// Consumes args[i] (and its value) when it is a cloud option. Returns true when consumed; *error is set (in the
// current language) when the option is wrong.
bool parseCloudOption(const QStringList &args, int &i, CloudOptions *o, QString *error);
// Checks the combination after all arguments were read; returns a translated error or an empty string.
QString validateCloudOptions(const CloudOptions &o);
// Loads the JSON files into target.cloudEvidence. Returns a translated error (exit code 2) or an empty string.
QString applyCloudOptions(const CloudOptions &o, Target &target);
// The key path: loads the credentials (aliyun CLI profile or environment variables), then reads the instance
// behind target from the API (checks/cloud/cloud_fetch.h); done runs later on the event loop. Returns a translated
// error (exit code 2) when it cannot even start (no credentials, a bad endpoint, a host name instead of an IP).
QString startCloudRead(const CloudOptions &o, const Target &target, QObject *parent,
                       std::function<void(const cloud::CloudFetchResult &)> done);
// The same with credentials already at hand (the training lab's pretend cloud brings its own lab-only key).
QString startCloudReadWith(const cloud::Credentials &credentials, const CloudOptions &o, const Target &target,
                           QObject *parent, std::function<void(const cloud::CloudFetchResult &)> done);
QString cloudUsageText();

}  // namespace rdpd::app
