//! `GuardReport`, and the bridge that lets a Python callable give the guard a second opinion.
//!
//! Like [`crate::types::PyFinding`], a report is plain Rust data (offsets already converted to
//! code points), so it can be built without the GIL.

use crate::types::{PyFinding, convert_findings};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use veil_core::guard::{GuardReport, Verdict};

/// The prompt guard's verdict on a text: the combined `risk`, the `verdict` it gives against
/// the policy's thresholds, and the injection findings behind it.
#[pyclass(frozen, eq, module = "veil", name = "GuardReport")]
#[derive(Debug, Clone, PartialEq)]
pub struct PyGuardReport {
    risk: f64,
    verdict: Verdict,
    findings: Vec<PyFinding>,
}

impl PyGuardReport {
    /// `report` on `source` (the text that was guarded), offsets turned into `str` indices.
    pub(crate) fn new(source: &str, report: &GuardReport) -> PyGuardReport {
        PyGuardReport {
            risk: report.risk,
            verdict: report.verdict,
            findings: convert_findings(source, &report.findings),
        }
    }
}

#[pymethods]
impl PyGuardReport {
    /// Combined risk in `0.0..=1.0`.
    #[getter]
    fn risk(&self) -> f64 {
        self.risk
    }

    /// `'allow'`, `'flag'` or `'block'`.
    #[getter]
    fn verdict(&self) -> &'static str {
        self.verdict.as_str()
    }

    /// The injection findings (category `'injection'`), sorted by start; they may overlap.
    #[getter]
    fn findings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.findings.iter().cloned())
    }

    /// `verdict == 'block'`: do not send the text.
    #[getter]
    fn blocked(&self) -> bool {
        self.verdict == Verdict::Block
    }

    /// `verdict` is `'flag'` or `'block'`: the risk reached the flag threshold.
    #[getter]
    fn flagged(&self) -> bool {
        self.verdict >= Verdict::Flag
    }

    /// `{"risk": float, "verdict": str, "findings": [finding.to_dict(), ...]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("risk", self.risk)?;
        d.set_item("verdict", self.verdict.as_str())?;
        let findings = self
            .findings
            .iter()
            .map(|f| f.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("findings", findings)?;
        Ok(d)
    }

    /// Leaves the matched text out, as `Finding`'s repr does.
    fn __repr__(&self) -> String {
        let findings: Vec<String> = self.findings.iter().map(PyFinding::__repr__).collect();
        format!(
            "GuardReport(verdict='{}', risk={}, findings=[{}])",
            self.verdict.as_str(),
            crate::types::py_float(self.risk),
            findings.join(", ")
        )
    }
}

/// Calls the user's `second_opinion(text, report)` and reads its answer: `None`, or a number.
/// `text` is the `str` object that was guarded, `utf8` its UTF-8 view.
pub(crate) fn ask(
    py: Python<'_>,
    callable: &Py<PyAny>,
    text: &Py<PyAny>,
    utf8: &str,
    report: &GuardReport,
) -> PyResult<Option<f64>> {
    let report = PyGuardReport::new(utf8, report);
    let answer = callable.bind(py).call1((text.bind(py), report))?;
    if answer.is_none() {
        return Ok(None);
    }
    answer.extract::<f64>().map(Some).map_err(|_| {
        let ty = answer
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!(
            "second_opinion must return a float or None, not {ty}"
        ))
    })
}
