#include "wizard/screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>

#include "checks/core/steps.h"
#include "wizard/page_ids.h"
#include "wizard/wizard_window.h"

using namespace Qt::StringLiterals;

namespace rdpd {

QStringList screenshotFileNames() {
  QStringList out{u"00-start.png"_s};
  for (int step = 1; step <= kStepCount; ++step) out << u"step-%1.png"_s.arg(step, 2, 10, QLatin1Char('0'));
  out << u"12-summary.png"_s;
  return out;
}

bool renderScreenshots(WizardWindow &window, const QString &dir, QString *error) {
  const QStringList names = screenshotFileNames();
  window.resize(kScreenshotWidth, kScreenshotHeight);
  for (int id = Page_Start; id <= Page_Summary; ++id) {
    window.jumpTo(id);
    // Layouts settle through posted LayoutRequest events; deliver them now (this is not an event loop).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap shot = window.grab();
    const QString path = QDir(dir).filePath(names[id]);
    if (shot.isNull() || !shot.save(path, "PNG")) {
      if (error) *error = QCoreApplication::translate("Screenshots", "Could not write %1.").arg(path);
      return false;
    }
  }
  window.jumpTo(Page_Start);
  return true;
}

}  // namespace rdpd
