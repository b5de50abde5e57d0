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
  // The words are core's (checks/core/check_result.h), so the wizard and the reports say the same.
  switch (s) {
    case ShownState::NotRun:
      return pendingLabel();
    case ShownState::Running:
      return runningLabel();
    case ShownState::Pass:
      return statusLabel(Status::Pass);
    case ShownState::Warn:
      return statusLabel(Status::Warn);
    case ShownState::Fail:
      return statusLabel(Status::Fail);
    case ShownState::Error:
      return statusLabel(Status::Error);
    case ShownState::Skipped:
      return statusLabel(Status::Skipped);
  }
  return {};
}

QIcon appIcon() { return QIcon(u":/icons/app.svg"_s); }

}  // namespace rdpd
