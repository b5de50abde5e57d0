#include "wizard/lab_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "checks/core/i18n.h"
#include "checks/lab/lab_scenario.h"

using namespace Qt::StringLiterals;

namespace rdpd {

LabPanel::LabPanel(QWidget *parent) : QGroupBox(parent), m_scenarios(new QList<lab::Scenario>) {
  setObjectName(u"labPanel"_s);
  m_welcome = new QLabel(this);
  m_welcome->setObjectName(u"labWelcomeLabel"_s);
  m_welcome->setWordWrap(true);
  m_welcome->setTextFormat(Qt::PlainText);
  QFont bold = m_welcome->font();
  bold.setBold(true);
  m_welcome->setFont(bold);
  m_welcome->hide();
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_pickLabel = new QLabel(this);
  m_pick = new QComboBox(this);
  m_pick->setObjectName(u"labScenarioCombo"_s);
  m_pick->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_pickLabel->setBuddy(m_pick);
  m_description = new QLabel(this);
  m_description->setObjectName(u"labDescriptionLabel"_s);
  m_description->setWordWrap(true);
  m_description->setTextFormat(Qt::PlainText);
  m_start = new QPushButton(this);
  m_start->setObjectName(u"labStartButton"_s);
  m_start->setAutoDefault(false);
  m_presenter = new QCheckBox(this);
  m_presenter->setObjectName(u"presenterCheck"_s);
  m_message = new QLabel(this);
  m_message->setObjectName(u"labMessageLabel"_s);
  m_message->setWordWrap(true);
  m_message->setTextFormat(Qt::PlainText);
  m_message->hide();

  connect(m_pick, &QComboBox::currentIndexChanged, this, &LabPanel::showDescription);
  connect(m_start, &QPushButton::clicked, this, [this] {
    if (!selectedId().isEmpty()) emit startRequested(selectedId());
  });
  connect(m_presenter, &QCheckBox::toggled, this, &LabPanel::presenterModeChanged);

  auto *row = new QHBoxLayout;
  row->addWidget(m_pickLabel);
  row->addWidget(m_pick, 1);
  row->addWidget(m_start);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_welcome);
  layout->addWidget(m_intro);
  layout->addLayout(row);
  layout->addWidget(m_description);
  layout->addWidget(m_presenter);
  layout->addWidget(m_message);
  retranslate();
}

LabPanel::~LabPanel() { delete m_scenarios; }

void LabPanel::setScenarios(const QList<lab::Scenario> &scenarios) {
  *m_scenarios = scenarios;
  fill();
}

int LabPanel::scenarioCount() const { return int(m_scenarios->size()); }

bool LabPanel::selectScenario(const QString &id) {
  const int i = m_pick->findData(id);
  if (i < 0) return false;
  m_pick->setCurrentIndex(i);
  return true;
}

QString LabPanel::selectedId() const { return m_pick->currentData().toString(); }

bool LabPanel::presenterMode() const { return m_presenter->isChecked(); }

void LabPanel::setWelcome(bool on) {
  m_welcome->setVisible(on);
  // A fault with a clear, quick answer for a first look: RDP moved to another port.
  if (on) selectScenario(u"port-changed"_s);
}

bool LabPanel::isWelcoming() const { return !m_welcome->isHidden(); }

void LabPanel::setMessage(const QString &text, bool error) {
  m_message->setText(text);
  m_message->setProperty("error", error);
  m_message->setAccessibleName(text);
  m_message->setVisible(!text.isEmpty());
}

void LabPanel::fill() {
  const QString keep = selectedId();
  const QString lang = currentLanguage();
  {
    const QSignalBlocker block(m_pick);
    m_pick->clear();
    for (const lab::Scenario &s : std::as_const(*m_scenarios)) m_pick->addItem(s.title.in(lang), s.id);
    const int i = m_pick->findData(keep);
    m_pick->setCurrentIndex(i >= 0 ? i : 0);
  }
  m_start->setEnabled(m_pick->count() > 0);
  showDescription();
}

void LabPanel::showDescription() {
  const QString id = selectedId();
  for (const lab::Scenario &s : std::as_const(*m_scenarios)) {
    if (s.id != id) continue;
    m_description->setText(s.description.in(currentLanguage()));
    m_pick->setAccessibleDescription(m_description->text());
    return;
  }
  m_description->clear();
}

void LabPanel::retranslate() {
  setTitle(tr("Training lab"));
  m_welcome->setText(tr("New to RDP Doctor? Try it here first: press \"Start the lab\" and watch it find a real "
                        "fault on a practice server in under a minute. Then enter your own server above."));
  m_intro->setText(tr("No broken server at hand? The lab starts a pretend Windows server on this computer (loopback "
                      "only) with a fault of your choice, and RDP Doctor diagnoses it like a real one."));
  m_pickLabel->setText(tr("Sce&nario:"));
  m_pick->setAccessibleName(tr("Training lab scenario"));
  m_start->setText(tr("Start the la&b"));
  m_start->setAccessibleName(tr("Start the training lab with this scenario and diagnose it"));
  m_presenter->setText(tr("P&resenter mode (larger text, answer revealed on request)"));
  m_presenter->setAccessibleName(tr("Presenter mode"));
  fill();
}

void LabPanel::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QGroupBox::changeEvent(e);
}

}  // namespace rdpd
