#pragma once
// A stand-in for Windows PowerShell, for testing "Check this computer" (guest::LocalCollector) on a machine without
// PowerShell: a small program (tests/tools/powershell_stand_in_main.cpp, built for Linux and Windows alike) that takes
// `-File <script> -OutFile <json> [-Account <name>]` like `powershell.exe` does, records its arguments and the script
// it got, and behaves as the test asks.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rdpd::guest {
class LocalCollector;
}

namespace rdpd::test {

class PowerShellStandIn {
 public:
  enum class Mode {
    SavesSample,  // copies the sample evidence file to -OutFile, exit 0
    Fails,        // prints "Access is denied." on stderr, exit 5
    Hangs,        // never ends by itself
    SavesGarbage, // writes text that is not evidence to -OutFile, exit 0
    SavesNothing, // exit 0 without writing -OutFile
  };

  PowerShellStandIn();
  // Makes `collector` run the stand-in in that mode; `samplePath` is what SavesSample saves.
  void use(guest::LocalCollector &collector, Mode mode, const QString &samplePath = {}) const;
  // The arguments of the last run (after the leading ones), one per entry; empty before any run.
  QStringList lastArguments() const;
  // The script the last run was given (a copy), or empty.
  QByteArray lastScript() const;

 private:
  QTemporaryDir m_dir;
  QString m_program;
};

}  // namespace rdpd::test
