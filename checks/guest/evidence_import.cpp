// Import of guest evidence (file, pasted text, typed code) and the derivation of the facts the checks read.
// Strict about what it knows (types of known fields, schema name and version), tolerant of what it does not
// (unknown fields are kept in raw and ignored), bounded (5 MB).
#include "checks/guest/evidence_import.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "checks/core/json_number.h"
#include "checks/guest/typable_code.h"

using namespace Qt::StringLiterals;

namespace rdpd::guest {

namespace {

// Line and column (1-based) of a character offset.
void lineColumn(const QString &text, qint64 offset, int *line, int *column) {
  int l = 1, c = 1;
  for (qint64 i = 0; i < offset && i < text.size(); ++i) {
    if (text.at(i) == u'\n') { ++l; c = 1; } else { ++c; }
  }
  *line = l;
  *column = c;
}

ImportResult failure(ImportError e, QString message) {
  ImportResult r;
  r.error = e;
  r.message = std::move(message);
  return r;
}

// Parses exactly one document; offsets in the result are character offsets in text (plus base).
ImportResult parseDocument(const QString &text, qint64 base, const QString &wholeText) {
  const QByteArray utf8 = text.toUtf8();
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
  if (pe.error != QJsonParseError::NoError) {
    const qint64 charOffset = base + QString::fromUtf8(utf8.left(pe.offset)).size();
    const bool atEnd = utf8.mid(pe.offset).trimmed().isEmpty();
    const bool truncated = atEnd && (pe.error == QJsonParseError::UnterminatedObject ||
                                     pe.error == QJsonParseError::UnterminatedArray ||
                                     pe.error == QJsonParseError::UnterminatedString ||
                                     pe.error == QJsonParseError::IllegalValue ||
                                     pe.error == QJsonParseError::MissingNameSeparator ||
                                     pe.error == QJsonParseError::MissingValueSeparator ||
                                     pe.error == QJsonParseError::IllegalNumber);
    ImportResult r;
    r.position = charOffset;
    lineColumn(wholeText, charOffset, &r.line, &r.column);
    if (truncated) {
      r.error = ImportError::Truncated;
      r.message = QCoreApplication::translate("EvidenceImport", "The evidence ends too early: only part of it was copied. Copy the whole output of the "
                     "script, from the first { to the last }, or use the file it saved.");
    } else {
      r.error = ImportError::NotJson;
      r.message = QCoreApplication::translate("EvidenceImport", "The evidence is damaged at line %1, column %2 (%3). Copy it again, or use the file the "
                     "script saved.").arg(r.line).arg(r.column).arg(pe.errorString());
    }
    return r;
  }
  if (!doc.isObject())
    return failure(ImportError::NotEvidence, QCoreApplication::translate("EvidenceImport", "This is not evidence from RDP Doctor's script: it is not a JSON object."));
  const QJsonObject o = doc.object();
  if (o.value(u"schema"_s).toString() != QLatin1StringView(kEvidenceSchema))
    return failure(ImportError::NotEvidence,
                   QCoreApplication::translate("EvidenceImport", "This is not evidence from RDP Doctor's script (the \"schema\" field is missing or different)."));
  // Checked conversion: a huge or fractional number is "no valid schema_version", never an undefined cast.
  const std::optional<qint64> ver = integralNumber(o.value(u"schema_version"_s));
  if (!ver)
    return failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The evidence has no valid \"schema_version\"."));
  if (*ver != kEvidenceSchemaVersion) {
    ImportResult r =
        failure(ImportError::UnsupportedVersion,
                QCoreApplication::translate(
                    "EvidenceImport",
                    "The evidence uses format version %1, but this version of RDP Doctor reads version %2. "
                    "Use the script that comes with this RDP Doctor (Step 1 shows it).")
                    .arg(*ver)
                    .arg(kEvidenceSchemaVersion));
    r.field = u"schema_version"_s;
    return r;
  }
  auto ev = std::make_shared<GuestEvidence>();
  ev->source = GuestEvidence::Source::Json;
  ev->schemaVersion = kEvidenceSchemaVersion;
  ev->raw = o;
  if (!o.value(u"collected_at"_s).isString() || (o.contains(u"collector_version"_s) && !o.value(u"collector_version"_s).isString()) ||
      (o.contains(u"typable_code"_s) && !o.value(u"typable_code"_s).isString() && !o.value(u"typable_code"_s).isNull())) {
    ImportResult r = failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The evidence is missing when it was collected, or a header field is damaged."));
    r.field = u"collected_at"_s;
    return r;
  }
  ev->collectedAt = o.value(u"collected_at"_s).toString();
  ev->collectorVersion = o.value(u"collector_version"_s).toString();
  ev->typableCode = o.value(u"typable_code"_s).toString();
  if (o.contains(u"errors"_s)) {
    if (!o.value(u"errors"_s).isArray()) {
      ImportResult r = failure(ImportError::InvalidField, QCoreApplication::translate("EvidenceImport", "The field \"%1\" of the evidence has the wrong type.").arg(u"errors"_s));
      r.field = u"errors"_s;
      return r;
    }
    for (const QJsonValue &e : o.value(u"errors"_s).toArray()) {
      const QJsonObject eo = e.toObject();
      ev->sectionErrors << u"%1: %2"_s.arg(eo.value(u"section"_s).toString(), eo.value(u"message"_s).toString());
    }
  }
  QString bad;
  if (!deriveFacts(o, &ev->facts, &bad)) {
    ImportResult r = failure(ImportError::InvalidField,
                             QCoreApplication::translate("EvidenceImport", "The field \"%1\" of the evidence has the wrong type. The file may have been edited by "
                                "hand; collect it again with the script.").arg(bad));
    r.field = bad;
    return r;
  }
  ImportResult r;
  r.evidence = std::move(ev);
  return r;
}

