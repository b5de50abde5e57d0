// The pure parts of the cloud actions: a plan says what will happen and a consent covers exactly the plan it was
// made from; the console screenshot's bytes are checked by their header; the collector command carries the very
// embedded script (its hash, unpacked byte for byte) within RunCommand's 24 KB; the output is read back whole, cut
// off, or garbled by a Chinese console code page.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>

#include "checks/cloud/action_plan.h"
#include "checks/cloud/collector_command.h"
#include "checks/cloud/console_screenshot.h"
#include "checks/guest/evidence_import.h"
#include "checks/lab/lab_scenario.h"
#include "tests/checks/cloud/cloud_api_test_support.h"

using namespace rdpd;
using namespace rdpd::cloud;
using namespace Qt::StringLiterals;

namespace {

ActionTarget target() { return {u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s, u"win-web-01"_s, u"Running"_s}; }

QByteArray healthyEvidence() {
  const QJsonValue v = lab::resolvePortPlaceholders(lab::baseEvidence(u"healthy"_s), 3389, 0);
  return QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

// zlib around a raw DEFLATE stream, so qUncompress (which checks the Adler-32) can read what .NET would inflate.
QByteArray zlibWrap(const QByteArray &raw, const QByteArray &original) {
  quint32 a = 1, b = 0;
  for (const char c : original) {
    a = (a + quint8(c)) % 65521;
    b = (b + a) % 65521;
  }
  const quint32 adler = (b << 16) | a;
  QByteArray out;
  const quint32 n = quint32(original.size());
  for (int shift : {24, 16, 8, 0}) out += char((n >> shift) & 0xFF);
  out += "\x78\xDA" + raw;
  for (int shift : {24, 16, 8, 0}) out += char((adler >> shift) & 0xFF);
  return out;
}

}  // namespace

TEST(CloudActionPlan, a_consent_covers_only_the_plan_it_was_made_from) {
  const ActionPlan restart = planSnapshot(target(), true, false);
  EXPECT_TRUE(ActionConsent::afterShowing(restart).refusal(restart).isEmpty());
  ActionTarget other = target();
  other.instanceId = u"i-uf6someoneelse"_s;
  const ActionPlan elsewhere = planSnapshot(other, true, false);
  EXPECT_FALSE(ActionConsent::afterShowing(restart).refusal(elsewhere).isEmpty());
  const ActionPlan snapshotOnly = planSnapshot(target(), false, false);
  EXPECT_FALSE(ActionConsent::afterShowing(snapshotOnly).refusal(restart).isEmpty());
  EXPECT_NE(restart.fingerprint(), snapshotOnly.fingerprint());
}

TEST(CloudActionPlan, force_stop_needs_its_own_second_yes) {
  const ActionPlan forced = planSnapshot(target(), true, true);
  EXPECT_TRUE(forced.forceStop);
  EXPECT_NE(forced.fingerprint(), planSnapshot(target(), true, false).fingerprint());
  EXPECT_FALSE(ActionConsent::afterShowing(forced).refusal(forced).isEmpty());
  EXPECT_TRUE(ActionConsent::afterShowing(forced).confirmForceStop().refusal(forced).isEmpty());
  EXPECT_FALSE(planSnapshot(target(), false, true).forceStop);  // no restart, no ForceStop
  EXPECT_TRUE(forceStopQuestion(forced).contains(u"i-uf6winrdp0doctor02"_s));
}

TEST(CloudActionPlan, the_shown_plan_names_instance_calls_changes_cost_and_permissions) {
  const QString text = describePlan(planSnapshot(target(), true, false));
  for (const QString &part : {u"i-uf6winrdp0doctor02"_s, u"cn-shanghai"_s, u"CreateSnapshot"_s, u"RebootInstance"_s,
                              u"ecs:CreateSnapshot"_s, u"ecs:RebootInstance"_s, u"per GB"_s, u"disconnected"_s})
    EXPECT_TRUE(text.contains(part)) << part.toStdString() << "\n" << text.toStdString();
  const CollectorCommand cmd = embeddedCollectorCommand();
  const ActionPlan collect =
      planCollect(target(), cmd.scriptSha256, cmd.script.size(), cmd.contentBase64.size(), kRunCommandContentLimit);
  EXPECT_TRUE(describePlan(collect).contains(cmd.scriptSha256));
  EXPECT_TRUE(collect.changesInstance());
  EXPECT_FALSE(planScreenshot(target()).changesInstance());
  EXPECT_TRUE(describePlan(planScreenshot(target())).contains(u"Nothing changes"_s));
  // A plan that cannot run is refused whatever the consent says.
  ActionTarget stopped = target();
  stopped.status = u"Stopped"_s;
  const ActionPlan cannot = planSnapshot(stopped, true, false);
  EXPECT_FALSE(cannot.problem.isEmpty());
  EXPECT_EQ(ActionConsent::afterShowing(cannot).refusal(cannot), cannot.problem);
  const auto [en, zh] = cloudtest::inBothLanguages([] { return describePlan(planSnapshot(target(), true, false)); });
  EXPECT_TRUE(cloudtest::hasCjk(zh)) << zh.toStdString();
  EXPECT_FALSE(cloudtest::hasCjk(en));
}

TEST(CloudScreenshot, image_header_gives_format_and_size_or_nothing) {
  const QByteArray jpeg =
      QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffc000110800f0014003012200021101031101ffd9");
  EXPECT_EQ(readImageHeader(jpeg).format, u"jpeg"_s);
  EXPECT_EQ(readImageHeader(jpeg).width, 320);
  EXPECT_EQ(readImageHeader(jpeg).height, 240);
  const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000004000000030008060000001f15c489");
  EXPECT_EQ(readImageHeader(png).format, u"png"_s);
  EXPECT_EQ(readImageHeader(png).width, 1024);
  EXPECT_EQ(readImageHeader(png).height, 768);
  for (const QByteArray &bad : {QByteArray(), QByteArray("GIF89a"), QByteArray::fromHex("ffd8ffd9"),
                                QByteArray::fromHex("ffd8ffe00002"), QByteArray::fromHex("ffd8ffc00011080000")})
    EXPECT_TRUE(readImageHeader(bad).format.isEmpty()) << bad.toHex().constData();
}

TEST(CloudScreenshot, answer_is_decoded_capped_and_checked) {
  const QDateTime now = QDateTime::fromString(u"2026-12-06T02:00:00Z"_s, Qt::ISODate);
  const QByteArray jpeg =
      QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffc000110800f0014003012200021101031101ffd9");
  const auto answer = [](const QByteArray &b64) {
    return QJsonDocument(QJsonObject{{u"InstanceId"_s, u"i-x"_s}, {u"Screenshot"_s, QString::fromLatin1(b64)}})
        .toJson();
  };
  const ConsoleScreenshot ok = parseScreenshotAnswer(answer(jpeg.toBase64()), now);
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.image, jpeg);
  EXPECT_EQ(ok.takenAtUtc, now);
  EXPECT_EQ(parseScreenshotAnswer(answer("not base64 !!"), now).problem, u"not_an_image"_s);
  EXPECT_EQ(parseScreenshotAnswer(answer(QByteArray("plain text").toBase64()), now).problem, u"not_an_image"_s);
  EXPECT_EQ(parseScreenshotAnswer("{\"Screen", now).problem, u"not_an_image"_s);
  const QByteArray huge = jpeg.left(20) + QByteArray(kMaxScreenshotBytes + 10, 'x');
  EXPECT_EQ(parseScreenshotAnswer(answer(huge.toBase64()), now).problem, u"too_large"_s);
}

