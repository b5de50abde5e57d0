#include "checks/core/check_result.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rdpd {

QString toString(Origin o) {
  switch (o) {
    case Origin::Local: return u"local"_s;
    case Origin::Remote: return u"remote"_s;
    case Origin::Guest: return u"guest"_s;
    case Origin::Cloud: return u"cloud"_s;
    case Origin::Manual: return u"manual"_s;
  }
  return {};
}

QString toString(Status s) {
  switch (s) {
    case Status::Pass: return u"pass"_s;
    case Status::Warn: return u"warn"_s;
    case Status::Fail: return u"fail"_s;
    case Status::Skipped: return u"skipped"_s;
    case Status::Error: return u"error"_s;
    case Status::NeedsInput: return u"needs_input"_s;
  }
  return {};
}

bool fromString(const QString &s, Status *out) {
  for (Status v : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error, Status::NeedsInput}) {
    if (toString(v) == s) { *out = v; return true; }
  }
  return false;
}

bool fromString(const QString &s, Origin *out) {
  for (Origin v : {Origin::Local, Origin::Remote, Origin::Guest, Origin::Cloud, Origin::Manual}) {
    if (toString(v) == s) { *out = v; return true; }
  }
  return false;
}

// The one set of words for a check's state: reports, the CLI and the wizard all use these.
QString statusLabel(Status s) {
  switch (s) {
    case Status::Pass:
      return QCoreApplication::translate("Status", "Passed");
    case Status::Warn: return QCoreApplication::translate("Status", "Warning");
    case Status::Fail:
      return QCoreApplication::translate("Status", "Problem found");
    case Status::Skipped:
      return QCoreApplication::translate("Status", "Skipped");
    case Status::Error: return QCoreApplication::translate("Status", "Could not check");
    case Status::NeedsInput: return QCoreApplication::translate("Status", "Needs your input");
  }
  return {};
}

QString pendingLabel() { return QCoreApplication::translate("Status", "Not run yet"); }

QString runningLabel() { return QCoreApplication::translate("Status", "Running…"); }

int severity(Status s) {
  switch (s) {
    case Status::Skipped: return 0;
    case Status::Pass: return 1;
    case Status::NeedsInput: return 2;
    case Status::Warn: return 3;
    case Status::Error: return 4;
    case Status::Fail: return 5;
  }
  return 0;
}

}  // namespace rdpd
