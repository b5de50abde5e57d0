#include "wizard/step_list.h"

#include <QEvent>
#include <QKeyEvent>

#include "checks/core/steps.h"
#include "checks/diagnosis/diagnosis.h"
#include "wizard/page_ids.h"
#include "wizard/status_icons.h"

namespace rdpd {

StepList::StepList(Diagnosis *session, QWidget *parent) : QListWidget(parent), m_session(session) {
  setObjectName(QStringLiteral("stepList"));
  setIconSize(QSize(18, 18));
  setSelectionMode(QAbstractItemView::SingleSelection);
  setWordWrap(true);
  setMinimumWidth(230);
  setMaximumWidth(260);
  setFrameShape(QFrame::NoFrame);
  setSpacing(1);
  for (int id = Page_Start; id <= Page_Summary; ++id) {
    auto *item = new QListWidgetItem(this);
    item->setData(Qt::UserRole, id);
  }
  connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
    emit jumpRequested(item->data(Qt::UserRole).toInt());
  });
  connect(session, &Diagnosis::resultChanged, this, &StepList::refresh);
  connect(session, &Diagnosis::runningChanged, this, &StepList::refresh);
  retranslate();
}

void StepList::retranslate() {
  setAccessibleName(tr("Steps of the diagnosis"));
  setToolTip(tr("Click a step, or select it and press Enter, to go there"));
  for (int i = 0; i < count(); ++i) {
    const int id = item(i)->data(Qt::UserRole).toInt();
    QString text;
    if (id == Page_Start) text = tr("Start");
    else if (id == Page_Summary) text = tr("Summary");
    else text = tr("%1. %2").arg(id).arg(stepTitle(id));
    item(i)->setText(text);
  }
  refresh();
}

void StepList::refresh() {
  for (int i = 0; i < count(); ++i) {
    QListWidgetItem *it = item(i);
    const int id = it->data(Qt::UserRole).toInt();
    if (!isStepPage(id)) {
      it->setIcon(QIcon(QStringLiteral(":/icons/info.svg")));
      continue;
    }
    const ShownState s = shownState(m_session->stepStatus(id), m_session->isStepRunning(id));
    it->setIcon(stateIcon(s));
    // Screen readers read the state with the step, not only the colour of the icon.
    it->setData(Qt::AccessibleTextRole, QString(it->text() + QStringLiteral(": ") + stateLabel(s)));
    it->setToolTip(stateLabel(s));
  }
}

void StepList::setCurrentPage(int pageId) {
  const QSignalBlocker block(this);
  for (int i = 0; i < count(); ++i) {
    if (item(i)->data(Qt::UserRole).toInt() == pageId) {
      setCurrentRow(i);
      return;
    }
  }
}

void StepList::keyPressEvent(QKeyEvent *e) {
  // Enter must jump here and not also trigger the wizard's default button (the view would pass it on).
  if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter || e->key() == Qt::Key_Space) && currentItem()) {
    e->accept();
    emit jumpRequested(currentItem()->data(Qt::UserRole).toInt());
    return;
  }
  QListWidget::keyPressEvent(e);
}

void StepList::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QListWidget::changeEvent(e);
}

}  // namespace rdpd
