#include "tests/support/powershell_stand_in.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include "checks/guest/local_collector.h"

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {

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

// The stand-in program (tests/tools/powershell_stand_in_main.cpp) sits next to the test executable; the build path
// is the fallback (a test binary run from elsewhere).
QString standInProgram() {
#ifdef Q_OS_WIN
  const QString name = u"powershell_stand_in.exe"_s;
#else
  const QString name = u"powershell_stand_in"_s;
#endif
  const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
  if (QFileInfo::exists(beside)) return beside;
  return QStringLiteral(RDPD_PS_STAND_IN_PATH);
}

}  // namespace

PowerShellStandIn::PowerShellStandIn() : m_program(standInProgram()) {}

void PowerShellStandIn::use(guest::LocalCollector &collector, Mode mode, const QString &samplePath) const {
  // Fails loudly rather than letting every collector test report "StartFailed" for a reason nobody sees.
  EXPECT_TRUE(QFileInfo::exists(m_program)) << "the PowerShell stand-in is not built: " << m_program.toStdString();
  collector.setInterpreter(m_program, {QDir::toNativeSeparators(m_dir.path()), modeName(mode), samplePath});
}

QStringList PowerShellStandIn::lastArguments() const {
  return QString::fromUtf8(readAll(m_dir.filePath(u"args.txt"_s))).split(u'\n', Qt::SkipEmptyParts);
}

QByteArray PowerShellStandIn::lastScript() const { return readAll(m_dir.filePath(u"script-seen.ps1"_s)); }

}  // namespace rdpd::test
