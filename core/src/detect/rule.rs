//! Compiling one [`RuleSpec`] into a [`Rule`]: an anchored DFA plus its checks.

use crate::error::{Error, Result};
use crate::finding::Category;
use crate::policy::{Action, Operator, RuleSpec};
use crate::validate::Validator;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex_automata::dfa::Automaton;
use regex_automata::dfa::dense::DFA;
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use std::sync::Arc;

/// Where a rule's candidates start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// At an occurrence of one of the rule's keywords (the keyword is the match's prefix).
    Keyword,
    /// At the start of a run of digits (or a `+`, `(` or two capital letters just before it).
    Digits,
    /// At the start of the local part before an `@`.
    Email,
    /// At the value after `=`, `:`, `:=` or `=>` whose key names a secret.
    Assignment,
    /// At the start of a run of hex digits, colons and dots around a `:`.
    Ipv6,
}

impl Anchor {
    fn parse(s: &str) -> Option<Anchor> {
        Some(match s {
            "keyword" => Anchor::Keyword,
            "digits" => Anchor::Digits,
            "email" => Anchor::Email,
            "assignment" => Anchor::Assignment,
            "ipv6" => Anchor::Ipv6,
            _ => return None,
        })
    }
}

/// What may stand right before and after a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Boundary {
    /// No ASCII letter, digit or `_` on either side.
    Word,
    /// Like `Word`, and not glued to another number by `.`, `,` or `-` (so a match is never
    /// the middle of `12.345.678` or `2024-1234-5678-9`).
    Number,
    /// Like `Word`, and not glued to `:` or to `.` followed by an alphanumeric (so a match is
    /// never the head of `::ffff:256.0.0.1` or `2001::db8::1`).
    Address,
    /// Like `Word`, with `-` also glued (for tokens whose alphabet has `-`, so
    /// `xoxp-1-2-3-####` is not cut before its placeholder tail).
    Token,
    /// Anything.
    None,
}

/// How an anchored walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Walk {
    /// The pattern failed, or the window ended at `max_len`: the ends found are all there are.
    Done,
    /// The window was capped by `max_len` with the pattern still alive.
    Exhausted,
    /// The text ended before `max_len` with the pattern still alive.
    Open,
}

/// Upper bound on any match, so an anchored search never runs away.
pub(crate) const MAX_MATCH_LEN: usize = 16 * 1024;
const DEFAULT_MAX_LEN: usize = 4096;

#[derive(Debug)]
pub(crate) struct Rule {
    pub id: Arc<str>,
    pub entity_type: Arc<str>,
    pub category: Category,
    pub description: String,
    pub anchor: Anchor,
    pub keywords: Vec<String>,
    pub keywords_ignore_case: bool,
    /// Lowercased key words (assignment anchor).
    pub key_words: Vec<Vec<u8>>,
    pub key_excludes: Vec<Vec<u8>>,
    key_ac: Option<AhoCorasick>,
    /// Bitset of the first two (lowercased) bytes of every key word: a key with none of
    /// these byte pairs cannot contain a key word, and most keys (`Note:`, `Subject:`) have none.
    key_bigrams: Box<[u64; 1024]>,
    stop_ac: Option<AhoCorasick>,
    pub dfa: DFA<Vec<u32>>,
    /// The anchored start state when it does not depend on the byte before the match (no
    /// look-behind in the pattern), so a candidate costs no start-state computation.
    start_state: Option<StateID>,
    /// Bytes that can begin a match (the start state's non-dead transitions): a one-lookup
    /// filter before walking the DFA.
    first_bytes: [bool; 256],
    /// The longest run of digits a match can begin with (`usize::MAX` when unbounded): a digit
    /// run longer than this cannot start a match (IPv4 never starts with four digits).
    pub max_leading_digits: usize,
    pub pattern: String,
    pub validator: Option<Validator>,
    pub context: Option<AhoCorasick>,
    pub context_required: bool,
    pub context_window: usize,
    pub entropy: Option<f64>,
    pub min_digits: usize,
    pub max_len: usize,
    pub prefer_shortest: bool,
    /// Report only the value after the keyword (see `RuleSpec::span`).
    pub span_value: bool,
    pub boundary: Boundary,
    pub reject_placeholders: bool,
    pub score: f64,
    pub context_score: f64,
    pub operator: Option<Operator>,
    pub action: Option<Action>,
}

