//! `Session`: the core session (vault) behind a mutex, so one session can be shared by threads.

use crate::engine::{PyEngine, with_locked};
use crate::error::{core_error, text_arg};
use crate::guard::PyGuardReport;
use crate::stream::{PyStreamRestorer, helper};
use crate::types::{Converted, PyRedaction, Text};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use std::sync::Mutex;
use veil_core::{Engine, Session};

/// A conversation's vault: the same value always gets the same placeholder, and `restore`
/// puts the values back into any text that mentions the placeholders.
#[pyclass(frozen, module = "veil", name = "Session")]
#[derive(Debug)]
pub struct PySession {
    inner: Mutex<Session>,
}

impl PySession {
    pub(crate) fn new(session: Session) -> PySession {
        PySession {
            inner: Mutex::new(session),
        }
    }

    pub(crate) fn from_json_str(
        py: Python<'_>,
        engine: &Engine,
        json: &Bound<'_, PyAny>,
    ) -> PyResult<PySession> {
        let json = text_arg(json, &"json")?;
        Session::from_json(engine, &json)
            .map(PySession::new)
            .map_err(|e| core_error(py, e))
    }

    /// Runs `f` on the session (see [`with_locked`]).
    fn with<T, F>(&self, py: Python<'_>, len: usize, f: F) -> T
    where
        F: Send + FnOnce(&mut Session) -> T,
        T: Send,
    {
        with_locked(py, &self.inner, len, f)
    }
}

#[pymethods]
impl PySession {
    /// Replace every finding with its placeholder (`<EMAIL_ADDRESS_1>`), remembering the value.
    fn redact(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyRedaction> {
        let t = Text::new(text, &"text")?;
        let utf8 = &t.utf8;
        let out = self.with(py, utf8.len(), |s| Converted::new(utf8, s.redact(utf8)));
        out.into_py(&t.obj)
    }

    /// `Engine.guard` for text of this conversation, typically the model's answer: links that
    /// carry one of this session's values (or placeholders) count as exfiltration.
    fn guard(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<PyGuardReport> {
        let t = text_arg(text, &"text")?;
        Ok(self.with(py, t.len(), |s| PyGuardReport::new(&t, &s.guard(&t))))
    }

    /// `text` with every placeholder of this session replaced by its value; anything else,
    /// unknown placeholders included, is left as it is.
    fn restore<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        let py = text.py();
        let utf8 = text_arg(text, &"text")?;
        let restored = self.with(py, utf8.len(), |s| match s.restore(&utf8) {
            std::borrow::Cow::Owned(r) => Some(r),
            std::borrow::Cow::Borrowed(_) => None,
        });
        Ok(match restored {
            Some(r) => PyString::new(py, &r),
            None => text.cast::<PyString>()?.clone(),
        })
    }

    /// A `StreamRestorer` for the placeholders this session has now (an answer can only
    /// mention placeholders that were sent before it).
    fn stream_restore(&self, py: Python<'_>) -> PyStreamRestorer {
        PyStreamRestorer::new(self.with(py, 0, |s| s.stream_restore()))
    }

    /// `stream_restore().wrap(chunks)`: a generator of the restored text of `chunks` (an
    /// iterable of `str` or `bytes`), piece by piece.
    fn restore_iter<'py>(
        &self,
        py: Python<'py>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(py, "wrap", (self.stream_restore(py), chunks))
    }

    /// `stream_restore().awrap(chunks)`: `restore_iter` for an async iterable.
    fn restore_aiter<'py>(
        &self,
        py: Python<'py>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(py, "awrap", (self.stream_restore(py), chunks))
    }

    /// The value behind a placeholder of this session, or `None`.
    fn lookup(&self, py: Python<'_>, placeholder: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
        let p = text_arg(placeholder, &"placeholder")?;
        Ok(self.with(py, 0, |s| s.lookup(&p).map(str::to_owned)))
    }

    /// The vault's entries in creation order: dicts with `placeholder`, `type` and `value`.
    fn entries<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let entries = self.with(py, 0, |s| s.entries().to_vec());
        entries
            .into_iter()
            .map(|e| {
                let d = PyDict::new(py);
                d.set_item("placeholder", e.placeholder)?;
                d.set_item("type", e.entity_type)?;
                d.set_item("value", e.value)?;
                Ok(d)
            })
            .collect()
    }

    /// The session as JSON, to keep it between requests. It holds the original values: store
    /// it like the data itself.
    fn to_json(&self, py: Python<'_>) -> String {
        self.with(py, 0, |s| s.to_json())
    }

    /// A session saved with `to_json()`, bound to `engine`.
    #[staticmethod]
    fn from_json(
        py: Python<'_>,
        engine: PyRef<'_, PyEngine>,
        json: &Bound<'_, PyAny>,
    ) -> PyResult<PySession> {
        PySession::from_json_str(py, &engine.inner, json)
    }

    /// The engine this session redacts with.
    #[getter]
    fn engine(&self, py: Python<'_>) -> PyEngine {
        PyEngine {
            inner: self.with(py, 0, |s| s.engine().clone()),
        }
    }

    /// Number of placeholders in the vault.
    fn __len__(&self, py: Python<'_>) -> usize {
        self.with(py, 0, |s| s.len())
    }

    /// Shows the number of placeholders only, never the values.
    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Session(placeholders={})", self.__len__(py))
    }
}
