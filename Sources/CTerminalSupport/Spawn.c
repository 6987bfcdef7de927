#define _GNU_SOURCE
#include "CTerminalSupport.h"
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <unistd.h>

int tz_spawn_pty(const char *const argv[], int rows, int cols, int *master) {
    struct winsize ws = {0};
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    pid_t pid = forkpty(master, NULL, NULL, &ws);
    if (pid < 0) return -1;
    if (pid == 0) {
        sigset_t empty;
        sigemptyset(&empty);
        sigprocmask(SIG_SETMASK, &empty, NULL);
        for (int s = 1; s < 32; s++) signal(s, SIG_DFL);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    return (int)pid;
}
