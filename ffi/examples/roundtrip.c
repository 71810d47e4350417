/* Redact a prompt with a session before it leaves for the LLM, then restore the answer.
 * The example in ffi/README.md; built and run by scripts/test-ffi.sh. */
#include <stdio.h>
#include <string.h>

#include "veil.h"

/* Stand-in for the network call: the model sees placeholders only. */
static const char *ask_llm(const char *prompt) {
    printf("sent:     %s\n", prompt);
    return "Done: I emailed <EMAIL_ADDRESS_1> and charged <CREDIT_CARD_1>.";
}

int main(void) {
    veil_error *err = NULL;
    veil_engine *engine = veil_engine_new(NULL, &err); /* once per process, shared by threads */
    if (engine == NULL) {
        fprintf(stderr, "veil: %s\n", veil_error_message(err));
        veil_error_free(err);
        return 1;
    }
    veil_session *session = veil_session_new(engine); /* one per conversation */
    const char *prompt = "Email ana@example.org and charge card 4111 1111 1111 1111.";
    char *safe = NULL, *shown = NULL;
    size_t safe_len = 0, shown_len = 0;
    int rc = veil_session_redact(session, prompt, strlen(prompt), &safe, &safe_len, &err);
    if (rc == VEIL_OK) {
        const char *answer = ask_llm(safe);
        rc = veil_session_restore(session, answer, strlen(answer), &shown, &shown_len, &err);
    }
    if (rc == VEIL_OK) {
        printf("restored: %s\n", shown);
    } else {
        fprintf(stderr, "veil error %d: %s\n", rc, veil_error_message(err));
    }
    veil_string_free(safe);
    veil_string_free(shown);
    veil_error_free(err);
    veil_session_free(session);
    veil_engine_free(engine);
    return rc == VEIL_OK ? 0 : 1;
}
