#include "wizard/error_search_box.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "checks/core/i18n.h"
#include "checks/diagnosis/diagnosis.h"
#include "checks/lookup/error_lookup.h"

using namespace Qt::StringLiterals;

namespace rdpd {

ErrorSearchBox::ErrorSearchBox(Diagnosis *session, QWidget *parent) : QWidget(parent), m_session(session) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 6, 0, 0);
  m_caption = new QLabel(this);
  m_caption->setWordWrap(true);
  m_edit = new QLineEdit(this);
  m_edit->setObjectName(u"errorSearchEdit"_s);
  m_edit->setClearButtonEnabled(true);
  m_caption->setBuddy(m_edit);
  m_result = new QLabel(this);
  m_result->setObjectName(u"errorSearchResult"_s);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_use = new QPushButton(this);
  m_use->setObjectName(u"errorSearchUseButton"_s);
  m_use->setEnabled(false);
  layout->addWidget(m_caption);
  layout->addWidget(m_edit);
  layout->addWidget(m_result);
  layout->addWidget(m_use);
  connect(m_edit, &QLineEdit::textChanged, this, &ErrorSearchBox::lookUp);
  connect(m_edit, &QLineEdit::returnPressed, this, &ErrorSearchBox::useInDiagnosis);
  connect(m_use, &QPushButton::clicked, this, &ErrorSearchBox::useInDiagnosis);
  retranslate();
}

void ErrorSearchBox::retranslate() {
  m_caption->setText(tr("&Look up an error message:"));
  m_edit->setPlaceholderText(tr("e.g. 0x204 or part of the message"));
  m_edit->setAccessibleName(tr("Error message or code to look up"));
  m_result->setAccessibleName(tr("What the error message means"));
  m_use->setText(tr("&Use in diagnosis"));
  m_use->setAccessibleName(tr("Use this error message in the diagnosis"));
  lookUp();
}

void ErrorSearchBox::lookUp() {
  const QString text = m_edit->text().trimmed();
  m_use->setEnabled(!text.isEmpty());
  if (text.isEmpty()) {
    m_result->clear();
    return;
  }
  const QList<lookup::Match> matches = lookup::ErrorLookup::standard().match(text, currentLanguage());
  if (matches.isEmpty()) {
    m_result->setText(lookup::ErrorLookup::notRecognisedHint());
    return;
  }
  const lookup::Match &m = matches.first();
  QStringList steps;
  for (int s : m.steps) steps << QString::number(s);
  m_result->setText(steps.isEmpty() ? m.explanation
                                    : tr("%1 Go to step %2.").arg(m.explanation, steps.join(u", "_s)));
}

void ErrorSearchBox::useInDiagnosis() {
  const QString text = m_edit->text().trimmed();
  if (text.isEmpty()) return;
  m_session->setClientError(text);
  m_session->rerunChecks({u"client.error_text"_s});
}

void ErrorSearchBox::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(e);
}

}  // namespace rdpd
