//! Node.js binding of veil (napi-rs). Conversion only: every behaviour lives in `veil-core`.
//!
//! What this file converts:
//! * strings: napi hands Rust a UTF-8 copy of the JS string, with each lone surrogate read as
//!   U+FFFD (one UTF-16 unit for one UTF-16 unit, so indices still line up with the JS string);
//! * offsets: UTF-8 byte offsets become UTF-16 indices with `veil_core::offsets`;
//! * errors: `veil_core::Error` becomes a JS `Error` whose message is the core error's Display
//!   and whose `code` names its kind (`VEIL_POLICY`, `VEIL_RULE`, …); a panic becomes an Error
//!   with code `VEIL_PANIC` instead of unwinding into Node;
//! * callbacks: `guard`'s `secondOpinion` is called synchronously from inside the core's
//!   `guard_with` (the core decides whether to call it and how to combine its score); what it
//!   throws is rethrown to the caller unchanged;
//! * stream chunks: a `Buffer` goes to the core's `push_bytes` as is; a string goes as its
//!   UTF-8, except that a first half of a surrogate pair at its end waits for the next chunk
//!   (UTF-16 chunks can cut a character in two as UTF-8 chunks can; see `Utf16Input`).
//!   The `Transform` streams (`engine.redactStream()`) are JavaScript, in `veil.js`.

#![deny(clippy::all)]

use napi::bindgen_prelude::{
    AsyncTask, FnArgs, FromNapiValue, Function, ToNapiValue, Uint8ArraySlice, Utf16String,
};
use napi::{Env, JsValue, Task, Unknown, ValueType};
use napi_derive::napi;
use std::borrow::Cow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use veil_core::offsets::{Unit, spans};

type Result<T> = napi::Result<T, String>;

/// The JS error `code` of a core error kind: `VEIL_POLICY`, `VEIL_RULE`, `VEIL_SESSION`, …
fn code(kind: veil_core::ErrorKind) -> String {
    format!("VEIL_{}", kind.as_str().to_ascii_uppercase())
}

/// A `veil_core::Error` as a JS error: the Display as message, the kind as `code`.
fn core_err(e: veil_core::Error) -> napi::Error<String> {
    napi::Error::new(code(e.kind()), e.to_string())
}

fn invalid_arg(msg: impl Into<String>) -> napi::Error<String> {
    napi::Error::new("ERR_INVALID_ARG_VALUE".to_string(), msg.into())
}

fn napi_err(e: napi::Error) -> napi::Error<String> {
    napi::Error::new(e.status.as_ref().to_string(), e.reason)
}

/// An optional options object: absent, `undefined` or `null` is `None`; a string or number is an
/// error rather than silently ignored (`new Engine(tomlText)` must not mean the default policy).
fn options<T: FromNapiValue>(value: Option<Unknown<'_>>, what: &str) -> Result<Option<T>> {
    let Some(value) = value else {
        return Ok(None);
    };
    match value.get_type().map_err(napi_err)? {
        ValueType::Undefined | ValueType::Null => Ok(None),
        // SAFETY: `value` is an object, which is what `T` (a `#[napi(object)]`) converts from.
        ValueType::Object => unsafe { value.cast::<T>() }.map(Some).map_err(napi_err),
        other => Err(napi::Error::new(
            "ERR_INVALID_ARG_TYPE".to_string(),
            format!("{what} must be an object, got {other}"),
        )),
    }
}

/// Runs `f`, turning a panic into a JS error rather than letting it unwind across the FFI edge.
fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Err(napi::Error::new(
            "VEIL_PANIC".to_string(),
            format!("internal error in veil (please report): {what}"),
        ))
    })
}

