// SummaryPage's widgets: built the first time the page is opened (ensureBuilt), one named builder per part.
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "checks/diagnosis/diagnosis.h"
#include "wizard/latency_chart.h"
#include "wizard/mstsc_button.h"
#include "wizard/page_ids.h"
#include "wizard/step_strip.h"
#include "wizard/summary_page.h"

using namespace Qt::StringLiterals;

namespace rdpd {

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

}  // namespace rdpd
