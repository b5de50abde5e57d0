#include "checks/report/diagnosis_report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

#include "checks/content/content_store.h"
#include "checks/core/confirmations.h"
#include "checks/core/steps.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString mdCell(QString s) {
  s.replace(u'|', u"\\|"_s);
  s.replace(u'\n', u' ');
  return s;
}

QString utcText(const QDateTime &t) { return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s; }

// Title (first "## " line) and first http(s) link of a resolved Markdown article.
FixLink linkFromMarkdown(const QString &id, const QString &markdown) {
  FixLink l;
  l.fixId = id;
  for (const QString &line : markdown.split(u'\n')) {
    if (line.startsWith(u"## "_s)) { l.title = line.mid(3).trimmed(); break; }
  }
  static const QRegularExpression url(u"\\]\\((https?://[^)\\s]+)\\)"_s);
  const auto m = url.match(markdown);
  if (m.hasMatch()) l.url = m.captured(1);
  return l;
}
}  // namespace

QString findingValueText(const QVariant &v) {
  if (v.isNull()) return u"null"_s;
  if (v.typeId() == QMetaType::QStringList) return v.toStringList().join(u", "_s);
  if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
    return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
  if (v.typeId() == QMetaType::Bool) return v.toBool() ? u"true"_s : u"false"_s;
  return v.toString();
}

QStringList DiagnosisReport::addresses() const {
  for (const CheckResult &c : checks) {
    if (c.id == u"net.dns"_s) return c.findings.value(u"addresses"_s).toStringList();
  }
  return {};
}

QString DiagnosisReport::targetDisplay() const { return target.isValid() ? target.display() : target.input; }

QString DiagnosisReport::confirmationLabel(const QString &id) const {
  const QString t = confirmationTexts.value(id);
  if (!t.isEmpty()) return t;
  const QString builtIn = confirmationText(id);
  return builtIn.isEmpty() ? id : builtIn;
}

void resolveFixLinks(DiagnosisReport &r, const QString &contentDir) {
  const ContentStore store(contentDir);
  const QString lang = r.language.isEmpty() ? u"en"_s : r.language;
  r.fixLinks.clear();
  QStringList ids;
  // The verdict's fix first (the check that supports it), then every problem's fix in report order.
  if (const Cause *v = r.verdict()) {
    for (const QString &checkId : v->supportingChecks)
      for (const CheckResult &c : r.checks)
        if (c.id == checkId && !c.fixId.isEmpty() && !ids.contains(c.fixId)) ids << c.fixId;
  }
  for (const CheckResult &c : r.checks)
    if (c.isProblem() && !c.fixId.isEmpty() && !ids.contains(c.fixId)) ids << c.fixId;
  for (const QString &id : std::as_const(ids)) {
    if (!store.hasFix(id, lang) && !store.hasFix(id, u"en"_s)) continue;
    r.fixLinks << linkFromMarkdown(id, store.fixMarkdown(id, lang));
  }
  if (const Cause *v = r.verdict(); v && v->step >= 1 && v->step <= kStepCount) {
    FixLink step = linkFromMarkdown(stepContentName(v->step), store.stepMarkdown(v->step, lang));
    step.title = QCoreApplication::translate("Report", "Step %1: %2").arg(v->step).arg(stepTitle(v->step));
    r.fixLinks << step;
  }
}

DiagnosisReport buildReport(const Target &target, const QDateTime &startedAt, qint64 durationMs,
                            const QHash<QString, CheckResult> &results, const CheckRegistry &registry) {
  DiagnosisReport r;
  r.target = target;
  r.startedAt = startedAt;
  r.durationMs = durationMs;
  r.appVersion = QStringLiteral(RDPD_VERSION);
  r.clientOs = QSysInfo::prettyProductName();
  r.clientError = target.clientError;
  for (int step = 1; step <= kStepCount; ++step) {
    for (const Check *c : registry.forStep(step)) {
      if (c->info().step != step) continue;  // listed on this page, reported under its own step
      auto it = results.constFind(c->info().id);
      if (it != results.constEnd()) r.checks.append(it.value());
    }
  }
  // Results from checks not in the registry (e.g. loaded from a file) keep a stable order at the end.
  QStringList extra;
  for (auto it = results.begin(); it != results.end(); ++it)
    if (!registry.find(it.key())) extra << it.key();
  extra.sort();
  for (const QString &id : extra) r.checks.append(results.value(id));
  r.causes = rankCauses(results);
  if (!r.clientError.trimmed().isEmpty()) r.errorMatches = lookup::ErrorLookup::standard().match(r.clientError);
  resolveFixLinks(r);
  return r;
}

