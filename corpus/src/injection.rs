//! Labelled prompt-injection corpus: attacks, obfuscated variants and benign
//! hard negatives in nine languages.
//!
//! Every text is composed from seeded templates written for this corpus (none
//! is taken from an external suite). A template is plain text with groups:
//! * `⟦a|b|c⟧` – one alternative, chosen uniformly (groups nest; `⟦x|⟧` is
//!   optional text),
//! * `⟦$name⟧` – a value of the language's slot `name` (itself a template),
//! * `⟦@name⟧` – like `$name`, but the first choice is kept for the rest of
//!   the text (a persona name used in several sentences),
//! * `⟦^…⟧` – the expansion of `…` with its first letter capitalised,
//! * `⟦#b64:name⟧` / `⟦#hex:name⟧` – slot `name` expanded, then encoded,
//! * `⟦I⟧` – in a wrapper: where the instruction goes.
//!
//! [`injection_corpus`] builds the three files; [`read_injection`] loads one.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod pt;
mod ru;
mod zh;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::obfuscate::{self, Locale, Obfuscation, Script};
use crate::rng::Rng;

/// Attack family (the `family` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    InstructionOverride,
    NewPriority,
    SystemPromptExtraction,
    SecretExtraction,
    PersonaJailbreak,
    DeveloperMode,
    AuthorityImpersonation,
    RefusalSuppression,
    ConversationReset,
    IndirectInstruction,
    EncodedPayload,
    ToolHijack,
    Exfiltration,
}

impl Family {
    pub const ALL: [Family; 13] = [
        Family::InstructionOverride,
        Family::NewPriority,
        Family::SystemPromptExtraction,
        Family::SecretExtraction,
        Family::PersonaJailbreak,
        Family::DeveloperMode,
        Family::AuthorityImpersonation,
        Family::RefusalSuppression,
        Family::ConversationReset,
        Family::IndirectInstruction,
        Family::EncodedPayload,
        Family::ToolHijack,
        Family::Exfiltration,
    ];

    /// Families of the `direct_override` set.
    pub const DIRECT: [Family; 11] = [
        Family::InstructionOverride,
        Family::NewPriority,
        Family::SystemPromptExtraction,
        Family::SecretExtraction,
        Family::DeveloperMode,
        Family::AuthorityImpersonation,
        Family::RefusalSuppression,
        Family::ConversationReset,
        Family::ToolHijack,
        Family::Exfiltration,
        Family::EncodedPayload,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::InstructionOverride => "instruction_override",
            Family::NewPriority => "new_priority",
            Family::SystemPromptExtraction => "system_prompt_extraction",
            Family::SecretExtraction => "secret_extraction",
            Family::PersonaJailbreak => "persona_jailbreak",
            Family::DeveloperMode => "developer_mode",
            Family::AuthorityImpersonation => "authority_impersonation",
            Family::RefusalSuppression => "refusal_suppression",
            Family::ConversationReset => "conversation_reset",
            Family::IndirectInstruction => "indirect_instruction",
            Family::EncodedPayload => "encoded_payload",
            Family::ToolHijack => "tool_hijack",
            Family::Exfiltration => "exfiltration",
        }
    }
}

/// Languages, in output order.
pub const LANGS: [&str; 9] = ["en", "zh", "es", "de", "fr", "ja", "ru", "pt", "it"];

/// Attacks per language and set.
pub const PER_FAMILY_DIRECT: usize = 6;
pub const N_JAILBREAK: usize = 20;
pub const N_INDIRECT: usize = 20;
/// Benign hard negatives per language (at least).
pub const N_BENIGN: usize = 160;

/// Set ids.
pub const SET_DIRECT: &str = "direct_override";
pub const SET_JAILBREAK: &str = "jailbreak";
pub const SET_INDIRECT: &str = "indirect";
pub const SET_HARD_NEGATIVE: &str = "hard_negative";

/// One row of `attacks.jsonl`, `benign.jsonl` or `obfuscated.jsonl`.
///
/// `span` is the half-open UTF-8 byte range of the malicious instruction in
/// `text` (positives only); `orig_id`/`obfuscation` are set on obfuscated
/// rows, `category` on benign rows. On benign rows `family` names the family
/// whose trigger words the text uses innocently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjectionDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orig_id: Option<String>,
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub set: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obfuscation: Option<String>,
    pub text: String,
    /// `injection` or `benign`.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
}

impl InjectionDoc {
    pub fn is_injection(&self) -> bool {
        self.label == "injection"
    }

    pub fn span_range(&self) -> Option<Range<usize>> {
        self.span.map(|[s, e]| s..e)
    }

