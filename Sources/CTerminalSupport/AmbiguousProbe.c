// Asks the terminal how wide it draws an East Asian ambiguous character: write one at the
// start of the line, ask for the cursor position (DSR 6n), wait a short time for the answer,
// then erase what was written. The terminal's modes are restored as they were.
#define _GNU_SOURCE
#include <poll.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "CTerminalSupport.h"

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/// Finds "ESC [ row ; col R" in buf; returns col and cuts it out of buf, or -1.
static int take_report(char *buf, int *len) {
    for (int i = 0; i + 1 < *len; i++) {
        if (buf[i] != 0x1b || buf[i + 1] != '[') continue;
        int j = i + 2, row = 0, col = 0, digits = 0;
        while (j < *len && buf[j] >= '0' && buf[j] <= '9') { row = row * 10 + buf[j++] - '0'; digits++; }
        if (j >= *len || buf[j] != ';' || digits == 0) continue;
        j++;
        digits = 0;
        while (j < *len && buf[j] >= '0' && buf[j] <= '9') { col = col * 10 + buf[j++] - '0'; digits++; }
        if (j >= *len || buf[j] != 'R' || digits == 0) continue;
        (void)row;
        memmove(buf + i, buf + j + 1, (size_t)(*len - j - 1));
        *len -= j + 1 - i;
        return col;
    }
    return -1;
}

int tz_probe_ambiguous(int in_fd, int out_fd, int timeout_ms, char *leftover, int capacity, int *leftover_len) {
    *leftover_len = 0;
    struct termios saved, raw;
    if (!isatty(in_fd) || !isatty(out_fd) || tcgetattr(in_fd, &saved) != 0) return -1;
    raw = saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(in_fd, TCSANOW, &raw) != 0) return -1;
    static const char ask[] = "\r\xe2\x80\xa6\x1b[6n";   // CR, U+2026 HORIZONTAL ELLIPSIS, DSR 6n
    int col = -1;
    if (write(out_fd, ask, sizeof ask - 1) == (ssize_t)(sizeof ask - 1)) {
        long long deadline = now_ms() + timeout_ms;
        while (col < 0) {
            long long left = deadline - now_ms();
            if (left <= 0) break;
            struct pollfd p = { .fd = in_fd, .events = POLLIN, .revents = 0 };
            if (poll(&p, 1, (int)left) <= 0) break;
            ssize_t n = read(in_fd, leftover + *leftover_len, (size_t)(capacity - *leftover_len));
            if (n <= 0) break;
            *leftover_len += (int)n;
            col = take_report(leftover, leftover_len);
            if (*leftover_len >= capacity) break;
        }
    }
    static const char erase[] = "\r\x1b[K";
    (void)!write(out_fd, erase, sizeof erase - 1);
    tcsetattr(in_fd, TCSANOW, &saved);
    if (col == 2) return 0;
    if (col == 3) return 1;
    return -1;
}
