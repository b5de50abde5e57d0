#pragma once
// First page: where to connect (host[:port], optional separate port, optional other ports to try when that one is
// closed), what the Remote Desktop client said, and the language. Validates as the user types and explains mistakes under the field; Next stays disabled while the
// address is invalid, and the typed text is never changed or lost.

#include <QWizardPage>

#include "checks/core/target.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace rdpd {

class StartPage final : public QWizardPage {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(StartPage)

 public:
  explicit StartPage(QWidget *parent = nullptr);

  bool isComplete() const override;
  void cleanupPage() override {}  // keep what the user typed when they come back
  // The parsed target with the raw input kept; only meaningful when isComplete().
  Target target() const;
  QString clientError() const;
  void setTargetText(const QString &text);
  void setClientErrorText(const QString &text);
  void setExtraPortsText(const QString &text);
  // Adds a box under the form (the training lab).
  void addPanel(QWidget *panel);

 signals:
  void languageChosen(const QString &lang);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void validate();

  QLabel *m_intro;
  QLabel *m_hostLabel;
  QLineEdit *m_host;
  QLabel *m_portLabel;
  QLineEdit *m_port;
  QLabel *m_errorIcon;
  QLabel *m_error;
  QLabel *m_extraLabel;
  QLineEdit *m_extraPorts;
  QLabel *m_clientLabel;
  QPlainTextEdit *m_clientError;
  QLabel *m_langLabel;
  QComboBox *m_lang;
  QLabel *m_privacy;
  QVBoxLayout *m_box = nullptr;  // the page's content, inside a scroll area (small screens)
};

}  // namespace rdpd
