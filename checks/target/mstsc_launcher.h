#pragma once
// "Try to connect now": starts the Windows Remote Desktop client (mstsc /v:HOST:PORT) for the target the user
// diagnosed. Only a target that passes parseTarget again and consists of host-name or address characters reaches
// the command line; mstsc gets exactly one argument. Windows only: elsewhere mstscAvailable() is false.

#include <QString>
#include <QStringList>

#include "checks/core/target.h"

namespace rdpd {

struct MstscCommand {
  QString program;       // full path of mstsc.exe (System32); empty when not on Windows
  QStringList arguments; // exactly {"/v:HOST:PORT"} (IPv6 in brackets), empty when the target is refused
  QString error;         // translated: why nothing can be started
  bool ok() const { return error.isEmpty() && arguments.size() == 1; }
};

// %SystemRoot%\System32\mstsc.exe from the system directory (not from PATH), or empty when not on Windows.
QString mstscProgram();
// The /v: argument for a target, or an empty string when host or port do not validate.
QString mstscTargetArgument(const QString &host, int port);
// Program and arguments for the target (programPath: the mstsc.exe to use; defaults to mstscProgram()).
MstscCommand mstscCommand(const Target &target, const QString &programPath = mstscProgram());
bool mstscAvailable();
// Starts mstsc detached (it outlives RDP Doctor). False with a translated message in *error when it cannot.
bool launchMstsc(const Target &target, QString *error);

}  // namespace rdpd
