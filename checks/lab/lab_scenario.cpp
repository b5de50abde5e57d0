#include "checks/lab/lab_scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "checks/core/json_number.h"
#include "checks/core/steps.h"

using namespace Qt::StringLiterals;

namespace rdpd::lab {

namespace {


const QStringList kProtocols{u"rdp"_s, u"tls"_s, u"hybrid"_s, u"hybrid_ex"_s};

enum class Kind { Text, Number, Object, List, Bool };

// Collects the first problem; every getter is a no-op once one was found.
class Reader {
 public:
  explicit Reader(QString source) : m_source(std::move(source)) {}
  bool failed() const { return m_error != ScenarioError::None; }

  void missing(const QString &field) {
    fail(ScenarioError::MissingField, field, QCoreApplication::translate("Lab", "In %1, the required field \"%2\" is missing.").arg(m_source, field));
  }
  void wrongType(const QString &field, Kind k) {
    QString m;
    switch (k) {
      case Kind::Text: m = QCoreApplication::translate("Lab", "In %1, the field \"%2\" has the wrong type: it must be a text in quotes."); break;
      case Kind::Number: m = QCoreApplication::translate("Lab", "In %1, the field \"%2\" has the wrong type: it must be a whole number."); break;
      case Kind::Object: m = QCoreApplication::translate("Lab", "In %1, the field \"%2\" has the wrong type: it must be an object { ... }."); break;
      case Kind::List: m = QCoreApplication::translate("Lab", "In %1, the field \"%2\" has the wrong type: it must be a list [ ... ]."); break;
      case Kind::Bool: m = QCoreApplication::translate("Lab", "In %1, the field \"%2\" has the wrong type: it must be true or false."); break;
    }
    fail(ScenarioError::WrongType, field, m.arg(m_source, field));
  }
  // reason: a full translated sentence saying what is allowed.
  void badValue(const QString &field, const QString &reason) {
    fail(ScenarioError::BadValue, field,
         QCoreApplication::translate("Lab", "In %1, the field \"%2\" has a value that cannot be used. %3").arg(m_source, field, reason));
  }

  bool has(const QJsonObject &o, const QString &key) const { return o.contains(key) && !o.value(key).isNull(); }

  QString text(const QJsonObject &o, const QString &key, const QString &path, bool required) {
    if (failed()) return {};
    if (!has(o, key)) { if (required) missing(path); return {}; }
    if (!o.value(key).isString()) { wrongType(path, Kind::Text); return {}; }
    return o.value(key).toString();
  }
  std::optional<qint64> number(const QJsonObject &o, const QString &key, const QString &path, bool required,
                               qint64 min, qint64 max) {
    if (failed()) return std::nullopt;
    if (!has(o, key)) { if (required) missing(path); return std::nullopt; }
    const QJsonValue v = o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
      wrongType(path, Kind::Number);
      return std::nullopt;
    }
    // Checked conversion (checks/core/json_number.h): a whole number outside [min, max] is a bad value, never an
    // undefined cast.
    const std::optional<qint64> n = integralNumber(d, min, max);
    if (!n) badValue(path, QCoreApplication::translate("Lab", "It must be between %1 and %2.").arg(min).arg(max));
    return n;
  }
  std::optional<bool> boolean(const QJsonObject &o, const QString &key, const QString &path) {
    if (failed() || !has(o, key)) return std::nullopt;
    if (!o.value(key).isBool()) { wrongType(path, Kind::Bool); return std::nullopt; }
    return o.value(key).toBool();
  }
  std::optional<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &path, bool required) {
    if (failed()) return std::nullopt;
    if (!has(o, key)) { if (required) missing(path); return std::nullopt; }
    if (!o.value(key).isObject()) { wrongType(path, Kind::Object); return std::nullopt; }
    return o.value(key).toObject();
  }
  LocalizedText localized(const QJsonObject &o, const QString &key, bool required) {
    LocalizedText t;
    const auto obj = object(o, key, key, required);
    if (!obj) return t;
    t.en = text(*obj, u"en"_s, key + u".en"_s, true);
    t.zhCN = text(*obj, u"zh_CN"_s, key + u".zh_CN"_s, true);
    if (!failed() && t.en.trimmed().isEmpty()) badValue(key + u".en"_s, QCoreApplication::translate("Lab", "It must not be empty."));
    return t;
  }

  void fail(ScenarioError e, const QString &field, const QString &message) {
    if (failed()) return;
    m_error = e;
    m_field = field;
    m_message = message;
  }
  ScenarioParse result() const {
    ScenarioParse p;
    p.error = m_error;
    p.field = m_field;
    p.message = m_message;
    return p;
  }

