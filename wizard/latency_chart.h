#pragma once
// A small painted chart of round-trip samples (net.icmp, net.tcp_latency "samples_ms"): one point per sample joined
// by a line, the average as a dashed line, and min/avg/max written under it. Painted with QPainter from the palette,
// so it needs no chart library and reads on light and dark themes.

#include <QList>
#include <QWidget>

namespace rdpd {

class LatencyChart final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LatencyChart)

 public:
  explicit LatencyChart(QWidget *parent = nullptr);

  void setSamples(const QString &title, const QList<double> &samplesMs, double lossPct = 0);
  const QList<double> &samples() const { return m_samples; }
  double minMs() const { return m_min; }
  double avgMs() const { return m_avg; }
  double maxMs() const { return m_max; }
  // "Minimum 1.2 ms, average 3.4 ms, maximum 9.8 ms" (also the accessible description).
  QString statsText() const;

  QSize sizeHint() const override { return {320, 130}; }
  QSize minimumSizeHint() const override { return {200, 110}; }

 protected:
  void paintEvent(QPaintEvent *e) override;

 private:
  QString m_title;
  QList<double> m_samples;
  double m_min = 0, m_avg = 0, m_max = 0, m_loss = 0;
};

// Samples of a result's "samples_ms" evidence (numbers only; nulls of lost probes are skipped).
QList<double> samplesFromFindings(const QVariant &v);

}  // namespace rdpd
