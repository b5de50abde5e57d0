# One INTERFACE target with the settings every project target shares: warnings and Qt hygiene.
option(RDPD_STRICT_WARNINGS "Add -Wold-style-cast, -Woverloaded-virtual, -Wnon-virtual-dtor, ... (on with RDPD_WERROR)"
       ${RDPD_WERROR})
add_library(rdpd_common INTERFACE)
if(MSVC)
  # Windows with MSVC (docs/windows.md): sources are UTF-8; __cplusplus must tell the truth for Qt 6.
  target_compile_options(rdpd_common INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
  if(RDPD_WERROR)
    target_compile_options(rdpd_common INTERFACE /WX)
  endif()
else()
  target_compile_options(rdpd_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  # The stricter warnings qBittorrent builds with, for the project's own code only (rdpd_common is linked by project
  # targets; Qt's and GoogleTest's headers come in as system headers and stay quiet). On by default with -Werror
  # (CI); locally -DRDPD_STRICT_WARNINGS=ON. GCC and Clang both know every flag, so the MinGW cross-build (g++ 12)
  # and the fuzz build (clang) can use the same list.
  if(RDPD_STRICT_WARNINGS)
    target_compile_options(rdpd_common INTERFACE
      -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wcast-qual -Wcast-align)
  endif()
  if(RDPD_WERROR)
    target_compile_options(rdpd_common INTERFACE -Werror)
    # GCC 12 at -O2/-O3 reports std::optional<bool> members as "maybe uninitialized" where they are not (a known
    # false positive; seen in the Windows Release build). Still printed, not fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(rdpd_common INTERFACE -Wno-error=maybe-uninitialized)
    endif()
  endif()
endif()
target_compile_definitions(rdpd_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060000
  RDPD_VERSION="${PROJECT_VERSION}")

# Fuzz builds (clang): instrument every project target for coverage and sanitizers; the fuzz executables add
# the libFuzzer main themselves (tests/fuzz/CMakeLists.txt).
if(RDPD_FUZZ)
  # Every sanitizer report is fatal: UBSan would otherwise print and go on, and a fuzz run would pass over it.
  target_compile_options(rdpd_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(rdpd_common INTERFACE -fsanitize=address,undefined)
endif()

# Sanitizer build for CI-style checks of the whole suite: -DRDPD_SANITIZE=ON.
option(RDPD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RDPD_SANITIZE AND NOT RDPD_FUZZ)
  target_compile_options(rdpd_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(rdpd_common INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers (RDPD_PCH, on by default). Qt's and the standard library's headers are most of every compile:
# measured on a checks/ file at -O0, 75-90 % of its time went to the headers alone. Each library and test program
# precompiles the ones its files include most (one list per layer below), which matters most where nothing is cached
# yet: CI's clean clone, the fuzz build and the Windows cross build. ccache still caches with them (scripts/build.sh
# sets the sloppiness ccache needs, and GCC gets -fpch-preprocess). Nothing here may pull in <windows.h>: the
# Windows sources include <winsock2.h> first themselves.
option(RDPD_PCH "Precompile the Qt and standard library headers most files include" ON)
set(RDPD_PCH_CORE <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QHostAddress> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QObject> <QRegularExpression> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(RDPD_PCH_WIDGETS ${RDPD_PCH_CORE} <QApplication> <QCheckBox> <QEvent> <QGroupBox> <QHBoxLayout> <QLabel>
    <QLineEdit> <QPushButton> <QVBoxLayout> <QWidget>)
function(rdpd_precompile target)
  if(NOT RDPD_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${ARGN})
  if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -fpch-preprocess)
  endif()
endfunction()