 private:
  QString m_source;
  ScenarioError m_error = ScenarioError::None;
  QString m_field;
  QString m_message;
};

void readCertificate(Reader &r, const QJsonObject &o, const QString &path, CertificateSpec *c) {
  if (auto bits = r.number(o, u"key_bits"_s, path + u".key_bits"_s, false, 1024, 4096)) c->keyBits = int(*bits);
  const QString digest = r.text(o, u"signature"_s, path + u".signature"_s, false);
  if (!digest.isEmpty()) {
    if (digest != u"sha256"_s && digest != u"sha1"_s)
      r.badValue(path + u".signature"_s, QCoreApplication::translate("Lab", "Use \"sha256\" or \"sha1\"."));
    c->digest = digest;
  }
  if (auto e = r.boolean(o, u"expired"_s, path + u".expired"_s)) c->expired = *e;
  c->commonName = r.text(o, u"common_name"_s, path + u".common_name"_s, false);
}

void readIdentity(Reader &r, const QJsonObject &o, const QString &path, IdentitySpec *id) {
  auto name = [&](const char *key, QString *out) {
    const QString v = r.text(o, QString::fromLatin1(key), path + u'.' + QString::fromLatin1(key), false);
    if (!v.isEmpty()) {
      if (v.size() > 64) r.badValue(path + u'.' + QString::fromLatin1(key), QCoreApplication::translate("Lab", "Use at most 64 characters."));
      *out = v;
    }
  };
  name("netbios_computer", &id->nbComputer);
  name("netbios_domain", &id->nbDomain);
  name("dns_computer", &id->dnsComputer);
  name("dns_domain", &id->dnsDomain);
  const QString version = r.text(o, u"os_version"_s, path + u".os_version"_s, false);
  if (!version.isEmpty()) {
    static const QRegularExpression re(u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,5})$"_s);
    const auto m = re.match(version);
    if (!m.hasMatch() || m.captured(1).toInt() > 255 || m.captured(2).toInt() > 255 || m.captured(3).toInt() > 65535)
      r.badValue(path + u".os_version"_s, QCoreApplication::translate("Lab", "Write it as major.minor.build, for example 10.0.17763."));
    else { id->major = m.captured(1).toInt(); id->minor = m.captured(2).toInt(); id->build = m.captured(3).toInt(); }
  }
  if (auto s = r.number(o, u"clock_offset_s"_s, path + u".clock_offset_s"_s, false, -10LL * 365 * 86400,
                        10LL * 365 * 86400))
    id->clockOffsetS = *s;
}

void readListener(Reader &r, const QJsonObject &o, const QString &path, ListenerSpec *l) {
  const QString b = r.text(o, u"behaviour"_s, path + u".behaviour"_s, true);
  if (r.failed()) return;
  const auto behaviour = behaviourFromName(b);
  if (!behaviour) {
    r.badValue(path + u".behaviour"_s, QCoreApplication::translate("Lab", "Use one of: %1.").arg(behaviourNames().join(u", "_s)));
    return;
  }
  l->behaviour = *behaviour;
  if (auto d = r.number(o, u"accept_pause_ms"_s, path + u".accept_pause_ms"_s, false, 0, 2000)) {
    if (*d > 0 && (l->behaviour == Behaviour::Refused || l->behaviour == Behaviour::Filtered)) {
      r.badValue(path + u".accept_pause_ms"_s, QCoreApplication::translate("Lab", "Only a port that accepts connections can pause between them."));
      return;
    }
    l->acceptPauseMs = int(*d);
  }
  RdpProfile &p = l->rdp;
  if (r.has(o, u"protocols"_s)) {
    const QJsonValue v = o.value(u"protocols"_s);
    if (!v.isArray()) { r.wrongType(path + u".protocols"_s, Kind::List); return; }
    p.protocols.clear();
    for (const QJsonValue &e : v.toArray()) {
      if (!e.isString() || !kProtocols.contains(e.toString())) {
        r.badValue(path + u".protocols"_s, QCoreApplication::translate("Lab", "Each entry must be one of: %1.").arg(kProtocols.join(u", "_s)));
        return;
      }
      if (!p.protocols.contains(e.toString())) p.protocols << e.toString();
    }
    if (p.protocols.isEmpty()) { r.badValue(path + u".protocols"_s, QCoreApplication::translate("Lab", "It must not be empty.")); return; }
  }
  if (auto c = r.number(o, u"refusal_code"_s, path + u".refusal_code"_s, false, 1, 6)) p.refusalCode = int(*c);
  if (auto c = r.number(o, u"failure_code"_s, path + u".failure_code"_s, false, 1, 6)) p.failureCode = int(*c);
  if (auto f = r.number(o, u"flags"_s, path + u".flags"_s, false, 0, 255)) p.flags = int(*f);
  if (auto d = r.number(o, u"reply_delay_ms"_s, path + u".reply_delay_ms"_s, false, 0, 2000)) p.replyDelayMs = int(*d);
  const QString tls = r.text(o, u"tls"_s, path + u".tls"_s, false);
  if (!tls.isEmpty()) {
    if (tls == u"ok"_s) p.tls = TlsMode::Ok;
    else if (tls == u"broken"_s) p.tls = TlsMode::Broken;
    else r.badValue(path + u".tls"_s, QCoreApplication::translate("Lab", "Use \"ok\" or \"broken\"."));
  }
  if (auto c = r.object(o, u"certificate"_s, path + u".certificate"_s, false))
    readCertificate(r, *c, path + u".certificate"_s, &p.certificate);
  if (auto i = r.object(o, u"identity"_s, path + u".identity"_s, false))
    readIdentity(r, *i, path + u".identity"_s, &p.identity);
}