    /// The labelled instruction, if the span is present and valid.
    pub fn instruction(&self) -> Option<&str> {
        self.text.get(self.span_range()?)
    }
}

/// The three files of the injection corpus.
#[derive(Debug, Clone)]
pub struct InjectionCorpus {
    pub attacks: Vec<InjectionDoc>,
    pub benign: Vec<InjectionDoc>,
    pub obfuscated: Vec<InjectionDoc>,
}

/// File names inside the output directory.
pub const ATTACKS_FILE: &str = "attacks.jsonl";
pub const BENIGN_FILE: &str = "benign.jsonl";
pub const OBFUSCATED_FILE: &str = "obfuscated.jsonl";

impl InjectionCorpus {
    /// `(file name, JSONL contents)` for each file.
    pub fn files(&self) -> [(&'static str, String); 3] {
        [
            (ATTACKS_FILE, injection_jsonl(&self.attacks)),
            (BENIGN_FILE, injection_jsonl(&self.benign)),
            (OBFUSCATED_FILE, injection_jsonl(&self.obfuscated)),
        ]
    }
}

/// Serialize rows as JSONL (trailing newline).
pub fn injection_jsonl(rows: &[InjectionDoc]) -> String {
    let mut out = String::new();
    for r in rows {
        out.push_str(&serde_json::to_string(r).expect("serialize row"));
        out.push('\n');
    }
    out
}

/// Parse JSONL rows; the error names the 1-based line.
pub fn parse_injection(jsonl: &str) -> Result<Vec<InjectionDoc>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// Load one of the injection JSONL files. Panics with the path and line on
/// a read or parse error (it is meant for tests and evaluation commands).
pub fn read_injection(path: impl AsRef<Path>) -> Vec<InjectionDoc> {
    let path = path.as_ref();
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_injection(&data).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ------------------------------------------------------------ packs --------

/// Everything written for one language.
#[derive(Debug)]
pub(crate) struct Pack {
    pub lang: &'static str,
    pub locale: Locale,
    /// Named value lists used as `⟦$name⟧`.
    pub slots: &'static [(&'static str, &'static [&'static str])],
    /// Instruction templates of the direct-override families.
    pub direct: &'static [(Family, &'static [&'static str])],
    /// Chat wrappers around a direct instruction (`⟦I⟧`).
    pub direct_wrap: &'static [&'static str],
    /// Multi-sentence jailbreak templates (persona / developer mode).
    pub jailbreak: &'static [(Family, &'static [&'static str])],
    pub jailbreak_wrap: &'static [&'static str],
    /// Instructions addressed to an AI reading a document.
    pub indirect: &'static [&'static str],
    /// Documents around an indirect instruction (`⟦I⟧`).
    pub doc_wrap: &'static [&'static str],
    /// Benign hard negatives: (category, mimicked family, templates).
    pub benign: &'static [(&'static str, Family, &'static [&'static str])],
}

pub(crate) fn packs() -> [&'static Pack; 9] {
    [
        &en::PACK,
        &zh::PACK,
        &es::PACK,
        &de::PACK,
        &fr::PACK,
        &ja::PACK,
        &ru::PACK,
        &pt::PACK,
        &it::PACK,
    ]
}

/// The locale of a language id, for [`obfuscate::apply`].
pub fn locale(lang: &str) -> Option<&'static Locale> {
    packs()
        .into_iter()
        .find(|p| p.lang == lang)
        .map(|p| &p.locale)
}

// --------------------------------------------------------- expansion -------

const OPEN: char = '⟦';
const CLOSE: char = '⟧';

struct Expander<'a> {
    pack: &'a Pack,
    rng: &'a mut Rng,
    bound: Vec<(&'a str, String)>,
}

impl<'a> Expander<'a> {
    fn new(pack: &'a Pack, rng: &'a mut Rng) -> Self {
        Expander {
            pack,
            rng,
            bound: Vec::new(),
        }
    }

