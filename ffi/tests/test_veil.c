/* Tests of every function in veil.h: results on known texts (spans from
 * core/tests/cases/golden.json), custom policies, sessions, and every error path (NULL
 * arguments, invalid UTF-8, bad policies, empty and 10 MB inputs).
 *
 * Built and run by scripts/test-ffi.sh, against libveil.so and against libveil.a. */
#include "veil.h"

#include "harness.h"

#include <stdint.h>
#include <stdlib.h>

#ifndef VEIL_EXPECTED_VERSION
#error "compile with -DVEIL_EXPECTED_VERSION='\"x.y.z\"' (the workspace version)"
#endif

/* A sentinel that a successful call must overwrite with NULL. */
#define STALE ((void *)(uintptr_t)0x1)

static veil_engine *engine;

/* Redacts `text` with the shared engine; returns the new string (or NULL) and its length. */
static char *redact(const char *text, size_t *len) {
    char *out = STALE;
    veil_error *err = STALE;
    int rc = veil_redact(engine, text, strlen(text), &out, len, &err);
    CHECK_INT(rc, VEIL_OK);
    CHECK(err == NULL);
    return out;
}

static void test_version(void) {
    CHECK_STR(veil_version(), VEIL_EXPECTED_VERSION);
    CHECK(veil_version() == veil_version()); /* static, never reallocated */
}

