#pragma once
// What the user knows about the cloud instance — its ID, its region, and this computer's public IP (which the
// security-group rules are judged for) — as three fields bound to the window's CloudAccess: the start page's
// "My server is on Alibaba Cloud" box and every cloud panel show the same values, and a correction in one is seen
// everywhere. A public IP that is not an address is explained under the field and not used.

#include <QGroupBox>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rdpd {

namespace cloud {
class CloudAccess;
}

class CloudSettingsForm final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudSettingsForm)

 public:
  explicit CloudSettingsForm(cloud::CloudAccess *access, QWidget *parent = nullptr);
  // Hands what is typed to the CloudAccess (done when a field loses focus or Enter is pressed).
  void commit();

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void refresh();
  void validate();

  cloud::CloudAccess *m_access;
  QLabel *m_instanceLabel;
  QLineEdit *m_instance;
  QLabel *m_regionLabel;
  QLineEdit *m_region;
  QLabel *m_ipLabel;
  QLineEdit *m_ip;
  QLabel *m_ipProblem;
};

// The start page's way in: "My server is on Alibaba Cloud", which opens the settings form and says where the
// cloud panels are.
class CloudStartBox final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CloudStartBox)

 public:
  explicit CloudStartBox(cloud::CloudAccess *access, QWidget *parent = nullptr);
  bool isCloudChosen() const;
  void setCloudChosen(bool on);
  CloudSettingsForm *form() const { return m_form; }

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();

  QCheckBox *m_onCloud;
  QLabel *m_hint;
  CloudSettingsForm *m_form;
};

}  // namespace rdpd
