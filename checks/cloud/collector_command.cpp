#include "checks/cloud/collector_command.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>
#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

// Kept short on purpose: the compressed script takes most of the 24 KB. @Z@ = the script, raw DEFLATE in Base64;
// @H@ = its SHA-256; @B@ = the evidence budget in characters. Runs under Windows PowerShell 5.1 as SYSTEM.
constexpr const char *kBootstrap = R"PS($ErrorActionPreference='Stop';$ProgressPreference='SilentlyContinue'
try{[Console]::OutputEncoding=New-Object Text.UTF8Encoding $false}catch{}
function H($b){-join([Security.Cryptography.SHA256]::Create().ComputeHash([byte[]]$b)|%{$_.ToString('x2')})}
$m=New-Object IO.MemoryStream
(New-Object IO.Compression.DeflateStream((New-Object IO.MemoryStream(,[Convert]::FromBase64String('@Z@'))),[IO.Compression.CompressionMode]::Decompress)).CopyTo($m)
$s=$m.ToArray()
if((H $s)-ne'@H@'){'RDPD-SCRIPT-HASH-REFUSED '+(H $s);exit 3}
$f=Join-Path $env:TEMP('rdpd-'+[guid]::NewGuid().ToString('N')+'.json')
$o=&([ScriptBlock]::Create([Text.Encoding]::UTF8.GetString($s))) -OutFile $f
$c=@($o|?{"$_"-like'Code for RDP Doctor: *'})
'RDPD-CODE '+$(if($c){"$($c[0])".Substring(21)})
$j=[IO.File]::ReadAllText($f);Remove-Item -LiteralPath $f -Force
$e={[regex]::Replace($j,'[^\x00-\x7e]',{'\u{0:x4}'-f[int][char]$args[0].Value})}
$t=&$e
if($t.Length-gt@B@){$j=$j|ConvertFrom-Json|ConvertTo-Json -Compress -Depth 12;$t=&$e}
if($t.Length-gt@B@){'RDPD-TOO-LARGE '+$t.Length;exit 0}
'RDPD-EVIDENCE-BEGIN '+$t.Length+' '+(H([Text.Encoding]::ASCII.GetBytes($t)))
$t
'RDPD-EVIDENCE-END'
)PS";

constexpr int kMaxOtherLines = 40;

QString sha256Hex(const QByteArray &b) {
  return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QString decodeGbk(const QByteArray &raw, bool *ok) {
#ifdef Q_OS_WIN
  const int n = MultiByteToWideChar(936, 0, raw.constData(), int(raw.size()), nullptr, 0);
  QString out(n, Qt::Uninitialized);
  MultiByteToWideChar(936, 0, raw.constData(), int(raw.size()), reinterpret_cast<wchar_t *>(out.data()), n);
  *ok = n > 0;
  return out;
#else
  QStringDecoder gbk("GB18030");
  *ok = gbk.isValid();
  return *ok ? QString(gbk(raw)) : QString();
#endif
}

}  // namespace

QByteArray rawDeflate(const QByteArray &bytes) {
  // qCompress: 4 bytes of length, the 2-byte zlib header, the DEFLATE data, the 4-byte Adler-32.
  const QByteArray z = qCompress(bytes, 9);
  return z.size() < 10 ? QByteArray() : z.mid(6, z.size() - 10);
}

CollectorCommand buildCollectorCommand(const QByteArray &script) {
  CollectorCommand c;
  c.script = script;
  c.scriptSha256 = sha256Hex(script);
  QByteArray text(kBootstrap);
  text.replace("@Z@", rawDeflate(script).toBase64());
  text.replace("@H@", c.scriptSha256.toLatin1());
  text.replace("@B@", QByteArray::number(kEvidenceOutputBudget));
  c.bootstrap = text;
  c.contentBase64 = text.toBase64();
  return c;
}

