//! # veil-core
//!
//! An embedded engine that finds personal data (emails, phone numbers, cards, IBANs, ID numbers,
//! IP addresses) and secrets (API keys, tokens, private keys, passwords) in text, and redacts or
//! reversibly pseudonymizes them — in-process, right before text goes to an LLM and right after
//! the answer comes back.
//!
//! ## Should I use this?
//! Use it when every prompt or response must be checked and the check must cost nothing next to
//! a network round trip: scanning runs at hundreds of MB/s to GB/s per core, findings are
//! validated (Luhn, mod 97, mod 11-2, SSN area rules, JWT headers, entropy floors) so numbers
//! that merely look like IDs are not reported. It is rule-based: it does not find names or
//! street addresses by themselves (add a deny list of terms for names you know).
//!
//! ## Quick start
//! ```
//! use veil_core::Engine;
//!
//! let engine = Engine::default();                       // built-in rule packs
//! let prompt = "My card is 4111 1111 1111 1111, mail me at ana@example.org";
//! let out = engine.redact(prompt);
//! assert_eq!(out.text, "My card is [CREDIT_CARD], mail me at [EMAIL_ADDRESS]");
//!
//! // Reversible: placeholders in the prompt, values restored in the answer.
//! let mut session = engine.session();
//! let sent = session.redact(prompt);
//! assert_eq!(sent.text, "My card is <CREDIT_CARD_1>, mail me at <EMAIL_ADDRESS_1>");
//! let answer = session.restore("Done: receipt sent to <EMAIL_ADDRESS_1>.");
//! assert_eq!(answer, "Done: receipt sent to ana@example.org.");
//! ```
//!
//! ## Pipeline
//! The modules follow the pipeline: [`normalize`] (a NFKC view with an offset map, only for
//! text that needs one) → `detect` (one Aho-Corasick pass over rule keywords plus one
//! vectorized pass over trigger bytes; each rule's anchored DFA runs only at its candidates) →
//! [`validate`] (checksums and format checks) → overlap resolution → [`redact`] / [`session`].
//! An [`Engine`] is compiled once from a [`Policy`] and shared (`Send + Sync`, `Clone` is an
//! `Arc` bump).

#![deny(missing_docs)]

pub mod detect;
mod engine;
mod error;
mod finding;
pub mod guard;
pub mod normalize;
pub mod offsets;
pub mod policy;
pub mod redact;
pub mod session;
pub mod stream;
pub mod validate;

pub use engine::{Engine, EngineBuilder, RuleInfo};
pub use error::{Error, ErrorKind, Result};
pub use finding::{Category, Finding};
pub use guard::{GuardReport, GuardSettings, Verdict};
pub use policy::{Action, Operator, Policy, RulePack, RuleSpec};
pub use redact::Redaction;
pub use session::Session;
pub use stream::{StreamRedactor, StreamRestorer};

/// The names of the built-in rule packs, in load order.
pub fn builtin_packs() -> Vec<&'static str> {
    detect::pack::BUILTIN.iter().map(|(n, _)| *n).collect()
}

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(test)]
mod testoibits {
    use super::*;
    use std::panic::{RefUnwindSafe, UnwindSafe};

    fn assert_all<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}
    fn assert_send<T: Send>() {}

    #[test]
    fn public_types_are_thread_safe() {
        assert_all::<Engine>();
        assert_all::<EngineBuilder>();
        assert_all::<Finding>();
        assert_all::<Error>();
        assert_all::<Policy>();
        assert_all::<Redaction<'static>>();
        assert_send::<Session>();
        assert_all::<Session>();
        assert_all::<StreamRedactor>();
        assert_all::<StreamRestorer>();
    }
}

/// The README's Rust snippets run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
