// Verdict rules and cause words for the client's error message (client.error_text, checks/lookup/).
//
// Confidences against the other areas: the message alone ranks between "healthy" (0.6) and the hard network
// failures (port_filtered/host_unreachable 0.8, port_refused 0.85, dns 0.95, bad target 0.99): a licensing message
// points at step 9 even when every network check passes, but never hides a port that is demonstrably closed. When
// the message and the network checks say the same thing, the agreement is stronger than either (0.92).
#include <QCoreApplication>

#include <algorithm>

#include "checks/verdict/verdict_rules.h"

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {

const QString kCheck = u"client.error_text"_s;

struct Message {
  QStringList causes;
  QList<int> steps;
  double weight = 0;
  double score = 0;
};

std::optional<Message> recognised(const Results &r) {
  const CheckResult *c = findResult(r, "client.error_text");
  if (!c || !c->findings.value(u"recognised"_s).toBool() || c->findings.value(u"unverified"_s).toBool())
    return std::nullopt;
  Message m;
  for (const QVariant &v : c->findings.value(u"causes"_s).toList()) m.causes << v.toString();
  for (const QVariant &v : c->findings.value(u"steps"_s).toList()) m.steps << v.toInt();
  m.weight = c->findings.value(u"weight"_s).toDouble();
  m.score = c->findings.value(u"score"_s).toDouble();
  if (m.causes.isEmpty() || m.weight <= 0) return std::nullopt;
  return m;
}

// What the network checks proved, as a cause id (empty when they proved nothing wrong).
QString networkCause(const Results &r) {
  if (const CheckResult *v = findResult(r, "target.validate"); v && v->status == Status::Fail) return u"bad_target"_s;
  if (const CheckResult *d = findResult(r, "net.dns"); d && d->status == Status::Fail) return u"dns_failure"_s;
  const QString state = findingString(r, "net.tcp_connect", "state");
  if (state == u"refused"_s) return u"port_refused"_s;
  if (state == u"filtered"_s) return u"port_filtered"_s;
  if (state == u"unreachable"_s) return u"host_unreachable"_s;
  return {};
}

double messageConfidence(const Message &m) {
  return std::clamp(m.weight * (0.85 + 0.15 * m.score), 0.61, 0.79);
}

std::optional<Cause> primary(const Results &r) {
  const auto m = recognised(r);
  if (!m) return std::nullopt;
  const QString net = networkCause(r);
  if (!net.isEmpty() && m->causes.contains(net)) {
    const int step = net == u"dns_failure"_s ? 5 : net == u"host_unreachable"_s ? 1 : 3;
    return Cause{net, step, 0.92, {kCheck, u"net.tcp_connect"_s}};
  }
  return Cause{m->causes.first(), m->steps.value(0, 9), messageConfidence(*m), {kCheck}};
}

// The message's second likely cause, below "healthy": shown among the other causes, never the verdict by itself.
std::optional<Cause> secondary(const Results &r) {
  const auto m = recognised(r);
  if (!m || m->causes.size() < 2) return std::nullopt;
  return Cause{m->causes.at(1), m->steps.value(1, m->steps.value(0, 9)), 0.45, {kCheck}};
}
}  // namespace

