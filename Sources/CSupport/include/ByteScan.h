#ifndef TAIZHANG_BYTESCAN_H
#define TAIZHANG_BYTESCAN_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Runs of bytes the JSON reader and writer need not look at, skipped sixteen at a time.
// Written in C because Swift's SIMD types compiled to scalar code here: the same loop in
// Swift made `list --format json` five times slower (docs/DECISIONS.md, 2026-12-01).
// Without SSE2 they skip nothing and the callers' byte loops do all the work.

/// The first index from `i` that may end or escape a JSON string (`"`, `\`, a control
/// character), or where fewer than sixteen bytes are left; sets 0x80 in `*high` when a
/// skipped byte was non-ASCII. A short string's end is found in one step.
static inline long tz_json_string_run(const uint8_t *p, long i, long end, uint8_t *high) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    __m128i seen = _mm_setzero_si128();
    while (i + 16 <= end) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                    _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
        int found = _mm_movemask_epi8(stop);
        if (found) {
            int at = __builtin_ctz(found);
            if (_mm_movemask_epi8(seen) | (_mm_movemask_epi8(v) & ((1 << at) - 1))) *high |= 0x80;
            return i + at;
        }
        seen = _mm_or_si128(seen, v);
        i += 16;
    }
    if (_mm_movemask_epi8(seen)) *high |= 0x80;
#endif
    return i;
}

/// The first index from `i` of a byte the JSON writer must look at (a control character,
/// `"`, `\`, DEL, or the lead byte C2 or E2), or where fewer than sixteen bytes are left.
/// (Only the sixteen-byte blocks are read: never past `end`.)
static inline long tz_json_writer_run(const uint8_t *p, long i, long end) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    const __m128i del = _mm_set1_epi8(0x7F), c2 = _mm_set1_epi8((char)0xC2), e2 = _mm_set1_epi8((char)0xE2);
    while (i + 16 <= end) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                    _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
        stop = _mm_or_si128(stop, _mm_or_si128(_mm_cmpeq_epi8(v, del),
                                               _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2))));
        int found = _mm_movemask_epi8(stop);
        if (found) return i + __builtin_ctz(found);
        i += 16;
    }
#endif
    return i;
}

/// Whether `needle` (two bytes or more) occurs in `p[0..<n]`. Sixteen places are tested at
/// once for the needle's first two bytes together, which in JSON (where a quote is every
/// few bytes) leaves few to compare in full. `memmem` is a GNU extension Swift does not
/// import here.
static inline int tz_contains(const uint8_t *p, long n, const uint8_t *needle, long m) {
    long i = 0;
    if (m < 2) return m <= 0 || __builtin_memchr(p, needle[0], (size_t)n) != 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8((char)needle[0]), second = _mm_set1_epi8((char)needle[1]);
    while (i + 17 <= n) {
        __m128i a = _mm_loadu_si128((const __m128i *)(p + i)), b = _mm_loadu_si128((const __m128i *)(p + i + 1));
        int found = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second)));
        while (found) {
            long at = i + __builtin_ctz(found);
            if (at + m <= n && __builtin_memcmp(p + at, needle, (size_t)m) == 0) return 1;
            found &= found - 1;
        }
        i += 16;
    }
#endif
    for (; i + m <= n; i++) {
        if (p[i] == needle[0] && __builtin_memcmp(p + i, needle, (size_t)m) == 0) return 1;
    }
    return 0;
}

#endif
