//! [`Engine`] and [`EngineBuilder`]: compile a policy once, scan many texts.

use crate::detect::rule::valid_type_name;
use crate::detect::{DenyMatcher, Detector, Hit, Rule, pack};
use crate::error::{Error, ErrorKind, Result};
use crate::finding::{Category, Finding};
use crate::guard::{Guard, GuardReport, GuardSettings, Verdict};
use crate::normalize::View;
use crate::policy::{Action, DenyList, Operator, Policy, RedactSettings, RulePack, RuleSpec};
use crate::redact::{self, Numbering, Redaction};
use crate::session::Session;
use aho_corasick::AhoCorasick;
use regex_automata::{Anchored, Input, meta};
use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, OnceLock};

/// Output settings of one rule slot (a rule or a deny list), resolved from the policy.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub id: Arc<str>,
    pub entity_type: Arc<str>,
    pub category: Category,
    pub operator: Operator,
    pub action: Action,
    pub mask_keep: usize,
    pub min_score: f64,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub det: Detector,
    pub slots: Vec<Slot>,
    allow_values: HashSet<String>,
    allow_patterns: Option<meta::Regex>,
    pub redact: RedactSettings,
    pub hash_key: Vec<u8>,
    pub guard: LazyGuard,
    policy: Policy,
    packs: Vec<String>,
}

/// The prompt guard, compiled on first use (through `Deref`): its lexicon takes longer to
/// build than the rest of the engine, and a scan with `guard.in_scan = false` never reads
/// it. The settings are checked when the engine is built.
#[derive(Debug)]
pub(crate) struct LazyGuard {
    /// `guard.in_scan`, readable without compiling the guard.
    pub in_scan: bool,
    /// `guard.second_opinion`, readable without compiling the guard.
    pub second_opinion: [f64; 2],
    unbuilt: GuardSettings,
    key: Vec<u8>,
    types: [bool; 4],
    cell: OnceLock<Guard>,
}

impl std::ops::Deref for LazyGuard {
    type Target = Guard;

    fn deref(&self) -> &Guard {
        self.cell.get_or_init(|| {
            Guard::new(self.unbuilt.clone(), self.key.clone())
                .expect("the built-in guard lexicon compiles (checked by the test suite)")
                .with_types(self.types)
        })
    }
}

/// A compiled policy: immutable, `Send + Sync`, and cheap to clone (an `Arc` bump).
///
/// ```
/// let engine = veil_core::Engine::default();
/// let text = "mail jane.doe@example.com or call +1 415-555-2671";
/// let findings = engine.scan(text);
/// assert_eq!(findings[0].entity_type.as_ref(), "EMAIL_ADDRESS");
/// assert_eq!(findings[0].text(text), "jane.doe@example.com");
/// let redacted = engine.redact(text);
/// assert_eq!(redacted.text, "mail [EMAIL_ADDRESS] or call [PHONE_NUMBER]");
/// ```
#[derive(Debug, Clone)]
pub struct Engine {
    pub(crate) inner: Arc<Inner>,
}

/// Describes one compiled rule, for listings such as `veil rules`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// Entity type reported.
    #[serde(rename = "type")]
    pub entity_type: String,
    /// Category.
    pub category: Category,
    /// Anchor kind: `keyword`, `digits`, `email`, `assignment`, `ipv6` or `deny-list`.
    pub anchor: String,
    /// Literal keywords (keyword anchor) or key words (assignment anchor).
    pub keywords: Vec<String>,
    /// Validator name, if any.
    pub validator: Option<String>,
    /// The pattern (empty for deny lists).
    pub pattern: String,
    /// Operator applied when redacting.
    pub operator: Operator,
    /// Action.
    pub action: Action,
    /// Description.
    pub description: String,
}

impl Default for Engine {
    /// The built-in policy: every built-in rule pack, `label` redaction.
    fn default() -> Engine {
        Engine::builder()
            .build()
            .expect("the built-in rule packs compile (checked by the test suite)")
    }
}

