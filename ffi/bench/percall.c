/* Per-call overhead of the C ABI: times single veil_scan calls (+ veil_findings_free) on the
 * 100-byte prompt of `veil-eval percall` (veil_benches::PROMPT_100) and prints one JSON line
 * shaped like the Rust baseline's. Usage: percall [CALLS]  (default 200000).
 * ffi/bench/run.sh builds it and runs it next to the Rust baseline. */
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "veil.h"

static const char PROMPT[] =
    "Hi team, please email the Q3 report to jane.doe@example.com or call +1 415 555 0134 by "
    "Friday, thanks.";

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* One call as the Rust baseline times it: scan, read the count, drop the findings. */
static size_t call(const veil_engine *engine) {
    veil_findings *f = NULL;
    if (veil_scan(engine, PROMPT, sizeof PROMPT - 1, &f, NULL) != VEIL_OK) {
        fprintf(stderr, "percall: veil_scan failed\n");
        exit(2);
    }
    size_t n = veil_findings_len(f);
    veil_findings_free(f);
    return n;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    size_t calls = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 200000;
    if (calls == 0) {
        calls = 1;
    }
    veil_engine *engine = veil_engine_new(NULL, NULL);
    uint64_t *ns = malloc(calls * sizeof *ns);
    if (engine == NULL || ns == NULL) {
        fprintf(stderr, "percall: setup failed\n");
        return 2;
    }
    volatile size_t sink = 0;
    for (size_t i = 0; i < calls / 10; i++) { /* warm-up, as the Rust baseline */
        sink += call(engine);
    }
    for (size_t i = 0; i < calls; i++) {
        uint64_t t = now_ns();
        sink += call(engine);
        ns[i] = now_ns() - t;
    }
    qsort(ns, calls, sizeof *ns, cmp_u64);
    printf("{\"lang\":\"c\",\"op\":\"scan\",\"bytes\":%zu,\"calls\":%zu,\"median_ns\":%llu,"
           "\"p90_ns\":%llu,\"findings\":%zu,\"prompt\":\"%s\"}\n",
           sizeof PROMPT - 1, calls, (unsigned long long)ns[calls / 2],
           (unsigned long long)ns[calls * 9 / 10], call(engine), PROMPT);
    free(ns);
    veil_engine_free(engine);
    return 0;
}
