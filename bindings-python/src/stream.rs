//! `StreamRedactor` and `StreamRestorer`: the core streams behind a mutex, like `Session`.
//!
//! A chunk is a `str` (read as `scan` reads text: a lone surrogate is a `VeilError`) or
//! `bytes` (which may end inside a UTF-8 character). Both go to the core's `push_bytes`, so a
//! stream may mix them and the core alone decides where characters end. The iterator helpers
//! (`wrap`, `awrap`, `Engine.redact_iter`, …) are plain Python generators in `veil/_stream.py`.

use crate::engine::with_locked;
use crate::error::{core_error, text_arg, type_name};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyString};
use std::sync::Mutex;
use veil_core::{StreamRedactor, StreamRestorer};

/// A chunk argument, readable as UTF-8 bytes without the GIL.
enum Chunk {
    Str(PyBackedStr),
    Bytes(PyBackedBytes),
}

impl Chunk {
    fn new(obj: &Bound<'_, PyAny>) -> PyResult<Chunk> {
        if obj.is_instance_of::<PyString>() {
            return text_arg(obj, &"chunk").map(Chunk::Str);
        }
        match obj.cast::<PyBytes>() {
            Ok(b) => Ok(Chunk::Bytes(b.clone().into())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "chunk must be str or bytes, not {}",
                type_name(obj)
            ))),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Chunk::Str(s) => s.as_bytes(),
            Chunk::Bytes(b) => b,
        }
    }
}

/// The `errors` argument: what invalid UTF-8 in `bytes` chunks does.
fn lossy(errors: &str) -> PyResult<bool> {
    match errors {
        "strict" => Ok(false),
        "replace" => Ok(true),
        _ => Err(PyValueError::new_err(format!(
            "errors must be 'strict' or 'replace', not '{errors}'"
        ))),
    }
}

/// Calls `veil._stream.<name>(*args)`: the iterator helpers are written in Python.
pub(crate) fn helper<'py>(
    py: Python<'py>,
    name: &str,
    args: impl pyo3::call::PyCallArgs<'py>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("veil._stream")?.getattr(name)?.call1(args)
}

/// `push` of either stream: the core's `push_bytes` (`errors='strict'`) or `push_bytes_lossy`.
fn push<S: Send>(
    py: Python<'_>,
    m: &Mutex<S>,
    chunk: &Bound<'_, PyAny>,
    errors: &str,
    strict: fn(&mut S, &[u8]) -> veil_core::Result<String>,
    replace: fn(&mut S, &[u8]) -> String,
) -> PyResult<String> {
    let lossy = lossy(errors)?;
    let chunk = Chunk::new(chunk)?;
    let bytes = chunk.as_bytes();
    with_locked(py, m, bytes.len(), |s| {
        if lossy {
            Ok(replace(s, bytes))
        } else {
            strict(s, bytes)
        }
    })
    .map_err(|e| core_error(py, e))
}

/// `finish` of either stream: the core's `finish_bytes` (`errors='strict'`) or `finish`.
fn finish<S: Send>(
    py: Python<'_>,
    m: &Mutex<S>,
    errors: &str,
    strict: fn(&mut S) -> veil_core::Result<String>,
    replace: fn(&mut S) -> String,
) -> PyResult<String> {
    let lossy = lossy(errors)?;
    with_locked(py, m, 0, |s| if lossy { Ok(replace(s)) } else { strict(s) })
        .map_err(|e| core_error(py, e))
}

/// Redacts a text that arrives in chunks (an LLM's streamed answer): `push` each chunk, then
/// `finish`. Everything returned, joined, equals `Engine.redact` of the whole text.
#[pyclass(frozen, module = "veil", name = "StreamRedactor")]
#[derive(Debug)]
pub struct PyStreamRedactor {
    inner: Mutex<StreamRedactor>,
}

impl PyStreamRedactor {
    pub(crate) fn new(stream: StreamRedactor) -> PyStreamRedactor {
        PyStreamRedactor {
            inner: Mutex::new(stream),
        }
    }

    fn with<T: Send>(&self, py: Python<'_>, f: impl Send + FnOnce(&mut StreamRedactor) -> T) -> T {
        with_locked(py, &self.inner, 0, f)
    }
}

#[pymethods]
impl PyStreamRedactor {
    /// Add a chunk (`str`, or `bytes` that may end inside a UTF-8 character); returns the
    /// redacted text that is final now, often `''`. Text that could still be part of a value
    /// is held until the next chunk decides it.
    ///
    /// `errors='strict'`: invalid UTF-8 in a `bytes` chunk raises `VeilError` (kind 'input',
    /// `offset` the byte offset from the start of the stream) and the chunk is not taken;
    /// `'replace'` reads each invalid sequence as U+FFFD.
    #[pyo3(signature = (chunk, errors = "strict"))]
    fn push(&self, py: Python<'_>, chunk: &Bound<'_, PyAny>, errors: &str) -> PyResult<String> {
        push(
            py,
            &self.inner,
            chunk,
            errors,
            StreamRedactor::push_bytes,
            StreamRedactor::push_bytes_lossy,
        )
    }

