; What the installer (installer.nsi) and the uninstaller (uninstaller.nsi) share: names,
; registry keys, exit codes, and the wait for a running Finsamkollen. Both are ordinary
; NSIS programs built by build_installer (scripts/lib.sh), the uninstaller first.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
; The tests build installers of a 65 MB debug program with -DCOMPRESSOR=zlib: seconds,
; not LZMA's minutes.
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}

!define PRODUCT "Finsamkollen"
!define EXE "Finsamkollen.exe"
!define UNINSTALLER "Avinstallera Finsamkollen.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Finsamkollen"
!define APP_KEY "Software\Finsamkollen"
!define EXIT_RUNNING 2
!define EXIT_SYSTEM 10
!define EXIT_ELEVATED 11
!define EXIT_DOWNGRADE 12

Name "${PRODUCT}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1053 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1053 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1053 "LegalCopyright" "${PUBLISHER}, EUPL-1.2"
VIAddVersionKey /LANG=1053 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1053 "FileVersion" "${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${SOURCE}\icon.ico"
; The first and last pages' side picture: the app's icon and name on its colour, instead of
; NSIS's stock picture (icons/installer-sidebar.bmp, 164 × 314, 24-bit).
!define MUI_WELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}/../../icons/installer-sidebar.bmp"
!define MUI_ABORTWARNING

; The running app holds its .exe: wait for it to exit (the updater starts the installer
; and then exits), then ask the officer to close it. The uninstaller does the same, so an
; uninstall never removes the entry and shortcuts of a program that is still there.
Function WaitForExit
  StrCpy $R5 0
  ${DoWhile} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    Delete "$INSTDIR\${EXE}"
    ${IfNot} ${Errors}
    ${AndIfNot} ${FileExists} "$INSTDIR\${EXE}"
      ${Break}
    ${EndIf}
    IntOp $R5 $R5 + 1
    ${If} $R5 > 20
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
        "${PRODUCT} är igång. Stäng programmet först, sedan kan du fortsätta." \
        /SD IDCANCEL IDRETRY retry
      SetErrorLevel ${EXIT_RUNNING}
      Quit
      retry:
      StrCpy $R5 0
    ${EndIf}
    Sleep 250
  ${Loop}
FunctionEnd