TEST(CloudCollector, command_carries_the_embedded_script_within_the_limit) {
  QFile f(QStringLiteral(RDPD_SOURCE_DIR "/resources/collector/collect-rdp-evidence.ps1"));
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray script = f.readAll();
  const CollectorCommand cmd = embeddedCollectorCommand();
  EXPECT_EQ(cmd.script, script);
  EXPECT_EQ(cmd.scriptSha256,
            QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex()));
  EXPECT_TRUE(cmd.fits()) << cmd.contentBase64.size() << " bytes of Base64, the limit is " << kRunCommandContentLimit;
  EXPECT_EQ(QByteArray::fromBase64(cmd.contentBase64), cmd.bootstrap);
  EXPECT_TRUE(cmd.bootstrap.contains(cmd.scriptSha256.toLatin1()));
  // The Base64 blob in the bootstrap inflates (as .NET's DeflateStream would) to the script, byte for byte.
  const qsizetype start = cmd.bootstrap.indexOf("FromBase64String('") + 18;
  const QByteArray blob = cmd.bootstrap.mid(start, cmd.bootstrap.indexOf('\'', start) - start);
  EXPECT_EQ(qUncompress(zlibWrap(QByteArray::fromBase64(blob), script)), script);
  EXPECT_FALSE(cmd.bootstrap.contains("@Z@") || cmd.bootstrap.contains("@H@") || cmd.bootstrap.contains("@B@"));
}