/// One detected value (personal data, a secret, or a prompt-guard signal).
/// `start`/`end` are JavaScript string indices (UTF-16 code units):
/// `input.slice(start, end) === text` (for input with lone surrogates:
/// `input.toWellFormed().slice(start, end) === text`).
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Finding {
    /// Entity type, e.g. `EMAIL_ADDRESS`, `PHONE_NUMBER`, `OPENAI_API_KEY`.
    #[napi(js_name = "type")]
    pub entity_type: String,
    /// `pii`, `secret` or `injection`.
    #[napi(ts_type = "'pii' | 'secret' | 'injection'")]
    pub category: String,
    /// Id of the rule that matched, e.g. `email`.
    pub rule: String,
    /// Index of the first UTF-16 code unit of the value in the input string.
    pub start: u32,
    /// Index one past the last UTF-16 code unit of the value.
    pub end: u32,
    /// The matched value (`input.slice(start, end)`).
    pub text: String,
    /// Confidence in `0..1`.
    pub score: f64,
}

/// The result of a redaction.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Redaction {
    /// The redacted text.
    pub text: String,
    /// What was found, with indices into the input string.
    pub findings: Vec<Finding>,
    /// `true` when a finding's type has the `block` action, or the prompt guard's verdict is
    /// `block`: do not send the text.
    pub blocked: bool,
}

/// What the prompt guard says about a text.
#[napi(string_enum = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Below the policy's flag threshold.
    Allow,
    /// At or above the flag threshold: log, review, or ask a second opinion.
    Flag,
    /// At or above the block threshold: do not send.
    Block,
}

impl From<veil_core::Verdict> for Verdict {
    fn from(v: veil_core::Verdict) -> Verdict {
        match v {
            veil_core::Verdict::Allow => Verdict::Allow,
            veil_core::Verdict::Flag => Verdict::Flag,
            veil_core::Verdict::Block => Verdict::Block,
        }
    }
}

/// The result of `engine.guard` / `session.guard`.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct GuardReport {
    /// Combined risk in `0..1`.
    pub risk: f64,
    /// `risk` against the policy's `[guard]` thresholds.
    pub verdict: Verdict,
    /// The injection-category findings (`PROMPT_INJECTION`, `INVISIBLE_TEXT`,
    /// `EXFILTRATION_LINK`, `CANARY_LEAK`), sorted by start; they may overlap each other.
    pub findings: Vec<Finding>,
}

/// Options for `engine.guard(text, options)`.
#[napi(object)]
pub struct GuardOptions<'a> {
    /// A second-opinion classifier, called synchronously only when the rule-based risk falls
    /// in the policy's `guard.second_opinion` band (default `[0.3, 0.85)`). A number in `0..1`
    /// raises the risk to it when higher (the verdict is recomputed); `undefined` or `null`
    /// keeps the rule-based report. What it throws is rethrown by `guard`.
    #[napi(ts_type = "(text: string, report: GuardReport) => number | undefined | null")]
    pub second_opinion: Option<Unknown<'a>>,
}

impl std::fmt::Debug for GuardOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardOptions")
            .field("second_opinion", &self.second_opinion.is_some())
            .finish()
    }
}

/// Options for `new Engine(options)`.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// A policy document (TOML). Without it, the built-in policy.
    pub policy: Option<String>,
}

/// Options for `scanBatch` / `redactBatch`.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// OS threads to spread the batch over; 0 or absent = the machine's available parallelism.
    pub threads: Option<f64>,
}

/// One compiled rule, as listed by `engine.rules()`.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// Entity type reported.
    #[napi(js_name = "type")]
    pub entity_type: String,
    /// `pii`, `secret` or `injection`.
    #[napi(ts_type = "'pii' | 'secret' | 'injection'")]
    pub category: String,
    /// Anchor kind: `keyword`, `digits`, `email`, `assignment`, `ipv6`, `deny-list`, or `guard`
    /// (a prompt-guard rule: phrase family or structural signal).
    pub anchor: String,
    /// Literal keywords (keyword anchor) or key words (assignment anchor).
    pub keywords: Vec<String>,
    /// Validator name (`credit-card`, `iban`, `us-ssn`, …); absent when the rule has none.
    pub validator: Option<String>,
    /// The pattern (empty for deny lists and guard rules).
    pub pattern: String,
    /// Operator applied when redacting (`label`, `mask`, `placeholder`, `hash`, `remove`, `keep`).
    pub operator: String,
    /// Action (`redact`, `block`, `report`).
    pub action: String,
    /// Description.
    pub description: String,
}

