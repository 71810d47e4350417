//! `Engine`: a compiled policy, shared freely between threads.

use crate::error::{core_error, core_error_in, io_error, text_arg};
use crate::guard::{self, PyGuardReport};
use crate::session::PySession;
use crate::stream::{PyStreamRedactor, helper};
use crate::types::{Converted, PyFinding, PyRedaction, Text, convert_findings};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyString};
use std::path::PathBuf;
use std::sync::{Mutex, TryLockError};
use veil_core::Engine;

/// Texts at least this long are scanned with the GIL released. Below it, releasing and
/// re-taking the GIL would cost a noticeable share of the call while another Python thread
/// could do little in the time gained.
pub(crate) const DETACH_MIN_BYTES: usize = 4 * 1024;

/// Runs `f` with the GIL released when `len` (bytes of input) makes it worth it.
pub(crate) fn maybe_detach<T, F>(py: Python<'_>, len: usize, f: F) -> T
where
    F: Send + FnOnce() -> T,
    T: Send,
{
    if len >= DETACH_MIN_BYTES {
        py.detach(f)
    } else {
        f()
    }
}

/// Runs `f` on the value behind `m` (a session, a stream). Short inputs take the lock with the
/// GIL held when it is free; long inputs, or a lock held by another thread, release the GIL while
/// waiting and working. A poisoned lock is taken as is: a finished core call leaves the value
/// consistent, and nothing in this crate panics while holding the lock.
pub(crate) fn with_locked<S, T, F>(py: Python<'_>, m: &Mutex<S>, len: usize, f: F) -> T
where
    S: Send,
    F: Send + FnOnce(&mut S) -> T,
    T: Send,
{
    if len < DETACH_MIN_BYTES {
        match m.try_lock() {
            Ok(mut s) => return f(&mut s),
            Err(TryLockError::Poisoned(p)) => return f(&mut p.into_inner()),
            Err(TryLockError::WouldBlock) => {}
        }
    }
    py.detach(|| f(&mut m.lock().unwrap_or_else(|p| p.into_inner())))
}

/// A compiled policy: build it once, then scan and redact with it from any number of threads.
#[pyclass(frozen, module = "veil", name = "Engine")]
#[derive(Debug, Clone)]
pub struct PyEngine {
    pub(crate) inner: Engine,
}

/// Names `texts[i]` in error messages.
struct Item(usize);

impl std::fmt::Display for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "texts[{}]", self.0)
    }
}

/// `texts` (any iterable of `str`, not a `str` itself): the objects, and their UTF-8 views.
fn texts_arg<'py>(
    texts: &Bound<'py, PyAny>,
) -> PyResult<(Vec<Bound<'py, PyAny>>, Vec<PyBackedStr>)> {
    if texts.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "texts must be an iterable of str, not a str",
        ));
    }
    let objs: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let utf8 = objs
        .iter()
        .enumerate()
        .map(|(i, t)| text_arg(t, &Item(i)))
        .collect::<PyResult<_>>()?;
    Ok((objs, utf8))
}

fn compile(py: Python<'_>, policy: &str) -> Result<Engine, veil_core::Error> {
    py.detach(|| Engine::from_policy_toml(policy))
}

#[pymethods]
impl PyEngine {
    /// The built-in policy, or the policy document `policy` (TOML text).
    #[new]
    #[pyo3(signature = (policy = None))]
    fn new(py: Python<'_>, policy: Option<&Bound<'_, PyAny>>) -> PyResult<PyEngine> {
        let inner = match policy {
            None => py.detach(Engine::default),
            Some(p) => {
                let text = text_arg(p, &"policy")?;
                compile(py, &text).map_err(|e| core_error(py, e))?
            }
        };
        Ok(PyEngine { inner })
    }

