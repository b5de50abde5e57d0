#include "wizard/wizard_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSignalBlocker>
#include <QSysInfo>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

#include "checks/cloud/cloud_access.h"
#include "checks/core/i18n.h"
#include "checks/core/logging.h"
#include "checks/core/steps.h"
#include "checks/diagnosis/diagnosis.h"
#include "checks/guest/evidence.h"
#include "checks/lab/lab_cloud.h"
#include "checks/lab/lab_server.h"
#include "checks/report/diagnosis_report.h"
#include "checks/session/saved_session.h"
#include "wizard/cloud_panel.h"
#include "wizard/diagnostic_page.h"
#include "wizard/error_search_box.h"
#include "wizard/evidence_panel.h"
#include "wizard/lab_panel.h"
#include "wizard/page_ids.h"
#include "wizard/replay_registry.h"
#include "wizard/start_page.h"
#include "wizard/status_icons.h"
#include "wizard/step_list.h"
#include "wizard/summary_page.h"
#include "wizard/user_guide_dialog.h"

using namespace Qt::StringLiterals;

namespace rdpd {

WizardWindow::WizardWindow(const QString &contentDir, QWidget *parent, std::shared_ptr<const CheckRegistry> registry)
    : QWizard(parent),
      m_ownRegistry(std::move(registry)),
      m_contentDir(contentDir),
      m_content(contentDir),
      m_session(new Diagnosis(m_ownRegistry ? *m_ownRegistry : CheckRegistry::standard(), Services::system(), this)) {
  setObjectName(u"wizardWindow"_s);
  setWindowIcon(appIcon());
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnStartPage, true);
  setOption(QWizard::HaveCustomButton1, true);

  buildPages();
  buildSidePanel();
  buildHelpButton();
  connect(this, &QWizard::currentIdChanged, this, [this](int id) {
    m_stepList->setCurrentPage(id);
    // Returning to the start page means the user may change the address: stop probing the old one.
    if (id == Page_Start) m_session->cancel();
  });
  // The Back button (pressed by the user, not the side list's programmatic jumps) stops running probes; finished
  // results stay, and Re-run on any page starts its checks again.
  connect(button(QWizard::BackButton), &QAbstractButton::clicked, this, [this] { m_session->cancel(); });

  // Usable on a 1366×768 laptop minus its taskbar, or 1280×800 at 125 % (1024×600 logical pixels).
  setMinimumSize(kMinimumWindowSize);
  resize(defaultWindowSize(screen() ? screen()->availableGeometry().size() : QSize()));
  retranslate();
}

QSize WizardWindow::defaultWindowSize(const QSize &available) {
  constexpr QSize kPreferred(1100, 760);
  if (!available.isValid() || available.isEmpty()) return kPreferred;
  // Leave room for the window frame and title bar the window manager adds around the client area.
  const QSize room = available - QSize(16, 48);
  return kPreferred.boundedTo(room).expandedTo(kMinimumWindowSize);
}

void WizardWindow::buildPages() {
  // Step pages and the summary build their widgets the first time they are opened: the first paint of the start
  // page does not wait for twelve pages nobody looked at yet.
  m_start = new StartPage(this);
  setPage(Page_Start, m_start);
  for (int step = 1; step <= kStepCount; ++step) {
    auto *page = new DiagnosticPage(step, m_session, &m_content, this);
    setPage(pageForStep(step), page);
    m_steps << page;
  }
  m_evidencePanel = new EvidencePanel;
  m_steps.first()->addExtraPanel(m_evidencePanel, [] { return tr("Collect evidence from the server"); });
  connect(m_evidencePanel, &EvidencePanel::evidenceImported, this, &WizardWindow::setGuestEvidence);
  buildCloud();
  m_labPanel = new LabPanel;
  m_start->addPanel(m_labPanel);
  connect(m_labPanel, &LabPanel::startRequested, this, &WizardWindow::startLab);
  connect(m_labPanel, &LabPanel::presenterModeChanged, this, &WizardWindow::setPresenterMode);
  m_lab = std::make_unique<lab::LabServer>();
  m_summary = new SummaryPage(m_session, this);
  setPage(Page_Summary, m_summary);
  setStartId(Page_Start);
  setLabDir(QString());
  m_normalFont = font();
  connect(m_summary, &SummaryPage::jumpRequested, this, &WizardWindow::jumpTo);
  connect(m_summary, &SummaryPage::saveSessionRequested, this, &WizardWindow::openSaveSessionDialog);
  connect(m_summary, &SummaryPage::openSessionRequested, this, &WizardWindow::openOpenSessionDialog);
  connect(m_start, &StartPage::languageChosen, this, &WizardWindow::switchLanguage);
}

