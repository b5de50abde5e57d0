# One INTERFACE target with the settings every project target shares: warnings and Qt hygiene.
add_library(rdpd_common INTERFACE)
if(MSVC)
  # Windows with MSVC (docs/windows.md): sources are UTF-8; __cplusplus must tell the truth for Qt 6.
  target_compile_options(rdpd_common INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
  if(RDPD_WERROR)
    target_compile_options(rdpd_common INTERFACE /WX)
  endif()
else()
  target_compile_options(rdpd_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  if(RDPD_WERROR)
    target_compile_options(rdpd_common INTERFACE -Werror)
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
  target_compile_options(rdpd_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(rdpd_common INTERFACE -fsanitize=address,undefined)
endif()

# Sanitizer build for CI-style checks of the whole suite: -DRDPD_SANITIZE=ON.
option(RDPD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RDPD_SANITIZE AND NOT RDPD_FUZZ)
  target_compile_options(rdpd_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(rdpd_common INTERFACE -fsanitize=address,undefined)
endif()
