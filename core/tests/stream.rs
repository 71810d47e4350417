//! Streaming equals whole-text processing: for the corpus documents and answers under many
//! chunkings (byte cuts inside characters, placeholders, PEM blocks), and for random texts and
//! random cut points (proptest).

use proptest::prelude::*;
use std::sync::OnceLock;
use veil_core::{Category, Engine, Finding, Session};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::default)
}

/// A small deterministic PRNG (splitmix64) for chunk sizes.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn chunks(len: usize, rng: &mut Rng, max: usize) -> Vec<usize> {
    let mut cuts = vec![];
    let mut at = 0;
    while at < len {
        at += 1 + rng.below(max);
        cuts.push(at.min(len));
    }
    cuts
}

fn redact_streamed(engine: &Engine, text: &str, cuts: &[usize]) -> (String, Vec<Finding>) {
    let mut s = engine.stream_redact();
    let mut out = String::new();
    let mut prev = 0;
    for &c in cuts {
        let c = c.clamp(prev, text.len());
        out += &s
            .push_bytes(&text.as_bytes()[prev..c])
            .expect("valid UTF-8");
        prev = c;
    }
    out += &s.push_bytes(&text.as_bytes()[prev..]).expect("valid UTF-8");
    out += &s.finish_bytes().expect("complete input");
    (out, s.findings().to_vec())
}

fn redact_whole(engine: &Engine, text: &str) -> (String, Vec<Finding>) {
    let r = engine.redact(text);
    let f = r
        .findings
        .into_iter()
        .filter(|f| f.category != Category::Injection)
        .collect();
    (r.text.into_owned(), f)
}

fn restore_streamed(session: &Session, text: &str, cuts: &[usize]) -> String {
    let mut r = session.stream_restore();
    let mut out = String::new();
    let mut prev = 0;
    for &c in cuts {
        let c = c.clamp(prev, text.len());
        out += &r
            .push_bytes(&text.as_bytes()[prev..c])
            .expect("valid UTF-8");
        prev = c;
    }
    out += &r.push_bytes(&text.as_bytes()[prev..]).expect("valid UTF-8");
    out += &r.finish_bytes().expect("complete input");
    out
}

fn corpus_texts(path: &str) -> Vec<String> {
    let file = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    let Ok(data) = std::fs::read_to_string(&file) else {
        return vec![];
    };
    data.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus line is JSON");
            v["text"].as_str().expect("text field").to_string()
        })
        .collect()
}

#[test]
fn corpus_documents_stream_like_whole_text() {
    let docs = corpus_texts("corpus/labelled/docs.jsonl");
    assert!(docs.len() >= 2500, "corpus/labelled/docs.jsonl is missing");
    let mut rng = Rng(7);
    let engine = engine();
    for (i, doc) in docs.iter().enumerate() {
        let expect = redact_whole(engine, doc);
        // Tiny (SSE-like) chunks for every document, larger ones for every fourth.
        let max = if i % 4 == 0 { 64 } else { 6 };
        let cuts = chunks(doc.len(), &mut rng, max);
        assert_eq!(
            redact_streamed(engine, doc, &cuts),
            expect,
            "doc #{i} cut at {cuts:?}"
        );
    }
}

#[test]
fn corpus_documents_round_trip_through_a_streamed_restore() {
    let docs = corpus_texts("corpus/labelled/docs.jsonl");
    let mut rng = Rng(11);
    for (i, doc) in docs.iter().enumerate().step_by(3) {
        let mut session = engine().session();
        let sent = session.redact(doc).text.into_owned();
        let whole = session.restore(&sent).into_owned();
        let cuts = chunks(sent.len(), &mut rng, 5);
        assert_eq!(restore_streamed(&session, &sent, &cuts), whole, "doc #{i}");
        if !doc.contains('<') {
            assert_eq!(&whole, doc, "doc #{i}: restore(redact(x)) == x");
        }
    }
}