QJsonObject toJson(const DiagnosisReport &r) {
  QJsonObject target{{u"host"_s, r.target.host.isEmpty() ? r.target.input : r.target.host},
                     {u"port"_s, r.target.port},
                     {u"addresses"_s, QJsonArray::fromStringList(r.addresses())}};
  QJsonArray checks;
  for (const CheckResult &c : r.checks) {
    checks.append(QJsonObject{{u"id"_s, c.id},
                              {u"step"_s, c.step},
                              {u"origin"_s, toString(c.origin)},
                              {u"status"_s, toString(c.status)},
                              {u"summary"_s, c.summary},
                              {u"detail"_s, c.detail},
                              {u"duration_ms"_s, c.durationMs},
                              {u"fix_id"_s, c.fixId.isEmpty() ? QJsonValue() : QJsonValue(c.fixId)},
                              {u"evidence"_s, QJsonObject::fromVariantMap(c.findings)}});
  }
  QJsonArray causes;
  for (const Cause &c : r.causes) {
    causes.append(QJsonObject{{u"cause_id"_s, c.id},
                              {u"step"_s, c.step},
                              {u"confidence"_s, c.confidence},
                              {u"summary"_s, causeSummary(c)},
                              {u"advice"_s, causeAdvice(c)},
                              {u"evidence"_s, QJsonArray::fromStringList(c.supportingChecks)}});
  }
  QJsonArray matches;
  for (const lookup::Match &m : r.errorMatches) {
    QJsonArray steps;
    for (int s : m.steps) steps.append(s);
    matches.append(QJsonObject{{u"entry_id"_s, m.entryId},
                               {u"matched_by"_s, lookup::toString(m.matchedBy)},
                               {u"code"_s, m.matchedCode.isEmpty() ? QJsonValue() : QJsonValue(m.matchedCode)},
                               {u"score"_s, qRound(m.score * 100) / 100.0},
                               {u"causes"_s, QJsonArray::fromStringList(m.causes)},
                               {u"steps"_s, steps},
                               {u"message"_s, m.message},
                               {u"explanation"_s, m.explanation}});
  }
  QJsonArray confirmations;
  for (const QString &id : r.confirmations) {
    int step = 0;
    for (int s = 1; s <= kStepCount && step == 0; ++s)
      for (const Confirmation &c : confirmationsForStep(s))
        if (c.id == id) step = s;
    confirmations.append(QJsonObject{{u"id"_s, id}, {u"step"_s, step}, {u"text"_s, r.confirmationLabel(id)}});
  }
  QJsonArray notes;
  for (auto it = r.notes.cbegin(); it != r.notes.cend(); ++it)
    notes.append(QJsonObject{{u"step"_s, it.key()}, {u"text"_s, it.value()}});
  QJsonArray links;
  for (const FixLink &l : r.fixLinks)
    links.append(QJsonObject{{u"fix_id"_s, l.fixId}, {u"title"_s, l.title},
                             {u"url"_s, l.url.isEmpty() ? QJsonValue() : QJsonValue(l.url)}});
  QJsonObject out{{u"schema"_s, u"rdp-doctor/report"_s},
                  {u"schema_version"_s, 1},
                  {u"app_version"_s, r.appVersion},
                  {u"language"_s, r.language},
                  {u"target"_s, target},
                  {u"started_at"_s, r.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"duration_ms"_s, r.durationMs},
                  {u"client"_s, QJsonObject{{u"os"_s, r.clientOs},
                                            {u"error_text"_s, r.clientError.isEmpty() ? QJsonValue() : QJsonValue(r.clientError)}}},
                  {u"error_matches"_s, matches},
                  {u"checks"_s, checks},
                  {u"causes"_s, causes},
                  {u"confirmations"_s, confirmations},
                  {u"notes"_s, notes},
                  {u"fix_links"_s, links},
                  {u"redacted"_s, r.redacted}};
  if (const Cause *v = r.verdict()) {
    out.insert(u"verdict"_s, QJsonObject{{u"cause_id"_s, v->id},
                                         {u"step"_s, v->step},
                                         {u"summary"_s, causeSummary(*v)},
                                         {u"advice"_s, causeAdvice(*v)},
                                         {u"confidence"_s, v->confidence}});
  } else {
    out.insert(u"verdict"_s, QJsonValue());
  }
  return out;
}

