//! `include/veil.h` must equal what cbindgen generates from `src/lib.rs` today.
//! `VEIL_BLESS=1 cargo test -p veil-ffi --test header` rewrites it.

use std::path::Path;

fn generate() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml");
    // Only lib.rs: the exports live there, and parsing one file needs no `cargo metadata`.
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(dir.join("src/lib.rs"))
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

#[test]
fn committed_header_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/veil.h");
    let fresh = generate();
    if std::env::var_os("VEIL_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &fresh).expect("write include/veil.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let line = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .map_or(committed.lines().count().min(fresh.lines().count()), |i| i)
            + 1;
        panic!(
            "ffi/include/veil.h is stale (first difference at line {line}); regenerate with \
             `VEIL_BLESS=1 cargo test -p veil-ffi --test header` and commit it"
        );
    }
}

#[test]
fn header_declares_the_whole_surface() {
    let header = generate();
    for name in [
        "typedef struct veil_engine veil_engine;",
        "typedef struct veil_session veil_session;",
        "typedef struct veil_findings veil_findings;",
        "typedef struct veil_error veil_error;",
        "typedef struct veil_finding {",
        "const char *type;",
        "size_t start;",
        "double score;",
        "const char *veil_version(void);",
        "struct veil_engine *veil_engine_new(const char *policy_toml, struct veil_error **err);",
        "void veil_engine_free(struct veil_engine *engine);",
        "void veil_string_free(char *s);",
        "typedef enum veil_status {",
        "VEIL_OK = 0,",
        "VEIL_ERR_NULL = -1,",
        "VEIL_ERR_PANIC = -5,",
        "typedef struct veil_guard_report veil_guard_report;",
        "typedef enum veil_verdict {",
        "VEIL_VERDICT_ALLOW = 0,",
        "VEIL_VERDICT_FLAG = 1,",
        "VEIL_VERDICT_BLOCK = 2,",
        "int veil_guard(const struct veil_engine *engine,",
        "int veil_guard_with(const struct veil_engine *engine,",
        "double (*second_opinion)(const char *text,",
        "int veil_session_guard(const struct veil_session *session,",
        "int veil_canary(const struct veil_engine *engine,",
        "double veil_guard_report_risk(const struct veil_guard_report *report);",
        "int veil_guard_report_verdict(const struct veil_guard_report *report);",
        "size_t veil_guard_report_len(const struct veil_guard_report *report);",
        "void veil_guard_report_free(struct veil_guard_report *report);",
        "typedef struct veil_stream veil_stream;",
        "struct veil_stream *veil_stream_redact_new(const struct veil_engine *engine,",
        "struct veil_stream *veil_stream_restore_new(const struct veil_session *session,",
        "int veil_stream_push(struct veil_stream *stream,",
        "int veil_stream_push_lossy(struct veil_stream *stream,",
        "int veil_stream_finish(struct veil_stream *stream,",
        "int veil_stream_finish_lossy(struct veil_stream *stream,",
        "size_t veil_stream_pending(const struct veil_stream *stream);",
        "int veil_stream_blocked(const struct veil_stream *stream);",
        "int veil_stream_findings(const struct veil_stream *stream,",
        "void veil_stream_free(struct veil_stream *stream);",
    ] {
        assert!(header.contains(name), "veil.h lacks `{name}`");
    }
}
