#pragma once
// Last page: the verdict in large plain words with a button to the step that fixes it, the eleven steps as a
// coloured strip, the possible causes in rank order with their evidence one click away, charts of the measured
// round trips, every finding grouped by step, and the ways to hand the diagnosis on (report, ticket text, session).

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace rdpd {

class Diagnosis;
class LatencyChart;
class StepStrip;
struct DiagnosisReport;
namespace lab {
struct Scenario;
}

class SummaryPage final : public QWizardPage {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SummaryPage)

 public:
  explicit SummaryPage(Diagnosis *session, QWidget *parent = nullptr);
  void initializePage() override;
  void cleanupPage() override {}
  void refresh();

  // The report of what the session holds now (confirmations and notes included).
  DiagnosisReport report() const;
  // Writes the report (format from the file's extension) and says how it went; nothing is lost on failure.
  bool saveReport(const QString &path);
  void copyTicketSummary();
  // Read-only mode (an opened session file): the banner names whose and when; nothing may be re-run.
  void setReadOnlyBanner(const QString &text);
  void setSavedBy(const QString &who) { m_savedBy = who; }
  // Training lab: a "Reveal the answer" button shows the scenario's expected cause and explanation.
  void setLabScenario(const lab::Scenario &scenario);
  void setPresenterMode(bool on);

 signals:
  void jumpRequested(int pageId);
  void saveSessionRequested();
  void openSessionRequested();

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void refreshCauses();
  void refreshCharts();
  void openSaveReportDialog();
  void setActionStatus(const QString &text, bool error);

  Diagnosis *m_session;
  int m_verdictStep = 0;
  QDateTime m_startedAt;
  QString m_savedBy;
  QLabel *m_banner;
  QGroupBox *m_verdictGroup;
  QLabel *m_verdictIcon;
  QLabel *m_verdict;
  QLabel *m_advice;
  QPushButton *m_goToStep;
  QLabel *m_stripLabel;
  StepStrip *m_strip;
  QLabel *m_causesLabel;
  QTreeWidget *m_causes;
  QWidget *m_charts;
  LatencyChart *m_icmpChart;
  LatencyChart *m_tcpChart;
  QLabel *m_findingsLabel;
  QTreeWidget *m_findings;
  QPushButton *m_saveReport;
  QPushButton *m_copyTicket;
  QCheckBox *m_redact;
  QPushButton *m_saveSession;
  QPushButton *m_openSession;
  QLabel *m_actionStatus;
  QGroupBox *m_labBox;
  QPushButton *m_reveal;
  QLabel *m_answer;
  QString m_labCause;
  int m_labStep = 0;
  QString m_labAnswerEn, m_labAnswerZh;
};

}  // namespace rdpd
