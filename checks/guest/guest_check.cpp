#include "checks/guest/guest_check.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rdpd::guest {

CheckResult notCollected() { return makeResult(Status::Skipped, {{u"reason"_s, u"not_collected"_s}}); }

GuestCheck::GuestCheck(GuestCheckSpec spec)
    : Check({.id = QString::fromLatin1(spec.id), .step = spec.step, .origin = Origin::Guest, .timeoutMs = 1000}),
      m_spec(std::move(spec)) {}

QString GuestCheck::title() const { return m_spec.title(); }

CheckResult GuestCheck::run(const CheckContext &ctx) const {
  const auto ev = ctx.target.guestEvidence;
  if (!ev) return makeResult(Status::Skipped, {{u"reason"_s, u"no_guest_evidence"_s}});
  CheckResult r = m_spec.evaluate(ev->facts, ctx);
  r.findings.insert(u"evidence_source"_s, ev->source == GuestEvidence::Source::Code ? u"code"_s : u"json"_s);
  // A fact the script could not read because it ran without administrator rights: say how to get it.
  if (r.status == Status::Skipped && r.findings.value(u"reason"_s).toString() == u"not_collected"_s &&
      ev->facts.collectorElevated == false) {
    r.findings.insert(u"reason"_s, u"not_elevated"_s);
    if (!ev->facts.failedSections.isEmpty()) r.findings.insert(u"failed_sections"_s, ev->facts.failedSections);
  }
  if (!ev->collectedAt.isEmpty()) r.findings.insert(u"collected_at"_s, ev->collectedAt);
  return r;
}

QString GuestCheck::summarize(const CheckResult &r) const {
  const QString reason = r.findings.value(u"reason"_s).toString();
  if (r.status == Status::Skipped && reason == u"no_guest_evidence"_s)
    return QCoreApplication::translate("GuestChecks",
        "Needs facts from inside the server: on step 1, run the collection script in the cloud console "
        "(VNC or run-command) and import its file, its text or its code.");
  if (r.status == Status::Skipped && reason == u"not_collected"_s)
    return QCoreApplication::translate("GuestChecks", "The evidence from the server does not contain this fact.");
  if (r.status == Status::Skipped && reason == u"not_elevated"_s)
    return QCoreApplication::translate("GuestChecks",
        "Not checked: the script could not read this fact because it ran without administrator rights. Run the script "
        "as administrator (right-click PowerShell → Run as administrator) and import its new file.");
  if (r.status == Status::Skipped) return QCoreApplication::translate("GuestChecks", "Not checked.");
  return m_spec.summarize(r);
}

QString GuestCheck::explain(const CheckResult &r) const {
  if (r.status == Status::Skipped || !m_spec.explain) return {};
  return m_spec.explain(r);
}

}  // namespace rdpd::guest
