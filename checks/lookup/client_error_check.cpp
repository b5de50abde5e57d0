#include "checks/lookup/client_error_check.h"

#include <QCoreApplication>
#include <QVariantList>

#include "checks/core/i18n.h"
#include "checks/core/steps.h"
#include "checks/lookup/error_lookup.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
}  // namespace

ClientErrorCheck::ClientErrorCheck()
    : Check({.id = QString::fromLatin1(kId),
             .step = 9,
             .origin = Origin::Local,
             .timeoutMs = 1000,
             .titleContext = "ClientErrorCheck",
             .title = QT_TRANSLATE_NOOP("ClientErrorCheck", "What does the client's error message mean?")}) {}

CheckResult ClientErrorCheck::run(const CheckContext &ctx) const {
  const QString text = ctx.target.clientError.trimmed();
  if (text.isEmpty()) return makeResult(Status::Skipped, {{u"reason"_s, u"no_client_error"_s}});
  const QList<lookup::Match> matches = lookup::ErrorLookup::standard().match(text);
  Findings ev{{u"text_length"_s, int(text.size())}};
  if (matches.isEmpty()) {
    ev.insert(u"recognised"_s, false);
    return makeResult(Status::NeedsInput, ev);
  }
  const lookup::Match &m = matches.first();
  QVariantList causes, steps;
  for (const QString &c : m.causes) causes << c;
  for (int s : m.steps) steps << s;
  QStringList others;
  for (int i = 1; i < matches.size(); ++i) others << matches[i].entryId;
  ev.insert(u"recognised"_s, true);
  ev.insert(u"entry_id"_s, m.entryId);
  ev.insert(u"matched_by"_s, lookup::toString(m.matchedBy));
  ev.insert(u"matched_code"_s, m.matchedCode.isEmpty() ? QVariant() : QVariant(m.matchedCode));
  ev.insert(u"score"_s, qRound(m.score * 100) / 100.0);
  ev.insert(u"causes"_s, causes);
  ev.insert(u"steps"_s, steps);
  ev.insert(u"go_to_step"_s, m.steps.isEmpty() ? QVariant() : QVariant(m.steps.first()));
  ev.insert(u"weight"_s, m.weight);
  ev.insert(u"unverified"_s, m.unverified);
  ev.insert(u"other_entries"_s, others);
  // The message points somewhere, but the client saw it, not this check: a warning, never a hard failure.
  return makeResult(m.unverified || m.causes.isEmpty() ? Status::NeedsInput : Status::Warn, ev, m.fixId);
}

QString ClientErrorCheck::summarize(const CheckResult &r) const {
  if (r.status == Status::Skipped) return QCoreApplication::translate("ClientErrorCheck", "No error message was given.");
  if (!r.findings.value(u"recognised"_s).toBool())
    return QCoreApplication::translate("ClientErrorCheck", "The error message was not recognised; copy the whole dialog text including the error code.");
  const lookup::Entry *e = lookup::ErrorLookup::standard().entry(r.findings.value(u"entry_id"_s).toString());
  const QString msg = e ? e->messages(currentLanguage()).value(0) : r.findings.value(u"entry_id"_s).toString();
  if (r.findings.value(u"unverified"_s).toBool())
    return QCoreApplication::translate("ClientErrorCheck", "Code %1 is not documented; its meaning is unknown.")
        .arg(r.findings.value(u"matched_code"_s).toString());
  const QVariant step = r.findings.value(u"go_to_step"_s);
  if (step.isNull()) return QCoreApplication::translate("ClientErrorCheck", "Recognised message: \"%1\"").arg(msg);
  return QCoreApplication::translate("ClientErrorCheck", "Recognised message: \"%1\" (go to step %2)").arg(msg).arg(step.toInt());
}

QString ClientErrorCheck::explain(const CheckResult &r) const {
  if (r.status == Status::Skipped) return {};
  if (!r.findings.value(u"recognised"_s).toBool()) return lookup::ErrorLookup::notRecognisedHint();
  const lookup::Entry *e = lookup::ErrorLookup::standard().entry(r.findings.value(u"entry_id"_s).toString());
  return e ? e->explanation(currentLanguage()) : QString();
}

}  // namespace rdpd
