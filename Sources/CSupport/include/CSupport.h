#ifndef TAIZHANG_CSUPPORT_H
#define TAIZHANG_CSUPPORT_H

// What the core needs from C: character widths, the locale, in-memory files and starting the
// converters an import uses. No terminal or signal handling lives here (that is
// CTerminalSupport, linked only by the terminal adapter and tools).

#include <stddef.h>
#include <wchar.h>

#include "ByteScan.h"

/// glibc declares wcwidth only under __USE_XOPEN, which Swift's Glibc module hides.
int tz_wcwidth(wchar_t c);

/// Measures East Asian Ambiguous characters (box drawing, …, ·, “”) as two columns (1) or
/// one (0), for this process's layout and for ncurses alike. Set before drawing.
void tz_set_ambiguous_wide(int on);
int tz_ambiguous_wide(void);
/// 1 for a character of East Asian Width "Ambiguous" that is otherwise one column.
int tz_is_ambiguous(unsigned int c);

/// Makes LC_CTYPE a UTF-8 locale so that tz_wcwidth measures CJK text.
/// Tries the user's locale first, then C.UTF-8. Returns 1 when LC_CTYPE is UTF-8 afterwards.
int tz_ensure_utf8_ctype(void);

/// 1 when the locale named by the environment (LC_ALL, LC_CTYPE, LANG) is UTF-8.
int tz_environment_is_utf8(void);

/// An anonymous in-memory file (memfd_create), for libraries that read only from paths;
/// -1 on failure. Swift's Glibc module does not declare memfd_create.
int tz_memory_file(const char *name);

/// Spawns argv with an empty signal mask and default signal dispositions, stdout/stderr to
/// out_path (truncated), in a process group of its own. Foundation.Process leaves TERM/CHLD
/// blocked in the child, which hangs tmux (measured). The child's effective ids are reset to
/// the real ones (POSIX_SPAWN_RESETIDS): a converter started by a setgid taizhang runs with
/// the person's own rights, never the service group's. Returns the pid or -1.
int tz_spawn(const char *const argv[], const char *out_path);

#endif
