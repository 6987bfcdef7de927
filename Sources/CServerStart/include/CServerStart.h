#ifndef TAIZHANG_CSERVERSTART_H
#define TAIZHANG_CSERVERSTART_H

// The first thing the taizhang executable does when it runs with a service group's rights
// (installed setgid, docs/shared-server.md): before the Swift runtime or Foundation read
// anything, the environment is cut to an allow-list and the process is hardened. Linked only
// by the executable.

/// 1 when the process started with effective ids different from its real ones.
int tz_started_privileged(void);

/// The names of the environment variables kept when privileged, NULL-terminated.
extern const char *const tz_environment_allow_list[];

#endif
