#pragma once
// "What did Remote Desktop say?" at any time: a search box under the step list. It looks the text up as the user
// types (codes like 0x204 or message fragments, English or Chinese) and shows the likely cause and the step to go
// to; "Use in diagnosis" hands the text to the session, which re-runs the client.error_text check so the verdict
// takes it into account.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rdpd {

class Diagnosis;

class ErrorSearchBox final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ErrorSearchBox)

 public:
  explicit ErrorSearchBox(Diagnosis *session, QWidget *parent = nullptr);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void lookUp();
  void useInDiagnosis();

  Diagnosis *m_session;
  QLabel *m_caption;
  QLineEdit *m_edit;
  QLabel *m_result;
  QPushButton *m_use;
};

}  // namespace rdpd
