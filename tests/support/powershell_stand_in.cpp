#include "tests/support/powershell_stand_in.h"

#include <QFile>

#include "checks/guest/local_collector.h"

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {

const char *kProgram = R"SH(#!/bin/sh
mode="$1"; sample="$2"; shift 2
here="$(dirname "$0")"
printf '%s\n' "$@" > "$here/args.txt"
script=""; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -File) script="$2"; shift 2 ;;
    -OutFile) out="$2"; shift 2 ;;
    *) shift ;;
  esac
done
cp "$script" "$here/script-seen.ps1"
case "$mode" in
  sample) cp "$sample" "$out" ;;
  fail) echo "Access is denied." >&2; echo "At line:1 char:1" >&2; exit 5 ;;
  hang) exec sleep 30 ;;
  garbage) printf 'this is not evidence' > "$out" ;;
  nothing) : ;;
esac
exit 0
)SH";

QString modeName(PowerShellStandIn::Mode m) {
  switch (m) {
    case PowerShellStandIn::Mode::SavesSample: return u"sample"_s;
    case PowerShellStandIn::Mode::Fails: return u"fail"_s;
    case PowerShellStandIn::Mode::Hangs: return u"hang"_s;
    case PowerShellStandIn::Mode::SavesGarbage: return u"garbage"_s;
    case PowerShellStandIn::Mode::SavesNothing: return u"nothing"_s;
  }
  return {};
}

QByteArray readAll(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

PowerShellStandIn::PowerShellStandIn() : m_program(m_dir.filePath(u"powershell-stand-in.sh"_s)) {
  QFile f(m_program);
  if (f.open(QIODevice::WriteOnly)) f.write(kProgram);
  f.close();
  f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void PowerShellStandIn::use(guest::LocalCollector &collector, Mode mode, const QString &samplePath) const {
  collector.setInterpreter(u"/bin/sh"_s, {m_program, modeName(mode), samplePath});
}

QStringList PowerShellStandIn::lastArguments() const {
  return QString::fromUtf8(readAll(m_dir.filePath(u"args.txt"_s))).split(u'\n', Qt::SkipEmptyParts);
}

QByteArray PowerShellStandIn::lastScript() const { return readAll(m_dir.filePath(u"script-seen.ps1"_s)); }

}  // namespace rdpd::test