impl Rule {
    pub fn compile(spec: &RuleSpec) -> Result<Rule> {
        let id = spec.id.trim();
        if id.is_empty() {
            return Err(Error::rule("<unnamed>", "the rule has an empty id"));
        }
        let err = |msg: String| Error::rule(id, msg);
        if !valid_type_name(&spec.entity_type) {
            return Err(err(format!(
                "type '{}' is not a valid entity type name (use A-Z, 0-9 and _, starting with a letter)",
                spec.entity_type
            )));
        }
        let category = Category::parse(&spec.category).ok_or_else(|| {
            err(format!(
                "category '{}' is not one of pii, secret, injection",
                spec.category
            ))
        })?;
        let anchor = match spec.anchor.as_deref() {
            Some(a) => Anchor::parse(a).ok_or_else(|| {
                err(format!(
                    "anchor '{a}' is not one of keyword, digits, email, assignment, ipv6"
                ))
            })?,
            None if !spec.keywords.is_empty() => Anchor::Keyword,
            None => {
                return Err(err(
                    "the rule has no keywords and no anchor: every rule needs literal keywords \
                     (or an anchor: digits, email, assignment, ipv6) so it is not run at every byte"
                        .into(),
                ));
            }
        };
        if anchor == Anchor::Keyword {
            if spec.keywords.is_empty() {
                return Err(err("anchor 'keyword' needs at least one keyword".into()));
            }
            if let Some(k) = spec.keywords.iter().find(|k| k.len() < 2) {
                return Err(err(format!(
                    "keyword '{k}' is too short: keywords need at least 2 bytes"
                )));
            }
        }
        if anchor == Anchor::Assignment && spec.key_words.is_empty() {
            return Err(err("anchor 'assignment' needs key_words".into()));
        }
        if spec.pattern.is_empty() {
            return Err(err("the pattern is empty".into()));
        }
        let hir =
            syntax::parse_with(&spec.pattern, &super::dfa_build::syntax_config()).map_err(|e| {
                err(format!(
                    "pattern does not parse: {}",
                    flatten(&e.to_string())
                ))
            })?;
        let pattern_max = hir.properties().maximum_len();
        if hir.properties().minimum_len() == Some(0) {
            return Err(err("the pattern can match the empty string".into()));
        }
        let max_len = spec
            .max_len
            .or(pattern_max)
            .unwrap_or(DEFAULT_MAX_LEN)
            .clamp(1, MAX_MATCH_LEN);
        let dfa = match super::prebuilt::lookup(&spec.pattern) {
            Some(dfa) => dfa,
            None => super::dfa_build::build_dfa(&spec.pattern).map_err(|e| {
                err(format!(
                    "pattern cannot be compiled to a DFA (too large or unsupported): {}",
                    flatten(&e.to_string())
                ))
            })?,
        };
        let validator = match spec.validator.as_deref() {
            None | Some("") => None,
            Some(name) => Some(Validator::from_name(name).ok_or_else(|| {
                let known: Vec<&str> = Validator::ALL.iter().map(|v| v.name()).collect();
                err(format!(
                    "unknown validator '{name}' (known: {})",
                    known.join(", ")
                ))
            })?),
        };
        let context = if spec.context.is_empty() {
            if spec.context_required {
                return Err(err(
                    "context_required is set but no context words are given".into(),
                ));
            }
            None
        } else {
            // A contiguous NFA: as fast as a DFA on the short windows it reads, and an order
            // of magnitude cheaper to build (the DFAs were most of the engine's build time).
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&spec.context)
                    .map_err(|e| err(format!("context words: {e}")))?,
            )
        };
        let prefer_shortest = match spec.prefer.as_deref() {
            None | Some("longest") => false,
            Some("shortest") => true,
            Some(p) => return Err(err(format!("prefer '{p}' is not one of longest, shortest"))),
        };
        let span_value = match spec.span.as_deref() {
            None | Some("match") => false,
            Some("value") if anchor == Anchor::Keyword => true,
            Some("value") => return Err(err("span 'value' needs the keyword anchor".into())),
            Some(x) => return Err(err(format!("span '{x}' is not one of match, value"))),
        };
        let boundary = match spec.boundary.as_deref() {
            None => match anchor {
                Anchor::Digits => Boundary::Number,
                Anchor::Assignment => Boundary::None,
                _ => Boundary::Word,
            },
            Some("word") => Boundary::Word,
            Some("number") => Boundary::Number,
            Some("address") => Boundary::Address,
            Some("token") => Boundary::Token,
            Some("none") => Boundary::None,
            Some(b) => {
                return Err(err(format!(
                    "boundary '{b}' is not one of word, number, none"
                )));
            }
        };
        let score = spec.score.unwrap_or(0.8);
        if !(0.0..=1.0).contains(&score) {
            return Err(err(format!("score {score} is outside 0..=1")));
        }
        let context_score = spec.context_score.unwrap_or((score + 0.15).min(1.0));
        if !(0.0..=1.0).contains(&context_score) {
            return Err(err(format!(
                "context_score {context_score} is outside 0..=1"
            )));
        }
        if let Some(e) = spec.entropy
            && !(0.0..=8.0).contains(&e)
        {
            return Err(err(format!("entropy {e} is outside 0..=8 bits per byte")));
        }
        Ok(Rule {
            id: Arc::from(id),
            entity_type: Arc::from(spec.entity_type.as_str()),
            category,
            description: spec.description.clone(),
            anchor,
            keywords: spec.keywords.clone(),
            keywords_ignore_case: spec.keywords_ignore_case,
            key_words: spec
                .key_words
                .iter()
                .map(|k| k.to_ascii_lowercase().into_bytes())
                .collect(),
            key_excludes: spec
                .key_excludes
                .iter()
                .map(|k| k.to_ascii_lowercase().into_bytes())
                .collect(),
            start_state: dfa.universal_start_state(Anchored::Yes),
            first_bytes: first_bytes(&dfa),
            max_leading_digits: max_leading_digits(&dfa),
            key_bigrams: key_bigrams(&spec.key_words),
            key_ac: if spec.key_words.is_empty() {
                None
            } else {
                Some(
                    AhoCorasick::builder()
                        .ascii_case_insensitive(true)
                        .build(&spec.key_words)
                        .map_err(|e| err(format!("key_words: {e}")))?,
                )
            },
            stop_ac: if spec.key_stopwords.is_empty() {
                None
            } else {
                Some(
                    AhoCorasick::builder()
                        .ascii_case_insensitive(true)
                        .build(&spec.key_stopwords)
                        .map_err(|e| err(format!("key_stopwords: {e}")))?,
                )
            },
            dfa,
            pattern: spec.pattern.clone(),
            validator,
            context,
            context_required: spec.context_required,
            context_window: spec.context_window.unwrap_or(64).min(4096),
            entropy: spec.entropy,
            min_digits: spec.min_digits.unwrap_or(0),
            max_len,
            prefer_shortest,
            span_value,
            boundary,
            reject_placeholders: spec
                .reject_placeholders
                .unwrap_or(category == Category::Secret),
            score,
            context_score,
            operator: spec.operator,
            action: spec.action,
        })
    }

    /// Every end of a match starting at `start` and ending at or before `limit`, in increasing
    /// order (only the first for `prefer = "shortest"`). A hand-rolled walk over the dense DFA: the
    /// candidate loop calls this hundreds of thousands of times per MB, so it must cost a few
    /// table lookups, not a search setup.
    pub fn match_ends(
        &self,
        hay: &[u8],
        start: usize,
        limit: usize,
        ends: &mut Vec<usize>,
    ) -> Walk {
        let dfa = &self.dfa;
        let mut sid = match self.start_state {
            Some(s) => s,
            None => {
                let input = Input::new(hay).range(start..limit).anchored(Anchored::Yes);
                match dfa.start_state_forward(&input) {
                    Ok(s) => s,
                    Err(_) => return Walk::Done,
                }
            }
        };
        let mut at = start;
        while at < limit {
            sid = dfa.next_state(sid, hay[at]);
            if dfa.is_special_state(sid) {
                if dfa.is_match_state(sid) {
                    // Matches are reported one byte late: this one ends before `at`.
                    ends.push(at);
                    if self.prefer_shortest {
                        return Walk::Done;
                    }
                } else if dfa.is_dead_state(sid) || dfa.is_quit_state(sid) {
                    return Walk::Done;
                }
            }
            at += 1;
        }
        // End of the window: the end-of-input transition may complete a match. Past the end of
        // the text that is the real end; inside the text (window capped by max_len), feed the
        // next byte so a match is not claimed where the text goes on.
        let exhausted = limit < hay.len();
        sid = if exhausted {
            dfa.next_state(sid, hay[limit])
        } else {
            dfa.next_eoi_state(sid)
        };
        if dfa.is_match_state(sid) {
            ends.push(limit);
        }
        if exhausted {
            if dfa.is_dead_state(sid) {
                Walk::Done
            } else {
                Walk::Exhausted
            }
        } else if start.saturating_add(self.max_len) > hay.len() {
            // The text ended while the pattern could still go on: more text may change the
            // outcome (only a stream's unfinished tail can tell the difference).
            Walk::Open
        } else {
            Walk::Done
        }
    }

    /// Whether an assignment key (already lowercased) names what this rule looks for.
    pub fn key_matches(&self, key_lower: &[u8]) -> bool {
        let maybe = key_lower.windows(2).any(|w| {
            let i = (w[0] as usize) << 8 | w[1] as usize;
            self.key_bigrams[i >> 6] & (1 << (i & 63)) != 0
        });
        maybe
            && self
                .key_ac
                .as_ref()
                .is_some_and(|ac| ac.is_match(key_lower))
            && !self.key_excludes.iter().any(|x| key_lower.ends_with(x))
            && !self
                .stop_ac
                .as_ref()
                .is_some_and(|ac| ac.is_match(key_lower))
    }

    /// Whether a match can start with byte `b`.
    #[inline]
    pub fn can_start_with(&self, b: u8) -> bool {
        self.first_bytes[b as usize]
    }
}

