// rdp-doctor: decides from argv whether to run headless (CLI) or the wizard, before any Qt application object
// exists, so the CLI never needs a display.

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#include "app/cli.h"
#include "app/cloud_command.h"
#include "app/options.h"
#include "app/win_console.h"
#include "checks/core/i18n.h"
#include "wizard/wizard_app.h"

int main(int argc, char **argv) {
  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  const rdpd::app::Options opts = rdpd::app::parseOptions(args);
  // Windows: the command line writes to the console it was started from (the GUI stays console-free).
  if (opts.mode != rdpd::app::Mode::Gui || opts.listLab) rdpd::app::attachParentConsole();

  if (opts.listLab && opts.mode != rdpd::app::Mode::Help && opts.mode != rdpd::app::Mode::Version &&
      opts.mode != rdpd::app::Mode::Error)
    return rdpd::app::runListLab(argc, argv, opts);
  switch (opts.mode) {
    case rdpd::app::Mode::Help: {
      QCoreApplication app(argc, argv);  // the help in the user's language
      rdpd::installTranslators(&app, rdpd::normalizeLanguage(rdpd::app::languageArgument(args)));
      std::fputs(rdpd::app::usageText().toLocal8Bit().constData(), stdout);
      return 0;
    }
    case rdpd::app::Mode::Version:
      std::printf("rdp-doctor %s\n", RDPD_VERSION);
      return 0;
    case rdpd::app::Mode::Error: {
      // The message in the user's language: parsing is pure, so parse again once translators are in place.
      QCoreApplication app(argc, argv);
      rdpd::installTranslators(&app, rdpd::normalizeLanguage(rdpd::app::languageArgument(args)));
      const rdpd::app::Options again = rdpd::app::parseOptions(args);
      std::fprintf(stderr, "rdp-doctor: %s\n\n%s", again.error.toLocal8Bit().constData(),
                   rdpd::app::usageText().toLocal8Bit().constData());
      return 2;
    }
    case rdpd::app::Mode::Explain:
      return rdpd::app::runExplain(argc, argv, opts);
    case rdpd::app::Mode::Diagnose:
    case rdpd::app::Mode::Cloud: {
      const int code = opts.mode == rdpd::app::Mode::Cloud ? rdpd::app::runCloudAction(argc, argv, opts)
                                                           : rdpd::app::runDiagnose(argc, argv, opts);
#ifdef Q_OS_WIN
      // Last resort (docs/windows.md): the normal process end often deadlocks in libstdc++'s DLL detach under Wine,
      // even after the orderly clean-up in runDiagnose. Everything is written and flushed: end without DLL detach.
      std::fflush(nullptr);
      ::TerminateProcess(::GetCurrentProcess(), UINT(code));
#endif
      return code;
    }
    case rdpd::app::Mode::Screenshot:
    case rdpd::app::Mode::Gui: {
      rdpd::GuiOptions g;
      g.lang = opts.lang;
      g.contentDir = opts.contentDir;
      g.screenshotDir = opts.screenshotDir;
      g.target = opts.target;
      g.lab = opts.lab;
      g.labScenario = opts.labScenario;
      g.labDir = opts.labDir;
      g.extraArgs = opts.rest;
      return rdpd::runGui(argc, argv, g);
    }
  }
  return 3;
}
