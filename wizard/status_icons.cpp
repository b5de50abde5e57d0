#include "wizard/status_icons.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rdpd {

ShownState shownState(std::optional<Status> status, bool running) {
  if (running) return ShownState::Running;
  if (!status) return ShownState::NotRun;
  switch (*status) {
    case Status::Pass: return ShownState::Pass;
    case Status::Warn: return ShownState::Warn;
    case Status::Fail: return ShownState::Fail;
    case Status::Error: return ShownState::Error;
    case Status::NeedsInput: return ShownState::Warn;
    case Status::Skipped: return ShownState::Skipped;
  }
  return ShownState::NotRun;
}

QIcon stateIcon(ShownState s) {
  switch (s) {
    case ShownState::NotRun: return QIcon(u":/icons/notrun.svg"_s);
    case ShownState::Running: return QIcon(u":/icons/running.svg"_s);
    case ShownState::Pass: return QIcon(u":/icons/pass.svg"_s);
    case ShownState::Warn: return QIcon(u":/icons/warn.svg"_s);
    case ShownState::Fail: return QIcon(u":/icons/fail.svg"_s);
    case ShownState::Error: return QIcon(u":/icons/error.svg"_s);
    case ShownState::Skipped: return QIcon(u":/icons/skipped.svg"_s);
  }
  return {};
}

QString stateLabel(ShownState s) {
  switch (s) {
    case ShownState::NotRun: return QCoreApplication::translate("StatusLabel", "Not run yet");
    case ShownState::Running: return QCoreApplication::translate("StatusLabel", "Running…");
    case ShownState::Pass: return QCoreApplication::translate("StatusLabel", "Passed");
    case ShownState::Warn: return QCoreApplication::translate("StatusLabel", "Warning");
    case ShownState::Fail: return QCoreApplication::translate("StatusLabel", "Problem found");
    case ShownState::Error: return QCoreApplication::translate("StatusLabel", "Could not check");
    case ShownState::Skipped: return QCoreApplication::translate("StatusLabel", "Skipped");
  }
  return {};
}

QIcon appIcon() { return QIcon(u":/icons/app.svg"_s); }

}  // namespace rdpd
