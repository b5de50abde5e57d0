#include "checks/report/report_redact.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
// Evidence keys whose string values name hosts or accounts (checks across areas).
const QStringList &hostKeys() {
  static const QStringList k{u"host"_s, u"netbios_computer"_s, u"netbios_domain"_s, u"dns_computer"_s, u"dns_domain"_s,
                             u"dns_tree"_s, u"computer_name"_s, u"hostname"_s, u"ptr"_s, u"reverse_name"_s, u"san"_s,
                             u"subject_cn"_s, u"common_name"_s};
  return k;
}
const QStringList &accountKeys() {
  static const QStringList k{u"user"_s, u"user_name"_s, u"username"_s, u"account"_s, u"accounts"_s,
                             u"account_name"_s, u"user_hint"_s, u"admin_accounts"_s, u"locked_accounts"_s};
  return k;
}

void collectNames(const QString &key, const QVariant &v, Redactor &r) {
  const bool host = hostKeys().contains(key);
  const bool account = accountKeys().contains(key);
  if (v.typeId() == QMetaType::QVariantMap) {
    const QVariantMap m = v.toMap();
    for (auto it = m.cbegin(); it != m.cend(); ++it) collectNames(it.key(), it.value(), r);
  } else if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
    for (const QVariant &x : v.toList()) collectNames(key, x, r);
  } else if (v.typeId() == QMetaType::QString) {
    const QString s = v.toString();
    if (host) r.addHost(s);
    if (account) r.addAccount(s);
    if (key == u"subject"_s || key == u"issuer"_s) {
      // "CN=WIN-ABC, O=..." -> hide the common name (usually the computer name).
      static const QRegularExpression cn(u"CN\\s*=\\s*([^,/]+)"_s);
      for (auto it = cn.globalMatch(s); it.hasNext();) r.addHost(it.next().captured(1).trimmed());
    }
  }
}
}  // namespace