void WizardWindow::buildSidePanel() {
  m_stepList = new StepList(m_session, this);
  auto *side = new QWidget(this);
  auto *sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  sideLayout->addWidget(m_stepList, 1);
  sideLayout->addWidget(new ErrorSearchBox(m_session, side));
  setSideWidget(side);
  connect(m_stepList, &StepList::jumpRequested, this, &WizardWindow::jumpTo);
}

void WizardWindow::buildHelpButton() {
  // Help menu on the wizard's own button row (QWizard has no menu bar).
  m_helpButton = new QToolButton(this);
  m_helpButton->setObjectName(u"helpButton"_s);
  m_helpButton->setPopupMode(QToolButton::InstantPopup);
  m_helpButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
  m_helpMenu = new QMenu(m_helpButton);
  m_guide = m_helpMenu->addAction(QString());
  m_guide->setObjectName(u"userGuideAction"_s);
  m_guide->setShortcut(QKeySequence::HelpContents);
  addAction(m_guide);  // F1 works without opening the menu
  m_openLogs = m_helpMenu->addAction(QString());
  m_openLogs->setObjectName(u"openLogFolderAction"_s);
  m_about = m_helpMenu->addAction(QString());
  m_about->setObjectName(u"aboutAction"_s);
  m_helpButton->setMenu(m_helpMenu);
  setButton(QWizard::CustomButton1, m_helpButton);
  setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                   QWizard::FinishButton, QWizard::CancelButton});
  connect(m_guide, &QAction::triggered, this, &WizardWindow::showUserGuide);
  connect(m_openLogs, &QAction::triggered, this, &WizardWindow::openLogFolder);
  connect(m_about, &QAction::triggered, this, &WizardWindow::showAbout);
}

void WizardWindow::showUserGuide() {
  auto *dlg = new UserGuideDialog(this);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->open();  // no nested event loop
}

WizardWindow::~WizardWindow() {
  m_session->cancel();
  const QSignalBlocker quiet(m_cloud);  // leaving the lab's cloud must not re-run checks of a window going away
  stopLab();
}

void WizardWindow::setPresenterMode(bool on) {
  if (m_presenter == on) return;
  m_presenter = on;
  QFont f = m_normalFont;
  if (on) f.setPointSizeF(f.pointSizeF() * 1.35);
  setFont(f);
  m_summary->setPresenterMode(on);
}

DiagnosticPage *WizardWindow::stepPage(int step) const {
  return step >= 1 && step <= m_steps.size() ? m_steps[step - 1] : nullptr;
}

int WizardWindow::nextId() const {
  // Consumed on first read: QWizard::next() reads it once to pick the page, and the page switch then asks again
  // to decide between Next and Finish, which must see the normal order.
  if (m_pendingJump >= 0) return std::exchange(m_pendingJump, -1);
  return QWizard::nextId();  // pages are added in order: start, 1..11, summary
}

bool WizardWindow::validateCurrentPage() {
  if (currentId() == Page_Start) {
    if (m_start->isComplete()) {
      maybeStartDiagnosis();
      return true;
    }
    return m_browsing;
  }
  return QWizard::validateCurrentPage();
}

void WizardWindow::setGuestEvidence(std::shared_ptr<const guest::GuestEvidence> evidence) {
  m_evidence = std::move(evidence);
  if (!m_session->hasStarted()) return;  // used when the diagnosis starts
  m_session->setGuestEvidence(m_evidence);  // only the guest checks run again; the remote results stay
}

