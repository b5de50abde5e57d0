#include "wizard/cloud_key_box.h"

#include <QCheckBox>
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
// Then the profiles of ~/.aliyun/config.json, then the key remembered in the system keychain (where there is one).
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
  m_remember = new QCheckBox(this);
  m_remember->setObjectName(u"cloudRememberKeyCheck"_s);
  m_forgetKey = new QPushButton(this);
  m_forgetKey->setObjectName(u"cloudForgetKeyButton"_s);
  m_forgetKey->setAutoDefault(false);
  connect(m_forgetKey, &QPushButton::clicked, m_access, &cloud::CloudAccess::forgetRememberedKey);
  connect(m_access, &cloud::CloudAccess::keyStoreDone, this,
          [this](bool ok, const QString &message) { setStatus(message, !ok); });
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
  connect(m_access, &cloud::CloudAccess::labChanged, this, [this] {
    setStatus(QString(), false);  // what was said about the lab's read (or the user's) is not about the data now
    retranslate();
    updateMode();
  });

  auto *form = new QFormLayout;
  form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  form->addRow(m_profileLabel, m_profile);
  form->addRow(m_keyIdLabel, m_keyId);
  form->addRow(m_secretLabel, m_secret);
  form->addRow(QString(), m_remember);
  form->addRow(QString(), m_forgetKey);
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
  m_profile->addItem(QString(), u"typed"_s);    // kTyped; texts set by retranslate()
  m_profile->addItem(QString(), u"default"_s);  // kDefault
  for (const QString &name : std::as_const(m_profiles)) m_profile->addItem(name, u"profile"_s);
  if (m_access->canRemember()) m_profile->addItem(QString(), u"keychain"_s);
  m_profile->setCurrentIndex(keep >= 0 && keep < m_profile->count() ? keep : kTyped);
  retranslate();
  updateMode();
}

QString CloudKeyBox::kind() const { return m_profile->currentData().toString(); }

void CloudKeyBox::updateMode() {
  const bool lab = m_access->isLab();  // the lab's key only: nothing to choose, type or remember
  const bool typed = !lab && kind() == u"typed"_s;
  m_profileLabel->setVisible(!lab);
  m_profile->setVisible(!lab);
  for (QWidget *w : {static_cast<QWidget *>(m_keyIdLabel), static_cast<QWidget *>(m_keyId),
                     static_cast<QWidget *>(m_secretLabel), static_cast<QWidget *>(m_secret)})
    w->setVisible(typed);
  m_remember->setVisible(typed && m_access->canRemember());
  m_forgetKey->setVisible(!lab && kind() == u"keychain"_s);
}

void CloudKeyBox::startRead() {
  if (m_access->isReading()) return;
  QString problem;
  if (m_access->isLab()) {
    problem = m_access->rereadLab();
  } else if (kind() == u"typed"_s) {
    cloud::Credentials c;
    c.accessKeyId = m_keyId->text().trimmed();
    c.accessKeySecret = cloud::Secret(m_secret->text().trimmed().toUtf8());
    c.source = u"typed in"_s;
    problem = m_access->startRead(c, m_remember->isVisible() && m_remember->isChecked());
  } else if (kind() == u"keychain"_s) {
    m_access->startReadWithRememberedKey();  // its problems arrive through readFinished
  } else {
    problem = m_access->startReadWithProfile(kind() == u"default"_s ? QString() : m_profile->currentText());
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
  const bool lab = m_access->isLab();
  m_intro->setText(
      lab ? tr("The training lab's pretend cloud is read with the lab's own key, which is not a real one and is "
               "never remembered. Read it again to see what changed, for example after a restart.")
          : tr("RDP Doctor then reads the instance itself with read-only calls (Describe…); it changes "
               "nothing. A typed secret stays in memory for this window only: it is never saved, logged, "
               "exported or copied. Ask for a RAM user with the read-only policy in the user guide."));
  m_profileLabel->setText(tr("Ke&y:"));
  m_profile->setItemText(kTyped, tr("Type an AccessKey for this window"));
  m_profile->setItemText(kDefault, tr("aliyun CLI: current profile or environment variables"));
  if (const int k = m_profile->findData(u"keychain"_s); k >= 0)
    m_profile->setItemText(k, tr("The key remembered in the system keychain"));
  m_remember->setText(tr("Re&member this key in the system keychain (after it worked)"));
  m_remember->setAccessibleName(tr("Remember this key in the system keychain"));
  m_forgetKey->setText(tr("Forget the remembered key"));
  m_forgetKey->setAccessibleName(tr("Remove the remembered key from the system keychain"));
  m_profile->setAccessibleName(tr("Which AccessKey to use"));
  m_keyIdLabel->setText(tr("Access&Key ID:"));
  m_keyId->setAccessibleName(tr("AccessKey ID"));
  m_keyId->setPlaceholderText(u"LTAI…"_s);
  m_secretLabel->setText(tr("AccessKey &secret:"));
  m_secret->setAccessibleName(tr("AccessKey secret (hidden)"));
  m_read->setText(lab ? tr("Read the pretend cloud &again") : tr("Read from &Alibaba Cloud"));
  m_read->setAccessibleName(lab ? tr("Read the training lab's pretend cloud again with the lab's key")
                                : tr("Read the instance from Alibaba Cloud with this key"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setAccessibleName(tr("Stop reading from Alibaba Cloud"));
  m_busy->setAccessibleName(tr("Reading from Alibaba Cloud"));
}

void CloudKeyBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
