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
; - It refuses to run as SYSTEM or elevated (it would install into the wrong profile), and
;   refuses to replace a newer version unless /ALLOWDOWNGRADE is given.
;
; Switches: /S silent (NSIS), /P passive (progress only), /UPDATE (run by the app's
; updater: shortcuts are kept as they are), /R (start Finsamkollen afterwards) with /ARGS
; and the arguments to start it with, /DESKTOPSHORTCUT (a desktop shortcut when silent),
; /ALLOWDOWNGRADE (install over a newer version), /D=<folder> another folder (NSIS, last).
;
; Exit codes (docs/windows.md): 0 done; 1 cancelled by the officer; 2 Finsamkollen still
; running; 10 run as SYSTEM; 11 run elevated; 12 a newer version is installed.
;
; Defined on the command line: VERSION (1.2.3), VERSION4 (1.2.3.0), SOURCE (the folder with
; finsamkollen.exe, WebView2Loader.dll, icon.ico), OUTFILE, PUBLISHER, UNINSTALLER_FILE (the
; uninstaller, built from uninstaller.nsi); COMPRESSOR optional.

!include "common.nsh"

VIAddVersionKey /LANG=1053 "FileDescription" "Installationsprogram för ${PRODUCT}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"

!include "WordFunc.nsh"

Var Passive
Var Update
Var Restart
Var RestartArgs

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

!insertmacro MUI_LANGUAGE "Swedish"

; Intune and SCCM install as SYSTEM by default, and "Kör som administratör" runs the
; installer with an administrator's token, possibly another person's: either would put the
; program and the HKCU entries in a profile the officer never sees. Refuse both. SYSTEM is
; told apart by its SID, elevation by TokenElevation (not IsUserAnAdmin, which says yes for
; an administrator's unelevated token under Wine).
; WinLocalSystemSid. Wine has no SYSTEM account, so test-install builds a copy with
; WinWorldSid (1), which every token holds, to run this refusal under Wine.
!ifndef SYSTEM_SID
  !define SYSTEM_SID 22
!endif
Function RefuseWrongAccount
  System::Call '*(&i68) p .r1'
  System::Call 'advapi32::CreateWellKnownSid(i ${SYSTEM_SID}, p 0, p r1, *i 68) i .r2'
  System::Call 'advapi32::CheckTokenMembership(p 0, p r1, *i 0 r3) i .r2'
  System::Free $1
  ${If} $2 <> 0
  ${AndIf} $3 <> 0
    MessageBox MB_OK|MB_ICONSTOP "Det här installationsprogrammet installerar ${PRODUCT} för \
      den som är inloggad och kan inte köras som SYSTEM (till exempel från Intune eller \
      SCCM). IT-avdelningen installerar med MSI-paketet i stället." /SD IDOK
    SetErrorLevel ${EXIT_SYSTEM}
    Quit
  ${EndIf}
  System::Call 'kernel32::GetCurrentProcess() p .r1'
  System::Call 'advapi32::OpenProcessToken(p r1, i 8, *p .r1) i .r2'
  ${If} $2 <> 0
    ; TokenElevation (20): nonzero when the token is elevated.
    System::Call 'advapi32::GetTokenInformation(p r1, i 20, *i 0 r3, i 4, *i .r4) i .r2'
    System::Call 'kernel32::CloseHandle(p r1)'
    ${If} $2 <> 0
    ${AndIf} $3 <> 0
      MessageBox MB_OK|MB_ICONSTOP "${PRODUCT} installeras för dig som är inloggad, utan \
        administratörsbehörighet. Starta installationsprogrammet som dig själv, utan \
        $\"Kör som administratör$\". För installation på hela datorn har IT-avdelningen \
        ett MSI-paket." /SD IDOK
      SetErrorLevel ${EXIT_ELEVATED}
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

; $0 = the numeric part of the version in $0 (1.2.3 of 1.2.3-beta.1), for VersionCompare.
Function NumericVersion
  StrCpy $R8 0
  ${Do}
    StrCpy $R9 $0 1 $R8
    ${If} $R9 == ""
    ${OrIf} $R9 == "-"
    ${OrIf} $R9 == "+"
      ${Break}
    ${EndIf}
    IntOp $R8 $R8 + 1
  ${Loop}
  StrCpy $0 $0 $R8
FunctionEnd

; An older version would refuse the data file a newer one has migrated: refuse to replace
; a newer version unless /ALLOWDOWNGRADE is given. Versions compare by number (1.10.0 is
; newer than 1.9.0); the same version installs again (a repair).
Function RefuseDowngrade
  ClearErrors
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} ${Errors}
  ${OrIf} $0 == ""
    Return
  ${EndIf}
  StrCpy $R7 $0
  Call NumericVersion
  StrCpy $R6 $0
  StrCpy $0 "${VERSION}"
  Call NumericVersion
  ${VersionCompare} $R6 $0 $R5
  ${If} $R5 == 1
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/ALLOWDOWNGRADE" $R1
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONSTOP "En nyare version av ${PRODUCT} ($R7) är redan \
        installerad. Den här versionen (${VERSION}) är äldre och kan inte öppna en datafil \
        som den nyare versionen har uppdaterat, så den installeras inte." /SD IDOK
      SetErrorLevel ${EXIT_DOWNGRADE}
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Function .onInit
  Call RefuseWrongAccount
  Call RefuseDowngrade
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

Section "Finsamkollen" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call WaitForExit
  File "/oname=${EXE}" "${SOURCE}\finsamkollen.exe"
  File "${SOURCE}\WebView2Loader.dll"
  File "/oname=${UNINSTALLER}" "${UNINSTALLER_FILE}"

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
  ; The uninstaller returns its own exit code however it is started (uninstaller.nsi).
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
