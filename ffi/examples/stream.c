/* Redact text that arrives in chunks, and restore an answer that streams back: each chunk's
 * final text is written out at once, and values cut between chunks are still caught.
 * The streaming example in ffi/README.md; built and run by scripts/test-ffi.sh. */
#include <stdio.h>
#include <string.h>

#include "veil.h"

/* Stand-ins for network streams (server-sent events): chunks cut anywhere, even inside a
 * value or a placeholder. */
static const char *const typed[] = {"Call me at +1 415", "-555-26", "71 or mail ana@exa",
                                    "mple.org today."};
static const char *const answer[] = {"Sent to <EMAIL", "_ADDR", "ESS_1>, done."};

/* Pushes each chunk and writes what is final right away, then ends the input. */
static int pipe_through(veil_stream *stream, const char *const *chunks, size_t n,
                        veil_error **err) {
    int rc = VEIL_OK;
    for (size_t i = 0; i <= n && rc == VEIL_OK; i++) {
        char *out = NULL;
        size_t out_len = 0;
        rc = i < n ? veil_stream_push(stream, chunks[i], strlen(chunks[i]), &out, &out_len, err)
                   : veil_stream_finish(stream, &out, &out_len, err);
        if (rc == VEIL_OK) {
            fwrite(out, 1, out_len, stdout);
            fflush(stdout);
        }
        veil_string_free(out);
    }
    putchar('\n');
    return rc;
}

int main(void) {
    veil_error *err = NULL;
    veil_engine *engine = veil_engine_new(NULL, &err);
    if (engine == NULL) {
        fprintf(stderr, "veil: %s\n", veil_error_message(err));
        veil_error_free(err);
        return 1;
    }
    /* Redact as it comes: prints "Call me at [PHONE_NUMBER] or mail [EMAIL_ADDRESS] today." */
    veil_stream *redactor = veil_stream_redact_new(engine, &err);
    int rc = redactor ? pipe_through(redactor, typed, sizeof typed / sizeof typed[0], &err)
                      : veil_error_code(err);

    /* Restore a streamed answer: a restore stream knows the placeholders given out so far. */
    veil_session *session = veil_session_new(engine);
    const char *prompt = "Email ana@example.org the invoice.";
    char *sent = NULL;
    if (rc == VEIL_OK) {
        rc = veil_session_redact(session, prompt, strlen(prompt), &sent, NULL, &err);
    }
    veil_stream *restorer = NULL;
    if (rc == VEIL_OK) {
        restorer = veil_stream_restore_new(session, &err); /* after the prompt is redacted */
        rc = restorer ? pipe_through(restorer, answer, sizeof answer / sizeof answer[0], &err)
                      : veil_error_code(err);
    }
    if (rc != VEIL_OK) {
        fprintf(stderr, "veil error %d: %s\n", rc, veil_error_message(err));
    }
    veil_string_free(sent);
    veil_error_free(err);
    veil_stream_free(restorer);
    veil_stream_free(redactor);
    veil_session_free(session);
    veil_engine_free(engine);
    return rc == VEIL_OK ? 0 : 1;
}