    fn slot(&self, name: &str) -> &'static [&'static str] {
        self.pack
            .slots
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{}: no slot {name:?}", self.pack.lang))
            .1
    }

    fn expand(&mut self, t: &'a str) -> String {
        let mut out = String::new();
        self.expand_into(t, &mut out);
        out
    }

    fn expand_into(&mut self, t: &'a str, out: &mut String) {
        let mut rest = t;
        while let Some(i) = rest.find(OPEN) {
            out.push_str(&rest[..i]);
            let inner_start = i + OPEN.len_utf8();
            let end = matching_close(rest, inner_start)
                .unwrap_or_else(|| panic!("{}: unclosed group in {t:?}", self.pack.lang));
            self.group(&rest[inner_start..end], out);
            rest = &rest[end + CLOSE.len_utf8()..];
        }
        assert!(
            !rest.contains(CLOSE),
            "{}: stray close in {t:?}",
            self.pack.lang
        );
        out.push_str(rest);
    }

    fn group(&mut self, g: &'a str, out: &mut String) {
        if let Some(rest) = g.strip_prefix('^') {
            let mut s = String::new();
            self.group(rest, &mut s);
            out.push_str(&cap_first(&s));
        } else if let Some(name) = g.strip_prefix('$') {
            let v = self.rng.pick(self.slot(name));
            self.expand_into(v, out);
        } else if let Some(name) = g.strip_prefix('@') {
            if let Some((_, v)) = self.bound.iter().find(|(n, _)| *n == name) {
                out.push_str(v);
            } else {
                let t = self.rng.pick(self.slot(name));
                let v = self.expand(t);
                out.push_str(&v);
                self.bound.push((name, v));
            }
        } else if let Some(name) = g.strip_prefix("#b64:") {
            let t = self.rng.pick(self.slot(name));
            let v = cap_first(&self.expand(t));
            out.push_str(&obfuscate::base64_encode(v.as_bytes()));
        } else if let Some(name) = g.strip_prefix("#hex:") {
            let t = self.rng.pick(self.slot(name));
            let v = cap_first(&self.expand(t));
            out.push_str(&obfuscate::hex_encode(v.as_bytes()));
        } else {
            let alts = split_alts(g);
            let a = alts[self.rng.index(alts.len())];
            self.expand_into(a, out);
        }
    }
}

/// Byte offset of the `⟧` closing a group whose content starts at `from`.
fn matching_close(s: &str, from: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s[from..].char_indices() {
        if c == OPEN {
            depth += 1;
        } else if c == CLOSE {
            if depth == 0 {
                return Some(from + i);
            }
            depth -= 1;
        }
    }
    None
}

