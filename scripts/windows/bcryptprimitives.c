/* Wine 8 lacks ProcessPrng in bcryptprimitives.dll, which Rust's standard library (1.78
 * and later) imports on Windows. This stand-in, placed beside a Rust .exe under Wine only,
 * forwards to advapi32's RtlGenRandom (SystemFunction036). Never shipped to Windows. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
