//! Loading the phrase families (`core/rules/guard/families.toml`) and the per-language term
//! files into one Aho-Corasick automaton.

use super::gate::TermGate;
use crate::error::{Error, ErrorKind, Result};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// The built-in files: (name, text).
pub(crate) const FAMILIES: &str = include_str!("../../rules/guard/families.toml");
pub(crate) const LANGS: &[(&str, &str)] = &[
    ("en", include_str!("../../rules/guard/en.toml")),
    ("zh", include_str!("../../rules/guard/zh.toml")),
    ("es", include_str!("../../rules/guard/es.toml")),
    ("de", include_str!("../../rules/guard/de.toml")),
    ("fr", include_str!("../../rules/guard/fr.toml")),
    ("ja", include_str!("../../rules/guard/ja.toml")),
    ("ru", include_str!("../../rules/guard/ru.toml")),
    ("pt", include_str!("../../rules/guard/pt.toml")),
    ("it", include_str!("../../rules/guard/it.toml")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FamiliesFile {
    family: Vec<FamilySpec>,
}

/// One phrase family as written in families.toml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FamilySpec {
    pub id: String,
    pub description: String,
    pub needs: Vec<String>,
    #[serde(default)]
    pub boost: Vec<String>,
    pub base: f64,
    pub score: f64,
    #[serde(default)]
    pub phrase: Option<f64>,
    pub window: usize,
    #[serde(default = "yes")]
    pub negatable: bool,
    /// The family's `verb` terms ask for an action on data; a verb used as a description
    /// ("the exposed credential", "泄露的凭证", "视为已泄露") does not count.
    #[serde(default)]
    pub request: bool,
    #[serde(default)]
    pub density: Option<Density>,
}

/// Fire a family when `terms` distinct terms of `class` occur anywhere in a text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Density {
    pub class: String,
    pub terms: usize,
    pub score: f64,
}

fn yes() -> bool {
    true
}

/// A language file: terms per family and class, context words, examples.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LangFile {
    pub lang: String,
    pub terms: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    pub context: ContextSpec,
    #[cfg_attr(not(test), allow(dead_code))]
    #[serde(default)]
    pub examples: BTreeMap<String, Vec<String>>,
    #[cfg_attr(not(test), allow(dead_code))]
    #[serde(default)]
    pub counter_examples: BTreeMap<String, Vec<String>>,
}

/// Context words of a language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContextSpec {
    pub negation: Vec<String>,
    pub discussion: Vec<String>,
}

/// What a term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A class of a family: (family index, class index; `PHRASE` for the phrase class).
    Term(u16, u16),
    Negation,
    Discussion,
}

/// Class index of the `phrase` class.
pub(crate) const PHRASE: u16 = u16::MAX;

/// A compiled pattern: the text matched and its roles.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// Must start on a word boundary.
    pub left: bool,
    /// Must end on a word boundary.
    pub right: bool,
    pub roles: Vec<Role>,
}

/// A compiled family.
#[derive(Debug, Clone)]
pub(crate) struct Family {
    pub spec: FamilySpec,
    /// Class names: needs first, then boost.
    pub classes: Vec<String>,
    pub n_needs: usize,
    /// Class index of the density class, if any.
    pub density_class: Option<u16>,
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub families: Vec<Family>,
    /// Every term (pattern id = index into `patterns`).
    pub ac: AhoCorasick,
    /// The ASCII terms; pattern id `i` is `patterns[ascii_ids[i]]`.
    pub ascii: AhoCorasick,
    pub ascii_ids: Vec<usize>,
    pub patterns: Vec<Pattern>,
    pub langs: Vec<String>,
    /// Which ASCII views can hold no frame.
    pub gate: TermGate,
}

fn lex_err(msg: String) -> Error {
    Error::new(ErrorKind::Rule, msg)
}

/// Whether word boundaries apply next to `c` (scripts written with spaces between words).
pub(crate) fn spaced_script(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c,
            '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
            | '\u{FF66}'..='\u{FF9F}' | '\u{20000}'..='\u{3FFFF}')
}

impl Lexicon {
    /// Compile the built-in families and languages.
    pub fn builtin() -> Result<Lexicon> {
        let langs: Vec<LangFile> = LANGS
            .iter()
            .map(|(name, text)| {
                toml::from_str::<LangFile>(text)
                    .map_err(|e| lex_err(format!("guard lexicon {name}.toml: {e}")))
            })
            .collect::<Result<_>>()?;
        Lexicon::compile(FAMILIES, &langs)
    }

    /// Parse the built-in language files (for tests).
    #[cfg(test)]
    pub fn builtin_lang_files() -> Result<Vec<LangFile>> {
        LANGS
            .iter()
            .map(|(name, text)| {
                toml::from_str::<LangFile>(text)
                    .map_err(|e| lex_err(format!("guard lexicon {name}.toml: {e}")))
            })
            .collect()
    }

