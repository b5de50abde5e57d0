#include "checks/target/mstsc_launcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd {

QString mstscTargetArgument(const QString &host, int port) {
  if (port < 1 || port > 65535 || host.isEmpty()) return {};
  // Host-name, IPv4 and IPv6 characters only: no spaces, quotes, slashes, percent signs or option markers.
  static const QRegularExpression chars(u"^[A-Za-z0-9.:\\-]+$"_s);
  if (!chars.match(host).hasMatch() || host.startsWith(u'-')) return {};
  const bool v6 = host.contains(u':');
  const TargetParse p = parseTarget(v6 ? u"[%1]"_s.arg(host) : host, QString::number(port));
  if (!p.ok() || p.target.port != port) return {};
  const QString h = p.target.kind == HostKind::Ipv6 ? u"[%1]"_s.arg(p.target.host) : p.target.host;
  return u"/v:%1:%2"_s.arg(h).arg(port);
}

QString mstscProgram() {
#ifdef Q_OS_WIN
  wchar_t dir[MAX_PATH];
  const UINT n = GetSystemDirectoryW(dir, MAX_PATH);
  if (n == 0 || n >= MAX_PATH) return {};
  return QString::fromWCharArray(dir, int(n)) + u"\\mstsc.exe"_s;
#else
  return {};
#endif
}

bool mstscAvailable() {
  const QString p = mstscProgram();
  return !p.isEmpty() && QFileInfo::exists(p);
}

MstscCommand mstscCommand(const Target &target, const QString &programPath) {
  MstscCommand c;
  c.program = programPath;
  if (c.program.isEmpty()) {
    c.error = QCoreApplication::translate("Mstsc", "The Remote Desktop client (mstsc) exists only on Windows.");
    return c;
  }
  const QString arg = mstscTargetArgument(target.host, target.port);
  if (arg.isEmpty()) {
    c.error = QCoreApplication::translate("Mstsc", "Enter a valid server address and port on the first page first.");
    return c;
  }
  c.arguments = {arg};
  return c;
}

bool launchMstsc(const Target &target, QString *error) {
  const MstscCommand c = mstscCommand(target);
  QString why = c.error;
  if (why.isEmpty() && !QFileInfo::exists(c.program))
    why = QCoreApplication::translate("Mstsc", "The Remote Desktop client was not found at %1.").arg(c.program);
  if (why.isEmpty()) {
    spdlog::info("mstsc: starting {} {}", c.program.toStdString(), c.arguments.join(u' ').toStdString());
    if (QProcess::startDetached(c.program, c.arguments)) return true;
    why = QCoreApplication::translate("Mstsc", "The Remote Desktop client (%1) could not be started.").arg(c.program);
  }
  if (error) *error = why;
  return false;
}

}  // namespace rdpd
