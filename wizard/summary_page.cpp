#include "wizard/summary_page.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "checks/core/confirmations.h"
#include "checks/core/session.h"
#include "checks/core/steps.h"
#include "checks/verdict/verdict.h"
#include "wizard/page_ids.h"
#include "wizard/status_icons.h"

using namespace Qt::StringLiterals;

namespace rdpd {

SummaryPage::SummaryPage(DiagnosisSession *session, QWidget *parent) : QWizardPage(parent), m_session(session) {
  setObjectName(u"summaryPage"_s);
  m_verdictGroup = new QGroupBox(this);
  m_verdictGroup->setObjectName(u"verdictGroup"_s);
  m_verdictIcon = new QLabel(m_verdictGroup);
  m_verdict = new QLabel(m_verdictGroup);
  m_verdict->setObjectName(u"verdictLabel"_s);
  m_verdict->setWordWrap(true);
  m_verdict->setTextFormat(Qt::PlainText);
  QFont bold = m_verdict->font();
  bold.setBold(true);
  bold.setPointSizeF(bold.pointSizeF() * 1.15);
  m_verdict->setFont(bold);
  m_advice = new QLabel(m_verdictGroup);
  m_advice->setObjectName(u"adviceLabel"_s);
  m_advice->setWordWrap(true);
  m_advice->setTextFormat(Qt::PlainText);
  m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_goToStep = new QPushButton(m_verdictGroup);
  m_goToStep->setObjectName(u"goToStepButton"_s);
  m_goToStep->setAutoDefault(false);
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

  m_otherLabel = new QLabel(this);
  m_otherCauses = new QListWidget(this);
  m_otherCauses->setObjectName(u"otherCausesList"_s);
  m_otherCauses->setWordWrap(true);
  m_otherCauses->setMaximumHeight(110);
  m_otherLabel->setBuddy(m_otherCauses);
  connect(m_otherCauses, &QListWidget::itemActivated, this, [this](QListWidgetItem *it) {
    const int step = it->data(Qt::UserRole).toInt();
    if (step >= 1) emit jumpRequested(pageForStep(step));
  });

  m_findingsLabel = new QLabel(this);
  m_findings = new QTreeWidget(this);
  m_findings->setObjectName(u"findingsView"_s);
  m_findings->setColumnCount(2);
  m_findings->setWordWrap(true);
  m_findings->setUniformRowHeights(false);
  m_findings->setIconSize(QSize(16, 16));
  m_findings->header()->setStretchLastSection(true);
  m_findings->setColumnWidth(0, 300);
  m_findingsLabel->setBuddy(m_findings);
  connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it, int) {
    const int step = it->data(0, Qt::UserRole).toInt();
    if (step >= 1) emit jumpRequested(pageForStep(step));
  });

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_verdictGroup);
  layout->addWidget(m_otherLabel);
  layout->addWidget(m_otherCauses);
  layout->addWidget(m_findingsLabel);
  layout->addWidget(m_findings, 1);

  connect(session, &DiagnosisSession::finished, this, &SummaryPage::refresh);
  connect(session, &DiagnosisSession::resultChanged, this, [this] {
    if (isVisible()) refresh();
  });
  retranslate();
}

void SummaryPage::initializePage() { refresh(); }

void SummaryPage::refresh() {
  const QList<Cause> causes = m_session->causes();
  if (m_session->results().isEmpty() || causes.isEmpty()) {
    m_verdictIcon->setPixmap(QIcon(u":/icons/info.svg"_s).pixmap(QSize(32, 32)));
    m_verdict->setText(m_session->isRunning() ? tr("The checks are still running…")
                                              : tr("No checks have run yet."));
    m_advice->setText(tr("Enter the server's address on the first page and start the diagnosis. You can still read "
                         "every step and tick what you did."));
    m_verdictStep = 0;
    m_goToStep->hide();
  } else {
    const Cause &first = causes.first();
    const bool healthy = first.id == u"healthy"_s;
    m_verdictIcon->setPixmap(QIcon(healthy ? u":/icons/pass.svg"_s : u":/icons/fail.svg"_s).pixmap(QSize(32, 32)));
    QString verdict = causeSummary(first.id);
    if (m_session->isRunning()) verdict = tr("So far: %1").arg(verdict);
    m_verdict->setText(verdict);
    m_advice->setText(causeAdvice(first.id));
    m_verdictStep = first.step;
    m_goToStep->setVisible(first.step >= 1 && first.step <= kStepCount);
    m_goToStep->setText(tr("&Go to step %1: %2").arg(first.step).arg(stepTitle(first.step)));
    m_goToStep->setAccessibleName(m_goToStep->text().remove(u'&'));
  }

  m_otherCauses->clear();
  for (int i = 1; i < causes.size(); ++i) {
    const Cause &c = causes[i];
    auto *it = new QListWidgetItem(m_otherCauses);
    it->setText(c.step >= 1 ? tr("%1 (step %2)").arg(causeSummary(c.id)).arg(c.step) : causeSummary(c.id));
    it->setData(Qt::UserRole, c.step);
  }
  const bool hasOthers = m_otherCauses->count() > 0;
  m_otherLabel->setVisible(hasOthers);
  m_otherCauses->setVisible(hasOthers);

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
}

void SummaryPage::retranslate() {
  setTitle(tr("Summary"));
  setSubTitle(tr("The most likely cause first, then everything the checks found, step by step."));
  m_verdictGroup->setTitle(tr("Most likely cause"));
  m_otherLabel->setText(tr("&Other possible causes (press Enter to open the step):"));
  m_otherCauses->setAccessibleName(tr("Other possible causes"));
  m_findingsLabel->setText(tr("&Findings by step:"));
  m_findings->setHeaderLabels({tr("Step or check"), tr("Result")});
  m_findings->setAccessibleName(tr("Findings by step"));
  m_goToStep->setAccessibleName(tr("Go to the step that fixes this"));
  refresh();
}

void SummaryPage::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWizardPage::changeEvent(e);
}

}  // namespace rdpd
