#define _GNU_SOURCE
#include "cunicode.h"
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>
#include <unicode/ubrk.h>

int cu_use_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

int cu_wcwidth(uint32_t scalar) { return wcwidth((wchar_t)scalar); }

int32_t cu_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                       int32_t *out, int32_t *status, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &error);
    if (U_FAILURE(error)) return -1;
    int32_t count = 0;
    ubrk_first(it);
    for (int32_t at = ubrk_next(it); at != UBRK_DONE; at = ubrk_next(it)) {
        if (count < capacity) {
            out[count] = at;
            status[count] = ubrk_getRuleStatus(it);
        }
        count++;
    }
    ubrk_close(it);
    return count;
}
