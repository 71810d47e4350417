/* Tests of the streaming functions of veil.h (veil_stream_*): a streamed redaction or restore
 * equals the whole-text call (veil_redact, veil_session_restore) for every cut point and byte
 * by byte on known texts, and for a seeded random chunking of every corpus document; findings
 * and their offsets, the block action, invalid UTF-8 (strict and lossy), reuse after finish,
 * NULL in every argument, and streams on one engine from several threads.
 *
 * Usage: test_stream [DOCS.jsonl [STEP]] -- the corpus documents (default
 * corpus/labelled/docs.jsonl), every STEP-th one (default 1). Built and run by
 * scripts/test-ffi.sh (under valgrind with a larger STEP). */
#include "veil.h"

#include "harness.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

/* A sentinel that a call must overwrite. */
#define STALE ((void *)(uintptr_t)0x1)

/* A text with its length: the texts may hold NUL bytes. */
#define T(s) {s, sizeof s - 1}

struct text {
    const char *data;
    size_t len;
};

static veil_engine *engine;

/* A growable byte buffer. */
typedef struct {
    char *data;
    size_t len, cap;
} buf;

static void buf_add(buf *b, const char *p, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *data = realloc(b->data, cap);
        if (data == NULL) {
            fprintf(stderr, "out of memory\n");
            exit(2);
        }
        b->data = data;
        b->cap = cap;
    }
    if (n > 0) {
        memcpy(b->data + b->len, p, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_clear(buf *b) {
    b->len = 0;
    if (b->data != NULL) {
        b->data[0] = '\0';
    }
}

static void buf_free(buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static int buf_eq(const buf *b, const char *p, size_t n) {
    return b->len == n && (n == 0 || memcmp(b->data, p, n) == 0);
}

/* Appends the output of a call (its status `rc`, its `*out` and `*out_len`, read after the
 * call) to `b` and frees it; 0 when the call failed or its output is malformed (NULL, not
 * NUL-terminated). */
static int take(buf *b, int rc, char **out, const size_t *out_len) {
    int ok = rc == VEIL_OK && *out != NULL && *out != STALE && (*out)[*out_len] == '\0';
    if (ok) {
        buf_add(b, *out, *out_len);
    }
    if (*out != STALE) {
        veil_string_free(*out);
    }
    *out = STALE;
    return ok;
}

/* Pushes text[prev..cut) for each cut (ascending), then the rest, then finishes; the outputs
 * go to `got`. Returns 1 when every call succeeded. */
static int stream_cuts(veil_stream *s, const char *text, size_t len, const size_t *cuts,
                       size_t ncuts, buf *got) {
    size_t prev = 0;
    int ok = 1;
    buf_clear(got);
    for (size_t i = 0; i <= ncuts; i++) {
        size_t cut = i < ncuts ? cuts[i] : len;
        char *out = STALE;
        size_t out_len = 0;
        int rc = veil_stream_push(s, text + prev, cut - prev, &out, &out_len, NULL);
        ok &= take(got, rc, &out, &out_len);
        prev = cut;
    }
    char *out = STALE;
    size_t out_len = 0;
    int rc = veil_stream_finish(s, &out, &out_len, NULL);
    ok &= take(got, rc, &out, &out_len);
    return ok;
}

/* The whole-text redaction of `text`, or 0 on failure. */
static int redact_whole(const char *text, size_t len, buf *want) {
    char *out = NULL;
    size_t out_len = 0;
    buf_clear(want);
    return take(want, veil_redact(engine, text, len, &out, &out_len, NULL), &out, &out_len);
}

static int restore_whole(veil_session *session, const char *text, size_t len, buf *want) {
    char *out = NULL;
    size_t out_len = 0;
    buf_clear(want);
    return take(want, veil_session_restore(session, text, len, &out, &out_len, NULL), &out,
                &out_len);
}

static void show_mismatch(const char *what, size_t index, const char *how, const buf *got,
                          const buf *want) {
    fprintf(stderr, "%s #%zu (%s):\n  got  \"%.*s\"\n  want \"%.*s\"\n", what, index, how,
            (int)got->len, got->data ? got->data : "", (int)want->len,
            want->data ? want->data : "");
}

/* Streams `text` through `s` cut at every single point, then byte by byte; returns the
 * number of results that differ from `want` (or failed). */
static long every_chunking(veil_stream *s, const char *what, size_t index, const char *text,
                           size_t len, const buf *want) {
    buf got = {0};
    long bad = 0;
    for (size_t cut = 0; cut <= len; cut++) {
        if (!stream_cuts(s, text, len, &cut, 1, &got) || !buf_eq(&got, want->data, want->len)) {
            if (bad++ == 0) {
                char how[64];
                snprintf(how, sizeof how, "cut at %zu", cut);
                show_mismatch(what, index, how, &got, want);
            }
        }
    }
    size_t *cuts = malloc((len + 1) * sizeof *cuts);
    for (size_t i = 0; i < len; i++) {
        cuts[i] = i + 1;
    }
    if (!stream_cuts(s, text, len, cuts, len, &got) || !buf_eq(&got, want->data, want->len)) {
        bad++;
        show_mismatch(what, index, "byte by byte", &got, want);
    }
    free(cuts);
    buf_free(&got);
    return bad;
}

#define PEM                                                                                  \
    "-----BEGIN RSA PRIVATE KEY-----\n"                                                      \
    "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"                     \
    "KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n"                                         \
    "-----END RSA PRIVATE KEY-----"

static const struct text texts[] = {
    T("Contact: jane.doe@example.com. Or ana@exa-mple.org, cc bob+x@corp.example.co.uk!"),
    T("Call me at +1 415-555-2671 or (415) 555-2671; office 020 7946 0958, mobile 07700 "
      "900123, 12 apples"),
    T("我的手机是13812345678，谢谢。电话：１３８１２３４５６７８。身份证号11010519491231002X"),
    T("emoji \xf0\x9f\x98\x80 then \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb mail "
      "ana@example.org \xf0\x9f\x8e\x89 call 138 1234 5678 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd "
      "caf\x65\xcc\x81"),
    T("key:\n" PEM "\nend, and another " PEM),
    T("keys: AKIA5ZEOF52DCUAE26IU and ghp_R7kQ2mZ9xW4vB8nL3pT6yH1cJ5dF0gS2aE9u, "
      "sk-proj-abcDEF1234567890abcdefGHIJKLmnopqrstuvwxYZ0123456789abcd, jwt "
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
      ", password = \"hunter2-Xy9!kq\"\naws_secret_access_key = "
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"),
    T("card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 536-22-8726, ip "
      "192.168.10.21 and 2001:db8::8a2e:370:7334"),
    T("a\0b ana@example.org \0 then <EMAIL_ADDRESS_1>"),
    T("nothing to see here"),
    T(""),
};
#define NTEXTS (sizeof texts / sizeof texts[0])

/* "TYPE/category/rule:start-end;" for each finding that is not the prompt guard's. */
static void signature(const veil_findings *f, buf *out) {
    buf_clear(out);
    buf_add(out, "", 0);
    for (size_t i = 0; i < veil_findings_len(f); i++) {
        const veil_finding *x = veil_findings_get(f, i);
        if (strcmp(x->category, "injection") == 0) {
            continue;
        }
        char line[256];
        int n = snprintf(line, sizeof line, "%s/%s/%s:%zu-%zu;", x->type, x->category, x->rule,
                         x->start, x->end);
        buf_add(out, line, (size_t)n);
    }
}

static void test_texts_redact(void) {
    veil_error *err = STALE;
    veil_stream *s = veil_stream_redact_new(engine, &err);
    CHECK(s != NULL);
    CHECK(err == NULL);
    buf want = {0}, got = {0}, sig_scan = {0}, sig_stream = {0};
    for (size_t i = 0; i < NTEXTS; i++) {
        const struct text *t = &texts[i];
        CHECK(redact_whole(t->data, t->len, &want));
        CHECK_INT(every_chunking(s, "redact text", i, t->data, t->len, &want), 0);

        /* The findings of a stream (after finish) are veil_scan's, offsets into the input. */
        size_t *cuts = malloc((t->len + 1) * sizeof *cuts);
        for (size_t c = 0; c < t->len; c++) {
            cuts[c] = c + 1;
        }
        CHECK(stream_cuts(s, t->data, t->len, cuts, t->len, &got));
        free(cuts);
        veil_findings *scanned = NULL, *streamed = STALE;
        CHECK_INT(veil_scan(engine, t->data, t->len, &scanned, NULL), VEIL_OK);
        err = STALE;
        CHECK_INT(veil_stream_findings(s, &streamed, &err), VEIL_OK);
        CHECK(err == NULL);
        signature(scanned, &sig_scan);
        signature(streamed, &sig_stream);
        CHECK_STR(sig_stream.data, sig_scan.data);
        CHECK_INT(veil_stream_blocked(s), 0);
        CHECK_INT(veil_stream_pending(s), 0);
        veil_findings_free(scanned);
        veil_findings_free(streamed);
    }
    /* Spot checks of the expected texts themselves. */
    CHECK(redact_whole(texts[4].data, texts[4].len, &want));
    CHECK_STR(want.data, "key:\n[PRIVATE_KEY]\nend, and another [PRIVATE_KEY]");
    CHECK(redact_whole(texts[0].data, texts[0].len, &want));
    CHECK_STR(want.data, "Contact: [EMAIL_ADDRESS]. Or [EMAIL_ADDRESS], cc [EMAIL_ADDRESS]!");
    buf_free(&want);
    buf_free(&got);
    buf_free(&sig_scan);
    buf_free(&sig_stream);
    veil_stream_free(s);
}

static void test_texts_restore(void) {
    buf sent = {0}, want = {0};
    for (size_t i = 0; i < NTEXTS; i++) {
        const struct text *t = &texts[i];
        veil_session *session = veil_session_new(engine);
        char *out = NULL;
        size_t out_len = 0;
        buf_clear(&sent);
        CHECK(take(&sent, veil_session_redact(session, t->data, t->len, &out, &out_len, NULL),
                   &out, &out_len));
        veil_error *err = STALE;
        veil_stream *s = veil_stream_restore_new(session, &err);
        CHECK(s != NULL);
        CHECK(err == NULL);
        CHECK(restore_whole(session, sent.data, sent.len, &want));
        /* The round trip is exact, except that a placeholder-like text in the prompt
         * (texts[7]) comes back as the value it stands for. */
        CHECK(buf_eq(&want, t->data, t->len) == (i != 7));
        CHECK_INT(every_chunking(s, "restore text", i, sent.data, sent.len, &want), 0);
        veil_session_free(session);
        veil_stream_free(s);
    }

    /* An answer that repeats, nests and mangles placeholders. */
    veil_session *session = veil_session_new(engine);
    static const char prompt[] = "mail ana@example.org or bob@example.org, call +1 415-555-2671";
    char *out = NULL;
    CHECK_INT(veil_session_redact(session, prompt, strlen(prompt), &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>, call <PHONE_NUMBER_1>");
    veil_string_free(out);
    veil_stream *s = veil_stream_restore_new(session, NULL);
    static const char answer[] =
        "To <EMAIL_ADDRESS_2> and <<EMAIL_ADDRESS_1>>, <PHONE_NUMBER_1><PHONE_NUMBER_1> "
        "<EMAIL_ADDRESS_3> <EMAIL_ADDRESS_ <PHONE_NUMBER_1 > a < b > c <EMAIL_ADDRESS_1";
    CHECK(restore_whole(session, answer, strlen(answer), &want));
    CHECK_STR(want.data,
              "To bob@example.org and <ana@example.org>, +1 415-555-2671+1 415-555-2671 "
              "<EMAIL_ADDRESS_3> <EMAIL_ADDRESS_ <PHONE_NUMBER_1 > a < b > c <EMAIL_ADDRESS_1");
    CHECK_INT(every_chunking(s, "restore answer", 0, answer, strlen(answer), &want), 0);

    /* The stream holds only a possible placeholder, and keeps its copy of the session. */
    char *o = NULL;
    size_t o_len = 0;
    CHECK_INT(veil_stream_push(s, "Sent to <EMAIL", 14, &o, &o_len, NULL), VEIL_OK);
    CHECK_STR(o, "Sent to ");
    CHECK_INT(o_len, 8);
    veil_string_free(o);
    CHECK_INT(veil_stream_pending(s), 6);
    CHECK_INT(veil_stream_blocked(s), 0);
    veil_findings *f = STALE;
    CHECK_INT(veil_stream_findings(s, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 0); /* a restore stream has no findings */
    veil_findings_free(f);
    CHECK_INT(veil_session_redact(session, "carol@example.org", 17, &out, NULL, NULL), VEIL_OK);
    CHECK_STR(out, "<EMAIL_ADDRESS_3>");
    veil_string_free(out);
    veil_session_free(session);
    CHECK_INT(veil_stream_push(s, "_ADDRESS_1>, <EMAIL_ADDRESS_3>.", 31, &o, NULL, NULL),
              VEIL_OK);
    CHECK_STR(o, "ana@example.org, <EMAIL_ADDRESS_3>.");
    veil_string_free(o);
    CHECK_INT(veil_stream_finish(s, &o, &o_len, NULL), VEIL_OK);
    CHECK_STR(o, "");
    CHECK_INT(o_len, 0);
    veil_string_free(o);
    veil_stream_free(s);
    buf_free(&sent);
    buf_free(&want);
}

/* splitmix64, for chunk sizes. */
static uint64_t rng_state = 2024;
static uint64_t rng_next(void) {
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Random cut points in 0..len, chunks of 1..max bytes; returns how many. */
static size_t random_cuts(size_t len, size_t max, size_t *cuts) {
    size_t n = 0, at = 0;
    while (at < len) {
        at += 1 + (size_t)(rng_next() % max);
        cuts[n++] = at < len ? at : len;
    }
    return n;
}

/* Reads a whole file; NULL when it cannot. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_add(&b, chunk, n);
    }
    fclose(f);
    *len = b.len;
    return b.data;
}

/* A minimal JSON reader: enough to take one string field out of a JSON Lines record. */
static const char *json_ws(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
        p++;
    }
    return p;
}

static int hex4(const char *p, const char *end, unsigned *v) {
    *v = 0;
    for (int i = 0; i < 4; i++) {
        if (p + i >= end) {
            return 0;
        }
        char c = p[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                            : 16;
        if (d == 16) {
            return 0;
        }
        *v = *v * 16 + d;
    }
    return 1;
}

static void utf8_add(buf *out, unsigned cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    buf_add(out, u, n);
}

/* Reads the string at `p` (its opening quote) into `out` (when not NULL), decoding escapes;
 * returns the position after the closing quote, or NULL when malformed. */
static const char *json_string(const char *p, const char *end, buf *out) {
    if (p >= end || *p != '"') {
        return NULL;
    }
    p++;
    while (p < end && *p != '"') {
        if (*p != '\\') {
            const char *q = p;
            while (q < end && *q != '"' && *q != '\\') {
                q++;
            }
            if (out != NULL) {
                buf_add(out, p, (size_t)(q - p));
            }
            p = q;
            continue;
        }
        if (++p >= end) {
            return NULL;
        }
        const char *simple = strchr("\"\\/bfnrt", *p);
        if (*p != '\0' && simple != NULL) {
            static const char decoded[] = "\"\\/\b\f\n\r\t";
            if (out != NULL) {
                buf_add(out, &decoded[simple - "\"\\/bfnrt"], 1);
            }
            p++;
            continue;
        }
        if (*p != 'u') {
            return NULL;
        }
        unsigned cp, lo;
        if (!hex4(p + 1, end, &cp)) {
            return NULL;
        }
        p += 5;
        if (cp >= 0xD800 && cp < 0xDC00 && p + 6 <= end && p[0] == '\\' && p[1] == 'u' &&
            hex4(p + 2, end, &lo) && lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD; /* a lone surrogate */
        }
        if (out != NULL) {
            utf8_add(out, cp);
        }
    }
    return p < end ? p + 1 : NULL;
}

/* Skips the value at `p`; returns the position after it, or NULL when malformed. */
static const char *json_skip(const char *p, const char *end, int depth) {
    p = json_ws(p, end);
    if (p >= end || depth > 64) {
        return NULL;
    }
    if (*p == '"') {
        return json_string(p, end, NULL);
    }
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p = json_ws(p + 1, end);
        if (p < end && *p == close) {
            return p + 1;
        }
        for (;;) {
            if (close == '}') {
                p = json_string(json_ws(p, end), end, NULL);
                p = p ? json_ws(p, end) : NULL;
                if (p == NULL || p >= end || *p != ':') {
                    return NULL;
                }
                p++;
            }
            p = json_skip(p, end, depth + 1);
            p = p ? json_ws(p, end) : NULL;
            if (p == NULL || p >= end) {
                return NULL;
            }
            if (*p == close) {
                return p + 1;
            }
            if (*p != ',') {
                return NULL;
            }
            p++;
        }
    }
    const char *q = p;
    while (q < end && strchr(",}] \t\r\n", *q) == NULL) {
        q++;
    }
    return q > p ? q : NULL;
}

/* The string field `name` of the JSON object in [p, end) into `out`; 1 when found. */
static int json_field(const char *p, const char *end, const char *name, buf *out) {
    buf key = {0};
    int found = 0;
    p = json_ws(p, end);
    if (p >= end || *p != '{') {
        return 0;
    }
    p = json_ws(p + 1, end);
    while (p != NULL && p < end && *p != '}') {
        buf_clear(&key);
        buf_add(&key, "", 0);
        p = json_string(p, end, &key);
        p = p ? json_ws(p, end) : NULL;
        if (p == NULL || p >= end || *p != ':') {
            break;
        }
        p = json_ws(p + 1, end);
        if (strcmp(key.data, name) == 0 && p < end && *p == '"') {
            buf_clear(out);
            found = json_string(p, end, out) != NULL;
            break;
        }
        p = json_skip(p, end, 0);
        p = p ? json_ws(p, end) : NULL;
        if (p != NULL && p < end && *p == ',') {
            p = json_ws(p + 1, end);
        }
    }
    buf_free(&key);
    return found;
}

static void test_json_reader(void) {
    static const char line[] = "{\"id\": \"x\", \"meta\": {\"text\": \"no\", \"a\": [1, {\"b\": null}]}, "
                               "\"n\": -1.5e3, \"text\": \"a\\\"b\\\\c\\n\\u00e9\\u4e2d"
                               "\\ud83d\\ude00\\/\", \"z\": true}";
    buf out = {0};
    CHECK(json_field(line, line + strlen(line), "text", &out));
    CHECK_STR(out.data, "a\"b\\c\n\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80/");
    static const char no_text[] = "{\"id\": 1}";
    CHECK(!json_field(no_text, no_text + strlen(no_text), "text", &out));
    buf_free(&out);
}

static void test_corpus(const char *path, size_t step) {
    size_t size = 0;
    char *data = read_file(path, &size);
    CHECK(data != NULL);
    if (data == NULL) {
        fprintf(stderr, "cannot read %s\n", path);
        return;
    }
    veil_stream *s = veil_stream_redact_new(engine, NULL); /* one stream for every document */
    buf text = {0}, want = {0}, got = {0}, sent = {0};
    size_t *cuts = NULL, cuts_cap = 0;
    long lines = 0, parsed = 0, redacted = 0, restored = 0, bad = 0;
    for (const char *p = data, *end = data + size; p < end; lines++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        const char *line = p;
        p = nl ? nl + 1 : end;
        if (lines % (long)step != 0 || json_ws(line, line_end) == line_end) {
            continue;
        }
        if (!json_field(line, line_end, "text", &text)) {
            fprintf(stderr, "%s:%ld: no \"text\" string\n", path, lines + 1);
            bad++;
            continue;
        }
        parsed++;
        if (cuts_cap < text.len + 1) {
            cuts_cap = text.len + 1;
            free(cuts);
            cuts = malloc(cuts_cap * sizeof *cuts);
        }
        /* Tiny SSE-like chunks, medium ones and large ones, in turn. */
        static const size_t max_chunk[] = {6, 64, 700};
        size_t max = max_chunk[lines % 3];
        size_t n = random_cuts(text.len, max, cuts);
        if (!redact_whole(text.data, text.len, &want) ||
            !stream_cuts(s, text.data, text.len, cuts, n, &got) ||
            !buf_eq(&got, want.data, want.len)) {
            if (bad++ < 3) {
                show_mismatch("corpus line", (size_t)lines + 1, "redact, random chunks", &got,
                              &want);
            }
            continue;
        }
        redacted++;
        if (parsed % 3 != 1) {
            continue;
        }
        /* The answer path: the prompt redacted in a session, then restored as a stream. */
        veil_session *session = veil_session_new(engine);
        char *out = NULL;
        size_t out_len = 0;
        buf_clear(&sent);
        int ok = take(&sent, veil_session_redact(session, text.data, text.len, &out, &out_len,
                                                 NULL),
                      &out, &out_len);
        veil_stream *r = veil_stream_restore_new(session, NULL);
        if (cuts_cap < sent.len + 1) {
            cuts_cap = sent.len + 1;
            free(cuts);
            cuts = malloc(cuts_cap * sizeof *cuts);
        }
        n = random_cuts(sent.len, max_chunk[(lines / 3) % 3], cuts);
        ok = ok && restore_whole(session, sent.data, sent.len, &want) &&
             stream_cuts(r, sent.data, sent.len, cuts, n, &got) &&
             buf_eq(&got, want.data, want.len);
        if (ok) {
            restored++;
        } else if (bad++ < 3) {
            show_mismatch("corpus line", (size_t)lines + 1, "restore, random chunks", &got,
                          &want);
        }
        veil_stream_free(r);
        veil_session_free(session);
    }
    CHECK_INT(bad, 0);
    CHECK(parsed > 0);
    CHECK(lines >= 2500); /* the corpus is all there */
    CHECK_INT(redacted, parsed);
    CHECK(restored >= parsed / 3);
    printf("corpus: %ld of %ld documents streamed (%ld restored) like the whole text\n", redacted,
           lines, restored);
    free(cuts);
    buf_free(&text);
    buf_free(&want);
    buf_free(&got);
    buf_free(&sent);
    veil_stream_free(s);
    free(data);
}

static void test_invalid_utf8(void) {
    veil_stream *s = veil_stream_redact_new(engine, NULL);
    buf got = {0};
    char *out = STALE;
    size_t out_len = 7;
    veil_error *err = STALE;

    /* A character cut between chunks is joined. */
    CHECK(take(&got, veil_stream_push(s, "mail ana@example.org \xe4\xbd", 23, &out, &out_len, NULL),
               &out, &out_len));
    CHECK(take(&got, veil_stream_push(s, "\xa0 ok ", 5, &out, &out_len, NULL), &out, &out_len));
    size_t pending = veil_stream_pending(s);

    /* Invalid: VEIL_ERR_UTF8 with the offset in the whole input; the chunk is not taken. */
    out = STALE;
    out_len = 7;
    CHECK_INT(veil_stream_push(s, "ab\xff cd", 6, &out, &out_len, &err), VEIL_ERR_UTF8);
    CHECK(out == NULL);
    CHECK_INT(out_len, 0);
    CHECK_INT(veil_error_code(err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 30");
    CHECK(strstr(veil_error_message(err), "ana@") == NULL); /* never echoes the text */
    veil_error_free(err);
    CHECK_INT(veil_stream_pending(s), pending);
    /* The same chunk, lossy. */
    err = STALE;
    CHECK(take(&got, veil_stream_push_lossy(s, "ab\xff cd", 6, &out, &out_len, &err), &out,
               &out_len));
    CHECK(err == NULL);
    /* An invalid sequence that starts in the bytes held from the previous chunk. */
    CHECK(take(&got, veil_stream_push(s, " \xe4\xbd", 3, &out, &out_len, NULL), &out, &out_len));
    err = NULL;
    CHECK_INT(veil_stream_push(s, "x 415-555-2671", 14, &out, &out_len, &err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 35"); /* where the held bytes start */
    veil_error_free(err);
    CHECK(take(&got, veil_stream_push_lossy(s, "x 415-555-2671", 14, &out, &out_len, NULL), &out,
               &out_len));
    /* The input ends inside a character: strict finish fails and does not finish. */
    CHECK(take(&got, veil_stream_push(s, " end\xf0\x9f", 6, &out, &out_len, NULL), &out, &out_len));
    err = NULL;
    out = STALE;
    CHECK_INT(veil_stream_finish(s, &out, &out_len, &err), VEIL_ERR_UTF8);
    CHECK(out == NULL);
    CHECK_INT(veil_error_code(err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 55");
    veil_error_free(err);
    CHECK(veil_stream_pending(s) > 0);
    /* The rest of the character arrives after all. */
    CHECK(take(&got, veil_stream_push(s, "\x98\x80", 2, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_finish(s, &out, &out_len, NULL), &out, &out_len));
    CHECK_STR(got.data, "mail [EMAIL_ADDRESS] \xe4\xbd\xa0 ok ab\xef\xbf\xbd cd "
                        "\xef\xbf\xbdx [PHONE_NUMBER] end\xf0\x9f\x98\x80");
    CHECK_INT(veil_stream_pending(s), 0);

    /* A lossy finish turns an unfinished character into U+FFFD. */
    buf_clear(&got);
    CHECK(take(&got, veil_stream_push(s, "abc\xe4\xbd", 5, &out, &out_len, NULL), &out, &out_len));
    CHECK_INT(veil_stream_finish(s, &out, &out_len, NULL), VEIL_ERR_UTF8);
    CHECK(take(&got, veil_stream_finish_lossy(s, &out, &out_len, NULL), &out, &out_len));
    CHECK_STR(got.data, "abc\xef\xbf\xbd");

    /* Lossy equals a lossy decoding of the whole input (the invalid bytes' shapes of
     * String::from_utf8_lossy), at every cut point. */
    static const char bad[] = "\xff\xfe mail ana@example.org \xc3 call 415-555-2671 \x80 \xe6\x89";
    static const char want[] = "\xef\xbf\xbd\xef\xbf\xbd mail [EMAIL_ADDRESS] \xef\xbf\xbd call "
                               "[PHONE_NUMBER] \xef\xbf\xbd \xef\xbf\xbd";
    long mismatches = 0;
    for (size_t cut = 0; cut <= sizeof bad - 1; cut++) {
        buf_clear(&got);
        int ok = take(&got, veil_stream_push_lossy(s, bad, cut, &out, &out_len, NULL), &out,
                      &out_len);
        ok &= take(&got,
                   veil_stream_push_lossy(s, bad + cut, sizeof bad - 1 - cut, &out, &out_len, NULL),
                   &out, &out_len);
        ok &= take(&got, veil_stream_finish_lossy(s, &out, &out_len, NULL), &out, &out_len);
        if (!ok || !buf_eq(&got, want, sizeof want - 1)) {
            mismatches++;
        }
    }
    CHECK_INT(mismatches, 0);

    /* A restore stream checks UTF-8 the same way. */
    veil_session *session = veil_session_new(engine);
    veil_stream *r = veil_stream_restore_new(session, NULL);
    veil_session_free(session);
    err = NULL;
    CHECK_INT(veil_stream_push(r, "ok <EMAIL_ADDRESS_1> \xff", 22, &out, &out_len, &err),
              VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 21");
    veil_error_free(err);
    buf_clear(&got);
    CHECK(take(&got, veil_stream_push_lossy(r, "ok \xff \xc3", 6, &out, &out_len, NULL), &out,
               &out_len));
    err = NULL;
    CHECK_INT(veil_stream_finish(r, &out, &out_len, &err), VEIL_ERR_UTF8);
    CHECK_CONTAINS(veil_error_message(err), "offset 5");
    veil_error_free(err);
    CHECK(take(&got, veil_stream_finish_lossy(r, &out, &out_len, NULL), &out, &out_len));
    CHECK_STR(got.data, "ok \xef\xbf\xbd \xef\xbf\xbd");
    veil_stream_free(r);
    veil_stream_free(s);
    buf_free(&got);
}

static void test_reuse_and_policy(void) {
    static const char policy[] = "[types.EMAIL_ADDRESS]\n"
                                 "operator = \"placeholder\"\n"
                                 "[types.CREDIT_CARD]\n"
                                 "operator = \"mask\"\n"
                                 "action = \"block\"\n";
    veil_engine *e = veil_engine_new(policy, NULL);
    CHECK(e != NULL);
    veil_stream *s = veil_stream_redact_new(e, NULL);
    veil_engine_free(e); /* the stream keeps its own reference */
    buf got = {0};
    char *out = NULL;
    size_t out_len = 0;

    /* First input: a blocked card, two emails; findings with offsets into this input. */
    static const char first[] = "card 4111 1111 1111 1111, a@b.example, c@d.example, a@b.example";
    CHECK(take(&got, veil_stream_push(s, first, 20, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_push(s, first + 20, sizeof first - 21, &out, &out_len, NULL),
               &out, &out_len));
    CHECK(take(&got, veil_stream_finish(s, &out, &out_len, NULL), &out, &out_len));
    CHECK_STR(got.data,
              "card **** **** **** 1111, <EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>");
    CHECK_INT(veil_stream_blocked(s), 1); /* still readable after finish */
    veil_findings *f = NULL;
    CHECK_INT(veil_stream_findings(s, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 4);
    if (veil_findings_len(f) == 4) {
        CHECK_STR(veil_findings_get(f, 0)->type, "CREDIT_CARD");
        CHECK_STR(veil_findings_get(f, 0)->rule, "credit-card");
        CHECK_INT(veil_findings_get(f, 0)->start, 5);
        CHECK_INT(veil_findings_get(f, 0)->end, 24);
        CHECK_STR(veil_findings_get(f, 3)->type, "EMAIL_ADDRESS");
        CHECK_INT(veil_findings_get(f, 3)->start, 52);
        CHECK_INT(veil_findings_get(f, 3)->end, 63);
    }
    veil_findings_free(f);

    /* Reuse: a new input starts afresh (numbering, findings, offsets, blocked). */
    buf_clear(&got);
    static const char second[] = "to c@d.example";
    CHECK(take(&got, veil_stream_push(s, second, sizeof second - 1, &out, &out_len, NULL), &out,
               &out_len));
    CHECK_INT(veil_stream_blocked(s), 0);
    CHECK(take(&got, veil_stream_finish(s, &out, &out_len, NULL), &out, &out_len));
    CHECK_STR(got.data, "to <EMAIL_ADDRESS_1>");
    CHECK_INT(veil_stream_findings(s, &f, NULL), VEIL_OK);
    CHECK_INT(veil_findings_len(f), 1);
    if (veil_findings_len(f) == 1) {
        CHECK_INT(veil_findings_get(f, 0)->start, 3);
        CHECK_INT(veil_findings_get(f, 0)->end, 14);
    }
    veil_findings_free(f);

    /* Empty inputs: finish alone, and empty chunks (text may be NULL). */
    buf_clear(&got);
    CHECK(take(&got, veil_stream_finish(s, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_push(s, NULL, 0, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_push(s, "", 0, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_push_lossy(s, NULL, 0, &out, &out_len, NULL), &out, &out_len));
    CHECK(take(&got, veil_stream_finish(s, &out, &out_len, NULL), &out, &out_len));
    CHECK_INT(got.len, 0);

    /* Held text: a phone number that may still grow is pending, not returned. */
    out = NULL;
    CHECK_INT(veil_stream_push(s, "call me at +1 415-555-26", 24, &out, NULL, NULL), VEIL_OK);
    CHECK(out != NULL && strstr(out, "415") == NULL);
    veil_string_free(out);
    CHECK(veil_stream_pending(s) >= strlen("+1 415-555-26"));
    CHECK_INT(veil_stream_finish(s, &out, NULL, NULL), VEIL_OK);
    veil_string_free(out);
    CHECK_INT(veil_stream_pending(s), 0);
    veil_stream_free(s);
    buf_free(&got);
}

static void test_null_arguments(void) {
    veil_error *err = STALE;
    CHECK(veil_stream_redact_new(NULL, &err) == NULL);
    CHECK_INT(veil_error_code(err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "engine");
    veil_error_free(err);
    CHECK(veil_stream_redact_new(NULL, NULL) == NULL);
    err = STALE;
    CHECK(veil_stream_restore_new(NULL, &err) == NULL);
    CHECK_INT(veil_error_code(err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "session");
    veil_error_free(err);
    CHECK(veil_stream_restore_new(NULL, NULL) == NULL);

    /* err may be NULL on success. */
    veil_stream *s = veil_stream_redact_new(engine, NULL);
    CHECK(s != NULL);
    veil_session *session = veil_session_new(engine);
    veil_stream *r = veil_stream_restore_new(session, NULL);
    CHECK(r != NULL);
    veil_session_free(session);

    typedef int (*push_fn)(veil_stream *, const char *, size_t, char **, size_t *, veil_error **);
    typedef int (*finish_fn)(veil_stream *, char **, size_t *, veil_error **);
    push_fn pushes[] = {veil_stream_push, veil_stream_push_lossy};
    finish_fn finishes[] = {veil_stream_finish, veil_stream_finish_lossy};
    veil_stream *streams[] = {s, r};
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; i < 2; i++) {
            push_fn push = pushes[i];
            veil_stream *st = streams[k];
            char *out = STALE;
            size_t len = 9;
            err = STALE;
            CHECK_INT(push(NULL, "x", 1, &out, &len, &err), VEIL_ERR_NULL);
            CHECK(out == NULL);
            CHECK_INT(len, 0);
            CHECK_CONTAINS(veil_error_message(err), "stream");
            veil_error_free(err);
            CHECK_INT(push(NULL, NULL, 0, NULL, NULL, NULL), VEIL_ERR_NULL);

            size_t pending = veil_stream_pending(st);
            err = STALE;
            out = STALE;
            CHECK_INT(push(st, NULL, 3, &out, &len, &err), VEIL_ERR_NULL);
            CHECK(out == NULL);
            CHECK_CONTAINS(veil_error_message(err), "text is NULL");
            veil_error_free(err);
            err = STALE;
            len = 9;
            CHECK_INT(push(st, "<x", 2, NULL, &len, &err), VEIL_ERR_NULL);
            CHECK_INT(len, 0);
            CHECK_CONTAINS(veil_error_message(err), "out");
            veil_error_free(err);
            CHECK_INT(push(st, "x", SIZE_MAX, &out, &len, NULL), VEIL_ERR_INPUT);
            CHECK_INT(veil_stream_pending(st), pending); /* nothing was taken */

            finish_fn finish = finishes[i];
            err = STALE;
            out = STALE;
            CHECK_INT(finish(NULL, &out, &len, &err), VEIL_ERR_NULL);
            CHECK(out == NULL);
            CHECK_CONTAINS(veil_error_message(err), "stream");
            veil_error_free(err);
            err = STALE;
            CHECK_INT(finish(st, NULL, &len, &err), VEIL_ERR_NULL);
            CHECK_CONTAINS(veil_error_message(err), "out");
            veil_error_free(err);
            CHECK_INT(finish(NULL, NULL, NULL, NULL), VEIL_ERR_NULL);
        }
    }
    CHECK_INT(veil_stream_pending(NULL), 0);
    CHECK_INT(veil_stream_blocked(NULL), VEIL_ERR_NULL);
    veil_findings *f = STALE;
    err = STALE;
    CHECK_INT(veil_stream_findings(NULL, &f, &err), VEIL_ERR_NULL);
    CHECK(f == NULL);
    CHECK_CONTAINS(veil_error_message(err), "stream");
    veil_error_free(err);
    err = STALE;
    CHECK_INT(veil_stream_findings(s, NULL, &err), VEIL_ERR_NULL);
    CHECK_CONTAINS(veil_error_message(err), "out");
    veil_error_free(err);
    CHECK_INT(veil_stream_findings(NULL, NULL, NULL), VEIL_ERR_NULL);

    /* The streams still work after all those errors. */
    char *out = NULL;
    CHECK_INT(veil_stream_push(s, "mail ana@example.org", 20, &out, NULL, NULL), VEIL_OK);
    veil_string_free(out);
    CHECK_INT(veil_stream_finish(s, &out, NULL, NULL), VEIL_OK);
    CHECK_CONTAINS(out, "[EMAIL_ADDRESS]");
    veil_string_free(out);
    veil_stream_free(s);
    veil_stream_free(r);
    veil_stream_free(NULL);
}

/* Streams on one engine from several threads: each its own stream, results as alone. */
#define THREADS 4

struct job {
    int ok;
};

static buf expected[NTEXTS];

static void *worker(void *arg) {
    struct job *job = arg;
    veil_stream *s = veil_stream_redact_new(engine, NULL);
    buf got = {0};
    job->ok = s != NULL;
    for (int round = 0; round < 3 && job->ok; round++) {
        for (size_t i = 0; i < NTEXTS; i++) {
            const struct text *t = &texts[i];
            size_t cuts[4] = {t->len / 4, t->len / 3, t->len / 2, t->len - t->len / 5};
            job->ok &= stream_cuts(s, t->data, t->len, cuts, 4, &got) &&
                       buf_eq(&got, expected[i].data, expected[i].len);
        }
    }
    buf_free(&got);
    veil_stream_free(s);
    return NULL;
}

static void test_threads(void) {
    for (size_t i = 0; i < NTEXTS; i++) {
        CHECK(redact_whole(texts[i].data, texts[i].len, &expected[i]));
    }
    pthread_t threads[THREADS];
    struct job jobs[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].ok = 0;
        CHECK_INT(pthread_create(&threads[t], NULL, worker, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++) {
        CHECK_INT(pthread_join(threads[t], NULL), 0);
        CHECK(jobs[t].ok);
    }
    for (size_t i = 0; i < NTEXTS; i++) {
        buf_free(&expected[i]);
    }
}

int main(int argc, char **argv) {
    const char *corpus = argc > 1 ? argv[1] : "corpus/labelled/docs.jsonl";
    long step = argc > 2 ? strtol(argv[2], NULL, 10) : 1;
    engine = veil_engine_new(NULL, NULL);
    CHECK(engine != NULL);
    if (engine == NULL) {
        return harness_report("test_stream");
    }
    test_json_reader();
    test_texts_redact();
    test_texts_restore();
    test_invalid_utf8();
    test_reuse_and_policy();
    test_null_arguments();
    test_threads();
    test_corpus(corpus, step > 0 ? (size_t)step : 1);
    veil_engine_free(engine);
    return harness_report("test_stream");
}
