#pragma once
// Exporting a DiagnosisReport: every format from one report, written atomically. The wizard's summary page and the
// CLI use the same functions:
//   renderReport(report, format, options)  -> bytes (or an error message)
//   exportReport(report, format, path, options) -> writes with QSaveFile; on failure nothing is lost and the
//                                                  translated message says why
//   ticketSummary(report) -> the short plain text for "Copy ticket summary"
// Redaction (ExportOptions::redact) is applied to the report before any format is rendered.

#include <QByteArray>
#include <QString>

#include <optional>

#include "checks/report/diagnosis_report.h"

namespace rdpd {

enum class ReportFormat { Text, Markdown, Json, Html, Pdf, Ticket };

std::optional<ReportFormat> reportFormatFromString(const QString &name);  // "html", "md"/"markdown", "pdf", ...
std::optional<ReportFormat> reportFormatFromPath(const QString &path);    // by extension
QString reportFormatName(ReportFormat f);                                   // "html", "markdown", ...
QString reportFileExtension(ReportFormat f);                                // "html", "md", "pdf", "json", "txt"

struct ExportOptions {
  bool redact = false;
};

struct ExportResult {
  bool ok = false;
  QString message;  // translated, names the file and the problem; empty on success
  QByteArray bytes; // what was rendered (also on a failed write, so nothing is lost: the caller can retry elsewhere)
};

// HTML: one self-contained file (inline CSS, inline SVG status icons), prints well.
QString toHtml(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());
// Rich text for QTextDocument (the PDF): same content, no SVG or CSS the Qt renderer does not know.
QString toRichText(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());
// Short plain text for a ticket: verdict, key findings, what was already tried, notes.
QString ticketSummary(const DiagnosisReport &r, const CheckRegistry &registry = CheckRegistry::standard());
// PDF bytes; needs a QGuiApplication (returns empty and sets *error otherwise).
QByteArray toPdf(const DiagnosisReport &r, QString *error, const CheckRegistry &registry = CheckRegistry::standard());

ExportResult renderReport(const DiagnosisReport &r, ReportFormat format, const ExportOptions &options = {},
                          const CheckRegistry &registry = CheckRegistry::standard());
ExportResult exportReport(const DiagnosisReport &r, ReportFormat format, const QString &path,
                          const ExportOptions &options = {}, const CheckRegistry &registry = CheckRegistry::standard());
// Writes bytes to path atomically (QSaveFile). Returns a translated error message, empty on success.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

}  // namespace rdpd
