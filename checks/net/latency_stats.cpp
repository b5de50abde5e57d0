#include "checks/net/latency_stats.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rdpd {

namespace {
double round2(double v) { return std::round(v * 100.0) / 100.0; }
}  // namespace

LatencyStats computeLatencyStats(int sent, const QList<double> &samplesMs) {
  LatencyStats s;
  s.sent = std::max(0, sent);
  s.samplesMs = samplesMs;
  s.received = int(samplesMs.size());
  // More replies than requests (duplicates) must not turn into negative loss.
  if (s.sent > 0) s.lossPct = 100.0 * double(std::max(0, s.sent - s.received)) / double(s.sent);
  if (samplesMs.isEmpty()) return s;
  s.minMs = *std::min_element(samplesMs.begin(), samplesMs.end());
  s.maxMs = *std::max_element(samplesMs.begin(), samplesMs.end());
  double sum = 0;
  for (double v : samplesMs) sum += v;
  s.avgMs = sum / double(samplesMs.size());
  if (samplesMs.size() > 1) {
    double diff = 0;
    for (qsizetype i = 1; i < samplesMs.size(); ++i) diff += std::abs(samplesMs[i] - samplesMs[i - 1]);
    s.jitterMs = diff / double(samplesMs.size() - 1);
  }
  return s;
}

void addLatencyFindings(Findings &ev, const LatencyStats &s) {
  const bool any = s.received > 0;
  ev.insert(u"sent"_s, s.sent);
  ev.insert(u"received"_s, s.received);
  ev.insert(u"loss_pct"_s, round2(s.lossPct));
  ev.insert(u"rtt_min_ms"_s, any ? QVariant(round2(s.minMs)) : QVariant());
  ev.insert(u"rtt_avg_ms"_s, any ? QVariant(round2(s.avgMs)) : QVariant());
  ev.insert(u"rtt_max_ms"_s, any ? QVariant(round2(s.maxMs)) : QVariant());
  ev.insert(u"jitter_ms"_s, any ? QVariant(round2(s.jitterMs)) : QVariant());
  QVariantList samples;
  for (double v : s.samplesMs) samples.append(round2(v));
  ev.insert(u"samples_ms"_s, samples);
}

}  // namespace rdpd