/// One session entry: a placeholder and the value it stands for.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct SessionEntry {
    /// `<EMAIL_ADDRESS_1>`.
    pub placeholder: String,
    /// `EMAIL_ADDRESS`.
    #[napi(js_name = "type")]
    pub entity_type: String,
    /// The original value.
    pub value: String,
}

fn findings(text: &str, found: &[veil_core::Finding]) -> Vec<Finding> {
    found
        .iter()
        .zip(spans(text, found, Unit::Utf16))
        .map(|(f, (start, end))| Finding {
            entity_type: f.entity_type.to_string(),
            category: f.category.as_str().to_string(),
            rule: f.rule.to_string(),
            // A JS string holds fewer than 2^32 UTF-16 units.
            start: start as u32,
            end: end as u32,
            text: f.text(text).to_string(),
            score: f.score,
        })
        .collect()
}

fn guard_report(text: &str, r: veil_core::GuardReport) -> GuardReport {
    GuardReport {
        risk: r.risk,
        verdict: r.verdict.into(),
        findings: findings(text, &r.findings),
    }
}

/// An error of this binding as a JS-thrown error (a JS `Error` object with its `code`), for
/// methods that must also rethrow what a callback threw, unchanged.
fn js_error(env: &Env, e: napi::Error<String>) -> napi::Error {
    // SAFETY: `env` is the live environment of the current call.
    unsafe {
        match ToNapiValue::to_napi_value(env.raw(), e) {
            Ok(value) => match Unknown::from_napi_value(env.raw(), value) {
                Ok(value) => napi::Error::from(value),
                Err(e) => e,
            },
            Err(e) => e,
        }
    }
}

/// Calls `secondOpinion(text, report)` and reads its answer: a number, or none.
///
/// When the callback throws, the exception is left pending and the error returned has status
/// `PendingException`: the caller must return it to napi without making any other N-API call,
/// and napi then lets the thrown value itself (an `Error` or any other value) propagate to the
/// caller of `guard`. (`Function::call` would instead clear it and rebuild an `Error`, losing a
/// thrown primitive.)
fn second_opinion(
    env: &Env,
    f: Function<'_, FnArgs<(&str, GuardReport)>, Unknown<'_>>,
    text: &str,
    report: &veil_core::GuardReport,
) -> napi::Result<Option<f64>> {
    // `apply` with `this` undefined is `call` without the exception handling.
    let answer = f.apply((), (text, guard_report(text, report.clone())).into())?;
    match answer.get_type()? {
        ValueType::Undefined | ValueType::Null => Ok(None),
        // SAFETY: `answer` is a number.
        ValueType::Number => unsafe { answer.cast::<f64>() }.map(Some),
        other => {
            let what = if answer.is_promise()? {
                "a Promise (guard is synchronous: the classifier must return its score)".to_string()
            } else {
                other.to_string()
            };
            Err(js_error(
                env,
                napi::Error::new(
                    "ERR_INVALID_RETURN_VALUE".to_string(),
                    format!(
                        "options.secondOpinion must return a number, undefined or null, got {what}"
                    ),
                ),
            ))
        }
    }
}

fn redaction(input: &str, r: veil_core::Redaction<'_>) -> Redaction {
    Redaction {
        findings: findings(input, &r.findings),
        text: r.text.into_owned(),
        blocked: r.blocked,
    }
}

fn threads(value: Option<Unknown<'_>>) -> Result<usize> {
    let options: Option<BatchOptions> = options(value, "options")?;
    match options.and_then(|o| o.threads) {
        None => Ok(0),
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => Ok(n as usize),
        Some(n) => Err(invalid_arg(format!(
            "options.threads must be a non-negative integer, got {n}"
        ))),
    }
}

/// A compiled policy. Build once (compiling takes milliseconds), then scan and redact many
/// texts; safe to share, and batches run off the main thread.
#[napi]
#[derive(Debug, Clone)]
pub struct Engine {
    inner: veil_core::Engine,
}

