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
  const char *c = "Steps";
  switch (number) {
    case 1: return QCoreApplication::translate(c, "Log in through the cloud console");
    case 2: return QCoreApplication::translate(c, "Password");
    case 3: return QCoreApplication::translate(c, "Port and security group");
    case 4: return QCoreApplication::translate(c, "Remote Desktop service");
    case 5: return QCoreApplication::translate(c, "Network");
    case 6: return QCoreApplication::translate(c, "CPU, bandwidth and memory");
    case 7: return QCoreApplication::translate(c, "Windows Firewall");
    case 8: return QCoreApplication::translate(c, "IP security policy");
    case 9: return QCoreApplication::translate(c, "RDP-Tcp settings: certificate, listener, licensing");
    case 10: return QCoreApplication::translate(c, "Antivirus and security software");
    case 11: return QCoreApplication::translate(c, "Restart the server");
  }
  return {};
}

QString stepPurpose(int number) {
  const char *c = "Steps";
  switch (number) {
    case 1: return QCoreApplication::translate(c, "Make sure the server is running and responds at all, using the console's own remote connection.");
    case 2: return QCoreApplication::translate(c, "Rule out a wrong password, or a reset that has not taken effect yet.");
    case 3: return QCoreApplication::translate(c, "Make sure the Remote Desktop port is valid, open, and allowed by the security group.");
    case 4: return QCoreApplication::translate(c, "Make sure Remote Desktop is switched on and its service is running.");
    case 5: return QCoreApplication::translate(c, "Rule out a problem with your own network or the path to the server.");
    case 6: return QCoreApplication::translate(c, "Rule out an overloaded server, missing public bandwidth, or too little memory.");
    case 7: return QCoreApplication::translate(c, "Make sure Windows Firewall lets Remote Desktop in.");
    case 8: return QCoreApplication::translate(c, "Make sure no IP security policy blocks Remote Desktop.");
    case 9: return QCoreApplication::translate(c, "Check the Remote Desktop listener, its certificate and security layer, and licensing.");
    case 10: return QCoreApplication::translate(c, "Rule out security software on the server blocking Remote Desktop.");
    case 11: return QCoreApplication::translate(c, "When nothing else helped: take a snapshot, then restart the server.");
  }
  return {};
}

QString stepContentName(int number) {
  return QStringLiteral("step-%1").arg(number, 2, 10, QLatin1Char('0'));
}

}  // namespace rdpd
