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

void SummaryPage::ensureBuilt() {
  if (m_built) return;
  m_built = true;
  buildBanner();
  buildVerdict();
  m_stripLabel = new QLabel(this);
  m_stripLabel->setWordWrap(true);
  m_strip = new StepStrip(m_session, this);
  connect(m_strip, &StepStrip::jumpRequested, this, &SummaryPage::jumpRequested);
  buildCauses();
  buildCharts();
  buildFindings();
  QHBoxLayout *actions = buildActions();
  buildLabBox();

  // Everything below the verdict scrolls as one column: on a small screen (1024×600) nothing is cut off and the
  // buttons stay reachable.
  auto *body = new QWidget;
  body->setObjectName(u"summaryBody"_s);
  auto *layout = new QVBoxLayout(body);
  layout->setContentsMargins(0, 0, 4, 0);
  layout->addWidget(m_banner);
  layout->addWidget(m_verdictGroup);
  layout->addWidget(m_labBox);
  layout->addWidget(m_stripLabel);
  layout->addWidget(m_strip);
  layout->addWidget(m_causesLabel);
  layout->addWidget(m_causes);
  layout->addWidget(m_charts);
  layout->addWidget(m_findingsLabel);
  layout->addWidget(m_findings, 1);
  layout->addLayout(actions);
  layout->addWidget(m_actionStatus);
  auto *scroll = new QScrollArea(this);
  scroll->setObjectName(u"summaryScroll"_s);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // every text wraps to the width
  scroll->setWidget(body);
  auto *outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);

  applyPending();
  retranslate();
}

void SummaryPage::buildBanner() {
  m_banner = new QLabel(this);
  m_banner->setObjectName(u"readOnlyBanner"_s);
  m_banner->setWordWrap(true);
  m_banner->setTextFormat(Qt::PlainText);
  m_banner->setFrameShape(QFrame::StyledPanel);
  m_banner->setMargin(6);
  m_banner->hide();
}

void SummaryPage::buildVerdict() {
  m_verdictGroup = new QGroupBox(this);
  m_verdictGroup->setObjectName(u"verdictGroup"_s);
  m_verdictIcon = new QLabel(m_verdictGroup);
  m_verdict = new QLabel(m_verdictGroup);
  m_verdict->setObjectName(u"verdictLabel"_s);
  // Wraps at any width and may take as many lines as the cause needs: a long cause title in either language is
  // never cut off (the page scrolls instead).
  m_verdict->setWordWrap(true);
  m_verdict->setTextFormat(Qt::PlainText);
  m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
  QFont big = m_verdict->font();
  big.setBold(true);
  big.setPointSizeF(big.pointSizeF() * 1.45);
  m_verdict->setFont(big);
  m_advice = new QLabel(m_verdictGroup);
  m_advice->setObjectName(u"adviceLabel"_s);
  m_advice->setWordWrap(true);
  m_advice->setTextFormat(Qt::PlainText);
  m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_advice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
  m_goToStep = new QPushButton(m_verdictGroup);
  m_goToStep->setObjectName(u"goToStepButton"_s);
  m_goToStep->setAutoDefault(false);
  m_goToStep->setIcon(QIcon(u":/icons/running.svg"_s));
  m_goToStep->setMinimumHeight(36);
  QFont buttonFont = m_goToStep->font();
  buttonFont.setBold(true);
  buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
  m_goToStep->setFont(buttonFont);
  connect(m_goToStep, &QPushButton::clicked, this, [this] {
    if (m_verdictStep >= 1) emit jumpRequested(pageForStep(m_verdictStep));
  });
  auto *verdictText = new QVBoxLayout;
  verdictText->addWidget(m_verdict);
  verdictText->addWidget(m_advice);
  verdictText->addWidget(m_goToStep, 0, Qt::AlignLeft);
  auto *verdictLayout = new QHBoxLayout(m_verdictGroup);
  verdictLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
  verdictLayout->addLayout(verdictText, 1);
}

void SummaryPage::buildCauses() {
  m_causesLabel = new QLabel(this);
  m_causesLabel->setWordWrap(true);
  m_causes = new QTreeWidget(this);
  m_causes->setObjectName(u"causesView"_s);
  m_causes->setColumnCount(2);
  m_causes->setWordWrap(true);
  m_causes->setUniformRowHeights(false);
  m_causes->setExpandsOnDoubleClick(false);
  m_causes->header()->setStretchLastSection(true);
  m_causes->setColumnWidth(0, 330);
  m_causes->setMinimumHeight(72);
  m_causes->setMaximumHeight(96);
  m_causesLabel->setBuddy(m_causes);
  // One click shows the evidence; Enter (or a double click) goes to the cause's step.
  connect(m_causes, &QTreeWidget::itemClicked, this, [](QTreeWidgetItem *it, int) {
    if (!it->parent()) it->setExpanded(!it->isExpanded());
  });
  connect(m_causes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it, int) { jumpToItemStep(it); });
}

void SummaryPage::buildCharts() {
  m_charts = new QWidget(this);
  m_charts->setObjectName(u"latencyCharts"_s);
  m_icmpChart = new LatencyChart(m_charts);
  m_icmpChart->setObjectName(u"icmpChart"_s);
  m_tcpChart = new LatencyChart(m_charts);
  m_tcpChart->setObjectName(u"tcpLatencyChart"_s);
  auto *chartsLayout = new QHBoxLayout(m_charts);
  chartsLayout->setContentsMargins(0, 0, 0, 0);
  chartsLayout->addWidget(m_icmpChart);
  chartsLayout->addWidget(m_tcpChart);
}