void Redactor::addHost(const QString &name) {
  const QString n = name.trimmed();
  if (n.size() < 2 || m_map.contains(n.toLower())) return;
  if (!QHostAddress(n).isNull()) return;  // literals are handled by the address patterns
  m_map.insert(n.toLower(), placeholder(n, "host"));
  m_names << n;
  std::sort(m_names.begin(), m_names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::addAccount(const QString &name) {
  QString n = name.trimmed();
  if (n.size() < 2 || m_map.contains(n.toLower())) return;
  m_map.insert(n.toLower(), placeholder(n, "user"));
  m_names << n;
  // "DOMAIN\\user" and "user@domain": hide the bare user name too.
  const QString bare = n.section(u'\\', -1).section(u'@', 0, 0);
  if (bare.size() >= 2 && bare != n && !m_map.contains(bare.toLower())) {
    m_map.insert(bare.toLower(), placeholder(bare, "user"));
    m_names << bare;
  }
  std::sort(m_names.begin(), m_names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::placeholder(const QString &original, const char *kind) {
  const QString key = original.toLower();
  if (auto it = m_map.constFind(key); it != m_map.constEnd()) return it.value();
  const QString k = QString::fromLatin1(kind);
  const QString p = k + u'-' + QString::number(++m_counters[k]);
  m_map.insert(key, p);
  return p;
}

QString Redactor::apply(const QString &text, bool freeText) {
  if (text.isEmpty()) return text;
  QString out = text;
  for (const QString &n : std::as_const(m_names)) {
    // Whole-word match so "host-1" placeholders and unrelated words stay intact.
    const QRegularExpression re(u"(?<![\\w.-])"_s + QRegularExpression::escape(n) + u"(?![\\w-]|\\.\\w)"_s,
                                QRegularExpression::CaseInsensitiveOption);
    out.replace(re, m_map.value(n.toLower()));
  }
  // IPv6 first (it may embed an IPv4 tail), then IPv4. Candidates are validated so times ("21:00:00") survive.
  static const QRegularExpression v6(u"(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|\\d{1,3}(?:\\.\\d{1,3}){3})(?:%[\\w.]+)?(?![\\w:])"_s);
  static const QRegularExpression v4(u"(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w]|\\.\\d)"_s);
  auto replaceValid = [&](const QRegularExpression &re, QAbstractSocket::NetworkLayerProtocol proto) {
    QString result;
    qsizetype last = 0;
    for (auto it = re.globalMatch(out); it.hasNext();) {
      const auto m = it.next();
      const QString cand = m.captured(0);
      const QHostAddress a(cand.section(u'%', 0, 0));
      if (a.isNull() || a.protocol() != proto) continue;
      result += out.mid(last, m.capturedStart() - last) + placeholder(a.toString(), "ip");
      last = m.capturedEnd();
    }
    result += out.mid(last);
    out = result;
  };
  replaceValid(v6, QAbstractSocket::IPv6Protocol);
  replaceValid(v4, QAbstractSocket::IPv4Protocol);
  if (freeText) {
    // Names the user typed that no check saw: anything that looks like a DNS name with two dots or more.
    static const QRegularExpression fqdn(u"(?<![\\w.@-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){1,}\\.[A-Za-z]{2,}(?![\\w-])"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = fqdn.globalMatch(out); it.hasNext();) {
      const auto m = it.next();
      result += out.mid(last, m.capturedStart() - last) + placeholder(m.captured(0), "host");
      last = m.capturedEnd();
    }
    result += out.mid(last);
    out = result;
  }
  return out;
}

QVariant Redactor::apply(const QVariant &v) {
  switch (v.typeId()) {
    case QMetaType::QString: return apply(v.toString());
    case QMetaType::QStringList: {
      QStringList l = v.toStringList();
      for (QString &s : l) s = apply(s);
      return l;
    }
    case QMetaType::QVariantList: {
      QVariantList l = v.toList();
      for (QVariant &x : l) x = apply(x);
      return l;
    }
    case QMetaType::QVariantMap: {
      QVariantMap m = v.toMap();
      for (auto it = m.begin(); it != m.end(); ++it) it.value() = apply(it.value());
      return m;
    }
    default: return v;
  }
}

DiagnosisReport redactReport(const DiagnosisReport &in) {
  Redactor red;
  DiagnosisReport r = in;
  // Collect every name first so placeholders are stable no matter where a name shows up first.
  if (in.target.kind == HostKind::Name) red.addHost(in.target.host);
  red.addAccount(in.target.userHint);
  for (const CheckResult &c : in.checks)
    for (auto it = c.findings.cbegin(); it != c.findings.cend(); ++it) collectNames(it.key(), it.value(), red);

  const QString shownHost = in.target.host.isEmpty() ? QString() : red.apply(in.target.host, true);
  r.target = Target();
  r.target.port = in.target.port;
  r.target.kind = HostKind::Name;  // "ip-1" is a placeholder, not an address: show it as "ip-1:3389"
  r.target.host = shownHost;
  // A valid target is shown from host and port; keep the (redacted) raw input only when it did not parse.
  if (!in.target.isValid()) {
    r.target.input = red.apply(in.target.input, true);
    r.target.portInput = in.target.portInput;
  }
  r.target.clientError = red.apply(in.target.clientError, true);
  r.target.extraPorts = in.target.extraPorts;
  r.clientError = red.apply(in.clientError, true);
  for (CheckResult &c : r.checks) {
    c.summary = red.apply(c.summary);
    c.detail = red.apply(c.detail);
    c.findings = red.apply(QVariant(c.findings)).toMap();
  }
  // The advice names values found (host, port, account...): hide them there too.
  for (Cause &c : r.causes) c.values = red.apply(QVariant(c.values)).toMap();
  for (auto it = r.notes.begin(); it != r.notes.end(); ++it) it.value() = red.apply(it.value(), true);
  for (auto it = r.confirmationTexts.begin(); it != r.confirmationTexts.end(); ++it) it.value() = red.apply(it.value());
  r.redacted = true;
  return r;
}

}  // namespace rdpd
