#include "wizard/summary_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "checks/core/confirmations.h"
#include "checks/core/i18n.h"
#include "checks/core/steps.h"
#include "checks/diagnosis/diagnosis.h"
#include "checks/lab/lab_scenario.h"
#include "checks/report/diagnosis_report.h"
#include "checks/report/report_export.h"
#include "checks/verdict/verdict.h"
#include "wizard/latency_chart.h"
#include "wizard/mstsc_button.h"
#include "wizard/page_ids.h"
#include "wizard/status_icons.h"
#include "wizard/step_strip.h"

using namespace Qt::StringLiterals;

namespace rdpd {

SummaryPage::SummaryPage(Diagnosis *session, QWidget *parent) : QWizardPage(parent), m_session(session) {
  setObjectName(u"summaryPage"_s);
  // The widgets are built the first time the page is opened (ensureBuilt); until then only the start time of the
  // diagnosis is followed, which the report needs.
  connect(session, &Diagnosis::runningChanged, this, [this](bool running) {
    if (running && (!m_startedAt.isValid() || m_session->results().isEmpty()))
      m_startedAt = QDateTime::currentDateTimeUtc();
  });
  connect(session, &Diagnosis::finished, this, &SummaryPage::refresh);
  connect(session, &Diagnosis::resultChanged, this, [this] {
    if (isVisible()) refresh();
  });
  retranslateTitle();
}

void SummaryPage::initializePage() {
  ensureBuilt();
  refresh();
}

void SummaryPage::refresh() {
  if (!m_built) return;  // built (and filled) when the page is opened
  const QList<Cause> causes = m_session->causes();
  if (m_session->results().isEmpty() || causes.isEmpty()) {
    m_verdictIcon->setPixmap(QIcon(u":/icons/info.svg"_s).pixmap(QSize(48, 48)));
    m_verdict->setText(m_session->isRunning() ? tr("The checks are still running…")
                                              : tr("No checks have run yet."));
    m_advice->setText(tr("Enter the server's address on the first page and start the diagnosis. You can still read "
                         "every step and tick what you did."));
    m_verdictStep = 0;
    m_goToStep->hide();
  } else {
    const Cause &first = causes.first();
    const bool healthy = first.id == u"healthy"_s;
    m_verdictIcon->setPixmap(QIcon(healthy ? u":/icons/pass.svg"_s : u":/icons/fail.svg"_s).pixmap(QSize(48, 48)));
    QString verdict = causeSummary(first);
    if (m_session->isRunning()) verdict = tr("So far: %1").arg(verdict);
    m_verdict->setText(verdict);
    m_advice->setText(causeAdvice(first));
    m_verdictStep = first.step;
    m_goToStep->setVisible(first.step >= 1 && first.step <= kStepCount);
    m_goToStep->setText(tr("&Go to step %1: %2").arg(first.step).arg(stepTitle(first.step)));
    m_goToStep->setAccessibleName(m_goToStep->text().remove(u'&'));
  }
  m_strip->refresh();
  refreshCauses();
  refreshCharts();

  m_findings->clear();
  for (int step = 1; step <= kStepCount; ++step) {
    auto *stepItem = new QTreeWidgetItem(m_findings);
    const ShownState s = shownState(m_session->stepStatus(step), m_session->isStepRunning(step));
    stepItem->setIcon(0, stateIcon(s));
    stepItem->setText(0, tr("%1. %2").arg(step).arg(stepTitle(step)));
    stepItem->setText(1, stateLabel(s));
    stepItem->setData(0, Qt::UserRole, step);
    QFont f = stepItem->font(0);
    f.setBold(true);
    stepItem->setFont(0, f);
    for (const CheckResult &r : m_session->stepResults(step)) {
      auto *child = new QTreeWidgetItem(stepItem);
      child->setIcon(0, stateIcon(shownState(r.status, false)));
      child->setText(0, m_session->registry().title(r.id));
      child->setText(1, r.summary);
      child->setToolTip(1, r.summary);
      child->setData(0, Qt::UserRole, step);
    }
    for (const Confirmation &c : confirmationsForStep(step)) {
      if (!m_session->isConfirmed(c.id)) continue;
      auto *child = new QTreeWidgetItem(stepItem);
      child->setIcon(0, QIcon(u":/icons/pass.svg"_s));
      child->setText(0, tr("Confirmed by you"));
      child->setText(1, confirmationText(c.id));
    }
    stepItem->setExpanded(s == ShownState::Fail || s == ShownState::Warn || s == ShownState::Error);
  }
  const bool any = !m_session->results().isEmpty();
  m_saveReport->setEnabled(any);
  m_copyTicket->setEnabled(any);
  m_saveSession->setEnabled(any && m_bannerText.isEmpty());
}

void SummaryPage::refreshCauses() {
  // Keep what the reader opened across refreshes (results arrive while the page is shown).
  QSet<QString> open;
  for (int i = 0; i < m_causes->topLevelItemCount(); ++i) {
    if (m_causes->topLevelItem(i)->isExpanded()) open.insert(m_causes->topLevelItem(i)->data(1, Qt::UserRole).toString());
  }
  m_causes->clear();
  const QList<Cause> causes = m_session->results().isEmpty() ? QList<Cause>() : m_session->causes();
  m_causes->setVisible(!causes.isEmpty());
  m_causesLabel->setVisible(!causes.isEmpty());
  int rank = 0;
  for (const Cause &c : causes) {
    auto *it = new QTreeWidgetItem(m_causes);
    ++rank;
    it->setText(0, tr("%1. %2").arg(rank).arg(causeSummary(c)));
    it->setToolTip(0, it->text(0));
    it->setText(1, c.step >= 1 ? tr("Step %1: %2").arg(c.step).arg(stepTitle(c.step)) : QString());
    it->setData(0, Qt::UserRole, c.step);
    it->setData(1, Qt::UserRole, c.id);
    if (rank == 1) {
      QFont f = it->font(0);
      f.setBold(true);
      it->setFont(0, f);
    }
    for (const QString &id : c.supportingChecks) {
      const auto r = m_session->result(id);
      auto *child = new QTreeWidgetItem(it);
      child->setText(0, m_session->registry().title(id));
      child->setText(1, r ? r->summary : stateLabel(ShownState::NotRun));
      child->setToolTip(1, child->text(1));
      child->setIcon(0, stateIcon(shownState(r ? std::optional<Status>(r->status) : std::nullopt, false)));
      child->setData(0, Qt::UserRole, c.step);
      child->setData(1, Qt::UserRole, id);
    }
    it->setChildIndicatorPolicy(c.supportingChecks.isEmpty() ? QTreeWidgetItem::DontShowIndicator
                                                             : QTreeWidgetItem::ShowIndicator);
    it->setExpanded(open.contains(c.id));
  }
}

void SummaryPage::refreshCharts() {
  struct Source { const char *id; LatencyChart *chart; QString title; };
  const Source sources[] = {
      {"net.icmp", m_icmpChart, tr("Ping round trips")},
      {"net.tcp_latency", m_tcpChart, tr("Connection times to the port")},
  };
  bool any = false;
  for (const Source &s : sources) {
    const auto r = m_session->result(QString::fromLatin1(s.id));
    const QList<double> samples = r ? samplesFromFindings(r->findings.value(u"samples_ms"_s)) : QList<double>();
    s.chart->setVisible(!samples.isEmpty());
    if (!samples.isEmpty()) {
      s.chart->setSamples(s.title, samples, r->findings.value(u"loss_pct"_s).toDouble());
      any = true;
    }
  }
  m_charts->setVisible(any);
}

DiagnosisReport SummaryPage::report() const {
  const qint64 ms = m_startedAt.isValid() ? std::max<qint64>(0, m_startedAt.msecsTo(QDateTime::currentDateTimeUtc())) : 0;
  DiagnosisReport r = buildReport(m_session->target(), m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc(),
                                  ms, m_session->results(), m_session->registry());
  QStringList confirmed(m_session->confirmations().cbegin(), m_session->confirmations().cend());
  confirmed.sort();
  r.confirmations = confirmed;
  for (int step = 1; step <= kStepCount; ++step) {
    if (!m_session->note(step).isEmpty()) r.notes.insert(step, m_session->note(step));
  }
  r.language = currentLanguage();
  resolveFixLinks(r);
  return r;
}

void SummaryPage::openSaveReportDialog() {
  const QString html = tr("Web page (*.html)");
  const QString pdf = tr("PDF document (*.pdf)");
  const QString md = tr("Markdown for a ticket (*.md)");
  const QString json = tr("JSON data (*.json)");
  auto *dlg = new QFileDialog(this, tr("Save the report"));
  dlg->setObjectName(u"saveReportDialog"_s);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->setAcceptMode(QFileDialog::AcceptSave);
  dlg->setNameFilters({html, pdf, md, json});
  dlg->setDefaultSuffix(u"html"_s);
  dlg->selectFile(u"rdp-doctor-report.html"_s);
  connect(dlg, &QFileDialog::filterSelected, dlg, [=](const QString &f) {
    dlg->setDefaultSuffix(f == pdf ? u"pdf"_s : f == md ? u"md"_s : f == json ? u"json"_s : u"html"_s);
  });
  connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) { saveReport(path); });
  dlg->open();  // no nested event loop
}

