#pragma once
// The eleven steps as a row of coloured buttons (green passed, amber warning, red problem, grey not run): the whole
// diagnosis at a glance. Each button names its step and state for screen readers and jumps to the step.

#include <QList>
#include <QWidget>

class QToolButton;

namespace rdpd {

class Diagnosis;
enum class ShownState;

class StepStrip final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(StepStrip)

 public:
  explicit StepStrip(Diagnosis *session, QWidget *parent = nullptr);
  void refresh();
  QToolButton *button(int step) const { return step >= 1 && step <= m_buttons.size() ? m_buttons[step - 1] : nullptr; }

 signals:
  void jumpRequested(int pageId);

 private:
  Diagnosis *m_session;
  QList<QToolButton *> m_buttons;
};

}  // namespace rdpd
