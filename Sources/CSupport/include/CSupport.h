#ifndef TAIZHANG_CSUPPORT_H
#define TAIZHANG_CSUPPORT_H

#include <stddef.h>
#include <wchar.h>

/// glibc declares wcwidth only under __USE_XOPEN, which Swift's Glibc module hides.
int tz_wcwidth(wchar_t c);

/// Makes LC_CTYPE a UTF-8 locale so that tz_wcwidth measures CJK text.
/// Tries the user's locale first, then C.UTF-8. Returns 1 when LC_CTYPE is UTF-8 afterwards.
int tz_ensure_utf8_ctype(void);

/// 1 when the locale named by the environment (LC_ALL, LC_CTYPE, LANG) is UTF-8.
int tz_environment_is_utf8(void);

/// Spawns argv with an empty signal mask and default signal dispositions, stdout/stderr to
/// out_path (truncated). Foundation.Process leaves TERM/CHLD blocked in the child, which hangs
/// tmux (measured). Returns the pid or -1.
int tz_spawn(const char *const argv[], const char *out_path);

#endif