    pub fn compile(families_toml: &str, langs: &[LangFile]) -> Result<Lexicon> {
        let ff: FamiliesFile = toml::from_str(families_toml)
            .map_err(|e| lex_err(format!("guard families.toml: {e}")))?;
        let mut families = Vec::new();
        let mut fam_index = HashMap::new();
        for spec in ff.family {
            if spec.needs.is_empty() || spec.window == 0 {
                return Err(lex_err(format!(
                    "guard family '{}': needs at least one class and a window",
                    spec.id
                )));
            }
            let mut classes = spec.needs.clone();
            classes.extend(spec.boost.iter().cloned());
            fam_index.insert(spec.id.clone(), families.len());
            let density_class = match &spec.density {
                Some(d) => Some(classes.iter().position(|c| *c == d.class).ok_or_else(|| {
                    lex_err(format!(
                        "guard family '{}': density class not in needs/boost",
                        spec.id
                    ))
                })? as u16),
                None => None,
            };
            families.push(Family {
                density_class,
                n_needs: spec.needs.len(),
                classes,
                spec,
            });
        }
        let mut by_text: HashMap<(String, bool, bool), usize> = HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |term: &str, role: Role, lang: &str| -> Result<()> {
            let t = term.trim_matches(|c: char| c == ' ');
            let left_free = t.starts_with('*');
            let right_free = t.ends_with('*');
            let core = t.trim_matches('*');
            if core.is_empty() {
                return Err(lex_err(format!("guard lexicon {lang}: empty term")));
            }
            let lower = core.to_lowercase().replace(['’', 'ʼ', '‘'], "'");
            let first = lower.chars().next().unwrap_or(' ');
            let last = lower.chars().next_back().unwrap_or(' ');
            let left = !left_free && spaced_script(first);
            let right = !right_free && spaced_script(last);
            let key = (lower.clone(), left, right);
            let idx = *by_text.entry(key).or_insert_with(|| {
                texts.push(lower.clone());
                patterns.push(Pattern {
                    left,
                    right,
                    roles: Vec::new(),
                });
                patterns.len() - 1
            });
            if !patterns[idx].roles.contains(&role) {
                patterns[idx].roles.push(role);
            }
            // The skeleton folds leetspeak in tokens mixing letters and digits ("base64" reads
            // "base6a" there): such a term is also matched in its folded form.
            let folded = super::view::fold_term(&lower);
            if folded != lower {
                let key = (folded.clone(), left, right);
                let idx = *by_text.entry(key).or_insert_with(|| {
                    texts.push(folded);
                    patterns.push(Pattern {
                        left,
                        right,
                        roles: Vec::new(),
                    });
                    patterns.len() - 1
                });
                if !patterns[idx].roles.contains(&role) {
                    patterns[idx].roles.push(role);
                }
            }
            Ok(())
        };
        let mut lang_names = Vec::new();
        for lf in langs {
            lang_names.push(lf.lang.clone());
            for (fam_id, classes) in &lf.terms {
                let Some(&fi) = fam_index.get(fam_id) else {
                    return Err(lex_err(format!(
                        "guard lexicon {}: unknown family '{fam_id}'",
                        lf.lang
                    )));
                };
                let fam = &families[fi];
                for (class, terms) in classes {
                    let ci = if class == "phrase" {
                        if fam.spec.phrase.is_none() {
                            return Err(lex_err(format!(
                                "guard lexicon {}: family '{fam_id}' has no phrase score",
                                lf.lang
                            )));
                        }
                        PHRASE
                    } else {
                        match fam.classes.iter().position(|c| c == class) {
                            Some(i) => i as u16,
                            None => {
                                return Err(lex_err(format!(
                                    "guard lexicon {}: family '{fam_id}' has no class '{class}'",
                                    lf.lang
                                )));
                            }
                        }
                    };
                    for t in terms {
                        add(t, Role::Term(fi as u16, ci), &lf.lang)?;
                    }
                }
            }
            for t in &lf.context.negation {
                add(t, Role::Negation, &lf.lang)?;
            }
            for t in &lf.context.discussion {
                add(t, Role::Discussion, &lf.lang)?;
            }
        }
        // Two automata: a DFA over the ASCII terms, for ASCII text (most text, and fast to
        // search), and a compact NFA over every term, for text with other characters (cheap to
        // build; a DFA over all nine languages takes a third of a second to build).
        let ascii_ids: Vec<usize> = (0..texts.len()).filter(|&i| texts[i].is_ascii()).collect();
        let ascii = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(ascii_ids.iter().map(|&i| &texts[i]))
            .map_err(|e| lex_err(format!("guard lexicon automaton: {e}")))?;
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&texts)
            .map_err(|e| lex_err(format!("guard lexicon automaton: {e}")))?;
        let gate = TermGate::new(&families, &patterns, &texts);
        Ok(Lexicon {
            families,
            ac,
            ascii,
            ascii_ids,
            patterns,
            langs: lang_names,
            gate,
        })
    }
}
