#include "checks/cloud/api_call.h"

#include <QCoreApplication>
#include <QHostAddress>

#include "checks/cloud/acs3_signer.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

QString ApiCall::param(const QString &name) const {
  for (const auto &[k, v] : params)
    if (k == name) return v;
  return {};
}

QString productVersion(ApiProduct p) { return p == ApiProduct::Cms ? u"2019-01-01"_s : u"2014-05-26"_s; }

QString ramAction(const ApiCall &c) { return (c.product == ApiProduct::Cms ? u"cms:"_s : u"ecs:"_s) + c.action; }

QUrl endpointFor(const ApiCall &c, const QUrl &endpointOverride) {
  if (!endpointOverride.isEmpty()) {
    QUrl u = endpointOverride;
    u.setPath(u"/"_s);
    u.setQuery(QString());
    return u;
  }
  const QString service = c.product == ApiProduct::Cms ? u"metrics"_s : u"ecs"_s;
  const QString host = c.regionId.isEmpty() ? QString(service + u".aliyuncs.com"_s)
                                            : QString(service + u'.' + c.regionId + u".aliyuncs.com"_s);
  return QUrl(u"https://"_s + host + u'/');
}

QString endpointProblem(const QUrl &url) {
  if (!url.isValid() || url.host().isEmpty())
    return QCoreApplication::translate("CloudApi", "\"%1\" is not a URL; give it as https://host[:port].")
        .arg(url.toString());
  const QString scheme = url.scheme().toLower();
  if (scheme == u"https"_s) return {};
  const QHostAddress a(url.host());
  const bool loopback = url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!a.isNull() && a.isLoopback());
  if (scheme == u"http"_s && loopback) return {};
  return QCoreApplication::translate("CloudApi",
                                     "Refusing to send a signed request to %1: only https:// is allowed (plain "
                                     "http:// only to this computer, for tests), so the AccessKey's signature never "
                                     "crosses a network unencrypted.")
      .arg(url.toString());
}

QByteArray hostHeader(const QUrl &url) {
  const int defaultPort = url.scheme().toLower() == u"https"_s ? 443 : 80;
  QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
  if (host.contains(':')) host = '[' + host + ']';  // an IPv6 literal
  if (url.port() != -1 && url.port() != defaultPort) host += ':' + QByteArray::number(url.port());
  return host;
}

PreparedRequest prepareRequest(const ApiCall &c, const QUrl &endpoint, const Credentials &creds,
                               const QDateTime &nowUtc, const QByteArray &nonce) {
  constexpr const char *kContentType = "application/x-www-form-urlencoded";
  SignableRequest s;
  s.method = "POST";
  s.path = "/";
  s.query = c.params;
  s.headers = {{"host", hostHeader(endpoint)},
               {"x-acs-action", c.action.toUtf8()},
               {"x-acs-version", productVersion(c.product).toUtf8()},
               {"x-acs-date", nowUtc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s).toUtf8()},
               {"x-acs-signature-nonce", nonce},
               {"x-acs-content-sha256", kEmptyBodySha256}};
  if (creds.isSts()) s.headers.append({QByteArray("x-acs-security-token"), creds.securityToken.reveal()});
  PreparedRequest p;
  p.url = endpoint;
  p.url.setQuery(QString::fromLatin1(canonicalQueryString(c.params)), QUrl::StrictMode);
  p.headers = s.headers;
  // Not signed (the body is empty, as in the SDKs' RPC calls); sent so no proxy or stack guesses them.
  p.headers.append({QByteArray("accept"), QByteArray("application/json")});
  p.headers.append({QByteArray("content-type"), QByteArray(kContentType)});
  p.headers.append({QByteArray("authorization"), authorizationHeader(creds.accessKeyId, s, creds.accessKeySecret)});
  return p;
}

}  // namespace rdpd::cloud
