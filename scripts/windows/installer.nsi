; Finsamkollen's Windows installer, built with Debian's makensis by scripts/windows/build
; (docs/windows.md says why this script and not Tauri's NSIS bundler).
;
; - Per user, no administrator: %LOCALAPPDATA%\Programs\Finsamkollen, HKCU only, so no UAC.
; - Swedish, with a Start-menu entry, an optional desktop shortcut and an uninstaller in
;   "Installerade appar".
; - Upgrading installs over the old version in place.
; - Uninstalling removes the program only: the data file, its backups and the settings in
;   %LOCALAPPDATA%\Finsamkollen (and any folder the officer chose) are never touched.
;
; Switches: /S silent (NSIS), /P passive (progress only), /UPDATE (run by the app's
; updater: shortcuts are kept as they are), /R (start Finsamkollen afterwards) with /ARGS
; and the arguments to start it with, /DESKTOPSHORTCUT (a desktop shortcut when silent),
; /D=<folder> another folder (NSIS, last on the line).
;
; Defined on the command line: VERSION (1.2.3), VERSION4 (1.2.3.0), SOURCE (the folder with
; finsamkollen.exe, WebView2Loader.dll, icon.ico), OUTFILE, PUBLISHER.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define PRODUCT "Finsamkollen"
!define EXE "Finsamkollen.exe"
!define UNINSTALLER "Avinstallera Finsamkollen.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Finsamkollen"
!define APP_KEY "Software\Finsamkollen"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1053 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1053 "FileDescription" "Installationsprogram för ${PRODUCT}"
VIAddVersionKey /LANG=1053 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1053 "LegalCopyright" "${PUBLISHER}, EUPL-1.2"
VIAddVersionKey /LANG=1053 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1053 "FileVersion" "${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Var Passive
Var Update
Var Restart
Var RestartArgs

!define MUI_ICON "${SOURCE}\icon.ico"
!define MUI_UNICON "${SOURCE}\icon.ico"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Guiden installerar ${PRODUCT} ${VERSION} för dig, utan att \
  administratörsbehörighet behövs.$\r$\n$\r$\nDina uppgifter (datafilen, \
  säkerhetskopiorna och inställningarna) ligger kvar som de är vid en uppgradering.$\r$\n$\r$\n\
  Klicka på Nästa för att fortsätta."
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenPassive
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenPassive
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Starta ${PRODUCT}"
!define MUI_FINISHPAGE_SHOWREADME
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Skapa en genväg på skrivbordet"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CreateDesktopShortcut
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenPassive
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${PRODUCT} tas bort från datorn. Dina uppgifter \
  (datafilen, säkerhetskopiorna och inställningarna i $LOCALAPPDATA\${PRODUCT}) ligger kvar."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Swedish"

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/P" $R1
  ${IfNot} ${Errors}
    StrCpy $Passive 1
    SetAutoClose true
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/UPDATE" $R1
  ${IfNot} ${Errors}
    StrCpy $Update 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/R" $R1
  ${IfNot} ${Errors}
    StrCpy $Restart 1
  ${EndIf}
  ; Everything after /ARGS is for the app (the updater puts it last).
  StrCpy $RestartArgs ""
  StrLen $R2 $R0
  StrCpy $R3 0
  ${Do}
    ${If} $R3 >= $R2
      ${Break}
    ${EndIf}
    StrCpy $R4 $R0 6 $R3
    ${If} $R4 == "/ARGS "
      IntOp $R3 $R3 + 6
      StrCpy $RestartArgs $R0 "" $R3
      ${Break}
    ${EndIf}
    IntOp $R3 $R3 + 1
  ${Loop}
FunctionEnd

Function SkipWhenPassive
  ${If} $Passive == 1
    Abort
  ${EndIf}
FunctionEnd

Function CreateDesktopShortcut
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
FunctionEnd

; The running app holds its .exe: wait for it to exit (the updater starts the installer
; and then exits), then ask the officer to close it. The uninstaller does the same, so an
; uninstall never removes the entry and shortcuts of a program that is still there.
!macro WAIT_FOR_EXIT UN
Function ${UN}WaitForExit
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
        "${PRODUCT} är igång. Stäng programmet och klicka på Försök igen." \
        /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Quit
      retry:
      StrCpy $R5 0
    ${EndIf}
    Sleep 250
  ${Loop}
FunctionEnd
!macroend
!insertmacro WAIT_FOR_EXIT ""
!insertmacro WAIT_FOR_EXIT "un."

Section "Finsamkollen" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call WaitForExit
  File "/oname=${EXE}" "${SOURCE}\finsamkollen.exe"
  File "${SOURCE}\WebView2Loader.dll"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  ${If} ${Silent}
  ${AndIf} $Update != 1
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/DESKTOPSHORTCUT" $R1
    ${IfNot} ${Errors}
      Call CreateDesktopShortcut
    ${EndIf}
  ${EndIf}

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$\"$INSTDIR\${EXE}$\",0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\${UNINSTALLER}$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\${UNINSTALLER}$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Passive and silent installs end here; /R starts the new version (the updater asks).
Function .onInstSuccess
  ${If} $Restart == 1
    Exec '"$INSTDIR\${EXE}" $RestartArgs'
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; Only what the installer put here. The data folder is elsewhere and stays.
  Call un.WaitForExit
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