void addLookupVerdicts(VerdictBook &b) {
  b.rules.insert(b.rules.end(), {primary, secondary});
  b.causes.push_back({u"licensing"_s, [] { return QCoreApplication::translate("Causes", "The server has no Remote Desktop license to give out."); },
                      [] { return QCoreApplication::translate("Causes", "Connect with \"mstsc /admin\", then remove the Remote Desktop Session Host role or "
                                     "set up licensing (step 9)."); }});
  b.causes.push_back({u"no_rdp_permission"_s, [] { return QCoreApplication::translate("Causes", "Your account is not allowed to log on through Remote Desktop."); },
                      [] { return QCoreApplication::translate("Causes", "Through the cloud console, add the account to the Remote Desktop Users group, or "
                                     "check the \"Allow log on through Remote Desktop Services\" policy (step 9)."); }});
  b.causes.push_back({u"credssp_oracle"_s, [] { return QCoreApplication::translate("Causes", "Your computer and the server have different CredSSP security updates."); },
                      [] { return QCoreApplication::translate("Causes", "Install the latest Windows updates on the server through the console. Only as a stopgap: "
                                     "set \"Encryption Oracle Remediation\" to Vulnerable on your computer, connect, update the "
                                     "server, then switch the policy back to Mitigated (step 9)."); }});
  b.causes.push_back({u"credssp_policy"_s, [] { return QCoreApplication::translate("Causes", "A policy on your computer refuses to hand your saved password to this server."); },
                      [] { return QCoreApplication::translate("Causes", "Type the password instead of using the saved one, or adjust the credential delegation "
                                     "policy on your computer (step 9)."); }});
  b.causes.push_back({u"account_locked"_s, [] { return QCoreApplication::translate("Causes", "The account is locked after too many wrong passwords."); },
                      [] { return QCoreApplication::translate("Causes", "Unlock the account through the cloud console, and limit the security group to your "
                                     "own IP address so nobody else can guess passwords (steps 2 and 3)."); }});
  b.causes.push_back({u"account_disabled"_s, [] { return QCoreApplication::translate("Causes", "The account is disabled or has expired."); },
                      [] { return QCoreApplication::translate("Causes", "Enable or extend the account through the cloud console's remote connection (step 2)."); }});
  b.causes.push_back({u"account_restricted"_s, [] { return QCoreApplication::translate("Causes", "A policy stops this account from logging on remotely (often an empty password)."); },
                      [] { return QCoreApplication::translate("Causes", "Give the account a password through the cloud console, then restart (step 2)."); }});
  b.causes.push_back({u"password_expired"_s, [] { return QCoreApplication::translate("Causes", "The password has expired or must be changed."); },
                      [] { return QCoreApplication::translate("Causes", "Change the password through the cloud console, or turn Network Level Authentication "
                                     "off for a moment so the client can change it (steps 2 and 9)."); }});
  b.causes.push_back({u"wrong_credentials"_s, [] { return QCoreApplication::translate("Causes", "The user name or password was not accepted."); },
                      [] { return QCoreApplication::translate("Causes", "Check the user name and password; after resetting the password in the console, "
                                     "restart the instance (step 2)."); }});
  b.causes.push_back({u"fresh_credentials_required"_s, [] { return QCoreApplication::translate("Causes", "The server does not accept saved passwords."); },
                      [] { return QCoreApplication::translate("Causes", "Delete the saved credentials in the client and type the password (step 2)."); }});
  b.causes.push_back({u"domain_unreachable"_s, [] { return QCoreApplication::translate("Causes", "Nobody could check the account: the domain in the user name is wrong or unreachable."); },
                      [] { return QCoreApplication::translate("Causes", "Log on as COMPUTER\\user with a local account, or turn Network Level Authentication off "
                                     "temporarily (steps 2 and 9)."); }});
  b.causes.push_back({u"security_negotiation"_s, [] { return QCoreApplication::translate("Causes", "Client and server could not agree on how to secure the connection."); },
                      [] { return QCoreApplication::translate("Causes", "Check the security layer and encryption level of RDP-Tcp on the server (step 9)."); }});
  b.causes.push_back({u"session_limit"_s, [] { return QCoreApplication::translate("Causes", "All allowed Remote Desktop sessions are in use."); },
                      [] { return QCoreApplication::translate("Causes", "Log off the other session through the console, or connect with \"mstsc /admin\" (step 9)."); }});
  b.causes.push_back({u"server_overloaded"_s, [] { return QCoreApplication::translate("Causes", "The server is too busy or short of memory to accept the session."); },
                      [] { return QCoreApplication::translate("Causes", "Check CPU and memory in the console (step 6); if the service stays busy, restart the "
                                     "server (step 11)."); }});
  b.causes.push_back({u"own_console_session"_s, [] { return QCoreApplication::translate("Causes", "You are connecting to your own computer, not to the server."); },
                      [] { return QCoreApplication::translate("Causes", "Use the server's public IP address from the cloud console (step 3)."); }});
  b.causes.push_back(
      {u"client_side_error"_s,
       [] {
         return QCoreApplication::translate("Causes",
                                            "The Remote Desktop client on your own computer failed (out of memory or "
                                            "an internal error), not the server.");
       },
       [] {
         return QCoreApplication::translate(
             "Causes",
             "Close other programs on this computer or restart it, then connect again; if it repeats, "
             "choose a smaller window and fewer colours in the client (Show Options → Display) and install "
             "this computer's Windows updates (step 5).");
       }});
  b.causes.push_back(
      {u"rd_gateway"_s,
       [] {
         return QCoreApplication::translate(
             "Causes",
             "The Remote Desktop Gateway in your connection settings cannot be reached or does not let you through.");
       },
       [] {
         return QCoreApplication::translate(
             "Causes",
             "A cloud server is normally reached directly: in the client choose Show Options → Advanced → "
             "Settings → \"Don't use an RD Gateway server\" and connect to the server's public IP address. If "
             "your company requires the gateway, ask its administrator (step 3).");
       }});
}

}  // namespace rdpd
