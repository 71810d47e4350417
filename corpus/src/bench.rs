//! Unlabelled benchmark text of a requested size.

use std::fmt;
use std::str::FromStr;

use crate::docs::{self, Builder, Lang};
use crate::rng::Rng;

/// Flavour of benchmark text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BenchKind {
    /// English chat/prose with some config/log lines; ~1 sensitive value per 2 KB.
    Mixed,
    /// English prose with ordinary numbers only; no sensitive values, no '@'.
    Clean,
    /// Chinese prose; ~1 sensitive value per 2 KB.
    Cjk,
    /// Dense config/.env/YAML text with a credential every few lines.
    Secrets,
}

impl BenchKind {
    pub const ALL: [BenchKind; 4] = [
        BenchKind::Mixed,
        BenchKind::Clean,
        BenchKind::Cjk,
        BenchKind::Secrets,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BenchKind::Mixed => "mixed",
            BenchKind::Clean => "clean",
            BenchKind::Cjk => "cjk",
            BenchKind::Secrets => "secrets",
        }
    }
}

impl fmt::Display for BenchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BenchKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "mixed" => Ok(BenchKind::Mixed),
            "clean" => Ok(BenchKind::Clean),
            "cjk" => Ok(BenchKind::Cjk),
            "secrets" => Ok(BenchKind::Secrets),
            _ => Err(format!(
                "unknown bench kind {s:?} (expected mixed, clean, cjk or secrets)"
            )),
        }
    }
}

// ------------------------------------------------------- word material -----

const NOUN: &[&str] = &[
    "report",
    "budget",
    "roadmap",
    "release",
    "migration",
    "proposal",
    "survey",
    "schedule",
    "contract",
    "prototype",
    "workshop",
    "forecast",
    "checklist",
    "launch",
    "review",
    "backlog",
    "dashboard",
    "handbook",
    "pipeline",
    "campaign",
];
const TEAM: &[&str] = &[
    "design",
    "platform",
    "finance",
    "marketing",
    "support",
    "research",
    "mobile",
    "data",
    "operations",
    "legal",
];
const ADJ: &[&str] = &[
    "quarterly",
    "revised",
    "final",
    "early",
    "detailed",
    "shorter",
    "internal",
    "public",
    "updated",
    "rough",
];
const VERB_PAST: &[&str] = &[
    "reviewed",
    "approved",
    "postponed",
    "finished",
    "discussed",
    "rewrote",
    "shipped",
    "summarized",
    "tested",
    "planned",
];
const DAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "last week",
    "this morning",
];
const PLACE: &[&str] = &[
    "Berlin",
    "Austin",
    "Toronto",
    "Lyon",
    "Osaka",
    "Dublin",
    "the main office",
    "the new warehouse",
];
const MONTH: &[&str] = &[
    "January", "March", "April", "June", "August", "October", "November", "December",
];