    /// End of the stream: returns the rest of the redacted text. The redactor then takes a
    /// new stream at its next `push`.
    ///
    /// `errors='strict'`: a stream of `bytes` that ended inside a UTF-8 character raises
    /// `VeilError` and stays open; `'replace'` ends it with U+FFFD.
    #[pyo3(signature = (errors = "strict"))]
    fn finish(&self, py: Python<'_>, errors: &str) -> PyResult<String> {
        finish(
            py,
            &self.inner,
            errors,
            StreamRedactor::finish_bytes,
            StreamRedactor::finish,
        )
    }

    /// Input bytes (UTF-8) received but not returned yet: the current hold-back.
    #[getter]
    fn pending(&self, py: Python<'_>) -> usize {
        self.with(py, |s| s.pending())
    }

    /// `True` once a finding's type has the `block` action (as `Redaction.blocked`, without the
    /// prompt guard, which does not run on streams: guard the whole answer).
    #[getter]
    fn blocked(&self, py: Python<'_>) -> bool {
        self.with(py, |s| s.blocked())
    }

    /// The most this engine's rules can hold back, in bytes.
    #[getter]
    fn max_holdback(&self, py: Python<'_>) -> usize {
        self.with(py, |s| s.max_holdback())
    }

    /// A generator over `chunks` (an iterable of `str` or `bytes`): yields each non-empty
    /// result of `push`, then the rest from `finish`.
    fn wrap<'py>(
        slf: &Bound<'py, Self>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "wrap", (slf, chunks))
    }

    /// `wrap` for an async iterable: an async generator.
    fn awrap<'py>(
        slf: &Bound<'py, Self>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "awrap", (slf, chunks))
    }

    /// Shows the hold-back only, never text.
    fn __repr__(&self, py: Python<'_>) -> String {
        format!("StreamRedactor(pending={})", self.pending(py))
    }
}

/// Restores a session's placeholders in a text that arrives in chunks (an LLM's streamed
/// answer): `push` each chunk, then `finish`. Everything returned, joined, equals
/// `Session.restore` of the whole text.
#[pyclass(frozen, module = "veil", name = "StreamRestorer")]
#[derive(Debug)]
pub struct PyStreamRestorer {
    inner: Mutex<StreamRestorer>,
}

impl PyStreamRestorer {
    pub(crate) fn new(stream: StreamRestorer) -> PyStreamRestorer {
        PyStreamRestorer {
            inner: Mutex::new(stream),
        }
    }
}

#[pymethods]
impl PyStreamRestorer {
    /// Add a chunk (`str`, or `bytes` that may end inside a UTF-8 character); returns the
    /// restored text that is final now. Text is held only from a `<` that may still open one of
    /// the session's placeholders. `errors` as in `StreamRedactor.push`.
    #[pyo3(signature = (chunk, errors = "strict"))]
    fn push(&self, py: Python<'_>, chunk: &Bound<'_, PyAny>, errors: &str) -> PyResult<String> {
        push(
            py,
            &self.inner,
            chunk,
            errors,
            StreamRestorer::push_bytes,
            StreamRestorer::push_bytes_lossy,
        )
    }

    /// End of the stream: returns the rest of the restored text. The restorer then takes a new
    /// stream, with the same placeholders, at its next `push`. `errors` as in
    /// `StreamRedactor.finish`.
    #[pyo3(signature = (errors = "strict"))]
    fn finish(&self, py: Python<'_>, errors: &str) -> PyResult<String> {
        finish(
            py,
            &self.inner,
            errors,
            StreamRestorer::finish_bytes,
            StreamRestorer::finish,
        )
    }

    /// Input bytes (UTF-8) received but not returned yet: the current hold-back.
    #[getter]
    fn pending(&self, py: Python<'_>) -> usize {
        with_locked(py, &self.inner, 0, |s| s.pending())
    }

    /// A generator over `chunks` (an iterable of `str` or `bytes`): yields each non-empty
    /// result of `push`, then the rest from `finish`.
    fn wrap<'py>(
        slf: &Bound<'py, Self>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "wrap", (slf, chunks))
    }

    /// `wrap` for an async iterable: an async generator.
    fn awrap<'py>(
        slf: &Bound<'py, Self>,
        chunks: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "awrap", (slf, chunks))
    }

    /// Shows the hold-back only, never text.
    fn __repr__(&self, py: Python<'_>) -> String {
        format!("StreamRestorer(pending={})", self.pending(py))
    }
}
