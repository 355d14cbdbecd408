; Finsamkollen's uninstaller, "Avinstallera Finsamkollen.exe" in the program folder, built
; by build_installer (scripts/lib.sh) before the installer that carries it.
;
; An ordinary NSIS program, not one made by WriteUninstaller. NSIS's own uninstaller, started
; plainly, copies itself to %TEMP%, starts the copy and exits at once with 0: its exehead does
; that before any script runs, so IT's tools would report success even when the copy then
; found Finsamkollen running and removed nothing. This one does the work in the process that
; was started and returns its exit code, however it is started.
;
; - Removes the program, its shortcuts and its registry entries (HKCU) and nothing else: the
;   data file, its backups and the settings in %LOCALAPPDATA%\Finsamkollen are another
;   folder, which this script never names.
; - A running program cannot delete its own file, so at the end it starts a copy of itself in
;   %TEMP% with /CLEANUP, which waits for it to exit and then removes its file and the empty
;   program folder.
;
; Switches: /S silent. Exit codes (docs/windows.md): 0 removed; 1 cancelled by the officer;
; 2 Finsamkollen still running, nothing removed.
;
; Defined on the command line: VERSION, VERSION4, SOURCE (the folder with icon.ico), OUTFILE,
; PUBLISHER; COMPRESSOR optional.

!include "common.nsh"

Caption "Avinstallera ${PRODUCT}"
VIAddVersionKey /LANG=1053 "FileDescription" "Avinstallerar ${PRODUCT}"
InstallButtonText "Avinstallera"
CompletedText "Klart"

!define MUI_ABORTWARNING_TEXT "Vill du avbryta avinstallationen av ${PRODUCT}?"
!define MUI_WELCOMEPAGE_TITLE "Avinstallera ${PRODUCT}"
!define MUI_WELCOMEPAGE_TEXT "${PRODUCT} tas bort från datorn.$\r$\n$\r$\nDina uppgifter \
  (datafilen, säkerhetskopiorna och inställningarna i $LOCALAPPDATA\${PRODUCT}) ligger \
  kvar och öppnas igen om du installerar ${PRODUCT} på nytt.$\r$\n$\r$\nKlicka på \
  Avinstallera för att fortsätta."
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_HEADER_TEXT "Avinstallerar ${PRODUCT}"
!define MUI_PAGE_HEADER_SUBTEXT "Vänta medan ${PRODUCT} tas bort."
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "Avinstallationen är klar"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "${PRODUCT} är borttaget. Dina uppgifter \
  ligger kvar."
!define MUI_INSTFILESPAGE_ABORTHEADER_TEXT "Avinstallationen avbröts"
!define MUI_INSTFILESPAGE_ABORTHEADER_SUBTEXT "${PRODUCT} togs inte bort."
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Swedish"

; The program folder is the one this file lies in; the /CLEANUP copy in %TEMP% is given it
; with /D= (NSIS sets $INSTDIR from it before .onInit).
Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CLEANUP" $R1
  ${IfNot} ${Errors}
    Call Cleanup
    Quit
  ${EndIf}
  StrCpy $INSTDIR $EXEDIR
FunctionEnd

; The copy in %TEMP%: waits up to 30 s for the uninstaller that started it to exit, removes
; its file and the then empty folder, and does nothing else. The copy itself stays in %TEMP%,
; as NSIS's own copy would: only an administrator may schedule a delete at restart.
Function Cleanup
  StrCpy $R2 0
  ${Do}
    Delete "$INSTDIR\${UNINSTALLER}"
    ${IfNot} ${FileExists} "$INSTDIR\${UNINSTALLER}"
    ${OrIf} $R2 > 120
      ${Break}
    ${EndIf}
    IntOp $R2 $R2 + 1
    Sleep 250
  ${Loop}
  RMDir "$INSTDIR"
FunctionEnd

Section "-Avinstallera"
  ; Out of the program folder, so no process of ours has it as its working folder (Windows
  ; refuses to remove such a folder); Exec starts the copy there too.
  SetOutPath "$TEMP"
  Call WaitForExit
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
  ; Not `cmd /c del`: a kommun's AppLocker rules often block cmd.exe.
  System::Call 'kernel32::GetTickCount() i .r0'
  StrCpy $0 "$TEMP\Finsamkollen-avinstallation-$0.exe"
  CopyFiles /SILENT "$EXEPATH" "$0"
  Exec '"$0" /S /CLEANUP /D=$INSTDIR'
SectionEnd
