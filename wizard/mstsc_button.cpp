#include "wizard/mstsc_button.h"

#include <QEvent>

#include "checks/diagnosis/diagnosis.h"
#include "checks/target/mstsc_launcher.h"

using namespace Qt::StringLiterals;

namespace rdpd {

MstscButton::MstscButton(const Diagnosis *session, QWidget *parent, std::function<void(const QString &, bool)> status)
    : QPushButton(parent), m_session(session), m_status(std::move(status)) {
  setObjectName(u"mstscButton"_s);
  setAutoDefault(false);
  setVisible(mstscAvailable());
  connect(this, &QPushButton::clicked, this, &MstscButton::launch);
  retranslate();
}

void MstscButton::changeEvent(QEvent *e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QPushButton::changeEvent(e);
}

void MstscButton::retranslate() {
  setText(tr("Try to connect now"));
  setToolTip(tr("Opens the Windows Remote Desktop client (mstsc) for the server you checked."));
}

void MstscButton::launch() {
  QString error;
  const Target &t = m_session->target();
  if (launchMstsc(t, &error)) {
    if (m_status) m_status(tr("Remote Desktop is opening %1.").arg(t.display()), false);
  } else if (m_status) {
    m_status(error, true);
  }
}

}  // namespace rdpd
