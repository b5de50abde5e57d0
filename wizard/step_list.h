#pragma once
// The side list of the wizard: Start, the eleven steps and the summary, each with its status icon. Clicking an entry
// or pressing Enter/Space on it asks the window to jump there; arrow keys only move the focus.

#include <QListWidget>

namespace rdpd {

class Diagnosis;

class StepList final : public QListWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(StepList)

 public:
  explicit StepList(Diagnosis *session, QWidget *parent = nullptr);
  void setCurrentPage(int pageId);
  void refresh();

 signals:
  void jumpRequested(int pageId);

 protected:
  void keyPressEvent(QKeyEvent *e) override;
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  Diagnosis *m_session;
};

}  // namespace rdpd
