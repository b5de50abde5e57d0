#pragma once
// Last page: the verdict (most likely cause, what to do, and a button to the step that fixes it), the other
// possible causes in rank order, and every finding grouped by step.

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QGroupBox;

namespace rdpd {

class DiagnosisSession;

class SummaryPage final : public QWizardPage {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SummaryPage)

 public:
  explicit SummaryPage(DiagnosisSession *session, QWidget *parent = nullptr);
  void initializePage() override;
  void cleanupPage() override {}
  void refresh();

 signals:
  void jumpRequested(int pageId);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();

  DiagnosisSession *m_session;
  int m_verdictStep = 0;
  QGroupBox *m_verdictGroup;
  QLabel *m_verdictIcon;
  QLabel *m_verdict;
  QLabel *m_advice;
  QPushButton *m_goToStep;
  QLabel *m_otherLabel;
  QListWidget *m_otherCauses;
  QLabel *m_findingsLabel;
  QTreeWidget *m_findings;
};

}  // namespace rdpd