QString sourceLabel(const QString &sourceName) {
  return sourceName.isEmpty() ? QCoreApplication::translate("Lab", "the scenario") : sourceName;
}

}  // namespace

QString behaviourName(Behaviour b) {
  switch (b) {
    case Behaviour::Rdp: return u"rdp"_s;
    case Behaviour::NoNegotiation: return u"no_negotiation"_s;
    case Behaviour::Refused: return u"refused"_s;
    case Behaviour::Filtered: return u"filtered"_s;
    case Behaviour::Silent: return u"silent"_s;
    case Behaviour::AcceptClose: return u"accept_close"_s;
    case Behaviour::Reset: return u"reset"_s;
    case Behaviour::Http: return u"http"_s;
    case Behaviour::McsDisconnect: return u"mcs_disconnect"_s;
  }
  return {};
}

QStringList behaviourNames() {
  QStringList out;
  for (Behaviour b : {Behaviour::Rdp, Behaviour::NoNegotiation, Behaviour::Refused, Behaviour::Filtered,
                      Behaviour::Silent, Behaviour::AcceptClose, Behaviour::Reset, Behaviour::Http,
                      Behaviour::McsDisconnect})
    out << behaviourName(b);
  return out;
}

std::optional<Behaviour> behaviourFromName(const QString &name) {
  for (const QString &n : behaviourNames())
    if (n == name) {
      for (Behaviour b : {Behaviour::Rdp, Behaviour::NoNegotiation, Behaviour::Refused, Behaviour::Filtered,
                          Behaviour::Silent, Behaviour::AcceptClose, Behaviour::Reset, Behaviour::Http,
                          Behaviour::McsDisconnect})
        if (behaviourName(b) == name) return b;
    }
  return std::nullopt;
}

bool Scenario::needsTls() const {
  auto uses = [](const ListenerSpec &l) {
    if (l.behaviour != Behaviour::Rdp || l.rdp.failureCode != 0) return false;
    return l.rdp.protocols.contains(u"tls"_s) || l.rdp.protocols.contains(u"hybrid"_s) ||
           l.rdp.protocols.contains(u"hybrid_ex"_s);
  };
  return uses(main) || (alternative && uses(*alternative));
}

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch) {
  QJsonObject out = target;
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (it.value().isNull()) {
      out.remove(it.key());
    } else if (it.value().isObject() && out.value(it.key()).isObject()) {
      out.insert(it.key(), mergePatch(out.value(it.key()).toObject(), it.value().toObject()));
    } else {
      out.insert(it.key(), it.value());
    }
  }
  return out;
}

