#include "checks/core/check.h"

#include <QCoreApplication>

namespace rdpd {

QString Check::title() const { return QCoreApplication::translate(m_info.titleContext, m_info.title); }

}  // namespace rdpd