QString toText(const DiagnosisReport &r, const CheckRegistry &registry) {
  QString out;
  out += QCoreApplication::translate("Report", "RDP Doctor diagnosis of %1").arg(r.targetDisplay()) + u'\n';
  out += QCoreApplication::translate("Report", "Started %1, took %2 ms").arg(r.startedAt.toLocalTime().toString(Qt::ISODate)).arg(r.durationMs) + u"\n"_s;
  if (!r.clientError.isEmpty()) {
    out += QCoreApplication::translate("Report", "Error message: %1").arg(QString(r.clientError).replace(u'\n', u' ')) + u'\n';
    if (!r.errorMatches.isEmpty()) out += u"  "_s + r.errorMatches.first().explanation + u'\n';
  }
  out += u'\n';
  // Checks that wait for facts from inside the server all say the same long sentence: say it once, and list those
  // checks in one line per step.
  auto waitsForGuest = [](const CheckResult &c) {
    return c.status == Status::Skipped && c.findings.value(u"reason"_s).toString() == u"no_guest_evidence"_s;
  };
  QString guestHint;
  int step = 0;
  for (int i = 0; i < r.checks.size(); ++i) {
    const CheckResult &c = r.checks[i];
    if (c.step != step) {
      step = c.step;
      out += u"%1 %2. %3\n"_s.arg(QCoreApplication::translate("Report", "Step"), QString::number(step), stepTitle(step));
    }
    if (waitsForGuest(c)) {
      if (guestHint.isEmpty()) guestHint = c.summary;
      QStringList titles{registry.title(c.id)};
      while (i + 1 < r.checks.size() && r.checks[i + 1].step == step && waitsForGuest(r.checks[i + 1]))
        titles << registry.title(r.checks[++i].id);
      out += u"  [%1] %2\n"_s.arg(
          statusLabel(c.status).leftJustified(14),
          QCoreApplication::translate("Report", "Needs facts from inside the server (see below): %1")
              .arg(titles.join(u"; "_s)));
      continue;
    }
    out += u"  [%1] %2\n"_s.arg(statusLabel(c.status).leftJustified(14), registry.title(c.id));
    out += u"        %1\n"_s.arg(c.summary);
  }
  if (!guestHint.isEmpty()) out += u'\n' + guestHint + u'\n';
  if (const Cause *v = r.verdict()) {
    out += u'\n' + QCoreApplication::translate("Report", "Verdict: %1").arg(causeSummary(*v)) + u'\n';
    out += QCoreApplication::translate("Report", "Go to step %1: %2").arg(v->step).arg(stepTitle(v->step)) + u'\n';
    out += causeAdvice(*v) + u'\n';
    if (r.causes.size() > 1) {
      out += QCoreApplication::translate("Report", "Other possible causes:") + u'\n';
      for (int i = 1; i < r.causes.size(); ++i)
        out += u"  - %1 (%2)\n"_s.arg(causeSummary(r.causes[i]), QCoreApplication::translate("Report", "step %1").arg(r.causes[i].step));
    }
  }
  return out;
}