// End of a balanced {...} starting at start (strings respected), or -1.
qsizetype matchingBrace(const QString &t, qsizetype start) {
  int depth = 0;
  bool inString = false;
  for (qsizetype i = start; i < t.size(); ++i) {
    const QChar c = t.at(i);
    if (inString) {
      if (c == u'\\') ++i;
      else if (c == u'"') inString = false;
      continue;
    }
    if (c == u'"') inString = true;
    else if (c == u'{') ++depth;
    else if (c == u'}' && --depth == 0) return i;
  }
  return -1;
}

ImportResult codeResult(const QString &text, qint64 base) {
  const CodeDecode d = decodeTypableCode(text);
  ImportResult r;
  if (d.error == CodeError::None) {
    auto ev = std::make_shared<GuestEvidence>();
    ev->source = GuestEvidence::Source::Code;
    ev->facts = d.facts;
    ev->typableCode = text.trimmed();
    r.evidence = std::move(ev);
    return r;
  }
  r.position = d.position >= 0 ? base + d.position : -1;
  r.codeGroup = d.group;
  r.codeCharInGroup = d.charInGroup;
  switch (d.error) {
    case CodeError::BadCharacter:
      r.error = ImportError::CodeBadCharacter;
      r.message = QCoreApplication::translate("EvidenceImport", "\"%1\" (character %2 of group %3) is never used in codes. Codes use the digits 0-9 and the "
                     "letters A-Z except I, L, O and U.").arg(d.badChar).arg(d.charInGroup).arg(d.group);
      break;
    case CodeError::Length:
      r.error = ImportError::CodeLength;
      r.message = QCoreApplication::translate("EvidenceImport", "The code has %1 letters and digits, but a complete code has %2 (\"R1\" and six groups). "
                     "Check for a missing or extra group.").arg(d.foundLength).arg(kCodeLength);
      break;
    case CodeError::Version:
      r.error = ImportError::CodeVersion;
      r.message = d.foundVersion < 0
                      ? QCoreApplication::translate("EvidenceImport", "This does not look like an RDP Doctor code: a code starts with R1.")
                      : QCoreApplication::translate("EvidenceImport", "This code was made by a different version of the script (R%1). Use the script that comes "
                           "with this RDP Doctor, or send the JSON file instead.").arg(d.foundVersion);
      break;
    case CodeError::Checksum:
      r.error = ImportError::CodeChecksum;
      if (d.located && d.swapped)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo: characters %1 and %2 of group %3 seem to be swapped. Compare them with "
                       "the screen and type the code again.").arg(d.charInGroup).arg(d.charInGroup + 1).arg(d.group);
      else if (d.located)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo: character %1 of group %2 (\"%3\") seems wrong. Compare it with the "
                       "screen and type it again.").arg(d.charInGroup).arg(d.group).arg(d.badChar);
      else if (d.group > 0)
        r.message = QCoreApplication::translate("EvidenceImport", "The code has a typo in group %1 or more than one mistake. Compare each group with the "
                       "screen and type the code again.").arg(d.group);
      else
        r.message = QCoreApplication::translate("EvidenceImport", "The code does not add up: there is more than one mistake. Compare each group with the "
                       "screen and type the code again.");
      break;
    case CodeError::None:
      break;
  }
  return r;
}

}  // namespace

