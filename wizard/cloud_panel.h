#pragma once
// The "Alibaba Cloud" tab of steps 1, 3, 6 and 11: one panel class, configured by the step it sits on. It says
// which cloud data is in use, shows what the step needs from it (step 3: the security-group rule that decides,
// quoted, and when nothing lets this computer in, the rule to add as console steps and as an
// AuthorizeSecurityGroup line to copy), on steps 1 and 11 the action done with the key (cloud_action_box.h), the
// instance settings, and the two ways to give the cloud data: without a
// key (cloud_import_box.h) and with a read-only AccessKey (cloud_key_box.h). While the training lab's pretend cloud
// is in use, a notice on top says so (nothing real is read or changed). Every panel shares the window's
// CloudAccess; the check results themselves appear in the step's list of checks like any other. Its widgets are
// built the first time it is shown (or asked for), so the start page paints without them.

#include <QGroupBox>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace rdpd {

class Diagnosis;
class CloudActionBox;
class CloudImportBox;
class CloudKeyBox;
class CloudSettingsForm;
namespace cloud {
class CloudAccess;
}
namespace guest {
struct GuestEvidence;
}

class CloudPanel final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudPanel)

 public:
  CloudPanel(int step, cloud::CloudAccess *access, Diagnosis *session, QWidget *parent = nullptr);
  int step() const { return m_step; }
  void ensureBuilt();
  CloudImportBox *importBox() {
    ensureBuilt();
    return m_import;
  }
  CloudKeyBox *keyBox() {
    ensureBuilt();
    return m_key;
  }
  // Steps 1 and 11: the cloud action (cloud_action_box.h); null on the other steps.
  CloudActionBox *actionBox() {
    ensureBuilt();
    return m_actions;
  }
  // The tab's title.
  static QString title();

 signals:
  // Step 1's action brought evidence from inside the server.
  void evidenceCollected(std::shared_ptr<const rdpd::guest::GuestEvidence> evidence);

 protected:
  void changeEvent(QEvent *e) override;
  void showEvent(QShowEvent *e) override;

 private:
  void buildRuleBox(QVBoxLayout *layout);
  void buildScreenshotBox(QVBoxLayout *layout);
  void refreshScreenshot();
  void retranslate();
  void refreshSource();
  void refreshLab();
  void refreshRule();

  const int m_step;
  cloud::CloudAccess *m_access;
  Diagnosis *m_session;
  bool m_built = false;
  QLabel *m_labNotice = nullptr;
  QLabel *m_source = nullptr;
  QGroupBox *m_ruleBox = nullptr;  // step 3 only
  QLabel *m_decidingRule = nullptr;
  QLabel *m_consoleSteps = nullptr;
  QLineEdit *m_authorize = nullptr;
  QPushButton *m_copyAuthorize = nullptr;
  QGroupBox *m_shotBox = nullptr;  // step 1 only: the console screenshot read with a key
  QLabel *m_shot = nullptr;
  QLabel *m_shotInfo = nullptr;
  QGroupBox *m_settingsBox = nullptr;
  CloudSettingsForm *m_settings = nullptr;
  CloudImportBox *m_import = nullptr;
  CloudKeyBox *m_key = nullptr;
  CloudActionBox *m_actions = nullptr;  // steps 1 and 11
};

}  // namespace rdpd
