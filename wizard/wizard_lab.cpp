// The wizard window's training lab (the start page's lab panel): the pretend server on loopback and, for the
// cloud-… scenarios, the scenario's pretend Alibaba Cloud (lab::LabCloud), read through the window's CloudAccess
// with the lab-only key like a real read, so the cloud tabs of steps 1, 3, 6 and 11 (and their actions) work
// against it. Leaving the lab — stopping it, a scenario without a cloud, a diagnosis of another address — drops
// everything the lab's cloud brought and gives the user's own cloud settings back (CloudAccess::leaveLab).
#include <QTimer>

#include "checks/cloud/cloud_access.h"
#include "checks/diagnosis/diagnosis.h"
#include "checks/lab/lab_cloud.h"
#include "checks/lab/lab_server.h"
#include "wizard/evidence_panel.h"
#include "wizard/lab_panel.h"
#include "wizard/page_ids.h"
#include "wizard/start_page.h"
#include "wizard/summary_page.h"
#include "wizard/wizard_window.h"

namespace rdpd {

void WizardWindow::setLabDir(const QString &labDir) {
  m_labDir = labDir;
  const lab::ScenarioListing listing = lab::listScenarios(labDir);
  m_labPanel->setScenarios(listing.scenarios);
  QStringList problems;
  for (const lab::ScenarioParse &f : listing.failures) problems << f.message;
  m_labPanel->setMessage(problems.join(u'\n'), !problems.isEmpty());
  m_labPanel->setVisible(!listing.scenarios.isEmpty() || !problems.isEmpty());
}

bool WizardWindow::startLab(const QString &scenarioIdOrPath) {
  if (m_readOnly) return false;
  const lab::ScenarioParse parsed = lab::loadScenario(scenarioIdOrPath, m_labDir);
  if (!parsed.ok()) {
    m_labPanel->setMessage(parsed.message, true);
    return false;
  }
  m_session->cancel();
  const lab::LabStart started = m_lab->start(*parsed.scenario);  // stops the previous scenario first
  QString problem = started.ok ? QString() : started.message;
  if (started.ok) {
    m_labTarget = m_lab->target();
    startLabCloud(*parsed.scenario, &problem);
  }
  if (!problem.isEmpty()) {
    stopLab();
    m_labPanel->setMessage(problem, true);
    return false;
  }
  m_labPanel->selectScenario(parsed.scenario->id);
  m_labPanel->setWelcome(false);
  const Target t = *m_labTarget;
  m_labPanel->setMessage(
      m_labCloud ? tr("The lab runs on %1 and its pretend Alibaba Cloud on %2 (the \"Alibaba Cloud\" tab of steps "
                      "1, 3, 6 and 11). The diagnosis starts now.")
                       .arg(t.display(), m_labCloud->url().authority())
                 : tr("The lab runs on %1. The diagnosis starts now.").arg(t.display()),
      false);
  m_evidence = t.guestEvidence;  // the scenario's own evidence (or none)
  if (m_evidence) m_evidencePanel->showAccepted(m_evidence);
  m_summary->setLabScenario(*parsed.scenario);
  m_start->setTargetText(t.display());
  m_start->setClientErrorText(t.clientError);
  if (currentId() != Page_Start && currentId() != -1) jumpTo(Page_Start);
  if (currentId() == Page_Start) {
    next();  // starts the diagnosis like the user pressing Start
  } else {
    // Not shown yet: showing the window opens the start page; start from there.
    QTimer::singleShot(0, this, [this] {
      if (currentId() == Page_Start && m_start->isComplete()) next();
    });
  }
  return true;
}

bool WizardWindow::startLabCloud(const lab::Scenario &scenario, QString *problem) {
  if (m_cloud) m_cloud->leaveLab();  // the previous scenario's cloud goes before its pretend cloud stops
  m_labCloud.reset();
  if (!scenario.cloud) return true;
  auto labCloud = std::make_unique<lab::LabCloud>();
  if (!labCloud->start(*scenario.cloud, m_lab->mainPort(), m_lab->resolvedEvidence(), problem)) return false;
  m_labCloud = std::move(labCloud);
  useLabCloud();
  return true;
}

void WizardWindow::useLabCloud() {
  const QString problem = m_cloud->useLab(m_labCloud->url(), m_labCloud->credentials(),
                                          m_labCloud->spec().clientPublicIp, m_labTarget->host);
  if (!problem.isEmpty()) m_labPanel->setMessage(problem, true);
}

bool WizardWindow::isLabTarget(const Target &t) const {
  return m_labTarget && isLabRunning() && t.host == m_labTarget->host && t.port == m_labTarget->port;
}

void WizardWindow::syncLabCloud(const Target &t) {
  if (!m_labCloud || !isLabTarget(t)) {
    m_cloud->leaveLab();  // a diagnosis of another address never sees (or talks to) the pretend cloud
    return;
  }
  // Back at the lab's address after diagnosing another one: its pretend cloud is read again.
  if (!m_cloud->isLab() || m_cloud->labEndpoint() != m_labCloud->url()) useLabCloud();
}

void WizardWindow::stopLab() {
  if (m_cloud) m_cloud->leaveLab();
  m_labCloud.reset();
  if (m_lab) m_lab->stop();
  m_labTarget.reset();
}

void WizardWindow::welcomeNewUser() {
  if (m_labPanel->scenarioCount() > 0) m_labPanel->setWelcome(true);
}

bool WizardWindow::isLabRunning() const { return m_lab && m_lab->isRunning(); }

}  // namespace rdpd
