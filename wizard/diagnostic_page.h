#pragma once
// One page class for all eleven steps; pages differ only by their step number. Shows the step's checks with live
// status (results arrive through the session's signals; the page never starts checks by itself except Re-run),
// the step's instructions with the fix article of any problem found on top, the manual confirmations and a note.

#include <QWizardPage>

#include <functional>

#include "checks/content/content_store.h"

class QCheckBox;
class QGroupBox;
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
  void initializePage() override;
  void cleanupPage() override {}  // keep ticks and notes when the user goes back
  // Opens the details of the selected check (or the first one) without blocking.
  void showDetails();
  // An opened session file: notes and ticks are shown, not edited; nothing is re-run.
  void setReadOnly(bool on);
  // Adds a panel next to the step's instructions, as a second tab (step 1: collecting evidence from the server).
  // title is asked again after each language switch.
  void setExtraPanel(QWidget *panel, std::function<QString()> title);

 protected:
  void changeEvent(QEvent *e) override;
  bool eventFilter(QObject *watched, QEvent *e) override;

 private:
  void retranslate();
  void refreshCheck(const QString &id);
  void refreshAll();
  void refreshRunning();
  void renderContent(bool force = false);
  void fitImages();
  QTreeWidgetItem *itemFor(const QString &id) const;

  const int m_step;
  Diagnosis *m_session;
  const ContentStore *m_content;
  QStringList m_checkIds;
  QString m_renderedKey;

  QLabel *m_checksLabel;
  QLabel *m_noChecks;
  QTreeWidget *m_checks;
  QProgressBar *m_progress;
  QPushButton *m_rerun;
  QPushButton *m_cancel;
  QPushButton *m_details;
  QLabel *m_fixLabel;
  QTextBrowser *m_fix;
  QVBoxLayout *m_fixColumn = nullptr;
  QTabWidget *m_tabs = nullptr;
  std::function<QString()> m_extraTitle;
  QGroupBox *m_confirmGroup;
  QList<QCheckBox *> m_confirmBoxes;
  QList<QLabel *> m_confirmLabels;
  QLabel *m_noteLabel;
  QPlainTextEdit *m_note;
};

}  // namespace rdpd
