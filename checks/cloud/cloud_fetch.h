#pragma once
// Reads the cloud's view of one instance with an AccessKey: finds it (instance_locator.h), then asks for its
// attribute, every security group on it, the Cloud Assistant status and the last hour of CPU, public-bandwidth
// and memory metrics, all under one overall deadline. The result is the same CloudEvidence the no-key import
// produces, so the cloud checks judge it the same way. Asynchronous: start() returns at once; done runs later.

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

#include "checks/cloud/api_client.h"
#include "checks/cloud/cloud_evidence.h"
#include "checks/cloud/instance_locator.h"

namespace rdpd::cloud {

struct CloudFetchRequest {
  QString address;         // the server's address as typed (an IP address, unless --instance is given)
  QString instanceId;      // --instance
  QString regionId;        // --region
  QString clientPublicIp;  // --public-ip
  int deadlineMs = 120000;
  int regionConcurrency = 3;
};

struct CloudFetchResult {
  std::shared_ptr<CloudEvidence> evidence;  // set when the instance was read
  ApiFailure failure = ApiFailure::None;
  QString message;       // translated; set when it was not
  QStringList warnings;  // translated: a clock off by minutes, a part that could not be read (its check skips)
  int calls = 0;
  bool ok() const { return evidence != nullptr; }
};

// A translated sentence for bad fetch input (not an IP address and no --instance), or empty.
QString fetchRequestProblem(const CloudFetchRequest &r);

class CloudFetch final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudFetch)

 public:
  explicit CloudFetch(ApiClient *client, QObject *parent = nullptr);
  void start(CloudFetchRequest request, std::function<void(CloudFetchResult)> done);

 private:
  void located(LocateResult r);
  void readAttribute(const Instance &where);
  void readDetails();
  void readScreenshot(const Instance &i);  // optional: a failure only makes cloud.screenshot skip
  // take returns false when the answer has the wrong shape (then the part counts as unreadable).
  void send(ApiCall call, bool required, std::function<bool(const QByteArray &)> take);
  void partDone();
  void fail(const ApiOutcome &o);
  void finish(CloudFetchResult r);

  ApiClient *m_client;
  InstanceLocator m_locator;
  CloudFetchRequest m_request;
  std::function<void(CloudFetchResult)> m_done;
  std::shared_ptr<CloudEvidence> m_evidence;
  QStringList m_warnings;
  QTimer m_deadline;
  QString m_lastAction;
  QString m_lastRegion;
  int m_pending = 0;
  int m_calls = 0;
  bool m_finished = false;
};

}  // namespace rdpd::cloud