#[napi]
impl Engine {
    /// The built-in policy, or `options.policy` (a TOML document). Throws when the policy is
    /// invalid, naming the rule, key or line at fault.
    #[napi(
        constructor,
        ts_args_type = "options?: EngineOptions | undefined | null"
    )]
    pub fn new(options: Option<Unknown<'_>>) -> Result<Engine> {
        let options: Option<EngineOptions> = self::options(options, "options")?;
        guard(|| {
            let inner = match options.and_then(|o| o.policy) {
                None => veil_core::Engine::default(),
                Some(toml) => veil_core::Engine::from_policy_toml(&toml).map_err(core_err)?,
            };
            Ok(Engine { inner })
        })
    }

    /// An engine from a policy file (TOML); errors name the file.
    #[napi(factory)]
    pub fn from_file(path: String) -> Result<Engine> {
        guard(|| {
            let policy = veil_core::Policy::from_path(&path).map_err(core_err)?;
            let inner = veil_core::Engine::builder()
                .policy(policy)
                .build()
                .map_err(|e| napi::Error::new(code(e.kind()), format!("{path}: {e}")))?;
            Ok(Engine { inner })
        })
    }

    /// Every finding in `text`, sorted by start. Personal data and secrets never overlap each
    /// other; prompt-guard findings (category `injection`) may overlap them and each other.
    #[napi]
    pub fn scan(&self, text: String) -> Result<Vec<Finding>> {
        guard(|| Ok(findings(&text, &self.inner.scan(&text))))
    }

    /// Redact `text` with each type's operator (`[EMAIL_ADDRESS]` by default).
    #[napi]
    pub fn redact(&self, text: String) -> Result<Redaction> {
        guard(|| Ok(redaction(&text, self.inner.redact(&text))))
    }

    /// `scan` of each text, in order, on the libuv thread pool (and up to `threads` OS
    /// threads): the event loop keeps running meanwhile.
    #[napi(
        ts_args_type = "texts: Array<string>, options?: BatchOptions | undefined | null",
        ts_return_type = "Promise<Array<Array<Finding>>>"
    )]
    pub fn scan_batch(
        &self,
        texts: Vec<String>,
        options: Option<Unknown<'_>>,
    ) -> Result<AsyncTask<ScanBatch>> {
        Ok(AsyncTask::new(ScanBatch {
            engine: self.inner.clone(),
            texts,
            threads: threads(options)?,
        }))
    }

    /// `redact` of each text, in order, off the main thread as `scanBatch`.
    #[napi(
        ts_args_type = "texts: Array<string>, options?: BatchOptions | undefined | null",
        ts_return_type = "Promise<Array<Redaction>>"
    )]
    pub fn redact_batch(
        &self,
        texts: Vec<String>,
        options: Option<Unknown<'_>>,
    ) -> Result<AsyncTask<RedactBatch>> {
        Ok(AsyncTask::new(RedactBatch {
            engine: self.inner.clone(),
            texts,
            threads: threads(options)?,
        }))
    }

    /// A new reversible session (vault): keep one per conversation.
    #[napi]
    pub fn session(&self) -> Session {
        Session {
            inner: self.inner.session(),
        }
    }

    /// A session saved with `session.toJson()` (or `JSON.stringify(session)`), bound to this
    /// engine.
    #[napi(ts_args_type = "json: string | SessionJson")]
    pub fn session_from_json(&self, json: serde_json::Value) -> Result<Session> {
        Session::from_json(self, json)
    }

    /// The prompt guard's verdict on `text`: injection and jailbreak phrases (also obfuscated or
    /// encoded), chat-template spoofing, hidden text, data-carrying links and leaked canaries,
    /// combined into a risk and a verdict with the policy's `[guard]` thresholds. With
    /// `options.secondOpinion`, a classifier of your own is asked when the risk falls in the
    /// policy's `guard.second_opinion` band; what it throws is rethrown.
    #[napi(
        ts_args_type = "text: string, options?: GuardOptions | undefined | null",
        ts_return_type = "GuardReport"
    )]
    pub fn guard(
        &self,
        env: Env,
        text: String,
        options: Option<Unknown<'_>>,
    ) -> napi::Result<GuardReport> {
        let options: Option<GuardOptions> =
            self::options(options, "options").map_err(|e| js_error(&env, e))?;
        let callback = match options.and_then(|o| o.second_opinion) {
            None => None,
            Some(f) => match f.get_type()? {
                ValueType::Undefined | ValueType::Null => None,
                // SAFETY: `f` is a function.
                ValueType::Function => Some(unsafe {
                    f.cast::<Function<'_, FnArgs<(&str, GuardReport)>, Unknown<'_>>>()
                }?),
                other => {
                    return Err(js_error(
                        &env,
                        napi::Error::new(
                            "ERR_INVALID_ARG_TYPE".to_string(),
                            format!("options.secondOpinion must be a function, got {other}"),
                        ),
                    ));
                }
            },
        };
        let Some(callback) = callback else {
            return guard(|| Ok(guard_report(&text, self.inner.guard(&text))))
                .map_err(|e| js_error(&env, e));
        };
        // What the callback threw (or a bad answer), kept to rethrow once the core returns.
        let mut failed: Option<napi::Error> = None;
        let report = guard(|| {
            Ok(self.inner.guard_with(&text, |t, report| {
                second_opinion(&env, callback, t, report).unwrap_or_else(|e| {
                    failed = Some(e);
                    None
                })
            }))
        });
        // First: with a thrown exception pending, no other N-API call may come before it.
        if let Some(e) = failed {
            return Err(e);
        }
        report
            .map(|r| guard_report(&text, r))
            .map_err(|e| js_error(&env, e))
    }

    /// A canary token to embed in a system prompt: `scan`, `redact` and `guard` of any text by
    /// this engine (or one with the same `redact.hash_key`) report `CANARY_LEAK` when it shows
    /// up, also split by spaces or punctuation.
    #[napi]
    pub fn canary(&self) -> Result<String> {
        guard(|| Ok(self.inner.canary()))
    }

    /// The compiled rules, in evaluation order, deny lists last.
    #[napi]
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.inner
            .rules()
            .into_iter()
            .map(|r| RuleInfo {
                id: r.id,
                entity_type: r.entity_type,
                category: r.category.as_str().to_string(),
                anchor: r.anchor,
                keywords: r.keywords,
                validator: r.validator,
                pattern: r.pattern,
                operator: r.operator.as_str().to_string(),
                action: r.action.as_str().to_string(),
                description: r.description,
            })
            .collect()
    }

    /// The entity types this engine can report, sorted.
    #[napi]
    pub fn entity_types(&self) -> Vec<String> {
        self.inner.entity_types()
    }

    /// A redactor for text that arrives in chunks (an LLM answer as it streams): what
    /// `push` and `finish` return, joined, is `engine.redact(wholeText).text`. Operators as
    /// `redact`; the prompt guard does not run on streams. For a `stream.Transform`, see
    /// `redactStream()`.
    #[napi]
    pub fn stream_redact(&self) -> StreamRedactor {
        StreamRedactor {
            inner: self.inner.stream_redact(),
            input: Utf16Input::default(),
        }
    }
}