QString toMarkdown(const DiagnosisReport &r, const CheckRegistry &registry) {
  QString out;
  out += u"# "_s + QCoreApplication::translate("Report", "RDP Doctor diagnosis of %1").arg(r.targetDisplay()) + u"\n\n"_s;
  if (const Cause *v = r.verdict()) {
    out += u"**"_s + QCoreApplication::translate("Report", "Verdict: %1").arg(causeSummary(*v)) + u"**\n\n"_s;
    out += QCoreApplication::translate("Report", "Go to step %1: %2").arg(v->step).arg(stepTitle(v->step)) + u" — "_s + causeAdvice(*v) + u"\n\n"_s;
  }
  out += u"- "_s + QCoreApplication::translate("Report", "Started: %1 (took %2 ms)").arg(utcText(r.startedAt)).arg(r.durationMs) + u'\n';
  out += u"- "_s + QCoreApplication::translate("Report", "RDP Doctor version: %1").arg(r.appVersion) + u'\n';
  if (!r.clientOs.isEmpty()) out += u"- "_s + QCoreApplication::translate("Report", "This computer: %1").arg(r.clientOs) + u'\n';
  if (r.redacted) out += u"- "_s + QCoreApplication::translate("Report", "Host names, addresses and account names are hidden in this report.") + u'\n';
  out += u'\n';

  if (!r.clientError.trimmed().isEmpty()) {
    out += u"## "_s + QCoreApplication::translate("Report", "Error message the user saw") + u"\n\n"_s;
    for (const QString &line : r.clientError.trimmed().split(u'\n')) out += u"> "_s + line.trimmed() + u'\n';
    out += u'\n';
    if (r.errorMatches.isEmpty()) {
      out += QCoreApplication::translate("Report", "RDP Doctor does not recognise this message.") + u"\n\n"_s;
    } else {
      const lookup::Match &m = r.errorMatches.first();
      QStringList steps;
      for (int s : m.steps) steps << QString::number(s);
      out += QCoreApplication::translate("Report", "Recognised as: \"%1\"").arg(m.message);
      if (!m.matchedCode.isEmpty()) out += u" ("_s + QCoreApplication::translate("Report", "code %1").arg(m.matchedCode) + u')';
      out += u"\n\n"_s + m.explanation + u"\n\n"_s;
      if (!steps.isEmpty()) out += QCoreApplication::translate("Report", "Steps to look at: %1").arg(steps.join(u", "_s)) + u"\n\n"_s;
    }
  }

  if (r.causes.size() > 1) {
    out += u"## "_s + QCoreApplication::translate("Report", "Likely causes") + u"\n\n"_s;
    for (int i = 0; i < r.causes.size(); ++i)
      out += u"%1. %2 — %3 (%4%)\n"_s.arg(QString::number(i + 1), causeSummary(r.causes[i]),
                                         QCoreApplication::translate("Report", "step %1").arg(r.causes[i].step),
                                         QString::number(qRound(r.causes[i].confidence * 100)));
    out += u'\n';
  }

  out += u"## "_s + QCoreApplication::translate("Report", "Checks") + u"\n\n"_s;
  out += u"| "_s + QCoreApplication::translate("Report", "Step") + u" | "_s + QCoreApplication::translate("Report", "Check") + u" | "_s + QCoreApplication::translate("Report", "Result") + u" | "_s + QCoreApplication::translate("Report", "Details") + u" |\n"_s;
  out += u"|---|---|---|---|\n"_s;
  for (const CheckResult &c : r.checks)
    out += u"| %1 | %2 | %3 | %4 |\n"_s.arg(QString::number(c.step), mdCell(registry.title(c.id)), statusLabel(c.status),
                                          mdCell(c.summary));
  out += u'\n';
  bool anyFindings = false;
  for (const CheckResult &c : r.checks) {
    if (c.findings.isEmpty()) continue;
    if (!anyFindings) out += u"### "_s + QCoreApplication::translate("Report", "Evidence") + u"\n\n"_s;
    anyFindings = true;
    out += u"- `"_s + c.id + u"`: "_s;
    QStringList kv;
    for (auto it = c.findings.begin(); it != c.findings.end(); ++it)
      kv << it.key() + u'=' + findingValueText(it.value());
    out += kv.join(u", "_s) + u'\n';
  }
  if (anyFindings) out += u'\n';

  if (!r.confirmations.isEmpty()) {
    out += u"## "_s + QCoreApplication::translate("Report", "Already done by the user") + u"\n\n"_s;
    for (const QString &id : r.confirmations) out += u"- [x] "_s + r.confirmationLabel(id) + u'\n';
    out += u'\n';
  }
  if (!r.notes.isEmpty()) {
    out += u"## "_s + QCoreApplication::translate("Report", "Notes") + u"\n\n"_s;
    for (auto it = r.notes.cbegin(); it != r.notes.cend(); ++it)
      out += u"- **"_s + QCoreApplication::translate("Report", "Step %1: %2").arg(it.key()).arg(stepTitle(it.key())) + u"**: "_s +
             QString(it.value()).replace(u'\n', u' ') + u'\n';
    out += u'\n';
  }
  if (!r.fixLinks.isEmpty()) {
    out += u"## "_s + QCoreApplication::translate("Report", "How to fix it") + u"\n\n"_s;
    for (const FixLink &l : r.fixLinks)
      out += l.url.isEmpty() ? QString(u"- "_s + l.title + u'\n') : QString(u"- ["_s + l.title + u"]("_s + l.url + u")\n"_s);
    out += u'\n';
  }
  return out;
}

}  // namespace rdpd
