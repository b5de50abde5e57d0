#include "wizard/first_run.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace rdpd {

bool consumeFirstRun() {
  QSettings settings;
  const QString key = u"welcome/lab_offered"_s;
  if (settings.value(key, false).toBool()) return false;
  settings.setValue(key, true);
  settings.sync();
  // A settings file that cannot be written would welcome on every start: still better than never.
  return true;
}

}  // namespace rdpd
