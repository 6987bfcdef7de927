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

/// Whether the bytes between a JSON string's quotes are exactly what the JSON writer
/// (JSONWriter.string) would write for the text they decode to: valid UTF-8 (no overlong
/// forms, surrogates or values past U+10FFFF), no raw control, DEL, C1 control, line or
/// paragraph separator or bidi control (the writer escapes those), and no escapes but
/// \" \\ \n \r \t (the only ones it writes for anything else). A `\u` escape answers no,
/// although the writer makes some: the caller then decodes, as it would have anyway.
static inline int tz_json_canonical(const uint8_t *p, long n) {
    long i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Sixteen plain ASCII bytes at a time (no control, DEL, quote, backslash, nothing >= 0x80).
        if (p[i] < 0x80) {
            const __m128i backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
            const __m128i quote = _mm_set1_epi8('"');
            while (i + 16 <= n) {
                __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
                __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, del)),
                                            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(_mm_min_epu8(v, control), v)));
                if (_mm_movemask_epi8(_mm_or_si128(stop, v))) break;
                i += 16;
            }
            if (i >= n) break;
        }
#endif
        /* Chinese text is runs of three-byte characters: four bytes loaded at once take the
           lead byte and both continuations in one test (E0, E2 and ED need a closer look). */
        while (i + 4 <= n) {
            uint32_t w;
            __builtin_memcpy(&w, p + i, 4);
            uint32_t lead = w & 0xFF;
            if ((w & 0x00C0C0F0u) != 0x008080E0u || lead == 0xE0 || lead == 0xE2 || lead == 0xED) break;
            i += 3;
        }
        if (i >= n) break;
        uint8_t c = p[i];
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F || c == '"') return 0;
            if (c == '\\') {
                if (i + 1 >= n) return 0;
                uint8_t e = p[i + 1];
                if (e != '"' && e != '\\' && e != 'n' && e != 'r' && e != 't') return 0;
                i += 2;
                continue;
            }
            i += 1;
            continue;
        }
        if (c < 0xC2) return 0;                                   /* a continuation byte, or overlong C0/C1 */
        if (c < 0xE0) {
            if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return 0;
            if (c == 0xC2 && p[i + 1] < 0xA0) return 0;           /* U+0080-U+009F: C1 controls */
            i += 2;
            continue;
        }
        if (c < 0xF0) {
            if (i + 2 >= n) return 0;
            uint8_t b1 = p[i + 1], b2 = p[i + 2];
            if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
            if (c == 0xE0 && b1 < 0xA0) return 0;                 /* overlong */
            if (c == 0xED && b1 > 0x9F) return 0;                 /* a surrogate */
            if (c == 0xE2 && ((b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)))
                return 0;                                         /* U+2028-U+202E, U+2066-U+2069 */
            i += 3;
            continue;
        }
        if (c < 0xF5) {
            if (i + 3 >= n) return 0;
            uint8_t b1 = p[i + 1];
            if ((b1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
            if (c == 0xF0 && b1 < 0x90) return 0;                 /* overlong */
            if (c == 0xF4 && b1 > 0x8F) return 0;                 /* past U+10FFFF */
            i += 4;
            continue;
        }
        return 0;
    }
    return 1;
}

#endif
