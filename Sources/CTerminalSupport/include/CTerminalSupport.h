#ifndef TAIZHANG_CTERMINALSUPPORT_H
#define TAIZHANG_CTERMINALSUPPORT_H

// Signals, terminal restoration and process spawning: for the terminal adapter, the
// benchmark and tests. The core does not link this.

#include <stddef.h>

/// Writes an ambiguous character and asks for the cursor position (DSR 6n), waiting at most
/// timeout_ms: 1 wide, 0 narrow, -1 no answer. Other input read meanwhile (keys typed
/// ahead) is kept in leftover; the line is erased and the terminal's modes restored.
int tz_probe_ambiguous(int in_fd, int out_fd, int timeout_ms, char *leftover, int capacity, int *leftover_len);


// ---- Signals for the full-screen terminal -------------------------------------------------
// Handlers only set a volatile sig_atomic_t flag and write one byte to a self-pipe, so the
// event loop's poll() wakes at once; they are installed without SA_RESTART.

/// Installs handlers for SIGHUP, SIGTERM, SIGINT and SIGWINCH (a signal that was ignored
/// stays ignored). Returns the read end of the self-pipe to poll, or -1.
int tz_signals_install(void);

/// Restores the handlers that were there before tz_signals_install and closes the pipe.
void tz_signals_uninstall(void);

/// The next pending terminating signal (SIGHUP first, then SIGTERM, SIGINT), cleared; 0 if none.
int tz_signals_take(void);

/// 1 if SIGWINCH arrived since the last call.
int tz_signals_take_winch(void);

/// Empties the self-pipe after poll() reported it readable.
void tz_signals_drain(void);

/// The window size of the terminal on fd; 0 on success.
int tz_window_size(int fd, int *rows, int *cols);

// ---- Restoring the terminal on paths that skip endwin -------------------------------------
// exit() without stop(), or a crash: restores the saved termios and writes a reset sequence
// (leave the alternate screen, show the cursor), then lets the signal do what it did before.

/// Saves the termios of in_fd (call before curses changes it) and arms the guards.
void tz_terminal_guard_arm(int in_fd, int out_fd);

/// Sets the bytes written to out_fd when a guard fires (copied; truncated at 255 bytes).
void tz_terminal_guard_set_reset(const char *bytes);

/// Disarms the guards; call after endwin has restored the terminal properly.
void tz_terminal_guard_disarm(void);

/// Starts argv on a new pseudo-terminal of rows x cols, with an empty signal mask.
/// Returns the child's pid and sets *master to the pty's master side, or -1.
int tz_spawn_pty(const char *const argv[], int rows, int cols, int *master);

#endif