void WizardWindow::maybeStartDiagnosis() {
  Target t = m_start->target();
  if (isLabTarget(t)) {
    for (int p : m_labTarget->extraPorts)  // the lab's alternative port, probed by net.alt_ports
      if (!t.extraPorts.contains(p)) t.extraPorts.prepend(p);
  }
  t.guestEvidence = m_evidence;
  syncLabCloud(t);
  prepareCloud(t);
  m_session->setClientError(m_start->clientError());
  // Same address and a run that finished (or still runs): keep the results the user already saw.
  const bool same = m_session->hasStarted() && m_session->target().host == t.host &&
                    m_session->target().port == t.port && m_session->target().extraPorts == t.extraPorts &&
                    m_session->target().guestEvidence == t.guestEvidence &&
                    m_session->target().cloudEvidence == t.cloudEvidence;
  if (same && (m_session->isComplete() || m_session->isRunning())) return;
  m_session->start(t);
}

bool WizardWindow::jumpTo(int pageId) {
  if (!page(pageId) || pageId == currentId()) return pageId == currentId();
  const QList<int> history = visitedIds();
  if (history.contains(pageId)) {
    while (currentId() != pageId && currentId() != -1) back();
    return currentId() == pageId;
  }
  m_pendingJump = pageId;
  m_browsing = true;
  next();
  m_browsing = false;
  m_pendingJump = -1;  // not consumed when the start page refused to leave
  return currentId() == pageId;
}

void WizardWindow::switchLanguage(const QString &lang) {
  if (normalizeLanguage(lang) == currentLanguage()) return;
  installTranslators(qApp, lang);  // LanguageChange reaches every widget: each page retranslates itself
  // Qt posts those events; deliver them now so everything on screen is in the new language before the next paint
  // or jump (this delivers already-posted events only: no nested event loop).
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void WizardWindow::retranslate() {
  setWindowTitle(tr("RDP Doctor — Remote Desktop connection check"));
  setButtonText(QWizard::CustomButton1, tr("&Help"));  // QWizard owns the texts of its buttons
  m_helpButton->setAccessibleName(tr("Help menu"));
  m_guide->setText(tr("&User guide"));
  m_openLogs->setText(tr("Open &log folder"));
  m_about->setText(tr("&About RDP Doctor"));
  // QWizard computes its own button texts only on layout changes; re-applying the style refreshes them from the
  // freshly installed Qt translation.
  setWizardStyle(wizardStyle());
  button(QWizard::BackButton)->setAccessibleName(tr("Back"));
  button(QWizard::NextButton)->setAccessibleName(tr("Next"));
  button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
  button(QWizard::CancelButton)->setAccessibleName(tr("Cancel and close"));
}

void WizardWindow::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) {
    m_session->retranslate();
    retranslate();
  }
  QWizard::changeEvent(e);
}

void WizardWindow::done(int result) {
  m_session->cancel();
  stopLab();
  QWizard::done(result);
}

void WizardWindow::closeEvent(QCloseEvent *e) {
  m_session->cancel();
  stopLab();
  QWizard::closeEvent(e);
}

QString WizardWindow::saveSession(const QString &path) const {
  SessionData d;
  d.target = m_session->target();
  d.target.userHint.clear();
  d.target.guestEvidence.reset();
  d.savedAt = QDateTime::currentDateTimeUtc();
  const DiagnosisReport r = m_summary->report();
  d.startedAt = r.startedAt;
  d.durationMs = r.durationMs;
  d.appVersion = QCoreApplication::applicationVersion();
  // "Whose": the person who saved it on this computer, so the helpdesk's read-only banner can say who sent it.
  // A session re-saved from a read-only window keeps its original author.
  d.savedBy = m_saved.savedBy;
  if (d.savedBy.isEmpty()) {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    d.savedBy = user.isEmpty() ? QSysInfo::machineHostName() : user + u'@' + QSysInfo::machineHostName();
  }
  d.language = currentLanguage();
  d.clientError = m_session->clientError();
  d.clientOs = QSysInfo::prettyProductName();
  d.results = m_session->results();
  QStringList confirmed(m_session->confirmations().cbegin(), m_session->confirmations().cend());
  confirmed.sort();
  d.confirmations = confirmed;
  for (int step = 1; step <= kStepCount; ++step) {
    if (!m_session->note(step).isEmpty()) d.notes.insert(step, m_session->note(step));
  }
  return SavedSession::save(path, d);
}