impl Engine {
    /// Start configuring an engine.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::new()
    }

    /// Build an engine from a policy document (TOML).
    pub fn from_policy_toml(text: &str) -> Result<Engine> {
        EngineBuilder::new()
            .policy(Policy::from_toml(text)?)
            .build()
    }

    /// Every finding in `text`, sorted by start. Personal data and secrets never overlap each
    /// other; injection findings (the prompt guard, when `guard.in_scan` is on, the default)
    /// may overlap them.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_in(text, View::of(text))
    }

    /// [`Engine::scan`] with the normalized view (if any) already made.
    fn scan_in(&self, text: &str, view: Option<View>) -> Vec<Finding> {
        let mut out: Vec<Finding> = self
            .hits_in(text, view)
            .into_iter()
            .map(|h| self.finding(h))
            .collect();
        if self.inner.guard.in_scan {
            let g = &*self.inner.guard;
            let signals = g.signals(text, &[]);
            merge_sorted(&mut out, g.findings(&signals));
        }
        out
    }

    /// [`Engine::scan`] and [`Engine::guard`] in one pass over the guard.
    pub fn scan_with_guard(&self, text: &str) -> (Vec<Finding>, GuardReport) {
        let mut out: Vec<Finding> = self
            .hits(text)
            .into_iter()
            .map(|h| self.finding(h))
            .collect();
        let g = &*self.inner.guard;
        let report = g.report(&g.signals(text, &[]));
        if g.settings.in_scan {
            merge_sorted(&mut out, report.findings.clone());
        }
        (out, report)
    }

    /// The prompt guard's verdict on `text`: injection and jailbreak phrases (in nine
    /// languages, also obfuscated or encoded), chat-template spoofing, hidden text,
    /// data-carrying links and leaked canaries, combined into a risk and a verdict with the
    /// policy's `[guard]` thresholds. See [`crate::guard`].
    pub fn guard(&self, text: &str) -> GuardReport {
        let g = &*self.inner.guard;
        g.report(&g.signals(text, &[]))
    }

    /// [`Engine::guard`] with a second opinion: when the risk falls in the policy's
    /// `guard.second_opinion` band (default `[0.3, 0.85)`), `classifier` is called with the
    /// text and the rule-based report; if it returns a score, the risk becomes the larger of the
    /// two and the verdict is recomputed. veil ships no model: plug in your own.
    pub fn guard_with<F>(&self, text: &str, classifier: F) -> GuardReport
    where
        F: FnOnce(&str, &GuardReport) -> Option<f64>,
    {
        let g = &*self.inner.guard;
        let mut report = self.guard(text);
        let [lo, hi] = g.settings.second_opinion;
        if report.risk >= lo
            && report.risk < hi
            && let Some(s) = classifier(text, &report)
            && s.is_finite()
        {
            report.risk = report.risk.max(s.clamp(0.0, 1.0));
            report.verdict = g.verdict(report.risk);
        }
        report
    }

    /// Whether `report`'s risk falls in the policy's second-opinion band: for callers that
    /// ask a classifier asynchronously, then combine with [`Engine::with_second_opinion`].
    pub fn wants_second_opinion(&self, report: &GuardReport) -> bool {
        let [lo, hi] = self.inner.guard.second_opinion;
        report.risk >= lo && report.risk < hi
    }

    /// `report` with a classifier's score folded in, as [`Engine::guard_with`] does: the risk
    /// becomes the larger of the two and the verdict is recomputed. Non-finite scores are
    /// ignored.
    pub fn with_second_opinion(&self, mut report: GuardReport, score: f64) -> GuardReport {
        if score.is_finite() {
            report.risk = report.risk.max(score.clamp(0.0, 1.0));
            report.verdict = self.inner.guard.verdict(report.risk);
        }
        report
    }

    /// A canary token to embed in a system prompt. Any scan or guard of an answer by this
    /// engine (or one built with the same `redact.hash_key`) reports `CANARY_LEAK` when the
    /// token shows up, also split by spaces or punctuation. The token carries its own MAC, so
    /// the engine keeps no state.
    pub fn canary(&self) -> String {
        crate::guard::canary_token(self.inner.guard.key())
    }

    pub(crate) fn guard_values(&self, text: &str, values: &[&str]) -> GuardReport {
        let g = &*self.inner.guard;
        g.report(&g.signals(text, values))
    }

    pub(crate) fn guard_signals_into(&self, text: &str, values: &[&str], r: &mut Redaction<'_>) {
        if !self.inner.guard.in_scan {
            return;
        }
        let g = &*self.inner.guard;
        let signals = g.signals(text, values);
        if signals.is_empty() {
            return;
        }
        let report = g.report(&signals);
        merge_sorted(&mut r.findings, report.findings);
        if report.verdict == Verdict::Block {
            r.blocked = true;
        }
    }

    /// Scan bytes that may not be valid UTF-8: each valid stretch is scanned, offsets refer to
    /// `bytes`. Matches never span an invalid byte.
    pub fn scan_bytes(&self, bytes: &[u8]) -> Vec<Finding> {
        // ASCII (most input) is valid UTF-8 and needs no view: one pass over it, not two.
        if bytes.is_ascii() {
            // SAFETY: ASCII bytes are valid UTF-8.
            let text = unsafe { std::str::from_utf8_unchecked(bytes) };
            return self.scan_in(text, None);
        }
        if let Ok(text) = std::str::from_utf8(bytes) {
            return self.scan(text);
        }
        let mut out = Vec::new();
        for (off, chunk) in utf8_chunks(bytes) {
            for mut f in self.scan(chunk) {
                f.start += off;
                f.end += off;
                out.push(f);
            }
        }
        out
    }

    /// Whether `text` holds no finding (the same work as [`Engine::scan`], without building
    /// public findings).
    pub fn is_clean(&self, text: &str) -> bool {
        self.hits(text).is_empty()
            && (!self.inner.guard.in_scan || {
                let g = &*self.inner.guard;
                g.findings(&g.signals(text, &[])).is_empty()
            })
    }

    /// Redact `text` with each type's operator. Borrowed (no allocation) when nothing is found.
    /// `placeholder` numbers are per call; use a [`Session`] for reversible placeholders.
    pub fn redact<'t>(&self, text: &'t str) -> Redaction<'t> {
        let hits = self.hits(text);
        let mut numbering = Numbering::default();
        let mut r = redact::apply(self, text, hits, &mut numbering, false);
        self.guard_signals_into(text, &[], &mut r);
        r
    }

    /// Redact bytes that may be invalid UTF-8. Fails with an [`ErrorKind::Input`] error naming
    /// the offset of the first invalid byte; see [`Engine::redact_lossy`] for the alternative.
    pub fn redact_bytes<'t>(&self, bytes: &'t [u8]) -> Result<Redaction<'t>> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(self.redact(text)),
            Err(e) => Err(Error::new(
                ErrorKind::Input,
                format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
            )
            .with_offset(e.valid_up_to())),
        }
    }

    /// Redact bytes, replacing invalid UTF-8 sequences with U+FFFD first.
    pub fn redact_lossy(&self, bytes: &[u8]) -> Redaction<'static> {
        let text = String::from_utf8_lossy(bytes).into_owned();
        self.redact(&text).into_owned()
    }

    /// [`Engine::scan`] of each text, in order, spread over up to `threads` OS threads
    /// (`0` = the machine's available parallelism). Each thread takes a contiguous share of
    /// the texts balanced by byte length; the result equals scanning one by one.
    pub fn scan_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        threads: usize,
    ) -> Vec<Vec<Finding>> {
        batch(texts, threads, |t| self.scan(t.as_ref()))
    }

    /// [`Engine::redact`] of each text, in order, in parallel as [`Engine::scan_batch`].
    pub fn redact_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        threads: usize,
    ) -> Vec<Redaction<'static>> {
        batch(texts, threads, |t| self.redact(t.as_ref()).into_owned())
    }

    /// A new reversible session (vault) using this engine.
    pub fn session(&self) -> Session {
        Session::new(self.clone())
    }

    /// The compiled rules, in evaluation order, deny lists last.
    pub fn rules(&self) -> Vec<RuleInfo> {
        let inner = &self.inner;
        let mut out = Vec::new();
        for (i, slot) in inner.slots.iter().enumerate() {
            let (anchor, keywords, validator, pattern, description) = match inner.det.rules.get(i) {
                Some(r) if i < inner.det.rule_count => (
                    format!("{:?}", r.anchor).to_ascii_lowercase(),
                    if r.key_words.is_empty() {
                        r.keywords.clone()
                    } else {
                        r.key_words
                            .iter()
                            .map(|k| String::from_utf8_lossy(k).into_owned())
                            .collect()
                    },
                    r.validator.map(|v| v.name().to_string()),
                    r.pattern.clone(),
                    r.description.clone(),
                ),
                _ => (
                    "deny-list".to_string(),
                    vec![],
                    None,
                    String::new(),
                    "terms from the policy's deny list".to_string(),
                ),
            };
            out.push(RuleInfo {
                id: slot.id.to_string(),
                entity_type: slot.entity_type.to_string(),
                category: slot.category,
                anchor,
                keywords,
                validator,
                pattern,
                operator: slot.operator,
                action: slot.action,
                description,
            });
        }
        let g = &*inner.guard;
        if g.settings.enabled {
            for (id, ty, description) in g.rules() {
                out.push(RuleInfo {
                    id,
                    entity_type: ty.to_string(),
                    category: Category::Injection,
                    anchor: "guard".to_string(),
                    keywords: vec![],
                    validator: None,
                    pattern: String::new(),
                    operator: Operator::Keep,
                    action: Action::Report,
                    description,
                });
            }
        }
        out
    }

    /// The entity types this engine can report, sorted.
    pub fn entity_types(&self) -> Vec<String> {
        let set: BTreeSet<&str> = self
            .inner
            .slots
            .iter()
            .map(|s| s.entity_type.as_ref())
            .chain(self.inner.guard.types())
            .collect();
        set.into_iter().map(String::from).collect()
    }

    /// The policy this engine was built from.
    pub fn policy(&self) -> &Policy {
        &self.inner.policy
    }

    /// The built-in packs that were loaded.
    pub fn packs(&self) -> &[String] {
        &self.inner.packs
    }

    pub(crate) fn finding(&self, h: Hit) -> Finding {
        let slot = &self.inner.slots[h.rule as usize];
        Finding {
            entity_type: slot.entity_type.clone(),
            category: slot.category,
            rule: slot.id.clone(),
            start: h.start,
            end: h.end,
            score: h.score,
        }
    }

    /// Validated, filtered, non-overlapping hits in original byte offsets, sorted by start.
    pub(crate) fn hits(&self, text: &str) -> Vec<Hit> {
        self.hits_in(text, View::of(text))
    }

    /// [`Engine::hits`] with `View::of(text)` given.
    fn hits_in(&self, text: &str, view: Option<View>) -> Vec<Hit> {
        let inner = &*self.inner;
        let mut hits = Vec::new();
        match view {
            None => inner.det.scan(text, &mut hits),
            Some(view) => {
                inner.det.scan(view.text(), &mut hits);
                for h in &mut hits {
                    (h.start, h.end) = view.to_original(h.start, h.end);
                }
            }
        }
        if hits.is_empty() {
            return hits;
        }
        hits.retain(|h| {
            let slot = &inner.slots[h.rule as usize];
            h.score >= slot.min_score && !inner.allowed(&text[h.start..h.end])
        });
        resolve_overlaps(&mut hits);
        hits
    }
}

