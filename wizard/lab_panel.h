#pragma once
// The "Training lab" box of the start page: pick a scenario (titles in the current language), read its symptom,
// start it (the window starts the lab's pretend server on loopback and diagnoses it), and switch presenter mode on.

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace rdpd {

namespace lab {
struct Scenario;
}

class LabPanel final : public QGroupBox {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LabPanel)

 public:
  explicit LabPanel(QWidget *parent = nullptr);
  ~LabPanel() override;

  void setScenarios(const QList<lab::Scenario> &scenarios);
  int scenarioCount() const;
  // Selects the scenario with that id; false when it is not listed.
  bool selectScenario(const QString &id);
  QString selectedId() const;
  void setMessage(const QString &text, bool error);
  bool presenterMode() const;
  // First run: a welcome line invites a new user to try the lab, with a scenario that shows a clear fault picked.
  void setWelcome(bool on);
  bool isWelcoming() const;

 signals:
  void startRequested(const QString &scenarioId);
  void presenterModeChanged(bool on);

 protected:
  void changeEvent(QEvent *e) override;

 private:
  void retranslate();
  void fill();
  void showDescription();

  QList<lab::Scenario> *m_scenarios;
  QLabel *m_welcome;
  QLabel *m_intro;
  QLabel *m_pickLabel;
  QComboBox *m_pick;
  QLabel *m_description;
  QPushButton *m_start;
  QCheckBox *m_presenter;
  QLabel *m_message;
};

}  // namespace rdpd
