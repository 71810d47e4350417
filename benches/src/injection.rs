//! Prompt-guard figures: detection rates on the external injection and jailbreak suites
//! (`../shared/external/injection`, read in place, never copied) and on veil's own labelled
//! injection set (`corpus/injection/`).
//!
//! A text counts as detected when the guard's verdict is `flag` or `block`.

use crate::read_jsonl;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use veil_core::{Engine, Verdict};
use veil_corpus::InjectionDoc;

/// One row of an external suite (only the fields used here).
#[derive(Debug, Deserialize)]
struct ExtRow {
    id: String,
    text: String,
    label: String,
}

/// Detections over a set of texts.
#[derive(Debug, Default, Clone)]
pub struct Rate {
    /// Texts.
    pub total: usize,
    /// Texts with a `flag` or `block` verdict.
    pub hits: usize,
    /// Ids of the texts that went the wrong way (missed positives or flagged negatives).
    pub wrong: Vec<String>,
}

impl Rate {
    /// `hits / total`.
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.hits as f64 / self.total as f64
        }
    }

    fn add(&mut self, id: &str, detected: bool, positive: bool) {
        self.total += 1;
        if detected {
            self.hits += 1;
        }
        if detected != positive {
            self.wrong.push(id.to_string());
        }
    }
}

/// Whether the guard flags or blocks `text`.
pub fn detected(engine: &Engine, text: &str) -> bool {
    engine.guard(text).verdict != Verdict::Allow
}

/// Rates per (file, label) over the external suites; distinct texts only (duplicates counted
/// once, as the suite's README advises).
pub fn external(engine: &Engine, dir: &Path) -> Result<BTreeMap<(String, String), Rate>, String> {
    let dir = dir.join("injection");
    let mut out: BTreeMap<(String, String), Rate> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for path in files {
        let rows: Vec<ExtRow> = read_jsonl(&path)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut seen = HashSet::new();
        for r in rows {
            if !seen.insert(r.text.clone()) {
                continue;
            }
            let positive = matches!(r.label.as_str(), "jailbreak" | "indirect_injection");
            out.entry((name.clone(), r.label.clone())).or_default().add(
                &r.id,
                detected(engine, &r.text),
                positive,
            );
        }
    }
    Ok(out)
}

/// Figures on veil's own labelled set.
#[derive(Debug, Default)]
pub struct Own {
    /// Recall per (set, language).
    pub by_set_lang: BTreeMap<(String, String), Rate>,
    /// Recall per family.
    pub by_family: BTreeMap<String, Rate>,
    /// False-positive rate of the hard negatives per language.
    pub benign_by_lang: BTreeMap<String, Rate>,
    /// Per obfuscation: (recall of the obfuscated variants, recall of their clean originals).
    pub by_obfuscation: BTreeMap<String, (Rate, Rate)>,
}

/// Evaluate the guard on `corpus/injection/{attacks,benign}.jsonl` under `dir`, and on the
/// obfuscated variants: `obfuscated.jsonl` when present, else made in memory from the attacks
/// by the corpus's mutation code (the same seed gives the same rows).
pub fn own(engine: &Engine, dir: &Path) -> Result<Own, String> {
    let parse = |name: &str| -> Result<Vec<InjectionDoc>, String> {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        veil_corpus::injection::parse_injection(&text)
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let attacks = parse("attacks.jsonl")?;
    let benign = parse("benign.jsonl")?;
    let obf = if dir.join("obfuscated.jsonl").exists() {
        parse("obfuscated.jsonl")?
    } else {
        veil_corpus::injection::obfuscate_all(&attacks, veil_corpus::DEFAULT_SEED)
    };
    let mut out = Own::default();
    let mut clean: BTreeMap<String, bool> = BTreeMap::new();
    for r in &attacks {
        let d = detected(engine, &r.text);
        clean.insert(r.id.clone(), d);
        out.by_set_lang
            .entry((r.set.clone(), r.lang.clone()))
            .or_default()
            .add(&r.id, d, true);
        out.by_family
            .entry(r.family.clone().unwrap_or_default())
            .or_default()
            .add(&r.id, d, true);
    }
    for r in &benign {
        let d = detected(engine, &r.text);
        out.benign_by_lang
            .entry(r.lang.clone())
            .or_default()
            .add(&r.id, d, r.is_injection());
    }
    for r in &obf {
        let d = detected(engine, &r.text);
        let entry = out
            .by_obfuscation
            .entry(r.obfuscation.clone().unwrap_or_default())
            .or_default();
        entry.0.add(&r.id, d, true);
        let orig = r.orig_id.as_deref().unwrap_or("");
        entry
            .1
            .add(orig, clean.get(orig).copied().unwrap_or(false), true);
    }
    Ok(out)
}
