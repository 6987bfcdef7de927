#ifndef TAIZHANG_CNCURSES_SHIM_H
#define TAIZHANG_CNCURSES_SHIM_H

// The wide-character API is declared only when NCURSES_WIDECHAR is set before <ncurses.h>.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/ncurses.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>

// Macros and globals that Swift cannot import (or rejects as not concurrency-safe).
static inline WINDOW *tz_stdscr(void) { return stdscr; }
static inline int tz_lines(void) { return LINES; }
static inline int tz_cols(void) { return COLS; }
static inline int tz_colors(void) { return COLORS; }
static inline attr_t tz_a_normal(void) { return A_NORMAL; }
static inline attr_t tz_a_bold(void) { return A_BOLD; }
static inline attr_t tz_a_reverse(void) { return A_REVERSE; }
static inline attr_t tz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tz_a_dim(void) { return A_DIM; }
static inline attr_t tz_a_chartext(void) { return A_CHARTEXT; }
static inline int tz_key_f(int n) { return KEY_F(n); }
static inline int tz_color_pair(int n) { return COLOR_PAIR(n); }
static inline int tz_nl_codeset_is_utf8(void) {
    const char *c = nl_langinfo(CODESET);
    return c && (c[0] == 'U' || c[0] == 'u') && (c[1] == 'T' || c[1] == 't') && (c[2] == 'F' || c[2] == 'f');
}

// stdin/stdout are globals Swift 6 rejects as not concurrency-safe.
static inline FILE *tz_stdin_file(void) { return stdin; }
static inline FILE *tz_stdout_file(void) { return stdout; }

static inline void tz_append_capability(char *buffer, size_t size, const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    strncat(buffer, value, size - strlen(buffer) - 1);
}

/// What a crash guard writes to hand the terminal back: attributes off, cursor shown,
/// keypad off, alternate screen left. Valid after newterm.
static inline void tz_reset_sequence(char *buffer, size_t size) {
    buffer[0] = 0;
    tz_append_capability(buffer, size, "sgr0");
    tz_append_capability(buffer, size, "cnorm");
    tz_append_capability(buffer, size, "rmkx");
    tz_append_capability(buffer, size, "rmcup");
}

#endif
