#ifndef HEARSAY_CUNICODE_H
#define HEARSAY_CUNICODE_H
// What Swift cannot reach directly: glibc's wcwidth (hidden by the Glibc module) and ICU's
// line breaker (a system ICU header clashes with Foundation's bundled ICU). No ICU types here.
#include <stdint.h>

/// Makes wcwidth answer for UTF-8: setlocale(LC_CTYPE, "") and, when that is not UTF-8, C.UTF-8.
/// Returns 1 when the resulting LC_CTYPE is UTF-8.
int cu_use_utf8_ctype(void);

/// glibc wcwidth of one Unicode scalar (-1 for control and unassigned characters).
int cu_wcwidth(uint32_t scalar);

/// UAX #14 line-break opportunities of UTF-16 `text`, as ICU's line break iterator reports them
/// for `locale` (e.g. "zh"). Writes up to `capacity` offsets (UTF-16, ascending, the text's end
/// included) to `out` and the rule status of each (>= 100 means a mandatory break) to `status`.
/// Returns how many breaks there are (which may exceed capacity), or -1 on an ICU error.
int32_t cu_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                       int32_t *out, int32_t *status, int32_t capacity);

#endif
