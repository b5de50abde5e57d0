#include "tests/support/xrdp_server.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include "tests/support/loopback.h"
#include "tests/support/platform.h"

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd::test {

namespace {
const char *kBinary = "/usr/sbin/xrdp";
const char *kStockIni = "/etc/xrdp/xrdp.ini";

[[maybe_unused]] int freeLoopbackPort() {  // Linux only (start())
  QTcpServer s;
  if (!s.listen(QHostAddress::LocalHost, 0)) return 0;
  return s.serverPort();
}

QString which(const QString &name) {
  for (const QString &d : {u"/usr/bin"_s, u"/bin"_s, u"/usr/sbin"_s, u"/usr/local/bin"_s})
    if (QFileInfo(d + u'/' + name).isExecutable()) return d + u'/' + name;
  return {};
}
}  // namespace

bool loopbackListening(int port) {
  const QStringList addresses = listeningAddresses(port);
  return addresses.contains(u"127.0.0.1"_s) || addresses.contains(u"0.0.0.0"_s);
}

QString XrdpServer::unavailableReason() {
  if (kOnWindows)
    return linuxOnly(u"xrdp is a Linux server and cannot be started from a Windows test; scripts/windows/test.sh "
                     "runs rdp-doctor.exe against a real xrdp instead"_s);
  if (!QFileInfo(QString::fromLatin1(kBinary)).isExecutable()) return u"xrdp is not installed (/usr/sbin/xrdp)"_s;
  if (!QFileInfo(QString::fromLatin1(kStockIni)).isReadable()) return u"/etc/xrdp/xrdp.ini is missing"_s;
  if (which(u"openssl"_s).isEmpty()) return u"the openssl command is not installed"_s;
  if (!isRoot()) return u"xrdp needs root to read its RSA keys; run the tests as root"_s;
  return {};
}

bool XrdpServer::available() { return unavailableReason().isEmpty(); }

bool XrdpServer::makeSelfSigned(const QString &certPath, const QString &keyPath, int bits, const QString &digest,
                                const QString &commonName) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(which(u"openssl"_s),
          {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:%1"_s.arg(bits), u"-nodes"_s, u"-keyout"_s, keyPath, u"-out"_s,
           certPath, u"-days"_s, u"365"_s, u"-%1"_s.arg(digest), u"-subj"_s, u"/CN=%1"_s.arg(commonName),
           u"-addext"_s, u"subjectAltName=DNS:%1,IP:127.0.0.1"_s.arg(commonName)});
  if (!p.waitForFinished(30000)) return false;
  return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && QFileInfo::exists(certPath);
}

XrdpServer::XrdpServer() : XrdpServer(Options{}) {}

XrdpServer::XrdpServer(const Options &o) {
  if (!start(o)) stop();
}

XrdpServer::~XrdpServer() { stop(); }

QString XrdpServer::log() const {
  QString out;
  for (const QString &name : {u"xrdp.log"_s, u"stdout"_s}) {
    QFile f(dir() + u'/' + name);
    if (f.open(QIODevice::ReadOnly)) out += QString::fromUtf8(f.readAll().right(4000));
  }
  return out;
}

#ifdef Q_OS_WIN
bool XrdpServer::start(const Options &) {
  m_error = unavailableReason();
  return false;
}

