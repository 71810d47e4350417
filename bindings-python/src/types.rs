//! `Finding` and `Redaction` as Python sees them: offsets in `str` indices (code points).
//!
//! The conversion from core results happens in two steps so that the costly part can run
//! without the GIL: [`Converted`] holds plain Rust data (built anywhere), and becomes Python
//! objects in [`Converted::into_py`].

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use veil_core::offsets::{Unit, spans};

/// One detected value. `text[start:end] == finding.text` in the `str` that was scanned.
#[pyclass(frozen, eq, hash, module = "veil", name = "Finding")]
#[derive(Debug, Clone, PartialEq)]
pub struct PyFinding {
    entity_type: Arc<str>,
    category: &'static str,
    rule: Arc<str>,
    start: usize,
    end: usize,
    text: String,
    score: f64,
}

impl Hash for PyFinding {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.entity_type.hash(state);
        self.rule.hash(state);
        self.start.hash(state);
        self.end.hash(state);
        self.text.hash(state);
        // `+ 0.0` makes -0.0 hash like 0.0, as they compare equal.
        (self.score + 0.0).to_bits().hash(state);
    }
}

fn category_name(c: &str) -> Option<&'static str> {
    [
        veil_core::Category::Pii,
        veil_core::Category::Secret,
        veil_core::Category::Injection,
    ]
    .into_iter()
    .map(veil_core::Category::as_str)
    .find(|n| *n == c)
}

#[pymethods]
impl PyFinding {
    #[new]
    #[pyo3(signature = (r#type, category, rule, start, end, text, score))]
    fn new(
        r#type: &str,
        category: &str,
        rule: &str,
        start: usize,
        end: usize,
        text: String,
        score: f64,
    ) -> PyResult<PyFinding> {
        let category = category_name(category).ok_or_else(|| {
            PyValueError::new_err(format!(
                "category must be 'pii', 'secret' or 'injection', not {category:?}"
            ))
        })?;
        if start > end {
            return Err(PyValueError::new_err("start must not be greater than end"));
        }
        Ok(PyFinding {
            entity_type: Arc::from(r#type),
            category,
            rule: Arc::from(rule),
            start,
            end,
            text,
            score,
        })
    }

    /// The entity type, e.g. `EMAIL_ADDRESS`.
    #[getter(r#type)]
    fn get_type(&self) -> &str {
        &self.entity_type
    }

    /// Alias of `type`, as in Presidio's `RecognizerResult`.
    #[getter]
    fn entity_type(&self) -> &str {
        &self.entity_type
    }

    /// `'pii'`, `'secret'` or `'injection'`.
    #[getter]
    fn category(&self) -> &'static str {
        self.category
    }

    /// The id of the rule that matched.
    #[getter]
    fn rule(&self) -> &str {
        &self.rule
    }

    /// Index of the first code point of the value in the scanned `str`.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Index one past the last code point of the value.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The matched value (the sensitive data itself).
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// Confidence in `0.0..=1.0`.
    #[getter]
    fn score(&self) -> f64 {
        self.score
    }

    /// Every field, `text` included, as a dict (the core's JSON shape).
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("type", &*self.entity_type)?;
        d.set_item("category", self.category)?;
        d.set_item("rule", &*self.rule)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("score", self.score)?;
        Ok(d)
    }

    /// Leaves the value out, so that logging a finding does not leak it.
    pub(crate) fn __repr__(&self) -> String {
        format!(
            "Finding(type='{}', category='{}', rule='{}', start={}, end={}, score={})",
            self.entity_type,
            self.category,
            self.rule,
            self.start,
            self.end,
            py_float(self.score)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let f = slf.get();
        let args = (
            &*f.entity_type,
            f.category,
            &*f.rule,
            f.start,
            f.end,
            &f.text,
            f.score,
        )
            .into_pyobject(py)?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }
}

/// `repr(float)` for the scores veil produces (finite): Rust's shortest round-trip form, with
/// the `.0` Python prints for whole numbers.
pub(crate) fn py_float(x: f64) -> String {
    let s = format!("{x}");
    if x.is_finite() && !s.contains(['.', 'e']) {
        s + ".0"
    } else {
        s
    }
}

