# cmake -DAPP=rdp-doctor -DWORK=dir -DOUT=docs/images/guide -P user_guide_images.cmake
# The user guide's pictures, from the real program in the middle of a real diagnosis: the port-changed training-lab
# scenario, rendered by --screenshot after its diagnosis finished, in English and Chinese. RDPD_GUIDE_PAGES lists the
# pages the guide shows (also used by the test that checks the committed pictures are current).
set(RDPD_GUIDE_PAGES 00-start step-03 12-summary)
foreach(lang en zh_CN)
  file(REMOVE_RECURSE "${WORK}/${lang}")
  execute_process(COMMAND "${APP}" --screenshot "${WORK}/${lang}" --lab port-changed --lang ${lang}
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rdp-doctor --screenshot failed for ${lang} (exit ${rc})")
  endif()
  foreach(page ${RDPD_GUIDE_PAGES})
    file(COPY_FILE "${WORK}/${lang}/${page}.png" "${OUT}/${lang}-${page}.png")
  endforeach()
endforeach()
message(STATUS "User guide pictures written to ${OUT}")
