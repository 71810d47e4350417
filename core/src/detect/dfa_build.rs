//! How a rule's pattern becomes a DFA. Shared by the engine and by `build.rs`, which compiles
//! the built-in rule packs ahead of time so building the default engine costs no
//! determinization (the DFAs are embedded and deserialized, falling back to compiling here).

use regex_automata::MatchKind;
use regex_automata::dfa::StartKind;
use regex_automata::dfa::dense::{self, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;

/// Patterns are byte-oriented: ASCII classes, no Unicode tables (they blow DFAs up), and a
/// match may end inside a multi-byte character, which the scanner rejects.
pub fn syntax_config() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// An anchored DFA reporting every match end (`MatchKind::All`), size-limited.
pub fn build_dfa(pattern: &str) -> Result<DFA<Vec<u32>>, String> {
    dense::Builder::new()
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Anchored)
                .dfa_size_limit(Some(8 << 20))
                .determinize_size_limit(Some(16 << 20)),
        )
        .syntax(syntax_config())
        .thompson(thompson::Config::new().utf8(false))
        .build(pattern)
        .map_err(|e| e.to_string())
}