/// The result of a redaction: the text to send on, what was found (offsets into the input),
/// and whether the policy blocks sending it.
#[pyclass(frozen, module = "veil", name = "Redaction")]
#[derive(Debug)]
pub struct PyRedaction {
    text: Py<PyString>,
    findings: Vec<PyFinding>,
    blocked: bool,
}

#[pymethods]
impl PyRedaction {
    /// The redacted text (the input object itself when nothing was replaced).
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// What was found, with offsets into the input text.
    #[getter]
    fn findings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.findings.iter().cloned())
    }

    /// `True` when a finding's type has the `block` action, or the prompt guard's verdict is
    /// `block`: do not send the text.
    #[getter]
    fn blocked(&self) -> bool {
        self.blocked
    }

    /// `{"text": ..., "findings": [finding.to_dict(), ...], "blocked": ...}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        let findings = self
            .findings
            .iter()
            .map(|f| f.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("findings", findings)?;
        d.set_item("blocked", self.blocked)?;
        Ok(d)
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let Ok(other) = other.cast::<PyRedaction>() else {
            return Ok(py.NotImplemented());
        };
        let other = other.get();
        let same = self.blocked == other.blocked
            && self.findings == other.findings
            && PyAnyMethods::eq(self.text.bind(py).as_any(), other.text.bind(py))?;
        Ok(same.into_pyobject(py)?.to_owned().into_any().unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let findings: Vec<String> = self.findings.iter().map(PyFinding::__repr__).collect();
        Ok(format!(
            "Redaction(text={}, findings=[{}], blocked={})",
            self.text.bind(py).repr()?,
            findings.join(", "),
            if self.blocked { "True" } else { "False" }
        ))
    }
}

/// Findings of `source` with their offsets converted to code-point indices.
pub(crate) fn convert_findings(source: &str, found: &[veil_core::Finding]) -> Vec<PyFinding> {
    found
        .iter()
        .zip(spans(source, found, Unit::Char))
        .map(|(f, (start, end))| PyFinding {
            entity_type: f.entity_type.clone(),
            category: f.category.as_str(),
            rule: f.rule.clone(),
            start,
            end,
            text: f.text(source).to_owned(),
            score: f.score,
        })
        .collect()
}

/// A core [`veil_core::Redaction`] converted without the GIL; `text` is `None` when it is the
/// input unchanged, so the input `str` object can be handed back as is.
#[derive(Debug)]
pub(crate) struct Converted {
    text: Option<String>,
    findings: Vec<PyFinding>,
    blocked: bool,
}

impl Converted {
    pub(crate) fn new(source: &str, r: veil_core::Redaction<'_>) -> Converted {
        let findings = convert_findings(source, &r.findings);
        let text = match r.text {
            std::borrow::Cow::Owned(t) if t != source => Some(t),
            _ => None,
        };
        Converted {
            text,
            findings,
            blocked: r.blocked,
        }
    }

    /// `source` must be the Python object the text was read from.
    pub(crate) fn into_py(self, source: &Bound<'_, PyAny>) -> PyResult<PyRedaction> {
        let py = source.py();
        let text = match self.text {
            Some(t) => PyString::new(py, &t).unbind(),
            None => source.cast::<PyString>()?.clone().unbind(),
        };
        Ok(PyRedaction {
            text,
            findings: self.findings,
            blocked: self.blocked,
        })
    }
}

/// A `str` argument kept together with its UTF-8 view (see [`crate::error::text_arg`]).
#[derive(Debug)]
pub(crate) struct Text<'py> {
    pub obj: Bound<'py, PyAny>,
    pub utf8: PyBackedStr,
}

impl<'py> Text<'py> {
    pub(crate) fn new(
        obj: &Bound<'py, PyAny>,
        what: &dyn std::fmt::Display,
    ) -> PyResult<Text<'py>> {
        Ok(Text {
            obj: obj.clone(),
            utf8: crate::error::text_arg(obj, what)?,
        })
    }
}
