// Encoder and decoder of the typable code (layout in typable_code.h and docs/collector.md). Pure functions.
#include "checks/guest/typable_code.h"

#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace rdpd::guest {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kPortUnknown = 131071;
constexpr int kPortHuge = 131070;  // "131070 or more": out of range either way
constexpr int kTotalSymbols = kCodeLength;  // 2 prefix + 5 * 5 + 2

// Field widths in bits, in order. Changing anything here is a new code version.
enum Field {
  FPortRdpTcp, FPortTds, FRdpDenied, FTsState, FTsDisabled, FListener, FPortOwner, FSecurityLayer, FUserAuth,
  FMinEncValid, FFirewallOn, FFwAllows, FFwBlocks, FIpsec, FCert, FLicensing, FCpu, FMemClass, FSecSoftware,
  FAccEnabled, FAccLocked, FPwExpired, FRdpPermission, FDenyLogon, FPwAfterBoot, FSelective, FLowMemEvents,
  FFw3389Only, FCount
};
constexpr std::array<int, FCount> kWidths{17, 17, 2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 2, 3, 3, 7, 3, 2,
                                          2, 2, 2, 2, 2, 2, 2, 2, 2};

int symbolValue(QChar c) {
  const char u = char(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
  switch (u) {
    case 'O': return 0;
    case 'I': case 'L': return 1;
    default: break;
  }
  for (int i = 0; i < 32; ++i)
    if (kAlphabet[i] == u && u != 0) return i;
  return -1;
}

int gfMul(int a, int b) {
  int r = 0;
  for (int i = 0; i < 5; ++i) {
    if (b & 1) r ^= a;
    b >>= 1;
    a <<= 1;
    if (a & 0x20) a ^= 0x25;  // x^5 + x^2 + 1
  }
  return r;
}

int groupCheck(const int *data4, int group) {
  static constexpr int kWeights[4] = {2, 4, 8, 16};  // alpha^1..alpha^4
  int c = group + 1;
  for (int i = 0; i < 4; ++i) c ^= gfMul(kWeights[i], data4[i]);
  return c;
}

// CRC-10 (polynomial 0x233), MSB first, over the 5 version bits then the 100 data bits.
int crc10(const int *data, int version) {
  int crc = 0;
  auto feed = [&](int value, int bits) {
    for (int i = bits - 1; i >= 0; --i) {
      const int bit = (value >> i) & 1;
      const int top = ((crc >> 9) & 1) ^ bit;
      crc = (crc << 1) & 0x3FF;
      if (top) crc ^= 0x233;
    }
  };
  feed(version, 5);
  for (int i = 0; i < kCodeDataSymbols; ++i) feed(data[i], 5);
  return crc;
}

int tri(const std::optional<bool> &b) { return !b ? 0 : (*b ? 2 : 1); }
std::optional<bool> untri(int v) {
  if (v == 1) return false;
  if (v == 2) return true;
  return std::nullopt;
}

int portField(const std::optional<qint64> &p) {
  if (!p) return kPortUnknown;
  if (*p < 0 || *p > kPortHuge) return kPortHuge;
  return int(*p);
}
std::optional<qint64> unport(int v) {
  if (v == kPortUnknown) return std::nullopt;
  return qint64(v);
}

std::array<int, FCount> fieldsOf(const GuestFacts &f) {
  std::array<int, FCount> v{};
  v[FPortRdpTcp] = portField(f.portRdpTcp);
  v[FPortTds] = portField(f.portTds);
  v[FRdpDenied] = tri(f.rdpDenied);
  v[FTsState] = f.termServiceState == u"running"_s ? 1 : f.termServiceState == u"stopped"_s ? 2
              : f.termServiceState.isEmpty() ? 0 : 3;
  v[FTsDisabled] = tri(f.termServiceDisabled);
  v[FListener] = tri(f.listenerEnabled);
  v[FPortOwner] = int(f.portOwner);
  if (f.securityLayer && *f.securityLayer >= 0 && *f.securityLayer <= 2) v[FSecurityLayer] = int(*f.securityLayer);
  else if (f.securityLayerValid == false) v[FSecurityLayer] = 3;
  else v[FSecurityLayer] = 7;
  if (f.userAuthentication && (*f.userAuthentication == 0 || *f.userAuthentication == 1)) v[FUserAuth] = int(*f.userAuthentication);
  else if (f.userAuthenticationValid == false) v[FUserAuth] = 2;
  else v[FUserAuth] = 3;
  v[FMinEncValid] = tri(f.minEncryptionValid);
  v[FFirewallOn] = tri(f.firewallOn);
  v[FFwAllows] = tri(f.firewallAllowsPort);
  v[FFwBlocks] = tri(f.firewallBlocksPort);
  v[FIpsec] = tri(f.ipsecPresent);
  v[FCert] = int(f.cert);
  v[FLicensing] = int(f.licensing);
  v[FCpu] = f.cpuPercent ? qBound(0, int(std::lround(*f.cpuPercent)), 100) : 127;
  v[FMemClass] = qBound(0, f.memoryClass, 7);
  v[FSecSoftware] = int(f.securitySoftware);
  v[FAccEnabled] = tri(f.accountEnabled);
  v[FAccLocked] = tri(f.accountLocked);
  v[FPwExpired] = tri(f.passwordExpired);
  v[FRdpPermission] = tri(f.rdpPermission);
  v[FDenyLogon] = tri(f.denyLogon);
  v[FPwAfterBoot] = tri(f.passwordAfterBoot);
  v[FSelective] = tri(f.selectiveStartup);
  v[FLowMemEvents] = tri(f.lowMemoryEvents);
  v[FFw3389Only] = tri(f.firewallAllows3389Only);
  return v;
}

GuestFacts factsOf(const std::array<int, FCount> &v) {
  GuestFacts f;
  f.portRdpTcp = unport(v[FPortRdpTcp]);
  f.portTds = unport(v[FPortTds]);
  f.rdpDenied = untri(v[FRdpDenied]);
  f.termServiceState = v[FTsState] == 1 ? u"running"_s : v[FTsState] == 2 ? u"stopped"_s : v[FTsState] == 3 ? u"other"_s : QString();
  f.termServiceDisabled = untri(v[FTsDisabled]);
  f.listenerEnabled = untri(v[FListener]);
  f.portOwner = PortOwner(v[FPortOwner]);
  if (v[FSecurityLayer] <= 2) { f.securityLayer = v[FSecurityLayer]; f.securityLayerValid = true; }
  else if (v[FSecurityLayer] == 3) f.securityLayerValid = false;
  if (v[FUserAuth] <= 1) { f.userAuthentication = v[FUserAuth]; f.userAuthenticationValid = true; }
  else if (v[FUserAuth] == 2) f.userAuthenticationValid = false;
  f.minEncryptionValid = untri(v[FMinEncValid]);
  f.firewallOn = untri(v[FFirewallOn]);
  f.firewallAllowsPort = untri(v[FFwAllows]);
  f.firewallBlocksPort = untri(v[FFwBlocks]);
  f.ipsecPresent = untri(v[FIpsec]);
  f.cert = v[FCert] <= 4 ? CertState(v[FCert]) : CertState::Unknown;
  f.licensing = v[FLicensing] <= 4 ? Licensing(v[FLicensing]) : Licensing::Unknown;
  if (v[FCpu] <= 100) f.cpuPercent = double(v[FCpu]);
  f.memoryClass = v[FMemClass];
  f.securitySoftware = SecuritySoftware(v[FSecSoftware]);
  f.accountEnabled = untri(v[FAccEnabled]);
  f.accountLocked = untri(v[FAccLocked]);
  f.passwordExpired = untri(v[FPwExpired]);
  f.rdpPermission = untri(v[FRdpPermission]);
  f.denyLogon = untri(v[FDenyLogon]);
  f.passwordAfterBoot = untri(v[FPwAfterBoot]);
  f.selectiveStartup = untri(v[FSelective]);
  f.lowMemoryEvents = untri(v[FLowMemEvents]);
  f.firewallAllows3389Only = untri(v[FFw3389Only]);
  return f;
}

std::array<int, kCodeDataSymbols> pack(const std::array<int, FCount> &v) {
  std::vector<int> bits;
  for (int i = 0; i < FCount; ++i)
    for (int b = kWidths[size_t(i)] - 1; b >= 0; --b) bits.push_back((v[size_t(i)] >> b) & 1);
  bits.resize(kCodeDataSymbols * 5, 0);
  std::array<int, kCodeDataSymbols> d{};
  for (int s = 0; s < kCodeDataSymbols; ++s)
    for (int b = 0; b < 5; ++b) d[size_t(s)] = (d[size_t(s)] << 1) | bits[size_t(s * 5 + b)];
  return d;
}

std::array<int, FCount> unpack(const int *d) {
  std::array<int, FCount> v{};
  int bit = 0;
  auto take = [&](int width) {
    int x = 0;
    for (int i = 0; i < width; ++i, ++bit) x = (x << 1) | ((d[bit / 5] >> (4 - bit % 5)) & 1);
    return x;
  };
  for (int i = 0; i < FCount; ++i) v[size_t(i)] = take(kWidths[size_t(i)]);
  return v;
}

// symbols: the 29 significant symbol values (prefix included). Returns true when every check holds.
bool checksHold(const int *sym) {
  int data[kCodeDataSymbols];
  for (int g = 0; g < kCodeGroups; ++g) {
    const int *grp = sym + 2 + g * 5;
    if (groupCheck(grp, g) != grp[4]) return false;
    for (int i = 0; i < 4; ++i) data[g * 4 + i] = grp[i];
  }
  const int crc = crc10(data, kCodeVersion);
  return sym[27] == ((crc >> 5) & 31) && sym[28] == (crc & 31);
}

void locate(int index, int *group, int *charInGroup) {
  if (index < 2) { *group = 0; *charInGroup = index + 1; return; }
  if (index < 27) { *group = (index - 2) / 5 + 1; *charInGroup = (index - 2) % 5 + 1; return; }
  *group = 6;
  *charInGroup = index - 26;
}

}  // namespace

