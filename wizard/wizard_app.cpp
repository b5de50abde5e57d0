#include "wizard/wizard_app.h"

#include <QApplication>
#include <QWizard>

#include "checks/core/i18n.h"
#include "checks/core/logging.h"

namespace rdpd {

int runGui(int &argc, char **argv, const GuiOptions &opts) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("rdp-doctor"));
  initLogging(LogConsole::Off);
  installTranslators(&app, normalizeLanguage(opts.lang));
  QWizard w;
  w.show();
  return app.exec();
}

}  // namespace rdpd
