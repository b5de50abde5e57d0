#pragma once
// Entry point of the GUI: creates the QApplication, the translators and the wizard window.

#include <QString>
#include <QStringList>

namespace rdpd {

struct GuiOptions {
  QString lang;           // empty = system locale
  QString contentDir;     // --content-dir
  QString screenshotDir;  // non-empty: render pages to PNG and exit
  QString target;         // pre-filled host[:port]
  bool lab = false;       // --lab [SCENARIO]: open on the training lab (checks/lab, docs/lab.md)
  QString labScenario;    // scenario id or .json path; empty with lab = let the user pick
  QString labDir;         // --lab-dir: a trainer's own scenario files
  QStringList extraArgs;
};

int runGui(int &argc, char **argv, const GuiOptions &opts);

}  // namespace rdpd