const EN_SENT: &[&str] = &[
    "The «team» team «verb» the «adj» «noun» on «day».",
    "We expect the «noun» to be ready by «month» «year».",
    "About «count» people joined the «noun» in «place».",
    "The «adj» version of the «noun» costs «price», which is within budget.",
    "Since «year», the «team» group has handled every «noun» on its own.",
    "Could you take a look at the «noun» before «day»?",
    "I think the «adj» «noun» reads much better, thanks for the edits.",
    "Our office in «place» ordered «count» chairs for «price» each.",
    "Please keep the «noun» short; nobody reads past page «small».",
    "The «noun» slipped by «small» days because of the holiday.",
    "In «month» we «verb» «count» tickets, up from the year before.",
    "Remember that the «team» offsite starts at «small» o'clock.",
    "Let's move the «noun» discussion to the «team» channel.",
    "Ticket volume dropped by «small» percent after the «noun».",
    "The «adj» «noun» was «verb» by the whole «team» team.",
    "A short summary of the «noun» would help the «team» folks.",
    "Shipping to «place» takes «small» days and costs «price».",
    "We hired «small» new engineers for the «team» team in «year».",
    "The «noun» is attached; the «adj» draft is in the shared folder.",
    "Nobody objected to the «noun», so we «verb» it on «day».",
    "Can you write a friendly reply explaining the delay to the «noun»?",
    "Give me three ideas for a title for the «adj» «noun».",
    "The venue in «place» holds «count» guests and charges «price» per day.",
    "Revenue grew «small» percent in «year», mostly from the «team» side.",
];
const ZH_SENT: &[&str] = &[
    "«zteam»在«zday»讨论了新版«znoun»，大家基本同意。",
    "预计«year»年«small»月完成«znoun»的上线。",
    "这次活动一共有«count»人参加，反馈整体不错。",
    "«zcity»办公室的«znoun»已经整理好了，请大家查收。",
    "请在«zday»之前把«znoun»的初稿发给我。",
    "我们把«znoun»拆成了«small»个阶段，逐步推进。",
    "这个方案的预算大约是«count»元，还在审批中。",
    "«zteam»反馈说«znoun»的流程太复杂，需要简化。",
    "下个季度的重点是把«znoun»做扎实。",
    "麻烦帮我把这段话改得更简洁一些。",
    "会议纪要已经更新到共享文档里了。",
    "如果有任何问题，欢迎随时沟通。",
    "从«year»年开始，这项工作一直由«zteam»负责。",
    "本周«zcity»的天气不错，团建安排在周末。",
    "请把«znoun»翻译成英文，保持原有格式。",
    "大家对«znoun»的意见比较一致，可以进入下一步。",
];
const ZNOUN: &[&str] = &[
    "周报",
    "预算表",
    "产品路线图",
    "迁移计划",
    "用户调研",
    "合同草案",
    "培训材料",
    "发布说明",
    "排期表",
    "复盘文档",
];
const ZTEAM: &[&str] = &[
    "产品组",
    "市场部",
    "财务部",
    "研发中心",
    "客服团队",
    "数据组",
    "运营部",
];
const ZDAY: &[&str] = &["周一", "周三", "周五", "下周二", "月底", "今天下午"];
const ZCITY: &[&str] = &["北京", "上海", "深圳", "杭州", "成都", "广州"];

fn sentence(out: &mut String, rng: &mut Rng, tpl: &str) {
    let mut rest = tpl;
    while let Some(i) = rest.find('«') {
        out.push_str(&rest[..i]);
        let after = &rest[i + '«'.len_utf8()..];
        let j = after.find('»').expect("marker");
        let m = &after[..j];
        rest = &after[j + '»'.len_utf8()..];
        let w: &str = match m {
            "noun" => rng.pick(NOUN),
            "team" => rng.pick(TEAM),
            "adj" => rng.pick(ADJ),
            "verb" => rng.pick(VERB_PAST),
            "day" => rng.pick(DAY),
            "place" => rng.pick(PLACE),
            "month" => rng.pick(MONTH),
            "znoun" => rng.pick(ZNOUN),
            "zteam" => rng.pick(ZTEAM),
            "zday" => rng.pick(ZDAY),
            "zcity" => rng.pick(ZCITY),
            "year" => {
                out.push_str(&rng.range(1990, 2025).to_string());
                continue;
            }
            "count" => {
                out.push_str(&rng.range(12, 4800).to_string());
                continue;
            }
            "small" => {
                out.push_str(&rng.range(2, 12).to_string());
                continue;
            }
            "price" => {
                out.push_str(&format!(
                    "${}.{:02}",
                    rng.range(3, 900),
                    rng.pick(&[0u64, 50, 99, 25])
                ));
                continue;
            }
            _ => panic!("unknown marker {m}"),
        };
        out.push_str(w);
    }
    out.push_str(rest);
}

fn paragraph(out: &mut String, rng: &mut Rng, zh: bool) {
    let n = rng.range(3, 7);
    for i in 0..n {
        if i > 0 && !zh {
            out.push(' ');
        }
        let t = if zh {
            rng.pick(ZH_SENT)
        } else {
            rng.pick(EN_SENT)
        };
        sentence(out, rng, t);
    }
    out.push_str("\n\n");
}

