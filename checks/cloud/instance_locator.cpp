#include "checks/cloud/instance_locator.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include "checks/cloud/ecs_json.h"
#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

QString jsonList(const QString &value) {
  return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

}  // namespace

void InstanceLocator::start(LocateRequest request, std::function<void(LocateResult)> done) {
  m_request = std::move(request);
  m_done = std::move(done);
  if (!m_request.instanceId.isEmpty() && !m_request.regionId.isEmpty()) {
    Instance i;
    i.instanceId = m_request.instanceId;
    i.regionId = m_request.regionId;
    LocateResult r;
    r.instance = i;
    QTimer::singleShot(0, this, [this, r] { finish(r); });
    return;
  }
  if (!m_request.regionId.isEmpty()) {
    QTimer::singleShot(0, this, [this] { searchRegions({m_request.regionId}); });
    return;
  }
  ApiCall regions;
  regions.action = u"DescribeRegions"_s;
  ++m_calls;
  QPointer<InstanceLocator> self(this);
  m_client->send(regions, [self](const ApiOutcome &o) {
    if (!self) return;
    // Not allowed to list the regions (a policy without ecs:DescribeRegions): the profile's region is the best guess.
    if (o.failure == ApiFailure::PermissionDenied && !self->m_request.preferredRegion.isEmpty()) {
      self->m_warnings << QCoreApplication::translate("CloudApi",
                                                      "This AccessKey may not list the regions (%1 is not granted), so "
                                                      "only the profile's region %2 was searched. If the instance is "
                                                      "elsewhere, add --region REGION.")
                              .arg(o.missingAction.isEmpty() ? u"ecs:DescribeRegions"_s : o.missingAction,
                                   self->m_request.preferredRegion);
      spdlog::info("cloud: DescribeRegions not allowed, searching only {}", self->m_request.preferredRegion);
      return self->searchRegions({self->m_request.preferredRegion});
    }
    if (!o.ok()) return self->finish(LocateResult{{}, o, {}, 0, self->m_calls});
    QStringList ids = parseRegionIds(o.body);
    if (ids.isEmpty()) {
      ApiOutcome bad = o;
      bad.failure = ApiFailure::Malformed;
      return self->finish(LocateResult{{}, bad, {}, 0, self->m_calls});
    }
    if (ids.removeOne(self->m_request.preferredRegion)) ids.prepend(self->m_request.preferredRegion);
    self->searchRegions(ids);
  });
}

void InstanceLocator::searchRegions(QStringList regions) {
  m_regions = int(regions.size());
  for (const QString &r : regions) {
    if (!m_request.instanceId.isEmpty()) {
      m_tasks.append({r, u"InstanceIds"_s});
    } else {
      m_tasks.append({r, u"PublicIpAddresses"_s});
      m_tasks.append({r, u"EipAddresses"_s});
    }
  }
  spdlog::info("cloud: looking for {} in {} region(s), {} call(s) at a time",
               m_request.instanceId.isEmpty() ? u"the address"_s : m_request.instanceId, m_regions,
               m_request.concurrency);
  pump();
}

void InstanceLocator::pump() {
  while (!m_finished && m_inFlight < qMax(1, m_request.concurrency) && m_next < m_tasks.size()) {
    const Task t = m_tasks[m_next++];
    ApiCall c;
    c.action = u"DescribeInstances"_s;
    c.regionId = t.region;
    const QString value = t.filterName == u"InstanceIds"_s ? m_request.instanceId : m_request.address;
    c.params = {{u"RegionId"_s, t.region}, {t.filterName, jsonList(value)}, {u"MaxResults"_s, u"100"_s}};
    ++m_inFlight;
    ++m_calls;
    QPointer<InstanceLocator> self(this);
    m_client->send(c, [self, t](const ApiOutcome &o) {
      if (self) self->answer(t, o);
    });
  }
  if (!m_finished && m_inFlight == 0 && m_next >= m_tasks.size()) {
    LocateResult r;
    r.regionsSearched = m_regions;
    r.calls = m_calls;
    r.message = m_request.instanceId.isEmpty()
                    ? QCoreApplication::translate("CloudApi",
                                                  "None of the %1 regions this AccessKey can see has an instance with "
                                                  "the public IP or EIP %2. Check the address, or name the instance "
                                                  "with --instance i-… --region REGION.")
                          .arg(m_regions)
                          .arg(m_request.address)
                    : QCoreApplication::translate("CloudApi",
                                                  "None of the %1 regions this AccessKey can see has the instance %2. "
                                                  "Check the ID, or give its region with --region.")
                          .arg(m_regions)
                          .arg(m_request.instanceId);
    finish(r);
  }
}

void InstanceLocator::answer(const Task &t, const ApiOutcome &o) {
  --m_inFlight;
  if (m_finished) return;
  if (!o.ok()) return finish(LocateResult{{}, o, {}, m_regions, m_calls});
  const CloudDocument d = parseCloudDocument(o.body);
  if (d.kind != CloudDocKind::Instances) {
    ApiOutcome bad = o;
    bad.failure = ApiFailure::Malformed;
    return finish(LocateResult{{}, bad, {}, m_regions, m_calls});
  }
  for (const Instance &i : d.instances) {
    const bool match =
        t.filterName == u"InstanceIds"_s ? i.instanceId == m_request.instanceId : i.holdsAddress(m_request.address);
    if (!match) continue;
    Instance found = i;
    if (found.regionId.isEmpty()) found.regionId = t.region;
    spdlog::info("cloud: instance {} found in {} ({}) after {} call(s)", found.instanceId, found.regionId, t.filterName,
                 m_calls);
    return finish(LocateResult{found, {}, {}, m_regions, m_calls});
  }
  pump();
}

void InstanceLocator::finish(LocateResult r) {
  if (m_finished) return;
  m_finished = true;
  r.warnings = m_warnings;
  if (m_done) m_done(std::move(r));
}

}  // namespace rdpd::cloud