/// A conversation's vault: the same value always gets the same placeholder, and `restore`
/// puts the values back into the LLM's answer. Holds the original values: treat a saved
/// session like the data itself.
#[napi]
#[derive(Debug, Clone)]
pub struct Session {
    inner: veil_core::Session,
}

/// The saved form of a session (`JSON.parse(session.toJson())`).
#[napi(object)]
#[derive(Debug, Clone)]
pub struct SessionJson {
    /// `veil-session`.
    pub format: String,
    /// Format version (1).
    pub version: u32,
    /// The entries, in creation order.
    pub entries: Vec<SessionEntry>,
}

#[napi]
impl Session {
    /// A session saved with `toJson()` (a string) or `toJSON()` (an object), bound to `engine`.
    #[napi(factory, ts_args_type = "engine: Engine, json: string | SessionJson")]
    pub fn from_json(engine: &Engine, json: serde_json::Value) -> Result<Session> {
        guard(|| {
            let text = match json {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            let inner = veil_core::Session::from_json(&engine.inner, &text).map_err(core_err)?;
            Ok(Session { inner })
        })
    }

    /// Replace every finding with its placeholder (`<EMAIL_ADDRESS_1>`), creating placeholders
    /// for new values.
    #[napi]
    pub fn redact(&mut self, text: String) -> Result<Redaction> {
        guard(|| Ok(redaction(&text, self.inner.redact(&text))))
    }

    /// `engine.guard` for text of this conversation, typically the model's answer: links that
    /// carry one of this session's values count as exfiltration (`EXFILTRATION_LINK`).
    #[napi]
    pub fn guard(&self, text: String) -> Result<GuardReport> {
        guard(|| Ok(guard_report(&text, self.inner.guard(&text))))
    }

    /// Put the original values back for every placeholder of this session found in `text`.
    #[napi]
    pub fn restore(&self, text: String) -> Result<String> {
        guard(|| Ok(self.inner.restore(&text).into_owned()))
    }

    /// A restorer for an answer that arrives in chunks: what `push` and `finish` return,
    /// joined, is `session.restore(wholeAnswer)`. It knows the session's placeholders as they
    /// are now (create it after redacting the prompt). For a `stream.Transform`, see
    /// `restoreStream()`.
    #[napi]
    pub fn stream_restore(&self) -> StreamRestorer {
        StreamRestorer {
            inner: self.inner.stream_restore(),
            input: Utf16Input::default(),
        }
    }

    /// The original value behind a placeholder, or null.
    #[napi]
    pub fn lookup(&self, placeholder: String) -> Option<String> {
        self.inner.lookup(&placeholder).map(str::to_string)
    }

    /// The entries, in creation order.
    #[napi]
    pub fn entries(&self) -> Vec<SessionEntry> {
        self.inner
            .entries()
            .iter()
            .map(|e| SessionEntry {
                placeholder: e.placeholder.clone(),
                entity_type: e.entity_type.clone(),
                value: e.value.clone(),
            })
            .collect()
    }

    /// Number of placeholders.
    #[napi(getter)]
    pub fn size(&self) -> u32 {
        self.inner.len() as u32
    }

    /// The saved form as a JSON string (contains the original values).
    #[napi]
    pub fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The saved form as an object, so that `JSON.stringify(session)` saves the session.
    #[napi(js_name = "toJSON", ts_return_type = "SessionJson")]
    pub fn to_json_object(&self) -> Result<serde_json::Value> {
        serde_json::from_str(&self.inner.to_json())
            .map_err(|e| napi::Error::new(code(veil_core::ErrorKind::Session), e.to_string()))
    }
}

/// A chunk given to a stream's `push`: a string, or bytes (a `Buffer` or any `Uint8Array`).
enum Chunk<'a> {
    Text(Utf16String),
    Bytes(Uint8ArraySlice<'a>),
}

fn chunk(value: Unknown<'_>) -> Result<Chunk<'_>> {
    let wrong = |got: &str| {
        napi::Error::new(
            "ERR_INVALID_ARG_TYPE".to_string(),
            format!("chunk must be a string, a Buffer or a Uint8Array, got {got}"),
        )
    };
    match value.get_type().map_err(napi_err)? {
        // SAFETY: `value` is a string.
        ValueType::String => unsafe { value.cast::<Utf16String>() }
            .map(Chunk::Text)
            .map_err(napi_err),
        ValueType::Object if value.is_typedarray().map_err(napi_err)? => {
            // SAFETY: `value` is a typed array; the cast checks that its elements are bytes.
            unsafe { value.cast::<Uint8ArraySlice>() }
                .map(Chunk::Bytes)
                .map_err(|_| wrong("another TypedArray"))
        }
        other => Err(wrong(&other.to_string())),
    }
}

/// U+FFFD in UTF-8.
const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();

/// The UTF-16 side of a stream's input. A string chunk may end in the first half of a surrogate
/// pair (`'😀'.slice(0, 1)`): that half waits here for the next chunk, so that a pair cut in two
/// still reads as its character, and the output equals the whole-text call's. Any other lone
/// surrogate is U+FFFD, as in the whole-text calls (and a held half that the next chunk, a
/// `Buffer`, or the end does not complete is one too).
#[derive(Debug, Default, Clone)]
struct Utf16Input {
    high: Option<u16>,
}

impl Utf16Input {
    /// The UTF-8 bytes to give the core for `chunk`, and the surrogate to hold after it.
    fn utf8<'c>(&self, chunk: &'c Chunk<'_>) -> (Cow<'c, [u8]>, Option<u16>) {
        match chunk {
            Chunk::Bytes(bytes) => match self.high {
                None => (Cow::Borrowed(bytes.as_ref()), None),
                Some(_) => (Cow::Owned([REPLACEMENT, bytes.as_ref()].concat()), None),
            },
            Chunk::Text(units) => {
                let units: Cow<'_, [u16]> = match self.high {
                    None => Cow::Borrowed(units),
                    Some(h) => Cow::Owned([&[h], &units[..]].concat()),
                };
                let (body, held) = match units.split_last() {
                    Some((&u, body)) if (0xD800..0xDC00).contains(&u) => (body, Some(u)),
                    _ => (&units[..], None),
                };
                (
                    Cow::Owned(String::from_utf16_lossy(body).into_bytes()),
                    held,
                )
            }
        }
    }

