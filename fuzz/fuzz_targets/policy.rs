//! Arbitrary UTF-8 → `Policy::from_toml` → `EngineBuilder::build`; also `RulePack::from_toml`.
//! Every step must return `Ok` or `Err`, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veil_core::{Engine, Policy, RulePack};

const PROBE: &str = "mail jane.doe@example.com, card 4111 1111 1111 1111, key=sk-proj-abcdefABCDEF0123456789abcdef \
                     <EMAIL_ADDRESS_1> 电话 13812345678";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(policy) = Policy::from_toml(text)
        && let Ok(engine) = Engine::builder().policy(policy).build()
    {
        // A policy that builds must give an engine that works.
        let _ = engine.scan(PROBE);
        let _ = engine.redact(PROBE);
        let _ = engine.redact(text);
        let mut session = engine.session();
        let sent = session.redact(PROBE).text.into_owned();
        let _ = session.restore(&sent);
        let _ = engine.rules();
    }
    if let Ok(pack) = RulePack::from_toml("fuzz", text) {
        let mut b = Engine::builder();
        for spec in pack.rules {
            b.rule(spec);
        }
        if let Ok(engine) = b.build() {
            let _ = engine.scan(PROBE);
        }
    }
});
