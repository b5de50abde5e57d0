#pragma once
// Value types every check produces and every consumer (wizard, CLI, reports, verdict) reads.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace rdpd {

// Where a check gets its facts from.
enum class Origin { Local, Remote, Guest, Cloud, Manual };

enum class Status { Pass, Warn, Fail, Skipped, Error, NeedsInput };

QString toString(Origin o);   // stable wire names: "local", "remote", ...
QString toString(Status s);   // "pass", "warn", "fail", "skipped", "error", "needs_input"
bool fromString(const QString &s, Status *out);
bool fromString(const QString &s, Origin *out);
// Translated words for people, the same on every surface (reports, CLI, wizard): "Passed", "Skipped", ...
QString statusLabel(Status s);
QString pendingLabel();  // a check that has not run yet: "Not run yet"
QString runningLabel();  // a check running now: "Running…"
// Worse status wins: fail > error > warn > needs_input > pass > skipped.
int severity(Status s);

// Key -> value facts a check found. Values are JSON-compatible QVariants (null allowed). Reports and saved
// sessions still write them under the key "evidence" (wire name kept for compatibility).
using Findings = QVariantMap;

struct CheckResult {
  QString id;        // stable id, e.g. "net.tcp_connect"
  int step = 0;      // 1..11, the step this check belongs to
  Origin origin = Origin::Local;
  Status status = Status::Skipped;
  QString summary;   // one line in the user's language (filled by the registry from the findings)
  QString detail;    // optional longer plain explanation with the next step, user's language
  Findings findings;
  qint64 durationMs = 0;
  QString fixId;     // id of the fix article (resources/content/<lang>/fixes/<fixId>.md)
  QDateTime finishedAt;

  bool isProblem() const { return status == Status::Fail || status == Status::Error || status == Status::Warn; }
  bool operator==(const CheckResult &o) const = default;
};

// Convenience builder used inside checks.
inline CheckResult makeResult(Status s, Findings findings = {}, QString fixId = {}) {
  CheckResult r;
  r.status = s;
  r.findings = std::move(findings);
  r.fixId = std::move(fixId);
  return r;
}

}  // namespace rdpd
