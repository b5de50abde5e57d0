#include "checks/lookup/error_lookup.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

#include "checks/core/i18n.h"

using namespace Qt::StringLiterals;

namespace rdpd::lookup {

namespace {

bool isCjk(QChar c) {
  const ushort u = c.unicode();
  return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

// Variants Chinese dialogs use interchangeably (traditional/simplified account, formal "you").
QChar foldCjk(QChar c) {
  switch (c.unicode()) {
    case 0x8D26: return QChar(0x5E10);  // 账 -> 帐
    case 0x60A8: return QChar(0x4F60);  // 您 -> 你
    default: return c;
  }
}

const QSet<QString> &stopwords() {
  static const QSet<QString> s{u"the"_s, u"a"_s, u"an"_s, u"to"_s, u"of"_s, u"and"_s, u"or"_s, u"is"_s, u"are"_s,
                               u"be"_s, u"your"_s, u"you"_s, u"this"_s, u"that"_s, u"for"_s, u"on"_s, u"in"_s,
                               u"at"_s, u"by"_s, u"it"_s, u"was"_s, u"were"_s, u"because"_s, u"can"_s, u"with"_s,
                               u"from"_s, u"as"_s, u"if"_s, u"has"_s, u"have"_s, u"been"_s, u"there"_s,
                               u"please"_s, u"try"_s, u"again"_s, u"one"_s, u"these"_s, u"so"_s, u"its"_s,
                               u"not"_s, u"error"_s, u"code"_s, u"错误"_s, u"代码"_s};
  return s;
}

int editDistance(const QString &a, const QString &b, int limit) {
  if (std::abs(a.size() - b.size()) > limit) return limit + 1;
  QList<int> prev(b.size() + 1), cur(b.size() + 1);
  for (int j = 0; j <= b.size(); ++j) prev[j] = j;
  for (int i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    int rowMin = cur[0];
    for (int j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      rowMin = std::min(rowMin, cur[j]);
    }
    if (rowMin > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool fuzzyEqual(const QString &q, const QString &d) {
  if (q == d) return true;
  if (q.size() < 5 || d.size() < 5 || !q[0].isLetter() || isCjk(q[0]) || isCjk(d[0])) return false;
  const int limit = q.size() >= 8 ? 2 : 1;
  return editDistance(q, d, limit) <= limit;
}

qint64 parseHex(const QString &s, bool *ok) {
  QString t = s.trimmed().toLower();
  if (t.startsWith(u"0x"_s)) t = t.mid(2);
  return t.toLongLong(ok, 16);
}

}  // namespace

QStringList tokenize(const QString &text) {
  const QString norm = text.normalized(QString::NormalizationForm_KC).toLower();
  QStringList out;
  QString word;
  QString cjkRun;
  auto flushWord = [&] {
    if (word.size() >= 2) {
      // Light stemming so "servers"/"server" and "licence"/"license" meet.
      if (word == u"licence"_s) word = u"license"_s;
      if (word.size() > 4 && word.endsWith(u's') && !word.endsWith(u"ss"_s) && word[0].isLetter()) word.chop(1);
      out << word;
    }
    word.clear();
  };
  auto flushCjk = [&] {
    if (cjkRun.size() == 1) out << cjkRun;
    for (int i = 0; i + 1 < cjkRun.size(); ++i) out << cjkRun.mid(i, 2);
    cjkRun.clear();
  };
  for (QChar c : norm) {
    if (isCjk(c)) {
      flushWord();
      cjkRun += foldCjk(c);
    } else if (c.isLetterOrNumber()) {
      flushCjk();
      word += c;
    } else {
      flushWord();
      flushCjk();
    }
  }
  flushWord();
  flushCjk();
  return out;
}

QString toString(MatchedBy m) {
  switch (m) {
    case MatchedBy::Code: return u"code"_s;
    case MatchedBy::ExtendedCode: return u"extended_code"_s;
    case MatchedBy::Text: return u"text"_s;
  }
  return {};
}

QStringList Entry::messages(const QString &lang) const {
  return lang.startsWith(u"zh"_s) && !messagesZh.isEmpty() ? messagesZh : messagesEn;
}

QString Entry::explanation(const QString &lang) const {
  return lang.startsWith(u"zh"_s) && !explanationZh.isEmpty() ? explanationZh : explanationEn;
}

QString Entry::hexCode(int i) const {
  if (i < 0 || i >= codes.size()) return {};
  return u"0x"_s + QString::number(codes[i], 16).toUpper();
}

std::optional<ErrorLookup> ErrorLookup::fromJson(const QByteArray &json, QString *error) {
  auto fail = [&](const QString &why) -> std::optional<ErrorLookup> {
    if (error) *error = why;
    return std::nullopt;
  };
  QJsonParseError pe{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError) return fail(pe.errorString());
  const QJsonObject root = doc.object();
  if (root.value(u"format"_s).toString() != u"rdp-doctor/error-messages"_s) return fail(u"not an error-message table"_s);
  ErrorLookup l;
  QSet<QString> seen;
  for (const QJsonValue v : root.value(u"entries"_s).toArray()) {
    const QJsonObject o = v.toObject();
    Entry e;
    e.id = o.value(u"id"_s).toString();
    if (e.id.isEmpty() || seen.contains(e.id)) return fail(u"entry without id or duplicate id: "_s + e.id);
    seen.insert(e.id);
    for (const QJsonValue c : o.value(u"codes"_s).toArray()) {
      bool ok = false;
      const qint64 n = parseHex(c.toString(), &ok);
      if (!ok) return fail(u"bad code in "_s + e.id);
      e.codes << n;
    }
    for (const QJsonValue c : o.value(u"extended_codes"_s).toArray()) e.extendedCodes << c.toInteger();
    for (const QJsonValue r : o.value(u"extended_ranges"_s).toArray())
      e.extendedRanges.append({r.toArray().at(0).toInteger(), r.toArray().at(1).toInteger()});
    for (const QJsonValue s : o.value(u"names"_s).toArray()) e.names << s.toString();
    const QJsonObject msgs = o.value(u"messages"_s).toObject();
    for (const QJsonValue s : msgs.value(u"en"_s).toArray()) e.messagesEn << s.toString();
    for (const QJsonValue s : msgs.value(u"zh_CN"_s).toArray()) e.messagesZh << s.toString();
    if (e.messagesEn.isEmpty() || e.messagesZh.isEmpty()) return fail(u"entry needs English and Chinese messages: "_s + e.id);
    const QJsonObject ex = o.value(u"explanation"_s).toObject();
    e.explanationEn = ex.value(u"en"_s).toString();
    e.explanationZh = ex.value(u"zh_CN"_s).toString();
    for (const QJsonValue s : o.value(u"causes"_s).toArray()) e.causes << s.toString();
    for (const QJsonValue s : o.value(u"steps"_s).toArray()) e.steps << s.toInt();
    e.fixId = o.value(u"fix_id"_s).toString();
    e.weight = o.value(u"weight"_s).toDouble(0.7);
    e.unverified = o.value(u"unverified"_s).toBool();
    e.generic = o.value(u"generic"_s).toBool();
    e.note = o.value(u"note"_s).toString();
    l.m_entries.push_back(std::move(e));
  }
  if (l.m_entries.empty()) return fail(u"no entries"_s);
  l.index();
  return l;
}

const ErrorLookup &ErrorLookup::standard() {
  static const ErrorLookup table = [] {
    QFile f(u":/data/error-messages.json"_s);
    f.open(QIODevice::ReadOnly);
    QString err;
    auto l = fromJson(f.readAll(), &err);
    Q_ASSERT_X(l.has_value(), "ErrorLookup", "built-in error-messages.json is broken");
    return l ? std::move(*l) : ErrorLookup();
  }();
  return table;
}

const Entry *ErrorLookup::entry(const QString &id) const {
  for (const Entry &e : m_entries)
    if (e.id == id) return &e;
  return nullptr;
}

void ErrorLookup::index() {
  m_docs.clear();
  m_idf.clear();
  for (int i = 0; i < int(m_entries.size()); ++i) {
    const Entry &e = m_entries[size_t(i)];
    if (e.unverified) continue;  // known by code only: its placeholder text says nothing
    for (const QString &t : e.messagesEn + e.messagesZh + e.names) {
      QStringList toks = tokenize(t);
      toks.removeDuplicates();
      if (!toks.isEmpty()) m_docs.push_back({i, toks});
    }
  }
  QHash<QString, int> df;
  for (const Doc &d : m_docs)
    for (const QString &t : d.tokens) ++df[t];
  const double n = double(m_docs.size());
  for (auto it = df.cbegin(); it != df.cend(); ++it) m_idf.insert(it.key(), std::log(1.0 + n / it.value()));
}

double ErrorLookup::weightOf(const QString &token) const {
  if (stopwords().contains(token)) return 0.15;
  return m_idf.value(token, 1.0);
}

double ErrorLookup::textScore(const QStringList &query, const QStringList &doc) const {
  double qW = 0, dW = 0, matched = 0, matchedDoc = 0;
  int matchedCount = 0;
  QSet<QString> docHit;
  for (const QString &d : doc) dW += weightOf(d);
  for (const QString &q : query) {
    const double w = weightOf(q);
    qW += w;
    for (const QString &d : doc) {
      if (fuzzyEqual(q, d)) {
        matched += w;
        ++matchedCount;
        if (!docHit.contains(d)) {
          docHit.insert(d);
          matchedDoc += weightOf(d);
        }
        break;
      }
    }
  }
  if (qW <= 0 || dW <= 0) return 0;
  // One shared word is chance, not a match, unless the query is that one word.
  if (query.size() >= 3 && matchedCount < 2) return 0;
  const double covQ = matched / qW;
  const double covD = matchedDoc / dW;
  // A fragment covers little of the message but all of itself; a short or common-word fragment counts for less.
  // Likewise a very short document (a bare name like "Remote Desktop Users") is covered by chance.
  const double size = std::min(1.0, qW / 4.0);
  const double docSize = std::min(1.0, dW / 8.0);
  return std::min(1.0, 0.85 * std::max(covD * docSize, covQ * size) + 0.15 * covD * docSize);
}

QList<std::pair<qint64, bool>> ErrorLookup::extractCodes(const QString &input) {
  QList<std::pair<qint64, bool>> out;
  const QString text = input.normalized(QString::NormalizationForm_KC);
  QList<std::pair<qsizetype, qsizetype>> used;
  auto overlaps = [&](qsizetype s, qsizetype e) {
    for (auto [a, b] : used)
      if (s < b && e > a) return true;
    return false;
  };
  auto addNumber = [&](const QString &num, bool extended) {
    bool ok = false;
    if (num.startsWith(u"0x"_s, Qt::CaseInsensitive)) {
      const qint64 v = parseHex(num, &ok);
      if (ok) out.append({v, extended});
      return;
    }
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(num).hasMatch()) {
      // Bare digits: the dialog prints hex, people also quote the decimal form. Try both.
      const qint64 hex = num.toLongLong(&ok, 16);
      if (ok) out.append({hex, extended});
      const qint64 dec = num.toLongLong(&ok, 10);
      if (ok && dec != hex) out.append({dec, extended});
    } else {
      const qint64 v = num.toLongLong(&ok, 16);
      if (ok) out.append({v, extended});
    }
  };
  static const QRegularExpression ext(
      u"(?:extended\\s*(?:error\\s*)?(?:code|reason)|扩展错误代码|扩展错误码|扩展代码)\\s*[:：#=]?\\s*(0x[0-9a-f]+|[0-9a-f]+)\\b"_s,
      QRegularExpression::CaseInsensitiveOption);
  for (auto it = ext.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    used.append({m.capturedStart(), m.capturedEnd()});
    addNumber(m.captured(1), true);
  }
  static const QRegularExpression hex(u"\\b0x([0-9a-f]+)\\b"_s, QRegularExpression::CaseInsensitiveOption);
  for (auto it = hex.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    if (overlaps(m.capturedStart(), m.capturedEnd())) continue;
    used.append({m.capturedStart(), m.capturedEnd()});
    addNumber(m.captured(0), false);
  }
  static const QRegularExpression labelled(
      u"(?:error\\s*code|code|错误代码|错误码|代码)\\s*[:：#=]?\\s*([0-9a-f]*[0-9][0-9a-f]*)\\b"_s,
      QRegularExpression::CaseInsensitiveOption);
  for (auto it = labelled.globalMatch(text); it.hasNext();) {
    const auto m = it.next();
    if (overlaps(m.capturedStart(1), m.capturedEnd(1))) continue;
    used.append({m.capturedStart(1), m.capturedEnd(1)});
    addNumber(m.captured(1), false);
  }
  // The whole input is just a code ("204", "A06", "2308", "0x904").
  static const QRegularExpression alone(u"^\\s*(?:0x)?([0-9a-f]*[0-9][0-9a-f]*)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
  if (out.isEmpty()) {
    const auto m = alone.match(text);
    if (m.hasMatch()) addNumber(m.captured(1), false);
  }
  return out;
}

QList<Match> ErrorLookup::match(const QString &text, const QString &langIn) const {
  const QString lang = langIn.isEmpty() ? currentLanguage() : normalizeLanguage(langIn);
  QList<Match> out;
  QSet<QString> taken;
  auto makeMatch = [&](const Entry &e, double score, MatchedBy by, qint64 code) {
    Match m;
    m.entryId = e.id;
    m.score = score;
    m.matchedBy = by;
    if (by != MatchedBy::Text) m.matchedCode = u"0x"_s + QString::number(code, 16).toUpper();
    m.causes = e.causes;
    m.steps = e.steps;
    m.fixId = e.fixId;
    m.message = e.messages(lang).value(0);
    m.explanation = e.explanation(lang);
    m.weight = e.weight;
    m.unverified = e.unverified;
    return m;
  };

  // 1. Codes. Extended codes first: they are the more specific half of "Error code: 0x4, Extended error code: 0x7".
  auto hasExtended = [](const Entry &e, qint64 value) {
    bool hit = e.extendedCodes.contains(value);
    for (auto [lo, hi] : e.extendedRanges) hit = hit || (value >= lo && value <= hi);
    return hit;
  };
  const auto codes = extractCodes(text);
  for (bool extendedPass : {true, false}) {
    for (const auto &[value, extended] : codes) {
      if (extended != extendedPass) continue;
      bool any = false;
      for (const Entry &e : m_entries) {
        const bool hit = extended ? hasExtended(e, value) : e.codes.contains(value);
        any = any || hit;
        if (!hit || taken.contains(e.id)) continue;
        taken.insert(e.id);
        const double score = extended ? 1.0 : e.generic ? kGenericCodeScore : 0.95;
        out << makeMatch(e, score, extended ? MatchedBy::ExtendedCode : MatchedBy::Code, value);
      }
      // "0x7" alone is no client error code: people quote the extended code of "0x4 / 0x7" by itself.
      if (extended || any || value > 0xFFFF) continue;
      for (const Entry &e : m_entries) {
        if (taken.contains(e.id) || e.extendedRanges.size() || !e.extendedCodes.contains(value)) continue;
        taken.insert(e.id);
        out << makeMatch(e, 0.9, MatchedBy::ExtendedCode, value);
      }
    }
  }

  // 2. Text, without the code lines (their labels would match any message that mentions an error or a code).
  static const QRegularExpression codeLabels(
      u"(?:extended\\s*)?(?:error\\s*)?code\\s*[:：#=]?\\s*(?:0x)?[0-9a-f]+\\b|(?:扩展)?错误(?:代码|码)\\s*[:：#=]?\\s*(?:0x)?[0-9a-f]+|\\b0x[0-9a-f]+\\b"_s,
      QRegularExpression::CaseInsensitiveOption);
  QString rest = text.normalized(QString::NormalizationForm_KC);
  rest.replace(codeLabels, u" "_s);
  QStringList query = tokenize(rest);
  query.removeDuplicates();
  if (!query.isEmpty()) {
    QHash<int, double> best;
    const QSet<QString> querySet(query.begin(), query.end());
    for (const Doc &d : m_docs) {
      // The whole message, word for word, is that message.
      const double s = QSet<QString>(d.tokens.begin(), d.tokens.end()) == querySet ? 1.0 : textScore(query, d.tokens);
      if (s > best.value(d.entry, 0)) best.insert(d.entry, s);
    }
    QList<std::pair<int, double>> ranked;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
      if (it.value() >= kTextThreshold) ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [&](auto a, auto b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (auto [idx, score] : ranked) {
      const Entry &e = m_entries[size_t(idx)];
      if (taken.contains(e.id)) {
        // Its generic code and its own text: as strong as the text.
        for (Match &m : out)
          if (m.entryId == e.id && e.generic && m.score < score) m.score = score;
        continue;
      }
      taken.insert(e.id);
      out << makeMatch(e, score, MatchedBy::Text, 0);
    }
  }
  // Specific codes first; a generic code ranks by its score among the text matches, so a specific message wins.
  auto key = [&](const Match &m) {
    const Entry *e = entry(m.entryId);
    return m.matchedBy != MatchedBy::Text && !(e && e->generic) ? 2.0 + m.score : m.score;
  };
  std::stable_sort(out.begin(), out.end(), [&](const Match &a, const Match &b) { return key(a) > key(b); });
  if (out.size() > 5) out.resize(5);
  return out;
}

QString ErrorLookup::notRecognisedHint() {
  return QCoreApplication::translate(
      "ErrorLookup",
      "RDP Doctor does not recognise this message. Copy the whole text of the Remote Desktop dialog, including the "
      "lines \"Error code:\" and \"Extended error code:\" (click \"Show details\" if there is such a button), and paste "
      "it here. Then run the diagnosis: the checks do not depend on the message.");
}

}  // namespace rdpd::lookup
