//! Tests of the injection corpus and of the committed files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use super::*;
use crate::obfuscate::{applicable, decode_tags, decode_vs, fold_ascii};

fn corpus() -> &'static InjectionCorpus {
    static C: OnceLock<InjectionCorpus> = OnceLock::new();
    C.get_or_init(|| injection_corpus(crate::DEFAULT_SEED))
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("injection")
}

#[test]
fn committed_files_match_generator() {
    for (name, fresh) in corpus().files() {
        let path = dir().join(name);
        // obfuscated.jsonl (6 MB) is not committed: `veil-corpus injection` writes it and the
        // guard evaluation makes the same rows in memory when it is absent.
        if name == OBFUSCATED_FILE && !path.exists() {
            continue;
        }
        let committed =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            committed == fresh,
            "{} is stale; regenerate with `veil-corpus injection` (see corpus/README.md)",
            path.display()
        );
        assert_eq!(read_injection(&path).len(), fresh.lines().count());
    }
    let c = corpus();
    assert_eq!(read_injection(dir().join(ATTACKS_FILE)), c.attacks);
    assert_eq!(read_injection(dir().join(BENIGN_FILE)), c.benign);
}

#[test]
fn generation_is_deterministic_and_seeded() {
    let a = injection_corpus(99);
    let b = injection_corpus(99);
    assert_eq!(a.attacks, b.attacks);
    assert_eq!(a.obfuscated, b.obfuscated);
    assert_ne!(a.attacks, corpus().attacks);
}

#[test]
fn counts_per_language_set_and_family() {
    let c = corpus();
    let mut n: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut fams: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
    for d in c.attacks.iter().chain(&c.benign) {
        *n.entry((d.lang.as_str(), d.set.as_str())).or_default() += 1;
        if let Some(f) = &d.family {
            fams.entry((d.lang.as_str(), d.set.as_str()))
                .or_default()
                .insert(f.as_str());
        }
    }
    for lang in LANGS {
        let get = |set| n.get(&(lang, set)).copied().unwrap_or(0);
        assert!(get(SET_DIRECT) >= 60, "{lang}: {}", get(SET_DIRECT));
        assert!(get(SET_JAILBREAK) >= 20, "{lang}");
        assert!(get(SET_INDIRECT) >= 20, "{lang}");
        assert!(get(SET_HARD_NEGATIVE) >= 150, "{lang}");
        let direct = &fams[&(lang, SET_DIRECT)];
        for f in Family::DIRECT {
            assert!(direct.contains(f.as_str()), "{lang}: no {}", f.as_str());
        }
        assert!(fams[&(lang, SET_JAILBREAK)].contains("persona_jailbreak"));
        assert!(fams[&(lang, SET_INDIRECT)].contains("indirect_instruction"));
    }
    let all: BTreeSet<&str> = c
        .attacks
        .iter()
        .filter_map(|d| d.family.as_deref())
        .collect();
    for f in Family::ALL {
        assert!(all.contains(f.as_str()), "family {} missing", f.as_str());
    }
}

#[test]
fn rows_are_well_formed() {
    let c = corpus();
    let mut ids = BTreeSet::new();
    for d in c.attacks.iter().chain(&c.benign).chain(&c.obfuscated) {
        assert!(ids.insert(d.id.as_str()), "duplicate id {}", d.id);
        assert!(LANGS.contains(&d.lang.as_str()));
        assert!(!d.text.contains('⟦') && !d.text.contains('⟧'), "{}", d.id);
        assert!(!d.text.trim().is_empty());
        if d.is_injection() {
            let [s, e] = d.span.expect("positive has span");
            assert!(s < e && e <= d.text.len(), "{}", d.id);
            let instr = d
                .instruction()
                .unwrap_or_else(|| panic!("{}: span not on char boundaries", d.id));
            assert!(!instr.trim().is_empty(), "{}", d.id);
        } else {
            assert_eq!(d.label, "benign");
            assert!(d.span.is_none() && d.category.is_some());
        }
    }
    // template slips: doubled spaces inside a line, a space before a comma
    // or a sentence-final period
    let sloppy = |s: &str| {
        s.lines().any(|l| l.trim_start().contains("  "))
            || s.contains(" ,")
            || s.contains(" .\n")
            || s.ends_with(" .")
            || s.contains(" . ")
    };
    for d in &c.attacks {
        let instr = d.instruction().unwrap();
        assert_eq!(instr, instr.trim(), "{}", d.id);
        assert!(!sloppy(instr), "{}: {instr:?}", d.id);
    }
    for d in &c.benign {
        assert!(!sloppy(&d.text), "{}: {:?}", d.id, d.text);
    }
}