impl Engine {
    /// Hits of a stream's unfinished text `text` from byte `from` on (the text before it is
    /// left context; hits starting before it may appear and are the caller's to drop), not
    /// overlap-resolved, and the offset from which the result is not final yet (see
    /// `Detector::scan_open`).
    ///
    /// `clipped`: text before `text` exists and was left out; `None` when a check needed it.
    pub(crate) fn stream_hits(
        &self,
        text: &str,
        from: usize,
        clipped: bool,
    ) -> Option<(Vec<Hit>, usize)> {
        let inner = &*self.inner;
        let mut hits = Vec::new();
        let open = match View::of(text) {
            None => inner.det.scan_open(text, from, clipped, &mut hits)?,
            Some(view) => {
                let vt = view.text();
                let open = inner
                    .det
                    .scan_open(vt, view.from_original(from), clipped, &mut hits)?;
                for h in &mut hits {
                    (h.start, h.end) = view.to_original(h.start, h.end);
                }
                if open >= vt.len() {
                    text.len()
                } else {
                    view.to_original(open, open + 1).0
                }
            }
        };
        hits.retain(|h| {
            let slot = &inner.slots[h.rule as usize];
            h.score >= slot.min_score && !inner.allowed(&text[h.start..h.end])
        });
        Some((hits, open))
    }

