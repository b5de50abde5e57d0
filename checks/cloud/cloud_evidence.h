#pragma once
// What the cloud side knows about the server for one diagnosis: the documents imported from the aliyun CLI's
// JSON output (no key needed), or read from the API with a key, in one value. The cloud checks (cloud_checks.h)
// only read it; the same evidence gives the same results whichever way it arrived.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

#include "checks/cloud/ecs_json.h"

namespace rdpd::cloud {

struct CloudEvidence {
  enum class Source { Import, Api };
  Source source = Source::Import;
  QString provider = QStringLiteral("alibaba");
  QList<Instance> instances;
  QList<SecurityGroup> groups;
  QList<MetricSeries> metrics;
  QList<AssistantStatus> assistant;
  QList<ApiError> errors;                   // error answers met (pasted by mistake or returned by the API)
  QHash<QString, QStringList> prefixLists;  // prefix list id -> CIDRs, when known
  QString clientPublicIp;                   // this computer's public address (--public-ip, or typed in the wizard)
  // The address this computer sends from toward the server (net/source_address.h; set with noteLocalAddress()).
  // When it is itself public and no public IP was given, the security groups are judged for it; when it is private,
  // the sentence asking for the public IP says so.
  QString localAddress;
  QString instanceId;                       // --instance: which instance, when the address does not say
  QStringList documents;                    // "file name: kind" for each document taken, for the report
  // The console screenshot, read with a key while the instance was Running (never from an import); a failed read
  // keeps its problem, so cloud.screenshot can say why.
  std::optional<ConsoleScreenshot> screenshot;

  const SecurityGroup *group(const QString &id) const;
  const MetricSeries *metric(const QStringList &names) const;  // the first present, in the order given
  const AssistantStatus *assistantFor(const QString &instanceId) const;
};

// Sets e.localAddress to this computer's source address toward host (an IP address; nothing for a name). Sends
// nothing (net::sourceAddressToward).
void noteLocalAddress(CloudEvidence &e, const QString &host);

// Adds one document (a file's bytes or pasted text that may hold several JSON documents one after the other).
// Returns an empty string when taken, else a translated sentence saying what is wrong and what to do.
QString addCloudDocuments(CloudEvidence &e, const QByteArray &bytes, const QString &name);
// Splits pasted text holding several top-level JSON objects ("{…}{…}" or one per paste) into documents.
QList<QByteArray> splitJsonDocuments(const QByteArray &text);

struct CloudImport {
  std::shared_ptr<CloudEvidence> evidence;
  QString message;  // translated; set when a file could not be used
  bool ok() const { return evidence && message.isEmpty(); }
};
CloudImport importCloudFiles(const QStringList &paths);

// The aliyun CLI commands that produce what the cloud checks read (shown on the step pages and in docs/cloud.md).
QStringList aliyunCommandsFor(const QString &regionId, const QString &instanceId, const QStringList &groupIds);

}  // namespace rdpd::cloud
