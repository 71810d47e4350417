//! Arbitrary bytes → `scan_bytes`; valid UTF-8 → `scan`, `is_clean`, `redact`, with invariants
//! that must hold for every input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashMap;
use std::sync::OnceLock;
use veil_core::{Action, Engine, Finding, Operator};

struct Ctx {
    engine: Engine,
    /// rule id → (operator, action), from `Engine::rules`.
    rules: HashMap<String, (Operator, Action)>,
}

fn ctx() -> &'static Ctx {
    static CTX: OnceLock<Ctx> = OnceLock::new();
    CTX.get_or_init(|| {
        let engine = Engine::default();
        let rules = engine
            .rules()
            .into_iter()
            .map(|r| (r.id, (r.operator, r.action)))
            .collect();
        Ctx { engine, rules }
    })
}

/// In bounds, non-empty, sorted by start, non-overlapping.
fn check_spans(findings: &[Finding], len: usize) {
    let mut prev_end = 0;
    for f in findings {
        assert!(f.start < f.end, "empty or inverted span {f:?}");
        assert!(f.end <= len, "span {f:?} past the end ({len})");
        assert!(
            f.start >= prev_end,
            "unsorted or overlapping span {f:?} (prev end {prev_end})"
        );
        assert!((0.0..=1.0).contains(&f.score), "score out of range {f:?}");
        prev_end = f.end;
    }
}

fuzz_target!(|data: &[u8]| {
    let Ctx { engine, rules } = ctx();

    // Bytes: offsets refer to `data`, spans never cover an invalid byte.
    let by_bytes = engine.scan_bytes(data);
    check_spans(&by_bytes, data.len());
    for f in &by_bytes {
        assert!(
            std::str::from_utf8(&data[f.start..f.end]).is_ok(),
            "scan_bytes span {f:?} covers invalid UTF-8"
        );
    }

    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    let findings = engine.scan(text);
    check_spans(&findings, text.len());
    for f in &findings {
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "span {f:?} not on char boundaries"
        );
        assert!(rules.contains_key(f.rule.as_ref()), "unknown rule in {f:?}");
    }
    // Valid UTF-8 is one chunk: scan_bytes must agree with scan.
    assert_eq!(by_bytes, findings, "scan_bytes != scan on valid UTF-8");
    assert_eq!(
        engine.is_clean(text),
        findings.is_empty(),
        "is_clean disagrees with scan"
    );

    // Redaction reports exactly what scan found, and rebuilds the text from it.
    let red = engine.redact(text);
    assert_eq!(red.findings, findings, "redact findings != scan findings");
    let mut expected = String::with_capacity(text.len());
    let mut last = 0;
    let mut exact = true;
    for f in &findings {
        expected.push_str(&text[last..f.start]);
        match rules[f.rule.as_ref()] {
            (_, Action::Report) | (Operator::Keep, _) => expected.push_str(f.text(text)),
            (Operator::Label, _) => {
                expected.push('[');
                expected.push_str(&f.entity_type);
                expected.push(']');
            }
            (Operator::Remove, _) => {}
            // mask / placeholder / hash: not rebuilt here.
            _ => exact = false,
        }
        last = f.end;
    }
    expected.push_str(&text[last..]);
    if exact {
        assert_eq!(
            red.text.as_ref(),
            expected,
            "redacted text differs from the findings"
        );
    }
    if findings.is_empty() {
        assert_eq!(
            red.text.as_ref(),
            text,
            "nothing found but the text changed"
        );
    }
    assert!(!red.blocked, "the built-in policy blocks nothing");
});
