#include "checks/report/report_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include "checks/core/steps.h"
#include "checks/report/report_redact.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString statusColor(Status s) {
  switch (s) {
    case Status::Pass: return u"#1a7f37"_s;
    case Status::Warn: return u"#9a6700"_s;
    case Status::Fail: return u"#cf222e"_s;
    case Status::Error: return u"#8250df"_s;
    case Status::NeedsInput: return u"#0969da"_s;
    case Status::Skipped: return u"#6e7781"_s;
  }
  return u"#6e7781"_s;
}

// Status icons drawn inline: no external files, prints in colour or grey.
QString statusIcon(Status s) {
  const QString c = statusColor(s);
  QString mark;
  switch (s) {
    case Status::Pass: mark = u"<path d='M5 9.5l3 3 5-6' stroke='#fff' stroke-width='2' fill='none'/>"_s; break;
    case Status::Fail: mark = u"<path d='M6 6l6 6M12 6l-6 6' stroke='#fff' stroke-width='2'/>"_s; break;
    case Status::Warn: mark = u"<path d='M9 4.5v6' stroke='#fff' stroke-width='2'/><circle cx='9' cy='13.5' r='1.2' fill='#fff'/>"_s; break;
    case Status::Error: mark = u"<path d='M5 9h8' stroke='#fff' stroke-width='2'/>"_s; break;
    case Status::NeedsInput: mark = u"<text x='9' y='13' font-size='10' text-anchor='middle' fill='#fff' font-family='sans-serif'>?</text>"_s; break;
    case Status::Skipped: mark = u"<circle cx='9' cy='9' r='2' fill='#fff'/>"_s; break;
  }
  return u"<svg class='icon' width='18' height='18' viewBox='0 0 18 18' role='img' aria-label='%1'><circle cx='9' cy='9' r='8.5' fill='%2'/>%3</svg>"_s
      .arg(esc(statusLabel(s)), c, mark);
}

