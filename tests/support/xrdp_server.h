#pragma once
// A real xrdp (Debian's /usr/sbin/xrdp) on 127.0.0.1 and a free port, for tests of the RDP negotiation and TLS
// probes. The config is a copy of /etc/xrdp/xrdp.ini in a temporary folder (never edits /etc/xrdp), the process
// runs in its own session and its whole process group is killed on destruction. xrdp is a Linux program: in the
// Windows build (run under Wine) available() is false with the reason, and scripts/windows/test.sh instead starts
// xrdp on the Linux side and runs rdp-doctor.exe against it.

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rdpd::test {

class XrdpServer {
 public:
  struct Options {
    QString securityLayer = QStringLiteral("negotiate");  // rdp | tls | negotiate
    QString cryptLevel = QStringLiteral("high");          // none | low | medium | high | fips
    QString certFile;       // empty: a fresh self-signed 2048-bit certificate made in the temp dir
    QString keyFile;        // empty: the key of that certificate
    QString tlsCiphers;     // e.g. "DEFAULT:@SECLEVEL=0"; empty: xrdp's default
    QString sslProtocols;   // e.g. "TLSv1, TLSv1.1, TLSv1.2"; empty: xrdp's default (TLSv1.2, TLSv1.3)
    bool missingCert = false;   // point certificate/key_file at files that do not exist (xrdp tls mode: code 3)
    bool runAsXrdpUser = false; // drop to the xrdp user (then a root-only 0600 cert is really unreadable)
  };

  XrdpServer();
  explicit XrdpServer(const Options &o);
  ~XrdpServer();
  XrdpServer(const XrdpServer &) = delete;
  XrdpServer &operator=(const XrdpServer &) = delete;

  // Linux, binary present, a stock xrdp.ini to copy, the openssl CLI, and running as root (xrdp reads its root-owned
  // RSA keys).
  static bool available();
  static QString unavailableReason();

  bool isRunning() const { return m_port > 0; }
  int port() const { return m_port; }
  QString error() const { return m_error; }  // why start failed
  QString dir() const { return m_dir ? m_dir->path() : QString(); }
  QString certFile() const { return m_cert; }
  QString keyFile() const { return m_key; }
  QString log() const;  // xrdp's own log and stdout, for failure messages

  // Writes a self-signed certificate and key with the openssl CLI. digest e.g. "sha256" or "sha1".
  static bool makeSelfSigned(const QString &certPath, const QString &keyPath, int bits = 2048,
                             const QString &digest = QStringLiteral("sha256"),
                             const QString &commonName = QStringLiteral("xrdp-test.local"));

 private:
  bool start(const Options &o);
  void stop();

  std::unique_ptr<QTemporaryDir> m_dir;
  QString m_cert, m_key, m_error;
  qint64 m_pid = -1;  // pid_t of xrdp (Linux only)
  int m_port = 0;
};

// True when something listens on 127.0.0.1:port (from the system's connection table, without connecting to it).
bool loopbackListening(int port);

}  // namespace rdpd::test
