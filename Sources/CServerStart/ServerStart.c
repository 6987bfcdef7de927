#define _GNU_SOURCE
#include "CServerStart.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

// Only these variables are kept when privileged. Locale names choose the language; TERM,
// COLUMNS and LINES the terminal; TAIZHANG_STORE picks one of the ledgers the configuration
// lists; TAIZHANG_TODAY is the day to view the ledger as of (display only). Everything else —
// TAIZHANG_NOW (the clock of the record), HOME, TMPDIR, XDG_*, LD_*, SWIFT_*, TZ, PATH — is
// dropped or replaced.
const char *const tz_environment_allow_list[] = {
    "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TERM", "COLUMNS", "LINES",
    "TAIZHANG_STORE", "TAIZHANG_TODAY", NULL,
};

static int privileged;

int tz_started_privileged(void) { return privileged; }

// A value may not name a file (locale and terminal names never need a slash) and must be short.
static int acceptable(const char *name, const char *value) {
    if (value == NULL || strlen(value) > 256) return 0;
    if (strcmp(name, "TAIZHANG_STORE") != 0 && strchr(value, '/') != NULL) return 0;
    for (const char *p = value; *p; p++) if ((unsigned char)*p < 0x20) return 0;
    return 1;
}

static void keep_allowed_environment(void) {
    enum { N = 16 };
    char *kept[N];
    int n = 0;
    for (int i = 0; tz_environment_allow_list[i] != NULL && n < N; i++) {
        const char *name = tz_environment_allow_list[i];
        const char *value = getenv(name);
        if (!acceptable(name, value)) continue;
        size_t len = strlen(name) + strlen(value) + 2;
        char *pair = malloc(len);
        if (pair == NULL) continue;
        strcpy(pair, name);
        strcat(pair, "=");
        strcat(pair, value);
        kept[n++] = pair;
    }
    clearenv();
    for (int i = 0; i < n; i++) putenv(kept[i]);
    setenv("PATH", "/usr/bin:/bin", 1);
}

static void harden(void) {
    // No core dump can leave ledger data in a file the user owns, and the user cannot attach
    // a debugger to a process holding the service group's rights.
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // A file-size limit the user set must make a write fail (and be cut back) rather than
    // kill the process in the middle of it; soft limits go up to what the user may have.
    signal(SIGXFSZ, SIG_IGN);
    int raise[] = {RLIMIT_FSIZE, RLIMIT_NOFILE};
    for (int i = 0; i < 2; i++) {
        struct rlimit r;
        if (getrlimit(raise[i], &r) == 0 && r.rlim_cur < r.rlim_max) { r.rlim_cur = r.rlim_max; setrlimit(raise[i], &r); }
    }
    // Files the program creates are for the group only.
    umask(007);
}

__attribute__((constructor(101)))
static void tz_server_start(void) {
    if (getegid() == getgid() && geteuid() == getuid()) return;
    privileged = 1;
    harden();
    keep_allowed_environment();
}
