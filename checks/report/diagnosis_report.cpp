#include "checks/report/diagnosis_report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "checks/core/steps.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Report", s); }

QString evidenceValueText(const QVariant &v) {
  if (v.isNull()) return u"null"_s;
  if (v.typeId() == QMetaType::QStringList) return v.toStringList().join(u", "_s);
  if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
    return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
  if (v.typeId() == QMetaType::Bool) return v.toBool() ? u"true"_s : u"false"_s;
  return v.toString();
}
}  // namespace

QStringList DiagnosisReport::addresses() const {
  for (const CheckResult &c : checks) {
    if (c.id == u"net.dns"_s) return c.evidence.value(u"addresses"_s).toStringList();
  }
  return {};
}

DiagnosisReport buildReport(const Target &target, const QDateTime &startedAt, qint64 durationMs,
                            const QHash<QString, CheckResult> &results, const CheckRegistry &registry) {
  DiagnosisReport r;
  r.target = target;
  r.startedAt = startedAt;
  r.durationMs = durationMs;
  r.appVersion = QStringLiteral(RDPD_VERSION);
  for (int step = 1; step <= kStepCount; ++step) {
    for (const Check *c : registry.all()) {
      if (c->info().step != step) continue;
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
                              {u"evidence"_s, QJsonObject::fromVariantMap(c.evidence)}});
  }
  QJsonArray causes;
  for (const Cause &c : r.causes) {
    causes.append(QJsonObject{{u"cause_id"_s, c.id},
                              {u"step"_s, c.step},
                              {u"confidence"_s, c.confidence},
                              {u"summary"_s, causeSummary(c.id)},
                              {u"advice"_s, causeAdvice(c.id)},
                              {u"evidence"_s, QJsonArray::fromStringList(c.evidence)}});
  }
  QJsonObject out{{u"schema"_s, u"rdp-doctor/report"_s},
                  {u"schema_version"_s, 1},
                  {u"app_version"_s, r.appVersion},
                  {u"language"_s, r.language},
                  {u"target"_s, target},
                  {u"started_at"_s, r.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"duration_ms"_s, r.durationMs},
                  {u"checks"_s, checks},
                  {u"causes"_s, causes}};
  if (const Cause *v = r.verdict()) {
    out.insert(u"verdict"_s, QJsonObject{{u"cause_id"_s, v->id},
                                         {u"step"_s, v->step},
                                         {u"summary"_s, causeSummary(v->id)},
                                         {u"advice"_s, causeAdvice(v->id)},
                                         {u"confidence"_s, v->confidence}});
  } else {
    out.insert(u"verdict"_s, QJsonValue());
  }
  return out;
}

QString toText(const DiagnosisReport &r, const CheckRegistry &registry) {
  QString out;
  out += tr("RDP Doctor diagnosis of %1").arg(r.target.isValid() ? r.target.display() : r.target.input) + u'\n';
  out += tr("Started %1, took %2 ms").arg(r.startedAt.toLocalTime().toString(Qt::ISODate)).arg(r.durationMs) + u"\n\n"_s;
  int step = 0;
  for (const CheckResult &c : r.checks) {
    if (c.step != step) {
      step = c.step;
      out += u"%1 %2. %3\n"_s.arg(tr("Step"), QString::number(step), stepTitle(step));
    }
    out += u"  [%1] %2\n"_s.arg(statusLabel(c.status).leftJustified(14), registry.title(c.id));
    out += u"        %1\n"_s.arg(c.summary);
  }
  if (const Cause *v = r.verdict()) {
    out += u'\n' + tr("Verdict: %1").arg(causeSummary(v->id)) + u'\n';
    out += tr("Go to step %1: %2").arg(v->step).arg(stepTitle(v->step)) + u'\n';
    out += causeAdvice(v->id) + u'\n';
    if (r.causes.size() > 1) {
      out += tr("Other possible causes:") + u'\n';
      for (int i = 1; i < r.causes.size(); ++i)
        out += u"  - %1 (%2)\n"_s.arg(causeSummary(r.causes[i].id), tr("step %1").arg(r.causes[i].step));
    }
  }
  return out;
}

QString toMarkdown(const DiagnosisReport &r, const CheckRegistry &registry) {
  QString out;
  out += u"# "_s + tr("RDP Doctor diagnosis of %1").arg(r.target.isValid() ? r.target.display() : r.target.input) + u"\n\n"_s;
  if (const Cause *v = r.verdict()) {
    out += u"**"_s + tr("Verdict: %1").arg(causeSummary(v->id)) + u"**\n\n"_s;
    out += tr("Go to step %1: %2").arg(v->step).arg(stepTitle(v->step)) + u" — "_s + causeAdvice(v->id) + u"\n\n"_s;
  }
  out += u"| "_s + tr("Step") + u" | "_s + tr("Check") + u" | "_s + tr("Result") + u" | "_s + tr("Details") + u" |\n"_s;
  out += u"|---|---|---|---|\n"_s;
  for (const CheckResult &c : r.checks) {
    QString s = c.summary;
    s.replace(u'|', u"\\|"_s);
    out += u"| %1 | %2 | %3 | %4 |\n"_s.arg(QString::number(c.step), registry.title(c.id), statusLabel(c.status), s);
  }
  out += u'\n';
  for (const CheckResult &c : r.checks) {
    if (c.evidence.isEmpty()) continue;
    out += u"- `"_s + c.id + u"`: "_s;
    QStringList kv;
    for (auto it = c.evidence.begin(); it != c.evidence.end(); ++it)
      kv << it.key() + u'=' + evidenceValueText(it.value());
    out += kv.join(u", "_s) + u'\n';
  }
  return out;
}

}  // namespace rdpd
