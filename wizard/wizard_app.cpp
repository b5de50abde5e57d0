#include "wizard/wizard_app.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <cstdio>

#include "checks/core/i18n.h"
#include "checks/core/logging.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/first_paint_probe.h"
#include "wizard/first_run.h"
#include "wizard/page_ids.h"
#include "wizard/platform_setup.h"
#include "wizard/screenshots.h"
#include "wizard/start_page.h"
#include "wizard/status_icons.h"
#include "wizard/wizard_window.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

// Screenshot mode: optionally diagnose first, then render every page and leave the event loop with the exit code.
void runScreenshots(WizardWindow *w, const QString &dir) {
  auto render = [w, dir] {
    QString error;
    if (!renderScreenshots(*w, dir, &error)) {
      std::fprintf(stderr, "rdp-doctor: %s\n", error.toLocal8Bit().constData());
      QCoreApplication::exit(2);
      return;
    }
    std::printf("%s\n", QDir(dir).absolutePath().toLocal8Bit().constData());
    QCoreApplication::exit(0);
  };
  StartPage *start = w->startPage();
  if (w->session()->isRunning()) {  // the training lab started it
    QObject::connect(
        w->session(), &Diagnosis::finished, w, [render] { QTimer::singleShot(0, render); }, Qt::SingleShotConnection);
  } else if (start->isComplete()) {
    QObject::connect(
        w->session(), &Diagnosis::finished, w, [render] { QTimer::singleShot(0, render); }, Qt::SingleShotConnection);
    w->session()->setClientError(start->clientError());
    w->session()->start(start->target());
  } else {
    QTimer::singleShot(0, w, render);
  }
}

}  // namespace

int runGui(int &argc, char **argv, const GuiOptions &opts) {
  const bool screenshots = !opts.screenshotDir.isEmpty();
  // Screenshots need no display (offscreen on Linux, the native platform on Windows); Windows' dark mode.
  preparePlatform(screenshots);
  if (screenshots && !QDir().mkpath(opts.screenshotDir)) {
    std::fprintf(stderr, "rdp-doctor: cannot create the screenshot folder \"%s\". Choose a folder you can write to.\n",
                 opts.screenshotDir.toLocal8Bit().constData());
    return 2;
  }

  QApplication app(argc, argv);
  QApplication::setApplicationName(u"rdp-doctor"_s);
  QApplication::setOrganizationName(u"rdp-doctor"_s);
  QApplication::setApplicationVersion(QStringLiteral(RDPD_VERSION));
  QApplication::setWindowIcon(appIcon());
  applyPlatformLook();
  initLogging(LogConsole::Off);
  installTranslators(&app, normalizeLanguage(opts.lang));

  WizardWindow w(opts.contentDir);
  if (!opts.target.isEmpty()) w.startPage()->setTargetText(opts.target);
  if (!opts.labDir.isEmpty()) w.setLabDir(opts.labDir);
  // --lab SCENARIO starts that scenario once the window is shown; --lab alone offers the lab on the start page.
  auto startLab = [&w, &opts] {
    if (opts.lab && !opts.labScenario.isEmpty() && !w.startLab(opts.labScenario))
      std::fprintf(stderr, "rdp-doctor: the training lab could not start.\n");
  };

  if (screenshots) {
    w.resize(kScreenshotWidth, kScreenshotHeight);
    w.setAttribute(Qt::WA_DontShowOnScreen);  // rendered, never shown (the native platform on Windows)
    w.show();
    startLab();
    runScreenshots(&w, opts.screenshotDir);
    return app.exec();
  }

  // The very first start with nothing asked for (what scripts/run.sh does): offer the lab to the new user.
  if (opts.target.isEmpty() && !opts.lab && consumeFirstRun()) w.welcomeNewUser();
  if (opts.lab && opts.labScenario.isEmpty()) {
    if (auto *pick = w.startPage()->findChild<QWidget *>(u"labScenarioCombo"_s)) pick->setFocus();
  }
  FirstPaintProbe probe;
  if (FirstPaintProbe::requested()) w.startPage()->installEventFilter(&probe);
  w.show();
  startLab();
  return app.exec();
}

}  // namespace rdpd
