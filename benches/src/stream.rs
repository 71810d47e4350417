//! Streaming figures on the corpus's LLM answers (`veil_corpus::responses`, seed 7): how long
//! text is held back (average and maximum delay in input bytes) and what streaming costs
//! against the whole-text calls, for a given chunk size.

use std::time::Instant;
use veil_core::{Engine, Session};
use veil_corpus::Response;

/// The corpus's answers with a session holding each answer's placeholders.
pub fn answers(engine: &Engine) -> Vec<(Response, Session)> {
    veil_corpus::responses(7, veil_corpus::DEFAULT_RESPONSES_N)
        .into_iter()
        .map(|r| {
            let json = serde_json::json!({
                "format": "veil-session", "version": 1, "entries": r.placeholders,
            });
            let session = Session::from_json(engine, &json.to_string())
                .expect("a corpus answer's placeholders form a valid session");
            (r, session)
        })
        .collect()
}

/// Hold-back over a stream: after each chunk, the input bytes received but not emitted.
#[derive(Debug, Clone, Copy, Default)]
pub struct Delay {
    /// Chunks pushed.
    pub pushes: usize,
    /// Mean of the hold-back after each chunk, in bytes.
    pub mean: f64,
    /// Largest hold-back after any chunk, in bytes.
    pub max: usize,
}

/// Redact every answer in `chunk`-byte pieces (byte cuts, so characters split) and check the
/// output against the whole-text call; returns the hold-back figures.
pub fn redact_delay(engine: &Engine, texts: &[&str], chunk: usize) -> Delay {
    let (mut sum, mut d) = (0usize, Delay::default());
    for text in texts {
        let mut s = engine.stream_redact();
        let mut out = String::new();
        for c in text.as_bytes().chunks(chunk) {
            out += &s.push_bytes(c).expect("corpus text is UTF-8");
            sum += s.pending();
            d.max = d.max.max(s.pending());
            d.pushes += 1;
        }
        out += &s.finish();
        assert_eq!(out, engine.redact(text).text, "stream differs from redact");
    }
    d.mean = sum as f64 / d.pushes.max(1) as f64;
    d
}

/// [`redact_delay`] for restoring: each answer through its session's stream restorer.
pub fn restore_delay(answers: &[(Response, Session)], chunk: usize) -> Delay {
    let (mut sum, mut d) = (0usize, Delay::default());
    for (r, session) in answers {
        let mut s = session.stream_restore();
        let mut out = String::new();
        for c in r.text.as_bytes().chunks(chunk) {
            out += &s.push_bytes(c).expect("corpus text is UTF-8");
            sum += s.pending();
            d.max = d.max.max(s.pending());
            d.pushes += 1;
        }
        out += &s.finish();
        assert_eq!(out, session.restore(&r.text), "stream differs from restore");
    }
    d.mean = sum as f64 / d.pushes.max(1) as f64;
    d
}

/// Seconds for one pass of `f` over the texts, median of `runs`.
pub fn median_secs(runs: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut t: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64()
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[t.len() / 2]
}

/// Stream-redact every text in `chunk`-byte pieces; returns the output length.
pub fn stream_redact_all(engine: &Engine, texts: &[&str], chunk: usize) -> usize {
    let mut n = 0;
    for text in texts {
        let mut s = engine.stream_redact();
        for c in text.as_bytes().chunks(chunk) {
            n += s.push_bytes(c).map_or(0, |o| o.len());
        }
        n += s.finish().len();
    }
    n
}

/// Stream-restore every answer in `chunk`-byte pieces; returns the output length.
pub fn stream_restore_all(answers: &[(Response, Session)], chunk: usize) -> usize {
    let mut n = 0;
    for (r, session) in answers {
        let mut s = session.stream_restore();
        for c in r.text.as_bytes().chunks(chunk) {
            n += s.push_bytes(c).map_or(0, |o| o.len());
        }
        n += s.finish().len();
    }
    n
}
