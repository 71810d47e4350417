use super::*;
use crate::Engine;

/// Push `text` cut at `cuts` (byte offsets, any order, may split characters) as bytes.
fn stream_bytes(engine: &Engine, text: &str, cuts: &[usize]) -> (String, Vec<Finding>) {
    let mut s = engine.stream_redact();
    let mut out = String::new();
    let mut prev = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|&c| c.min(text.len())).collect();
    cuts.sort_unstable();
    cuts.push(text.len());
    for c in cuts {
        out += &s.push_bytes(&text.as_bytes()[prev..c]).unwrap();
        prev = c;
    }
    out += &s.finish_bytes().unwrap();
    (out, s.findings().to_vec())
}

fn whole(engine: &Engine, text: &str) -> (String, Vec<Finding>) {
    let r = engine.redact(text);
    let findings = r
        .findings
        .into_iter()
        .filter(|f| f.category != crate::Category::Injection)
        .collect();
    (r.text.into_owned(), findings)
}

fn every_single_cut(engine: &Engine, text: &str) {
    let expect = whole(engine, text);
    for c in 0..=text.len() {
        assert_eq!(
            stream_bytes(engine, text, &[c]),
            expect,
            "cut at {c} of {text:?}"
        );
    }
    let all: Vec<usize> = (0..text.len()).collect();
    assert_eq!(
        stream_bytes(engine, text, &all),
        expect,
        "byte by byte: {text:?}"
    );
}

#[test]
fn equals_whole_text_for_every_cut() {
    let engine = Engine::default();
    for text in [
        "Call me at +1 415-555-2671 or mail ana@example.org today.",
        "card 4111 1111 1111 1111, iban DE89 3704 0044 0532 0130 00, ssn 123-45-6789",
        "key sk-proj-abcDEF1234567890abcdefGHIJKLmnopqrstuvwxYZ0123456789abcd and AKIA5ZEOF52DCUAE26IU",
        "password = \"hunter2-Xy9!kq\"\nip 2001:db8::8a2e:370:7334 and 10.0.0.1",
        "电话：13812345678，邮箱 张三 li.si@example.cn，身份证 11010519491231002X。",
        "ｍａｉｌ：ａｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ and e\u{301}mile\u{200B}@x.org",
        "",
        "no findings here at all, just prose",
        "1234 5678",
    ] {
        every_single_cut(&engine, text);
    }
}

#[test]
fn pem_block_is_held_until_its_footer() {
    let engine = Engine::default();
    let body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n".repeat(12);
    let text = format!(
        "Here is the key:\n-----BEGIN PRIVATE KEY-----\n{body}-----END PRIVATE KEY-----\nDone."
    );
    let mut s = engine.stream_redact();
    let mut out = String::new();
    let mut max_pending = 0;
    for chunk in text.as_bytes().chunks(7) {
        out += &s.push_bytes(chunk).unwrap();
        max_pending = max_pending.max(s.pending());
        assert!(!out.contains("MIIE"), "key material emitted early");
    }
    out += &s.finish();
    assert_eq!(out, whole(&engine, &text).0);
    assert!(out.contains("[PRIVATE_KEY]"), "{out}");
    assert!(max_pending >= body.len(), "the block was held whole");
    assert!(max_pending <= s.max_holdback());
}

#[test]
fn prose_is_held_for_at_most_a_word() {
    let engine = Engine::default();
    let text = "The quick brown fox jumps over the lazy dog while the cat sleeps. ".repeat(20);
    let mut s = engine.stream_redact();
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(4) {
        out += &s.push_bytes(chunk).unwrap();
        // A word, plus what waits for the next scan batch.
        assert!(s.pending() <= 12 + SCAN_BATCH, "held {} bytes", s.pending());
    }
    out += &s.finish();
    assert_eq!(out, text);
}