    /// The left context a stream scans with first: enough for every check but a long
    /// context window (those ask for [`Engine::stream_lookback`] when they need it).
    pub(crate) fn stream_short_lookback(&self) -> usize {
        Detector::STREAM_LEFT.max(self.inner.det.span_reach) + 16
    }

    /// Bytes of already emitted text a stream keeps as left context: the farthest any check
    /// looks back from a candidate's start (an email's local part or an assignment's key, 80
    /// bytes; a rule's context window).
    pub(crate) fn stream_lookback(&self) -> usize {
        let cw = self
            .inner
            .det
            .rules
            .iter()
            .filter(|r| r.context.is_some())
            .map(|r| r.context_window)
            .max()
            .unwrap_or(0);
        cw.max(80).max(self.inner.det.span_reach) + 16
    }

    /// The longest a stream can hold text back: the longest match any rule can make plus the
    /// farthest its checks read past the match (boundary checks, context windows).
    pub(crate) fn stream_max_holdback(&self) -> usize {
        let det = &self.inner.det;
        let rules = det
            .rules
            .iter()
            .take(det.rule_count)
            .map(|r| {
                let right = if r.context.is_some() {
                    r.context_window
                } else {
                    0
                };
                r.max_len + right.max(66)
            })
            .max()
            .unwrap_or(0);
        let deny = det
            .deny
            .iter()
            .flat_map(|d| d.terms.iter().map(|t| t.len() + 1))
            .max()
            .unwrap_or(0);
        rules.max(deny).max(80)
    }
}

