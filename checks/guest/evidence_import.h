#pragma once
// Importing evidence from inside the server: a file the collector saved, text pasted from a console or a cloud
// run-command window (noise around the JSON is tolerated), or the short code typed from the VNC console.
// Every failure comes back as a value with a translated message and, where it makes sense, the position of the
// problem, so the wizard can point at it and keep whatever was shown before.

#include <QByteArray>
#include <QString>

#include <memory>

#include "checks/guest/evidence.h"

namespace rdpd::guest {

enum class ImportError {
  None,
  Empty,               // nothing given
  FileUnreadable,      // missing file, no permission
  TooLarge,            // more than kMaxEvidenceBytes
  NotJson,             // syntax error (position set)
  Truncated,           // the JSON ends early: copied only in part
  NotEvidence,         // JSON, but not an evidence document (wrong "schema")
  UnsupportedVersion,  // an evidence document of a schema_version this build does not know
  InvalidField,        // a known field has the wrong type (field set)
  CodeBadCharacter,    // a character that is never used in codes (position set)
  CodeLength,          // too few or too many characters
  CodeVersion,         // a code of another version
  CodeChecksum,        // the checks do not match: a typo (position set when it can be located)
};

struct ImportResult {
  std::shared_ptr<const GuestEvidence> evidence;  // set only on success
  ImportError error = ImportError::None;
  QString message;         // translated, for people
  qint64 position = -1;    // 0-based offset of the problem in the given text (characters; bytes for a file)
  int line = 0;            // JSON input: 1-based line and column of the problem, 0 = not applicable
  int column = 0;
  QString field;           // JSON path of a field with the wrong type, e.g. "rdp.port_tds"
  int codeGroup = 0;       // typed code: 1-based group (the "R1" prefix is group 0)
  int codeCharInGroup = 0; // typed code: 1-based character within that group
  bool ok() const { return error == ImportError::None && evidence != nullptr; }
};

class EvidenceImport {
 public:
  // A file written by the collector (or saved from a paste). Refuses files above 5 MB before reading them.
  static ImportResult fromFile(const QString &path);
  // Pasted text: a JSON document, possibly with console text before and after it, or a typed code.
  static ImportResult fromText(const QString &text);
  // Exactly one JSON document (UTF-8, optional BOM).
  static ImportResult fromJson(const QByteArray &bytes);
  // A typed code such as "R1-7K2M9-...". Spaces, hyphens and lower case are fine; O/I/L read as 0/1/1.
  static ImportResult fromCode(const QString &code);
};

// Derives the facts from a parsed evidence document; used by fromJson and by tests. Returns false and sets
// *badField when a known field has the wrong type.
bool deriveFacts(const QJsonObject &doc, GuestFacts *facts, QString *badField);

}  // namespace rdpd::guest
