#pragma once
// One call of an Alibaba Cloud RPC-style API (ECS, CloudMonitor), as a value: which product, action, region and
// parameters; where it goes (the regional endpoint, or an override for tests); and the signed HTTP request made
// from it (ACS3-HMAC-SHA256, acs3_signer.h). Pure functions, so the exact bytes on the wire can be tested.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

#include "checks/cloud/credentials.h"

namespace rdpd::cloud {

enum class ApiProduct { Ecs, Cms };

struct ApiCall {
  ApiProduct product = ApiProduct::Ecs;
  QString action;                             // DescribeInstances, DescribeMetricList…
  QString regionId;                           // the endpoint's region; empty = the product's central endpoint
  QList<std::pair<QString, QString>> params;  // API parameters (RegionId included when the API takes it)
  QString param(const QString &name) const;
};

QString productVersion(ApiProduct p);  // "2014-05-26" (ECS), "2019-01-01" (CMS)
// The RAM action this call needs, e.g. "ecs:DescribeInstances" (docs/cloud.md, least-privilege policy).
QString ramAction(const ApiCall &c);

// https://ecs.<region>.aliyuncs.com/ (ECS), https://metrics.<region>.aliyuncs.com/ (CMS), or the override.
QUrl endpointFor(const ApiCall &c, const QUrl &endpointOverride);
// Empty when the endpoint may be used; else a translated sentence. Only https://, or http:// to this computer's
// loopback address (tests): an AccessKey signature must never cross a network in clear text.
QString endpointProblem(const QUrl &url);

struct PreparedRequest {
  QUrl url;                                          // endpoint with the parameters as query
  QList<std::pair<QByteArray, QByteArray>> headers;  // every header to send, Authorization included: never log them
};

// The V3 request: POST, parameters in the query, empty body; host and every x-acs-* header signed (the same set
// as the published vector A, so a fixed clock and nonce reproduce its Authorization byte for byte).
PreparedRequest prepareRequest(const ApiCall &c, const QUrl &endpoint, const Credentials &creds,
                               const QDateTime &nowUtc, const QByteArray &nonce);
// "host[:port]" as sent in the Host header (the port only when not the scheme's default).
QByteArray hostHeader(const QUrl &url);

}  // namespace rdpd::cloud
