#pragma once
// The wizard window: start page, eleven step pages, summary; a side list of the steps with their status to jump
// anywhere; a Help menu. Owns the diagnosis session. Jumps go through nextId() (a pending target) and
// next()/back(), so pages are never destroyed and history stays consistent.

#include <QDateTime>
#include <QFont>
#include <QSize>
#include <QWizard>
#include <memory>
#include <optional>

#include "checks/content/content_store.h"
#include "checks/core/registry.h"
#include "checks/core/target.h"

class QToolButton;
class QMenu;
class QAction;

namespace rdpd {

class Diagnosis;
class DiagnosticPage;
class LabPanel;
namespace lab {
class LabCloud;
class LabServer;
struct Scenario;
}  // namespace lab
class EvidencePanel;
class CloudPanel;
class CloudStartBox;
namespace guest {
struct GuestEvidence;
}
namespace cloud {
class CloudAccess;
}
class StartPage;
class StepList;
class SummaryPage;

class WizardWindow final : public QWizard {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(WizardWindow)

 public:
  explicit WizardWindow(const QString &contentDir = {}, QWidget *parent = nullptr,
                        std::shared_ptr<const CheckRegistry> registry = nullptr);
  ~WizardWindow() override;

  Diagnosis *session() const { return m_session; }
  StartPage *startPage() const { return m_start; }
  DiagnosticPage *stepPage(int step) const;
  SummaryPage *summaryPage() const { return m_summary; }
  StepList *stepList() const { return m_stepList; }
  const ContentStore &content() const { return m_content; }
  EvidencePanel *evidencePanel() const { return m_evidencePanel; }
  // Evidence from inside the server: used by every diagnosis from now on; a running or finished diagnosis is
  // started again with it so the guest checks and the verdict see it.
  void setGuestEvidence(std::shared_ptr<const guest::GuestEvidence> evidence);
  std::shared_ptr<const guest::GuestEvidence> guestEvidence() const { return m_evidence; }
  // The cloud side (wizard_cloud.cpp): the settings and data every cloud panel shares, the panel of a step (1, 3,
  // 6, 11; null elsewhere) and the start page's "My server is on Alibaba Cloud" box. Cloud data arriving later
  // re-runs only the cloud checks; a new diagnosis keeps the settings and the data (data read with a key is
  // dropped when the address changes: it describes another instance).
  cloud::CloudAccess *cloudAccess() const { return m_cloud; }
  CloudPanel *cloudPanel(int step) const;
  CloudStartBox *cloudStartBox() const { return m_cloudStart; }

  int nextId() const override;
  bool validateCurrentPage() override;
  // Goes to any page (start, a step, the summary). Returns false if the start page's address is invalid and the
  // diagnosis cannot start (the user still may browse: steps are reachable without an address).
  bool jumpTo(int pageId);
  // Switches the application language and re-describes everything.
  void switchLanguage(const QString &lang);
  void done(int result) override;

  // Session files (.rdpdoctor): save what this window shows; open one in a new read-only window.
  QString saveSession(const QString &path) const;  // translated error, empty on success
  // Opens path in a new window (deleted on close); returns it, or null with *error set.
  static WizardWindow *openSessionWindow(const QString &path, const QString &contentDir, QString *error);
  bool isReadOnly() const { return m_readOnly; }

  // Training lab (checks/lab, wizard_lab.cpp): the scenarios of the built-in set plus labDir; startLab() starts the
  // pretend server on loopback (and a cloud-… scenario's pretend Alibaba Cloud, read by the cloud side with the
  // lab-only key), points the wizard at it and starts the diagnosis. The lab stops when the window closes or another
  // scenario starts; its pretend cloud is also left when a diagnosis of another address starts. Returns false
  // (with the message on the start page) when the scenario cannot start.
  // First run: the start page's lab box welcomes a new user (see wizard/first_run.h).
  void welcomeNewUser();
  void setLabDir(const QString &labDir);
  bool startLab(const QString &scenarioIdOrPath);
  void stopLab();
  bool isLabRunning() const;
  LabPanel *labPanel() const { return m_labPanel; }
  lab::LabCloud *labCloud() const { return m_labCloud.get(); }  // null: the scenario has no pretend cloud
  void setPresenterMode(bool on);
  bool presenterMode() const { return m_presenter; }
  QString readOnlyBanner() const { return m_banner; }
  void showUserGuide();

  // The smallest window that stays usable (1024×600 logical pixels minus the frame), and the default size for a
  // screen whose available area (without taskbars) is available: 1100×760 where it fits, smaller where not.
  static constexpr QSize kMinimumWindowSize{720, 500};
  static QSize defaultWindowSize(const QSize &available);

 protected:
  void changeEvent(QEvent *e) override;
  void closeEvent(QCloseEvent *e) override;

 private:
  void retranslate();
  void buildPages();
  void buildSidePanel();
  void buildHelpButton();
  void maybeStartDiagnosis();
  void buildCloud();
  void prepareCloud(Target &t);
  bool startLabCloud(const lab::Scenario &scenario, QString *problem);
  void useLabCloud();
  bool isLabTarget(const Target &t) const;
  void syncLabCloud(const Target &t);
  void showSession(const struct SessionData &data);
  void openSaveSessionDialog();
  void openOpenSessionDialog();
  void openLogFolder();
  void showAbout();

  std::shared_ptr<const CheckRegistry> m_ownRegistry;  // a replay registry for an opened session, else null
  QString m_contentDir;
  ContentStore m_content;
  Diagnosis *m_session;
  StartPage *m_start;
  QList<DiagnosticPage *> m_steps;
  SummaryPage *m_summary;
  EvidencePanel *m_evidencePanel;
  cloud::CloudAccess *m_cloud = nullptr;
  CloudStartBox *m_cloudStart = nullptr;
  QList<CloudPanel *> m_cloudPanels;
  LabPanel *m_labPanel;
  std::unique_ptr<lab::LabServer> m_lab;
  std::unique_ptr<lab::LabCloud> m_labCloud;  // the running scenario's pretend cloud, if it has one
  QString m_labDir;
  std::optional<Target> m_labTarget;
  bool m_presenter = false;
  QFont m_normalFont;
  std::shared_ptr<const guest::GuestEvidence> m_evidence;
  StepList *m_stepList;
  QToolButton *m_helpButton;
  QMenu *m_helpMenu;
  QAction *m_guide;
  QAction *m_openLogs;
  QAction *m_about;
  mutable int m_pendingJump = -1;  // consumed by nextId()
  bool m_browsing = false;
  bool m_readOnly = false;
  QString m_banner;
  struct SavedInfo { QString savedBy; QDateTime savedAt; } m_saved;  // a side-list jump away from an incomplete start page
};

}  // namespace rdpd
