//! Compiles the built-in rule packs' patterns to DFAs at build time and embeds them, so the
//! default engine is built without determinizing anything. The engine checks each embedded
//! DFA against the pattern it was built from and compiles at run time when they differ.

#[path = "src/detect/dfa_build.rs"]
#[allow(dead_code)]
mod dfa_build;

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let mut blob: Vec<u8> = Vec::new();
    let mut index = String::from(
        "/// (pattern, byte offset, byte length) of each embedded DFA.\npub const INDEX: &[(&str, usize, usize)] = &[\n",
    );
    let mut seen: Vec<String> = Vec::new();
    for pack in ["rules/pii.toml", "rules/secrets.toml"] {
        println!("cargo::rerun-if-changed={pack}");
        let text = std::fs::read_to_string(pack).expect("rule pack readable");
        let doc: toml::Table = toml::from_str(&text).expect("rule pack parses");
        let rules = doc
            .get("rule")
            .and_then(|r| r.as_array())
            .cloned()
            .unwrap_or_default();
        for rule in rules {
            let Some(pattern) = rule.get("pattern").and_then(|p| p.as_str()) else {
                continue;
            };
            if seen.iter().any(|p| p == pattern) {
                continue;
            }
            // A pattern that does not compile is reported by the engine, naming its rule.
            let Ok(dfa) = dfa_build::build_dfa(pattern) else {
                continue;
            };
            let (bytes, pad) = dfa.to_bytes_little_endian();
            let bytes = &bytes[pad..];
            while blob.len() % 8 != 0 {
                blob.push(0);
            }
            let _ = writeln!(index, "    ({pattern:?}, {}, {}),", blob.len(), bytes.len());
            blob.extend_from_slice(bytes);
            seen.push(pattern.to_string());
        }
    }
    index.push_str("];\n");
    std::fs::write(out.join("prebuilt_dfas.bin"), &blob).expect("write DFA blob");
    std::fs::write(out.join("prebuilt_dfas.rs"), index).expect("write DFA index");
    println!("cargo::rerun-if-changed=src/detect/dfa_build.rs");
    println!("cargo::rerun-if-changed=build.rs");
}
