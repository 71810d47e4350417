//! Session round trip: `restore(redact(x)) == x` whenever `x` holds no placeholder-like text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use veil_core::Engine;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::default)
}

/// Whether `s` holds `<…_N>`-shaped text that `restore` might treat as a placeholder: a `<`
/// followed within 80 bytes by `>`, enclosing `something_digits`. Deliberately lenient.
fn has_placeholder_like(s: &str) -> bool {
    let b = s.as_bytes();
    for (i, _) in s.match_indices('<') {
        let window = &b[i..b.len().min(i + 80)];
        let Some(close) = window.iter().position(|&c| c == b'>') else {
            continue;
        };
        let inner = &s[i + 1..i + close];
        if let Some((_, n)) = inner.rsplit_once('_')
            && !n.is_empty()
            && n.bytes().all(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    false
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if has_placeholder_like(text) {
        return;
    }
    let engine = engine();
    let mut session = engine.session();
    let sent = session.redact(text);
    let sent_text = sent.text.clone().into_owned();
    assert_eq!(
        sent.findings,
        engine.scan(text),
        "session findings != scan findings"
    );

    let back = session.restore(&sent_text);
    assert_eq!(
        back.as_ref(),
        text,
        "round trip failed; redacted: {sent_text:?}"
    );

    // Same session, same input: same placeholders, no new vault entries.
    let n = session.len();
    let again = session.redact(text);
    assert_eq!(again.text.as_ref(), sent_text, "second redact differs");
    assert_eq!(session.len(), n, "second redact added vault entries");

    // A saved and reloaded session restores the same way.
    let reloaded =
        veil_core::Session::from_json(engine, &session.to_json()).expect("a saved session loads");
    assert_eq!(
        reloaded.restore(&sent_text).as_ref(),
        text,
        "reloaded session differs"
    );
});
