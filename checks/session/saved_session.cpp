#include "checks/session/saved_session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>
#include <optional>

#include "checks/core/json_number.h"
#include "checks/core/steps.h"
#include "checks/report/report_export.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString isoUtc(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QString &s) {
  QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
  return t.isValid() ? t.toUTC() : QDateTime();
}

// JSON has one kind of array and one null; checks use QStringList or QVariantList, and QVariant() for null. Lists
// at the top of the evidence remember which they were ("evidence_lists"), so a loaded result equals the saved one.
QVariant fromJsonVariant(const QVariant &v) {
  if (v.typeId() == QMetaType::Nullptr) return QVariant();
  if (v.typeId() == QMetaType::QVariantList) {
    QVariantList l = v.toList();
    for (QVariant &x : l) x = fromJsonVariant(x);
    return l;
  }
  if (v.typeId() == QMetaType::QVariantMap) {
    QVariantMap m = v.toMap();
    for (auto it = m.begin(); it != m.end(); ++it) it.value() = fromJsonVariant(it.value());
    return m;
  }
  return v;
}

QString hostKind(HostKind k) {
  return k == HostKind::Ipv4 ? u"ipv4"_s : k == HostKind::Ipv6 ? u"ipv6"_s : u"name"_s;
}
}  // namespace

QJsonObject checkResultToJson(const CheckResult &r) {
  QJsonObject lists;
  for (auto it = r.findings.cbegin(); it != r.findings.cend(); ++it) {
    if (it.value().typeId() == QMetaType::QStringList) lists.insert(it.key(), u"strings"_s);
  }
  QJsonObject o{{u"id"_s, r.id},
                {u"step"_s, r.step},
                {u"origin"_s, toString(r.origin)},
                {u"status"_s, toString(r.status)},
                {u"summary"_s, r.summary},
                {u"detail"_s, r.detail},
                {u"evidence"_s, QJsonObject::fromVariantMap(r.findings)},
                {u"duration_ms"_s, r.durationMs},
                {u"fix_id"_s, r.fixId},
                {u"finished_at"_s, isoUtc(r.finishedAt)}};
  if (!lists.isEmpty()) o.insert(u"evidence_lists"_s, lists);
  return o;
}

std::optional<CheckResult> checkResultFromJson(const QJsonObject &o) {
  CheckResult r;
  r.id = o.value(u"id"_s).toString();
  if (r.id.isEmpty() || r.id.size() > 200) return std::nullopt;
  r.step = o.value(u"step"_s).toInt(-1);
  if (r.step < 0 || r.step > kStepCount) return std::nullopt;
  if (!fromString(o.value(u"origin"_s).toString(), &r.origin)) return std::nullopt;
  if (!fromString(o.value(u"status"_s).toString(), &r.status)) return std::nullopt;
  if (!o.value(u"evidence"_s).isObject() && !o.value(u"evidence"_s).isUndefined()) return std::nullopt;
  r.summary = o.value(u"summary"_s).toString();
  r.detail = o.value(u"detail"_s).toString();
  r.findings = fromJsonVariant(o.value(u"evidence"_s).toObject().toVariantMap()).toMap();
  const QJsonObject lists = o.value(u"evidence_lists"_s).toObject();
  for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
    auto ev = r.findings.find(it.key());
    if (ev == r.findings.end() || it.value().toString() != u"strings"_s || ev->typeId() != QMetaType::QVariantList)
      continue;
    QStringList strings;
    for (const QVariant &x : ev->toList()) strings << x.toString();
    *ev = strings;
  }
  r.durationMs = o.value(u"duration_ms"_s).toInteger();
  r.fixId = o.value(u"fix_id"_s).toString();
  r.finishedAt = fromIso(o.value(u"finished_at"_s).toString());
  return r;
}

