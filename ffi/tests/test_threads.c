/* One engine shared by 8 threads: every thread scans and redacts the same texts many times and
 * must get exactly the single-threaded results; each thread also runs its own session, and
 * builds an engine of its own while the others scan.
 *
 * Built and run by scripts/test-ffi.sh (and once under valgrind). */
#define _POSIX_C_SOURCE 200809L /* pthread_barrier_t under -std=c11 */

#include "veil.h"

#include "harness.h"

#include <pthread.h>
#include <stdlib.h>

#define THREADS 8
#define ROUNDS 60

static const char *const texts[] = {
    "Hi team, please email the Q3 report to jane.doe@example.com or call +1 415 555 0134 by "
    "Friday, thanks.",
    "My card is 4111 1111 1111 1111, mail me at ana@example.org",
    "我的手机是13812345678，谢谢",
    "电话：１３８１２３４５６７８。",
    "IBAN: DE89 3704 0044 0532 0130 00 and SSN 536-22-8726",
    "server 192.168.10.21 and 8.8.8.8, gw fe80::1",
    "token ghp_R7kQ2mZ9xW4vB8nL3pT6yH1cJ5dF0gS2aE9u expires",
    "aws_access_key_id = AKIA2E3MF7QWZKD5HJLN",
    "身份证号11010519491231002X",
    "request 6b9e4be0-51bb-4e10-a8dd-9c2d945ba210 failed",
    "nothing to see here",
    "\xff\xfe mail ana@example.org \xc3 call 415-555-2671 \x80", /* invalid UTF-8: scan only */
};
#define NTEXTS (sizeof texts / sizeof texts[0])

static veil_engine *engine;
static char expected_scan[NTEXTS][1024];
static char *expected_redact[NTEXTS]; /* NULL where redact fails (invalid UTF-8) */
static pthread_barrier_t start;

/* "TYPE/category/rule:start-end;" for every finding, or "ERROR" on failure. */
static void scan_signature(veil_engine *e, const char *text, char *buf, size_t cap) {
    veil_findings *f = NULL;
    buf[0] = '\0';
    if (veil_scan(e, text, strlen(text), &f, NULL) != VEIL_OK) {
        snprintf(buf, cap, "ERROR");
        return;
    }
    size_t used = 0;
    for (size_t i = 0; i < veil_findings_len(f); i++) {
        const veil_finding *x = veil_findings_get(f, i);
        int n = snprintf(buf + used, cap - used, "%s/%s/%s:%zu-%zu;", x->type, x->category,
                         x->rule, x->start, x->end);
        if (n < 0 || (size_t)n >= cap - used) {
            break;
        }
        used += (size_t)n;
    }
    veil_findings_free(f);
}

struct job {
    int id;
    long scans, scan_mismatches;
    long redacts, redact_mismatches;
    int session_ok;
    int own_engine_ok;
};

static void *worker(void *arg) {
    struct job *job = arg;
    char sig[1024];
    pthread_barrier_wait(&start);
    for (int round = 0; round < ROUNDS; round++) {
        for (size_t i = 0; i < NTEXTS; i++) {
            scan_signature(engine, texts[i], sig, sizeof sig);
            job->scans++;
            if (strcmp(sig, expected_scan[i]) != 0) {
                job->scan_mismatches++;
            }
            char *out = NULL;
            size_t len = 0;
            int rc = veil_redact(engine, texts[i], strlen(texts[i]), &out, &len, NULL);
            job->redacts++;
            int same = expected_redact[i] == NULL
                           ? rc == VEIL_ERR_UTF8 && out == NULL
                           : rc == VEIL_OK && len == strlen(expected_redact[i]) &&
                                 strcmp(out, expected_redact[i]) == 0;
            if (!same) {
                job->redact_mismatches++;
            }
            veil_string_free(out);
        }
    }

    /* A session per thread: its own numbering and values. */
    char prompt[128], answer[128], want[128];
    snprintf(prompt, sizeof prompt, "mail user%d@example.com then user%d@example.com", job->id,
             job->id + 100);
    veil_session *s = veil_session_new(engine);
    char *red = NULL, *back = NULL;
    int ok = s != NULL &&
             veil_session_redact(s, prompt, strlen(prompt), &red, NULL, NULL) == VEIL_OK &&
             strcmp(red, "mail <EMAIL_ADDRESS_1> then <EMAIL_ADDRESS_2>") == 0;
    snprintf(answer, sizeof answer, "to <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>");
    snprintf(want, sizeof want, "to user%d@example.com and user%d@example.com", job->id + 100,
             job->id);
    ok = ok && veil_session_restore(s, answer, strlen(answer), &back, NULL, NULL) == VEIL_OK &&
         strcmp(back, want) == 0;
    job->session_ok = ok;
    veil_string_free(red);
    veil_string_free(back);
    veil_session_free(s);

    /* Engines built concurrently agree with the shared one. */
    veil_engine *own = veil_engine_new(NULL, NULL);
    scan_signature(own, texts[0], sig, sizeof sig);
    job->own_engine_ok = own != NULL && strcmp(sig, expected_scan[0]) == 0;
    veil_engine_free(own);
    return NULL;
}

int main(void) {
    engine = veil_engine_new(NULL, NULL);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return harness_report("test_threads");
    }
    for (size_t i = 0; i < NTEXTS; i++) {
        scan_signature(engine, texts[i], expected_scan[i], sizeof expected_scan[i]);
        size_t len = 0;
        if (veil_redact(engine, texts[i], strlen(texts[i]), &expected_redact[i], &len, NULL) !=
            VEIL_OK) {
            expected_redact[i] = NULL;
        }
    }
    /* The single-threaded baseline is itself right. */
    CHECK_STR(expected_scan[0],
              "EMAIL_ADDRESS/pii/email:39-59;PHONE_NUMBER/pii/phone-e164:68-83;");
    CHECK_STR(expected_scan[10], "");
    CHECK_STR(expected_redact[1], "My card is [CREDIT_CARD], mail me at [EMAIL_ADDRESS]");
    CHECK(expected_redact[NTEXTS - 1] == NULL);
    CHECK_CONTAINS(expected_scan[NTEXTS - 1], "EMAIL_ADDRESS/pii/email:8-23;");

    pthread_t threads[THREADS];
    struct job jobs[THREADS];
    memset(jobs, 0, sizeof jobs);
    CHECK_INT(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (int t = 0; t < THREADS; t++) {
        jobs[t].id = t;
        CHECK_INT(pthread_create(&threads[t], NULL, worker, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        CHECK_INT(pthread_join(threads[t], NULL), 0);
    }
    pthread_barrier_destroy(&start);
    for (int t = 0; t < THREADS; t++) {
        CHECK_INT(jobs[t].scans, (long)ROUNDS * (long)NTEXTS);
        CHECK_INT(jobs[t].scan_mismatches, 0);
        CHECK_INT(jobs[t].redacts, (long)ROUNDS * (long)NTEXTS);
        CHECK_INT(jobs[t].redact_mismatches, 0);
        CHECK(jobs[t].session_ok);
        CHECK(jobs[t].own_engine_ok);
    }
    for (size_t i = 0; i < NTEXTS; i++) {
        veil_string_free(expected_redact[i]);
    }
    veil_engine_free(engine);
    return harness_report("test_threads");
}
