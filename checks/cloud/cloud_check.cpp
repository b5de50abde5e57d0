#include "checks/cloud/cloud_check.h"

#include <QCoreApplication>

#include "checks/core/registry.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

CloudCheck::CloudCheck(CloudCheckSpec spec)
    : Check({.id = QString::fromLatin1(spec.id), .step = spec.step, .origin = Origin::Cloud, .timeoutMs = 1000}),
      m_spec(std::move(spec)) {}

QString CloudCheck::title() const { return m_spec.title(); }

CheckResult CloudCheck::run(const CheckContext &ctx) const {
  const auto ev = ctx.target.cloudEvidence;
  if (!ev) return makeResult(Status::Skipped, {{u"reason"_s, u"no_cloud_evidence"_s}});
  CheckResult r = m_spec.evaluate(*ev, ctx);
  r.findings.insert(u"cloud_source"_s, ev->source == CloudEvidence::Source::Api ? u"api"_s : u"import"_s);
  r.findings.insert(u"provider"_s, ev->provider);
  return r;
}

QString CloudCheck::summarize(const CheckResult &r) const {
  const QString reason = r.findings.value(u"reason"_s).toString();
  if (r.status == Status::Skipped && reason == u"no_cloud_evidence"_s)
    return QCoreApplication::translate(
        "CloudChecks",
        "Needs the cloud's view of the server: run rdp-doctor diagnose with --cloud alibaba and a read-only "
        "AccessKey (the aliyun CLI's profile or the ALIBABA_CLOUD_* variables), or, with no key, save the JSON "
        "output of the aliyun commands in docs/cloud.md and add --cloud-json FILE.");
  if (r.status == Status::Skipped && reason == u"instance_not_found"_s)
    return QCoreApplication::translate(
               "CloudChecks",
               "None of the %1 imported instances holds this address; name the instance with --instance ID, or import "
               "DescribeInstanceAttribute for the instance you connect to.")
        .arg(r.findings.value(u"instances"_s).toInt());
  if (r.status == Status::Skipped && reason == u"not_collected"_s)
    return QCoreApplication::translate("CloudChecks",
                                       "The cloud data (imported or read from the API) does not contain this fact.");
  if (r.status == Status::Skipped && m_spec.summarizesSkips) {
    if (const QString own = m_spec.summarize(r); !own.isEmpty()) return own;
  }
  if (r.status == Status::Skipped) return QCoreApplication::translate("CloudChecks", "Not checked.");
  return m_spec.summarize(r);
}

QString CloudCheck::explain(const CheckResult &r) const {
  if (r.status == Status::Skipped || !m_spec.explain) return {};
  return m_spec.explain(r);
}

}  // namespace rdpd::cloud

namespace rdpd {

void registerCloudChecks(CheckList &out) {
  for (cloud::CloudCheckSpec &s : cloud::cloudCheckSpecs())
    out.push_back(std::make_shared<cloud::CloudCheck>(std::move(s)));
}

}  // namespace rdpd
