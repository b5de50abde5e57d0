#pragma once
// Finds the instance the user connects to: by --instance and --region directly; else DescribeRegions, then
// DescribeInstances in each region filtered by the address as public IP (PublicIpAddresses) and as EIP
// (EipAddresses), a few calls at a time, stopping at the first region that holds it.

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

#include "checks/cloud/api_client.h"
#include "checks/cloud/ecs_model.h"

namespace rdpd::cloud {

struct LocateRequest {
  QString address;          // the IP address typed (public IP or EIP)
  QString instanceId;       // --instance
  QString regionId;         // --region
  QString preferredRegion;  // searched first (the profile's region)
  int concurrency = 3;      // DescribeInstances calls in flight at once
};

struct LocateResult {
  std::optional<Instance> instance;  // id and region at least
  ApiOutcome failure;                // when a call failed
  QString message;                   // translated, when not found or failed
  int regionsSearched = 0;
  int calls = 0;
  QStringList warnings;  // translated: e.g. DescribeRegions was not allowed, only the profile's region was searched
};

class InstanceLocator final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(InstanceLocator)

 public:
  explicit InstanceLocator(ApiClient *client, QObject *parent = nullptr) : QObject(parent), m_client(client) {}
  // done runs once, later on the event loop.
  void start(LocateRequest request, std::function<void(LocateResult)> done);

 private:
  struct Task {
    QString region;
    QString filterName;  // PublicIpAddresses, EipAddresses or InstanceIds
  };
  void searchRegions(QStringList regions);
  void pump();
  void answer(const Task &t, const ApiOutcome &o);
  void finish(LocateResult r);

  ApiClient *m_client;
  LocateRequest m_request;
  std::function<void(LocateResult)> m_done;
  QList<Task> m_tasks;
  qsizetype m_next = 0;
  int m_inFlight = 0;
  int m_calls = 0;
  int m_regions = 0;
  bool m_finished = false;
  QStringList m_warnings;
};

}  // namespace rdpd::cloud
