// The statistics behind net.icmp and net.tcp_latency: a pure function, checked against hand-computed values.
#include <gtest/gtest.h>

#include "checks/net/latency_stats.h"

using namespace Qt::StringLiterals;
using rdpd::computeLatencyStats;

TEST(LatencyStats, all_answered) {
  const auto s = computeLatencyStats(4, {10.0, 20.0, 15.0, 25.0});
  EXPECT_EQ(s.sent, 4);
  EXPECT_EQ(s.received, 4);
  EXPECT_DOUBLE_EQ(s.lossPct, 0.0);
  EXPECT_DOUBLE_EQ(s.minMs, 10.0);
  EXPECT_DOUBLE_EQ(s.maxMs, 25.0);
  EXPECT_DOUBLE_EQ(s.avgMs, 17.5);
  // |20-10| + |15-20| + |25-15| = 25 over 3 differences
  EXPECT_NEAR(s.jitterMs, 25.0 / 3.0, 1e-9);
}

TEST(LatencyStats, partial_loss) {
  const auto s = computeLatencyStats(5, {1.0, 3.0});
  EXPECT_EQ(s.received, 2);
  EXPECT_DOUBLE_EQ(s.lossPct, 60.0);
  EXPECT_DOUBLE_EQ(s.jitterMs, 2.0);
}

TEST(LatencyStats, nothing_answered_or_nothing_sent) {
  auto s = computeLatencyStats(5, {});
  EXPECT_DOUBLE_EQ(s.lossPct, 100.0);
  EXPECT_EQ(s.received, 0);
  s = computeLatencyStats(0, {});
  EXPECT_DOUBLE_EQ(s.lossPct, 0.0);
}

TEST(LatencyStats, one_sample_has_no_jitter_and_duplicates_never_give_negative_loss) {
  auto s = computeLatencyStats(1, {7.5});
  EXPECT_DOUBLE_EQ(s.jitterMs, 0.0);
  EXPECT_DOUBLE_EQ(s.avgMs, 7.5);
  s = computeLatencyStats(1, {7.5, 8.0});
  EXPECT_DOUBLE_EQ(s.lossPct, 0.0);
}

TEST(LatencyStats, evidence_has_the_published_keys_and_nulls_without_samples) {
  rdpd::Findings ev;
  rdpd::addLatencyFindings(ev, computeLatencyStats(3, {1.234, 2.345}));
  for (const char *k : {"sent", "received", "loss_pct", "rtt_min_ms", "rtt_avg_ms", "rtt_max_ms", "jitter_ms", "samples_ms"})
    EXPECT_TRUE(ev.contains(QString::fromLatin1(k))) << k;
  EXPECT_DOUBLE_EQ(ev.value(u"rtt_min_ms"_s).toDouble(), 1.23);
  EXPECT_DOUBLE_EQ(ev.value(u"loss_pct"_s).toDouble(), 33.33);
  EXPECT_EQ(ev.value(u"samples_ms"_s).toList().size(), 2);

  rdpd::Findings none;
  rdpd::addLatencyFindings(none, computeLatencyStats(5, {}));
  EXPECT_TRUE(none.value(u"rtt_avg_ms"_s).isNull());
  EXPECT_TRUE(none.value(u"jitter_ms"_s).isNull());
  EXPECT_EQ(none.value(u"samples_ms"_s).toList().size(), 0);
}