    /// Input held here, counted as its UTF-8 would be if the input ended now (U+FFFD).
    fn pending(&self) -> u32 {
        if self.high.is_some() {
            REPLACEMENT.len() as u32
        } else {
            0
        }
    }
}

/// Redacts text that arrives in chunks (from `engine.streamRedact()`): each `push` returns the
/// redacted text that is final so far (often `''`), `finish` the rest; joined, they equal
/// `engine.redact(wholeText).text` however the text was cut. Text is held back only while it
/// could still be part of a value (at most `maxHoldback` bytes). After `finish` it takes a new
/// stream.
#[napi]
#[derive(Debug, Clone)]
pub struct StreamRedactor {
    inner: veil_core::StreamRedactor,
    input: Utf16Input,
}

#[napi]
impl StreamRedactor {
    /// Add a chunk; returns the redacted text that is now final (often `''`). A `Buffer` (or
    /// `Uint8Array`) may end inside a UTF-8 character; an invalid UTF-8 sequence throws an
    /// Error with code `VEIL_INPUT` naming its byte offset in the whole input, and the chunk is
    /// not taken. A string may end inside a surrogate pair.
    #[napi(ts_args_type = "chunk: string | Buffer | Uint8Array")]
    pub fn push(&mut self, chunk: Unknown<'_>) -> Result<String> {
        let chunk = self::chunk(chunk)?;
        guard(|| {
            let (bytes, held) = self.input.utf8(&chunk);
            let out = self.inner.push_bytes(&bytes).map_err(core_err)?;
            self.input.high = held;
            Ok(out)
        })
    }