CollectorCommand embeddedCollectorCommand() {
  QFile f(u":/collector/collect-rdp-evidence.ps1"_s);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return buildCollectorCommand(f.readAll());
}

QString decodeConsoleOutput(const QByteArray &raw, QString *encoding) {
  if (std::all_of(raw.begin(), raw.end(), [](char c) { return quint8(c) < 0x80; })) {
    *encoding = u"ascii"_s;
    return QString::fromLatin1(raw);
  }
  QStringDecoder utf8(QStringDecoder::Utf8);
  QString text = utf8(raw);
  if (!utf8.hasError()) {
    *encoding = u"utf-8"_s;
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    return text;
  }
  bool ok = false;
  text = decodeGbk(raw, &ok);
  if (ok) {
    *encoding = u"gbk"_s;
    return text;
  }
  *encoding = u"latin-1"_s;
  return QString::fromLatin1(raw);
}

QByteArray collectorOutputFor(const QByteArray &evidenceJson, const QString &code) {
  const auto ascii = [](const QString &text) {
    QByteArray out;
    for (const QChar c : text) {
      if (c.unicode() < 0x7f)
        out += char(c.unicode());
      else
        out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
  };
  QByteArray json = ascii(QString::fromUtf8(evidenceJson));
  if (json.size() > kEvidenceOutputBudget)
    json = ascii(QString::fromUtf8(QJsonDocument::fromJson(evidenceJson).toJson(QJsonDocument::Compact)));
  QByteArray out = "RDPD-CODE " + code.toLatin1() + "\r\n";
  if (json.size() > kEvidenceOutputBudget) return out + "RDPD-TOO-LARGE " + QByteArray::number(json.size()) + "\r\n";
  out += "RDPD-EVIDENCE-BEGIN " + QByteArray::number(json.size()) + ' ' + sha256Hex(json).toLatin1() + "\r\n";
  return out + json + "\r\nRDPD-EVIDENCE-END\r\n";
}

CollectorOutput parseCollectorOutput(const QByteArray &raw, qint64 dropped) {
  CollectorOutput out;
  const QString text = decodeConsoleOutput(raw, &out.encoding);
  qsizetype pos = 0;
  bool sawBegin = false;
  bool complete = false;
  while (pos < text.size()) {
    qsizetype end = text.indexOf(u'\n', pos);
    const bool lastLine = end < 0;
    if (lastLine) end = text.size();
    const QString line = text.mid(pos, end - pos).trimmed();
    pos = end + 1;
    if (line.startsWith(u"RDPD-CODE"_s)) {
      out.code = line.mid(9).trimmed();
    } else if (line.startsWith(u"RDPD-SCRIPT-HASH-REFUSED"_s)) {
      out.scriptHashRefused = true;
    } else if (line.startsWith(u"RDPD-TOO-LARGE"_s)) {
      out.cutOff = true;
    } else if (line.startsWith(u"RDPD-EVIDENCE-BEGIN "_s) && !sawBegin) {
      sawBegin = true;
      const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
      bool numeric = false;
      const qsizetype length = parts.value(1).toLongLong(&numeric);
      if (!numeric || length <= 0 || lastLine || pos + length > text.size()) {
        out.cutOff = true;
        break;
      }
      const QByteArray json = text.mid(pos, length).toLatin1();
      pos += length;
      const qsizetype endMarker = text.indexOf(u"RDPD-EVIDENCE-END"_s, pos);
      if (endMarker < 0) {
        out.cutOff = true;
        break;
      }
      pos = endMarker + 17;
      out.evidenceJson = json;
      out.hashMatches = sha256Hex(json) == parts.value(2);
      complete = true;
    } else if (line == u"RDPD-EVIDENCE-END"_s) {
      continue;
    } else if (!line.isEmpty() && out.otherLines.size() < kMaxOtherLines) {
      out.otherLines << line;
    }
  }
  if (dropped > 0 && !complete) out.cutOff = true;
  return out;
}

}  // namespace rdpd::cloud
