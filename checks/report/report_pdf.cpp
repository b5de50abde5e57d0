// PDF export: the report's rich text laid out by QTextDocument and printed by QPdfWriter (Qt GUI, no widgets).
// Needs a QGuiApplication for fonts; the CLI creates an offscreen one for --format pdf.
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include "checks/report/report_export.h"

namespace rdpd {

QByteArray toPdf(const DiagnosisReport &r, QString *error, const CheckRegistry &registry) {
  if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
    if (error)
      *error = QCoreApplication::translate("Report", "A PDF can only be made with the graphical part of RDP Doctor; "
                                                     "save the report as HTML and print it to PDF instead.");
    return {};
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(144);
    writer.setTitle(QCoreApplication::translate("Report", "RDP Doctor diagnosis of %1").arg(r.targetDisplay()));
    writer.setCreator(QStringLiteral("RDP Doctor"));
    QTextDocument doc;
    doc.setHtml(toRichText(r, registry));
    doc.print(&writer);
  }
  buffer.close();
  if (bytes.isEmpty() && error)
    *error = QCoreApplication::translate("Report", "The PDF could not be created.");
  return bytes;
}

}  // namespace rdpd
