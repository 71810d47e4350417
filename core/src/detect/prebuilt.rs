//! DFAs of the built-in patterns, compiled by `build.rs` and embedded in the binary.

use regex_automata::dfa::dense::DFA;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/prebuilt_dfas.rs"));
}

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/prebuilt_dfas.bin"));

/// The embedded DFA for exactly this pattern, if there is one and it deserializes on this
/// target (little-endian).
pub fn lookup(pattern: &str) -> Option<DFA<Vec<u32>>> {
    let &(_, offset, len) = generated::INDEX.iter().find(|(p, _, _)| *p == pattern)?;
    let bytes = BLOB.get(offset..offset + len)?;
    // Deserialization wants 4-byte alignment: copy into u32 storage first.
    let mut words = vec![0u32; len.div_ceil(4)];
    for (w, chunk) in words.iter_mut().zip(bytes.chunks(4)) {
        let mut b = [0u8; 4];
        b[..chunk.len()].copy_from_slice(chunk);
        *w = u32::from_ne_bytes(b);
    }
    // `from_bytes` below validates the whole structure, so corrupt bytes are an error.
    let raw: &[u8] = {
        let ptr = words.as_ptr() as *const u8;
        // SAFETY: `words` owns len.div_ceil(4) * 4 >= len initialized bytes, alive for this scope.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    };
    let (dfa, _) = DFA::from_bytes(raw).ok()?;
    Some(dfa.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::RulePack;

    #[test]
    fn every_builtin_pattern_is_embedded_and_identical_to_a_fresh_build() {
        let mut n = 0;
        for (name, src) in crate::detect::pack::BUILTIN {
            for rule in RulePack::from_toml(name, src).unwrap().rules {
                let embedded =
                    lookup(&rule.pattern).unwrap_or_else(|| panic!("{} not embedded", rule.id));
                let fresh = crate::detect::dfa_build::build_dfa(&rule.pattern).unwrap();
                assert_eq!(
                    embedded.to_bytes_little_endian().0,
                    fresh.to_bytes_little_endian().0,
                    "{}",
                    rule.id
                );
                n += 1;
            }
        }
        assert!(n > 30);
        assert!(lookup("not-a-builtin-pattern").is_none());
    }
}