impl Inner {
    fn allowed(&self, value: &str) -> bool {
        if self.allow_values.contains(value) {
            return true;
        }
        match &self.allow_patterns {
            Some(re) => re.is_match(Input::new(value).anchored(Anchored::Yes)),
            None => false,
        }
    }
}

/// Sort by start and keep, of overlapping hits, the longest (then the higher score).
pub(crate) fn resolve_overlaps(hits: &mut Vec<Hit>) {
    hits.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(b.score.total_cmp(&a.score))
            .then(a.rule.cmp(&b.rule))
    });
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        if let Some(last) = out.last_mut()
            && h.start < last.end
        {
            let (hl, ll) = (h.end - h.start, last.end - last.start);
            if hl > ll || (hl == ll && h.score > last.score) {
                *last = h;
            }
            continue;
        }
        out.push(h);
    }
    *hits = out;
}

/// Valid UTF-8 stretches of `bytes` with their offsets.
pub(crate) fn utf8_chunks(bytes: &[u8]) -> impl Iterator<Item = (usize, &str)> {
    let mut off = 0;
    std::iter::from_fn(move || {
        while off < bytes.len() {
            let rest = &bytes[off..];
            match std::str::from_utf8(rest) {
                Ok(s) => {
                    let start = off;
                    off = bytes.len();
                    return Some((start, s));
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    let start = off;
                    off += valid + e.error_len().unwrap_or(rest.len() - valid).max(1);
                    if valid > 0 {
                        // The prefix up to valid_up_to is valid UTF-8, so this cannot fail.
                        let s = std::str::from_utf8(&rest[..valid]).unwrap_or("");
                        return Some((start, s));
                    }
                }
            }
        }
        None
    })
}

/// Configures and compiles an [`Engine`]. Setters return `&mut Self` for chaining.
///
/// ```
/// use veil_core::{Engine, Operator};
/// let engine = Engine::builder()
///     .operator("EMAIL_ADDRESS", Operator::Mask)
///     .deny_terms("PROJECT_NAME", ["Bluebird"])
///     .allow_value("support@example.com")
///     .build()
///     .unwrap();
/// let out = engine.redact("Bluebird: write to support@example.com or bob@corp.example.com");
/// assert_eq!(out.text, "[PROJECT_NAME]: write to support@example.com or ***@****.******e.com");
/// ```
#[derive(Debug, Clone, Default)]
pub struct EngineBuilder {
    policy: Policy,
    hash_key: Option<Vec<u8>>,
}

impl EngineBuilder {
    /// The built-in policy.
    pub fn new() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// Replace the whole policy.
    pub fn policy(&mut self, policy: Policy) -> &mut EngineBuilder {
        self.policy = policy;
        self
    }

    /// Parse and use a policy document.
    pub fn policy_toml(&mut self, text: &str) -> Result<&mut EngineBuilder> {
        self.policy = Policy::from_toml(text)?;
        Ok(self)
    }

