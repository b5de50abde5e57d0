#pragma once
// The cloud options of `rdp-doctor diagnose` (docs/cloud.md): --cloud alibaba, --cloud-json FILE…, --public-ip IP,
// --region R, --instance ID, --profile NAME. Parsed with the other options (pure, before any Qt application
// object), applied to the target once translators are in place.

#include <QString>
#include <QStringList>

namespace rdpd {
struct Target;
}

namespace rdpd::app {

struct CloudOptions {
  QString provider;       // "alibaba" (the only one so far); empty = no cloud step
  QStringList jsonFiles;  // aliyun CLI output to evaluate offline
  QString publicIp;       // this computer's public address
  QString region;
  QString instance;
  QString profile;
  bool any() const { return !provider.isEmpty(); }
};

// Consumes args[i] (and its value) when it is a cloud option. Returns true when consumed; *error is set (in the
// current language) when the option is wrong.
bool parseCloudOption(const QStringList &args, int &i, CloudOptions *o, QString *error);
// Checks the combination after all arguments were read; returns a translated error or an empty string.
QString validateCloudOptions(const CloudOptions &o);
// Loads the JSON files into target.cloudEvidence. Returns a translated error (exit code 2) or an empty string.
QString applyCloudOptions(const CloudOptions &o, Target &target);
QString cloudUsageText();

}  // namespace rdpd::app
