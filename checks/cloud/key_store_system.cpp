// systemKeyStore(): the Credential Manager on Windows (wincred.h, a generic credential of this user), the Secret
// Service through QtKeychain on Linux when the build found it (RDPD_HAVE_QTKEYCHAIN), else none. QtKeychain's
// plain-text fallback stays off.
#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <string>

#include "checks/cloud/key_store.h"

#if defined(Q_OS_WIN)
#include <windows.h>
// wincred.h needs windows.h first.
#include <wincred.h>
#elif defined(RDPD_HAVE_QTKEYCHAIN)
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

[[maybe_unused]] QString failed(const QString &detail) {
  return QCoreApplication::translate("KeyStore",
                                     "The system keychain refused: %1. The key is used for this window only; type it "
                                     "again next time.")
      .arg(detail);
}

#if defined(Q_OS_WIN)

class WinCredStore final : public KeyStore {
 public:
  explicit WinCredStore(const QString &target) : m_target(target.toStdWString()) {}
  void save(const Credentials &key, QObject *context, Done done) override {
    QByteArray blob = packKey(key);
    CREDENTIALW c{};
    c.Type = CRED_TYPE_GENERIC;
    c.TargetName = m_target.data();
    c.CredentialBlobSize = DWORD(blob.size());
    c.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    c.Persist = CRED_PERSIST_LOCAL_MACHINE;  // this user on this computer, not roamed
    const std::wstring user = key.maskedKeyId().toStdWString();
    c.UserName = const_cast<wchar_t *>(user.c_str());
    const bool ok = CredWriteW(&c, 0);
    const DWORD error = ok ? 0 : GetLastError();
    blob.fill('\0');
    later(context, std::move(done), ok ? QString() : failed(u"CredWrite error %1"_s.arg(error)));
  }
  void load(QObject *context, Loaded done) override {
    PCREDENTIALW c = nullptr;
    std::optional<Credentials> key;
    QString error;
    if (CredReadW(m_target.c_str(), CRED_TYPE_GENERIC, 0, &c)) {
      QByteArray blob(reinterpret_cast<const char *>(c->CredentialBlob), qsizetype(c->CredentialBlobSize));
      key = unpackKey(blob);
      blob.fill('\0');
      CredFree(c);
    } else if (GetLastError() != ERROR_NOT_FOUND) {
      error = failed(u"CredRead error %1"_s.arg(GetLastError()));
    }
    QTimer::singleShot(0, context, [key, error, done = std::move(done)] { done(key, error); });
  }
  void remove(QObject *context, Done done) override {
    const bool ok = CredDeleteW(m_target.c_str(), CRED_TYPE_GENERIC, 0) || GetLastError() == ERROR_NOT_FOUND;
    later(context, std::move(done), ok ? QString() : failed(u"CredDelete error %1"_s.arg(GetLastError())));
  }

 private:
  static void later(QObject *context, Done done, QString error) {
    QTimer::singleShot(0, context, [done = std::move(done), error] { done(error); });
  }
  std::wstring m_target;
};

#elif defined(RDPD_HAVE_QTKEYCHAIN)

const QString kAccount = u"Alibaba Cloud AccessKey"_s;

// Why a job failed, in words for the user: the usual cases said plainly, anything else as QtKeychain says it.
QString reason(const QKeychain::Job *j) {
  const QString raw = j->errorString();
  if (j->error() == QKeychain::NoBackendAvailable || raw.contains(u"org.freedesktop.secrets"_s))
    return QCoreApplication::translate("KeyStore",
                                       "no keychain service is running on this computer (GNOME Keyring or KWallet)");
  if (j->error() == QKeychain::AccessDeniedByUser)
    return QCoreApplication::translate("KeyStore", "the keychain was not unlocked");
  return raw;
}

// Runs job and calls back on context with the job's outcome (the job deletes itself afterwards).
template <typename JobT, typename F>
void run(JobT *job, QObject *context, F onFinished) {
  job->setAutoDelete(true);
  job->setInsecureFallback(false);
  job->setKey(kAccount);
  QPointer<QObject> guard(context);
  QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, onFinished](QKeychain::Job *) {
    if (guard) onFinished(job);
  });
  job->start();
}

class QtKeychainStore final : public KeyStore {
 public:
  explicit QtKeychainStore(const QString &service) : m_service(service) {}
  void save(const Credentials &key, QObject *context, Done done) override {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    QByteArray blob = packKey(key);
    job->setBinaryData(blob);
    blob.fill('\0');
    run(job, context, [done = std::move(done)](QKeychain::Job *j) {
      done(j->error() == QKeychain::NoError ? QString() : failed(reason(j)));
    });
  }
  void load(QObject *context, Loaded done) override {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    run(job, context, [job, done = std::move(done)](QKeychain::Job *) {
      if (job->error() == QKeychain::EntryNotFound) return done(std::nullopt, {});
      if (job->error() != QKeychain::NoError) return done(std::nullopt, failed(reason(job)));
      done(unpackKey(job->binaryData()), {});
    });
  }
  void remove(QObject *context, Done done) override {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    run(job, context, [done = std::move(done)](QKeychain::Job *j) {
      const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
      done(ok ? QString() : failed(reason(j)));
    });
  }

 private:
  QString m_service;
};

#endif

}  // namespace

std::shared_ptr<KeyStore> systemKeyStore(const QString &entryName) {
#if defined(Q_OS_WIN)
  return std::make_shared<WinCredStore>(entryName.isEmpty() ? u"RDP Doctor/Alibaba Cloud AccessKey"_s : entryName);
#elif defined(RDPD_HAVE_QTKEYCHAIN)
  return std::make_shared<QtKeychainStore>(entryName.isEmpty() ? u"RDP Doctor"_s : entryName);
#else
  Q_UNUSED(entryName)
  return nullptr;
#endif
}

}  // namespace rdpd::cloud
