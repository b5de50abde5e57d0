#pragma once
// One diagnosis as data: the target, when, this computer, the client's error text (and what it means), every check
// result, the user's manual confirmations and notes, the ranked causes and links to the fixes. Serialised to the
// JSON contract of docs/report-schema.md, to plain text for the terminal, and to Markdown for tickets; HTML, PDF and
// the ticket summary live in report_export.h, redaction in report_redact.h.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "checks/core/check_result.h"
#include "checks/core/registry.h"
#include "checks/core/target.h"
#include "checks/lookup/error_lookup.h"
#include "checks/verdict/verdict.h"

namespace rdpd {

struct FixLink {
  QString fixId;   // fix article id, or "step-NN" for a step's own page
  QString title;   // the article's title in the report language
  QString url;     // the first link of the article (empty when it has none)
  bool operator==(const FixLink &) const = default;
};

struct DiagnosisReport {
  Target target;
  QDateTime startedAt;
  qint64 durationMs = 0;
  QList<CheckResult> checks;  // registry order
  QList<Cause> causes;        // ranked; first = verdict
  QString appVersion;
  QString language;
  // Added with the ticket-ready report (all optional; empty = not known).
  QString clientOs;                       // this computer, QSysInfo::prettyProductName()
  QString clientError;                    // what the Remote Desktop client said (= target.clientError)
  QList<lookup::Match> errorMatches;      // what that text means, best first
  QStringList confirmations;              // ids of the ticked manual confirmations (checks/core/confirmations.h)
  QMap<QString, QString> confirmationTexts;  // id -> translated text; missing ids fall back to confirmationText()
  QMap<int, QString> notes;               // step -> the user's note
  QList<FixLink> fixLinks;                // the fixes of the problems found, verdict first
  bool redacted = false;                  // host names, addresses and account names were replaced

  QStringList addresses() const;  // from net.dns
  const Cause *verdict() const { return causes.isEmpty() ? nullptr : &causes.first(); }
  bool healthy() const { return verdict() && verdict()->id == QStringLiteral("healthy"); }
  // "host:port" or the raw input when it did not parse.
  QString targetDisplay() const;
  QString confirmationLabel(const QString &id) const;
};

// Orders results as the registry does and ranks causes; fills clientOs, clientError (from target.clientError),
// errorMatches and fixLinks. confirmations and notes are the caller's (the wizard's session).
DiagnosisReport buildReport(const Target &target, const QDateTime &startedAt, qint64 durationMs,
                            const QHash<QString, CheckResult> &results,
                            const CheckRegistry &registry = CheckRegistry::standard());
// Recomputes fixLinks in the report's language (after language or result changes). contentDir = --content-dir.
void resolveFixLinks(DiagnosisReport &r, const QString &contentDir = {});

QJsonObject toJson(const DiagnosisReport &r);
QString toText(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());
QString toMarkdown(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());

// Shared by the formats: findings value as one line of text.
QString findingValueText(const QVariant &v);

}  // namespace rdpd
