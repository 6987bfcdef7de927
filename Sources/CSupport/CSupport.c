#define _GNU_SOURCE
#include "CSupport.h"
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int tz_wcwidth(wchar_t c) { return wcwidth(c); }

static int ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int tz_ensure_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "") != NULL && ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") != NULL && ctype_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && ctype_is_utf8()) return 1;
    return 0;
}

static int name_is_utf8(const char *v) {
    if (v == NULL || *v == 0) return -1;
    return (strstr(v, "UTF-8") || strstr(v, "utf8") || strstr(v, "UTF8") || strstr(v, "utf-8")) ? 1 : 0;
}

int tz_environment_is_utf8(void) {
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3; i++) {
        int r = name_is_utf8(getenv(names[i]));
        if (r >= 0) return r;
    }
    return 0;
}

int tz_memory_file(const char *name) { return memfd_create(name, MFD_CLOEXEC); }
