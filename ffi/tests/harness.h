/* A tiny assertion harness for the C tests: every CHECK counts a pass or a failure, and
 * harness_report prints one "RESULT <name>: N passed, M failed" line for scripts/test-ffi.sh. */
#ifndef VEIL_TEST_HARNESS_H
#define VEIL_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_passed;
static int harness_failed;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond) {                                                                  \
            harness_passed++;                                                        \
        } else {                                                                     \
            harness_failed++;                                                        \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECK_INT(actual, expected)                                                  \
    do {                                                                             \
        long long a_ = (long long)(actual), e_ = (long long)(expected);              \
        if (a_ == e_) {                                                              \
            harness_passed++;                                                        \
        } else {                                                                     \
            harness_failed++;                                                        \
            fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, \
                    #actual, a_, e_);                                                \
        }                                                                            \
    } while (0)

#define CHECK_STR(actual, expected)                                                  \
    do {                                                                             \
        const char *a_ = (actual), *e_ = (expected);                                 \
        if (a_ != NULL && e_ != NULL && strcmp(a_, e_) == 0) {                       \
            harness_passed++;                                                        \
        } else {                                                                     \
            harness_failed++;                                                        \
            fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,       \
                    __LINE__, #actual, a_ ? a_ : "(null)", e_ ? e_ : "(null)");      \
        }                                                                            \
    } while (0)

/* `haystack` (a C string) contains `needle`. */
#define CHECK_CONTAINS(haystack, needle)                                             \
    do {                                                                             \
        const char *h_ = (haystack), *n_ = (needle);                                 \
        if (h_ != NULL && strstr(h_, n_) != NULL) {                                  \
            harness_passed++;                                                        \
        } else {                                                                     \
            harness_failed++;                                                        \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__,      \
                    __LINE__, h_ ? h_ : "(null)", n_);                               \
        }                                                                            \
    } while (0)

static int harness_report(const char *name) {
    printf("RESULT %s: %d passed, %d failed\n", name, harness_passed, harness_failed);
    return harness_failed == 0 && harness_passed > 0 ? 0 : 1;
}

#endif