static void test_engine_new(void) {
    veil_error *err = STALE;
    engine = veil_engine_new(NULL, &err);
    CHECK(engine != NULL);
    CHECK(err == NULL);

    /* An empty policy is the built-in policy. */
    veil_engine *empty = veil_engine_new("", &err);
    CHECK(empty != NULL);
    CHECK(err == NULL);
    veil_engine_free(empty);

    /* err may be NULL on success and on failure. */
    veil_engine *quiet = veil_engine_new(NULL, NULL);
    CHECK(quiet != NULL);
    veil_engine_free(quiet);
    CHECK(veil_engine_new("[detect]\nbogus = 1\n", NULL) == NULL);

    struct {
        const char *policy;
        int code;
        const char *in_message;
    } bad[] = {
        {"[detect]\npacks = [\"pii\"]\nbogus_key = \"hunter2-secret\"\n", VEIL_ERR_POLICY,
         "bogus_key"},
        {"[redact]\noperator = \"shred\"\n", VEIL_ERR_POLICY, "line 2"},
        {"[detect]\npacks = [\"pii\", \"klingon\"]\n", VEIL_ERR_POLICY, "klingon"},
        {"not toml at all = = =", VEIL_ERR_POLICY, "policy"},
        {"[[rule]]\nid = \"r1\"\ntype = \"X_ID\"\ncategory = \"pii\"\nkeywords = [\"X-\"]\n"
         "pattern = 'X-(['\n",
         VEIL_ERR_POLICY, "r1"},
        {"[allow]\npatterns = ['(unclosed']\n", VEIL_ERR_POLICY, "allow.patterns"},
        {"[detect]\nmin_score = 0.5\n# \xff\xfe\n", VEIL_ERR_UTF8, "offset 27"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err = STALE;
        veil_engine *e = veil_engine_new(bad[i].policy, &err);
        CHECK(e == NULL);
        CHECK(err != NULL);
        CHECK_INT(veil_error_code(err), bad[i].code);
        CHECK_CONTAINS(veil_error_message(err), bad[i].in_message);
        veil_error_free(err);
    }
    /* Messages never echo policy values. */
    err = NULL;
    CHECK(veil_engine_new(bad[0].policy, &err) == NULL);
    CHECK(strstr(veil_error_message(err), "hunter2-secret") == NULL);
    veil_error_free(err);
}

static void test_scan_known_spans(void) {
    static const char text[] = "mail ana@example.org";
    veil_findings *f = STALE;
    veil_error *err = STALE;
    CHECK_INT(veil_scan(engine, text, strlen(text), &f, &err), VEIL_OK);
    CHECK(err == NULL);
    CHECK(f != NULL);
    CHECK_INT(veil_findings_len(f), 1);
    const veil_finding *x = veil_findings_get(f, 0);
    CHECK(x != NULL);
    if (x != NULL) {
        CHECK_STR(x->type, "EMAIL_ADDRESS");
        CHECK_STR(x->category, "pii");
        CHECK_STR(x->rule, "email");
        CHECK_INT(x->start, 5);
        CHECK_INT(x->end, 20);
        CHECK(x->score > 0.5 && x->score <= 1.0);
    }
    CHECK(veil_findings_get(f, 1) == NULL);
    CHECK(veil_findings_get(f, SIZE_MAX) == NULL);
    veil_findings_free(f);

    /* Golden cases (core/tests/cases/golden.json): type and exact UTF-8 byte spans. */
    struct span {
        const char *type;
        size_t start, end;
    };
    struct {
        const char *text;
        size_t n;
        struct span spans[3];
        const char *category;
    } golden[] = {
        {"Contact: jane.doe@example.com.", 1, {{"EMAIL_ADDRESS", 9, 29}}, "pii"},
        {"Call me at (415) 555-2671 tomorrow", 1, {{"PHONE_NUMBER", 11, 25}}, "pii"},
        {"我的手机是13812345678，谢谢", 1, {{"PHONE_NUMBER", 15, 26}}, "pii"},
        {"电话：１３８１２３４５６７８。", 1, {{"PHONE_NUMBER", 9, 42}}, "pii"},
        {"Office 020 7946 0958, mobile 07700 900123",
         2,
         {{"PHONE_NUMBER", 7, 20}, {"PHONE_NUMBER", 29, 41}},
         "pii"},
        {"card 4111 1111 1111 1111 exp 12/29", 1, {{"CREDIT_CARD", 5, 24}}, "pii"},
        {"IBAN: DE89 3704 0044 0532 0130 00", 1, {{"IBAN_CODE", 6, 33}}, "pii"},
        {"server 192.168.10.21 and 8.8.8.8",
         2,
         {{"IP_ADDRESS", 7, 20}, {"IP_ADDRESS", 25, 32}},
         "pii"},
        {"gw fe80::1 and ::1 and 2001:db8::/32",
         3,
         {{"IP_ADDRESS", 3, 10}, {"IP_ADDRESS", 15, 18}, {"IP_ADDRESS", 23, 36}},
         "pii"},
        {"SSN 536-22-8726", 1, {{"US_SSN", 4, 15}}, "pii"},
        {"身份证号11010519491231002X", 1, {{"CN_RESIDENT_ID", 12, 30}}, "pii"},
        {"token ghp_R7kQ2mZ9xW4vB8nL3pT6yH1cJ5dF0gS2aE9u expires",
         1,
         {{"GITHUB_TOKEN", 6, 46}},
         "secret"},
        {"aws_access_key_id = AKIA2E3MF7QWZKD5HJLN", 1, {{"AWS_ACCESS_KEY_ID", 20, 40}}, "secret"},
        {"DB_PASSWORD=hunter2!Secure\n", 1, {{"GENERIC_SECRET", 12, 26}}, "secret"},
        {"card 4111 1111 1111 1112", 0, {{0}}, NULL},
        {"request 6b9e4be0-51bb-4e10-a8dd-9c2d945ba210 failed", 0, {{0}}, NULL},
        {"upgrade to v1.2.3 or 2.14.0 or 1.0.0-rc.1", 0, {{0}}, NULL},
    };
    for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
        const char *t = golden[i].text;
        f = NULL;
        CHECK_INT(veil_scan(engine, t, strlen(t), &f, NULL), VEIL_OK);
        CHECK_INT(veil_findings_len(f), golden[i].n);
        for (size_t j = 0; j < golden[i].n && j < veil_findings_len(f); j++) {
            const veil_finding *g = veil_findings_get(f, j);
            CHECK_STR(g->type, golden[i].spans[j].type);
            CHECK_STR(g->category, golden[i].category);
            CHECK_INT(g->start, golden[i].spans[j].start);
            CHECK_INT(g->end, golden[i].spans[j].end);
            CHECK(g->rule != NULL && g->rule[0] != '\0');
        }
        veil_findings_free(f);
    }
}

