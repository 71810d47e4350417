//! Every golden case of `core/tests/cases/golden.json` through the C ABI: `veil_scan` must
//! report exactly the core's findings (type, UTF-8 byte span) and `veil_redact` must return
//! exactly `Engine::redact`'s text, so the binding can never quietly disagree with the core.

use std::ffi::{CStr, c_char};
use std::ptr;
use veil::*;

struct Engine(*mut veil_engine);

impl Drop for Engine {
    fn drop(&mut self) {
        // SAFETY: from veil_engine_new, freed once.
        unsafe { veil_engine_free(self.0) };
    }
}

fn cstr<'a>(p: *const c_char) -> &'a str {
    assert!(!p.is_null());
    // SAFETY: veil hands out NUL-terminated UTF-8 strings that live as long as their owner.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap()
}

/// `(type, start, end)` of every finding `veil_scan` reports in `text`.
fn scan(engine: &Engine, text: &str) -> Vec<(String, usize, usize)> {
    let mut findings = ptr::null_mut();
    // SAFETY: a live engine, `text.len()` readable bytes, writable out pointer.
    let rc = unsafe {
        veil_scan(
            engine.0,
            text.as_ptr().cast(),
            text.len(),
            &mut findings,
            ptr::null_mut(),
        )
    };
    assert_eq!(rc, 0);
    // SAFETY: `findings` is live until veil_findings_free below.
    let out = unsafe {
        (0..veil_findings_len(findings))
            .map(|i| {
                let f = &*veil_findings_get(findings, i);
                (cstr(f.r#type).to_string(), f.start, f.end)
            })
            .collect()
    };
    // SAFETY: from veil_scan, freed once.
    unsafe { veil_findings_free(findings) };
    out
}

fn redact(engine: &Engine, text: &str) -> String {
    let (mut out, mut len) = (ptr::null_mut(), 0usize);
    // SAFETY: as in `scan`.
    let rc = unsafe {
        veil_redact(
            engine.0,
            text.as_ptr().cast(),
            text.len(),
            &mut out,
            &mut len,
            ptr::null_mut(),
        )
    };
    assert_eq!(rc, 0);
    // SAFETY: `out` holds `len` bytes, freed once.
    unsafe {
        let s = std::str::from_utf8(std::slice::from_raw_parts(out.cast::<u8>(), len))
            .unwrap()
            .to_string();
        veil_string_free(out);
        s
    }
}

#[test]
fn golden_cases_through_the_c_abi() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/cases/golden.json"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // SAFETY: NULL policy (built-in), NULL err.
    let engine = Engine(unsafe { veil_engine_new(ptr::null(), ptr::null_mut()) });
    assert!(!engine.0.is_null());
    let core = veil_core::Engine::default();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 50, "golden.json has {} cases", cases.len());
    for case in cases {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let want: Vec<(String, usize, usize)> = case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["type"].as_str().unwrap().to_string(),
                    f["start"].as_u64().unwrap() as usize,
                    f["end"].as_u64().unwrap() as usize,
                )
            })
            .collect();
        assert_eq!(scan(&engine, text), want, "case {id}");
        assert_eq!(redact(&engine, text), core.redact(text).text, "case {id}");
    }
}

/// `text` pushed through a `veil_stream` byte by byte, then finished.
fn redact_streamed(engine: &Engine, text: &str) -> String {
    // SAFETY: a live engine, NULL err.
    let stream = unsafe { veil_stream_redact_new(engine.0, ptr::null_mut()) };
    assert!(!stream.is_null());
    let mut got = Vec::new();
    let mut take = |rc: i32, out: *mut c_char, len: usize| {
        assert_eq!(rc, 0);
        // SAFETY: `out` holds `len` bytes, freed once.
        unsafe {
            got.extend_from_slice(std::slice::from_raw_parts(out.cast::<u8>(), len));
            veil_string_free(out);
        }
    };
    for byte in text.as_bytes() {
        let (mut out, mut len) = (ptr::null_mut(), 0usize);
        // SAFETY: a live stream, one readable byte, writable out pointers.
        let rc = unsafe {
            veil_stream_push(
                stream,
                ptr::from_ref(byte).cast(),
                1,
                &mut out,
                &mut len,
                ptr::null_mut(),
            )
        };
        take(rc, out, len);
    }
    let (mut out, mut len) = (ptr::null_mut(), 0usize);
    // SAFETY: a live stream, writable out pointers; freed once.
    unsafe {
        let rc = veil_stream_finish(stream, &mut out, &mut len, ptr::null_mut());
        take(rc, out, len);
        veil_stream_free(stream);
    }
    String::from_utf8(got).unwrap()
}

#[test]
fn golden_cases_stream_through_the_c_abi() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/cases/golden.json"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // SAFETY: NULL policy (built-in), NULL err.
    let engine = Engine(unsafe { veil_engine_new(ptr::null(), ptr::null_mut()) });
    let core = veil_core::Engine::default();
    for case in doc["cases"].as_array().unwrap() {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        assert_eq!(
            redact_streamed(&engine, text),
            core.redact(text).text,
            "case {id}"
        );
    }
}