WizardWindow *WizardWindow::openSessionWindow(const QString &path, const QString &contentDir, QString *error) {
  const SessionLoad load = SavedSession::load(path);
  if (!load.ok()) {
    if (error) *error = load.message;
    return nullptr;
  }
  auto *w = new WizardWindow(contentDir, nullptr, makeReplayRegistry(load.data->results));
  w->setAttribute(Qt::WA_DeleteOnClose);
  w->showSession(*load.data);
  return w;
}

void WizardWindow::showSession(const SessionData &data) {
  m_readOnly = true;
  m_saved = {data.savedBy, data.savedAt};
  const QString when = QLocale().toString(data.savedAt.toLocalTime(), QLocale::ShortFormat);
  const QString target = data.target.display().isEmpty() ? data.target.input : data.target.display();
  m_banner = data.savedBy.isEmpty()
                 ? tr("Diagnosis of %1 saved on %2 — read only").arg(target, when)
                 : tr("Diagnosis of %1 saved by %2 on %3 — read only").arg(target, data.savedBy, when);
  m_session->setClientError(data.clientError);
  for (const QString &id : data.confirmations) m_session->setConfirmed(id, true);
  for (auto it = data.notes.cbegin(); it != data.notes.cend(); ++it) m_session->setNote(it.key(), it.value());
  m_start->setEnabled(false);
  m_evidencePanel->setEnabled(false);
  for (CloudPanel *cloud : std::as_const(m_cloudPanels)) cloud->setEnabled(false);
  m_labPanel->setEnabled(false);
  for (DiagnosticPage *page : std::as_const(m_steps)) page->setReadOnly(true);
  m_summary->setReadOnlyBanner(m_banner);
  setWindowTitle(m_banner);
  m_session->start(data.target);  // replays the saved results; nothing goes on the network
  if (currentId() == -1) setStartId(Page_Summary);  // not shown yet: open on the summary
  else jumpTo(Page_Summary);
}

void WizardWindow::openSaveSessionDialog() {
  auto *dlg = new QFileDialog(this, tr("Save the session"));
  dlg->setObjectName(u"saveSessionDialog"_s);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->setAcceptMode(QFileDialog::AcceptSave);
  dlg->setNameFilters({tr("RDP Doctor session (*.rdpdoctor)")});
  dlg->setDefaultSuffix(QString::fromLatin1(SavedSession::kExtension));
  dlg->selectFile(u"diagnosis.rdpdoctor"_s);
  connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) {
    const QString error = saveSession(path);
    if (error.isEmpty()) return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The session was not saved"),
                                tr("%1\n\nNothing was lost: choose another folder and save again.").arg(error),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  });
  dlg->open();
}

void WizardWindow::openOpenSessionDialog() {
  auto *dlg = new QFileDialog(this, tr("Open a session"));
  dlg->setObjectName(u"openSessionDialog"_s);
  dlg->setAttribute(Qt::WA_DeleteOnClose);
  dlg->setFileMode(QFileDialog::ExistingFile);
  dlg->setNameFilters({tr("RDP Doctor session (*.rdpdoctor)"), tr("All files (*)")});
  connect(dlg, &QFileDialog::fileSelected, this, [this](const QString &path) {
    QString error;
    WizardWindow *w = openSessionWindow(path, m_contentDir, &error);
    if (w) {
      w->show();
      return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The session cannot be opened"), error, QMessageBox::Ok, this);
    box->setObjectName(u"openSessionError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  });
  dlg->open();
}

void WizardWindow::openLogFolder() { QDesktopServices::openUrl(QUrl::fromLocalFile(logDirectory())); }

void WizardWindow::showAbout() {
  auto *box = new QMessageBox(QMessageBox::Information, tr("About RDP Doctor"),
                              tr("RDP Doctor %1\n\nFinds out why Remote Desktop cannot connect to a cloud Windows "
                                 "server, following the eleven steps of the usual checklist.\n\nLogs: %2")
                                  .arg(QCoreApplication::applicationVersion(), logDirectory()),
                              QMessageBox::Close, this);
  box->setObjectName(u"aboutBox"_s);
  box->setIconPixmap(appIcon().pixmap(QSize(48, 48)));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();  // no nested event loop
}

}  // namespace rdpd
