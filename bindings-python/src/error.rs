//! Every error that reaches Python is made here: core errors become `VeilError`, text that
//! cannot be UTF-8 becomes `VeilError` too, and a non-`str` argument a `TypeError`.

use pyo3::exceptions::{PyOSError, PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;
use std::fmt;

pyo3::create_exception!(
    veil,
    VeilError,
    PyValueError,
    "A bad policy, a bad saved session, or text that cannot be scanned.\n\n\
     `kind` is one of 'policy', 'rule', 'input', 'session', 'io'; `rule` names the rule at \
     fault when there is one; `offset` is the str index of the fault in the input (for bytes \
     pushed to a stream: the byte offset from the start of the stream), if any."
);

/// Sets the class-level defaults of `VeilError`'s attributes, so that an instance made by
/// Python code (not by veil) still has them.
pub(crate) fn init_error_class(py: Python<'_>) -> PyResult<()> {
    let class = py.get_type::<VeilError>();
    class.setattr("kind", py.None())?;
    class.setattr("rule", py.None())?;
    class.setattr("offset", py.None())?;
    Ok(())
}

fn veil_error(
    py: Python<'_>,
    message: String,
    kind: &str,
    rule: Option<&str>,
    offset: Option<usize>,
) -> PyErr {
    let err = VeilError::new_err(message);
    let value = err.value(py);
    // Setting an attribute on a fresh exception instance cannot fail; if it ever did, the
    // class-level default stays visible, which is still a correct answer.
    let _ = value.setattr("kind", kind);
    let _ = value.setattr("rule", rule);
    let _ = value.setattr("offset", offset);
    err
}

/// A core error as `VeilError`; the message is the core error's `Display`. The core's offset
/// is a byte offset: only errors about `bytes` input carry one.
pub(crate) fn core_error(py: Python<'_>, e: veil_core::Error) -> PyErr {
    veil_error(
        py,
        e.to_string(),
        e.kind().as_str(),
        e.rule_id(),
        e.offset(),
    )
}

/// A core error about a file, prefixed with the file's path.
pub(crate) fn core_error_in(py: Python<'_>, path: &std::path::Path, e: veil_core::Error) -> PyErr {
    veil_error(
        py,
        format!("{}: {e}", path.display()),
        e.kind().as_str(),
        e.rule_id(),
        None,
    )
}

/// A failed file read as the `OSError` subclass Python would raise (`FileNotFoundError`, …),
/// with `filename` set.
pub(crate) fn io_error(path: &std::path::Path, e: &std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust appends " (os error N)" to the OS message; Python shows the errno on its own.
    let message = e.to_string();
    let message = message
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&message)
        .to_string();
    PyOSError::new_err((errno, message, path.to_string_lossy().into_owned()))
}

/// The name of `obj`'s type, for `TypeError` messages.
pub(crate) fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// `obj` as a `str` readable from Rust (also without the GIL).
///
/// Not a `str` → `TypeError`. A `str` holding a lone surrogate (possible in Python, but not
/// Unicode text, so not UTF-8) → `VeilError` of kind `input` naming the index.
/// `what` names the argument in messages (formatted only on error).
pub(crate) fn text_arg(obj: &Bound<'_, PyAny>, what: &dyn fmt::Display) -> PyResult<PyBackedStr> {
    let py = obj.py();
    let s = obj
        .cast::<PyString>()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be str, not {}", type_name(obj))))?;
    PyBackedStr::try_from(s.clone()).map_err(|e| {
        if !e.is_instance_of::<PyUnicodeEncodeError>(py) {
            return e;
        }
        let index: Option<usize> = e.value(py).getattr("start").and_then(|v| v.extract()).ok();
        let at = index.map_or_else(String::new, |i| format!(" at index {i}"));
        let err = veil_error(
            py,
            format!(
                "input error: {what} has a lone surrogate{at}: it is not valid Unicode and \
                 cannot be encoded as UTF-8"
            ),
            "input",
            None,
            index,
        );
        err.set_cause(py, Some(e));
        err
    })
}
