#include "wizard/cloud_key_box.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/cloud/cloud_access.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
constexpr int kTyped = 0;    // combo index: a key typed for this window
constexpr int kDefault = 1;  // the aliyun CLI's current profile, or the environment variables
}  // namespace

CloudKeyBox::CloudKeyBox(cloud::CloudAccess *access, QWidget *parent) : QGroupBox(parent), m_access(access) {
  setObjectName(u"cloudKeyBox"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_profile = new QComboBox(this);
  m_profile->setObjectName(u"cloudProfileCombo"_s);
  m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_profile->setMinimumContentsLength(16);
  m_profileLabel = new QLabel(this);
  m_profileLabel->setBuddy(m_profile);
  m_keyId = new QLineEdit(this);
  m_keyId->setObjectName(u"cloudKeyIdEdit"_s);
  m_keyId->setMaxLength(128);
  m_keyIdLabel = new QLabel(this);
  m_keyIdLabel->setBuddy(m_keyId);
  m_secret = new QLineEdit(this);
  m_secret->setObjectName(u"cloudSecretEdit"_s);
  m_secret->setEchoMode(QLineEdit::Password);  // also refuses copy and cut
  m_secret->setMaxLength(256);
  m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
  m_secretLabel = new QLabel(this);
  m_secretLabel->setBuddy(m_secret);
  m_read = new QPushButton(this);
  m_read->setObjectName(u"cloudReadButton"_s);
  m_cancel = new QPushButton(this);
  m_cancel->setObjectName(u"cloudCancelButton"_s);
  m_busy = new QProgressBar(this);
  m_busy->setObjectName(u"cloudReadProgress"_s);
  m_busy->setRange(0, 0);
  m_busy->setTextVisible(false);
  m_busy->setMaximumHeight(10);
  m_elapsed = new QLabel(this);
  m_status = new QLabel(this);
  m_status->setObjectName(u"cloudKeyStatus"_s);
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  for (QPushButton *b : {m_read, m_cancel}) b->setAutoDefault(false);
  m_tick.setInterval(1000);
  connect(&m_tick, &QTimer::timeout, this, [this] { m_elapsed->setText(tr("Reading… %1 s").arg(++m_seconds)); });
  connect(m_profile, &QComboBox::currentIndexChanged, this, &CloudKeyBox::updateMode);
  connect(m_read, &QPushButton::clicked, this, &CloudKeyBox::startRead);
  connect(m_secret, &QLineEdit::returnPressed, this, &CloudKeyBox::startRead);
  connect(m_cancel, &QPushButton::clicked, m_access, &cloud::CloudAccess::cancelRead);
  connect(m_access, &cloud::CloudAccess::readingChanged, this, &CloudKeyBox::onReading);
  connect(m_access, &cloud::CloudAccess::readFinished, this, &CloudKeyBox::onFinished);

  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(m_profileLabel, m_profile);
  form->addRow(m_keyIdLabel, m_keyId);
  form->addRow(m_secretLabel, m_secret);
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(m_read);
  buttons->addWidget(m_cancel);
  buttons->addWidget(m_busy, 1);
  buttons->addWidget(m_elapsed);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(m_status);
  refreshProfiles();
  retranslate();
  onReading(m_access->isReading());
}

void CloudKeyBox::refreshProfiles() {
  m_profiles = cloud::aliyunProfileNames(m_access->credentialSources(QString()).configPath);
  const int keep = m_profile->currentIndex();
  const QSignalBlocker block(m_profile);
  m_profile->clear();
  m_profile->addItem(QString());  // kTyped; texts set by retranslate()
  m_profile->addItem(QString());  // kDefault
  for (const QString &name : std::as_const(m_profiles)) m_profile->addItem(name);
  m_profile->setCurrentIndex(keep >= 0 && keep < m_profile->count() ? keep : kTyped);
  retranslate();
  updateMode();
}

void CloudKeyBox::updateMode() {
  const bool typed = m_profile->currentIndex() == kTyped;
  for (QWidget *w : {static_cast<QWidget *>(m_keyIdLabel), static_cast<QWidget *>(m_keyId),
                     static_cast<QWidget *>(m_secretLabel), static_cast<QWidget *>(m_secret)})
    w->setVisible(typed);
}

void CloudKeyBox::startRead() {
  if (m_access->isReading()) return;
  QString problem;
  const int index = m_profile->currentIndex();
  if (index == kTyped) {
    cloud::Credentials c;
    c.accessKeyId = m_keyId->text().trimmed();
    c.accessKeySecret = cloud::Secret(m_secret->text().trimmed().toUtf8());
    c.source = u"typed in"_s;
    problem = m_access->startRead(c);
  } else {
    problem = m_access->startReadWithProfile(index == kDefault ? QString() : m_profile->currentText());
  }
  if (!problem.isEmpty()) setStatus(problem, true);
}

void CloudKeyBox::onReading(bool reading) {
  m_read->setEnabled(!reading);
  m_cancel->setVisible(reading);
  m_busy->setVisible(reading);
  m_elapsed->setVisible(reading);
  if (reading) {
    m_seconds = 0;
    m_elapsed->setText(tr("Reading… %1 s").arg(0));
    setStatus(tr("Reading the instance, its security groups, the Cloud Assistant status and the last hour of "
                 "metrics (read-only calls)…"),
              false);
    m_tick.start();
  } else {
    m_tick.stop();
  }
}

void CloudKeyBox::onFinished(bool ok, const QString &message, const QStringList &warnings) {
  if (!ok) return setStatus(message, true);
  QString text = tr("Read. The cloud checks on steps 1, 3 and 6 run again with what the cloud said.");
  for (const QString &w : warnings) text += u"\n"_s + tr("Note: %1").arg(w);
  setStatus(text, false);
}

void CloudKeyBox::setStatus(const QString &text, bool error) {
  m_status->setText(text);
  m_status->setProperty("error", error);
  m_status->setAccessibleName(text);
  QFont f = m_status->font();
  f.setBold(error);
  m_status->setFont(f);
}

void CloudKeyBox::retranslate() {
  setTitle(tr("With a read-only AccessKey"));
  m_intro->setText(
      tr("RDP Doctor then reads the instance itself with read-only calls (Describe…); it changes "
         "nothing. A typed secret stays in memory for this window only: it is never saved, logged, "
         "exported or copied. Ask for a RAM user with the read-only policy in the user guide."));
  m_profileLabel->setText(tr("&Key:"));
  m_profile->setItemText(kTyped, tr("Type an AccessKey for this window"));
  m_profile->setItemText(kDefault, tr("aliyun CLI: current profile or environment variables"));
  m_profile->setAccessibleName(tr("Which AccessKey to use"));
  m_keyIdLabel->setText(tr("AccessKey I&D:"));
  m_keyId->setAccessibleName(tr("AccessKey ID"));
  m_keyId->setPlaceholderText(u"LTAI…"_s);
  m_secretLabel->setText(tr("AccessKey &secret:"));
  m_secret->setAccessibleName(tr("AccessKey secret (hidden)"));
  m_read->setText(tr("&Read from Alibaba Cloud"));
  m_read->setAccessibleName(tr("Read the instance from Alibaba Cloud with this key"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setAccessibleName(tr("Stop reading from Alibaba Cloud"));
  m_busy->setAccessibleName(tr("Reading from Alibaba Cloud"));
}

void CloudKeyBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
