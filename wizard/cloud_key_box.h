#pragma once
// The cloud panel's key path: an aliyun CLI profile (from ~/.aliyun/config.json, or the environment variables) or an
// AccessKey ID and secret typed for this window only (the secret field echoes dots and cannot be copied); then
// "Read from Alibaba Cloud" starts the asynchronous read (CloudAccess → CloudFetch) with a busy bar, the seconds
// spent and a Cancel button. Failures show the API client's sentence (what happened, what to do) in the user's
// language. The secret is never written anywhere: not to settings, sessions, reports, logs or the clipboard — unless
// the user ticks "Remember this key in the system keychain" (offered only where a keychain is built in); then a key
// that worked goes into the keychain and the list offers it next time, with a button to forget it. While the
// training lab's pretend cloud is in use, the box only reads it again with the lab's own key (no key to choose or
// type, nothing to remember).

#include <QGroupBox>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rdpd {

namespace cloud {
class CloudAccess;
}

class CloudKeyBox final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudKeyBox)

 public:
  explicit CloudKeyBox(cloud::CloudAccess *access, QWidget *parent = nullptr);
  // Re-reads the profile names (the list is filled when the box is made).
  void refreshProfiles();
  // What the Read button does.
  void startRead();

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void updateMode();
  void onReading(bool reading);
  void onFinished(bool ok, const QString &message, const QStringList &warnings);
  void setStatus(const QString &text, bool error);
  QString kind() const;  // of the chosen entry: "typed", "default", "profile" or "keychain"

  cloud::CloudAccess *m_access;
  QLabel *m_intro;
  QLabel *m_profileLabel;
  QComboBox *m_profile;
  QStringList m_profiles;
  QLabel *m_keyIdLabel;
  QLineEdit *m_keyId;
  QLabel *m_secretLabel;
  QLineEdit *m_secret;
  QCheckBox *m_remember;
  QPushButton *m_forgetKey;
  QPushButton *m_read;
  QPushButton *m_cancel;
  QProgressBar *m_busy;
  QLabel *m_elapsed;
  QLabel *m_status;
  QTimer m_tick;
  int m_seconds = 0;
};

}  // namespace rdpd