fn key_bigrams(words: &[String]) -> Box<[u64; 1024]> {
    let mut set = Box::new([0u64; 1024]);
    let mut add = |i: usize| set[i >> 6] |= 1 << (i & 63);
    for w in words {
        let w = w.to_ascii_lowercase();
        match w.as_bytes() {
            [a, b, ..] => add((*a as usize) << 8 | *b as usize),
            // A one-byte key word: every pair starting with it.
            [a] => (0..256).for_each(|b| add((*a as usize) << 8 | b)),
            [] => {}
        }
    }
    set
}

fn first_bytes(dfa: &DFA<Vec<u32>>) -> [bool; 256] {
    let mut out = [true; 256];
    if let Some(start) = dfa.universal_start_state(Anchored::Yes) {
        for (b, slot) in out.iter_mut().enumerate() {
            let next = dfa.next_state(start, b as u8);
            *slot = !dfa.is_dead_state(next) && !dfa.is_quit_state(next);
        }
    }
    out
}

/// Walk digit transitions from the start state: after how many digits are all paths dead?
fn max_leading_digits(dfa: &DFA<Vec<u32>>) -> usize {
    const CAP: usize = 40;
    let Some(start) = dfa.universal_start_state(Anchored::Yes) else {
        return usize::MAX;
    };
    let mut states = vec![start];
    for k in 0..CAP {
        let mut next: Vec<StateID> = Vec::new();
        for &s in &states {
            for d in b'0'..=b'9' {
                let n = dfa.next_state(s, d);
                if !dfa.is_dead_state(n) && !next.contains(&n) {
                    next.push(n);
                }
            }
        }
        if next.is_empty() {
            return k;
        }
        states = next;
    }
    usize::MAX
}

pub(crate) fn valid_type_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
}

fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
