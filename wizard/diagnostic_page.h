#pragma once
// One page class for all eleven steps; pages differ only by their step number. Shows the step's checks with live
// status (results arrive through the session's signals; the page never starts checks by itself except Re-run),
// the step's instructions with the fix article of any problem found on top, the manual confirmations and a note.

#include <QWizardPage>

#include <functional>

#include "checks/content/content_store.h"

class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;
class QTreeWidget;
class QTreeWidgetItem;

namespace rdpd {

class Diagnosis;

class DiagnosticPage final : public QWizardPage {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DiagnosticPage)

 public:
  DiagnosticPage(int step, Diagnosis *session, const ContentStore *content, QWidget *parent = nullptr);

  int step() const { return m_step; }
  // Builds the page's widgets; done the first time the page is opened (initializePage), not at construction.
  void ensureBuilt();
  bool isBuilt() const { return m_built; }
  void initializePage() override;
  void cleanupPage() override {}  // keep ticks and notes when the user goes back
  // Opens the details of the selected check (or the first one) without blocking.
  void showDetails();
  // An opened session file: notes and ticks are shown, not edited; nothing is re-run.
  void setReadOnly(bool on);
  // Adds a panel next to the step's instructions, as one more tab (step 1: collecting evidence from the server;
  // steps 1, 3, 6, 11: the cloud). title is asked again after each language switch.
  void addExtraPanel(QWidget *panel, std::function<QString()> title);
  // Brings the tab of that panel to the front (the instructions' tab when panel is null).
  void showExtraPanel(QWidget *panel);

 protected:
  void changeEvent(QEvent *e) override;
  bool eventFilter(QObject *watched, QEvent *e) override;

 private:
  void retranslate();
  void retranslateTitle();
  void connectSession();
  void buildChecksView();
  QHBoxLayout *buildButtonRow();
  void buildFixPanel();
  QGroupBox *buildConfirmations();
  QVBoxLayout *buildSideColumn();
  void installExtraPanel(QWidget *panel);
  void applyReadOnly();
  void refreshCheck(const QString &id);
  void refreshAll();
  void refreshRunning();
  void renderContent(bool force = false);
  QTreeWidgetItem *itemFor(const QString &id) const;

  const int m_step;
  Diagnosis *m_session;
  const ContentStore *m_content;
  QStringList m_checkIds;
  QString m_renderedKey;
  bool m_built = false;
  bool m_readOnly = false;
  struct ExtraPanel {
    QWidget *panel;
    std::function<QString()> title;
  };
  QList<ExtraPanel> m_extraPanels;  // each shown in a tab once the page is built

  QLabel *m_checksLabel = nullptr;
  QLabel *m_noChecks = nullptr;
  QTreeWidget *m_checks = nullptr;
  QProgressBar *m_progress = nullptr;
  QPushButton *m_rerun = nullptr;
  QPushButton *m_cancel = nullptr;
  QPushButton *m_details = nullptr;
  QLabel *m_fixLabel = nullptr;
  QTextBrowser *m_fix = nullptr;
  QVBoxLayout *m_fixColumn = nullptr;
  QTabWidget *m_tabs = nullptr;
  QGroupBox *m_confirmGroup = nullptr;
  QList<QCheckBox *> m_confirmBoxes;
  QList<QLabel *> m_confirmLabels;
  QLabel *m_noteLabel = nullptr;
  QPlainTextEdit *m_note = nullptr;
};

}  // namespace rdpd