QByteArray SavedSession::toJson(const SessionData &d) {
  QJsonArray extra;
  for (int p : d.target.extraPorts) extra.append(p);
  const QJsonObject target{{u"host"_s, d.target.host},
                           {u"port"_s, d.target.port},
                           {u"kind"_s, hostKind(d.target.kind)},
                           {u"input"_s, d.target.input},
                           {u"port_input"_s, d.target.portInput},
                           {u"extra_ports"_s, extra}};
  // Results sorted by id so the same session always gives the same bytes.
  QStringList ids = d.results.keys();
  ids.sort();
  QJsonArray results;
  for (const QString &id : ids) results.append(checkResultToJson(d.results.value(id)));
  QJsonArray notes;
  for (auto it = d.notes.cbegin(); it != d.notes.cend(); ++it)
    notes.append(QJsonObject{{u"step"_s, it.key()}, {u"text"_s, it.value()}});
  const QJsonObject root{{u"format"_s, QString::fromLatin1(kFormat)},
                         {u"version"_s, kVersion},
                         {u"app_version"_s, d.appVersion},
                         {u"saved_at"_s, isoUtc(d.savedAt)},
                         {u"saved_by"_s, d.savedBy},
                         {u"language"_s, d.language},
                         {u"client_os"_s, d.clientOs},
                         {u"target"_s, target},
                         {u"client_error"_s, d.clientError},
                         {u"started_at"_s, isoUtc(d.startedAt)},
                         {u"duration_ms"_s, d.durationMs},
                         {u"results"_s, results},
                         {u"confirmations"_s, QJsonArray::fromStringList(d.confirmations)},
                         {u"notes"_s, notes}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SavedSession::describe(SessionError e, const QString &nameIn, const QString &detail) {
  const QString name = nameIn.isEmpty() ? QCoreApplication::translate("SessionFile", "the session file") : nameIn;
  switch (e) {
    case SessionError::None: return {};
    case SessionError::NotFound: return QCoreApplication::translate("SessionFile", "%1 does not exist.").arg(name);
    case SessionError::Unreadable: return QCoreApplication::translate("SessionFile", "%1 cannot be read: %2").arg(name, detail);
    case SessionError::TooLarge: return QCoreApplication::translate("SessionFile", "%1 is too large to be an RDP Doctor session (more than 10 MB).").arg(name);
    case SessionError::NotJson:
      return QCoreApplication::translate("SessionFile", "%1 is damaged or incomplete (it is not valid JSON: %2). Ask for the file again.").arg(name, detail);
    case SessionError::Foreign: return QCoreApplication::translate("SessionFile", "%1 is not an RDP Doctor session file.").arg(name);
    case SessionError::TooNew:
      return QCoreApplication::translate("SessionFile", "%1 was saved by a newer RDP Doctor (session format %2). Update RDP Doctor to open it.").arg(name, detail);
    case SessionError::Invalid: return QCoreApplication::translate("SessionFile", "%1 is an RDP Doctor session, but it is damaged: %2").arg(name, detail);
    case SessionError::WriteFailed: return detail;
  }
  return {};
}

SessionLoad SavedSession::fromJson(const QByteArray &bytes, const QString &name) {
  SessionLoad out;
  auto fail = [&](SessionError e, const QString &detail = {}) {
    out.error = e;
    out.message = describe(e, name, detail);
    return out;
  };
  if (bytes.size() > kMaxBytes) return fail(SessionError::TooLarge);
  QJsonParseError pe{};
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
  if (pe.error != QJsonParseError::NoError) return fail(SessionError::NotJson, pe.errorString());
  if (!doc.isObject()) return fail(SessionError::Foreign);
  const QJsonObject root = doc.object();
  if (root.value(u"format"_s).toString() != QString::fromLatin1(kFormat)) return fail(SessionError::Foreign);
  const std::optional<qint64> ver = integralNumber(root.value(u"version"_s), 1, std::numeric_limits<int>::max());
  if (!ver)
    return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "the version number is missing"));
  if (*ver > kVersion) return fail(SessionError::TooNew, QString::number(*ver));

  SessionData d;
  const QJsonObject t = root.value(u"target"_s).toObject();
  d.target.host = t.value(u"host"_s).toString();
  d.target.port = t.value(u"port"_s).toInt(0);
  if (d.target.port < 0 || d.target.port > 65535) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "the port is out of range"));
  const QString kind = t.value(u"kind"_s).toString();
  d.target.kind = kind == u"ipv4"_s ? HostKind::Ipv4 : kind == u"ipv6"_s ? HostKind::Ipv6 : HostKind::Name;
  d.target.input = t.value(u"input"_s).toString();
  d.target.portInput = t.value(u"port_input"_s).toString();
  for (const QJsonValue p : t.value(u"extra_ports"_s).toArray()) {
    const int port = p.toInt(-1);
    if (port < 1 || port > 65535) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "an extra port is out of range"));
    d.target.extraPorts << port;
  }
  d.clientError = root.value(u"client_error"_s).toString();
  d.target.clientError = d.clientError;
  d.appVersion = root.value(u"app_version"_s).toString();
  d.savedAt = fromIso(root.value(u"saved_at"_s).toString());
  d.savedBy = root.value(u"saved_by"_s).toString();
  d.language = root.value(u"language"_s).toString();
  d.clientOs = root.value(u"client_os"_s).toString();
  d.startedAt = fromIso(root.value(u"started_at"_s).toString());
  d.durationMs = root.value(u"duration_ms"_s).toInteger();
  if (!root.value(u"results"_s).isArray()) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "the results are missing"));
  for (const QJsonValue v : root.value(u"results"_s).toArray()) {
    const auto r = checkResultFromJson(v.toObject());
    if (!r) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "a check result is incomplete"));
    if (d.results.contains(r->id)) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "a check result appears twice"));
    d.results.insert(r->id, *r);
  }
  for (const QJsonValue v : root.value(u"confirmations"_s).toArray()) {
    if (!v.isString()) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "a confirmation is not a name"));
    d.confirmations << v.toString();
  }
  for (const QJsonValue v : root.value(u"notes"_s).toArray()) {
    const int step = v.toObject().value(u"step"_s).toInt(0);
    if (step < 1 || step > kStepCount) return fail(SessionError::Invalid, QCoreApplication::translate("SessionFile", "a note belongs to no step"));
    d.notes.insert(step, v.toObject().value(u"text"_s).toString());
  }
  out.data = std::move(d);
  return out;
}

