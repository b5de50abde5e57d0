#pragma once
// .rdpdoctor session files: one diagnosis saved as versioned JSON (docs/session-format.md) so a helpdesk agent can
// open what a user sent and see the same results, read-only, with "whose and when". Never holds a secret: no
// password, no account name (Target::userHint is not saved), no guest-evidence blob beyond the check results.
//   SavedSession::save(path, data)  -> translated error message, empty on success (atomic, QSaveFile)
//   SavedSession::load(path)        -> SessionLoad {data or error + translated message naming the problem}

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "checks/core/check_result.h"
#include "checks/core/registry.h"
#include "checks/core/target.h"

namespace rdpd {

struct SessionData {
  Target target;               // host, port, kind, input, portInput, extraPorts, clientError (never userHint)
  QDateTime savedAt;           // when the file was written (UTC)
  QDateTime startedAt;         // when the diagnosis started
  qint64 durationMs = 0;
  QString appVersion;          // of the RDP Doctor that saved it
  QString savedBy;             // optional name the user typed ("whose")
  QString language;            // "en" / "zh_CN" the results were described in
  QString clientError;         // what the Remote Desktop client said
  QString clientOs;            // the saving computer's OS
  QHash<QString, CheckResult> results;
  QStringList confirmations;   // ticked manual confirmation ids
  QMap<int, QString> notes;    // step -> note
  bool operator==(const SessionData &) const = default;
};

enum class SessionError { None, NotFound, Unreadable, TooLarge, NotJson, Foreign, TooNew, Invalid, WriteFailed };

struct SessionLoad {
  std::optional<SessionData> data;
  SessionError error = SessionError::None;
  QString message;  // translated, names the file and the problem
  bool ok() const { return data.has_value(); }
};

class SavedSession {
 public:
  static constexpr int kVersion = 1;
  static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
  static constexpr const char *kFormat = "rdp-doctor/session";
  static constexpr const char *kExtension = "rdpdoctor";

  static QByteArray toJson(const SessionData &data);
  // name is used in messages (the file name); empty = "the session file".
  static SessionLoad fromJson(const QByteArray &bytes, const QString &name = {});
  static SessionLoad load(const QString &path);
  static QString save(const QString &path, const SessionData &data);
  static QString describe(SessionError e, const QString &name, const QString &detail = {});
};

struct DiagnosisReport;
// The report of a saved session (for the read-only viewer's exports): results, confirmations, notes, error text,
// the saving computer's OS and version as saved.
DiagnosisReport reportFromSession(const SessionData &d, const CheckRegistry &registry = CheckRegistry::standard());

// JSON <-> CheckResult, shared with anything else that stores results.
QJsonObject checkResultToJson(const CheckResult &r);
std::optional<CheckResult> checkResultFromJson(const QJsonObject &o);

}  // namespace rdpd
