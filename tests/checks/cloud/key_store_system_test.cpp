// The real keychains behind "Remember this key" (checks/cloud/key_store.h), under an entry name of the test's own so
// a key the user remembered is never touched:
// - Windows (also the .exe under Wine): the Credential Manager through wincred.h, always.
// - Linux: QtKeychain against a real Secret Service. tests/tools/with-secret-service.sh gives the test its own D-Bus
//   session bus and home, with gnome-keyring's Secret Service running (RDPD_TEST_SECRET_SERVICE=present) or without
//   any (=absent: saving must fail with a sentence, quickly, never fall back to plain text). Run outside that script
//   (the plain checks_tests run) the Linux test skips: it must not write into the developer's own keyring.
#include <gtest/gtest.h>

#include <QObject>
#include <QUuid>
#include <optional>

#include "checks/cloud/key_store.h"
#include "tests/support/qt_wait.h"

using namespace rdpd::cloud;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
  bool done = false;
  QString error;
  std::optional<Credentials> key;
};

Credentials testKey() {
  Credentials c;
  c.accessKeyId = u"LTAI-keychain-test-0001"_s;
  c.accessKeySecret = Secret(QByteArray("keychain-test-secret-\xe5\xaf\x86-Kx93"));  // non-ASCII on purpose
  return c;
}

QString mode() {
#ifdef Q_OS_WIN
  return u"windows"_s;
#else
  return qEnvironmentVariable("RDPD_TEST_SECRET_SERVICE");  // present | absent | empty (not in the script)
#endif
}

}  // namespace

TEST(SystemKeyStore, remembers_reads_back_and_forgets_a_key_in_the_real_keychain) {
  const QString m = mode();
  if (m.isEmpty())
    GTEST_SKIP() << "needs its own Secret Service: ctest runs it through tests/tools/with-secret-service.sh";
  if (m != u"present"_s && m != u"windows"_s) GTEST_SKIP() << "the keychain is absent in this run";
  const std::shared_ptr<KeyStore> store =
      systemKeyStore(u"RDP Doctor test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
  ASSERT_NE(store, nullptr) << "no keychain built in (QtKeychain missing from the build?)";
  QObject context;

  Outcome empty;
  store->load(&context, [&](const std::optional<Credentials> &k, const QString &e) { empty = {true, e, k}; });
  RDPD_TRY_VERIFY(empty.done, 20000);
  EXPECT_TRUE(empty.error.isEmpty()) << empty.error.toStdString();
  EXPECT_FALSE(empty.key.has_value()) << "a fresh entry must be empty";

  Outcome saved;
  store->save(testKey(), &context, [&](const QString &e) { saved = {true, e, {}}; });
  RDPD_TRY_VERIFY(saved.done, 20000);
  ASSERT_TRUE(saved.error.isEmpty()) << saved.error.toStdString();

  Outcome loaded;
  store->load(&context, [&](const std::optional<Credentials> &k, const QString &e) { loaded = {true, e, k}; });
  RDPD_TRY_VERIFY(loaded.done, 20000);
  EXPECT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
  ASSERT_TRUE(loaded.key.has_value());
  EXPECT_EQ(loaded.key->accessKeyId, testKey().accessKeyId);
  EXPECT_TRUE(loaded.key->accessKeySecret == testKey().accessKeySecret);
  EXPECT_EQ(loaded.key->source, u"system keychain"_s);

  // A second save replaces the first (one key is remembered, not a list).
  Credentials other = testKey();
  other.accessKeyId = u"LTAI-keychain-test-0002"_s;
  Outcome replaced;
  store->save(other, &context, [&](const QString &e) { replaced = {true, e, {}}; });
  RDPD_TRY_VERIFY(replaced.done, 20000);
  Outcome again;
  store->load(&context, [&](const std::optional<Credentials> &k, const QString &e) { again = {true, e, k}; });
  RDPD_TRY_VERIFY(again.done, 20000);
  ASSERT_TRUE(again.key.has_value());
  EXPECT_EQ(again.key->accessKeyId, other.accessKeyId);

  Outcome removed;
  store->remove(&context, [&](const QString &e) { removed = {true, e, {}}; });
  RDPD_TRY_VERIFY(removed.done, 20000);
  EXPECT_TRUE(removed.error.isEmpty()) << removed.error.toStdString();
  Outcome gone;
  store->load(&context, [&](const std::optional<Credentials> &k, const QString &e) { gone = {true, e, k}; });
  RDPD_TRY_VERIFY(gone.done, 20000);
  EXPECT_FALSE(gone.key.has_value()) << "forgotten, but still there";
  Outcome twice;  // forgetting what is not there is not an error
  store->remove(&context, [&](const QString &e) { twice = {true, e, {}}; });
  RDPD_TRY_VERIFY(twice.done, 20000);
  EXPECT_TRUE(twice.error.isEmpty()) << twice.error.toStdString();
}

TEST(SystemKeyStore, without_a_secret_service_saving_fails_with_a_sentence_and_keeps_nothing) {
  if (mode() != u"absent"_s) GTEST_SKIP() << "only in the run without a Secret Service (with-secret-service.sh --none)";
  const std::shared_ptr<KeyStore> store = systemKeyStore(u"RDP Doctor test absent"_s);
  ASSERT_NE(store, nullptr);
  QObject context;
  Outcome saved;
  store->save(testKey(), &context, [&](const QString &e) { saved = {true, e, {}}; });
  RDPD_TRY_VERIFY(saved.done, 30000);  // an answer, not a hang
  EXPECT_TRUE(saved.error.contains(u"The system keychain refused"_s)) << saved.error.toStdString();
  EXPECT_TRUE(saved.error.contains(u"this window only"_s)) << saved.error.toStdString();
  EXPECT_TRUE(saved.error.contains(u"no keychain service is running on this computer"_s))
      << "said in D-Bus words: " << saved.error.toStdString();
  EXPECT_FALSE(saved.error.contains(u"keychain-test-secret"_s)) << "the secret in a message";
  Outcome loaded;
  store->load(&context, [&](const std::optional<Credentials> &k, const QString &e) { loaded = {true, e, k}; });
  RDPD_TRY_VERIFY(loaded.done, 30000);
  EXPECT_FALSE(loaded.key.has_value());
}