static void test_scan_errors(void) {
    static const char text[] = "mail ana@example.org";
    veil_findings *f = STALE;
    veil_error *err = STALE;

    CHECK_INT(veil_scan(NULL, text, strlen(text), &f, &err), VEIL_ERR_NULL);
    CHECK(f == NULL);
    CHECK_INT(veil_error_code(err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "engine");
    veil_error_free(err);

    err = STALE;
    f = STALE;
    CHECK_INT(veil_scan(engine, NULL, 5, &f, &err), VEIL_ERR_NULL);
    CHECK(f == NULL);
    CHECK_CONTAINS(veil_error_message(err), "text is NULL");
    veil_error_free(err);

    err = STALE;
    CHECK_INT(veil_scan(engine, text, strlen(text), NULL, &err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "out");
    veil_error_free(err);

    /* err NULL: the code still tells. */
    CHECK_INT(veil_scan(engine, NULL, 1, &f, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_scan(NULL, NULL, 0, NULL, NULL), VEIL_ERR_NULL);

    /* A length no object can have. */
    err = NULL;
    CHECK_INT(veil_scan(engine, text, SIZE_MAX, &f, &err), VEIL_ERR_INPUT);
    CHECK_INT(veil_error_code(err), VEIL_ERR_INPUT);
    veil_error_free(err);

    /* Empty input: NULL or not, no findings, not an error. */
    f = STALE;
    err = STALE;
    CHECK_INT(veil_scan(engine, NULL, 0, &f, &err), VEIL_OK);
    CHECK(f != NULL && f != STALE);
    CHECK(err == NULL);
    CHECK_INT(veil_findings_len(f), 0);
    CHECK(veil_findings_get(f, 0) == NULL);
    veil_findings_free(f);
    CHECK_INT(veil_scan(engine, "", 0, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 0);
    veil_findings_free(f);

    /* len is honoured: the text need not be NUL-terminated. */
    CHECK_INT(veil_scan(engine, text, 12, &f, NULL), VEIL_OK); /* "mail ana@exa" */
    CHECK_INT(veil_findings_len(f), 0);
    veil_findings_free(f);

    /* NULL handles are harmless. */
    CHECK_INT(veil_findings_len(NULL), 0);
    CHECK(veil_findings_get(NULL, 0) == NULL);
    veil_findings_free(NULL);
    veil_engine_free(NULL);
}

static void test_scan_invalid_utf8(void) {
    /* Invalid bytes are skipped; offsets stay those of the bytes given. */
    static const char text[] = "\xff\xfe mail ana@example.org \xc3 call 415-555-2671 \x80";
    veil_findings *f = NULL;
    veil_error *err = STALE;
    CHECK_INT(veil_scan(engine, text, sizeof text - 1, &f, &err), VEIL_OK);
    CHECK(err == NULL);
    CHECK_INT(veil_findings_len(f), 2);
    if (veil_findings_len(f) == 2) {
        const veil_finding *a = veil_findings_get(f, 0), *b = veil_findings_get(f, 1);
        CHECK_STR(a->type, "EMAIL_ADDRESS");
        CHECK_INT(a->start, 8);
        CHECK_INT(a->end, 23);
        CHECK(memcmp(text + a->start, "ana@example.org", 15) == 0);
        CHECK_STR(b->type, "PHONE_NUMBER");
        CHECK_INT(b->start, 31);
        CHECK_INT(b->end, 43);
        CHECK(memcmp(text + b->start, "415-555-2671", 12) == 0);
    }
    veil_findings_free(f);

    /* A NUL byte inside the text is just a byte. */
    static const char nul[] = "a\0b mail ana@example.org";
    CHECK_INT(veil_scan(engine, nul, sizeof nul - 1, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 1);
    CHECK_INT(veil_findings_get(f, 0)->start, 9);
    veil_findings_free(f);
}

static void test_findings_outlive_engine(void) {
    veil_engine *e = veil_engine_new(NULL, NULL);
    veil_findings *f = NULL;
    static const char text[] = "key AKIA2E3MF7QWZKD5HJLN here";
    CHECK_INT(veil_scan(e, text, strlen(text), &f, NULL), VEIL_OK);
    veil_engine_free(e);
    CHECK_INT(veil_findings_len(f), 1);
    CHECK_STR(veil_findings_get(f, 0)->type, "AWS_ACCESS_KEY_ID");
    CHECK_STR(veil_findings_get(f, 0)->category, "secret");
    CHECK_STR(veil_findings_get(f, 0)->rule, "aws-access-key-id");
    veil_findings_free(f);
}

static void test_redact(void) {
    size_t len = 999;
    char *out = redact("My card is 4111 1111 1111 1111, mail me at ana@example.org", &len);
    CHECK_STR(out, "My card is [CREDIT_CARD], mail me at [EMAIL_ADDRESS]");
    CHECK_INT(len, strlen("My card is [CREDIT_CARD], mail me at [EMAIL_ADDRESS]"));
    veil_string_free(out);

    /* Nothing found: an identical copy. */
    out = redact("nothing to see here", &len);
    CHECK_STR(out, "nothing to see here");
    CHECK_INT(len, 19);
    veil_string_free(out);

    /* Empty input: an empty string, not NULL; text may be NULL. */
    out = STALE;
    len = 7;
    CHECK_INT(veil_redact(engine, NULL, 0, &out, &len, NULL), VEIL_OK);
    CHECK(out != NULL && out != STALE);
    CHECK_STR(out, "");
    CHECK_INT(len, 0);
    veil_string_free(out);

    /* out_len is optional. */
    out = NULL;
    CHECK_INT(veil_redact(engine, "ana@example.org", 15, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "[EMAIL_ADDRESS]");
    veil_string_free(out);

    /* Multi-byte text: offsets and replacement are byte-exact. */
    out = redact("我的手机是13812345678，谢谢", &len);
    CHECK_STR(out, "我的手机是[PHONE_NUMBER]，谢谢");
    CHECK_INT(len, strlen("我的手机是[PHONE_NUMBER]，谢谢"));
    veil_string_free(out);

    /* NUL bytes in the input survive; out_len counts past them. */
    static const char nul[] = "a\0b ana@example.org";
    static const char want[] = "a\0b [EMAIL_ADDRESS]";
    CHECK_INT(veil_redact(engine, nul, sizeof nul - 1, &out, &len, NULL), VEIL_OK);
    CHECK_INT(len, sizeof want - 1);
    CHECK(out != NULL && memcmp(out, want, sizeof want) == 0); /* includes the final NUL */
    veil_string_free(out);

    /* Errors: output arguments are cleared. */
    veil_error *err = STALE;
    out = STALE;
    len = 5;
    static const char bad[] = "abc\xff ana@example.org";
    CHECK_INT(veil_redact(engine, bad, sizeof bad - 1, &out, &len, &err), VEIL_ERR_UTF8);
    CHECK(out == NULL);
    CHECK_INT(len, 0);
    CHECK_INT(veil_error_code(err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 3");
    CHECK(strstr(veil_error_message(err), "ana@") == NULL); /* never echoes the text */
    veil_error_free(err);

    /* A truncated multi-byte sequence at the end is invalid too. */
    CHECK_INT(veil_redact(engine, "\xe6\x89", 2, &out, &len, NULL), VEIL_ERR_UTF8);

    err = STALE;
    CHECK_INT(veil_redact(NULL, "x", 1, &out, &len, &err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "engine");
    veil_error_free(err);
    CHECK_INT(veil_redact(engine, NULL, 3, &out, &len, NULL), VEIL_ERR_NULL);
    CHECK(out == NULL);
    CHECK_INT(veil_redact(engine, "x", 1, NULL, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_redact(engine, "x", SIZE_MAX, &out, &len, NULL), VEIL_ERR_INPUT);
    veil_string_free(NULL);
}

static void test_custom_policy(void) {
    static const char policy[] =
        "[detect]\n"
        "disable_types = [\"IP_ADDRESS\"]\n"
        "[types.CREDIT_CARD]\n"
        "operator = \"mask\"\n"
        "[types.EMAIL_ADDRESS]\n"
        "operator = \"placeholder\"\n"
        "[allow]\n"
        "values = [\"support@acme.example\"]\n"
        "[[deny]]\n"
        "type = \"PROJECT_NAME\"\n"
        "terms = [\"Bluebird\"]\n"
        "[[rule]]\n"
        "id = \"acme-employee-id\"\n"
        "type = \"ACME_EMPLOYEE_ID\"\n"
        "category = \"pii\"\n"
        "keywords = [\"ACME-\"]\n"
        "pattern = 'ACME-[0-9]{6}'\n";
    veil_error *err = STALE;
    veil_engine *e = veil_engine_new(policy, &err);
    CHECK(e != NULL);
    CHECK(err == NULL);
    if (e == NULL) {
        fprintf(stderr, "policy: %s\n", veil_error_message(err));
        veil_error_free(err);
        return;
    }
    static const char text[] =
        "card 4111 1111 1111 1111 at 10.0.0.1, mail a@b.example or support@acme.example, "
        "bluebird, ACME-123456";
    veil_findings *f = NULL;
    CHECK_INT(veil_scan(e, text, strlen(text), &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 4);
    if (veil_findings_len(f) == 4) {
        CHECK_STR(veil_findings_get(f, 0)->type, "CREDIT_CARD");
        CHECK_STR(veil_findings_get(f, 1)->type, "EMAIL_ADDRESS");
        CHECK_STR(veil_findings_get(f, 2)->type, "PROJECT_NAME");
        CHECK_STR(veil_findings_get(f, 2)->rule, "deny-project-name");
        CHECK_INT(veil_findings_get(f, 2)->start, 80);
        CHECK_INT(veil_findings_get(f, 2)->end, 88);
        CHECK(veil_findings_get(f, 2)->score == 1.0);
        CHECK_STR(veil_findings_get(f, 3)->type, "ACME_EMPLOYEE_ID");
        CHECK_STR(veil_findings_get(f, 3)->rule, "acme-employee-id");
        CHECK_INT(veil_findings_get(f, 3)->start, 90);
        CHECK_INT(veil_findings_get(f, 3)->end, 101);
    }
    veil_findings_free(f);

    char *out = NULL;
    size_t len = 0;
    CHECK_INT(veil_redact(e, text, strlen(text), &out, &len, NULL), VEIL_OK);
    CHECK_STR(out,
              "card **** **** **** 1111 at 10.0.0.1, mail <EMAIL_ADDRESS_1> or "
              "support@acme.example, [PROJECT_NAME], [ACME_EMPLOYEE_ID]");
    CHECK_INT(len, strlen(out));
    veil_string_free(out);
    veil_engine_free(e);
}

static void test_session(void) {
    veil_session *s = veil_session_new(engine);
    CHECK(s != NULL);
    char *out = NULL;
    size_t len = 0;
    veil_error *err = STALE;
    static const char prompt[] = "Email jane@example.com and jane@example.com, call +1 415-555-2671";
    CHECK_INT(veil_session_redact(s, prompt, strlen(prompt), &out, &len, &err), VEIL_OK);
    CHECK(err == NULL);
    CHECK_STR(out, "Email <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_1>, call <PHONE_NUMBER_1>");
    CHECK_INT(len, strlen(out));
    veil_string_free(out);

    /* Numbering continues across calls; known values keep their placeholder. */
    static const char second[] = "cc bob@example.org and jane@example.com";
    CHECK_INT(veil_session_redact(s, second, strlen(second), &out, &len, NULL), VEIL_OK);
    CHECK_STR(out, "cc <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>");
    veil_string_free(out);

    static const char answer[] =
        "Wrote to <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>; <PHONE_NUMBER_1> busy; <EMAIL_ADDRESS_9> "
        "unknown, <not a placeholder>";
    err = STALE;
    CHECK_INT(veil_session_restore(s, answer, strlen(answer), &out, &len, &err), VEIL_OK);
    CHECK(err == NULL);
    CHECK_STR(out,
              "Wrote to jane@example.com and bob@example.org; +1 415-555-2671 busy; "
              "<EMAIL_ADDRESS_9> unknown, <not a placeholder>");
    CHECK_INT(len, strlen(out));
    veil_string_free(out);

    /* Nothing to restore: a copy; empty input: an empty string. */
    CHECK_INT(veil_session_restore(s, "plain", 5, &out, &len, NULL), VEIL_OK);
    CHECK_STR(out, "plain");
    CHECK_INT(len, 5);
    veil_string_free(out);
    CHECK_INT(veil_session_restore(s, NULL, 0, &out, &len, NULL), VEIL_OK);
    CHECK_STR(out, "");
    CHECK_INT(len, 0);
    veil_string_free(out);
    CHECK_INT(veil_session_redact(s, NULL, 0, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "");
    veil_string_free(out);

    /* Errors. */
    err = STALE;
    out = STALE;
    len = 3;
    CHECK_INT(veil_session_redact(s, "\xc0\xaf", 2, &out, &len, &err), VEIL_ERR_UTF8);
    CHECK(out == NULL);
    CHECK_INT(len, 0);
    CHECK_CONTAINS(veil_error_message(err), "offset 0");
    veil_error_free(err);
    err = STALE;
    CHECK_INT(veil_session_restore(s, "ok <EMAIL_ADDRESS_1> \xff", 22, &out, &len, &err),
              VEIL_ERR_UTF8);
    CHECK_INT(veil_error_code(err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 21");
    veil_error_free(err);
    CHECK_INT(veil_session_redact(NULL, "x", 1, &out, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_session_restore(NULL, "x", 1, &out, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_session_redact(s, "x", 1, NULL, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_session_restore(s, "x", 1, NULL, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_session_redact(s, NULL, 2, &out, &len, NULL), VEIL_ERR_NULL);
    CHECK_INT(veil_session_restore(s, NULL, 2, &out, &len, NULL), VEIL_ERR_NULL);
    CHECK(veil_session_new(NULL) == NULL);
    veil_session_free(NULL);

    /* The session still works after errors. */
    CHECK_INT(veil_session_restore(s, "<PHONE_NUMBER_1>", 16, &out, &len, NULL), VEIL_OK);
    CHECK_STR(out, "+1 415-555-2671");
    veil_string_free(out);
    veil_session_free(s);

    /* Sessions are independent. */
    veil_session *a = veil_session_new(engine), *b = veil_session_new(engine);
    CHECK_INT(veil_session_redact(a, "x@y.example", 11, &out, NULL, NULL), VEIL_OK);
    veil_string_free(out);
    CHECK_INT(veil_session_restore(b, "<EMAIL_ADDRESS_1>", 17, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "<EMAIL_ADDRESS_1>");
    veil_string_free(out);
    veil_session_free(a);
    veil_session_free(b);
}

static void test_session_json(void) {
    veil_session *s = veil_session_new(engine);
    char *out = NULL, *json = NULL;
    size_t json_len = 0;
    CHECK_INT(veil_session_redact(s, "mail ana@example.org", 20, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "mail <EMAIL_ADDRESS_1>");
    veil_string_free(out);

    veil_error *err = STALE;
    CHECK_INT(veil_session_to_json(s, &json, &json_len, &err), VEIL_OK);
    CHECK(err == NULL);
    CHECK_CONTAINS(json, "\"veil-session\"");
    CHECK_CONTAINS(json, "ana@example.org");
    CHECK_INT(json_len, strlen(json));
    veil_session_free(s);

    /* A new session (new engine, too) from the JSON restores and continues the numbering. */
    veil_engine *e = veil_engine_new(NULL, NULL);
    err = STALE;
    veil_session *back = veil_session_from_json(e, json, json_len, &err);
    CHECK(back != NULL);
    CHECK(err == NULL);
    veil_engine_free(e); /* the session keeps the engine alive */
    CHECK_INT(veil_session_restore(back, "to <EMAIL_ADDRESS_1>", 20, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "to ana@example.org");
    veil_string_free(out);
    CHECK_INT(veil_session_redact(back, "bob@example.org or ana@example.org", 34, &out, NULL,
                                  NULL),
              VEIL_OK);
    CHECK_STR(out, "<EMAIL_ADDRESS_2> or <EMAIL_ADDRESS_1>");
    veil_string_free(out);
    char *json2 = NULL;
    CHECK_INT(veil_session_to_json(back, &json2, NULL, NULL), VEIL_OK);
    CHECK_CONTAINS(json2, "bob@example.org");
    veil_string_free(json2);
    veil_session_free(back);

    /* Errors. */
    struct {
        const char *json;
        int code;
        const char *in_message;
    } bad[] = {
        {"{}", VEIL_ERR_SESSION, "session"},
        {"not json", VEIL_ERR_SESSION, "not a veil session"},
        {"{\"format\":\"other\",\"version\":1,\"entries\":[]}", VEIL_ERR_SESSION, "other"},
        {"{\"format\":\"veil-session\",\"version\":1,\"entries\":[\xff]}", VEIL_ERR_UTF8, "offset 48"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err = STALE;
        CHECK(veil_session_from_json(engine, bad[i].json, strlen(bad[i].json), &err) == NULL);
        CHECK_INT(veil_error_code(err), bad[i].code);
        CHECK_CONTAINS(veil_error_message(err), bad[i].in_message);
        veil_error_free(err);
    }
    CHECK(veil_session_from_json(NULL, json, json_len, NULL) == NULL);
    err = STALE;
    CHECK(veil_session_from_json(engine, NULL, 4, &err) == NULL);
    CHECK_INT(veil_error_code(err), VEIL_ERR_NULL);
    veil_error_free(err);
    CHECK(veil_session_from_json(engine, NULL, 0, NULL) == NULL); /* "" is not JSON */
    veil_string_free(json);

    CHECK_INT(veil_session_to_json(NULL, &json, NULL, NULL), VEIL_ERR_NULL);
    CHECK(json == NULL);
    s = veil_session_new(engine);
    CHECK_INT(veil_session_to_json(s, NULL, NULL, NULL), VEIL_ERR_NULL);
    veil_session_free(s);
}

static void test_error_accessors(void) {
    CHECK(veil_error_message(NULL) == NULL);
    CHECK_INT(veil_error_code(NULL), VEIL_ERR_NULL);
    veil_error_free(NULL);
    /* The codes are distinct and negative. */
    int codes[] = {VEIL_ERR_NULL,  VEIL_ERR_UTF8,  VEIL_ERR_POLICY, VEIL_ERR_SESSION,
                   VEIL_ERR_PANIC, VEIL_ERR_INPUT, VEIL_ERR_IO};
    size_t n = sizeof codes / sizeof codes[0];
    CHECK_INT(VEIL_OK, 0);
    for (size_t i = 0; i < n; i++) {
        CHECK(codes[i] < 0);
        for (size_t j = i + 1; j < n; j++) {
            CHECK(codes[i] != codes[j]);
        }
    }
}

/* 10 MB of prose with an email at the start of every MiB. */
static void test_large_input(void) {
    const size_t size = 10u * 1024u * 1024u;
    static const char filler[] = "The quick brown fox jumps over the lazy dog. ";
    static const char email[] = " jane.doe@example.com "; /* value at +1 .. +21 */
    char *big = malloc(size);
    CHECK(big != NULL);
    if (big == NULL) {
        return;
    }
    for (size_t i = 0; i < size; i++) {
        big[i] = filler[i % (sizeof filler - 1)];
    }
    const size_t n = 10, stride = 1024u * 1024u;
    for (size_t k = 0; k < n; k++) {
        memcpy(big + k * stride, email, sizeof email - 1);
    }

    veil_findings *f = NULL;
    CHECK_INT(veil_scan(engine, big, size, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), n);
    int spans_ok = veil_findings_len(f) == n;
    for (size_t k = 0; k < veil_findings_len(f); k++) {
        const veil_finding *x = veil_findings_get(f, k);
        spans_ok &= x->start == k * stride + 1 && x->end == k * stride + 21 &&
                    strcmp(x->type, "EMAIL_ADDRESS") == 0;
    }
    CHECK(spans_ok);
    veil_findings_free(f);

    /* Redact: every 20-byte value becomes the 15-byte label. */
    char *out = NULL;
    size_t len = 0;
    CHECK_INT(veil_redact(engine, big, size, &out, &len, NULL), VEIL_OK);
    CHECK_INT(len, size - n * 5);
    CHECK(out != NULL && memcmp(out, " [EMAIL_ADDRESS] ", 17) == 0);
    CHECK(out != NULL && memcmp(out + 17, big + 22, stride - 22) == 0);
    CHECK(out != NULL && out[len] == '\0');
    veil_string_free(out);

    /* Session round trip restores the exact 10 MB. */
    veil_session *s = veil_session_new(engine);
    char *restored = NULL;
    size_t restored_len = 0;
    CHECK_INT(veil_session_redact(s, big, size, &out, &len, NULL), VEIL_OK);
    CHECK_INT(len, size - n * 3); /* <EMAIL_ADDRESS_1> is 17 bytes, every time */
    CHECK_INT(veil_session_restore(s, out, len, &restored, &restored_len, NULL), VEIL_OK);
    CHECK_INT(restored_len, size);
    CHECK(restored != NULL && memcmp(restored, big, size) == 0);
    veil_string_free(out);
    veil_string_free(restored);
    veil_session_free(s);

    /* Clean 10 MB: nothing found, an identical copy. */
    for (size_t k = 0; k < n; k++) {
        memcpy(big + k * stride, filler, sizeof email - 1);
    }
    CHECK_INT(veil_scan(engine, big, size, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 0);
    veil_findings_free(f);
    CHECK_INT(veil_redact(engine, big, size, &out, &len, NULL), VEIL_OK);
    CHECK_INT(len, size);
    CHECK(out != NULL && memcmp(out, big, size) == 0);
    veil_string_free(out);
    free(big);
}

int main(void) {
    test_version();
    test_engine_new();
    if (engine == NULL) {
        return harness_report("test_veil");
    }
    test_scan_known_spans();
    test_scan_errors();
    test_scan_invalid_utf8();
    test_findings_outlive_engine();
    test_redact();
    test_custom_policy();
    test_session();
    test_session_json();
    test_error_accessors();
    test_large_input();
    veil_engine_free(engine);
    return harness_report("test_veil");
}
