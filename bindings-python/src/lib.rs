//! Python bindings of veil (`import veil`): conversion of types and offsets only; every
//! behaviour lives in `veil-core`.
//!
//! - [`error`]: `VeilError` and the checks on `str` arguments.
//! - [`types`]: `Finding` and `Redaction`, with byte offsets turned into `str` indices.
//! - [`guard`]: `GuardReport`, and the call of a Python second-opinion classifier.
//! - [`engine`]: `Engine`, GIL released for long texts and for batches.
//! - [`session`]: `Session`, a core session behind a mutex.
//! - [`stream`]: `StreamRedactor` and `StreamRestorer`, core streams behind a mutex (their
//!   iterator helpers are Python, in `veil/_stream.py`).

mod engine;
mod error;
mod guard;
mod session;
mod stream;
mod types;

use pyo3::prelude::*;

/// The native part of the `veil` package; import `veil` instead.
#[pymodule]
fn _veil(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    error::init_error_class(py)?;
    m.add("__version__", veil_core::VERSION)?;
    m.add("VeilError", py.get_type::<error::VeilError>())?;
    m.add_class::<engine::PyEngine>()?;
    m.add_class::<session::PySession>()?;
    m.add_class::<stream::PyStreamRedactor>()?;
    m.add_class::<stream::PyStreamRestorer>()?;
    m.add_class::<types::PyFinding>()?;
    m.add_class::<types::PyRedaction>()?;
    m.add_class::<guard::PyGuardReport>()?;
    Ok(())
}