#[test]
fn texts_are_unique_and_disjoint() {
    let c = corpus();
    let attacks: BTreeSet<&str> = c.attacks.iter().map(|d| d.text.as_str()).collect();
    let benign: BTreeSet<&str> = c.benign.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(attacks.len(), c.attacks.len());
    assert_eq!(benign.len(), c.benign.len());
    assert!(attacks.is_disjoint(&benign));
    let obf: BTreeSet<&str> = c.obfuscated.iter().map(|d| d.text.as_str()).collect();
    assert!(obf.is_disjoint(&benign) && obf.is_disjoint(&attacks));
}

#[test]
fn every_positive_has_every_applicable_obfuscation() {
    let c = corpus();
    let have: BTreeSet<(&str, &str)> = c
        .obfuscated
        .iter()
        .map(|d| {
            (
                d.orig_id.as_deref().unwrap(),
                d.obfuscation.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(have.len(), c.obfuscated.len());
    let mut expected = 0;
    for a in &c.attacks {
        let loc = locale(&a.lang).unwrap();
        for kind in Obfuscation::ALL {
            let app = applicable(kind, loc, a.instruction().unwrap());
            assert_eq!(
                have.contains(&(a.id.as_str(), kind.as_str())),
                app,
                "{} {kind}",
                a.id
            );
            expected += app as usize;
        }
    }
    assert_eq!(expected, c.obfuscated.len());
    // the always-applicable ones are present for every language
    for lang in LANGS {
        for kind in [
            "zero_width",
            "spaced",
            "dotted",
            "base64",
            "hex",
            "url",
            "bidi",
            "vs_payload",
        ] {
            let n = c
                .obfuscated
                .iter()
                .filter(|d| d.lang == lang && d.obfuscation.as_deref() == Some(kind))
                .count();
            let m = c.attacks.iter().filter(|d| d.lang == lang).count();
            assert_eq!(n, m, "{lang} {kind}");
        }
    }
}

#[test]
fn obfuscated_payloads_decode_to_the_instruction() {
    let c = corpus();
    let orig: BTreeMap<&str, &InjectionDoc> =
        c.attacks.iter().map(|d| (d.id.as_str(), d)).collect();
    for d in &c.obfuscated {
        let o = orig[d.orig_id.as_deref().unwrap()];
        let instr = o.instruction().unwrap();
        let got = d.instruction().unwrap();
        assert_eq!(d.family, o.family);
        assert_eq!(d.set, o.set);
        assert_eq!(d.lang, o.lang);
        // the wrapper around the instruction is unchanged
        let [s, e] = o.span.unwrap();
        assert!(d.text.starts_with(&o.text[..s]));
        assert!(d.text.ends_with(&o.text[e..]), "{}", d.id);
        match d.obfuscation.as_deref().unwrap() {
            "tag_chars" => {
                let loc = locale(&d.lang).unwrap();
                assert_eq!(
                    decode_tags(got),
                    fold_ascii(instr, loc.german_fold).unwrap()
                );
            }
            "vs_payload" => assert_eq!(decode_vs(got), instr.as_bytes(), "{}", d.id),
            "base64" => assert_eq!(got, crate::obfuscate::base64_encode(instr.as_bytes())),
            "hex" => assert_eq!(got, crate::obfuscate::hex_encode(instr.as_bytes())),
            "fullwidth" => {
                // text that was fullwidth already (CJK punctuation) maps back too
                let back = |s: &str| -> String {
                    s.chars()
                        .map(|c| match c as u32 {
                            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap(),
                            _ => c,
                        })
                        .collect()
                };
                assert_eq!(back(got), back(instr), "{}", d.id);
            }
            _ => assert_ne!(got, instr, "{}", d.id),
        }
    }
}

#[test]
fn size_budget() {
    // What is committed: attacks and benign (obfuscated.jsonl is generated on demand).
    let total: usize = corpus()
        .files()
        .iter()
        .filter(|(n, _)| *n != OBFUSCATED_FILE)
        .map(|(_, d)| d.len())
        .sum();
    assert!(
        total < 1_000_000,
        "committed injection corpus is {total} bytes"
    );
}

/// `shared/external/injection` beside the repository, if present.
fn external_dir() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/external/injection");
    p.is_dir().then_some(p)
}

#[test]
fn no_text_is_taken_from_external_suites() {
    let Some(ext) = external_dir() else {
        eprintln!("shared/external/injection not found; skipping");
        return;
    };
    let mut external: BTreeSet<String> = BTreeSet::new();
    for entry in std::fs::read_dir(&ext).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                    external.insert(t.trim().to_string());
                }
            }
        }
    }
    assert!(!external.is_empty());
    let c = corpus();
    for d in c.attacks.iter().chain(&c.benign).chain(&c.obfuscated) {
        assert!(
            !external.contains(d.text.trim()),
            "{} appears in an external suite",
            d.id
        );
        if let Some(i) = d.instruction() {
            assert!(
                !external.contains(i.trim()),
                "{} instruction appears in an external suite",
                d.id
            );
        }
    }
}