ImportResult EvidenceImport::fromJson(const QByteArray &bytes) {
  if (bytes.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The evidence is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script. Choose the .json file the script saved."));
  QByteArray b = bytes;
  if (b.startsWith("\xEF\xBB\xBF")) b.remove(0, 3);
  if (b.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "The evidence is empty."));
  const QString text = QString::fromUtf8(b);
  return parseDocument(text, 0, text);
}

ImportResult EvidenceImport::fromFile(const QString &path) {
  const QFileInfo fi(path);
  if (!fi.exists() || !fi.isFile())
    return failure(ImportError::FileUnreadable, QCoreApplication::translate("EvidenceImport", "The file %1 does not exist.").arg(path));
  if (fi.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The file %1 is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script.").arg(path));
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return failure(ImportError::FileUnreadable, QCoreApplication::translate("EvidenceImport", "The file %1 cannot be read: %2").arg(path, f.errorString()));
  const QByteArray bytes = f.read(kMaxEvidenceBytes + 1);
  // An empty file (or one holding only a byte-order mark or blank lines): the script's output never reached it.
  {
    QByteArray body = bytes;
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"})
      if (body.startsWith(bom)) { body = body.mid(int(qstrlen(bom))); break; }
    body.replace('\0', "");
    if (body.trimmed().isEmpty())
      return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport",
          "The file %1 is empty: the collection script's output did not reach it (the script stopped early, or the file "
          "was saved before it finished). Run the script again in the console and import the file it names at the end "
          "(\"Evidence saved to: ...\"), or paste the code it prints.").arg(path));
  }
  // Windows PowerShell 5.1 may save UTF-16 with a BOM; accept it.
  if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
    const QString t = bytes.startsWith("\xFF\xFE")
                          ? QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2)
                          : QString();
    if (t.isEmpty()) return failure(ImportError::NotJson, QCoreApplication::translate("EvidenceImport", "The file %1 is not in a text encoding RDP Doctor reads (save it as UTF-8).").arg(path));
    return fromText(t);
  }
  return fromText(QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes));
}

ImportResult EvidenceImport::fromCode(const QString &code) {
  if (code.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "Type the code the script printed, starting with R1."));
  if (code.size() > 200) {
    ImportResult r = failure(ImportError::CodeLength, QCoreApplication::translate("EvidenceImport", "This is much longer than a code. Paste the JSON text instead, or type only the code."));
    return r;
  }
  return codeResult(code, 0);
}

ImportResult EvidenceImport::fromText(const QString &text) {
  if (text.trimmed().isEmpty()) return failure(ImportError::Empty, QCoreApplication::translate("EvidenceImport", "Nothing was pasted."));
  if (text.size() > kMaxEvidenceBytes)
    return failure(ImportError::TooLarge, QCoreApplication::translate("EvidenceImport", "The pasted text is larger than 5 MB, so it cannot be evidence from the "
                                             "RDP Doctor script."));
  const qsizetype first = text.indexOf(u'{');
  if (first < 0) {
    // No JSON: a code, maybe with a label or prompt around it ("Code: R1-...").
    static const QRegularExpression codeRe(u"R[\\s-]*[0-9A-Za-z](?:[\\s.\\-]*[0-9A-Za-z]){10,60}"_s);
    QRegularExpressionMatch m;
    qsizetype from = 0;
    QRegularExpressionMatch last;
    while ((m = codeRe.match(text, from)).hasMatch()) { last = m; from = m.capturedEnd(); }
    if (last.hasMatch()) return codeResult(last.captured(), last.capturedStart());
    return fromCode(text);
  }
  // Console noise around the JSON: try each '{' that opens a balanced block mentioning the schema; the first that
  // parses wins. Otherwise report the error of the most plausible block (the first one mentioning the schema).
  std::optional<ImportResult> firstError;
  int tries = 0;
  for (qsizetype start = first; start >= 0 && tries < 64; start = text.indexOf(u'{', start + 1), ++tries) {
    const qsizetype end = matchingBrace(text, start);
    const QString block = end < 0 ? text.mid(start) : text.mid(start, end - start + 1);
    if (!block.contains(u"\"schema\""_s)) continue;
    ImportResult r = parseDocument(block, start, text);
    if (r.ok()) return r;
    if (!firstError) firstError = r;
    if (end < 0) break;  // unterminated: nothing after it can be complete either
    if (r.error != ImportError::NotJson) return r;
  }
  if (firstError) return *firstError;
  return parseDocument(text.mid(first), first, text);
}

}  // namespace rdpd::guest
