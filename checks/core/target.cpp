#include "checks/core/target.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace rdpd {

QString Target::display() const {
  if (kind == HostKind::Ipv6) return u'[' + host + u"]:"_s + QString::number(port);
  return host + u':' + QString::number(port);
}

Target Target::fromInput(const QString &input, const QString &portText) {
  const TargetParse p = parseTarget(input, portText);
  Target t = p.ok() ? p.target : Target{};
  if (!p.ok()) t.port = 0;
  t.input = input;
  t.portInput = portText;
  return t;
}

bool Target::isValid() const {
  if (!input.isEmpty() || !portInput.isEmpty()) return parseTarget(input, portInput).ok();
  return !host.isEmpty() && port >= 1 && port <= 65535;
}

bool Target::isThisComputer() const {
  const QString h = host.trimmed().toLower();
  if (h == u"localhost"_s || h.endsWith(u".localhost"_s)) return true;
  const QHostAddress a(h);
  return !a.isNull() && a.isLoopback();
}

TargetError parsePort(const QString &text, int *port, long long *value) {
  const QString t = text.trimmed();
  if (t.isEmpty()) return TargetError::PortNotNumber;
  bool ok = false;
  const long long v = t.toLongLong(&ok);
  if (!ok) {
    // A very long digit string overflows toLongLong: still "too large", not "not a number".
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(t).hasMatch()) {
      if (value) *value = std::numeric_limits<long long>::max();
      return TargetError::PortTooLarge;
    }
    return TargetError::PortNotNumber;
  }
  if (value) *value = v;
  if (v < 0) return TargetError::PortNegative;
  if (v == 0) return TargetError::PortZero;
  if (v > 65535) return TargetError::PortTooLarge;
  if (port) *port = int(v);
  return TargetError::None;
}

namespace {

bool looksLikeIpv4Attempt(const QString &h) {
  static const QRegularExpression re(u"^[0-9.]+$"_s);
  return re.match(h).hasMatch();
}

TargetError checkHostName(const QString &h, QString *offending) {
  if (h.size() > 253) { *offending = h.left(20) + u"…"_s; return TargetError::NameTooLong; }
  const QStringList labels = h.split(u'.');
  static const QRegularExpression label(u"^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?$"_s);
  for (int i = 0; i < labels.size(); ++i) {
    const QString &l = labels[i];
    if (l.isEmpty()) {
      if (i == labels.size() - 1 && i > 0) continue;  // trailing dot: fully qualified name
      *offending = h;
      return TargetError::BadCharacters;
    }
    if (l.size() > 63) { *offending = l.left(20) + u"…"_s; return TargetError::LabelTooLong; }
    if (!label.match(l).hasMatch()) {
      // Internationalised names are allowed in their Unicode form: check the ACE form.
      const QByteArray ace = QUrl::toAce(l);
      if (ace.isEmpty() || !label.match(QString::fromLatin1(ace)).hasMatch()) {
        *offending = l;
        return TargetError::BadCharacters;
      }
    }
  }
  return TargetError::None;
}

}  // namespace

TargetParse parseTarget(const QString &input, const QString &portText) {
  TargetParse p;
  QString s = input.trimmed();
  // Tolerate what people paste from other tools.
  for (const QString &prefix : {u"rdp://"_s, u"mstsc /v:"_s, u"mstsc.exe /v:"_s, u"/v:"_s}) {
    if (s.startsWith(prefix, Qt::CaseInsensitive)) { s = s.mid(prefix.size()).trimmed(); break; }
  }
  if (s.endsWith(u'/')) s.chop(1);
  if (s.isEmpty()) { p.error = TargetError::Empty; return p; }
  if (s.contains(QRegularExpression(u"\\s"_s))) { p.error = TargetError::ContainsSpace; p.offending = s; return p; }

  QString host;
  QString portPart;
  bool hasPort = false;
  HostKind kind = HostKind::Name;

  if (s.startsWith(u'[')) {
    const int close = s.indexOf(u']');
    if (close < 0) { p.error = TargetError::UnbalancedBracket; p.offending = s; return p; }
    host = s.mid(1, close - 1);
    const QString rest = s.mid(close + 1);
    if (!rest.isEmpty()) {
      if (!rest.startsWith(u':')) { p.error = TargetError::BadCharacters; p.offending = rest; return p; }
      portPart = rest.mid(1);
      hasPort = true;
    }
    kind = HostKind::Ipv6;
  } else if (s.contains(u']')) {
    p.error = TargetError::UnbalancedBracket; p.offending = s; return p;
  } else if (s.count(u':') > 1) {
    host = s;  // bare IPv6 literal: no port possible without brackets
    kind = HostKind::Ipv6;
  } else if (s.count(u':') == 1) {
    const int colon = s.indexOf(u':');
    host = s.left(colon);
    portPart = s.mid(colon + 1);
    hasPort = true;
  } else {
    host = s;
  }

  if (host.isEmpty()) { p.error = TargetError::Empty; return p; }

  if (kind == HostKind::Ipv6) {
    QHostAddress a;
    if (!a.setAddress(host) || a.protocol() != QAbstractSocket::IPv6Protocol) {
      p.error = TargetError::BadIpv6; p.offending = host; return p;
    }
    host = host.toLower();
  } else if (looksLikeIpv4Attempt(host)) {
    QHostAddress a;
    static const QRegularExpression dotted(u"^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    if (!dotted.match(host).hasMatch() || !a.setAddress(host) || a.protocol() != QAbstractSocket::IPv4Protocol) {
      p.error = TargetError::BadIpv4; p.offending = host; return p;
    }
    kind = HostKind::Ipv4;
  } else {
    QString off;
    const TargetError e = checkHostName(host, &off);
    if (e != TargetError::None) { p.error = e; p.offending = off; return p; }
  }

  int port = kDefaultRdpPort;
  const QString effectivePort = !portText.trimmed().isEmpty() ? portText : (hasPort ? portPart : QString());
  if (!effectivePort.isNull() && (hasPort || !portText.trimmed().isEmpty())) {
    const TargetError e = parsePort(effectivePort, &port, &p.portValue);
    if (e != TargetError::None) { p.error = e; p.offending = effectivePort.trimmed(); return p; }
  }

  p.target.host = host;
  p.target.port = port;
  p.target.kind = kind;
  return p;
}

