#include "wizard/step_strip.h"

#include <QHBoxLayout>
#include <QToolButton>

#include "checks/core/steps.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/page_ids.h"
#include "wizard/status_icons.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

// Light fills with dark text: readable in both themes because the text colour is set with them.
QString fillFor(ShownState s) {
  switch (s) {
    case ShownState::Pass: return u"#b9e4bd"_s;
    case ShownState::Warn: return u"#ffdb99"_s;
    case ShownState::Fail:
    case ShownState::Error: return u"#f6b3b3"_s;
    case ShownState::Running: return u"#c9dcf5"_s;
    case ShownState::NotRun:
    case ShownState::Skipped: return u"#e2e2e2"_s;
  }
  return u"#e2e2e2"_s;
}

}  // namespace

StepStrip::StepStrip(Diagnosis *session, QWidget *parent) : QWidget(parent), m_session(session) {
  setObjectName(u"stepStrip"_s);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(3);
  for (int step = 1; step <= kStepCount; ++step) {
    auto *b = new QToolButton(this);
    b->setObjectName(u"stepStripButton%1"_s.arg(step));
    b->setText(QString::number(step));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setIconSize(QSize(14, 14));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setMinimumHeight(30);
    b->setFocusPolicy(Qt::StrongFocus);
    connect(b, &QToolButton::clicked, this, [this, step] { emit jumpRequested(pageForStep(step)); });
    layout->addWidget(b);
    m_buttons << b;
  }
  refresh();
}

void StepStrip::refresh() {
  for (int step = 1; step <= int(m_buttons.size()); ++step) {
    QToolButton *b = m_buttons[step - 1];
    const ShownState s = shownState(m_session->stepStatus(step), m_session->isStepRunning(step));
    b->setIcon(stateIcon(s));
    b->setProperty("state", int(s));
    b->setStyleSheet(u"QToolButton { background: %1; color: #1a1a1a; border: 1px solid #8a8a8a; border-radius: 3px; "
                     "padding: 2px; } QToolButton:focus { border: 2px solid #1a1a1a; }"_s.arg(fillFor(s)));
    const QString name = tr("Step %1, %2: %3").arg(step).arg(stepTitle(step), stateLabel(s));
    b->setToolTip(name);
    b->setAccessibleName(name);
  }
}

}  // namespace rdpd