const CFG_PLAIN: &[&str] = &[
    "LOG_LEVEL=info",
    "PORT=8080",
    "WORKERS=4",
    "REGION=eu-west-1",
    "CACHE_TTL=300",
    "FEATURE_EXPORT=true",
    "  replicas: 3",
    "  image: registry.internal/app:2.14.0",
    "timeout_ms = 2500",
    "max_connections = 100",
    "\"retry\": 3,",
    "debug: false",
    "DATABASE_NAME=orders",
    "QUEUE_NAME=jobs-default",
    "  memory: 512Mi",
    "TZ=UTC",
    "enable_tracing = true",
    "  - name: web",
    "healthcheck_path: /healthz",
    "BATCH_SIZE=250",
];

fn cut(mut s: String, size: usize) -> String {
    if s.len() <= size {
        return s;
    }
    let mut end = size;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(nl) = s[..end].rfind('\n') {
        end = nl + 1;
    }
    s.truncate(end);
    s
}

/// Generate roughly `size_bytes` bytes (never more) of benchmark text.
/// The text ends at a line boundary, so it may be a little shorter.
pub fn bench_text(kind: BenchKind, seed: u64, size_bytes: usize) -> String {
    let stream = match kind {
        BenchKind::Mixed => 1,
        BenchKind::Clean => 2,
        BenchKind::Cjk => 3,
        BenchKind::Secrets => 4,
    };
    let mut rng = Rng::derive(seed, 0x6265_6e63_6800 + stream);
    let mut b = Builder {
        text: String::with_capacity(size_bytes + 4096),
        ..Default::default()
    };
    match kind {
        BenchKind::Clean => {
            while b.text.len() < size_bytes {
                paragraph(&mut b.text, &mut rng, false);
            }
        }
        BenchKind::Mixed | BenchKind::Cjk => {
            let zh = kind == BenchKind::Cjk;
            let lang = if zh { Lang::Zh } else { Lang::En };
            let mut next = rng.range(1000, 3000) as usize;
            while b.text.len() < size_bytes {
                paragraph(&mut b.text, &mut rng, zh);
                if !zh && rng.chance(1, 8) {
                    for _ in 0..rng.range(2, 4) {
                        b.push(rng.pick(CFG_PLAIN));
                        b.push("\n");
                    }
                    b.push("\n");
                }
                if rng.chance(1, 6) {
                    docs::bench_negative(&mut b, &mut rng, lang);
                    b.push("\n\n");
                }
                if b.text.len() >= next {
                    docs::bench_segment(&mut b, &mut rng, lang);
                    b.push("\n\n");
                    next = b.text.len() + rng.range(1000, 3000) as usize;
                }
            }
        }
        BenchKind::Secrets => {
            let mut last_header = true;
            while b.text.len() < size_bytes {
                let r = rng.below(10);
                let header = r == 0 && !last_header;
                last_header = header;
                match if r == 0 && !header { 9 } else { r } {
                    0 => {
                        b.push("\n# --- ");
                        b.push(rng.pick(&[
                            "database",
                            "payments",
                            "ci",
                            "storage",
                            "messaging",
                            "auth",
                            "maps",
                        ]));
                        b.push(" ---\n");
                    }
                    1..=3 => {
                        docs::bench_secret_line(&mut b, &mut rng);
                        b.push("\n");
                    }
                    _ => {
                        b.push(rng.pick(CFG_PLAIN));
                        b.push("\n");
                    }
                }
            }
        }
    }
    cut(b.text, size_bytes)
}

/// Parse sizes like `64KB`, `20MB`, `1GB`, `512`, `1.5MB` (KB = 1024 bytes).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let upper = t.to_ascii_uppercase();
    let (num, mult) = [
        ("GIB", 1usize << 30),
        ("MIB", 1 << 20),
        ("KIB", 1 << 10),
        ("GB", 1 << 30),
        ("MB", 1 << 20),
        ("KB", 1 << 10),
        ("G", 1 << 30),
        ("M", 1 << 20),
        ("K", 1 << 10),
        ("B", 1),
    ]
    .iter()
    .find(|(suf, _)| upper.ends_with(suf))
    .map(|(suf, m)| (&t[..t.len() - suf.len()], *m))
    .unwrap_or((t, 1));
    let v: f64 = num
        .trim()
        .parse()
        .map_err(|_| format!("invalid size {s:?}"))?;
    if v.is_nan() || v < 0.0 {
        return Err(format!("invalid size {s:?}"));
    }
    Ok((v * mult as f64) as usize)
}