    /// Load only these built-in packs (`pii`, `secrets`).
    pub fn packs<I, S>(&mut self, names: I) -> &mut EngineBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.policy.detect.packs = names.into_iter().map(Into::into).collect();
        self
    }

    /// Add a custom rule (a rule with a built-in rule's id replaces it).
    pub fn rule(&mut self, spec: RuleSpec) -> &mut EngineBuilder {
        self.policy.rules.push(spec);
        self
    }

    /// Add the rules of a rule-pack document (`[[rule]]` tables).
    pub fn rules_toml(&mut self, text: &str) -> Result<&mut EngineBuilder> {
        let pack = RulePack::from_toml("custom", text)?;
        self.policy.rules.extend(pack.rules);
        Ok(self)
    }

    /// Never report this exact value.
    pub fn allow_value(&mut self, value: impl Into<String>) -> &mut EngineBuilder {
        self.policy.allow.values.push(value.into());
        self
    }

    /// Never report values that this regex matches in full.
    pub fn allow_pattern(&mut self, pattern: impl Into<String>) -> &mut EngineBuilder {
        self.policy.allow.patterns.push(pattern.into());
        self
    }

    /// Report these terms (whole words, ASCII case-insensitive) as `entity_type`.
    pub fn deny_terms<I, S>(&mut self, entity_type: &str, terms: I) -> &mut EngineBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.policy.deny.push(DenyList {
            entity_type: entity_type.to_string(),
            terms: terms.into_iter().map(Into::into).collect(),
            category: None,
            ignore_case: true,
            whole_word: true,
            score: None,
        });
        self
    }

    /// The operator for one entity type.
    pub fn operator(&mut self, entity_type: &str, op: Operator) -> &mut EngineBuilder {
        self.policy
            .types
            .entry(entity_type.to_string())
            .or_default()
            .operator = Some(op);
        self
    }

    /// The operator for every type that has none of its own.
    pub fn default_operator(&mut self, op: Operator) -> &mut EngineBuilder {
        self.policy.redact.operator = op;
        self
    }

    /// The action for one entity type.
    pub fn action(&mut self, entity_type: &str, action: Action) -> &mut EngineBuilder {
        self.policy
            .types
            .entry(entity_type.to_string())
            .or_default()
            .action = Some(action);
        self
    }

    /// Turn an entity type off.
    pub fn disable_type(&mut self, entity_type: &str) -> &mut EngineBuilder {
        self.policy
            .detect
            .disable_types
            .push(entity_type.to_string());
        self
    }

    /// Turn a rule off.
    pub fn disable_rule(&mut self, rule_id: &str) -> &mut EngineBuilder {
        self.policy.detect.disable_rules.push(rule_id.to_string());
        self
    }

    /// Key for the `hash` operator (overrides the policy's `redact.hash_key`).
    pub fn hash_key(&mut self, key: &[u8]) -> &mut EngineBuilder {
        self.hash_key = Some(key.to_vec());
        self
    }

    /// Compile. Every error names the rule, list or setting at fault.
    pub fn build(&self) -> Result<Engine> {
        let policy = &self.policy;
        // 1. Rule specs: built-in packs, then custom rules (which may replace a built-in id).
        let mut specs: Vec<RuleSpec> = Vec::new();
        for name in &policy.detect.packs {
            let src = pack::source(name).ok_or_else(|| {
                let known: Vec<&str> = pack::BUILTIN.iter().map(|(n, _)| *n).collect();
                Error::new(
                    ErrorKind::Policy,
                    format!(
                        "unknown rule pack '{name}' (built-in packs: {})",
                        known.join(", ")
                    ),
                )
            })?;
            let pack = RulePack::from_toml(name, src)?;
            for spec in pack.rules {
                if specs.iter().any(|s| s.id == spec.id) {
                    return Err(Error::rule(
                        &spec.id,
                        "duplicate rule id in the built-in packs",
                    ));
                }
                specs.push(spec);
            }
        }
        let builtin_count = specs.len();
        for spec in &policy.rules {
            if let Some(i) = specs[builtin_count..].iter().position(|s| s.id == spec.id) {
                return Err(Error::rule(
                    &specs[builtin_count + i].id,
                    "duplicate rule id in the policy",
                ));
            }
            match specs[..builtin_count].iter().position(|s| s.id == spec.id) {
                Some(i) => specs[i] = spec.clone(),
                None => specs.push(spec.clone()),
            }
        }
        // 2. Check the names the policy refers to.
        let known_types: HashSet<&str> = specs
            .iter()
            .map(|s| s.entity_type.as_str())
            .chain(policy.deny.iter().map(|d| d.entity_type.as_str()))
            .chain(all_builtin_types().iter().map(|s| s.as_str()))
            .collect();
        let known_rules: HashSet<&str> = specs
            .iter()
            .map(|s| s.id.as_str())
            .chain(all_builtin_rule_ids().iter().map(|s| s.as_str()))
            .collect();
        for id in &policy.detect.disable_rules {
            if !known_rules.contains(id.as_str()) {
                return Err(Error::new(
                    ErrorKind::Policy,
                    format!("detect.disable_rules names unknown rule '{id}'"),
                ));
            }
        }
        for (what, list) in [
            ("detect.disable_types", &policy.detect.disable_types),
            ("detect.only_types", &policy.detect.only_types),
        ] {
            for t in list {
                if !known_types.contains(t.as_str()) {
                    return Err(Error::new(
                        ErrorKind::Policy,
                        format!("{what} names unknown type '{t}'"),
                    ));
                }
            }
        }
        for t in policy.types.keys() {
            if !valid_type_name(t) {
                return Err(Error::new(
                    ErrorKind::Policy,
                    format!("[types.{t}]: not a valid entity type name"),
                ));
            }
        }
        if !(0.0..=1.0).contains(&policy.detect.min_score) {
            return Err(Error::new(
                ErrorKind::Policy,
                "detect.min_score must be within 0..=1",
            ));
        }
        let type_enabled = |t: &str| {
            !policy.detect.disable_types.iter().any(|d| d == t)
                && (policy.detect.only_types.is_empty()
                    || policy.detect.only_types.iter().any(|d| d == t))
                && policy.types.get(t).and_then(|s| s.enabled) != Some(false)
        };
        // 3. Compile the rules that stay on.
        let mut rules: Vec<Rule> = Vec::new();
        for spec in &specs {
            if policy.detect.disable_rules.contains(&spec.id) || !type_enabled(&spec.entity_type) {
                continue;
            }
            rules.push(Rule::compile(spec)?);
        }
        let slot_of = |id: Arc<str>,
                       ty: Arc<str>,
                       category: Category,
                       op: Option<Operator>,
                       act: Option<Action>| {
            let ts = policy.types.get(ty.as_ref());
            Slot {
                operator: ts
                    .and_then(|t| t.operator)
                    .or(op)
                    .unwrap_or(policy.redact.operator),
                action: ts.and_then(|t| t.action).or(act).unwrap_or_default(),
                mask_keep: ts
                    .and_then(|t| t.mask_keep)
                    .unwrap_or(policy.redact.mask_keep),
                min_score: ts
                    .and_then(|t| t.min_score)
                    .unwrap_or(policy.detect.min_score),
                id,
                entity_type: ty,
                category,
            }
        };
        let mut slots: Vec<Slot> = rules
            .iter()
            .map(|r| {
                slot_of(
                    r.id.clone(),
                    r.entity_type.clone(),
                    r.category,
                    r.operator,
                    r.action,
                )
            })
            .collect();
        // 4. Deny lists: pseudo-rules after the real ones, one automaton per case mode.
        let rule_count = rules.len();
        let mut deny = Vec::new();
        for ignore_case in [false, true] {
            let mut terms: Vec<String> = Vec::new();
            let mut targets = Vec::new();
            for (i, d) in policy.deny.iter().enumerate() {
                if d.ignore_case != ignore_case {
                    continue;
                }
                let what = format!("deny list #{} ({})", i + 1, d.entity_type);
                if !valid_type_name(&d.entity_type) {
                    return Err(Error::new(
                        ErrorKind::Policy,
                        format!("{what}: not a valid entity type name"),
                    ));
                }
                if !type_enabled(&d.entity_type) {
                    continue;
                }
                let category = match d.category.as_deref() {
                    None => Category::Pii,
                    Some(c) => Category::parse(c).ok_or_else(|| {
                        Error::new(
                            ErrorKind::Policy,
                            format!("{what}: category '{c}' is not one of pii, secret, injection"),
                        )
                    })?,
                };
                let score = d.score.unwrap_or(1.0);
                if !(0.0..=1.0).contains(&score) {
                    return Err(Error::new(
                        ErrorKind::Policy,
                        format!("{what}: score must be within 0..=1"),
                    ));
                }
                let slot_index = slots.len() as u32;
                let id: Arc<str> = Arc::from(format!(
                    "deny-{}",
                    d.entity_type.to_ascii_lowercase().replace('_', "-")
                ));
                slots.push(slot_of(
                    id,
                    Arc::from(d.entity_type.as_str()),
                    category,
                    None,
                    None,
                ));
                for (j, t) in d.terms.iter().enumerate() {
                    if t.trim().is_empty() {
                        return Err(Error::new(
                            ErrorKind::Policy,
                            format!("{what}: term #{} is empty", j + 1),
                        ));
                    }
                    terms.push(t.clone());
                    targets.push((slot_index, d.whole_word, score));
                }
            }
            if !terms.is_empty() {
                let ac = AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(ignore_case)
                    .build(&terms)
                    .map_err(|e| Error::new(ErrorKind::Policy, format!("deny list: {e}")))?;
                deny.push(DenyMatcher {
                    ac,
                    targets,
                    terms,
                    ignore_case,
                });
            }
        }
        // 5. Allow list.
        let allow_patterns = if policy.allow.patterns.is_empty() {
            None
        } else {
            let anchored: Vec<String> = policy
                .allow
                .patterns
                .iter()
                .map(|p| format!("^(?:{p})$"))
                .collect();
            for (i, p) in anchored.iter().enumerate() {
                meta::Regex::new(p).map_err(|e| {
                    Error::new(
                        ErrorKind::Policy,
                        format!(
                            "allow.patterns #{}: {}",
                            i + 1,
                            e.to_string()
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" ")
                        ),
                    )
                })?;
            }
            Some(
                meta::Regex::new_many(&anchored)
                    .map_err(|e| Error::new(ErrorKind::Policy, format!("allow.patterns: {e}")))?,
            )
        };
        if let Some(k) = &policy.redact.hash_key
            && k.is_empty()
        {
            return Err(Error::new(ErrorKind::Policy, "redact.hash_key is empty"));
        }
        let hash_key = match (&self.hash_key, &policy.redact.hash_key) {
            (Some(k), _) => k.clone(),
            (None, Some(k)) => k.as_bytes().to_vec(),
            (None, None) => {
                let mut k = vec![0u8; 32];
                getrandom::fill(&mut k).map_err(|e| {
                    Error::new(
                        ErrorKind::Io,
                        format!("no randomness for the hash key: {e}"),
                    )
                })?;
                k
            }
        };
        let det = Detector::new(rules, deny, rule_count)?;
        let mut guard_settings = policy.guard.clone();
        // Types turned off by `[detect]` turn the matching guard signals off too.
        let type_on = |t: &str| {
            !policy.detect.disable_types.iter().any(|d| d == t)
                && (policy.detect.only_types.is_empty()
                    || policy.detect.only_types.iter().any(|o| o == t))
        };
        if !type_on(crate::guard::PROMPT_INJECTION)
            && !type_on(crate::guard::INVISIBLE_TEXT)
            && !type_on(crate::guard::EXFILTRATION_LINK)
            && !type_on(crate::guard::CANARY_LEAK)
        {
            guard_settings.in_scan = false;
        }
        guard_settings.check()?;
        let guard = LazyGuard {
            in_scan: guard_settings.in_scan,
            second_opinion: guard_settings.second_opinion,
            unbuilt: guard_settings,
            key: hash_key.clone(),
            types: [
                type_on(crate::guard::PROMPT_INJECTION),
                type_on(crate::guard::INVISIBLE_TEXT),
                type_on(crate::guard::EXFILTRATION_LINK),
                type_on(crate::guard::CANARY_LEAK),
            ],
            cell: OnceLock::new(),
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                det,
                slots,
                allow_values: policy.allow.values.iter().cloned().collect(),
                allow_patterns,
                redact: policy.redact.clone(),
                hash_key,
                guard,
                policy: policy.clone(),
                packs: policy.detect.packs.clone(),
            }),
        })
    }
}

