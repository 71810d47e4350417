//! veil corpus generator.
//!
//! Seeded, fully deterministic generator of
//! * labelled evaluation documents ([`labelled_docs`]) with exact UTF-8 byte
//!   spans for every sensitive value and every hard negative,
//! * unlabelled benchmark text ([`bench_text`]) of a requested size,
//! * a labelled prompt-injection corpus in nine languages with obfuscated
//!   variants and benign hard negatives ([`injection_corpus`], loaded with
//!   [`read_injection`]), and
//! * LLM answer texts ([`responses()`]) with session placeholders, look-alikes
//!   that are not placeholders and labelled raw values, for streaming
//!   redaction and restoration (loaded with [`read_responses`]).
//!
//! Same seed → byte-identical output on every machine: the PRNG is a local
//! xoshiro256** ([`rng::Rng`]), and nothing depends on time, hash-map order or
//! the platform.

pub mod bench;
pub mod docs;
pub mod injection;
pub mod obfuscate;
pub mod responses;
pub mod rng;
pub mod values;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use bench::{BenchKind, bench_text};
pub use docs::labelled_docs;
pub use injection::{InjectionCorpus, InjectionDoc, injection_corpus, read_injection};
pub use obfuscate::Obfuscation;
pub use responses::{Response, VaultEntry, read_responses, responses, responses_to_jsonl};

/// A labelled sensitive value. `start`/`end` are half-open UTF-8 byte offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub entity_type: String,
    pub value: String,
    pub start: usize,
    pub end: usize,
}

/// A look-alike that must NOT be detected. Same span conventions as [`Entity`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HardNegative {
    pub kind: String,
    pub value: String,
    pub start: usize,
    pub end: usize,
}

/// One labelled document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Doc {
    pub id: String,
    /// `en`, `zh` or `mixed`.
    pub lang: String,
    /// `prompt`, `email`, `ticket`, `config`, `log`, `csv` or `code`.
    pub kind: String,
    pub text: String,
    pub entities: Vec<Entity>,
    pub hard_negatives: Vec<HardNegative>,
    pub injection: bool,
}

impl Doc {
    /// Check that every span slices `text` to exactly its value.
    pub fn spans_ok(&self) -> bool {
        let ok =
            |s: usize, e: usize, v: &str| s <= e && self.text.get(s..e) == Some(v) && !v.is_empty();
        self.entities.iter().all(|x| ok(x.start, x.end, &x.value))
            && self
                .hard_negatives
                .iter()
                .all(|x| ok(x.start, x.end, &x.value))
    }
}

/// Serialize documents as JSONL (one JSON object per line, trailing newline).
pub fn to_jsonl(docs: &[Doc]) -> String {
    let mut out = String::new();
    for d in docs {
        out.push_str(&serde_json::to_string(d).expect("serialize doc"));
        out.push('\n');
    }
    out
}

/// Default seed used by the CLI and the committed corpus.
pub const DEFAULT_SEED: u64 = 7;
/// Default number of labelled documents.
pub const DEFAULT_N: usize = 2500;
/// Default number of LLM answers (`veil-corpus responses`).
pub const DEFAULT_RESPONSES_N: usize = 400;