SessionLoad SavedSession::load(const QString &path) {
  const QString name = QFileInfo(path).fileName();
  QFile f(path);
  if (!f.exists()) {
    SessionLoad out;
    out.error = SessionError::NotFound;
    out.message = describe(out.error, name);
    return out;
  }
  if (f.size() > kMaxBytes) {
    SessionLoad out;
    out.error = SessionError::TooLarge;
    out.message = describe(out.error, name);
    return out;
  }
  if (!f.open(QIODevice::ReadOnly)) {
    SessionLoad out;
    out.error = SessionError::Unreadable;
    out.message = describe(out.error, name, f.errorString());
    return out;
  }
  // Read at most one byte over the limit: a file that grows while being read is still refused.
  return fromJson(f.read(kMaxBytes + 1), name);
}

DiagnosisReport reportFromSession(const SessionData &d, const CheckRegistry &registry) {
  Target t = d.target;
  t.clientError = d.clientError;
  DiagnosisReport r = buildReport(t, d.startedAt, d.durationMs, d.results, registry);
  r.appVersion = d.appVersion;
  r.language = d.language;
  if (!d.clientOs.isEmpty()) r.clientOs = d.clientOs;
  r.confirmations = d.confirmations;
  r.notes = d.notes;
  resolveFixLinks(r);
  return r;
}

QString SavedSession::save(const QString &path, const SessionData &data) {
  return writeFileAtomically(path, toJson(data));
}

}  // namespace rdpd