QString encodeTypableCode(const GuestFacts &f) {
  const std::array<int, kCodeDataSymbols> d = pack(fieldsOf(f));
  QString out = u"R"_s + QChar::fromLatin1(kAlphabet[kCodeVersion]);
  for (int g = 0; g < kCodeGroups; ++g) {
    out += u'-';
    for (int i = 0; i < 4; ++i) out += QChar::fromLatin1(kAlphabet[d[size_t(g * 4 + i)]]);
    out += QChar::fromLatin1(kAlphabet[groupCheck(d.data() + g * 4, g)]);
  }
  const int crc = crc10(d.data(), kCodeVersion);
  out += u'-';
  out += QChar::fromLatin1(kAlphabet[(crc >> 5) & 31]);
  out += QChar::fromLatin1(kAlphabet[crc & 31]);
  return out;
}

CodeDecode decodeTypableCode(const QString &text) {
  CodeDecode r;
  std::vector<int> sym;
  std::vector<int> pos;  // offset in text of each significant symbol
  for (int i = 0; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (c.isSpace() || c == u'-' || c == u'.' || c == u'_' || c == u'\u2013' || c == u'\u2014') continue;
    const int v = symbolValue(c);
    if (v < 0) {
      r.error = CodeError::BadCharacter;
      r.position = i;
      r.badChar = c;
      r.located = true;
      locate(int(sym.size()), &r.group, &r.charInGroup);
      return r;
    }
    sym.push_back(v);
    pos.push_back(i);
    if (sym.size() > 64) break;  // far too long already; no need to read on
  }
  r.foundLength = int(sym.size());
  if (sym.size() < 2 || sym[0] != symbolValue(u'R')) {
    r.error = CodeError::Version;
    r.foundVersion = -1;
    if (!pos.empty()) r.position = pos[0];
    return r;
  }
  if (sym[1] != kCodeVersion) {
    r.error = CodeError::Version;
    r.foundVersion = sym[1];
    r.position = pos[1];
    return r;
  }
  if (int(sym.size()) != kTotalSymbols) {
    r.error = CodeError::Length;
    return r;
  }
  if (checksHold(sym.data())) {
    int data[kCodeDataSymbols];
    for (int g = 0; g < kCodeGroups; ++g)
      for (int i = 0; i < 4; ++i) data[g * 4 + i] = sym[size_t(2 + g * 5 + i)];
    r.facts = factsOf(unpack(data));
    return r;
  }

  // A typo: find the single change (one character, or two neighbours swapped) that makes every check hold.
  r.error = CodeError::Checksum;
  int subPos = -1;
  int subCount = 0;
  int swapPos = -1;
  int swapCount = 0;
  std::vector<int> trial = sym;
  for (int p = 2; p < kTotalSymbols; ++p) {
    const int orig = trial[size_t(p)];
    bool hit = false;
    for (int v = 0; v < 32 && !hit; ++v) {
      if (v == orig) continue;
      trial[size_t(p)] = v;
      if (checksHold(trial.data())) hit = true;
    }
    trial[size_t(p)] = orig;
    if (hit) { ++subCount; subPos = p; }
  }
  for (int p = 2; p + 1 < kTotalSymbols; ++p) {
    if (trial[size_t(p)] == trial[size_t(p + 1)]) continue;
    std::swap(trial[size_t(p)], trial[size_t(p + 1)]);
    if (checksHold(trial.data())) { ++swapCount; swapPos = p; }
    std::swap(trial[size_t(p)], trial[size_t(p + 1)]);
  }
  if (subCount == 1) {
    r.located = true;
    r.position = pos[size_t(subPos)];
    r.badChar = text.at(r.position);
    locate(subPos, &r.group, &r.charInGroup);
  } else if (subCount == 0 && swapCount == 1) {
    r.located = true;
    r.swapped = true;
    r.position = pos[size_t(swapPos)];
    r.secondPosition = pos[size_t(swapPos + 1)];
    locate(swapPos, &r.group, &r.charInGroup);
  } else {
    // Not one simple typo: point at the first group whose own check fails, if any.
    for (int g = 0; g < kCodeGroups; ++g) {
      if (groupCheck(sym.data() + 2 + g * 5, g) != sym[size_t(2 + g * 5 + 4)]) {
        r.group = g + 1;
        r.position = pos[size_t(2 + g * 5)];
        break;
      }
    }
  }
  return r;
}

}  // namespace rdpd::guest