    /// An engine from a policy file (TOML). A file that cannot be read raises `OSError`
    /// (`FileNotFoundError`, …); a bad policy raises `VeilError` naming the file.
    #[classmethod]
    fn from_file(
        _cls: &Bound<'_, pyo3::types::PyType>,
        py: Python<'_>,
        path: PathBuf,
    ) -> PyResult<PyEngine> {
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, &e))?;
        let inner = compile(py, &text).map_err(|e| core_error_in(py, &path, e))?;
        Ok(PyEngine { inner })
    }

    /// Every finding in `text`, sorted by start. Personal data and secrets never overlap;
    /// injection findings may overlap them and each other.
    fn scan(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyFinding>> {
        let t = text_arg(text, &"text")?;
        let engine = &self.inner;
        Ok(maybe_detach(py, t.len(), || {
            convert_findings(&t, &engine.scan(&t))
        }))
    }

    /// Whether `text` holds no finding.
    fn is_clean(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<bool> {
        let t = text_arg(text, &"text")?;
        let engine = &self.inner;
        Ok(maybe_detach(py, t.len(), || engine.is_clean(&t)))
    }

    /// Redact `text` with each type's operator. Placeholders are numbered per call; use a
    /// `Session` for placeholders that can be restored.
    fn redact(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyRedaction> {
        let t = Text::new(text, &"text")?;
        let (engine, utf8) = (&self.inner, &t.utf8);
        let out = maybe_detach(py, utf8.len(), || Converted::new(utf8, engine.redact(utf8)));
        out.into_py(&t.obj)
    }

    /// `scan` of each text, in order, spread over `threads` OS threads (0: one per core) with
    /// the GIL released.
    #[pyo3(signature = (texts, threads = 0))]
    fn scan_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: usize,
    ) -> PyResult<Vec<Vec<PyFinding>>> {
        let (_, texts) = texts_arg(texts)?;
        let engine = &self.inner;
        Ok(py.detach(|| {
            engine
                .scan_batch(&texts, threads)
                .iter()
                .zip(&texts)
                .map(|(found, t)| convert_findings(t, found))
                .collect()
        }))
    }

    /// `redact` of each text, in order, in parallel as `scan_batch`.
    #[pyo3(signature = (texts, threads = 0))]
    fn redact_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: usize,
    ) -> PyResult<Vec<PyRedaction>> {
        let (objs, utf8) = texts_arg(texts)?;
        let engine = &self.inner;
        let converted: Vec<Converted> = py.detach(|| {
            engine
                .redact_batch(&utf8, threads)
                .into_iter()
                .zip(&utf8)
                .map(|(r, t)| Converted::new(t, r))
                .collect()
        });
        converted
            .into_iter()
            .zip(&objs)
            .map(|(c, obj)| c.into_py(obj))
            .collect()
    }

    /// The prompt guard's verdict on `text`: risk, verdict (`'allow'`, `'flag'`, `'block'`) and
    /// the injection findings behind them.
    ///
    /// `second_opinion(text, report)`, if given, is called when the rule-based risk falls in the
    /// policy's `guard.second_opinion` band; a number it returns raises the risk (the core then
    /// recomputes the verdict), `None` leaves the report as it is. An exception it raises
    /// propagates unchanged. Long texts are guarded with the GIL released, but the callable
    /// always runs with the GIL held.
    #[pyo3(signature = (text, second_opinion = None))]
    fn guard(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        second_opinion: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyGuardReport> {
        let t = text_arg(text, &"text")?;
        let engine = &self.inner;
        let Some(callable) = second_opinion.filter(|c| !c.is_none()) else {
            return Ok(maybe_detach(py, t.len(), || {
                PyGuardReport::new(&t, &engine.guard(&t))
            }));
        };
        if !callable.is_callable() {
            return Err(PyTypeError::new_err(
                "second_opinion must be callable or None",
            ));
        }
        let (callable, obj) = (callable.clone().unbind(), text.clone().unbind());
        // The core decides whether to ask; an exception from the callable is kept here (the
        // core sees "no opinion") and raised once the core returns.
        let mut failure: Option<PyErr> = None;
        let report = maybe_detach(py, t.len(), || {
            let report = engine.guard_with(&t, |utf8, report| {
                Python::attach(|py| {
                    guard::ask(py, &callable, &obj, utf8, report).unwrap_or_else(|e| {
                        failure = Some(e);
                        None
                    })
                })
            });
            PyGuardReport::new(&t, &report)
        });
        match failure {
            Some(e) => Err(e),
            None => Ok(report),
        }
    }

    /// A canary token to embed in a system prompt: `scan` or `guard` of an answer by this
    /// engine (or one with the same `redact.hash_key`) reports `CANARY_LEAK` where it shows up,
    /// also when split by spaces or punctuation.
    fn canary(&self) -> String {
        self.inner.canary()
    }

    /// A `StreamRedactor`: redacts a text that arrives in chunks, with this engine's policy.
    fn stream_redact(&self) -> PyStreamRedactor {
        PyStreamRedactor::new(self.inner.stream_redact())
    }

    /// `stream_redact().wrap(chunks)`: a generator of the redacted text of `chunks` (an
    /// iterable of `str` or `bytes`), piece by piece.
    fn redact_iter<'py>(
        &self,
        py: Python<'py>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(py, "wrap", (self.stream_redact(), chunks))
    }

    /// `stream_redact().awrap(chunks)`: `redact_iter` for an async iterable.
    fn redact_aiter<'py>(
        &self,
        py: Python<'py>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(py, "awrap", (self.stream_redact(), chunks))
    }

    /// A new reversible session (vault of placeholders), e.g. one per conversation.
    fn session(&self) -> PySession {
        PySession::new(self.inner.session())
    }

    /// A session saved with `Session.to_json()`, bound to this engine.
    fn session_from_json(&self, py: Python<'_>, json: &Bound<'_, PyAny>) -> PyResult<PySession> {
        PySession::from_json_str(py, &self.inner, json)
    }

    /// The compiled rules, in evaluation order, as dicts (`id`, `type`, `category`, `anchor`,
    /// `keywords`, `validator`, `pattern`, `operator`, `action`, `description`).
    fn rules<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner
            .rules()
            .into_iter()
            .map(|r| {
                let d = PyDict::new(py);
                d.set_item("id", r.id)?;
                d.set_item("type", r.entity_type)?;
                d.set_item("category", r.category.as_str())?;
                d.set_item("anchor", r.anchor)?;
                d.set_item("keywords", r.keywords)?;
                d.set_item("validator", r.validator)?;
                d.set_item("pattern", r.pattern)?;
                d.set_item("operator", r.operator.as_str())?;
                d.set_item("action", r.action.as_str())?;
                d.set_item("description", r.description)?;
                Ok(d)
            })
            .collect()
    }

    /// The entity types this engine can report, sorted.
    fn entity_types(&self) -> Vec<String> {
        self.inner.entity_types()
    }

    /// The built-in rule packs this engine loaded.
    #[getter]
    fn packs(&self) -> Vec<String> {
        self.inner.packs().to_vec()
    }

    fn __repr__(&self) -> String {
        let packs: Vec<String> = self
            .inner
            .packs()
            .iter()
            .map(|p| format!("'{p}'"))
            .collect();
        format!(
            "Engine(packs=[{}], rules={})",
            packs.join(", "),
            self.inner.rules().len()
        )
    }
}