QJsonObject baseEvidence(const QString &name, bool *found) {
  static const QRegularExpression safe(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
  if (found) *found = false;
  if (!safe.match(name).hasMatch()) return {};
  QFile f(u":/lab/evidence/%1.json"_s.arg(name));
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
  if (!doc.isObject()) return {};
  if (found) *found = true;
  return doc.object();
}

ScenarioParse parseScenario(const QByteArray &bytes, const QString &sourceName) {
  const QString src = sourceLabel(sourceName);
  Reader r(src);
  if (bytes.size() > kMaxScenarioBytes) {
    r.fail(ScenarioError::TooLarge, {},
           QCoreApplication::translate("Lab", "%1 is larger than 1 MB; a scenario file is a few kilobytes. Is it the right file?").arg(src));
    return r.result();
  }
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
  if (pe.error != QJsonParseError::NoError) {
    // Line and column help people find a missing comma.
    const QByteArray head = bytes.left(pe.offset);
    const int line = int(head.count('\n')) + 1;
    const int column = int(pe.offset - (head.lastIndexOf('\n') + 1)) + 1;
    r.fail(ScenarioError::NotJson, {},
           QCoreApplication::translate("Lab", "%1 is not valid JSON: %2 at line %3, column %4.").arg(src, pe.errorString()).arg(line).arg(column));
    return r.result();
  }
  if (!doc.isObject()) {
    r.fail(ScenarioError::NotScenario, {}, QCoreApplication::translate("Lab", "%1 is not a lab scenario: it must be one JSON object.").arg(src));
    return r.result();
  }
  const QJsonObject o = doc.object();
  const QString schema = r.text(o, u"schema"_s, u"schema"_s, true);
  if (r.failed()) return r.result();
  if (schema != QString::fromLatin1(kScenarioSchema)) {
    r.fail(ScenarioError::NotScenario, u"schema"_s,
           QCoreApplication::translate("Lab", "%1 is not a lab scenario: \"schema\" must be \"%2\".").arg(src, QString::fromLatin1(kScenarioSchema)));
    return r.result();
  }
  const auto version = r.number(o, u"schema_version"_s, u"schema_version"_s, true, 0, 1000000);
  if (r.failed()) return r.result();
  if (*version != kScenarioSchemaVersion) {
    r.fail(ScenarioError::UnsupportedVersion, u"schema_version"_s,
           QCoreApplication::translate("Lab", "%1 uses scenario format version %2; this version of RDP Doctor reads version %3.")
               .arg(src).arg(*version).arg(kScenarioSchemaVersion));
    return r.result();
  }

  Scenario s;
  s.sourcePath = sourceName;
  s.id = r.text(o, u"id"_s, u"id"_s, true);
  static const QRegularExpression idRe(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
  if (!r.failed() && !idRe.match(s.id).hasMatch())
    r.badValue(u"id"_s, QCoreApplication::translate("Lab", "Use 1 to 64 lower-case letters, digits, \"-\" or \"_\", for example \"tls-broken\"."));
  if (auto ord = r.number(o, u"order"_s, u"order"_s, false, 0, 100000)) s.order = int(*ord);
  s.title = r.localized(o, u"title"_s, true);
  s.description = r.localized(o, u"description"_s, true);
  s.answer = r.localized(o, u"answer"_s, true);
  if (const auto exp = r.object(o, u"expected"_s, u"expected"_s, true)) {
    s.expectedCause = r.text(*exp, u"cause"_s, u"expected.cause"_s, true);
    if (auto st = r.number(*exp, u"step"_s, u"expected.step"_s, true, 1, kStepCount)) s.expectedStep = int(*st);
  }
  s.clientError = r.text(o, u"client_error"_s, u"client_error"_s, false);
  if (!r.failed() && s.clientError.size() > 2000) r.badValue(u"client_error"_s, QCoreApplication::translate("Lab", "Use at most 2000 characters."));
  if (const auto m = r.object(o, u"main"_s, u"main"_s, true)) readListener(r, *m, u"main"_s, &s.main);
  if (const auto a = r.object(o, u"alternative"_s, u"alternative"_s, false)) {
    ListenerSpec alt;
    readListener(r, *a, u"alternative"_s, &alt);
    if (!r.failed() && (alt.behaviour == Behaviour::Refused))
      r.badValue(u"alternative.behaviour"_s, QCoreApplication::translate("Lab", "An alternative port that refuses connections is the same as none; "
                                                "leave \"alternative\" out instead."));
    s.alternative = alt;
  }
  if (const auto g = r.object(o, u"guest_evidence"_s, u"guest_evidence"_s, false)) {
    QJsonObject doc;
    const QString base = r.text(*g, u"base"_s, u"guest_evidence.base"_s, false);
    const auto document = r.object(*g, u"document"_s, u"guest_evidence.document"_s, false);
    const auto patch = r.object(*g, u"patch"_s, u"guest_evidence.patch"_s, false);
    if (!r.failed()) {
      if (!base.isEmpty() && document) {
        r.badValue(u"guest_evidence"_s, QCoreApplication::translate("Lab", "Give either \"base\" or \"document\", not both."));
      } else if (!base.isEmpty()) {
        bool found = false;
        doc = baseEvidence(base, &found);
        if (!found) r.badValue(u"guest_evidence.base"_s, QCoreApplication::translate("Lab", "There is no built-in evidence document of that name; use \"healthy\"."));
      } else if (document) {
        doc = *document;
      } else {
        r.missing(u"guest_evidence.base"_s);
      }
      if (patch) doc = mergePatch(doc, *patch);
      s.guestEvidence = doc;
    }
  }
  if (const auto c = r.object(o, u"cloud"_s, u"cloud"_s, false); c && !r.failed()) {
    CloudSpec spec;
    QString field;
    if (const QString why = parseCloudSpec(*c, &spec, &field); !why.isEmpty()) r.badValue(field, why);
    s.cloud = spec;
  }
  if (r.failed()) return r.result();
  ScenarioParse ok;
  ok.scenario = std::move(s);
  return ok;
}

ScenarioParse loadScenarioFile(const QString &path) {
  QFile f(path);
  const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
  if (f.size() > kMaxScenarioBytes) {
    ScenarioParse p;
    p.error = ScenarioError::TooLarge;
    p.message = QCoreApplication::translate("Lab", "%1 is larger than 1 MB; a scenario file is a few kilobytes. Is it the right file?").arg(name);
    return p;
  }
  if (!f.open(QIODevice::ReadOnly)) {
    ScenarioParse p;
    p.error = ScenarioError::Unreadable;
    p.message = QCoreApplication::translate("Lab", "The scenario file %1 cannot be read: %2").arg(path, f.errorString());
    return p;
  }
  ScenarioParse p = parseScenario(f.read(kMaxScenarioBytes + 1), name);
  if (p.scenario) p.scenario->sourcePath = path;
  return p;
}

ScenarioParse loadScenario(const QString &idOrPath, const QString &labDir) {
  if (idOrPath.endsWith(u".json"_s, Qt::CaseInsensitive) || idOrPath.contains(u'/'))
    return loadScenarioFile(idOrPath);
  if (!labDir.isEmpty()) {
    const QString candidate = QDir(labDir).filePath(idOrPath + u".json"_s);
    if (QFileInfo::exists(candidate)) return loadScenarioFile(candidate);
  }
  static const QRegularExpression idRe(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
  const QString builtin = u":/lab/%1.json"_s.arg(idOrPath);
  if (idRe.match(idOrPath).hasMatch() && QFileInfo::exists(builtin)) return loadScenarioFile(builtin);
  ScenarioParse p;
  p.error = ScenarioError::UnknownScenario;
  QStringList ids;
  for (const Scenario &s : listScenarios(labDir).scenarios) ids << s.id;
  p.message = QCoreApplication::translate("Lab", "There is no lab scenario \"%1\". Known scenarios: %2.").arg(idOrPath, ids.join(u", "_s));
  return p;
}

ScenarioListing listScenarios(const QString &labDir) {
  ScenarioListing out;
  QStringList files;
  for (const QString &f : QDir(u":/lab"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
    files << u":/lab/"_s + f;
  if (!labDir.isEmpty())
    for (const QString &f : QDir(labDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) files << QDir(labDir).filePath(f);
  for (const QString &path : files) {
    ScenarioParse p = loadScenarioFile(path);
    if (!p.scenario) { out.failures << p; continue; }
    // A trainer's file replaces a built-in scenario with the same id (later files win).
    auto same = std::find_if(out.scenarios.begin(), out.scenarios.end(), [&](const Scenario &s) { return s.id == p.scenario->id; });
    if (same != out.scenarios.end()) *same = *p.scenario;
    else out.scenarios << *p.scenario;
  }
  std::stable_sort(out.scenarios.begin(), out.scenarios.end(), [](const Scenario &a, const Scenario &b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return out;
}

QJsonValue resolvePortPlaceholders(const QJsonValue &v, int port, int alt) {
  if (v.isString()) {
    const QString s = v.toString();
    if (s == u"{{port}}"_s) return port;
    if (s == u"{{alt_port}}"_s) return alt;
    if (s == u"{{port_text}}"_s) return QString::number(port);
    if (s == u"{{alt_port_text}}"_s) return QString::number(alt);
    return v;
  }
  if (v.isArray()) {
    QJsonArray out;
    for (const QJsonValue &e : v.toArray()) out.append(resolvePortPlaceholders(e, port, alt));
    return out;
  }
  if (v.isObject()) {
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) out.insert(it.key(), resolvePortPlaceholders(it.value(), port, alt));
    return out;
  }
  return v;
}

}  // namespace rdpd::lab
