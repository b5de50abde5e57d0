// Time for each page of the wizard to appear the first time it is opened (bench/startup.sh): from the jump to the
// end of its synchronous repaint, offscreen. Prints page=<id> first_open_ms=<ms> per page, first without a
// diagnosis, then (--lab SCENARIO) in a new window after that lab scenario's diagnosis has finished.
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

#include "checks/core/i18n.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/page_ids.h"
#include "wizard/wizard_window.h"

using namespace rdpd;

namespace {

void openEveryPage(WizardWindow &w, const char *state, int firstId) {
  for (int id = firstId; id <= Page_Summary; ++id) {
    QElapsedTimer t;
    t.start();
    w.jumpTo(id);
    for (int i = 0; i < 3; ++i) QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w.repaint();  // synchronous paint of the whole window into its backing store
    std::printf("state=%s page=%d first_open_ms=%.2f\n", state, id, double(t.nsecsElapsed()) / 1e6);
  }
}

}  // namespace

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  const QStringList args = app.arguments();
  const int langAt = int(args.indexOf(QStringLiteral("--lang")));
  installTranslators(&app, langAt > 0 && langAt + 1 < args.size() ? args[langAt + 1] : QStringLiteral("en"));
  {
    WizardWindow w;
    w.show();
    w.repaint();
    openEveryPage(w, "empty", Page_Step1);
  }
  const int labAt = int(args.indexOf(QStringLiteral("--lab")));
  if (labAt > 0 && labAt + 1 < args.size()) {
    WizardWindow w;
    w.show();
    w.repaint();
    QEventLoop wait;  // a benchmark harness, not the product: waits for the lab's diagnosis to finish
    QObject::connect(w.session(), &Diagnosis::finished, &wait, &QEventLoop::quit);
    QTimer::singleShot(120000, &wait, &QEventLoop::quit);
    if (!w.startLab(args[labAt + 1])) return 2;  // opens step 1 (timed as part of the start)
    if (w.session()->isRunning()) wait.exec();
    openEveryPage(w, "diagnosed", pageForStep(2));
  }
  return 0;
}
