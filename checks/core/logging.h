#pragma once
// spdlog set-up: a rotating file in the user's data folder, the console in CLI mode, and qDebug/qWarning routed
// into the same log. Nothing secret is ever logged: checks log ids, states and timings, not input fields.

#include <QString>

#include <fmt/format.h>

template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
  auto format(const QString &s, format_context &ctx) const {
    const QByteArray u = s.toUtf8();
    return fmt::formatter<std::string_view>::format(std::string_view(u.constData(), size_t(u.size())), ctx);
  }
};

namespace rdpd {

enum class LogConsole { Off, Stderr };

// Call once after Q(Core)Application exists (it needs the application name for the folder).
void initLogging(LogConsole console);
QString logDirectory();
// Flushes and closes the log (spdlog::shutdown) and gives Qt's messages back to Qt's own handler. Call last.
void shutdownLogging();

}  // namespace rdpd
