#pragma once
// The consent for one cloud action: shows describePlan(plan) in full (what will be called, on which instance, what
// changes, what it costs, the permissions) with "Do it" and "Cancel" (the default). Only "Do it" makes an
// ActionConsent (ActionConsent::afterShowing) and hands it on; Cancel or closing sends nothing. For a restart, the
// "Force the restart" tick box makes a new plan (shown at once) and "Do it" then asks forceStopQuestion(plan) as a
// second, separate question (default No); only a Yes there confirms ForceStop. Opened with open(): no nested loop.

#include <QDialog>
#include <functional>

#include "checks/cloud/action_plan.h"

class QCheckBox;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;

namespace rdpd {

class CloudActionDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudActionDialog)

 public:
  using PlanMaker = std::function<cloud::ActionPlan(bool forceStop)>;
  using Agreed = std::function<void(const cloud::ActionPlan &, const cloud::ActionConsent &)>;
  // offerForceStop: show the tick box (restart only). agreed runs once, after "Do it" (and the second yes).
  CloudActionDialog(PlanMaker makePlan, bool offerForceStop, Agreed agreed, QWidget *parent = nullptr);
  const cloud::ActionPlan &plan() const { return m_plan; }
  // The second question while it is open (tests answer it), else null.
  QMessageBox *forceStopQuestionBox() const { return m_question; }

 private:
  void replan();
  void doIt();
  void askForceStop();

  PlanMaker m_makePlan;
  Agreed m_agreed;
  cloud::ActionPlan m_plan;
  QPlainTextEdit *m_text;
  QCheckBox *m_force = nullptr;
  QLabel *m_note;
  QPushButton *m_doIt;
  QPushButton *m_cancel;
  QMessageBox *m_question = nullptr;
};

}  // namespace rdpd
