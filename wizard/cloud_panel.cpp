#include "wizard/cloud_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/cloud/cloud_access.h"
#include "checks/cloud/sg_advice.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/cloud_action_box.h"
#include "wizard/cloud_import_box.h"
#include "wizard/cloud_key_box.h"
#include "wizard/cloud_settings_form.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
const QString kSecurityGroupCheck = u"cloud.security_group"_s;
constexpr int kShotWidth = 420;  // fits the tab at 1024×600
}  // namespace

CloudPanel::CloudPanel(int step, cloud::CloudAccess *access, Diagnosis *session, QWidget *parent)
    : QWidget(parent), m_step(step), m_access(access), m_session(session) {
  setObjectName(u"cloudPanel"_s);
}

void CloudPanel::showEvent(QShowEvent *e) {
  const bool fresh = !m_built;
  ensureBuilt();
  // Built while being shown: show the new children now, as showing the panel would have (Qt's layout would only
  // do it later, from the event loop), leaving alone those hidden on purpose.
  if (fresh) {
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
      if (!(w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))) w->show();
  }
  QWidget::showEvent(e);
}

void CloudPanel::ensureBuilt() {
  if (m_built) return;
  m_built = true;
  m_labNotice = new QLabel(this);
  m_labNotice->setObjectName(u"cloudLabNotice"_s);
  m_labNotice->setWordWrap(true);
  m_labNotice->setTextFormat(Qt::PlainText);
  QFont bold = m_labNotice->font();
  bold.setBold(true);
  m_labNotice->setFont(bold);
  m_source = new QLabel(this);
  m_source->setObjectName(u"cloudSourceLabel"_s);
  m_source->setWordWrap(true);
  m_source->setTextFormat(Qt::PlainText);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_labNotice);
  layout->addWidget(m_source);
  if (m_step == 1) buildScreenshotBox(layout);
  if (m_step == 3) buildRuleBox(layout);
  if (m_step == 1 || m_step == 11) {
    m_actions = new CloudActionBox(m_step, m_access, this);
    connect(m_actions, &CloudActionBox::evidenceCollected, this, &CloudPanel::evidenceCollected);
    layout->addWidget(m_actions);
  }
  m_settingsBox = new QGroupBox(this);
  m_settings = new CloudSettingsForm(m_access, m_settingsBox);
  auto *settingsLayout = new QVBoxLayout(m_settingsBox);
  settingsLayout->addWidget(m_settings);
  layout->addWidget(m_settingsBox);
  m_key = new CloudKeyBox(m_access, this);
  layout->addWidget(m_key);
  m_import = new CloudImportBox(m_access, this);
  layout->addWidget(m_import);
  layout->addStretch(1);
  connect(m_access, &cloud::CloudAccess::evidenceChanged, this, &CloudPanel::refreshSource);
  connect(m_access, &cloud::CloudAccess::labChanged, this, &CloudPanel::refreshLab);
  retranslate();
}

void CloudPanel::buildScreenshotBox(QVBoxLayout *layout) {
  m_shotBox = new QGroupBox(this);
  m_shotBox->setObjectName(u"cloudScreenshotBox"_s);
  m_shot = new QLabel(m_shotBox);
  m_shot->setObjectName(u"cloudScreenshot"_s);
  m_shotInfo = new QLabel(m_shotBox);
  m_shotInfo->setObjectName(u"cloudScreenshotInfo"_s);
  m_shotInfo->setWordWrap(true);
  m_shotInfo->setTextFormat(Qt::PlainText);
  auto *shotLayout = new QVBoxLayout(m_shotBox);
  shotLayout->addWidget(m_shot, 0, Qt::AlignLeft);
  shotLayout->addWidget(m_shotInfo);
  layout->addWidget(m_shotBox);
  connect(m_access, &cloud::CloudAccess::evidenceChanged, this, &CloudPanel::refreshScreenshot);
}

void CloudPanel::refreshScreenshot() {
  if (!m_shotBox) return;
  const auto e = m_access->evidence();
  const std::optional<cloud::ConsoleScreenshot> &shot = e ? e->screenshot : std::nullopt;
  m_shotBox->setVisible(shot.has_value());
  if (!shot) return;
  QPixmap picture;
  // The bytes come from the cloud: Qt's decoder reads them; a picture it cannot read is said so, not shown.
  if (shot->ok() && picture.loadFromData(shot->image)) {
    m_shot->setPixmap(picture.width() > kShotWidth ? picture.scaledToWidth(kShotWidth, Qt::SmoothTransformation)
                                                   : picture);
    m_shot->show();
    m_shotInfo->setText(tr("What the instance's console showed at %1 (%2×%3). A blue screen, \"Working on "
                           "updates\" or a black screen means Windows itself is the problem, not the network.")
                            .arg(QLocale().toString(shot->takenAtUtc.toLocalTime(), QLocale::ShortFormat))
                            .arg(picture.width())
                            .arg(picture.height()));
  } else {
    m_shot->clear();
    m_shot->hide();
    m_shotInfo->setText(shot->message.isEmpty() ? tr("The console screenshot could not be shown.") : shot->message);
  }
}

