#include "tests/support/sample_area/sample_check.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rdpd::sample {

SecurityGroupCheck::SecurityGroupCheck(QList<int> allowedPorts)
    : Check({.id = QString::fromLatin1(kId),
             .step = 3,
             .origin = Origin::Cloud,
             .timeoutMs = 1000,
             .titleContext = "SampleCheck",
             .title = QT_TRANSLATE_NOOP("SampleCheck", "Does the sample security group allow the port?")}),
      m_allowedPorts(std::move(allowedPorts)) {}

CheckResult SecurityGroupCheck::run(const CheckContext &ctx) const {
  const int port = ctx.target.port;
  const Findings ev{{u"port"_s, port}, {u"allowed_ports"_s, QVariant::fromValue(m_allowedPorts)}};
  if (m_allowedPorts.contains(port)) return makeResult(Status::Pass, ev);
  return makeResult(Status::Fail, ev, u"sample-security-group"_s);
}

QString SecurityGroupCheck::summarize(const CheckResult &r) const {
  const int port = r.findings.value(u"port"_s).toInt();
  if (r.status == Status::Pass) return u"The sample security group allows port %1."_s.arg(port);
  return u"The sample security group does not allow port %1."_s.arg(port);
}

void registerSampleChecks(CheckList &out, QList<int> allowedPorts) {
  out.push_back(std::make_shared<SecurityGroupCheck>(std::move(allowedPorts)));
}

PageList samplePageRow() { return PageList{3, {QString::fromLatin1(SecurityGroupCheck::kId)}}; }

}  // namespace rdpd::sample
