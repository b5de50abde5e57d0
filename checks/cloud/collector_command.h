#pragma once
// The evidence collector as a Cloud Assistant command, and its output read back. Pure functions (tested and fuzzed).
//
// Sending: the embedded collect-rdp-evidence.ps1 (the same script "Check this computer" and the VNC route use) is
// 45 KB, RunCommand takes at most 24 KB of Base64 command content. So the command is a short PowerShell bootstrap
// that carries the script deflate-compressed, unpacks it, refuses to run it unless its SHA-256 is the one shown in
// the plan, runs it, and prints the result.
//
// Output: DescribeInvocationResults keeps only the first 24 KB. The bootstrap prints, in this order:
//   RDPD-CODE <the short typable code>                 (first, so a cut-off output still has it)
//   RDPD-EVIDENCE-BEGIN <length> <sha256>               the evidence JSON, every non-ASCII character written as
//   <the JSON document>                                 \uXXXX so no console code page can garble it, compacted
//   RDPD-EVIDENCE-END                                   (ConvertTo-Json -Compress) when it would not fit
// or, when even the compact document is too long, RDPD-TOO-LARGE <length> (the code is imported then: fewer facts).
// Anything else the server printed (PowerShell errors, which Chinese Windows may write in GBK / code page 936) is
// decoded — UTF-8 when valid, else GBK — and shown to the user.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rdpd::cloud {

inline constexpr qsizetype kRunCommandContentLimit = 24 * 1024;  // Base64 command content (KeepCommand=false)
inline constexpr qsizetype kInvocationOutputLimit = 24 * 1024;   // DescribeInvocationResults keeps this much
inline constexpr qsizetype kEvidenceOutputBudget = 23 * 1024;    // the JSON's share of it (the rest: code, markers)

struct CollectorCommand {
  QByteArray script;         // the collector script's bytes, exactly as embedded
  QString scriptSha256;      // lower-case hex
  QByteArray bootstrap;      // the PowerShell text that is run (UTF-8)
  QByteArray contentBase64;  // CommandContent as sent (ContentEncoding=Base64)
  bool fits() const { return contentBase64.size() <= kRunCommandContentLimit; }
};

CollectorCommand buildCollectorCommand(const QByteArray &script);
// From the embedded resource :/collector/collect-rdp-evidence.ps1.
CollectorCommand embeddedCollectorCommand();
// Raw DEFLATE (RFC 1951, what .NET's DeflateStream reads) of bytes, level 9.
QByteArray rawDeflate(const QByteArray &bytes);

struct CollectorOutput {
  QString encoding;                // how the output was decoded: "ascii", "utf-8" or "gbk"
  QString code;                    // from RDPD-CODE (may be empty)
  QByteArray evidenceJson;         // between the markers, complete and with the announced length; empty otherwise
  bool hashMatches = false;        // the JSON's SHA-256 is the one announced
  bool cutOff = false;             // the output ended inside the evidence (the 24 KB cap) or RDPD-TOO-LARGE was printed
  bool scriptHashRefused = false;  // the bootstrap refused to run a script with another hash
  QStringList otherLines;          // whatever else the server printed (decoded), at most 40 lines
};

// What the bootstrap prints for an evidence document and its code, byte for byte (non-ASCII as \uXXXX, CRLF line
// ends, compacted when over the budget): the training lab's pretend server answers with it, the tests build with it.
QByteArray collectorOutputFor(const QByteArray &evidenceJson, const QString &code);
// Decodes Cloud Assistant output bytes; dropped = the answer's Dropped (bytes cut beyond the cap).
CollectorOutput parseCollectorOutput(const QByteArray &raw, qint64 dropped);
// Console output bytes as text: UTF-8 when it is valid UTF-8, else GBK (code page 936, Chinese Windows); *encoding
// says which ("ascii", "utf-8", "gbk", or "latin-1" when no GBK decoder is available).
QString decodeConsoleOutput(const QByteArray &raw, QString *encoding);

}  // namespace rdpd::cloud
