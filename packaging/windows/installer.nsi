; RDP Doctor installer (NSIS 3, Unicode). Built by scripts/windows/build.sh:
;   makensis -DVERSION=x.y.z -DDEPLOY=build/win64/deploy -DOUTFILE=dist/...-setup.exe -DICON=... -DLISTS=DIR installer.nsi
; LISTS holds install-files.nsh and uninstall-files.nsh, generated from the deploy folder, so the uninstaller removes
; exactly the files the installer wrote (and folders only when they are empty).
; Per-user: no administrator rights, installs into %LOCALAPPDATA%\Programs\RDP Doctor, Start-menu shortcut for this
; user, uninstall entry in HKCU. Silent: setup.exe /S [/D=C:\path\without\quotes]. Language: English or Simplified
; Chinese, chosen from the Windows display language.
; 64-bit installer for a 64-bit program (it also runs under a 64-bit-only Wine, which the tests use).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define APPNAME "RDP Doctor"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RDPDoctor"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "RDP Doctor"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\rdp-doctor.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString ShortcutName ${LANG_ENGLISH} "RDP Doctor"
LangString ShortcutName ${LANG_SIMPCHINESE} "RDP Doctor 远程桌面诊断"
LangString ShortcutDesc ${LANG_ENGLISH} "Find out why Remote Desktop cannot connect"
LangString ShortcutDesc ${LANG_SIMPCHINESE} "找出远程桌面连不上的原因"

Section "RDP Doctor" SecMain
  SectionIn RO
  SetShellVarContext current
  !include "${LISTS}\install-files.nsh"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\rdp-doctor.exe" "" "$INSTDIR\rdp-doctor.exe" 0 \
    SW_SHOWNORMAL "" "$(ShortcutDesc)"
  ; Remember the shortcut's name: the uninstaller may run in the other language.
  WriteRegStr HKCU "${UNINST_KEY}" "ShortcutName" "$(ShortcutName)"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "RDP Doctor"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\rdp-doctor.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ReadRegStr $0 HKCU "${UNINST_KEY}" "ShortcutName"
  StrCmp $0 "" +2
  Delete "$SMPROGRAMS\$0.lnk"
  !include "${LISTS}\uninstall-files.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; Settings (%APPDATA%\rdp-doctor) and logs (%LOCALAPPDATA%\rdp-doctor) are the user's and stay.
SectionEnd