bool SummaryPage::saveReport(const QString &path) {
  ensureBuilt();
  const ReportFormat format = reportFormatFromPath(path).value_or(ReportFormat::Html);
  ExportOptions options;
  options.redact = m_redact->isChecked();
  const ExportResult res = exportReport(report(), format, path, options, m_session->registry());
  if (res.ok) {
    setActionStatus(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
  }
  // The diagnosis stays as it is: the user can try another place.
  const QString msg = res.message.isEmpty() ? tr("The report could not be saved to %1.").arg(path) : res.message;
  setActionStatus(msg, true);
  auto *box = new QMessageBox(QMessageBox::Warning, tr("The report was not saved"),
                              tr("%1\n\nNothing was lost: choose another folder and save again.").arg(msg),
                              QMessageBox::Ok, this);
  box->setObjectName(u"saveReportError"_s);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  return false;
}

void SummaryPage::copyTicketSummary() {
  ensureBuilt();
  DiagnosisReport r = report();
  ExportOptions options;
  options.redact = m_redact->isChecked();
  const ExportResult res = renderReport(r, ReportFormat::Ticket, options, m_session->registry());
  QGuiApplication::clipboard()->setText(QString::fromUtf8(res.bytes));
  setActionStatus(tr("A short summary for your support ticket is on the clipboard."), false);
}

void SummaryPage::setReadOnlyBanner(const QString &text) {
  m_bannerText = text;
  if (!m_built) return;
  applyPending();
  refresh();
}

void SummaryPage::setLabScenario(const lab::Scenario &scenario) {
  m_labCause = scenario.expectedCause;
  m_labStep = scenario.expectedStep;
  m_labAnswerEn = scenario.answer.en;
  m_labAnswerZh = scenario.answer.zhCN;
  if (!m_built) return;
  m_answer->hide();  // a new scenario: the class guesses again
  m_reveal->setEnabled(true);
  m_labBox->show();
  retranslate();
}

void SummaryPage::setPresenterMode(bool on) {
  m_presenter = on;
  if (m_built) applyPending();
}

void SummaryPage::setActionStatus(const QString &text, bool error) {
  m_actionStatus->setText(text);
  m_actionStatus->setProperty("error", error);
  m_actionStatus->setAccessibleName(text);
}

void SummaryPage::retranslateTitle() {
  setTitle(tr("Summary"));
  setSubTitle(tr("The most likely cause first, then everything the checks found, step by step."));
}

void SummaryPage::retranslate() {
  retranslateTitle();
  if (!m_built) return;
  m_verdictGroup->setTitle(tr("Most likely cause"));
  m_stripLabel->setText(tr("The eleven steps (click one to open it):"));
  m_causesLabel->setText(tr("&Possible causes, most likely first (click to see the evidence, Enter opens the step):"));
  m_causes->setHeaderLabels({tr("Cause"), tr("Step to go to")});
  m_causes->setAccessibleName(tr("Possible causes with their evidence"));
  m_findingsLabel->setText(tr("&Findings by step:"));
  m_findings->setHeaderLabels({tr("Step or check"), tr("Result")});
  m_findings->setAccessibleName(tr("Findings by step"));
  m_goToStep->setAccessibleName(tr("Go to the step that fixes this"));
  m_saveReport->setText(tr("&Save report…"));
  m_saveReport->setAccessibleName(tr("Save the report as a web page, PDF, Markdown or JSON"));
  m_copyTicket->setText(tr("Copy &ticket summary"));
  m_copyTicket->setAccessibleName(tr("Copy a short summary for a support ticket"));
  m_redact->setText(tr("Hide host names and IP &addresses"));
  m_redact->setAccessibleName(tr("Hide host names, IP addresses and account names in what you save or copy"));
  m_saveSession->setText(tr("Sa&ve session…"));
  m_saveSession->setAccessibleName(tr("Save this diagnosis as a session file for the helpdesk"));
  m_openSession->setText(tr("Open sess&ion…"));
  m_openSession->setAccessibleName(tr("Open a session file someone sent you, read only"));
  m_labBox->setTitle(tr("Training lab"));
  m_reveal->setText(tr("&Reveal the answer"));
  m_reveal->setAccessibleName(tr("Show the expected cause of this lab scenario"));
  if (!m_labCause.isEmpty()) {
    const QString answer = lab::LocalizedText{m_labAnswerEn, m_labAnswerZh}.in(currentLanguage());
    m_answer->setText(tr("The expected answer: %1 (step %2). %3").arg(causeSummary(m_labCause)).arg(m_labStep).arg(answer));
    m_answer->setAccessibleName(m_answer->text());
  }
  refresh();
}

void SummaryPage::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWizardPage::changeEvent(e);
}

}  // namespace rdpd