const char *kCss = R"css(
body{font-family:"Segoe UI","Noto Sans","Noto Sans CJK SC","Microsoft YaHei",Arial,sans-serif;color:#1f2328;margin:24px auto;max-width:960px;padding:0 16px;line-height:1.45}
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
.meta{color:#57606a;font-size:.92em}.meta td{padding:1px 12px 1px 0}
.verdict{border:2px solid #cf222e;border-radius:8px;padding:12px 16px;margin:16px 0;background:#fff8f8}
.verdict.ok{border-color:#1a7f37;background:#f6fff8}.verdict .big{font-size:1.3em;font-weight:600}
.verdict .step{font-weight:600;margin-top:.4em}
blockquote{border-left:4px solid #d0d7de;margin:0;padding:4px 12px;color:#57606a;white-space:pre-wrap}
table.checks{border-collapse:collapse;width:100%}table.checks td,table.checks th{border-top:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
table.checks th{background:#f6f8fa}.icon{vertical-align:middle;margin-right:4px}
.ev{font-family:ui-monospace,Consolas,monospace;font-size:.82em;color:#57606a;word-break:break-all}
.steprow td{background:#f6f8fa;font-weight:600}
ul.done{list-style:none;padding-left:0}ul.done li:before{content:"\2713  ";color:#1a7f37;font-weight:700}
.footer{color:#6e7781;font-size:.8em;margin-top:2em}
@media print{body{margin:0;max-width:none;font-size:10.5pt}a{color:#1f2328}a[href^="http"]:after{content:" (" attr(href) ")";font-size:.85em;color:#57606a}
tr,.verdict,blockquote{page-break-inside:avoid}h2{page-break-after:avoid}.verdict{background:none}}
)css";

QString findingsHtml(const CheckResult &c) {
  if (c.findings.isEmpty()) return {};
  QStringList kv;
  for (auto it = c.findings.cbegin(); it != c.findings.cend(); ++it)
    kv << esc(it.key()) + u"="_s + esc(findingValueText(it.value()));
  return u"<div class='ev'>"_s + kv.join(u"; "_s) + u"</div>"_s;
}

// Shared by the browser HTML and the PDF's rich text. svg=false replaces icons by coloured labels.
QString htmlBody(const DiagnosisReport &r, const CheckRegistry &registry, bool svg) {
  QString h;
  h += u"<h1>"_s + esc(QCoreApplication::translate("Report", "RDP Doctor diagnosis of %1").arg(r.targetDisplay())) + u"</h1>\n"_s;
  h += u"<table class='meta'>"_s;
  auto meta = [&](const QString &k, const QString &v) {
    h += u"<tr><td>"_s + esc(k) + u"</td><td>"_s + esc(v) + u"</td></tr>"_s;
  };
  meta(QCoreApplication::translate("Report", "Server"), r.targetDisplay());
  meta(QCoreApplication::translate("Report", "Started"), r.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s);
  meta(QCoreApplication::translate("Report", "Duration"), QCoreApplication::translate("Report", "%1 ms").arg(r.durationMs));
  meta(QCoreApplication::translate("Report", "RDP Doctor version"), r.appVersion);
  if (!r.clientOs.isEmpty()) meta(QCoreApplication::translate("Report", "This computer"), r.clientOs);
  if (r.redacted) meta(QCoreApplication::translate("Report", "Redacted"), QCoreApplication::translate("Report", "Host names, addresses and account names are hidden in this report."));
  h += u"</table>\n"_s;

  if (const Cause *v = r.verdict()) {
    h += u"<div class='verdict%1'><div class='big'>"_s.arg(r.healthy() ? u" ok"_s : QString());
    h += esc(QCoreApplication::translate("Report", "Verdict: %1").arg(causeSummary(*v))) + u"</div>"_s;
    h += u"<div class='step'>"_s + esc(QCoreApplication::translate("Report", "Go to step %1: %2").arg(v->step).arg(stepTitle(v->step))) + u"</div>"_s;
    h += u"<div>"_s + esc(causeAdvice(*v)) + u"</div></div>\n"_s;
  }

  if (!r.clientError.trimmed().isEmpty()) {
    h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Error message the user saw")) + u"</h2>\n<blockquote>"_s + esc(r.clientError.trimmed()) +
         u"</blockquote>\n"_s;
    if (r.errorMatches.isEmpty()) {
      h += u"<p>"_s + esc(QCoreApplication::translate("Report", "RDP Doctor does not recognise this message.")) + u"</p>\n"_s;
    } else {
      const lookup::Match &m = r.errorMatches.first();
      QString rec = QCoreApplication::translate("Report", "Recognised as: \"%1\"").arg(m.message);
      if (!m.matchedCode.isEmpty()) rec += u" ("_s + QCoreApplication::translate("Report", "code %1").arg(m.matchedCode) + u')';
      h += u"<p><b>"_s + esc(rec) + u"</b><br>"_s + esc(m.explanation) + u"</p>\n"_s;
    }
  }

  if (r.causes.size() > 1) {
    h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Likely causes")) + u"</h2>\n<ol>"_s;
    for (const Cause &c : r.causes)
      h += u"<li>"_s + esc(causeSummary(c)) + u" — "_s + esc(QCoreApplication::translate("Report", "step %1").arg(c.step)) +
           u" (%1%)</li>"_s.arg(qRound(c.confidence * 100));
    h += u"</ol>\n"_s;
  }

  h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Checks")) + u"</h2>\n<table class='checks' width='100%' cellpadding='4'>"_s;
  h += u"<tr><th>"_s + esc(QCoreApplication::translate("Report", "Result")) + u"</th><th>"_s + esc(QCoreApplication::translate("Report", "Check")) + u"</th><th>"_s + esc(QCoreApplication::translate("Report", "Details")) +
       u"</th></tr>\n"_s;
  int step = 0;
  for (const CheckResult &c : r.checks) {
    if (c.step != step) {
      step = c.step;
      h += u"<tr class='steprow'><td colspan='3' bgcolor='#f6f8fa'><b>"_s +
           esc(QCoreApplication::translate("Report", "Step %1: %2").arg(step).arg(stepTitle(step))) + u"</b></td></tr>\n"_s;
    }
    const QString label = esc(statusLabel(c.status));
    const QString icon = svg ? statusIcon(c.status) + label
                             : u"<font color='%1'><b>%2</b></font>"_s.arg(statusColor(c.status), label);
    h += u"<tr><td nowrap>"_s + icon + u"</td><td>"_s + esc(registry.title(c.id)) + u"</td><td>"_s + esc(c.summary);
    if (!c.detail.isEmpty() && c.isProblem()) h += u"<br><small>"_s + esc(c.detail) + u"</small>"_s;
    h += findingsHtml(c) + u"</td></tr>\n"_s;
  }
  h += u"</table>\n"_s;

  if (!r.confirmations.isEmpty()) {
    h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Already done by the user")) + u"</h2>\n<ul class='done'>"_s;
    for (const QString &id : r.confirmations) h += u"<li>"_s + esc(r.confirmationLabel(id)) + u"</li>"_s;
    h += u"</ul>\n"_s;
  }
  if (!r.notes.isEmpty()) {
    h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "Notes")) + u"</h2>\n<ul>"_s;
    for (auto it = r.notes.cbegin(); it != r.notes.cend(); ++it)
      h += u"<li><b>"_s + esc(QCoreApplication::translate("Report", "Step %1: %2").arg(it.key()).arg(stepTitle(it.key()))) + u"</b>: "_s +
           esc(it.value()) + u"</li>"_s;
    h += u"</ul>\n"_s;
  }
  if (!r.fixLinks.isEmpty()) {
    h += u"<h2>"_s + esc(QCoreApplication::translate("Report", "How to fix it")) + u"</h2>\n<ul>"_s;
    for (const FixLink &l : r.fixLinks)
      h += l.url.isEmpty() ? QString(u"<li>"_s + esc(l.title) + u"</li>"_s)
                           : QString(u"<li><a href=\""_s + esc(l.url) + u"\">"_s + esc(l.title) + u"</a></li>"_s);
    h += u"</ul>\n"_s;
  }
  h += u"<p class='footer'>"_s + esc(QCoreApplication::translate("Report", "Created by RDP Doctor %1.").arg(r.appVersion)) + u"</p>\n"_s;
  return h;
}
}  // namespace

std::optional<ReportFormat> reportFormatFromString(const QString &name) {
  const QString n = name.trimmed().toLower();
  if (n == u"text"_s || n == u"txt"_s) return ReportFormat::Text;
  if (n == u"markdown"_s || n == u"md"_s) return ReportFormat::Markdown;
  if (n == u"json"_s) return ReportFormat::Json;
  if (n == u"html"_s || n == u"htm"_s) return ReportFormat::Html;
  if (n == u"pdf"_s) return ReportFormat::Pdf;
  if (n == u"ticket"_s) return ReportFormat::Ticket;
  return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString &path) {
  const QString ext = QFileInfo(path).suffix();
  if (ext.isEmpty()) return std::nullopt;
  return reportFormatFromString(ext);
}

QString reportFormatName(ReportFormat f) {
  switch (f) {
    case ReportFormat::Text: return u"text"_s;
    case ReportFormat::Markdown: return u"markdown"_s;
    case ReportFormat::Json: return u"json"_s;
    case ReportFormat::Html: return u"html"_s;
    case ReportFormat::Pdf: return u"pdf"_s;
    case ReportFormat::Ticket: return u"ticket"_s;
  }
  return {};
}

QString reportFileExtension(ReportFormat f) {
  switch (f) {
    case ReportFormat::Markdown: return u"md"_s;
    case ReportFormat::Json: return u"json"_s;
    case ReportFormat::Html: return u"html"_s;
    case ReportFormat::Pdf: return u"pdf"_s;
    case ReportFormat::Text:
    case ReportFormat::Ticket: return u"txt"_s;
  }
  return u"txt"_s;
}

QString toHtml(const DiagnosisReport &r, const CheckRegistry &registry) {
  const QString lang = r.language.startsWith(u"zh"_s) ? u"zh-CN"_s : u"en"_s;
  return u"<!DOCTYPE html>\n<html lang=\""_s + lang + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s
         u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
         esc(QCoreApplication::translate("Report", "RDP Doctor diagnosis of %1").arg(r.targetDisplay())) + u"</title>\n<style>"_s +
         QString::fromUtf8(kCss) + u"</style>\n</head>\n<body>\n"_s + htmlBody(r, registry, true) +
         u"</body>\n</html>\n"_s;
}

QString toRichText(const DiagnosisReport &r, const CheckRegistry &registry) {
  return u"<html><head><meta charset=\"utf-8\"><style>"_s
         u"body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} h2{font-size:12pt} .ev{font-size:8pt;color:#57606a}"
         u" .meta{color:#57606a} blockquote{color:#57606a} th{background-color:#f6f8fa;text-align:left}"_s
         u"</style></head><body>"_s + htmlBody(r, registry, false) + u"</body></html>"_s;
}

QString ticketSummary(const DiagnosisReport &r, const CheckRegistry &registry) {
  QString out;
  out += QCoreApplication::translate("Report", "Remote Desktop to %1 does not work (checked with RDP Doctor %2 on %3).")
             .arg(r.targetDisplay(), r.appVersion, r.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s) + u'\n';
  if (const Cause *v = r.verdict()) {
    out += QCoreApplication::translate("Report", "Verdict: %1").arg(causeSummary(*v)) + u'\n';
    out += QCoreApplication::translate("Report", "Go to step %1: %2").arg(v->step).arg(stepTitle(v->step)) + u'\n';
  }
  if (!r.clientError.trimmed().isEmpty()) {
    QString msg = r.clientError.simplified();
    if (msg.size() > 200) msg = msg.left(197) + u"..."_s;
    out += QCoreApplication::translate("Report", "Client error: \"%1\"").arg(msg);
    if (!r.errorMatches.isEmpty() && !r.errorMatches.first().matchedCode.isEmpty())
      out += u" ("_s + r.errorMatches.first().matchedCode + u')';
    out += u'\n';
  }
  QStringList key;
  for (const CheckResult &c : r.checks) {
    if (!c.isProblem()) continue;
    key << u"- [%1] %2: %3"_s.arg(statusLabel(c.status), registry.title(c.id), c.summary);
    if (key.size() == 6) break;
  }
  if (key.isEmpty()) {
    for (const CheckResult &c : r.checks)
      if (c.status == Status::Pass && key.size() < 3) key << u"- [%1] %2: %3"_s.arg(statusLabel(c.status), registry.title(c.id), c.summary);
  }
  if (!key.isEmpty()) out += QCoreApplication::translate("Report", "Key evidence:") + u'\n' + key.join(u'\n') + u'\n';
  if (!r.confirmations.isEmpty()) {
    out += QCoreApplication::translate("Report", "Already tried:") + u'\n';
    for (const QString &id : r.confirmations) out += u"- "_s + r.confirmationLabel(id) + u'\n';
  }
  if (!r.notes.isEmpty()) {
    out += QCoreApplication::translate("Report", "Notes:") + u'\n';
    for (auto it = r.notes.cbegin(); it != r.notes.cend(); ++it)
      out += u"- "_s + QCoreApplication::translate("Report", "Step %1").arg(it.key()) + u": "_s + it.value().simplified() + u'\n';
  }
  if (!r.clientOs.isEmpty()) out += QCoreApplication::translate("Report", "This computer: %1").arg(r.clientOs) + u'\n';
  return out;
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return QCoreApplication::translate("Report", "Could not write %1: %2").arg(path, f.errorString());
  if (f.write(bytes) != bytes.size()) {
    const QString why = f.errorString();
    f.cancelWriting();
    return QCoreApplication::translate("Report", "Could not write %1: %2").arg(path, why);
  }
  if (!f.commit()) return QCoreApplication::translate("Report", "Could not write %1: %2").arg(path, f.errorString());
  return {};
}

ExportResult renderReport(const DiagnosisReport &in, ReportFormat format, const ExportOptions &options,
                          const CheckRegistry &registry) {
  const DiagnosisReport r = options.redact ? redactReport(in) : in;
  ExportResult out;
  switch (format) {
    case ReportFormat::Text: out.bytes = toText(r, registry).toUtf8(); break;
    case ReportFormat::Markdown: out.bytes = toMarkdown(r, registry).toUtf8(); break;
    case ReportFormat::Json: out.bytes = QJsonDocument(toJson(r)).toJson(QJsonDocument::Indented); break;
    case ReportFormat::Html: out.bytes = toHtml(r, registry).toUtf8(); break;
    case ReportFormat::Ticket: out.bytes = ticketSummary(r, registry).toUtf8(); break;
    case ReportFormat::Pdf: {
      QString error;
      out.bytes = toPdf(r, &error, registry);
      if (out.bytes.isEmpty()) {
        out.message = error;
        return out;
      }
      break;
    }
  }
  out.ok = true;
  return out;
}

ExportResult exportReport(const DiagnosisReport &r, ReportFormat format, const QString &path,
                          const ExportOptions &options, const CheckRegistry &registry) {
  ExportResult out = renderReport(r, format, options, registry);
  if (!out.ok) return out;
  out.message = writeFileAtomically(path, out.bytes);
  out.ok = out.message.isEmpty();
  return out;
}

}  // namespace rdpd
