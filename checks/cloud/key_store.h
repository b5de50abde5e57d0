#pragma once
// Remembering one AccessKey (ID and secret) in the operating system's keychain, and only when the user asks for it:
// the Secret Service through QtKeychain on Linux, the Credential Manager (wincred.h) on Windows. There is never a
// plain-text fallback: where no keychain is built in, systemKeyStore() is null and the wizard does not offer it.
// Asynchronous (a keychain may ask the user to unlock it): the callbacks run later, on context's thread. Tests use
// MemoryKeyStore.

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "checks/cloud/credentials.h"

namespace rdpd::cloud {

class KeyStore {
 public:
  using Done = std::function<void(const QString &error)>;  // translated; empty on success
  using Loaded = std::function<void(const std::optional<Credentials> &key, const QString &error)>;
  virtual ~KeyStore() = default;
  // Replaces what was remembered.
  virtual void save(const Credentials &key, QObject *context, Done done) = 0;
  // key is empty (and error too) when nothing is remembered.
  virtual void load(QObject *context, Loaded done) = 0;
  virtual void remove(QObject *context, Done done) = 0;
};

// Keeps the key in this process only (tests).
class MemoryKeyStore final : public KeyStore {
 public:
  void save(const Credentials &key, QObject *context, Done done) override;
  void load(QObject *context, Loaded done) override;
  void remove(QObject *context, Done done) override;
  bool holdsKey() const { return m_key.has_value(); }

 private:
  std::optional<Credentials> m_key;
};

// The operating system's keychain, or null where none is built in. entryName names the entry (Windows: the generic
// credential's target; Linux: the Secret Service item's service); empty = the product's own
// ("RDP Doctor/Alibaba Cloud AccessKey" on Windows, "RDP Doctor" on Linux). Tests
// pass their own name so that they can never overwrite a key the user remembered.
std::shared_ptr<KeyStore> systemKeyStore(const QString &entryName = {});

// What the keychain holds: the key ID, a line break, the secret (shared by the keychain back-ends and their tests).
QByteArray packKey(const Credentials &key);
std::optional<Credentials> unpackKey(const QByteArray &blob);

}  // namespace rdpd::cloud
