//! Precision and recall per entity type on the labelled corpus (`corpus/labelled/docs.jsonl`).

use serde::Deserialize;
use std::collections::BTreeMap;
use veil_core::Engine;

/// One labelled document, as written by `veil-corpus labelled`.
#[derive(Debug, Clone, Deserialize)]
pub struct Doc {
    /// Document id.
    pub id: String,
    /// Language tag.
    #[serde(default)]
    pub lang: String,
    /// The text.
    pub text: String,
    /// Gold entities (UTF-8 byte offsets).
    pub entities: Vec<Span>,
    /// Values that must not be reported.
    #[serde(default)]
    pub hard_negatives: Vec<HardNegative>,
}

/// A gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct Span {
    /// Entity type.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// A hard negative.
#[derive(Debug, Clone, Deserialize)]
pub struct HardNegative {
    /// What kind of look-alike it is.
    pub kind: String,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// Counts for one entity type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// Exact span and type match.
    pub tp: usize,
    /// Reported, not gold.
    pub fp: usize,
    /// Gold, not reported.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp), 1.0 when nothing was reported.
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// tp / (tp + fn), 1.0 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// The evaluation of a document set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per entity type.
    pub by_type: BTreeMap<String, Counts>,
    /// Hard negatives that were reported: (doc id, kind, reported type, text).
    pub hard_negative_hits: Vec<(String, String, String, String)>,
    /// Individual errors for inspection: (doc id, "FP"/"FN", type, text).
    pub errors: Vec<(String, &'static str, String, String)>,
    /// Documents evaluated.
    pub docs: usize,
}

/// Load a JSONL document file.
pub fn load_docs(path: &std::path::Path) -> Result<Vec<Doc>, String> {
    crate::read_jsonl(path)
}

/// Scan every document and compare with the gold spans.
pub fn evaluate(engine: &Engine, docs: &[Doc]) -> Report {
    let mut r = Report {
        docs: docs.len(),
        ..Report::default()
    };
    for d in docs {
        let found = engine.scan(&d.text);
        let mut matched = vec![false; d.entities.len()];
        for f in &found {
            let ty = f.entity_type.to_string();
            let hit = d
                .entities
                .iter()
                .position(|g| g.entity_type == ty && g.start == f.start && g.end == f.end);
            match hit {
                Some(i) if !matched[i] => {
                    matched[i] = true;
                    r.by_type.entry(ty).or_default().tp += 1;
                }
                _ => {
                    r.by_type.entry(ty.clone()).or_default().fp += 1;
                    r.errors
                        .push((d.id.clone(), "FP", ty.clone(), f.text(&d.text).to_string()));
                    for h in &d.hard_negatives {
                        if f.start < h.end && h.start < f.end {
                            r.hard_negative_hits.push((
                                d.id.clone(),
                                h.kind.clone(),
                                ty.clone(),
                                d.text.get(h.start..h.end).unwrap_or("").to_string(),
                            ));
                        }
                    }
                }
            }
        }
        for (g, m) in d.entities.iter().zip(&matched) {
            if !m {
                r.by_type.entry(g.entity_type.clone()).or_default().fn_ += 1;
                r.errors.push((
                    d.id.clone(),
                    "FN",
                    g.entity_type.clone(),
                    d.text.get(g.start..g.end).unwrap_or("").to_string(),
                ));
            }
        }
    }
    r
}

impl Report {
    /// A Markdown table of precision and recall per type.
    pub fn table(&self) -> String {
        let mut s = String::from(
            "| type | tp | fp | fn | precision | recall |\n|---|---:|---:|---:|---:|---:|\n",
        );
        let mut total = Counts::default();
        for (t, c) in &self.by_type {
            s.push_str(&format!(
                "| {t} | {} | {} | {} | {:.3} | {:.3} |\n",
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall()
            ));
            total.tp += c.tp;
            total.fp += c.fp;
            total.fn_ += c.fn_;
        }
        s.push_str(&format!(
            "| **all** | {} | {} | {} | {:.3} | {:.3} |\n",
            total.tp,
            total.fp,
            total.fn_,
            total.precision(),
            total.recall()
        ));
        s.push_str(&format!(
            "\n{} documents; hard negatives reported: {}\n",
            self.docs,
            self.hard_negative_hits.len()
        ));
        s
    }
}
