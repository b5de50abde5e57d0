#include "checks/cloud/cloud_fetch.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <algorithm>

#include "checks/cloud/console_screenshot.h"
#include "checks/cloud/ecs_json.h"
#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

constexpr qint64 kMetricWindowMs = 3600 * 1000;

ApiCall ecs(const QString &action, const QString &region, QList<std::pair<QString, QString>> params) {
  ApiCall c;
  c.action = action;
  c.regionId = region;
  c.params = std::move(params);
  return c;
}

ApiCall metric(const Instance &i, const QString &name, const QDateTime &now) {
  const qint64 end = now.toMSecsSinceEpoch();
  ApiCall c;
  c.product = ApiProduct::Cms;
  c.action = u"DescribeMetricList"_s;
  c.regionId = i.regionId;
  const QJsonArray dims{QJsonObject{{u"instanceId"_s, i.instanceId}}};
  c.params = {{u"Namespace"_s, u"acs_ecs_dashboard"_s},
              {u"MetricName"_s, name},
              {u"Dimensions"_s, QString::fromUtf8(QJsonDocument(dims).toJson(QJsonDocument::Compact))},
              {u"Period"_s, u"60"_s},
              {u"StartTime"_s, QString::number(end - kMetricWindowMs)},
              {u"EndTime"_s, QString::number(end)}};
  return c;
}

}  // namespace

QString fetchRequestProblem(const CloudFetchRequest &r) {
  if (!r.instanceId.isEmpty() || !QHostAddress(r.address).isNull()) return {};
  return QCoreApplication::translate("CloudApi",
                                     "\"%1\" is not an IP address, so it cannot be looked up among the instances' "
                                     "public IPs and EIPs. Connect by the public IP, or name the instance with "
                                     "--instance i-… --region REGION.")
      .arg(r.address);
}

CloudFetch::CloudFetch(ApiClient *client, QObject *parent) : QObject(parent), m_client(client), m_locator(client) {
  m_deadline.setSingleShot(true);
  connect(&m_deadline, &QTimer::timeout, this, [this] {
    m_client->abortAll();
    ApiOutcome o;
    o.failure = ApiFailure::Deadline;
    o.action = m_lastAction;
    o.regionId = m_lastRegion;
    o.detail = QString::number(m_request.deadlineMs / 1000);
    fail(o);
  });
}

void CloudFetch::start(CloudFetchRequest request, std::function<void(CloudFetchResult)> done) {
  m_request = std::move(request);
  m_done = std::move(done);
  m_deadline.start(m_request.deadlineMs);
  m_client->setDeadline(QDeadlineTimer(m_request.deadlineMs));
  m_evidence = std::make_shared<CloudEvidence>();
  m_evidence->source = CloudEvidence::Source::Api;
  m_evidence->clientPublicIp = m_request.clientPublicIp;
  noteLocalAddress(*m_evidence, m_request.address);
  m_evidence->instanceId = m_request.instanceId;
  LocateRequest l;
  l.address = m_request.address;
  l.instanceId = m_request.instanceId;
  l.regionId = m_request.regionId;
  l.preferredRegion = m_client->credentials().regionId;
  l.concurrency = m_request.regionConcurrency;
  m_lastAction = u"DescribeRegions"_s;
  QPointer<CloudFetch> self(this);
  m_locator.start(l, [self](LocateResult r) {
    if (self) self->located(std::move(r));
  });
}

void CloudFetch::located(LocateResult r) {
  m_calls += r.calls;
  m_warnings += r.warnings;
  if (!r.failure.ok()) return fail(r.failure);
  if (!r.instance) {
    CloudFetchResult out;
    out.failure = ApiFailure::NotFound;
    out.message = r.message;
    out.warnings = m_warnings;
    out.calls = m_calls;
    return finish(out);
  }
  readAttribute(*r.instance);
}

void CloudFetch::readAttribute(const Instance &where) {
  const QString region = where.regionId;
  send(ecs(u"DescribeInstanceAttribute"_s, region, {{u"InstanceId"_s, where.instanceId}}), true,
       [this, region](const QByteArray &body) {
         CloudDocument d = parseCloudDocument(body);
         if (d.kind != CloudDocKind::InstanceAttribute || d.instances.isEmpty()) return false;
         Instance i = d.instances.first();
         if (i.regionId.isEmpty()) i.regionId = region;
         m_evidence->instances = {i};
         m_evidence->documents << u"api: DescribeInstanceAttribute"_s;
         readDetails();
         return true;
       });
}

