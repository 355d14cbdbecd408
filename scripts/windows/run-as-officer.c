/* Test helper for scripts/windows/test-install, never shipped. Wine 8 starts every program
 * with an administrator's full, elevated token, as Windows does only after "Kör som
 * administratör". The officer starts the installer with UAC's filtered, unelevated half of
 * that token; this helper does the same: it runs a command line with the token's linked
 * (limited) token, waits, and returns the command's exit code.
 *
 *   run-as-officer.exe <command line>          the rest of its own command line, verbatim
 *   run-as-officer.exe --registry <key> <value>   the command line in HKCU\<key>\<value>,
 *       verbatim, as Windows and IT's tools run an UninstallString.
 * Exit codes of its own: 120-124 when it cannot do that (see below). */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

static wchar_t *skip_argument(wchar_t *p) {
    if (*p == L'"') {
        p = wcschr(p + 1, L'"');
        p = p ? p + 1 : L"";
    } else {
        while (*p && *p != L' ') p++;
    }
    while (*p == L' ') p++;
    return p;
}

int wmain(int argc, wchar_t **argv) {
    static wchar_t from_registry[32768];
    wchar_t *command = skip_argument(GetCommandLineW());
    if (argc == 4 && wcscmp(argv[1], L"--registry") == 0) {
        DWORD size = sizeof from_registry;
        if (RegGetValueW(HKEY_CURRENT_USER, argv[2], argv[3], RRF_RT_REG_SZ, NULL,
                         from_registry, &size) != ERROR_SUCCESS) {
            fwprintf(stderr, L"HKCU\\%ls\\%ls finns inte\n", argv[2], argv[3]);
            return 124;
        }
        command = from_registry;
    }

    HANDLE token;
    TOKEN_LINKED_TOKEN linked;
    DWORD length;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) return 120;
    if (!GetTokenInformation(token, TokenLinkedToken, &linked, sizeof linked, &length))
        return 121;

    STARTUPINFOW startup = {sizeof startup};
    PROCESS_INFORMATION process;
    if (!CreateProcessAsUserW(linked.LinkedToken, NULL, command, NULL, NULL, FALSE, 0, NULL,
                              NULL, &startup, &process))
        return 122;
    DWORD code = 123;
    WaitForSingleObject(process.hProcess, INFINITE);
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}