TEST(CloudCollector, whole_output_is_read_and_imported) {
  const QByteArray json = healthyEvidence();
  const QByteArray raw = collectorOutputFor(json, u"R1-AAAAA"_s);
  const CollectorOutput out = parseCollectorOutput(raw, 0);
  EXPECT_EQ(out.encoding, u"ascii"_s);
  EXPECT_EQ(out.code, u"R1-AAAAA"_s);
  EXPECT_TRUE(out.hashMatches);
  EXPECT_FALSE(out.cutOff);
  EXPECT_TRUE(guest::EvidenceImport::fromJson(out.evidenceJson).ok());
  EXPECT_TRUE(out.otherLines.isEmpty()) << out.otherLines.join(u'|').toStdString();
}

TEST(CloudCollector, non_ascii_evidence_survives_as_escapes) {
  QJsonObject doc = QJsonDocument::fromJson(healthyEvidence()).object();
  QJsonObject os = doc.value(u"os"_s).toObject();
  os.insert(u"computer_name"_s, u"服务器-01"_s);
  doc.insert(u"os"_s, os);
  const QByteArray raw = collectorOutputFor(QJsonDocument(doc).toJson(), {});
  EXPECT_FALSE(raw.contains("服务器"));
  const CollectorOutput out = parseCollectorOutput(raw, 0);
  EXPECT_TRUE(out.hashMatches);
  EXPECT_EQ(QJsonDocument::fromJson(out.evidenceJson).object().value(u"os"_s).toObject().value(u"computer_name"_s),
            u"服务器-01"_s);
}

TEST(CloudCollector, cut_off_output_keeps_the_code_and_says_so) {
  const QByteArray raw = collectorOutputFor(healthyEvidence(), u"R1-BBBBB"_s);
  const CollectorOutput cut = parseCollectorOutput(raw.left(raw.size() / 2), raw.size() - raw.size() / 2);
  EXPECT_TRUE(cut.cutOff);
  EXPECT_TRUE(cut.evidenceJson.isEmpty());
  EXPECT_EQ(cut.code, u"R1-BBBBB"_s);
  const CollectorOutput tooLarge = parseCollectorOutput("RDPD-CODE R1-C\r\nRDPD-TOO-LARGE 40000\r\n", 0);
  EXPECT_TRUE(tooLarge.cutOff);
  EXPECT_EQ(tooLarge.code, u"R1-C"_s);
}

TEST(CloudCollector, gbk_and_utf8_console_text_is_decoded) {
  // "拒绝访问。" (Access is denied.) as Chinese Windows' console writes it: code page 936.
  const QByteArray gbk = "Remove-Item : " + QByteArray::fromHex("bedcbef8b7c3cecaa1a3") + "\r\n";
  QString encoding;
  EXPECT_EQ(decodeConsoleOutput(gbk, &encoding), u"Remove-Item : 拒绝访问。\r\n"_s);
  EXPECT_EQ(encoding, u"gbk"_s);
  EXPECT_EQ(decodeConsoleOutput(u"拒绝访问。"_s.toUtf8(), &encoding), u"拒绝访问。"_s);
  EXPECT_EQ(encoding, u"utf-8"_s);
  const CollectorOutput out = parseCollectorOutput(gbk + collectorOutputFor(healthyEvidence(), u"R1-D"_s), 0);
  EXPECT_EQ(out.encoding, u"gbk"_s);
  EXPECT_TRUE(out.hashMatches);
  EXPECT_EQ(out.otherLines, QStringList{u"Remove-Item : 拒绝访问。"_s});
}

TEST(CloudCollector, tampered_or_refused_output_is_noticed) {
  QByteArray raw = collectorOutputFor(healthyEvidence(), u"R1-E"_s);
  const qsizetype at = raw.indexOf("\"schema\"");
  ASSERT_GT(at, 0);
  raw[at + 2] = 'S';  // one character changed on the way
  EXPECT_FALSE(parseCollectorOutput(raw, 0).hashMatches);
  EXPECT_TRUE(parseCollectorOutput("RDPD-SCRIPT-HASH-REFUSED 00ff\r\n", 0).scriptHashRefused);
  EXPECT_TRUE(parseCollectorOutput("RDPD-EVIDENCE-BEGIN x y\r\n{}", 0).cutOff);
  EXPECT_TRUE(parseCollectorOutput("RDPD-EVIDENCE-BEGIN 999999 y\r\n{}", 0).cutOff);
}