void CloudFetch::readDetails() {
  const Instance i = m_evidence->instances.first();
  ++m_pending;  // held until every call below is sent, so an early answer cannot finish the read
  for (const QString &g : i.securityGroupIds) readGroup(i.regionId, g, {}, 1);
  send(ecs(u"DescribeCloudAssistantStatus"_s, i.regionId,
           {{u"RegionId"_s, i.regionId}, {u"InstanceId.1"_s, i.instanceId}}),
       false, [this](const QByteArray &body) {
         const CloudDocument d = parseCloudDocument(body);
         if (d.kind != CloudDocKind::AssistantStatus) return false;
         m_evidence->assistant += d.assistant;
         m_evidence->documents << u"api: DescribeCloudAssistantStatus"_s;
         return true;
       });
  const QDateTime now = m_client->seams().clock->nowUtc();
  const QString bandwidth =
      i.networkType == u"classic"_s ? u"InternetOutRate_Percent"_s : u"VPC_PublicIP_InternetOutRate_Percent"_s;
  for (const QString &name : {u"CPUUtilization"_s, bandwidth, u"memory_usedutilization"_s})
    send(metric(i, name, now), false, [this, name](const QByteArray &body) {
      const CloudDocument d = parseCloudDocument(body, name);
      if (d.kind != CloudDocKind::Metric) return false;
      m_evidence->metrics.append(d.metric);
      m_evidence->documents << u"api: DescribeMetricList "_s + name;
      return true;
    });
  if (i.status == u"Running"_s) readScreenshot(i);
  partDone();
}

void CloudFetch::readGroup(const QString &region, const QString &groupId, const QString &nextToken, int page) {
  constexpr int kMaxPages = 20;  // 20 000 rules: far beyond ECS' own limit, so a looping token cannot loop forever
  QList<std::pair<QString, QString>> params{{u"RegionId"_s, region},
                                            {u"SecurityGroupId"_s, groupId},
                                            {u"Direction"_s, u"ingress"_s},
                                            {u"MaxResults"_s, u"1000"_s}};
  if (!nextToken.isEmpty()) params.append({u"NextToken"_s, nextToken});
  send(ecs(u"DescribeSecurityGroupAttribute"_s, region, params), true,
       [this, region, groupId, page](const QByteArray &body) {
         const CloudDocument d = parseCloudDocument(body);
         if (d.kind != CloudDocKind::SecurityGroupAttribute) return false;
         auto same = std::find_if(m_evidence->groups.begin(), m_evidence->groups.end(),
                                  [&](const SecurityGroup &g) { return g.id == d.group.id; });
         if (same == m_evidence->groups.end()) {
           m_evidence->groups.append(d.group);
           m_evidence->documents << u"api: DescribeSecurityGroupAttribute "_s + d.group.id;
         } else {
           same->rules += d.group.rules;
         }
         const QString next = QJsonDocument::fromJson(body).object().value(u"NextToken"_s).toString();
         if (!next.isEmpty() && next != u"null"_s && page < kMaxPages) readGroup(region, groupId, next, page + 1);
         return true;
       });
}

void CloudFetch::readScreenshot(const Instance &i) {
  ++m_pending;
  ++m_calls;
  QPointer<CloudFetch> self(this);
  m_client->send(screenshotCall(i.instanceId, i.regionId), [self](const ApiOutcome &o) {
    if (!self || self->m_finished) return;
    const QString key = self->m_client->credentials().maskedKeyId();
    self->m_evidence->screenshot =
        o.ok() ? parseScreenshotAnswer(o.body, self->m_client->seams().clock->nowUtc()) : screenshotFailure(o, key);
    if (self->m_evidence->screenshot->ok()) self->m_evidence->documents << u"api: GetInstanceScreenshot"_s;
    self->partDone();
  });
}

void CloudFetch::send(ApiCall call, bool required, std::function<bool(const QByteArray &)> take) {
  ++m_pending;
  ++m_calls;
  m_lastAction = call.action;
  m_lastRegion = call.regionId;
  QPointer<CloudFetch> self(this);
  m_client->send(call, [self, required, take = std::move(take)](const ApiOutcome &answer) {
    if (!self || self->m_finished) return;
    ApiOutcome o = answer;
    if (o.ok() && !take(o.body)) o.failure = ApiFailure::Malformed;  // valid JSON of the wrong shape
    if (!o.ok() && required) return self->fail(o);
    // A part the checks can do without: its check says it was not collected; the user learns why.
    if (!o.ok()) self->m_warnings << failureMessage(o, self->m_client->credentials().maskedKeyId());
    self->partDone();
  });
}

void CloudFetch::partDone() {
  if (--m_pending > 0 || m_finished) return;
  CloudFetchResult out;
  out.evidence = m_evidence;
  out.warnings = m_warnings;
  out.calls = m_calls;
  finish(out);
}

void CloudFetch::fail(const ApiOutcome &o) {
  CloudFetchResult out;
  out.failure = o.failure;
  out.message = failureMessage(o, m_client->credentials().maskedKeyId());
  out.calls = m_calls;
  m_client->abortAll();
  finish(out);
}

void CloudFetch::finish(CloudFetchResult r) {
  if (m_finished) return;
  m_finished = true;
  m_deadline.stop();
  const auto offset = m_client->clockOffsetSeconds();
  if (offset && qAbs(*offset) > kClockSkewWarnSeconds && r.failure != ApiFailure::ClockSkew)
    r.warnings.prepend(clockSkewSentence(*offset));
  spdlog::info("cloud: read {} in {} call(s){}", r.ok() ? "complete" : "failed", r.calls,
               r.warnings.isEmpty() ? std::string() : ", " + std::to_string(r.warnings.size()) + " warning(s)");
  if (m_done) m_done(std::move(r));
}

}  // namespace rdpd::cloud
