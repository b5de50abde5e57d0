#include "checks/core/steps.h"

#include <QCoreApplication>

#include <array>

namespace rdpd {

namespace {
constexpr std::array<StepInfo, kStepCount> kSteps{{
    {1, "console"}, {2, "password"}, {3, "port"}, {4, "service"}, {5, "network"}, {6, "resources"},
    {7, "firewall"}, {8, "ipsec"}, {9, "rdp_tcp"}, {10, "antivirus"}, {11, "restart"},
}};
}  // namespace

const StepInfo &stepInfo(int number) {
  Q_ASSERT(number >= 1 && number <= kStepCount);
  return kSteps[size_t(qBound(1, number, kStepCount) - 1)];
}

QString stepTitle(int number) {
  switch (number) {
    case 1: return QCoreApplication::translate("Steps", "Log in through the cloud console");
    case 2: return QCoreApplication::translate("Steps", "Password");
    case 3: return QCoreApplication::translate("Steps", "Port and security group");
    case 4: return QCoreApplication::translate("Steps", "Remote Desktop service");
    case 5: return QCoreApplication::translate("Steps", "Network");
    case 6: return QCoreApplication::translate("Steps", "CPU, bandwidth and memory");
    case 7: return QCoreApplication::translate("Steps", "Windows Firewall");
    case 8: return QCoreApplication::translate("Steps", "IP security policy");
    case 9: return QCoreApplication::translate("Steps", "RDP-Tcp settings: certificate, listener, licensing");
    case 10: return QCoreApplication::translate("Steps", "Antivirus and security software");
    case 11: return QCoreApplication::translate("Steps", "Restart the server");
  }
  return {};
}

QString stepPurpose(int number) {
  switch (number) {
    case 1: return QCoreApplication::translate("Steps", "Make sure the server is running and responds at all, using the console's own remote connection.");
    case 2: return QCoreApplication::translate("Steps", "Rule out a wrong password, or a reset that has not taken effect yet.");
    case 3: return QCoreApplication::translate("Steps", "Make sure the Remote Desktop port is valid, open, and allowed by the security group.");
    case 4: return QCoreApplication::translate("Steps", "Make sure Remote Desktop is switched on and its service is running.");
    case 5: return QCoreApplication::translate("Steps", "Rule out a problem with your own network or the path to the server.");
    case 6: return QCoreApplication::translate("Steps", "Rule out an overloaded server, missing public bandwidth, or too little memory.");
    case 7: return QCoreApplication::translate("Steps", "Make sure Windows Firewall lets Remote Desktop in.");
    case 8: return QCoreApplication::translate("Steps", "Make sure no IP security policy blocks Remote Desktop.");
    case 9: return QCoreApplication::translate("Steps", "Check the Remote Desktop listener, its certificate and security layer, and licensing.");
    case 10: return QCoreApplication::translate("Steps", "Rule out security software on the server blocking Remote Desktop.");
    case 11: return QCoreApplication::translate("Steps", "When nothing else helped: take a snapshot, then restart the server.");
  }
  return {};
}

QString stepContentName(int number) {
  return QStringLiteral("step-%1").arg(number, 2, 10, QLatin1Char('0'));
}

}  // namespace rdpd
