#pragma once
// Error-message lookup: what the Remote Desktop client said (a code, a full message, a fragment, English or Chinese)
// -> the known message it most likely is, its likely causes and the steps to go to. Data: ":/data/error-messages.json"
// (bilingual, documented there). Matching is by code first (0x204, 204, 516, "Error code: 0x204", "扩展错误代码: 0x7"),
// then by text (case/punctuation/whitespace tolerant, partial, small typos, CJK by character bigrams). A code marked
// generic (0x4 "your session ended because of an error") competes with the text instead: "An internal error has
// occurred … 0x4" is the internal error. A bare number that is no client error code but an extended one ("0x7")
// finds the extended code.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace rdpd::lookup {

struct Entry {
  QString id;
  QList<qint64> codes;          // client "Error code" values (0x204 -> 516)
  QList<qint64> extendedCodes;  // "Extended error code" values
  QList<std::pair<qint64, qint64>> extendedRanges;
  QStringList names;            // Microsoft names, searchable
  QStringList messagesEn, messagesZh;
  QString explanationEn, explanationZh;
  QStringList causes;           // verdict cause ids, most likely first
  QList<int> steps;             // wizard steps, first = go here
  QString fixId;                // fix article id or empty
  double weight = 0.7;          // how strongly the message alone points at its first cause (verdict confidence)
  bool unverified = false;      // a code seen in the field but not documented: recognised, no causes
  bool generic = false;         // a code Windows shows for many errors (0x3, 0x4): a specific message text outranks it
  QString note;                 // where the code and the wording come from (e.g. "zh_CN is our translation")

  QStringList messages(const QString &lang) const;
  QString explanation(const QString &lang) const;
  QString hexCode(int i = 0) const;  // "0x204"
};

enum class MatchedBy { Code, ExtendedCode, Text };
QString toString(MatchedBy m);  // "code", "extended_code", "text"

struct Match {
  QString entryId;
  double score = 0;             // 0..1; codes score 1 (extended) / 0.95
  MatchedBy matchedBy = MatchedBy::Text;
  QString matchedCode;          // "0x204" when matched by code
  QStringList causes;
  QList<int> steps;
  QString fixId;
  QString message;              // the entry's first message in the language asked for
  QString explanation;          // in the language asked for
  double weight = 0;
  bool unverified = false;
  bool operator==(const Match &) const = default;
};

class ErrorLookup {
 public:
  // Parses the data file format; on failure returns nullopt and sets *error.
  static std::optional<ErrorLookup> fromJson(const QByteArray &json, QString *error = nullptr);
  // The built-in data (":/data/error-messages.json"), loaded once.
  static const ErrorLookup &standard();

  // Best first; empty when nothing is recognised. lang: "en"/"zh_CN"; empty = current UI language.
  QList<Match> match(const QString &text, const QString &lang = {}) const;
  const std::vector<Entry> &entries() const { return m_entries; }
  const Entry *entry(const QString &id) const;

  // Minimum text score for a match (codes always match).
  static constexpr double kTextThreshold = 0.45;
  // Score of a generic code (0x4): a clear text match (full message, long fragment) scores higher.
  static constexpr double kGenericCodeScore = 0.6;
  // Translated advice for "not recognised": what to copy from the client's dialog.
  static QString notRecognisedHint();

  // Codes found in free text: pairs of (value, extended?). Exposed for tests.
  static QList<std::pair<qint64, bool>> extractCodes(const QString &text);

 private:
  struct Doc {  // one searchable text of an entry
    int entry;
    QStringList tokens;
  };
  void index();
  double textScore(const QStringList &query, const QStringList &doc) const;
  double weightOf(const QString &token) const;

  std::vector<Entry> m_entries;
  std::vector<Doc> m_docs;
  QHash<QString, double> m_idf;
};

// Normalised tokens of a text: lowercase Latin/digit words and CJK character bigrams (punctuation dropped).
QStringList tokenize(const QString &text);

}  // namespace rdpd::lookup