#[test]
fn corpus_answers_stream_like_whole_text() {
    let path = "corpus/responses/answers.jsonl";
    let file = format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"));
    let Ok(data) = std::fs::read_to_string(&file) else {
        return;
    };
    let mut rng = Rng(13);
    for (i, line) in data.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let text = v["text"].as_str().expect("text");
        let json = serde_json::json!({
            "format": "veil-session", "version": 1, "entries": v["placeholders"].clone()
        });
        let session = Session::from_json(engine(), &json.to_string()).expect("vault");
        let restored = session.restore(text).into_owned();
        for max in [4, 17] {
            let cuts = chunks(text.len(), &mut rng, max);
            assert_eq!(
                restore_streamed(&session, text, &cuts),
                restored,
                "answer #{i} restore"
            );
            assert_eq!(
                redact_streamed(engine(), text, &cuts),
                redact_whole(engine(), text),
                "answer #{i} redact, cut at {cuts:?}"
            );
        }
    }
}

/// Pieces that make streams hard: values that straddle cuts, prefixes that look like the start
/// of a value, multi-byte characters, invisible characters, placeholders and a PEM block.
const PIECES: &[&str] = &[
    "ana.lopez@example.org",
    "mail ana",
    "@",
    "example.org",
    "+1 415-555-2671",
    "(415) 555 2671",
    "138 1234 5678",
    "１３８１２３４５６７８",
    "4111 1111 1111 1111",
    "4111-1111-1111-1112",
    "DE89 3704 0044 0532 0130 00",
    "123-45-6789",
    "11010519491231002X",
    "10.0.0.1",
    "2001:db8::8a2e:370:7334",
    "fe80::1%eth0",
    "sk-proj-abcDEF1234567890abcdefGHIJKLmnopqrstuvwxYZ0123456789abcd",
    "sk-",
    "AKIA5ZEOF52DCUAE26IU",
    "AKIAIOSFODNN7EXAMPLE",
    "ghp_1234567890abcdefghijklmnopqrstuvwxyz",
    "xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "password = \"hunter2-Xy9!kq\"",
    "api_key: ",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\nKUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n-----END RSA PRIVATE KEY-----",
    "<EMAIL_ADDRESS_1>",
    "<PHONE_NUMBER_",
    "1>",
    " ",
    " ",
    "\n",
    ", ",
    ". ",
    "the",
    "call",
    "phone",
    "12",
    "2024-10-19",
    "v1.2.3",
    "电话",
    "邮箱：",
    "é",
    "e\u{301}",
    "\u{200B}",
    "😀",
    "👩‍💻",
    "Ａ",
    "#",
    "=",
    ":",
    "-",
    ".",
];

fn arb_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
}

proptest! {
    // PROPTEST_CASES raises the count for a longer hunt.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(384)
    ))]

    #[test]
    fn streamed_redaction_equals_whole(text in arb_text(), cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..12)) {
        let mut cuts: Vec<usize> = cuts.iter().map(|i| i.index(text.len() + 1)).collect();
        cuts.sort_unstable();
        prop_assert_eq!(redact_streamed(engine(), &text, &cuts), redact_whole(engine(), &text));
    }

    #[test]
    fn streamed_restore_equals_whole(text in arb_text(), cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..12)) {
        let mut session = engine().session();
        let sent = session.redact(&text).text.into_owned();
        let mut cuts: Vec<usize> = cuts.iter().map(|i| i.index(sent.len() + 1)).collect();
        cuts.sort_unstable();
        let whole = session.restore(&sent).into_owned();
        prop_assert_eq!(restore_streamed(&session, &sent, &cuts), whole);
        // The answer may also repeat the pieces (and their placeholders) in a new order.
        let answer = format!("{sent} / {text}");
        let mut cuts2: Vec<usize> = cuts.iter().map(|&c| c * 2 % (answer.len() + 1)).collect();
        cuts2.sort_unstable();
        prop_assert_eq!(restore_streamed(&session, &answer, &cuts2), session.restore(&answer).into_owned());
    }

    #[test]
    fn byte_by_byte_equals_whole(text in arb_text()) {
        let cuts: Vec<usize> = (0..text.len()).collect();
        prop_assert_eq!(redact_streamed(engine(), &text, &cuts), redact_whole(engine(), &text));
    }
}