fn builtin_specs() -> &'static Vec<RuleSpec> {
    static SPECS: std::sync::OnceLock<Vec<RuleSpec>> = std::sync::OnceLock::new();
    SPECS.get_or_init(|| {
        pack::BUILTIN
            .iter()
            .filter_map(|(name, src)| RulePack::from_toml(name, src).ok())
            .flat_map(|p| p.rules)
            .collect()
    })
}

fn all_builtin_types() -> &'static Vec<String> {
    static T: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        builtin_specs()
            .iter()
            .map(|s| s.entity_type.clone())
            .collect()
    })
}

fn all_builtin_rule_ids() -> &'static Vec<String> {
    static T: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| builtin_specs().iter().map(|s| s.id.clone()).collect())
}

/// Runs `f` over `items` on up to `threads` scoped threads, keeping the order. Shares are
/// contiguous and balanced by byte length so one long text does not serialize the batch.
fn batch<S, T, F>(items: &[S], threads: usize, f: F) -> Vec<T>
where
    S: AsRef<str> + Sync,
    T: Send,
    F: Fn(&S) -> T + Sync,
{
    let total: usize = items.iter().map(|t| t.as_ref().len() + 64).sum();
    if threads == 1 || items.len() < 2 || total < 64 * 1024 {
        return items.iter().map(&f).collect();
    }
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads = match threads {
        0 => *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        n => n,
    }
    .min(items.len());
    if threads <= 1 {
        return items.iter().map(&f).collect();
    }
    // Cut points: close each share once it holds about total/threads bytes.
    let per = total.div_ceil(threads);
    let mut cuts = vec![0];
    let mut acc = 0;
    for (i, t) in items.iter().enumerate() {
        acc += t.as_ref().len() + 64;
        if acc >= per * cuts.len() && i + 1 < items.len() {
            cuts.push(i + 1);
        }
    }
    cuts.push(items.len());
    cuts.dedup();
    std::thread::scope(|scope| {
        let handles: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let share = &items[w[0]..w[1]];
                let f = &f;
                scope.spawn(move || share.iter().map(f).collect::<Vec<T>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// Merge `more` (sorted by start) into `out` (sorted by start).
fn merge_sorted(out: &mut Vec<Finding>, more: Vec<Finding>) {
    if more.is_empty() {
        return;
    }
    out.extend(more);
    out.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}