QString describeTargetError(const TargetParse &p) {
  switch (p.error) {
    case TargetError::None:
      return {};
    case TargetError::Empty:
      return QCoreApplication::translate("Target", "Enter the server's address: its public IP address or host name, "
                                              "optionally followed by a colon and the port, for example 203.0.113.10:3389.");
    case TargetError::ContainsSpace:
      return QCoreApplication::translate("Target", "The address contains a space. Enter only the IP address or host name "
                                              "and, if needed, \":port\".");
    case TargetError::UnbalancedBracket:
      return QCoreApplication::translate("Target", "Square brackets are only used around an IPv6 address, like [2001:db8::1]:3389. "
                                              "One bracket is missing.");
    case TargetError::BadIpv6:
      return QCoreApplication::translate("Target", "\"%1\" is not a valid IPv6 address.").arg(p.offending);
    case TargetError::BadIpv4:
      return QCoreApplication::translate("Target", "\"%1\" is not a valid IPv4 address: it needs four numbers from 0 to 255 "
                                              "separated by dots.").arg(p.offending);
    case TargetError::BadCharacters:
      return QCoreApplication::translate("Target", "\"%1\" cannot be part of a host name. Names use letters, digits, hyphens "
                                              "and dots.").arg(p.offending);
    case TargetError::LabelTooLong:
      return QCoreApplication::translate("Target", "A part of the host name (\"%1\") is longer than 63 characters, which DNS "
                                              "does not allow.").arg(p.offending);
    case TargetError::NameTooLong:
      return QCoreApplication::translate("Target", "The host name is longer than 253 characters, which DNS does not allow.");
    case TargetError::PortNotNumber:
      return QCoreApplication::translate("Target", "The port \"%1\" is not a number. Remote Desktop uses port 3389 unless "
                                              "it was changed.").arg(p.offending);
    case TargetError::PortZero:
      return QCoreApplication::translate("Target", "Port 0 cannot be connected to. Use the port Remote Desktop listens on "
                                              "(3389 by default).");
    case TargetError::PortNegative:
      return QCoreApplication::translate("Target", "A port cannot be negative. Ports run from 1 to 65535.");
    case TargetError::PortTooLarge:
      return QCoreApplication::translate("Target",
          "Port %1 can never work: TCP ports only go up to 65535. If this number came from the server's "
          "PortNumber registry value, Windows cannot listen on it either, so Remote Desktop is unreachable. "
          "Through the cloud console, set PortNumber (in both Terminal Server registry keys) to a free port "
          "such as 3389 or 5588, allow that port in the security group, and restart the server.")
          .arg(p.offending);
  }
  return {};
}

PortListParse parsePortList(const QString &text) {
  PortListParse out;
  static const QRegularExpression sep(u"[,\\s\u3001\uFF0C]+"_s);  // also the Chinese comma and enumeration comma
  for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
    int port = 0;
    if (parsePort(part, &port) != TargetError::None) {
      out.offending = part;
      return out;
    }
    if (!out.ports.contains(port)) out.ports << port;
  }
  out.tooMany = out.ports.size() > kMaxExtraPorts;
  return out;
}

QString describePortListError(const PortListParse &p) {
  if (!p.offending.isEmpty())
    return QCoreApplication::translate("Target", "\"%1\" is not a port. List ports from 1 to 65535, separated by commas, "
                                       "e.g. 5588, 4389.").arg(p.offending);
  if (p.tooMany)
    return QCoreApplication::translate("Target", "Name at most %n other port(s): RDP Doctor tests the ports you suspect, "
                                       "it does not scan the server.", nullptr, kMaxExtraPorts);
  return {};
}

}  // namespace rdpd
