#pragma once
// The manual confirmations of each step: things only the user can do or see (log in through the console, restart
// after a password reset, add a security-group rule...). Pure data with translated labels; the session stores which
// ones were ticked, the wizard shows them as checkboxes and reports can list them.

#include <QList>
#include <QString>
#include <QStringList>

namespace rdpd {

struct Confirmation {
  QString id;    // stable, "<step key>.<what>", e.g. "password.restarted_after_reset"
  int step = 0;  // 1..11
};

// The confirmations of one step, in display order (at least one per step).
QList<Confirmation> confirmationsForStep(int step);
// Every confirmation id of every step, in step order.
QStringList allConfirmationIds();
// Translated label ("I restarted the instance after resetting the password"); empty for an unknown id.
QString confirmationText(const QString &id);

}  // namespace rdpd