void XrdpServer::stop() { m_port = 0; }
#else
bool XrdpServer::start(const Options &o) {
  if (!available()) { m_error = unavailableReason(); return false; }
  m_dir = std::make_unique<QTemporaryDir>(u"/tmp/rdpd-xrdp-XXXXXX"_s);
  if (!m_dir->isValid()) { m_error = u"cannot create a temporary folder"_s; return false; }
  const QString d = m_dir->path();

  m_cert = o.certFile;
  m_key = o.keyFile;
  if (o.missingCert) {
    m_cert = d + u"/missing-cert.pem"_s;
    m_key = d + u"/missing-key.pem"_s;
  } else if (m_cert.isEmpty()) {
    m_cert = d + u"/cert.pem"_s;
    m_key = d + u"/key.pem"_s;
    if (!makeSelfSigned(m_cert, m_key)) { m_error = u"openssl could not make a certificate"_s; return false; }
  }

  QFile stock(QString::fromLatin1(kStockIni));
  if (!stock.open(QIODevice::ReadOnly)) { m_error = u"cannot read xrdp.ini"_s; return false; }
  const int port = freeLoopbackPort();
  if (port <= 0) { m_error = u"no free port"_s; return false; }
  QStringList lines = QString::fromUtf8(stock.readAll()).split(u'\n');
  bool inGlobals = false;
  for (QString &l : lines) {
    if (l.startsWith(u'[')) inGlobals = l.trimmed() == u"[Globals]"_s;
    if (!inGlobals) continue;
    auto set = [&](const char *key, const QString &value) {
      const QString k = QString::fromLatin1(key);
      if (l.startsWith(k + u'=') || l.startsWith(u'#' + k + u'=')) l = k + u'=' + value;
    };
    set("port", u"tcp://127.0.0.1:%1"_s.arg(port));
    set("security_layer", o.securityLayer);
    set("crypt_level", o.cryptLevel);
    set("certificate", m_cert);
    set("key_file", m_key);
    set("LogFile", d + u"/xrdp.log"_s);
    set("EnableSyslog", u"false"_s);
    if (!o.tlsCiphers.isEmpty()) set("tls_ciphers", o.tlsCiphers);
    if (!o.sslProtocols.isEmpty()) set("ssl_protocols", o.sslProtocols);
  }
  const QString ini = d + u"/xrdp.ini"_s;
  QFile out(ini);
  if (!out.open(QIODevice::WriteOnly) || out.write(lines.join(u'\n').toUtf8()) < 0) {
    m_error = u"cannot write the test xrdp.ini"_s;
    return false;
  }
  out.close();

  uid_t uid = 0;
  gid_t gid = 0;
  if (o.runAsXrdpUser) {
    const passwd *pw = ::getpwnam("xrdp");
    if (!pw) { m_error = u"no xrdp user"_s; return false; }
    uid = pw->pw_uid;
    gid = pw->pw_gid;
    // The folder, ini and log must be usable by xrdp; the certificate keeps whatever mode the test gave it.
    ::chown(QFile::encodeName(d).constData(), uid, gid);
    ::chown(QFile::encodeName(ini).constData(), uid, gid);
  }

  const QByteArray bin(kBinary);
  const QByteArray iniPath = QFile::encodeName(ini);
  const QByteArray stdoutPath = QFile::encodeName(d + u"/stdout"_s);
  const pid_t pid = ::fork();
  if (pid < 0) { m_error = u"fork failed"_s; return false; }
  if (pid == 0) {
    // Child: own session (so the whole group can be killed), output to a file, then xrdp in the foreground.
    ::setsid();
    const int fd = ::open(stdoutPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) { ::dup2(fd, 1); ::dup2(fd, 2); ::close(fd); }
    if (o.runAsXrdpUser) {
      ::setgroups(0, nullptr);
      if (::setgid(gid) != 0 || ::setuid(uid) != 0) ::_exit(126);
    }
    ::execl(bin.constData(), bin.constData(), "--nodaemon", "--config", iniPath.constData(), static_cast<char *>(nullptr));
    ::_exit(127);
  }
  m_pid = qint64(pid);

  QDeadlineTimer deadline(3000);
  while (!deadline.hasExpired()) {
    if (loopbackListening(port)) { m_port = port; return true; }
    int status = 0;
    if (::waitpid(pid_t(m_pid), &status, WNOHANG) == pid) {
      m_pid = -1;
      m_error = u"xrdp exited at start: "_s + log();
      return false;
    }
    QThread::msleep(10);
  }
  m_error = u"xrdp did not listen within 3 s: "_s + log();
  return false;
}

void XrdpServer::stop() {
  m_port = 0;
  if (m_pid <= 0) return;
  const pid_t pid = pid_t(m_pid);
  ::kill(-pid, SIGTERM);
  QDeadlineTimer deadline(2000);
  int status = 0;
  bool reaped = false;
  while (!deadline.hasExpired() && !reaped) {
    reaped = ::waitpid(pid, &status, WNOHANG) == pid;
    if (!reaped) QThread::msleep(5);
  }
  ::kill(-pid, SIGKILL);  // per-connection children and a stuck parent
  if (!reaped) ::waitpid(pid, &status, 0);
  m_pid = -1;
}
#endif

}  // namespace rdpd::test
