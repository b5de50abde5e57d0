#pragma once
// "Details…" of one check: its state, the one-line summary, the explanation and the evidence as a key/value table.
// Shown with open()/show(), never exec(): no nested event loop.

#include <QDialog>

#include "checks/core/check_result.h"

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace rdpd {

class CheckRegistry;

class CheckDetailsDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CheckDetailsDialog)

 public:
  CheckDetailsDialog(const CheckRegistry &registry, const CheckResult &result, QWidget *parent = nullptr);
  // Keys that may never be shown even if a check put them in its evidence by mistake.
  static bool isSecretKey(const QString &key);
  static QString formatValue(const QVariant &v);
};

}  // namespace rdpd
