#include "checks/core/confirmations.h"

#include <QCoreApplication>

#include <array>


using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
struct Entry {
  const char *id;
  int step;
};

// Display order; ids never change once released (reports and notes refer to them).
constexpr std::array kEntries{
    Entry{"console.login_ok", 1},
    Entry{"console.instance_running", 1},
    Entry{"password.correct_account", 2},
    Entry{"password.restarted_after_reset", 2},
    Entry{"port.sg_rule_added", 3},
    Entry{"port.registry_port_checked", 3},
    Entry{"port.connected_with_new_port", 3},
    Entry{"service.remote_enabled", 4},
    Entry{"service.normal_startup", 4},
    Entry{"network.other_network_tried", 5},
    Entry{"network.ping_checked", 5},
    Entry{"resources.cpu_checked", 6},
    Entry{"resources.bandwidth_checked", 6},
    Entry{"resources.memory_checked", 6},
    Entry{"firewall.rule_enabled", 7},
    Entry{"firewall.profiles_checked", 7},
    Entry{"ipsec.no_policy", 8},
    Entry{"rdptcp.security_layer_checked", 9},
    Entry{"rdptcp.listener_enabled", 9},
    Entry{"rdptcp.licensing_checked", 9},
    Entry{"antivirus.whitelisted", 10},
    Entry{"antivirus.updated_or_removed", 10},
    Entry{"restart.snapshot_taken", 11},
    Entry{"restart.restarted", 11},
};
}  // namespace

QList<Confirmation> confirmationsForStep(int step) {
  QList<Confirmation> out;
  for (const Entry &e : kEntries) {
    if (e.step == step) out.append({QString::fromLatin1(e.id), e.step});
  }
  return out;
}

QStringList allConfirmationIds() {
  QStringList out;
  for (const Entry &e : kEntries) out << QString::fromLatin1(e.id);
  return out;
}

QString confirmationText(const QString &id) {
  // One literal per id so lupdate sees every sentence.
  if (id == u"console.login_ok"_s) return QCoreApplication::translate("Confirmations", "I logged in through the cloud console's remote connection (VNC)");
  if (id == u"console.instance_running"_s) return QCoreApplication::translate("Confirmations", "The console shows the instance as running and the desktop responds");
  if (id == u"password.correct_account"_s) return QCoreApplication::translate("Confirmations", "I typed the right user name and password (checked Caps Lock and keyboard layout)");
  if (id == u"password.restarted_after_reset"_s) return QCoreApplication::translate("Confirmations", "I restarted the instance after resetting the password");
  if (id == u"port.sg_rule_added"_s) return QCoreApplication::translate("Confirmations", "The security group has an inbound rule for the Remote Desktop port from my IP address");
  if (id == u"port.registry_port_checked"_s) return QCoreApplication::translate("Confirmations", "Both PortNumber registry values hold the same port, between 1 and 65535");
  if (id == u"port.connected_with_new_port"_s) return QCoreApplication::translate("Confirmations", "I connect with \"address:port\" when the port is not 3389");
  if (id == u"service.remote_enabled"_s) return QCoreApplication::translate("Confirmations", "Remote connections are allowed in System Properties, Remote tab");
  if (id == u"service.normal_startup"_s) return QCoreApplication::translate("Confirmations", "System Configuration (msconfig) is set to Normal startup and I restarted");
  if (id == u"network.other_network_tried"_s) return QCoreApplication::translate("Confirmations", "I tried from another network (for example a phone hotspot)");
  if (id == u"network.ping_checked"_s) return QCoreApplication::translate("Confirmations", "I pinged the server and noted whether it answered");
  if (id == u"resources.cpu_checked"_s) return QCoreApplication::translate("Confirmations", "CPU usage is normal (no Windows Update or other process using it all)");
  if (id == u"resources.bandwidth_checked"_s) return QCoreApplication::translate("Confirmations", "The instance has public bandwidth (not 0 or 1 kbit/s) and it is paid for");
  if (id == u"resources.memory_checked"_s) return QCoreApplication::translate("Confirmations", "Memory is sufficient; Event Viewer shows no low-memory warnings");
  if (id == u"firewall.rule_enabled"_s) return QCoreApplication::translate("Confirmations", "The \"Remote Desktop - User Mode (TCP-In)\" firewall rule is enabled");
  if (id == u"firewall.profiles_checked"_s) return QCoreApplication::translate("Confirmations", "I checked the firewall settings of the domain, private and public profiles");
  if (id == u"ipsec.no_policy"_s) return QCoreApplication::translate("Confirmations", "No IP security policy is assigned, or it allows Remote Desktop");
  if (id == u"rdptcp.security_layer_checked"_s) return QCoreApplication::translate("Confirmations", "I set the RDP-Tcp security layer to RDP Security Layer, then disabled and re-enabled the connection");
  if (id == u"rdptcp.listener_enabled"_s) return QCoreApplication::translate("Confirmations", "The RDP-Tcp connection is enabled and the port is listening");
  if (id == u"rdptcp.licensing_checked"_s) return QCoreApplication::translate("Confirmations", "Remote Desktop licensing is configured, or the Session Host role is not installed");
  if (id == u"antivirus.whitelisted"_s) return QCoreApplication::translate("Confirmations", "My IP address is not on a blacklist of the server's security software");
  if (id == u"antivirus.updated_or_removed"_s) return QCoreApplication::translate("Confirmations", "The security software is updated to the latest version, or removed");
  if (id == u"restart.snapshot_taken"_s) return QCoreApplication::translate("Confirmations", "I took a snapshot of the instance's disks");
  if (id == u"restart.restarted"_s) return QCoreApplication::translate("Confirmations", "I restarted the instance from the cloud console");
  return {};
}

}  // namespace rdpd
