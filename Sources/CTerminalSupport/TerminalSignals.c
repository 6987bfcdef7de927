#define _GNU_SOURCE
#include "CTerminalSupport.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_hup, pending_term, pending_int, pending_winch;
static int wake_pipe[2] = {-1, -1};
static int installed;
static const int handled[] = {SIGHUP, SIGTERM, SIGINT, SIGWINCH};
static struct sigaction previous[4];

static void on_signal(int sig) {
    int saved = errno;
    if (sig == SIGHUP) pending_hup = 1;
    else if (sig == SIGTERM) pending_term = 1;
    else if (sig == SIGINT) pending_int = 1;
    else if (sig == SIGWINCH) pending_winch = 1;
    if (wake_pipe[1] >= 0) { char c = 0; ssize_t n = write(wake_pipe[1], &c, 1); (void)n; }
    errno = saved;
}

int tz_signals_install(void) {
    if (installed) return wake_pipe[0];
    if (pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
    pending_hup = pending_term = pending_int = pending_winch = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;   /* no SA_RESTART: a blocking read or poll returns EINTR */
    for (int i = 0; i < 4; i++) {
        sigaction(handled[i], NULL, &previous[i]);
        if (handled[i] != SIGWINCH && previous[i].sa_handler == SIG_IGN) continue;
        sigaction(handled[i], &action, NULL);
    }
    installed = 1;
    return wake_pipe[0];
}

void tz_signals_uninstall(void) {
    if (!installed) return;
    for (int i = 0; i < 4; i++) sigaction(handled[i], &previous[i], NULL);
    close(wake_pipe[0]);
    close(wake_pipe[1]);
    wake_pipe[0] = wake_pipe[1] = -1;
    installed = 0;
}

int tz_signals_take(void) {
    if (pending_hup) { pending_hup = 0; return SIGHUP; }
    if (pending_term) { pending_term = 0; return SIGTERM; }
    if (pending_int) { pending_int = 0; return SIGINT; }
    return 0;
}

int tz_signals_take_winch(void) {
    if (!pending_winch) return 0;
    pending_winch = 0;
    return 1;
}

void tz_signals_drain(void) {
    char buffer[64];
    if (wake_pipe[0] < 0) return;
    while (read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
}

int tz_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* ---- guards ---------------------------------------------------------------------------- */

static struct termios saved_termios;
static int guard_in = -1, guard_out = -1, guard_armed, guard_registered;
static char reset_bytes[256];
static size_t reset_length;
static const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
static struct sigaction previous_fatal[6];

static void restore_terminal(void) {
    if (!guard_armed) return;
    guard_armed = 0;
    if (reset_length > 0) { ssize_t n = write(guard_out, reset_bytes, reset_length); (void)n; }
    tcsetattr(guard_in, TCSANOW, &saved_termios);
}

static void on_fatal(int sig, siginfo_t *info, void *context) {
    (void)context;
    restore_terminal();
    for (int i = 0; i < 6; i++) if (fatal[i] == sig) sigaction(sig, &previous_fatal[i], NULL);
    /* A fault re-executes its instruction on return and meets the previous handler; a
       signal sent by kill or raise has to be sent again. */
    if (info == NULL || info->si_code <= 0) raise(sig);
}

static void at_exit(void) { restore_terminal(); }

void tz_terminal_guard_arm(int in_fd, int out_fd) {
    if (tcgetattr(in_fd, &saved_termios) != 0) return;
    guard_in = in_fd;
    guard_out = out_fd;
    reset_length = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fatal;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 6; i++) sigaction(fatal[i], &action, &previous_fatal[i]);
    if (!guard_registered) { atexit(at_exit); guard_registered = 1; }
    guard_armed = 1;
}

void tz_terminal_guard_set_reset(const char *bytes) {
    size_t n = strlen(bytes);
    if (n >= sizeof reset_bytes) n = sizeof reset_bytes - 1;
    memcpy(reset_bytes, bytes, n);
    reset_length = n;
}

void tz_terminal_guard_disarm(void) {
    if (!guard_armed) return;
    guard_armed = 0;
    for (int i = 0; i < 6; i++) sigaction(fatal[i], &previous_fatal[i], NULL);
}
