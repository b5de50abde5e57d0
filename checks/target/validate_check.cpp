#include "checks/target/validate_check.h"

#include <QCoreApplication>

#include "checks/core/registry.h"

using namespace Qt::StringLiterals;

namespace rdpd {

ValidateTargetCheck::ValidateTargetCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 3,
             .origin = Origin::Local,
             .timeoutMs = 500,
             .titleContext = "ValidateTargetCheck",
             .title = QT_TRANSLATE_NOOP("ValidateTargetCheck", "Is the address and port valid?")}) {}

CheckResult ValidateTargetCheck::run(const CheckContext &ctx) const {
  // The runner only ever holds a target that parsed; re-validating its parts guards callers that build targets by
  // hand (CLI --port, saved sessions).
  const QString typed = ctx.target.kind == HostKind::Ipv6 ? u'[' + ctx.target.host + u']' : ctx.target.host;
  const TargetParse p = (ctx.target.input.isEmpty() && ctx.target.portInput.isEmpty())
                            ? parseTarget(typed, QString::number(ctx.target.port))
                            : parseTarget(ctx.target.input, ctx.target.portInput);
  Findings ev{{u"host"_s, ctx.target.host},
              {u"port"_s, ctx.target.port},
              {u"host_kind"_s, ctx.target.kind == HostKind::Name   ? u"name"_s
                               : ctx.target.kind == HostKind::Ipv4 ? u"ipv4"_s
                                                                   : u"ipv6"_s}};
  if (!p.ok()) {
    ev.insert(u"input"_s, ctx.target.input);
    ev.insert(u"offending"_s, p.offending);
    ev.insert(u"error_kind"_s, int(p.error));
    if (p.portValue != 0) ev.insert(u"port_value"_s, p.portValue);
    ev.insert(u"error"_s, describeTargetError(p));
    return makeResult(Status::Fail, ev, p.error == TargetError::PortTooLarge ? u"port-out-of-range"_s : u"bad-target"_s);
  }
  if (ctx.target.port != kDefaultRdpPort) ev.insert(u"non_default_port"_s, true);
  return makeResult(Status::Pass, ev);
}

QString ValidateTargetCheck::summarize(const CheckResult &r) const {
  if (r.status == Status::Pass) {
    if (r.findings.value(u"non_default_port"_s).toBool())
      return QCoreApplication::translate(
                 "ValidateTargetCheck",
                 "Address is valid; port %1 is not the default 3389, so the security group must allow it.")
          .arg(r.findings.value(u"port"_s).toInt());
    return QCoreApplication::translate("ValidateTargetCheck", "Address and port are valid.");
  }
  // Re-describe from the evidence so a language switch re-translates it.
  TargetParse p;
  p.error = TargetError(r.findings.value(u"error_kind"_s).toInt());
  p.offending = r.findings.value(u"offending"_s).toString();
  const QString text = describeTargetError(p);
  return text.isEmpty() ? r.findings.value(u"error"_s).toString() : text;
}

QString ValidateTargetCheck::explain(const CheckResult &r) const {
  if (r.status == Status::Pass && r.findings.value(u"non_default_port"_s).toBool())
    return QCoreApplication::translate("ValidateTargetCheck", "Remote Desktop normally listens on 3389. A changed port works only if the server's PortNumber "
              "registry values and the security group's inbound rule both use the same new port.");
  return {};
}

void registerTargetChecks(CheckList &out) { out.push_back(std::make_shared<ValidateTargetCheck>()); }

}  // namespace rdpd
