// libFuzzer target for the X.224 Connection Confirm parser: any bytes a server may send must be classified
// without reading out of bounds, and the result must be self-consistent.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "checks/rdp/x224.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
  const rdpd::rdp::ConnectionConfirm c = rdpd::rdp::parseConnectionConfirm(bytes);
  using K = rdpd::rdp::ConnectionConfirm::Kind;
  if (c.raw.size() > rdpd::rdp::kMaxRawBytes) std::abort();
  if (c.kind != K::Response && c.selectedProtocol != 0) std::abort();
  if (c.kind != K::Failure && c.failureCode != 0) std::abort();
  (void)rdpd::rdp::kindName(c.kind);
  (void)rdpd::rdp::failureName(c.failureCode);
  (void)rdpd::rdp::protocolNames(c.selectedProtocol);
  (void)rdpd::rdp::serverFlagNames(c.flags);
  (void)rdpd::rdp::tpktLength(bytes);
  return 0;
}