void SummaryPage::buildFindings() {
  m_findingsLabel = new QLabel(this);
  m_findingsLabel->setWordWrap(true);
  m_findings = new QTreeWidget(this);
  m_findings->setObjectName(u"findingsView"_s);
  m_findings->setColumnCount(2);
  m_findings->setWordWrap(true);
  m_findings->setUniformRowHeights(false);
  m_findings->setIconSize(QSize(16, 16));
  m_findings->header()->setStretchLastSection(true);
  m_findings->setColumnWidth(0, 300);
  m_findings->setMinimumHeight(160);
  m_findingsLabel->setBuddy(m_findings);
  connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it, int) { jumpToItemStep(it); });
}

QHBoxLayout *SummaryPage::buildActions() {
  m_saveReport = new QPushButton(this);
  m_saveReport->setObjectName(u"saveReportButton"_s);
  m_copyTicket = new QPushButton(this);
  m_copyTicket->setObjectName(u"copyTicketButton"_s);
  m_redact = new QCheckBox(this);
  m_redact->setObjectName(u"redactCheck"_s);
  m_saveSession = new QPushButton(this);
  m_saveSession->setObjectName(u"saveSessionButton"_s);
  m_openSession = new QPushButton(this);
  m_openSession->setObjectName(u"openSessionButton"_s);
  for (QPushButton *b : {m_saveReport, m_copyTicket, m_saveSession, m_openSession}) b->setAutoDefault(false);
  m_actionStatus = new QLabel(this);
  m_actionStatus->setObjectName(u"actionStatusLabel"_s);
  m_actionStatus->setWordWrap(true);
  m_actionStatus->setTextFormat(Qt::PlainText);
  m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
  connect(m_saveReport, &QPushButton::clicked, this, &SummaryPage::openSaveReportDialog);
  connect(m_copyTicket, &QPushButton::clicked, this, &SummaryPage::copyTicketSummary);
  connect(m_saveSession, &QPushButton::clicked, this, &SummaryPage::saveSessionRequested);
  connect(m_openSession, &QPushButton::clicked, this, &SummaryPage::openSessionRequested);
  auto *actions = new QHBoxLayout;
  actions->addWidget(m_saveReport);
  actions->addWidget(m_copyTicket);
  actions->addWidget(m_redact);
  actions->addWidget(new MstscButton(m_session, this, [this](const QString &t, bool e) { setActionStatus(t, e); }));
  actions->addStretch(1);
  actions->addWidget(m_saveSession);
  actions->addWidget(m_openSession);
  return actions;
}

void SummaryPage::buildLabBox() {
  m_labBox = new QGroupBox(this);
  m_labBox->setObjectName(u"labAnswerBox"_s);
  m_reveal = new QPushButton(m_labBox);
  m_reveal->setObjectName(u"revealAnswerButton"_s);
  m_reveal->setAutoDefault(false);
  m_reveal->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
  m_answer = new QLabel(m_labBox);
  m_answer->setObjectName(u"labAnswerLabel"_s);
  m_answer->setWordWrap(true);
  m_answer->setTextFormat(Qt::PlainText);
  m_answer->hide();
  auto *labLayout = new QHBoxLayout(m_labBox);
  labLayout->addWidget(m_reveal, 0, Qt::AlignTop);
  labLayout->addWidget(m_answer, 1);
  m_labBox->hide();
  connect(m_reveal, &QPushButton::clicked, this, [this] {
    m_answer->setVisible(true);
    m_reveal->setEnabled(false);
    retranslate();
  });
}

void SummaryPage::jumpToItemStep(QTreeWidgetItem *it) {
  const int step = it->data(0, Qt::UserRole).toInt();
  if (step >= 1) emit jumpRequested(pageForStep(step));
}

// What was set before the page was built (an opened session's banner, a lab scenario, presenter mode).
void SummaryPage::applyPending() {
  m_banner->setText(m_bannerText);
  m_banner->setAccessibleName(m_bannerText);
  m_banner->setVisible(!m_bannerText.isEmpty());
  m_labBox->setVisible(!m_labCause.isEmpty());
  QFont f = m_answer->font();
  f.setBold(m_presenter);
  m_answer->setFont(f);
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
    QString verdict = causeSummary(first.id);
    if (m_session->isRunning()) verdict = tr("So far: %1").arg(verdict);
    m_verdict->setText(verdict);
    m_advice->setText(causeAdvice(first.id));
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
    it->setText(0, tr("%1. %2").arg(rank).arg(causeSummary(c.id)));
    it->setToolTip(0, it->text(0));
    it->setText(1, c.step >= 1 ? tr("Step %1: %2").arg(c.step).arg(stepTitle(c.step)) : QString());
    it->setData(0, Qt::UserRole, c.step);
    it->setData(1, Qt::UserRole, c.id);
    if (rank == 1) {
      QFont f = it->font(0);
      f.setBold(true);
      it->setFont(0, f);
    }
    for (const QString &id : c.evidence) {
      const auto r = m_session->result(id);
      auto *child = new QTreeWidgetItem(it);
      child->setText(0, m_session->registry().title(id));
      child->setText(1, r ? r->summary : stateLabel(ShownState::NotRun));
      child->setToolTip(1, child->text(1));
      child->setIcon(0, stateIcon(shownState(r ? std::optional<Status>(r->status) : std::nullopt, false)));
      child->setData(0, Qt::UserRole, c.step);
      child->setData(1, Qt::UserRole, id);
    }
    it->setChildIndicatorPolicy(c.evidence.isEmpty() ? QTreeWidgetItem::DontShowIndicator
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
    const QList<double> samples = r ? samplesFromEvidence(r->evidence.value(u"samples_ms"_s)) : QList<double>();
    s.chart->setVisible(!samples.isEmpty());
    if (!samples.isEmpty()) {
      s.chart->setSamples(s.title, samples, r->evidence.value(u"loss_pct"_s).toDouble());
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
