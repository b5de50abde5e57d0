// Every built-in check and the page of each step, as data. This is the one file that knows every area: each area
// hands over its checks in its own register_<area>_checks.cpp, and kPages says which checks each step's page shows,
// in order (the order of the report too). Adding a check: its files in its area's folder, one line in that area's
// register file, one id in kPages below (docs/ARCHITECTURE.md, "Adding a check").
#include "checks/catalog/catalog.h"

using namespace Qt::StringLiterals;

namespace rdpd {

void registerTargetChecks(CheckList &out);  // checks/target/validate_check.cpp
void registerNetChecks(CheckList &out);     // checks/net/register_net_checks.cpp
void registerPathChecks(CheckList &out);    // checks/net/register_path_checks.cpp
void registerRdpChecks(CheckList &out);     // checks/rdp/register_rdp_checks.cpp
void registerGuestChecks(CheckList &out);   // checks/guest/register_guest_checks.cpp
void registerCloudChecks(CheckList &out);   // checks/cloud/cloud_check.cpp
void registerLookupChecks(CheckList &out);  // checks/lookup/register_lookup_checks.cpp

namespace {

// One list per step: the checks its page shows, in page order. A check appears on its own step's page and may
// appear on others (net.dns on step 3, rdp.negotiation on step 9, ...).
const QList<PageList> &pageLists() {
  static const QList<PageList> kPages{
      {1, {u"guest.crashes"_s, u"cloud.instance_state"_s, u"cloud.screenshot"_s, u"cloud.assistant"_s}},
      {2,
       {u"guest.account_enabled"_s, u"guest.account_locked"_s, u"guest.password_expired"_s, u"guest.password_vs_boot"_s,
        u"guest.rdp_permission"_s}},
      {3,
       {u"target.validate"_s, u"net.dns"_s, u"net.tcp_connect"_s, u"net.alt_ports"_s, u"guest.port_range"_s,
        u"guest.port_match"_s, u"guest.port_target"_s, u"guest.port_listening"_s, u"guest.firewall_port_changed"_s,
        u"guest.restart_pending"_s, u"cloud.security_group"_s}},
      {4,
       {u"rdp.negotiation"_s, u"guest.rdp_enabled"_s, u"guest.termservice"_s, u"guest.selective_startup"_s,
        u"cloud.assistant"_s}},
      {5, {u"net.dns"_s, u"local.network"_s, u"net.icmp"_s, u"net.tcp_latency"_s, u"net.path"_s}},
      {6, {u"guest.cpu"_s, u"guest.memory"_s, u"cloud.bandwidth"_s, u"cloud.metrics"_s}},
      {7, {u"guest.firewall_port_changed"_s, u"guest.firewall"_s}},
      {8, {u"guest.ipsec"_s}},
      {9,
       {u"rdp.negotiation"_s, u"rdp.tls"_s, u"rdp.certificate"_s, u"rdp.identity"_s, u"guest.port_listening"_s,
        u"guest.listener"_s, u"guest.security_layer"_s, u"guest.certificate"_s, u"guest.licensing"_s,
        u"guest.rdp_permission"_s, u"guest.deny_logon"_s, u"client.error_text"_s}},
      {10, {u"guest.security_software"_s}},
      {11, {u"guest.restart_pending"_s}},
  };
  return kPages;
}

}  // namespace

CheckList builtInChecks() {
  CheckList all;
  registerTargetChecks(all);
  registerNetChecks(all);
  registerPathChecks(all);
  registerRdpChecks(all);
  registerGuestChecks(all);
  registerCloudChecks(all);
  registerLookupChecks(all);
  return all;
}

const QList<PageList> &standardPages() { return pageLists(); }

const CheckRegistry &CheckRegistry::standard() {
  static const CheckRegistry reg = [] {
    QStringList problems;
    CheckRegistry r = fromPages(builtInChecks(), pageLists(), &problems);
    Q_ASSERT_X(problems.isEmpty(), "CheckRegistry::standard", qPrintable(problems.join(u"; "_s)));
    return r;
  }();
  return reg;
}

}  // namespace rdpd
