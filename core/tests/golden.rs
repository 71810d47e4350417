//! Golden cases with exact spans (`tests/cases/golden.json`): every expected finding and
//! nothing else, for every built-in type and format. The same file drives the binding tests.

use serde::Deserialize;
use veil_core::Engine;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    findings: Vec<Expected>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Expected {
    #[serde(rename = "type")]
    entity_type: String,
    start: usize,
    end: usize,
    text: String,
}

fn cases() -> Vec<Case> {
    let raw = include_str!("cases/golden.json");
    serde_json::from_str::<File>(raw)
        .expect("golden.json parses")
        .cases
}

#[test]
fn golden_spans() {
    let engine = Engine::default();
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() >= 60);
    for c in &all {
        let got: Vec<Expected> = engine
            .scan(&c.text)
            .into_iter()
            .map(|f| Expected {
                entity_type: f.entity_type.to_string(),
                start: f.start,
                end: f.end,
                text: f.text(&c.text).to_string(),
            })
            .collect();
        if got != c.findings {
            failures.push(format!(
                "{}:\n  want {:?}\n  got  {:?}",
                c.id, c.findings, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_redaction_removes_every_value() {
    let engine = Engine::default();
    for c in cases() {
        let out = engine.redact(&c.text);
        for f in &c.findings {
            assert!(
                !out.text.contains(&f.text),
                "{}: {:?} survived redaction",
                c.id,
                f.text
            );
        }
        if c.findings.is_empty() {
            assert!(
                matches!(out.text, std::borrow::Cow::Borrowed(_)),
                "{}: clean text was copied",
                c.id
            );
        }
    }
}

#[test]
fn golden_session_round_trip() {
    let engine = Engine::default();
    let mut session = engine.session();
    for c in cases() {
        let red = session.redact(&c.text);
        assert_eq!(session.restore(&red.text), c.text, "{}", c.id);
    }
}
