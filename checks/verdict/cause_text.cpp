#include <QCoreApplication>

#include "checks/verdict/verdict.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("Causes", s); }
}  // namespace

QStringList knownCauseIds() {
  return {u"healthy"_s, u"bad_target"_s, u"dns_failure"_s, u"host_unreachable"_s, u"port_refused"_s,
          u"port_filtered"_s, u"inconclusive"_s};
}

QString causeSummary(const QString &id) {
  if (id == u"healthy"_s) return tr("The server answers on the Remote Desktop port.");
  if (id == u"bad_target"_s) return tr("The address or port you entered cannot work.");
  if (id == u"dns_failure"_s) return tr("The server's name cannot be resolved to an address.");
  if (id == u"host_unreachable"_s) return tr("The network says the server cannot be reached.");
  if (id == u"port_refused"_s) return tr("Nothing on the server accepts connections on the Remote Desktop port.");
  if (id == u"port_filtered"_s) return tr("Connections to the Remote Desktop port are silently dropped on the way.");
  if (id == u"inconclusive"_s) return tr("The automatic checks found no clear cause.");
  return id;
}

QString causeAdvice(const QString &id) {
  if (id == u"healthy"_s)
    return tr("Remote Desktop answers. If you still cannot log in, look at the password and account (step 2) and at "
              "the server's Remote Desktop settings and permissions (step 9).");
  if (id == u"bad_target"_s) return tr("Correct the address or port and run the diagnosis again.");
  if (id == u"dns_failure"_s) return tr("Use the server's public IP address from the cloud console, or fix the DNS name.");
  if (id == u"host_unreachable"_s)
    return tr("Check in the cloud console that the instance is running and has a public IP address (step 1).");
  if (id == u"port_refused"_s)
    return tr("Check whether the port was changed (step 3), and that Remote Desktop is switched on (step 4).");
  if (id == u"port_filtered"_s)
    return tr("Allow the port from your IP address in the security group (step 3), then check Windows Firewall (step 7).");
  return tr("Work through the steps in order; the manual checks on each page will narrow it down.");
}

}  // namespace rdpd
