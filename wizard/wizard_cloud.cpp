// The wizard window's cloud side (issue #12): one CloudAccess shared by the start page's box and the cloud panels
// of steps 1, 3, 6 and 11, and its evidence folded into the diagnosis.
#include "checks/cloud/cloud_access.h"
#include "checks/cloud/key_store.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/cloud_panel.h"
#include "wizard/cloud_settings_form.h"
#include "wizard/diagnostic_page.h"
#include "wizard/evidence_panel.h"
#include "wizard/start_page.h"
#include "wizard/wizard_window.h"

namespace rdpd {

namespace {
constexpr int kCloudSteps[] = {1, 3, 6, 11};
}  // namespace

void WizardWindow::buildCloud() {
  m_cloud = new cloud::CloudAccess(this);
  m_cloud->setKeyStore(cloud::systemKeyStore());  // only used when the user ticks "Remember"; null where none
  m_cloudStart = new CloudStartBox(m_cloud);
  m_start->addPanel(m_cloudStart);
  for (int step : kCloudSteps) {
    auto *panel = new CloudPanel(step, m_cloud, m_session);
    stepPage(step)->addExtraPanel(panel, [] { return CloudPanel::title(); });
    m_cloudPanels << panel;
    // Evidence collected through Cloud Assistant goes in like an imported evidence file.
    connect(panel, &CloudPanel::evidenceCollected, this, [this](std::shared_ptr<const guest::GuestEvidence> ev) {
      m_evidencePanel->showAccepted(ev);
      setGuestEvidence(std::move(ev));
    });
  }
  // Arriving after (or during) a run: only the cloud checks run again and the verdict recombines. Before the
  // first run the evidence simply goes in with the target (prepareCloud).
  connect(m_cloud, &cloud::CloudAccess::evidenceChanged, this, [this] {
    if (m_session->hasStarted()) m_session->setCloudEvidence(m_cloud->evidence());
  });
}

CloudPanel *WizardWindow::cloudPanel(int step) const {
  for (CloudPanel *p : m_cloudPanels)
    if (p->step() == step) return p;
  return nullptr;
}

void WizardWindow::prepareCloud(Target &t) {
  m_cloudStart->form()->commit();
  // Data read with a key describes the instance behind the old address; imported documents may hold several
  // instances and are matched to the address by the checks, so they stay.
  if (!m_cloud->address().isEmpty() && m_cloud->address() != t.host && m_cloud->fromApi()) m_cloud->forget();
  m_cloud->setAddress(t.host);
  t.cloudEvidence = m_cloud->evidence();
}

}  // namespace rdpd