#[test]
fn invalid_utf8_is_refused_without_losing_the_chunk() {
    let engine = Engine::default();
    let mut s = engine.stream_redact();
    let mut out = s.push_bytes(b"mail ana@example.org ").unwrap();
    let err = s.push_bytes(b"ok \xff then").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Input);
    assert_eq!(err.offset(), Some(24));
    out += &s.push_bytes_lossy(b"ok \xff then");
    out += &s.push_bytes(b" \xe4\xb8").unwrap();
    let err = s.finish_bytes().unwrap_err();
    assert_eq!(err.offset(), Some(31));
    out += &s.push_bytes(b"\xad.").unwrap();
    out += &s.finish_bytes().unwrap();
    assert_eq!(out, "mail [EMAIL_ADDRESS] ok \u{FFFD} then 中.");
}

#[test]
fn placeholders_number_across_chunks_and_restart_after_finish() {
    let engine = Engine::builder()
        .default_operator(crate::Operator::Placeholder)
        .build()
        .unwrap();
    let text = "a@b.co, c@d.co, a@b.co";
    let (out, f) = stream_bytes(&engine, text, &[3, 9, 17]);
    assert_eq!(
        out,
        "<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>"
    );
    assert_eq!(f.len(), 3);
    assert_eq!((f[2].start, f[2].end), (16, 22));
    let mut s = engine.stream_redact();
    s.push("x@y.co ");
    s.finish();
    assert_eq!(s.push("z@y.co").len() + s.finish().len(), 17);
    assert_eq!(
        s.findings()[0].start,
        0,
        "offsets restart with a new stream"
    );
}

#[test]
fn restore_equals_whole_text_for_every_cut() {
    let engine = Engine::default();
    let mut session = engine.session();
    session.redact("ana@example.org, +1 415-555-2671, ben@example.org");
    let answer = "Dear <EMAIL_ADDRESS_1>, call <PHONE_NUMBER_1>. x < y, <b>, <EMAIL_ADDRESS_9>, \
                  <EMAIL_ADDRESS_2><EMAIL_ADDRESS_1> <<EMAIL_ADDRESS_2>> <EMAIL_ADDRESS_";
    let expect = session.restore(answer).into_owned();
    for c in 0..=answer.len() {
        for step in [1, 3, answer.len()] {
            let mut r = session.stream_restore();
            let mut out = r.push(&answer[..c]);
            let rest = &answer.as_bytes()[c..];
            for ch in rest.chunks(step) {
                out += &r.push_bytes(ch).unwrap();
            }
            out += &r.finish_bytes().unwrap();
            assert_eq!(out, expect, "cut at {c}, step {step}");
        }
    }
}

#[test]
fn restore_holds_only_possible_placeholders() {
    let engine = Engine::default();
    let mut session = engine.session();
    session.redact("ana@example.org");
    let mut r = session.stream_restore();
    assert_eq!(r.push("a < b and <div"), "a < b and <div");
    assert_eq!(r.push(" <EMA"), " ");
    assert_eq!(r.pending(), 4);
    assert_eq!(r.push("IL_ADDRESS_1> ok"), "ana@example.org ok");
    assert_eq!(r.finish(), "");
}

#[test]
fn a_string_after_an_unfinished_character_makes_it_invalid() {
    let engine = Engine::default();
    let mut s = engine.stream_redact();
    let mut out = s.push_bytes(b"a\xe2\x82").unwrap();
    out += &s.push("x");
    out += &s
        .push_bytes(b"\xac")
        .unwrap_or_else(|_| s.push_bytes_lossy(b"\xac"));
    out += &s.finish();
    assert_eq!(out, String::from_utf8_lossy(b"a\xe2\x82x\xac"));
    let mut session = engine.session();
    session.redact("a@b.co");
    let mut r = session.stream_restore();
    let mut out = r.push_bytes(b"\xe2\x82").unwrap();
    out += &r.push("<EMAIL_ADDRESS_1>");
    out += &r.finish();
    assert_eq!(out, "\u{FFFD}a@b.co");
}

#[test]
fn builtin_left_context_is_short() {
    // Every scan of a stream re-reads its left context: a rule whose keyword may sit far
    // before its reported value (an unbounded gap in a `span = "value"` pattern) makes that
    // context as long as the rule's `max_len` and every 4-byte chunk costs kilobytes of work.
    let engine = Engine::default();
    assert_eq!(engine.stream_short_lookback(), 96);
    assert_eq!(engine.stream_lookback(), 272);
}
