#pragma once
// Round-trip statistics shared by net.icmp and net.tcp_latency: a pure function of what was sent and the samples
// that came back, plus the findings keys both checks publish (so charts and verdict rules read one shape).

#include <QList>

#include "checks/core/check_result.h"

namespace rdpd {

struct LatencyStats {
  int sent = 0;
  int received = 0;
  double lossPct = 0;     // 0..100; 0 when nothing was sent
  double minMs = 0;       // the four below are meaningful only when received > 0
  double avgMs = 0;
  double maxMs = 0;
  double jitterMs = 0;    // mean absolute difference between consecutive samples (0 with fewer than two)
  QList<double> samplesMs;
};

LatencyStats computeLatencyStats(int sent, const QList<double> &samplesMs);

// Writes sent, received, loss_pct, rtt_min_ms, rtt_avg_ms, rtt_max_ms, jitter_ms (null without samples) and
// samples_ms, rounded to 0.01 ms.
void addLatencyFindings(Findings &ev, const LatencyStats &s);

// Thresholds used by the checks and the verdict rules.
constexpr double kHighLatencyMs = 250.0;   // above this, the remote desktop feels sluggish
constexpr double kHeavyLossPct = 20.0;     // at or above this, sessions drop or freeze

}  // namespace rdpd
