#include "wizard/cloud_settings_form.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "checks/cloud/cloud_access.h"

using namespace Qt::StringLiterals;

namespace rdpd {

CloudSettingsForm::CloudSettingsForm(cloud::CloudAccess *access, QWidget *parent) : QWidget(parent), m_access(access) {
  const auto field = [this](const QString &name, int maxLength) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::editingFinished, this, &CloudSettingsForm::commit);
    return edit;
  };
  m_instance = field(u"cloudInstanceEdit"_s, 64);
  m_region = field(u"cloudRegionEdit"_s, 40);
  m_ip = field(u"cloudPublicIpEdit"_s, 60);
  m_instanceLabel = new QLabel(this);
  m_instanceLabel->setBuddy(m_instance);
  m_regionLabel = new QLabel(this);
  m_regionLabel->setBuddy(m_region);
  m_ipLabel = new QLabel(this);
  m_ipLabel->setBuddy(m_ip);
  m_ipProblem = new QLabel(this);
  m_ipProblem->setObjectName(u"cloudPublicIpProblem"_s);
  m_ipProblem->setWordWrap(true);
  m_ipProblem->setTextFormat(Qt::PlainText);
  m_ipProblem->hide();
  connect(m_ip, &QLineEdit::textChanged, this, &CloudSettingsForm::validate);

  auto *form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(m_instanceLabel, m_instance);
  form->addRow(m_regionLabel, m_region);
  form->addRow(m_ipLabel, m_ip);
  form->addRow(QString(), m_ipProblem);
  connect(m_access, &cloud::CloudAccess::settingsChanged, this, &CloudSettingsForm::refresh);
  refresh();
  retranslate();
}

void CloudSettingsForm::commit() { m_access->setSettings({m_instance->text(), m_region->text(), m_ip->text()}); }

void CloudSettingsForm::refresh() {
  const cloud::CloudSettings &s = m_access->settings();
  const std::pair<QLineEdit *, QString> fields[] = {
      {m_instance, s.instanceId}, {m_region, s.regionId}, {m_ip, s.publicIp}};
  for (const auto &[edit, value] : fields) {
    if (edit->text().trimmed() == value) continue;  // keep what is being typed, spaces and all
    const QSignalBlocker block(edit);
    edit->setText(value);
  }
  validate();
}

void CloudSettingsForm::validate() {
  const QString problem = cloud::publicIpProblem(m_ip->text());
  m_ipProblem->setText(problem);
  m_ipProblem->setVisible(!problem.isEmpty());
}

void CloudSettingsForm::retranslate() {
  m_instanceLabel->setText(tr("Instance &ID:"));
  m_instance->setPlaceholderText(tr("optional, e.g. i-bp1abc…; found by the address otherwise"));
  m_instance->setAccessibleName(tr("Instance ID (optional)"));
  m_regionLabel->setText(tr("Re&gion:"));
  m_region->setPlaceholderText(tr("optional, e.g. cn-hangzhou"));
  m_region->setAccessibleName(tr("Region (optional)"));
  m_ipLabel->setText(tr("This computer's &public IP:"));
  m_ip->setPlaceholderText(tr("as a \"what is my IP\" page shows it, e.g. 198.51.100.7"));
  m_ip->setAccessibleName(tr("This computer's public IP address"));
  m_ip->setAccessibleDescription(tr("The security-group rules are judged for this address"));
  validate();
}

void CloudSettingsForm::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(e);
}

CloudStartBox::CloudStartBox(cloud::CloudAccess *access, QWidget *parent) : QGroupBox(parent) {
  setObjectName(u"cloudStartBox"_s);
  m_onCloud = new QCheckBox(this);
  m_onCloud->setObjectName(u"onAlibabaCloudCheck"_s);
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  m_form = new CloudSettingsForm(access, this);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_onCloud);
  layout->addWidget(m_hint);
  layout->addWidget(m_form);
  connect(m_onCloud, &QCheckBox::toggled, this, &CloudStartBox::setCloudChosen);
  setCloudChosen(false);
  retranslate();
}

bool CloudStartBox::isCloudChosen() const { return m_onCloud->isChecked(); }

void CloudStartBox::setCloudChosen(bool on) {
  if (m_onCloud->isChecked() != on) m_onCloud->setChecked(on);  // toggled() calls back once
  m_hint->setVisible(on);
  m_form->setVisible(on);
}

void CloudStartBox::retranslate() {
  setTitle(tr("Cloud"));
  m_onCloud->setText(tr("My server is on &Alibaba Cloud (ECS)"));
  m_onCloud->setAccessibleName(tr("My server is on Alibaba Cloud (ECS)"));
  m_hint->setText(
      tr("Then RDP Doctor can also judge what only the cloud console shows: whether the instance runs, "
         "whether a security-group rule lets this computer in, the public bandwidth and the CPU. Give "
         "the cloud data on the \"Alibaba Cloud\" tab of steps 1, 3, 6 or 11: read with a read-only "
         "AccessKey, or without a key from the output of a few aliyun commands."));
}

void CloudStartBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