/// Split a group's content at top-level `|`.
fn split_alts(g: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in g.char_indices() {
        match c {
            OPEN => depth += 1,
            CLOSE => depth -= 1,
            '|' if depth == 0 => {
                out.push(&g[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&g[start..]);
    out
}

fn cap_first(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
        _ => s.to_string(),
    }
}

// -------------------------------------------------------- generation -------

/// An instruction placed in a wrapper: full text and the instruction span.
fn wrap(ex: &mut Expander<'_>, wrapper: &'static str, instr: &str) -> (String, Range<usize>) {
    let (pre, post) = wrapper
        .split_once("⟦I⟧")
        .unwrap_or_else(|| panic!("wrapper without ⟦I⟧: {wrapper:?}"));
    let mut text = ex.expand(pre);
    let start = text.len();
    text.push_str(instr);
    let end = text.len();
    let post = ex.expand(post);
    text.push_str(&post);
    (text, start..end)
}

/// Generate one instruction from `templates`, capitalised for alphabetic
/// scripts, preferring one not yet used.
fn instruction(
    ex: &mut Expander<'_>,
    templates: &'static [&'static str],
    k: usize,
    used: &mut BTreeSet<String>,
) -> String {
    let alpha = ex.pack.locale.script != Script::Cjk;
    let mut last = String::new();
    for attempt in 0..200 {
        ex.bound.clear();
        let t = templates[(k + attempt) % templates.len()];
        let s = ex.expand(t);
        let s = if alpha { cap_first(&s) } else { s };
        if used.insert(s.clone()) {
            return s;
        }
        last = s;
    }
    last
}

struct LangOut {
    attacks: Vec<InjectionDoc>,
    benign: Vec<InjectionDoc>,
}

fn gen_lang(pack: &'static Pack, seed: u64, lang_no: u64) -> LangOut {
    let mut rng = Rng::derive(seed, 0x1A7E_0000 + lang_no);
    let mut ex = Expander::new(pack, &mut rng);
    let mut texts: BTreeSet<String> = BTreeSet::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut attacks = Vec::new();
    let lang = pack.lang;

    let mut push_attack = |ex: &mut Expander<'_>,
                           fam: Family,
                           set: &str,
                           templates: &'static [&'static str],
                           wraps: &'static [&'static str],
                           k: usize,
                           texts: &mut BTreeSet<String>,
                           used: &mut BTreeSet<String>| {
        for attempt in 0..200 {
            let instr = instruction(ex, templates, k + attempt, used);
            let w = wraps[ex.rng.index(wraps.len())];
            let (text, span) = wrap(ex, w, &instr);
            if texts.insert(text.clone()) {
                attacks.push(InjectionDoc {
                    id: format!("inj-{lang}-{:04}", attacks.len() + 1),
                    orig_id: None,
                    lang: lang.to_string(),
                    family: Some(fam.as_str().to_string()),
                    category: None,
                    set: set.to_string(),
                    obfuscation: None,
                    text,
                    label: "injection".to_string(),
                    span: Some([span.start, span.end]),
                });
                return;
            }
        }
        panic!("{lang}: cannot make a new {} text", fam.as_str());
    };

    for fam in Family::DIRECT {
        let templates = pack
            .direct
            .iter()
            .find(|(f, _)| *f == fam)
            .unwrap_or_else(|| panic!("{lang}: no templates for {}", fam.as_str()))
            .1;
        for k in 0..PER_FAMILY_DIRECT {
            push_attack(
                &mut ex,
                fam,
                SET_DIRECT,
                templates,
                pack.direct_wrap,
                k,
                &mut texts,
                &mut used,
            );
        }
    }
    // jailbreaks: cycle over every template of every family in turn
    let jailbreaks: Vec<(Family, &'static [&'static str])> = pack
        .jailbreak
        .iter()
        .flat_map(|&(fam, ts)| (0..ts.len()).map(move |i| (fam, &ts[i..i + 1])))
        .collect();
    for k in 0..N_JAILBREAK {
        let (fam, template) = jailbreaks[k % jailbreaks.len()];
        push_attack(
            &mut ex,
            fam,
            SET_JAILBREAK,
            template,
            pack.jailbreak_wrap,
            0,
            &mut texts,
            &mut used,
        );
    }
    for k in 0..N_INDIRECT {
        // every document wrapper in turn, so each kind of document is used
        let j = k % pack.doc_wrap.len();
        let w: &'static [&'static str] = &pack.doc_wrap[j..j + 1];
        push_attack(
            &mut ex,
            Family::IndirectInstruction,
            SET_INDIRECT,
            pack.indirect,
            w,
            k,
            &mut texts,
            &mut used,
        );
    }

    // benign hard negatives, category by category
    let mut benign = Vec::new();
    let per_cat = N_BENIGN.div_ceil(pack.benign.len());
    let mut dry = Vec::new();
    for &(cat, fam, templates) in pack.benign {
        let mut made = 0;
        let mut attempt = 0;
        while made < per_cat {
            if attempt >= 400 {
                dry.push(format!("{lang}/{cat} ({made})"));
                break;
            }
            ex.bound.clear();
            let t = templates[(made + attempt) % templates.len()];
            let text = ex.expand(t);
            attempt += 1;
            if !texts.insert(text.clone()) {
                continue;
            }
            made += 1;
            benign.push(InjectionDoc {
                id: format!("ben-{lang}-{:04}", benign.len() + 1),
                orig_id: None,
                lang: lang.to_string(),
                family: Some(fam.as_str().to_string()),
                category: Some(cat.to_string()),
                set: SET_HARD_NEGATIVE.to_string(),
                obfuscation: None,
                text,
                label: "benign".to_string(),
                span: None,
            });
        }
    }
    assert!(
        dry.is_empty(),
        "benign categories run dry: {}",
        dry.join(", ")
    );
    LangOut { attacks, benign }
}

/// Obfuscated variants: every attack × every obfuscation that applies.
pub fn obfuscate_all(attacks: &[InjectionDoc], seed: u64) -> Vec<InjectionDoc> {
    let mut out = Vec::new();
    for (i, a) in attacks.iter().enumerate() {
        let loc = locale(&a.lang).expect("known language");
        let span = a.span_range().expect("attack span");
        for (k, kind) in Obfuscation::ALL.into_iter().enumerate() {
            let mut rng = Rng::derive(seed ^ 0x0BF5_CA7E, (i as u64) << 8 | k as u64);
            let Some((text, sp)) = obfuscate::apply(kind, loc, &a.text, span.clone(), &mut rng)
            else {
                continue;
            };
            out.push(InjectionDoc {
                id: format!("{}-{}", a.id, kind.as_str()),
                orig_id: Some(a.id.clone()),
                lang: a.lang.clone(),
                family: a.family.clone(),
                category: None,
                set: a.set.clone(),
                obfuscation: Some(kind.as_str().to_string()),
                text,
                label: "injection".to_string(),
                span: Some([sp.start, sp.end]),
            });
        }
    }
    out
}

/// Build the whole injection corpus from `seed`.
pub fn injection_corpus(seed: u64) -> InjectionCorpus {
    let mut attacks = Vec::new();
    let mut benign = Vec::new();
    for (n, pack) in packs().into_iter().enumerate() {
        let out = gen_lang(pack, seed, n as u64);
        attacks.extend(out.attacks);
        benign.extend(out.benign);
    }
    let obfuscated = obfuscate_all(&attacks, seed);
    InjectionCorpus {
        attacks,
        benign,
        obfuscated,
    }
}
