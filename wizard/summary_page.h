#pragma once
// Last page: the verdict in large plain words with a button to the step that fixes it, the eleven steps as a
// coloured strip, the possible causes in rank order with their evidence one click away, charts of the measured
// round trips, every finding grouped by step, and the ways to hand the diagnosis on (report, ticket text, session).

#include <QDateTime>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QTreeWidgetItem;
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
  // Builds the page's widgets; done the first time the page is opened, not at construction.
  void ensureBuilt();
  bool isBuilt() const { return m_built; }
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
  void retranslateTitle();
  void buildBanner();
  void buildVerdict();
  void buildCauses();
  void buildCharts();
  void buildFindings();
  QHBoxLayout *buildActions();
  void buildLabBox();
  void applyPending();
  void jumpToItemStep(QTreeWidgetItem *it);
  void refreshCauses();
  void refreshCharts();
  void openSaveReportDialog();
  void setActionStatus(const QString &text, bool error);

  Diagnosis *m_session = nullptr;
  int m_verdictStep = 0;
  QDateTime m_startedAt;
  QString m_savedBy;
  QLabel *m_banner = nullptr;
  QGroupBox *m_verdictGroup = nullptr;
  QLabel *m_verdictIcon = nullptr;
  QLabel *m_verdict = nullptr;
  QLabel *m_advice = nullptr;
  QPushButton *m_goToStep = nullptr;
  QLabel *m_stripLabel = nullptr;
  StepStrip *m_strip = nullptr;
  QLabel *m_causesLabel = nullptr;
  QTreeWidget *m_causes = nullptr;
  QWidget *m_charts = nullptr;
  LatencyChart *m_icmpChart = nullptr;
  LatencyChart *m_tcpChart = nullptr;
  QLabel *m_findingsLabel = nullptr;
  QTreeWidget *m_findings = nullptr;
  QPushButton *m_saveReport = nullptr;
  QPushButton *m_copyTicket = nullptr;
  QCheckBox *m_redact = nullptr;
  QPushButton *m_saveSession = nullptr;
  QPushButton *m_openSession = nullptr;
  QLabel *m_actionStatus = nullptr;
  QGroupBox *m_labBox = nullptr;
  QPushButton *m_reveal = nullptr;
  QLabel *m_answer = nullptr;
  QString m_labCause;
  int m_labStep = 0;
  bool m_built = false;
  bool m_presenter = false;
  QString m_bannerText;
  QString m_labAnswerEn, m_labAnswerZh;
};

}  // namespace rdpd