    /// End of the input: returns the rest of the redacted text. An unfinished character at the
    /// end becomes U+FFFD. The redactor then takes a new stream (numbering starts again).
    #[napi]
    pub fn finish(&mut self) -> Result<String> {
        guard(|| {
            let mut out = match self.input.high.take() {
                Some(_) => self.inner.push("\u{FFFD}"),
                None => String::new(),
            };
            out += &self.inner.finish();
            Ok(out)
        })
    }

    /// Input received but not returned yet, in UTF-8 bytes (the current hold-back).
    #[napi(getter)]
    pub fn pending(&self) -> u32 {
        u32::try_from(self.inner.pending())
            .unwrap_or(u32::MAX)
            .saturating_add(self.input.pending())
    }

    /// Whether a value redacted so far has the `block` action in the policy: do not show or
    /// forward the text. (The prompt guard does not run on streams.)
    #[napi(getter)]
    pub fn blocked(&self) -> bool {
        self.inner.blocked()
    }

    /// The most this engine's rules can hold back, in UTF-8 bytes.
    #[napi(getter)]
    pub fn max_holdback(&self) -> u32 {
        u32::try_from(self.inner.max_holdback()).unwrap_or(u32::MAX)
    }
}

/// Restores a session's placeholders in an answer that arrives in chunks (from
/// `session.streamRestore()`): each `push` returns the text that is final so far, `finish` the
/// rest; joined, they equal `session.restore(wholeAnswer)` however the answer was cut. Only a
/// `<` that may still open a placeholder is held back. After `finish` it takes a new stream.
#[napi]
#[derive(Debug, Clone)]
pub struct StreamRestorer {
    inner: veil_core::StreamRestorer,
    input: Utf16Input,
}

