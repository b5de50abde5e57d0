#pragma once
// The training lab's pretend cloud: a scenario's "cloud" section (docs/lab.md) served by the same signature-checking
// Alibaba Cloud API mock the tests use (aliyun_mock_server.h), on 127.0.0.1, with lab-only credentials that are
// obviously not real. The instance "holds" the address the lab's pretend server listens on (127.0.0.1), so the key
// path (CloudFetch) finds it and the cloud checks judge it exactly as they would a real one. The built-in documents
// (resources/lab/cloud/) are the starting point; the scenario patches the instance (RFC 7386) and may replace the
// security groups. "{{port_range}}" in a rule becomes "PORT/PORT" of the lab's main port.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace rdpd::cloud {
struct Credentials;
}

namespace rdpd::lab {

class AliyunMockServer;

inline constexpr const char *kLabCloudKeyId = "LTAI-LAB-ONLY-NOT-A-REAL-KEY";
inline constexpr const char *kLabCloudSecret = "lab-only-secret-not-a-real-secret";

struct CloudSpec {
  QJsonObject instancePatch;                 // merged into resources/lab/cloud/instance.json
  std::optional<QList<QJsonObject>> groups;  // DescribeSecurityGroupAttribute answers; none = the built-in open one
  bool assistantOnline = true;
  QString clientPublicIp = QStringLiteral("198.51.100.7");  // "this computer's public IP" for the security groups
  double cpuPercent = 12;                                   // the last hour's CPU average the metrics show
  QString screenshot = QStringLiteral("logon");             // console-<name>.jpg: logon, updating, bluescreen
};

// Reads a scenario's "cloud" object. Empty string when fine; else the field (JSON path) and a translated reason.
QString parseCloudSpec(const QJsonObject &o, CloudSpec *out, QString *field);

class LabCloud {
 public:
  LabCloud();
  ~LabCloud();
  LabCloud(const LabCloud &) = delete;
  LabCloud &operator=(const LabCloud &) = delete;

  // Starts the mock with the scenario's cloud for a lab whose main port is port; guestEvidence (resolved; empty =
  // the healthy one) is what a collector run through Cloud Assistant prints. False (with a translated message) when
  // it cannot listen.
  bool start(const CloudSpec &spec, int port, const QJsonObject &guestEvidence, QString *message);
  bool isRunning() const { return m_mock != nullptr; }
  QUrl url() const;                        // where the key path sends its calls (--cloud-endpoint)
  cloud::Credentials credentials() const;  // the lab-only key
  const CloudSpec &spec() const { return m_spec; }
  AliyunMockServer *mock() const { return m_mock.get(); }  // tests look at the calls it received

 private:
  std::unique_ptr<AliyunMockServer> m_mock;
  CloudSpec m_spec;
};

}  // namespace rdpd::lab
