#include "wizard/check_details_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "checks/core/registry.h"
#include "wizard/status_icons.h"

using namespace Qt::StringLiterals;

namespace rdpd {

bool CheckDetailsDialog::isSecretKey(const QString &key) {
  const QString k = key.toLower();
  return k.contains(u"password"_s) || k.contains(u"passwd"_s) || k.contains(u"secret"_s) ||
         k.contains(u"private_key"_s) || k.contains(u"token"_s);
}

QString CheckDetailsDialog::formatValue(const QVariant &v) {
  if (!v.isValid() || v.isNull()) return u"—"_s;
  switch (v.typeId()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
      return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    case QMetaType::Bool:
      return v.toBool() ? u"true"_s : u"false"_s;
    default:
      return v.toString();
  }
}

CheckDetailsDialog::CheckDetailsDialog(const CheckRegistry &registry, const CheckResult &result, QWidget *parent)
    : QDialog(parent) {
  setObjectName(u"checkDetailsDialog"_s);
  setAttribute(Qt::WA_DeleteOnClose);
  setWindowTitle(tr("Details: %1").arg(registry.title(result.id)));
  resize(640, 480);

  auto *heading = new QLabel(this);
  heading->setWordWrap(true);
  heading->setTextFormat(Qt::PlainText);
  heading->setText(QString(stateLabel(shownState(result.status, false)) + u" — "_s + result.summary));
  QFont f = heading->font();
  f.setBold(true);
  heading->setFont(f);

  auto *explain = new QTextBrowser(this);
  explain->setObjectName(u"detailsExplanation"_s);
  explain->setAccessibleName(tr("What this result means"));
  QString text = registry.explain(result);
  if (text.isEmpty()) text = result.detail;
  if (text.isEmpty()) text = tr("No further explanation for this result.");
  explain->setPlainText(text);
  explain->setMaximumHeight(160);

  auto *table = new QTableWidget(this);
  table->setObjectName(u"evidenceTable"_s);
  table->setAccessibleName(tr("Evidence the check collected"));
  table->setColumnCount(2);
  table->setHorizontalHeaderLabels({tr("Fact"), tr("Value")});
  table->verticalHeader()->hide();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setWordWrap(true);
  Findings ev = result.findings;
  ev.insert(u"duration_ms"_s, result.durationMs);
  for (auto it = ev.cbegin(); it != ev.cend(); ++it) {
    if (isSecretKey(it.key())) continue;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(it.key()));
    table->setItem(row, 1, new QTableWidgetItem(formatValue(it.value())));
  }
  table->resizeColumnToContents(0);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(heading);
  layout->addWidget(explain);
  layout->addWidget(table, 1);
  layout->addWidget(buttons);
}

}  // namespace rdpd
