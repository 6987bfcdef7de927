#ifndef TAIZHANG_CSUPPORT_H
#define TAIZHANG_CSUPPORT_H

// What the core needs from C: character widths and the locale. No terminal or signal code
// lives here (that is CTerminalSupport, linked only by the terminal adapter and tools).

#include <stddef.h>
#include <wchar.h>

/// glibc declares wcwidth only under __USE_XOPEN, which Swift's Glibc module hides.
int tz_wcwidth(wchar_t c);

/// Makes LC_CTYPE a UTF-8 locale so that tz_wcwidth measures CJK text.
/// Tries the user's locale first, then C.UTF-8. Returns 1 when LC_CTYPE is UTF-8 afterwards.
int tz_ensure_utf8_ctype(void);

/// 1 when the locale named by the environment (LC_ALL, LC_CTYPE, LANG) is UTF-8.
int tz_environment_is_utf8(void);

/// An anonymous in-memory file (memfd_create), for libraries that read only from paths;
/// -1 on failure. Swift's Glibc module does not declare memfd_create.
int tz_memory_file(const char *name);

#endif