#[napi]
impl StreamRestorer {
    /// Add a chunk; returns the restored text that is now final (often `''`). Chunks as for
    /// `StreamRedactor.push` (invalid UTF-8 throws `VEIL_INPUT` and the chunk is not taken).
    #[napi(ts_args_type = "chunk: string | Buffer | Uint8Array")]
    pub fn push(&mut self, chunk: Unknown<'_>) -> Result<String> {
        let chunk = self::chunk(chunk)?;
        guard(|| {
            let (bytes, held) = self.input.utf8(&chunk);
            let out = self.inner.push_bytes(&bytes).map_err(core_err)?;
            self.input.high = held;
            Ok(out)
        })
    }

    /// End of the input: returns the rest of the restored text. An unfinished character at the
    /// end becomes U+FFFD. The restorer then takes a new stream with the same placeholders.
    #[napi]
    pub fn finish(&mut self) -> Result<String> {
        guard(|| {
            let mut out = match self.input.high.take() {
                Some(_) => self.inner.push("\u{FFFD}"),
                None => String::new(),
            };
            out += &self.inner.finish();
            Ok(out)
        })
    }

    /// Input received but not returned yet, in UTF-8 bytes (the current hold-back).
    #[napi(getter)]
    pub fn pending(&self) -> u32 {
        u32::try_from(self.inner.pending())
            .unwrap_or(u32::MAX)
            .saturating_add(self.input.pending())
    }
}

/// Work of `scanBatch`: scans and converts offsets on a libuv worker thread.
#[derive(Debug)]
pub struct ScanBatch {
    engine: veil_core::Engine,
    texts: Vec<String>,
    threads: usize,
}

impl Task for ScanBatch {
    type Output = Vec<Vec<Finding>>;
    type JsValue = Vec<Vec<Finding>>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        let (engine, texts, threads) = (&self.engine, &self.texts, self.threads);
        guard(|| {
            let found = engine.scan_batch(texts, threads);
            Ok(texts
                .iter()
                .zip(&found)
                .map(|(t, f)| findings(t, f))
                .collect())
        })
        .map_err(plain)
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        Ok(output)
    }
}

/// Work of `redactBatch`.
#[derive(Debug)]
pub struct RedactBatch {
    engine: veil_core::Engine,
    texts: Vec<String>,
    threads: usize,
}

impl Task for RedactBatch {
    type Output = Vec<Redaction>;
    type JsValue = Vec<Redaction>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        let (engine, texts, threads) = (&self.engine, &self.texts, self.threads);
        guard(|| {
            let out = engine.redact_batch(texts, threads);
            Ok(texts
                .iter()
                .zip(out)
                .map(|(t, r)| redaction(t, r))
                .collect())
        })
        .map_err(plain)
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        Ok(output)
    }
}

/// `Task` errors use napi's own status type; keep the code in the message.
fn plain(e: napi::Error<String>) -> napi::Error {
    napi::Error::new(
        napi::Status::GenericFailure,
        format!("{}: {}", e.status, e.reason),
    )
}

/// The version of veil (the core crate's version).
#[napi]
pub fn version() -> String {
    veil_core::VERSION.to_string()
}

/// The names of the built-in rule packs, in load order.
#[napi]
pub fn builtin_packs() -> Vec<String> {
    veil_core::builtin_packs()
        .into_iter()
        .map(str::to_string)
        .collect()
}