void CloudPanel::buildRuleBox(QVBoxLayout *layout) {
  m_ruleBox = new QGroupBox(this);
  m_ruleBox->setObjectName(u"cloudRuleBox"_s);
  m_decidingRule = new QLabel(m_ruleBox);
  m_decidingRule->setObjectName(u"cloudDecidingRule"_s);
  m_consoleSteps = new QLabel(m_ruleBox);
  m_consoleSteps->setObjectName(u"cloudRuleConsoleSteps"_s);
  for (QLabel *l : {m_decidingRule, m_consoleSteps}) {
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
  }
  m_authorize = new QLineEdit(m_ruleBox);
  m_authorize->setObjectName(u"cloudAuthorizeCommand"_s);
  m_authorize->setReadOnly(true);
  m_authorize->setMinimumWidth(80);
  m_authorize->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  m_copyAuthorize = new QPushButton(m_ruleBox);
  m_copyAuthorize->setObjectName(u"cloudCopyAuthorizeButton"_s);
  m_copyAuthorize->setAutoDefault(false);
  connect(m_copyAuthorize, &QPushButton::clicked, this,
          [this] { QGuiApplication::clipboard()->setText(m_authorize->text()); });
  auto *row = new QHBoxLayout;
  row->addWidget(m_authorize, 1);
  row->addWidget(m_copyAuthorize);
  auto *ruleLayout = new QVBoxLayout(m_ruleBox);
  ruleLayout->addWidget(m_decidingRule);
  ruleLayout->addWidget(m_consoleSteps);
  ruleLayout->addLayout(row);
  layout->addWidget(m_ruleBox);
  connect(m_session, &Diagnosis::resultChanged, this, [this](const QString &id) {
    if (id == kSecurityGroupCheck) refreshRule();
  });
}

QString CloudPanel::title() { return tr("Alibaba Cloud"); }

void CloudPanel::refreshLab() {
  m_labNotice->setVisible(m_access->isLab());
  m_labNotice->setText(
      m_access->isLab()
          ? tr("Training lab: this is a pretend Alibaba Cloud on this computer (%1), read with a lab-only key. "
               "Nothing real is read or changed.")
                .arg(m_access->labEndpoint().authority())
          : QString());
}

void CloudPanel::refreshSource() {
  const auto e = m_access->evidence();
  if (!e) {
    m_source->setText(
        tr("No cloud data yet: the cloud checks of steps 1, 3 and 6 stay skipped until you give it "
           "below, with a read-only key or without one."));
    return;
  }
  QString what;
  if (e->instances.size() == 1)
    what = tr("instance %1 (%2)").arg(e->instances.first().instanceId, e->instances.first().regionId);
  else
    what = tr("%1 instance(s)").arg(e->instances.size());
  const QString groups = tr("%1 security group(s)").arg(e->groups.size());
  if (m_access->isLab() && m_access->fromApi())
    return m_source->setText(tr("In use: read from the training lab's pretend cloud — %1, %2.").arg(what, groups));
  m_source->setText(m_access->fromApi()
                        ? tr("In use: read from Alibaba Cloud with a key — %1, %2.").arg(what, groups)
                        : tr("In use: %1 imported document(s) — %2, %3.").arg(e->documents.size()).arg(what, groups));
}

void CloudPanel::refreshRule() {
  if (!m_ruleBox) return;
  const auto r = m_session->result(kSecurityGroupCheck);
  const QString outcome = r ? r->findings.value(u"outcome"_s).toString() : QString();
  const QString deciding = r ? r->findings.value(u"deciding_rule"_s).toString() : QString();
  const bool blocked = outcome == u"no_rule_matches"_s || outcome == u"dropped_by_rule"_s;
  m_ruleBox->setVisible(!deciding.isEmpty() || blocked);
  if (deciding.isEmpty() && !blocked) return;
  const QString ip = r->findings.value(u"client_ip"_s).toString();
  const QString port = r->findings.value(u"port"_s).toString();
  if (!deciding.isEmpty())
    m_decidingRule->setText(tr("The rule that decides for %1 on TCP %2:\n%3").arg(ip, port, deciding));
  else
    m_decidingRule->setText(
        tr("No rule lets %1 reach TCP %2, so the security group's default denies it.").arg(ip, port));
  cloud::RuleToAdd add;
  add.groupId = r->findings.value(u"rule_to_add_group"_s).toString();
  add.client = QHostAddress(ip);
  add.port = r->findings.value(u"port"_s).toInt();
  add.priority = r->findings.value(u"rule_to_add_priority"_s).toInt();
  const QString command = r->findings.value(u"rule_to_add"_s).toString();
  m_consoleSteps->setVisible(blocked);
  m_consoleSteps->setText(
      blocked
          ? tr("The rule to add (RDP Doctor never changes security groups itself):\n%1").arg(cloud::consoleSteps(add))
          : QString());
  m_authorize->setText(command);
  m_authorize->setCursorPosition(0);
  m_authorize->setVisible(blocked && !command.isEmpty());
  m_copyAuthorize->setVisible(blocked && !command.isEmpty());
}

void CloudPanel::retranslate() {
  m_settingsBox->setTitle(tr("The instance"));
  if (m_shotBox) {
    m_shotBox->setTitle(tr("Console screenshot"));
    m_shot->setAccessibleName(tr("The instance's console screenshot"));
    refreshScreenshot();
  }
  if (m_ruleBox) {
    m_ruleBox->setTitle(tr("Security group"));
    m_copyAuthorize->setText(tr("Copy the command"));
    m_copyAuthorize->setAccessibleName(tr("Copy the AuthorizeSecurityGroup command to the clipboard"));
    m_authorize->setAccessibleName(tr("The aliyun command that adds the rule"));
    refreshRule();
  }
  refreshLab();
  refreshSource();
}

void CloudPanel::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange && m_built) retranslate();
  QWidget::changeEvent(e);
}

}  // namespace rdpd
