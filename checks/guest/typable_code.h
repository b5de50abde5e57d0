#pragma once
// The typable code: the facts that matter most, in 29 characters a person can read off the VNC console and type
// into the wizard. Format (docs/collector.md has the full layout):
//   R1-ddddc-ddddc-ddddc-ddddc-ddddc-kk
// "R1" = version 1; five groups of four data characters d plus one group check character c; two global check
// characters k (CRC-10). Alphabet: Crockford base32 without I L O U (0-9 A-H J K M N P-T V-Z).
// The group check is a weighted sum over GF(32), so any single wrong character and any swap of two neighbours
// within a group is caught; the CRC pins down which group and, in practice, which character.
// The collector's PowerShell encoder (resources/collector/collect-rdp-evidence.ps1) implements the same layout.

#include <QString>

#include "checks/guest/evidence.h"

namespace rdpd::guest {

inline constexpr int kCodeVersion = 1;
inline constexpr int kCodeDataSymbols = 20;  // 100 bits
inline constexpr int kCodeGroups = 5;
inline constexpr int kCodeLength = 29;       // without separators: 2 prefix + 25 + 2

// Encodes the code-carried facts of f ("R1-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XX").
QString encodeTypableCode(const GuestFacts &f);

enum class CodeError { None, BadCharacter, Length, Version, Checksum };

struct CodeDecode {
  CodeError error = CodeError::None;
  GuestFacts facts;             // valid when error == None
  int position = -1;            // 0-based offset in the input text of the (first) suspect character
  int secondPosition = -1;      // for a swap of two neighbours: the other one
  int group = 0;                // 1-based data group (6 = the final check pair, 0 = prefix)
  int charInGroup = 0;          // 1-based within the group
  bool located = false;         // true when exactly one fix explains the error
  bool swapped = false;         // the error is two neighbours swapped
  QChar badChar;                // for BadCharacter / a located typo: the character as typed
  int foundVersion = 0;         // for Version
  int foundLength = 0;          // for Length: significant characters seen
};

CodeDecode decodeTypableCode(const QString &text);

}  // namespace rdpd::guest
