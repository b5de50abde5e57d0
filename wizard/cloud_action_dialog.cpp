#include "wizard/cloud_action_dialog.h"

#include <spdlog/spdlog.h>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rdpd {

CloudActionDialog::CloudActionDialog(PlanMaker makePlan, bool offerForceStop, Agreed agreed, QWidget *parent)
    : QDialog(parent), m_makePlan(std::move(makePlan)), m_agreed(std::move(agreed)) {
  setObjectName(u"cloudActionDialog"_s);
  setWindowTitle(tr("Before anything is done"));
  auto *intro =
      new QLabel(tr("Read what will happen. Nothing is sent to Alibaba Cloud until you click \"Do it\"."), this);
  intro->setWordWrap(true);
  m_text = new QPlainTextEdit(this);
  m_text->setObjectName(u"cloudActionPlanText"_s);
  m_text->setReadOnly(true);
  m_text->setAccessibleName(tr("What the action will do"));
  m_text->setMinimumSize(520, 260);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(m_text, 1);
  if (offerForceStop) {
    m_force = new QCheckBox(tr("Force the restart (only if a normal restart hangs)"), this);
    m_force->setObjectName(u"cloudForceStopCheck"_s);
    connect(m_force, &QCheckBox::toggled, this, &CloudActionDialog::replan);
    layout->addWidget(m_force);
  }
  m_note = new QLabel(this);
  m_note->setObjectName(u"cloudActionDialogNote"_s);
  m_note->setWordWrap(true);
  m_note->hide();
  layout->addWidget(m_note);
  auto *buttons = new QDialogButtonBox(this);
  m_doIt = buttons->addButton(tr("Do it"), QDialogButtonBox::AcceptRole);
  m_doIt->setObjectName(u"cloudActionDoItButton"_s);
  m_doIt->setAutoDefault(false);
  m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
  m_cancel->setObjectName(u"cloudActionDialogCancelButton"_s);
  m_cancel->setDefault(true);  // Enter does not act on the server
  // The button box's own accepted/rejected would close the dialog before the second question: handled here.
  connect(m_doIt, &QPushButton::clicked, this, &CloudActionDialog::doIt);
  connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
  layout->addWidget(buttons);
  replan();
}

void CloudActionDialog::replan() {
  m_plan = m_makePlan(m_force && m_force->isChecked());
  m_text->setPlainText(cloud::describePlan(m_plan));
  m_doIt->setEnabled(m_plan.problem.isEmpty());
  m_note->hide();
}

void CloudActionDialog::doIt() {
  if (!m_plan.problem.isEmpty()) return;
  if (m_plan.forceStop) return askForceStop();
  const cloud::ActionConsent consent = cloud::ActionConsent::afterShowing(m_plan);
  spdlog::info("cloud action: {} on {} agreed to in the wizard", cloud::actionKindName(m_plan.kind).toStdString(),
               m_plan.target.instanceId.toStdString());
  const Agreed agreed = m_agreed;
  const cloud::ActionPlan plan = m_plan;
  accept();
  agreed(plan, consent);
}

void CloudActionDialog::askForceStop() {
  m_question = new QMessageBox(QMessageBox::Warning, tr("Force the restart?"), cloud::forceStopQuestion(m_plan),
                               QMessageBox::Yes | QMessageBox::No, this);
  m_question->setObjectName(u"cloudForceStopQuestion"_s);
  m_question->setDefaultButton(QMessageBox::No);
  m_question->setAttribute(Qt::WA_DeleteOnClose);
  connect(m_question, &QMessageBox::finished, this, [this](int answer) {
    m_question = nullptr;
    if (answer != QMessageBox::Yes) {
      m_note->setText(tr("Nothing was sent. Untick \"Force the restart\" to restart normally, or Cancel."));
      m_note->show();
      return;
    }
    cloud::ActionConsent consent = cloud::ActionConsent::afterShowing(m_plan);
    consent.confirmForceStop();
    spdlog::info("cloud action: forced restart of {} agreed to twice in the wizard",
                 m_plan.target.instanceId.toStdString());
    const Agreed agreed = m_agreed;
    const cloud::ActionPlan plan = m_plan;
    accept();
    agreed(plan, consent);
  });
  m_question->open();
}

}  // namespace rdpd
