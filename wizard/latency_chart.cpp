#include "wizard/latency_chart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rdpd {

LatencyChart::LatencyChart(QWidget *parent) : QWidget(parent) {
  setObjectName(u"latencyChart"_s);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setMinimumHeight(110);
  setFocusPolicy(Qt::TabFocus);  // screen readers can reach the numbers
}

QList<double> samplesFromFindings(const QVariant &v) {
  QList<double> out;
  for (const QVariant &x : v.toList()) {
    bool ok = false;
    const double d = x.toDouble(&ok);
    if (ok && !x.isNull() && d >= 0) out << d;
  }
  return out;
}

void LatencyChart::setSamples(const QString &title, const QList<double> &samplesMs, double lossPct) {
  m_title = title;
  m_samples = samplesMs;
  m_loss = lossPct;
  m_min = m_avg = m_max = 0;
  if (!m_samples.isEmpty()) {
    m_min = *std::min_element(m_samples.begin(), m_samples.end());
    m_max = *std::max_element(m_samples.begin(), m_samples.end());
    double sum = 0;
    for (double d : std::as_const(m_samples)) sum += d;
    m_avg = sum / double(m_samples.size());
  }
  setAccessibleName(m_title);
  setAccessibleDescription(statsText());
  setToolTip(statsText());
  update();
}

QString LatencyChart::statsText() const {
  if (m_samples.isEmpty()) return tr("No answers were measured.");
  const QString stats = tr("Minimum %1 ms, average %2 ms, maximum %3 ms")
                            .arg(QString::number(m_min, 'f', 1), QString::number(m_avg, 'f', 1),
                                 QString::number(m_max, 'f', 1));
  if (m_loss > 0) return tr("%1; %2 % lost").arg(stats, QString::number(m_loss, 'f', 0));
  return stats;
}

void LatencyChart::paintEvent(QPaintEvent *) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const QPalette pal = palette();
  const QFontMetrics fm(font());
  const int lineH = fm.height();
  QRectF area = QRectF(rect()).adjusted(4, lineH + 4, -4, -(lineH + 6));
  const int yLabelW = fm.horizontalAdvance(u"0000 ms"_s);
  area.setLeft(area.left() + yLabelW);

  p.setPen(pal.color(QPalette::WindowText));
  p.drawText(QRectF(4, 0, width() - 8, lineH + 2), Qt::AlignLeft | Qt::AlignVCenter, m_title);
  p.drawText(QRectF(4, height() - lineH - 2, width() - 8, lineH + 2), Qt::AlignLeft | Qt::AlignVCenter, statsText());

  p.setPen(QPen(pal.color(QPalette::Mid), 1));
  p.drawRect(area);
  if (m_samples.isEmpty() || area.width() < 10 || area.height() < 10) return;

  const double top = std::max(1.0, m_max * 1.15);
  auto yFor = [&](double v) { return area.bottom() - v / top * area.height(); };
  const int n = int(m_samples.size());
  auto xFor = [&](int i) { return n == 1 ? area.center().x() : area.left() + 6 + (area.width() - 12) * i / (n - 1); };

  p.setPen(pal.color(QPalette::WindowText));
  p.drawText(QRectF(0, area.top() - lineH / 2.0, yLabelW, lineH), Qt::AlignRight | Qt::AlignVCenter,
             tr("%1 ms").arg(QString::number(top, 'f', 0)));
  p.drawText(QRectF(0, area.bottom() - lineH / 2.0, yLabelW, lineH), Qt::AlignRight | Qt::AlignVCenter,
             tr("%1 ms").arg(0));

  // Average: dashed.
  QPen avgPen(pal.color(QPalette::Mid), 1, Qt::DashLine);
  p.setPen(avgPen);
  p.drawLine(QPointF(area.left(), yFor(m_avg)), QPointF(area.right(), yFor(m_avg)));

  QPainterPath path;
  for (int i = 0; i < n; ++i) {
    const QPointF pt(xFor(i), yFor(m_samples[i]));
    if (i == 0) path.moveTo(pt);
    else path.lineTo(pt);
  }
  const QColor line = pal.color(QPalette::Highlight);
  p.setPen(QPen(line, 2));
  p.drawPath(path);
  p.setBrush(line);
  for (int i = 0; i < n; ++i) p.drawEllipse(QPointF(xFor(i), yFor(m_samples[i])), 2.5, 2.5);
}

}  // namespace rdpd
