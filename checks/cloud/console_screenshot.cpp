#include "checks/cloud/console_screenshot.h"

#include <spdlog/spdlog.h>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include "checks/core/logging.h"

using namespace Qt::StringLiterals;

namespace rdpd::cloud {

namespace {

int be16(const QByteArray &b, qsizetype at) { return (quint8(b[at]) << 8) | quint8(b[at + 1]); }
qint64 be32(const QByteArray &b, qsizetype at) { return (qint64(be16(b, at)) << 16) | be16(b, at + 2); }

ImageHeader jpegHeader(const QByteArray &b) {
  qsizetype i = 2;
  while (i + 4 <= b.size()) {
    if (quint8(b[i]) != 0xFF) return {};
    const int marker = quint8(b[i + 1]);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      i += 2;
      continue;
    }
    if (marker == 0xD9 || marker == 0xDA) return {};  // end or scan before any frame header
    const int length = be16(b, i + 2);
    if (length < 2) return {};
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (i + 9 > b.size() || length < 7) return {};
      const int height = be16(b, i + 5), width = be16(b, i + 7);
      if (width <= 0 || height <= 0) return {};
      return {u"jpeg"_s, width, height};
    }
    i += 2 + length;
  }
  return {};
}

ImageHeader pngHeader(const QByteArray &b) {
  if (b.size() < 24 || b.mid(12, 4) != "IHDR") return {};
  const qint64 w = be32(b, 16), h = be32(b, 20);
  if (w <= 0 || h <= 0 || w > 100000 || h > 100000) return {};
  return {u"png"_s, int(w), int(h)};
}

ConsoleScreenshot problem(const QString &code, const QString &message) {
  ConsoleScreenshot s;
  s.problem = code;
  s.message = message;
  return s;
}

}  // namespace

ImageHeader readImageHeader(const QByteArray &bytes) {
  if (bytes.startsWith("\xFF\xD8\xFF")) return jpegHeader(bytes);
  if (bytes.startsWith("\x89PNG\r\n\x1A\n")) return pngHeader(bytes);
  return {};
}

ApiCall screenshotCall(const QString &instanceId, const QString &regionId) {
  ApiCall c;
  c.action = u"GetInstanceScreenshot"_s;
  c.regionId = regionId;
  c.params = {{u"RegionId"_s, regionId}, {u"InstanceId"_s, instanceId}, {u"WakeUp"_s, u"false"_s}};
  return c;
}

ConsoleScreenshot parseScreenshotAnswer(const QByteArray &json, const QDateTime &nowUtc) {
  const auto notAnImage = [] {
    return problem(u"not_an_image"_s,
                   QCoreApplication::translate("CloudActions",
                                               "The cloud answered, but not with a picture; take the screenshot in "
                                               "the ECS console (the instance > Connect > VNC) instead."));
  };
  const QJsonObject o = QJsonDocument::fromJson(json).object();
  const QString b64 = o.value(u"Screenshot"_s).toString();
  if (b64.isEmpty()) return notAnImage();
  // Base64 of 4 MB is about 5.6 MB: refused before decoding anything larger.
  if (b64.size() > (kMaxScreenshotBytes / 3 + 1) * 4)
    return problem(u"too_large"_s,
                   QCoreApplication::translate("CloudActions", "The screenshot is larger than %1 MB and was not kept.")
                       .arg(kMaxScreenshotBytes / (1024 * 1024)));
  const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded) return notAnImage();
  const ImageHeader h = readImageHeader(*decoded);
  if (h.format.isEmpty()) return notAnImage();
  ConsoleScreenshot s;
  s.image = *decoded;
  s.format = h.format;
  s.width = h.width;
  s.height = h.height;
  s.takenAtUtc = nowUtc;
  return s;
}

ConsoleScreenshot screenshotFailure(const ApiOutcome &o, const QString &maskedKeyId) {
  if (o.code == u"IncorrectInstanceStatus"_s)
    return problem(u"not_running"_s,
                   QCoreApplication::translate("CloudActions",
                                               "The console screenshot needs a Running instance; start it first."));
  return problem(u"api_failed"_s, failureMessage(o, maskedKeyId));
}

void ScreenshotAction::start(const ActionPlan &plan, const ActionConsent &consent,
                             std::function<void(ConsoleScreenshot)> done) {
  if (const QString why = consent.refusal(plan); !why.isEmpty() || plan.kind != ActionKind::Screenshot) {
    spdlog::info("cloud action: screenshot refused before sending anything");
    ConsoleScreenshot s = problem(u"refused"_s, why);
    QTimer::singleShot(0, this, [s, done] { done(s); });
    return;
  }
  QPointer<ScreenshotAction> self(this);
  m_client->send(screenshotCall(plan.target.instanceId, plan.target.regionId), [self, done](const ApiOutcome &o) {
    if (!self) return;
    const ConsoleScreenshot s = o.ok() ? parseScreenshotAnswer(o.body, self->m_client->seams().clock->nowUtc())
                                       : screenshotFailure(o, self->m_client->credentials().maskedKeyId());
    done(s);
  });
}

}  // namespace rdpd::cloud
