//! Labelled document generation: templates, word lists and the span-tracking
//! text builder.
//!
//! Templates are plain strings with `«…»` markers:
//! * `«X»` – the main value of the segment (entity or hard negative),
//! * `«L»` – a human label for the main value, `«K»`/`«k»` – a config key
//!   (upper / lower case),
//! * `«n:KIND»` – an extra hard negative of that kind,
//! * `«name»`, `«first»`, `«company»`, `«city»`, `«product»`, `«svc»`,
//!   `«day»`, `«team»` – filler words in the document's language.

use crate::rng::Rng;
use crate::values as v;
use crate::{Doc, Entity, HardNegative};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
    Mixed,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Mixed => "mixed",
        }
    }
    fn cjk(self) -> bool {
        self != Lang::En
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Prompt,
    Email,
    Ticket,
    Config,
    Log,
    Csv,
    Code,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Prompt => "prompt",
            Kind::Email => "email",
            Kind::Ticket => "ticket",
            Kind::Config => "config",
            Kind::Log => "log",
            Kind::Csv => "csv",
            Kind::Code => "code",
        }
    }
}

// ------------------------------------------------------------- builder -----

/// Text builder that records exact byte spans.
#[derive(Debug, Default)]
pub struct Builder {
    pub text: String,
    pub entities: Vec<Entity>,
    pub negs: Vec<HardNegative>,
}

/// The main value of a template segment.
#[derive(Debug, Clone)]
pub enum Item {
    Ent(&'static str, String),
    Neg(&'static str, String),
    None,
}

impl Builder {
    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }
    pub fn ent(&mut self, ty: &'static str, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.entities.push(Entity {
            entity_type: ty.to_string(),
            value: value.to_string(),
            start,
            end: self.text.len(),
        });
    }
    pub fn neg(&mut self, kind: &'static str, value: &str) {
        let start = self.text.len();
        self.text.push_str(value);
        self.negs.push(HardNegative {
            kind: kind.to_string(),
            value: value.to_string(),
            start,
            end: self.text.len(),
        });
    }
    pub fn item(&mut self, it: &Item) {
        match it {
            Item::Ent(t, val) => self.ent(t, val),
            Item::Neg(k, val) => self.neg(k, val),
            Item::None => {}
        }
    }
    pub fn len(&self) -> usize {
        self.text.len()
    }
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Context for expanding one template.
#[derive(Debug)]
pub struct Seg<'a> {
    pub item: &'a Item,
    pub label: &'a str,
    pub key: &'a str,
}

impl<'a> Seg<'a> {
    /// A segment with no key name.
    pub fn plain(item: &'a Item, label: &'a str) -> Seg<'a> {
        Seg {
            item,
            label,
            key: "",
        }
    }
}

/// Expand a template with `«…»` markers into the builder.
pub fn expand(b: &mut Builder, rng: &mut Rng, lang: Lang, tpl: &str, seg: &Seg) {
    let mut rest = tpl;
    while let Some(i) = rest.find('«') {
        b.push(&rest[..i]);
        let after = &rest[i + '«'.len_utf8()..];
        let j = after.find('»').expect("unterminated marker");
        let m = &after[..j];
        rest = &after[j + '»'.len_utf8()..];
        match m {
            "X" => b.item(seg.item),
            "L" => b.push(seg.label),
            "K" => b.push(&seg.key.to_ascii_uppercase()),
            "k" => b.push(&seg.key.to_ascii_lowercase()),
            _ if m.starts_with("n:") => {
                let kind = neg_kind_static(&m[2..]);
                let val = gen_neg(rng, kind, Style::Prose);
                b.neg(kind, &val);
            }
            _ => {
                let w = word(rng, lang, m);
                b.push(&w);
            }
        }
    }
    b.push(rest);
}

fn neg_kind_static(k: &str) -> &'static str {
    v::NEGATIVE_KINDS
        .iter()
        .copied()
        .find(|x| *x == k)
        .unwrap_or_else(|| panic!("unknown negative kind {k}"))
}

// ---------------------------------------------------------- word lists -----

pub(crate) const EN_FIRST: &[&str] = &[
    "Alice", "Ben", "Carlos", "Dana", "Elena", "Farid", "Grace", "Hiro", "Ingrid", "Jamal", "Kate",
    "Leo", "Mona", "Nate", "Olga", "Pedro", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Will",
    "Yara",
];
pub(crate) const EN_LAST: &[&str] = &[
    "Nguyen",
    "Okafor",
    "Schmidt",
    "Rossi",
    "Kim",
    "Walsh",
    "Haddad",
    "Silva",
    "Berg",
    "Tanaka",
    "Moreau",
    "Kowalski",
    "Patel",
    "Lindqvist",
    "Byrne",
    "Costa",
];
pub(crate) const ZH_NAMES: &[&str] = &[
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄敏",
    "周杰",
    "吴婷",
    "徐浩",
    "孙悦",
    "马超",
    "朱琳",
    "胡军",
    "郭嘉欣",
    "林晓东",
    "何雨桐",
    "高翔",
    "罗佳",
];
pub(crate) const EN_COMPANY: &[&str] = &[
    "Northwind Labs",
    "Bluefin Analytics",
    "Acme Freight",
    "Pinecrest Health",
    "Orbital Logistics",
    "Kestrel Software",
    "Helix Bio",
    "Lumen AI",
    "Granite Insurance",
    "Maple Retail",
];
pub(crate) const ZH_COMPANY: &[&str] = &[
    "星河科技",
    "云帆网络",
    "蓝海数据",
    "华启物流",
    "青木医疗",
    "飞鸟软件",
    "启明教育",
    "万象零售",
];
const EN_CITY: &[&str] = &[
    "Berlin",
    "Austin",
    "Toronto",
    "Lyon",
    "Osaka",
    "Dublin",
    "Madrid",
    "Seattle",
    "Singapore",
    "Melbourne",
];
const ZH_CITY: &[&str] = &[
    "北京", "上海", "深圳", "杭州", "成都", "广州", "南京", "武汉", "西安", "苏州",
];
pub(crate) const EN_PRODUCT: &[&str] = &[
    "the mobile app",
    "the billing portal",
    "the analytics dashboard",
    "the API gateway",
    "the checkout page",
    "the admin console",
    "the data pipeline",
    "the onboarding flow",
];
pub(crate) const ZH_PRODUCT: &[&str] = &[
    "App",
    "账单系统",
    "数据看板",
    "支付网关",
    "小程序",
    "后台管理系统",
    "数据管道",
    "客服系统",
];
pub(crate) const MIXED_PRODUCT: &[&str] = &[
    "dashboard",
    "billing service",
    "API gateway",
    "checkout 页面",
    "admin console",
    "data pipeline",
];
pub(crate) const SVC: &[&str] = &[
    "auth-svc",
    "payments",
    "gateway",
    "worker",
    "billing-api",
    "search",
    "notifier",
    "ingest",
];
const EN_DAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "the weekend",
    "yesterday",
];
const ZH_DAY: &[&str] = &[
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "上周末",
    "昨天",
    "今天上午",
];
pub(crate) const EN_TEAM: &[&str] = &[
    "platform", "finance", "support", "security", "data", "mobile", "growth",
];
pub(crate) const ZH_TEAM: &[&str] = &[
    "平台组",
    "财务部",
    "客服组",
    "安全组",
    "数据组",
    "移动端",
    "运维组",
];

fn word(rng: &mut Rng, lang: Lang, w: &str) -> String {
    let zh = lang.cjk();
    let s: &str = match (w, zh) {
        ("name", false) => return format!("{} {}", rng.pick(EN_FIRST), rng.pick(EN_LAST)),
        ("name", true) | ("first", true) => rng.pick(ZH_NAMES),
        ("first", false) => rng.pick(EN_FIRST),
        ("company", false) => rng.pick(EN_COMPANY),
        ("company", true) => rng.pick(ZH_COMPANY),
        ("city", false) => rng.pick(EN_CITY),
        ("city", true) => rng.pick(ZH_CITY),
        ("product", false) => rng.pick(EN_PRODUCT),
        ("product", true) => {
            if lang == Lang::Mixed {
                rng.pick(MIXED_PRODUCT)
            } else {
                rng.pick(ZH_PRODUCT)
            }
        }
        ("svc", _) => rng.pick(SVC),
        ("day", false) => rng.pick(EN_DAY),
        ("day", true) => rng.pick(ZH_DAY),
        ("team", false) => rng.pick(EN_TEAM),
        ("team", true) => rng.pick(ZH_TEAM),
        _ => panic!("unknown word list {w}"),
    };
    s.to_string()
}

// ------------------------------------------------------------ values -------

/// Rendering style of a segment; some formats only appear in some styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Prose,
    Structured,
}

/// Generate a valid value of entity type `ty` suitable for `lang`.
pub fn gen_entity(rng: &mut Rng, ty: &str, lang: Lang) -> String {
    match ty {
        "EMAIL_ADDRESS" => v::email(rng),
        "PHONE_NUMBER" => {
            if lang.cjk() {
                match rng.below(10) {
                    0..=4 => v::phone_cn(rng),
                    5 | 6 if lang == Lang::Zh => v::phone_cn_fullwidth(rng),
                    5 => v::phone_cn(rng),
                    _ => v::phone_intl(rng),
                }
            } else {
                match rng.below(10) {
                    0..=4 => v::phone_us(rng),
                    5 => v::phone_cn(rng),
                    _ => v::phone_intl(rng),
                }
            }
        }
        "CREDIT_CARD" => v::credit_card(rng),
        "IBAN_CODE" => v::iban(rng),
        "IP_ADDRESS" => v::ip(rng),
        "US_SSN" => v::ssn(rng),
        "CN_RESIDENT_ID" => v::cn_id(rng),
        "OPENAI_API_KEY" => v::openai_key(rng),
        "ANTHROPIC_API_KEY" => v::anthropic_key(rng),
        "AWS_ACCESS_KEY_ID" => v::aws_access_key_id(rng),
        "AWS_SECRET_ACCESS_KEY" => v::aws_secret(rng),
        "GITHUB_TOKEN" => v::github_token(rng),
        "SLACK_TOKEN" => v::slack_token(rng),
        "STRIPE_SECRET_KEY" => v::stripe_key(rng),
        "GOOGLE_API_KEY" => v::google_api_key(rng),
        "JWT" => v::jwt(rng),
        "PRIVATE_KEY" => v::private_key(rng),
        "GENERIC_SECRET" => v::generic_secret(rng),
        _ => panic!("unknown entity type {ty}"),
    }
}

/// Placeholders whose text survives inside a quoted config value.
const CONFIG_PLACEHOLDERS: &[&str] = &[
    "sk-...",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
    "YOUR_API_KEY",
    "<token>",
    "AKIAIOSFODNN7EXAMPLE",
    "${DB_PASSWORD}",
    "changeme",
    "<your-token-here>",
    "REPLACE_ME",
    "${OPENAI_API_KEY}",
    "<redacted>",
    "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

pub fn gen_neg(rng: &mut Rng, kind: &str, style: Style) -> String {
    match kind {
        "luhn_fail" => v::luhn_fail(rng),
        "iban_bad_check" => v::iban_bad_check(rng),
        "cn_id_bad_date" => v::cn_id_bad_date(rng),
        "cn_id_bad_check" => v::cn_id_bad_check(rng),
        "ssn_invalid" => v::ssn_invalid(rng),
        "uuid" => v::uuid(rng),
        "git_sha" => v::git_sha(rng),
        "hex_digest" => v::hex_digest(rng),
        "epoch_ts" => v::epoch_ts(rng),
        "version" => v::version(rng),
        "order_number" => v::order_number(rng),
        "date_time" => v::date_time(rng),
        "placeholder_key" => match style {
            Style::Prose => rng.pick(v::PLACEHOLDERS).to_string(),
            Style::Structured => rng.pick(CONFIG_PLACEHOLDERS).to_string(),
        },
        "price" => v::price(rng),
        "quantity" => v::quantity(rng),
        "short_number" => v::short_number(rng),
        _ => panic!("unknown negative kind {kind}"),
    }
}

// --------------------------------------------------------------- labels ----

fn label(rng: &mut Rng, ty: &str, lang: Lang) -> &'static str {
    let (en, zh): (&[&str], &[&str]) = match ty {
        "EMAIL_ADDRESS" => (
            &[
                "email",
                "work email",
                "email address",
                "contact email",
                "personal email",
            ],
            &["邮箱", "电子邮箱", "工作邮箱", "联系邮箱"],
        ),
        "PHONE_NUMBER" => (
            &[
                "phone number",
                "mobile number",
                "cell",
                "office line",
                "contact number",
            ],
            &["手机号", "电话", "联系电话", "手机号码"],
        ),
        "CREDIT_CARD" => (
            &["card number", "credit card", "corporate card", "card"],
            &["信用卡号", "卡号", "银行卡号"],
        ),
        "IBAN_CODE" => (
            &["IBAN", "bank account (IBAN)", "payout IBAN"],
            &["IBAN", "收款账户 IBAN", "银行账号（IBAN）"],
        ),
        "IP_ADDRESS" => (
            &["IP", "server IP", "client IP", "source address"],
            &["IP", "服务器 IP", "来源 IP", "IP 地址"],
        ),
        "US_SSN" => (
            &["SSN", "social security number", "SSN on file"],
            &["SSN", "美国社保号", "社会安全号码"],
        ),
        "CN_RESIDENT_ID" => (
            &["Chinese ID number", "resident ID number", "ID card number"],
            &["身份证号", "身份证号码", "居民身份证号"],
        ),
        "OPENAI_API_KEY" => (
            &["OpenAI key", "OpenAI API key", "OPENAI_API_KEY"],
            &["OpenAI 的 key", "OpenAI API 密钥"],
        ),
        "ANTHROPIC_API_KEY" => (
            &["Anthropic key", "Claude API key", "ANTHROPIC_API_KEY"],
            &["Anthropic 的 key", "Claude API 密钥"],
        ),
        "AWS_ACCESS_KEY_ID" => (
            &["AWS access key", "access key ID", "AWS key id"],
            &["AWS access key", "AWS 访问密钥 ID"],
        ),
        "AWS_SECRET_ACCESS_KEY" => (&["AWS secret key"], &["AWS secret key"]),
        "GITHUB_TOKEN" => (
            &["GitHub token", "personal access token", "GH token"],
            &["GitHub token", "GitHub 访问令牌"],
        ),
        "SLACK_TOKEN" => (
            &["Slack bot token", "Slack token"],
            &["Slack token", "Slack 机器人 token"],
        ),
        "STRIPE_SECRET_KEY" => (
            &["Stripe secret key", "Stripe key"],
            &["Stripe 密钥", "Stripe key"],
        ),
        "GOOGLE_API_KEY" => (
            &["Google API key", "Maps API key"],
            &["Google API key", "谷歌地图 key"],
        ),
        "JWT" => (
            &["JWT", "bearer token", "session token"],
            &["JWT", "登录 token", "会话令牌"],
        ),
        "PRIVATE_KEY" => (
            &["private key", "deploy key", "SSH key"],
            &["私钥", "部署私钥"],
        ),
        "GENERIC_SECRET" => (&["password", "secret"], &["密码", "密钥"]),
        _ => (&["value"], &["值"]),
    };
    if lang.cjk() {
        rng.pick(zh)
    } else {
        rng.pick(en)
    }
}

pub(crate) fn config_key(rng: &mut Rng, ty: &str) -> &'static str {
    let keys: &[&str] = match ty {
        "EMAIL_ADDRESS" => &[
            "admin_email",
            "support_email",
            "alert_email",
            "smtp_user",
            "owner_email",
        ],
        "PHONE_NUMBER" => &[
            "oncall_phone",
            "support_phone",
            "sms_sender",
            "contact_phone",
        ],
        "CREDIT_CARD" => &["card_number", "test_card_live"],
        "IBAN_CODE" => &["payout_iban", "billing_iban", "settlement_iban"],
        "IP_ADDRESS" => &[
            "db_host",
            "bind_address",
            "upstream_ip",
            "allowed_ip",
            "redis_host",
        ],
        "US_SSN" => &["ssn"],
        "CN_RESIDENT_ID" => &["id_card_no"],
        "OPENAI_API_KEY" => &["openai_api_key", "openai_key"],
        "ANTHROPIC_API_KEY" => &["anthropic_api_key", "claude_api_key"],
        "AWS_ACCESS_KEY_ID" => &["aws_access_key_id"],
        "AWS_SECRET_ACCESS_KEY" => &["aws_secret_access_key"],
        "GITHUB_TOKEN" => &["github_token", "gh_token", "ci_github_pat"],
        "SLACK_TOKEN" => &["slack_bot_token", "slack_token"],
        "STRIPE_SECRET_KEY" => &["stripe_secret_key", "stripe_api_key"],
        "GOOGLE_API_KEY" => &["google_api_key", "maps_api_key", "firebase_api_key"],
        "JWT" => &["service_jwt", "auth_bearer", "internal_token"],
        "PRIVATE_KEY" => &["private_key", "tls_private_key", "deploy_key"],
        "GENERIC_SECRET" => &[
            "password",
            "db_password",
            "api_key",
            "client_secret",
            "auth_token",
            "smtp_password",
            "redis_password",
            "secret_key",
            "app_secret",
            "access_token",
        ],
        "luhn_fail" => &["test_card", "sample_card"],
        "iban_bad_check" => &["sample_iban", "iban_fixture"],
        "cn_id_bad_date" | "cn_id_bad_check" => &["fixture_id_no", "sample_id_card"],
        "ssn_invalid" => &["dummy_ssn", "ssn_fixture"],
        "uuid" => &["tenant_id", "request_id", "instance_id", "project_id"],
        "git_sha" => &["commit", "build_sha", "revision"],
        "hex_digest" => &["checksum_sha256", "image_digest", "artifact_sha256"],
        "epoch_ts" => &["created_at", "last_rotated", "expires_at"],
        "version" => &["version", "app_version", "min_client_version"],
        "order_number" => &["last_order", "invoice_ref", "po_number"],
        "date_time" => &["release_date", "maintenance_window", "updated"],
        "placeholder_key" => &["api_key", "password", "token", "openai_api_key", "secret"],
        "price" => &["price", "monthly_fee", "unit_price"],
        "quantity" => &["max_items", "quota", "batch_size"],
        "short_number" => &["workers", "timeout_secs", "retries", "pool_size"],
        _ => &["value"],
    };
    rng.pick(keys)
}

// --------------------------------------------------- prose templates -------

const EN_PII_FRAMES: &[&str] = &[
    "My «L» is «X», please use that from now on.",
    "Can you update the «L» on my account to «X»?",
    "For verification, the «L» we have on file is «X».",
    "«name» asked me to pass along their «L»: «X».",
    "Please double-check «X», I think that «L» was typed wrong.",
    "The customer gave «X» as their «L» when they called on «day».",
    "Record «X» as the «L» for the «company» account.",
    "I found «X» in the export from «product»; should a «L» even be stored there?",
    "New hire details for «name»: «L» «X».",
    "Here is the «L» you asked for: «X».",
];
const EN_SECRET_FRAMES: &[&str] = &[
    "I accidentally pasted our «L» «X» in the team channel, how do I rotate it?",
    "Why does the request fail with 401 when I use «L» «X»?",
    "Here is the «L» for staging: «X». Can you write the curl command for me?",
    "Is it safe to commit «X» to the repo if it's only the «L» for testing?",
    "The old «L» was «X», please check whether it still works.",
    "Use this «L» in the script: «X»",
];
const EN_BY_TYPE: &[(&str, &[&str])] = &[
    (
        "EMAIL_ADDRESS",
        &[
            "Please send the invoice to «X» and cc me.",
            "You can reach «name» at «X» until «day».",
            "Reply to «X» with the signed contract.",
        ],
    ),
    (
        "PHONE_NUMBER",
        &[
            "Call me at «X» if the build breaks again.",
            "The courier can reach «name» on «X».",
            "Text «X» when you arrive at the «city» office.",
        ],
    ),
    (
        "CREDIT_CARD",
        &[
            "Charge the renewal to my card «X», expiry 08/27.",
            "The payment with card «X» was declined twice on «day».",
            "Please refund «n:price» to the card «X».",
        ],
    ),
    (
        "IBAN_CODE",
        &[
            "Wire the deposit to IBAN «X» by «day».",
            "Our supplier changed their bank details, the new IBAN is «X».",
            "Refunds for «company» go to «X».",
        ],
    ),
    (
        "IP_ADDRESS",
        &[
            "The server at «X» stopped responding after the deploy.",
            "We keep seeing failed logins from «X», should we block it?",
            "SSH into «X» and restart the «svc» service.",
        ],
    ),
    (
        "US_SSN",
        &[
            "The applicant's SSN is «X», please add it to the form.",
            "Payroll needs the SSN of «name» («X») before «day».",
        ],
    ),
    (
        "CN_RESIDENT_ID",
        &[
            "The passenger's Chinese ID number is «X».",
            "Hotel check-in requires the resident ID «X» for «name».",
        ],
    ),
    (
        "OPENAI_API_KEY",
        &["My code sets openai.api_key = \"«X»\" and still gets a 429, any idea?"],
    ),
    (
        "ANTHROPIC_API_KEY",
        &["I'm calling the Messages API with x-api-key: «X» and get an auth error."],
    ),
    (
        "AWS_ACCESS_KEY_ID",
        &["CloudTrail shows calls from access key «X» that nobody recognises."],
    ),
    (
        "GITHUB_TOKEN",
        &["The CI job uses GITHUB_TOKEN=«X» to push tags, is that a problem?"],
    ),
    (
        "SLACK_TOKEN",
        &["Our alert bot posts with token «X», can you help me add threading?"],
    ),
    (
        "STRIPE_SECRET_KEY",
        &["Stripe says «X» has been revoked, but the dashboard still shows it."],
    ),
    (
        "GOOGLE_API_KEY",
        &["The Maps embed uses key=«X» and now shows a billing error."],
    ),
    (
        "JWT",
        &[
            "Decode this token and tell me when it expires: «X»",
            "Requests with Authorization: Bearer «X» return 403 on «product».",
        ],
    ),
];
const EN_SPECIAL: &[(&str, &[&str])] = &[
    (
        "AWS_SECRET_ACCESS_KEY",
        &[
            "My AWS credentials file looks like this:\n[default]\naws_secret_access_key = «X»\nregion = eu-west-1\nWhy does the AWS CLI say the signature does not match?",
            "I ran export AWS_SECRET_ACCESS_KEY=«X» but the AWS SDK still cannot find credentials.",
            "The AWS STS call returned {\"SecretAccessKey\": \"«X»\", \"Expiration\": \"«n:date_time»\"}, how long can I use it?",
        ],
    ),
    (
        "GENERIC_SECRET",
        &[
            "Our config has password = \"«X»\" for the «svc» database, is that strong enough?",
            "I set DB_PASSWORD=«X» in the .env file but the app can't connect.",
            "The settings file contains \"api_key\": \"«X»\", should I move it to a vault?",
            "In values.yaml I have client_secret: «X» and the pod keeps crashing.",
            "The webhook URL ends with ?auth_token=«X», is that a problem?",
        ],
    ),
    (
        "PRIVATE_KEY",
        &[
            "Here's the «L» from the server, can you tell me what format it is?\n\n«X»\n",
            "Why does ssh reject this «L»?\n«X»\nIt worked on «day».",
        ],
    ),
];
const EN_PHONE_BARE: &[&str] = &[
    "Best phone: «X», evenings only.",
    "Please call «X» to confirm the booking.",
    "Contact tel «X» (front desk).",
];
const EN_SSN_BARE: &[&str] = &[
    "Applicant SSN: «X»",
    "The form lists social security number «X» for «name».",
];

const ZH_PII_FRAMES: &[&str] = &[
    "我的«L»是«X»，以后请用这个联系我。",
    "麻烦把账户里的«L»改成«X»。",
    "核对一下，系统里登记的«L»是«X»。",
    "«name»让我转告一下，他的«L»是«X»。",
    "客户«day»来电时留的«L»是«X»，请尽快回访。",
    "请帮我确认«X»这个«L»是否填写正确。",
    "新员工«name»的资料：«L»：«X»，工作地点«city»。",
    "«company»对接人的«L»：«X»。",
];
const ZH_BY_TYPE: &[(&str, &[&str])] = &[
    (
        "EMAIL_ADDRESS",
        &[
            "请把发票发到«X»，同时抄送我。",
            "有问题可以发邮件到«X»找«name»。",
        ],
    ),
    (
        "PHONE_NUMBER",
        &[
            "快递到了请打«X»。",
            "«name»的手机是«X»，周末也可以联系。",
            "如有疑问请致电«X»。",
        ],
    ),
    (
        "CREDIT_CARD",
        &[
            "续费请直接从这张卡扣款：«X»。",
            "«day»用卡号«X»付款失败了两次。",
        ],
    ),
    (
        "IBAN_CODE",
        &[
            "请在«day»之前把定金汇到 IBAN «X»。",
            "供应商更新了收款信息，新的 IBAN 是«X»。",
        ],
    ),
    (
        "IP_ADDRESS",
        &[
            "部署之后«X»这台服务器就连不上了。",
            "日志里一直有来自«X»的异常登录，要不要封掉？",
        ],
    ),
    ("US_SSN", &["美国同事«name»的 SSN 是«X»，工资单需要用。"]),
    (
        "CN_RESIDENT_ID",
        &[
            "乘客«name»的身份证号码是«X»，请帮忙订票。",
            "酒店入住登记需要身份证号：«X»。",
            "请核对实名信息：«name»，身份证«X»。",
        ],
    ),
    ("JWT", &["帮我解析一下这个 token 什么时候过期：«X»"]),
];
const ZH_SECRET_FRAMES: &[&str] = &[
    "我不小心把«L» «X» 发到群里了，怎么作废？",
    "用«L» «X» 调接口一直返回 401，是哪里错了？",
    "这是测试环境的«L»：«X» ，帮我写个 curl 命令。",
    "把 «X» 提交到代码仓库安全吗？只是测试用的«L»。",
    "旧的«L»是 «X» ，帮我看看还能不能用。",
];
const ZH_SPECIAL: &[(&str, &[&str])] = &[
    (
        "AWS_SECRET_ACCESS_KEY",
        &[
            "AWS 的 credentials 文件是这样写的：\n[default]\naws_secret_access_key = «X»\n为什么 AWS CLI 还是提示签名不匹配？",
            "我在终端里执行了 export AWS_SECRET_ACCESS_KEY=«X»，AWS SDK 还是读不到凭证。",
        ],
    ),
    (
        "GENERIC_SECRET",
        &[
            "配置文件里写的是 DB_PASSWORD=«X»，应用连不上数据库。",
            "settings.json 里有 \"api_key\": \"«X»\"，要不要挪到密钥管理里？",
            "values.yaml 里配置了 client_secret: «X»，这样安全吗？",
            "代码里直接写了 password = \"«X»\"，上线前要改吗？",
        ],
    ),
    (
        "PRIVATE_KEY",
        &[
            "这是服务器上的«L»，帮我看看是什么格式：\n«X»\n",
            "ssh 登录一直失败，用的是这个«L»：\n«X»\n",
        ],
    ),
];
const MIXED_FRAMES: &[&str] = &[
    "帮我 check 一下这个«L»：«X»，format 是不是有问题？",
    "客户的«L»是 «X»，麻烦 update 到 CRM 里。",
    "这个«L» «X» 是 staging 环境的，prod 先别用。",
    "我把 «X» 填到 config 里了，但是«product»还是报 error。",
    "FYI，«name»的«L»已经改成 «X» 了。",
    "请 double check 一下 «X»，这个«L»好像不对。",
];
const ZH_PHONE_CTX: &[&str] = &["联系电话：«X»", "请拨打«X»预约。"];

const NEG_FRAMES: &[(&str, &[&str], &[&str])] = &[
    (
        "luhn_fail",
        &[
            "QA used the dummy card «X» and it failed validation, which is expected.",
            "The number «X» on the test sheet doesn't pass the checksum.",
        ],
        &["测试用的卡号«X»校验不通过，这是正常的。"],
    ),
    (
        "iban_bad_check",
        &["The bank rejected «X» because the IBAN check digits are wrong."],
        &["银行说«X»这个 IBAN 校验位不对，被退回了。"],
    ),
    (
        "cn_id_bad_date",
        &["The form accepted «X» as an ID number even though that birth date cannot exist."],
        &["表单里填的证件号«X»，出生日期根本不存在。"],
    ),
    (
        "cn_id_bad_check",
        &["Validation flagged «X» as a malformed ID number."],
        &["系统提示证件号«X»校验码错误。"],
    ),
    (
        "ssn_invalid",
        &["The SSN field contained «X», which is obviously a dummy value."],
        &["SSN 一栏填的是«X»，明显是假数据。"],
    ),
    (
        "uuid",
        &["The request ID was «X».", "Tenant «X» is the one affected."],
        &["请求 ID 是«X»。", "受影响的租户是«X»。"],
    ),
    (
        "git_sha",
        &[
            "The regression started at commit «X».",
            "Please cherry-pick «X» onto the release branch.",
        ],
        &["问题是从提交«X»开始出现的。"],
    ),
    (
        "hex_digest",
        &[
            "The SHA-256 of the installer is «X».",
            "Image digest sha256:«X» is the one running in prod.",
        ],
        &["安装包的 SHA-256 是«X»。"],
    ),
    (
        "epoch_ts",
        &[
            "The event timestamp in the payload was «X».",
            "The token claims it was issued at «X».",
        ],
        &["事件的时间戳是«X»。"],
    ),
    (
        "version",
        &[
            "We upgraded «product» to «X» last week.",
            "The bug only shows up on «X».",
        ],
        &["上周把«product»升级到了«X»。", "这个问题只在«X»版本出现。"],
    ),
    (
        "order_number",
        &[
            "My order «X» still hasn't shipped.",
            "Please reference invoice «X» in the reply.",
        ],
        &["我的订单«X»还没有发货。", "请在回复里注明单号«X»。"],
    ),
    (
        "date_time",
        &["The outage started at «X».", "The meeting is set for «X»."],
        &["故障从«X»开始。", "会议定在«X»。"],
    ),
    (
        "placeholder_key",
        &[
            "The README says to set the key to «X», what should go there?",
            "In the sample config it's just «X», so I assume I need my own key.",
        ],
        &[
            "文档里写的是«X»，这里应该填什么？",
            "示例配置里只有«X»，是不是要换成自己的 key？",
        ],
    ),
    (
        "price",
        &[
            "The plan costs «X» per month.",
            "Total came to «X» including tax.",
        ],
        &["套餐每月«X»。", "含税总价«X»。"],
    ),
    (
        "quantity",
        &[
            "We need «X» more licenses for the «team» team.",
            "The batch contained «X» records.",
        ],
        &["这批数据一共«X»条。", "还需要采购«X»个账号。"],
    ),
    (
        "short_number",
        &[
            "About «X» users were affected.",
            "It took «X» seconds to respond.",
        ],
        &["大概有«X»个用户受影响。", "接口响应用了«X»秒。"],
    ),
];

const EN_OPENERS: &[&str] = &[
    "Hey, can you help me with something?",
    "I need help cleaning up some notes before I send them to the «team» team.",
    "Please summarize the following for a status update.",
    "Can you rewrite this message so it sounds more professional?",
    "Help me debug this, it's been failing since «day».",
    "Translate the following into Chinese and keep the formatting.",
    "I'm drafting a reply to a customer, here are the details.",
    "Extract the key facts from the text below into a table.",
];
const EN_CLOSERS: &[&str] = &[
    "Thanks!",
    "Keep it short please.",
    "What am I doing wrong?",
    "Just give me the final version.",
    "Can you also list anything that looks risky?",
    "Answer in bullet points.",
];
const ZH_OPENERS: &[&str] = &[
    "你好，帮我整理一下下面的内容。",
    "请帮我把这段话改得正式一点。",
    "帮我看看这个问题，从«day»开始就一直报错。",
    "把下面的信息整理成表格。",
    "我在给客户写回复，相关信息如下。",
    "请总结以下内容，用于周报。",
];
const ZH_CLOSERS: &[&str] = &[
    "谢谢！",
    "尽量简短。",
    "是哪里配置错了吗？",
    "直接给我最终版本就行。",
    "顺便指出有没有安全隐患。",
];
const MIXED_OPENERS: &[&str] = &[
    "帮我 review 一下，deploy 之后一直报错。",
    "请把下面的 notes 整理成一个 summary。",
    "这个 API 调用一直返回 401，帮我 debug 一下。",
    "帮我写一封 follow-up email，内容如下。",
];
const MIXED_CLOSERS: &[&str] = &[
    "Thanks！",
    "麻烦尽快 reply。",
    "有什么 best practice 吗？",
    "ASAP，谢谢。",
];
const EN_FILLER: &[&str] = &[
    "The rest of the project is on track.",
    "Let me know if you need anything else from my side.",
    "We discussed this briefly in the weekly sync.",
    "I'll be out of office next week, so please loop in «name».",
    "Nothing else has changed since the last release.",
    "The team in «city» will pick this up tomorrow.",
    "Sorry for the long message, it has been a busy week.",
    "«company» is waiting on us, so this is fairly urgent.",
];
const ZH_FILLER: &[&str] = &[
    "其他部分进展正常。",
    "如果还需要别的信息请告诉我。",
    "这个问题上周例会上简单讨论过。",
    "下周我休假，有事请找«name»。",
    "«city»的同事明天会跟进。",
    "«company»那边在等我们回复，比较急。",
];
const MIXED_FILLER: &[&str] = &[
    "其他部分 progress 正常。",
    "有问题直接 ping 我。",
    "这个 issue 上周 sync 时讨论过。",
    "«company»那边在等我们的 feedback。",
    "下周我 OOO，有事找«name»。",
];

fn lookup<'a>(table: &'a [(&str, &'a [&'a str])], key: &str) -> Option<&'a [&'a str]> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Whether `ty` is a credential type (not personal data).
pub(crate) fn is_secret_type(ty: &str) -> bool {
    is_secret(ty)
}

fn is_secret(ty: &str) -> bool {
    !matches!(
        ty,
        "EMAIL_ADDRESS"
            | "PHONE_NUMBER"
            | "CREDIT_CARD"
            | "IBAN_CODE"
            | "IP_ADDRESS"
            | "US_SSN"
            | "CN_RESIDENT_ID"
    )
}

/// Render one prose segment for an entity type.
fn prose_entity(b: &mut Builder, rng: &mut Rng, lang: Lang, ty: &'static str) {
    let lbl = label(rng, ty, lang);
    // Context-dependent bare formats.
    if ty == "PHONE_NUMBER" && lang == Lang::En && rng.chance(1, 6) {
        let it = Item::Ent(ty, v::phone_us_bare(rng));
        let t = rng.pick(EN_PHONE_BARE);
        return expand(b, rng, lang, t, &Seg::plain(&it, lbl));
    }
    if ty == "US_SSN" && lang == Lang::En && rng.chance(1, 5) {
        let it = Item::Ent(ty, v::ssn_bare(rng));
        let t = rng.pick(EN_SSN_BARE);
        return expand(b, rng, lang, t, &Seg::plain(&it, lbl));
    }
    let it = Item::Ent(ty, gen_entity(rng, ty, lang));
    let special = if lang == Lang::En {
        lookup(EN_SPECIAL, ty)
    } else {
        lookup(ZH_SPECIAL, ty)
    };
    let tpl: &str = if let Some(s) = special {
        rng.pick(s)
    } else if lang == Lang::En {
        match (lookup(EN_BY_TYPE, ty), rng.chance(1, 2)) {
            (Some(s), true) => rng.pick(s),
            _ if is_secret(ty) => rng.pick(EN_SECRET_FRAMES),
            _ => rng.pick(EN_PII_FRAMES),
        }
    } else if lang == Lang::Mixed && rng.chance(1, 2) {
        rng.pick(MIXED_FRAMES)
    } else if ty == "PHONE_NUMBER" && rng.chance(1, 4) {
        rng.pick(ZH_PHONE_CTX)
    } else {
        match (lookup(ZH_BY_TYPE, ty), rng.chance(1, 2)) {
            (Some(s), true) => rng.pick(s),
            _ if is_secret(ty) => rng.pick(ZH_SECRET_FRAMES),
            _ => rng.pick(ZH_PII_FRAMES),
        }
    };
    expand(b, rng, lang, tpl, &Seg::plain(&it, lbl));
}

fn prose_neg(b: &mut Builder, rng: &mut Rng, lang: Lang, kind: &'static str) {
    let (_, en, zh) = NEG_FRAMES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .expect("neg frames");
    let it = Item::Neg(kind, gen_neg(rng, kind, Style::Prose));
    let tpl = if lang == Lang::En {
        rng.pick(en)
    } else {
        rng.pick(zh)
    };
    expand(b, rng, lang, tpl, &Seg::plain(&it, ""));
}

fn plain(b: &mut Builder, rng: &mut Rng, lang: Lang, tpl: &str) {
    expand(b, rng, lang, tpl, &Seg::plain(&Item::None, ""));
}

/// What a segment carries.
#[derive(Debug, Clone, Copy)]
enum Slot {
    E(&'static str),
    N(&'static str),
}

fn prose_doc(b: &mut Builder, rng: &mut Rng, lang: Lang, kind: Kind, slots: &[Slot]) {
    let (openers, closers, fillers, sep): (&[&str], &[&str], &[&str], &str) = match lang {
        Lang::En => (EN_OPENERS, EN_CLOSERS, EN_FILLER, " "),
        Lang::Zh => (ZH_OPENERS, ZH_CLOSERS, ZH_FILLER, ""),
        Lang::Mixed => (MIXED_OPENERS, MIXED_CLOSERS, MIXED_FILLER, ""),
    };
    let en = lang == Lang::En;
    match kind {
        Kind::Email => {
            let subj = if en {
                rng.pick(&[
                    "Quick update",
                    "Re: account details",
                    "Follow-up from «day»",
                    "Action needed: «product»",
                    "Fwd: vendor onboarding",
                ])
            } else if lang == Lang::Zh {
                rng.pick(&[
                    "关于账户信息的更新",
                    "回复：供应商资料",
                    "«day»会议跟进",
                    "请处理：«product»问题",
                ])
            } else {
                rng.pick(&[
                    "Re: «product» 的 issue",
                    "Follow-up：«day»的 meeting",
                    "FYI：账户信息 update",
                ])
            };
            b.push(if lang == Lang::Zh {
                "主题："
            } else {
                "Subject: "
            });
            plain(b, rng, lang, subj);
            b.push("\n\n");
            if en {
                {
                    let t = rng.pick(&["Hi «first»,", "Hello «first»,", "Dear «name»,"]);
                    plain(b, rng, lang, t);
                }
            } else {
                {
                    let t = rng.pick(&["«name»，你好：", "«name»您好：", "Hi «name»，"]);
                    plain(b, rng, lang, t);
                }
            }
            b.push("\n\n");
        }
        Kind::Ticket => {
            b.push(if en {
                "Ticket opened by "
            } else {
                "工单提交人："
            });
            plain(b, rng, lang, "«name»");
            b.push(if en { " on " } else { "，提交时间：" });
            b.neg("date_time", &v::date(rng));
            b.push(if en { "\nPriority: " } else { "\n优先级：" });
            b.push(rng.pick(&["P1", "P2", "P3"]));
            b.push(if en { "\nComponent: " } else { "\n模块：" });
            plain(b, rng, lang, "«product»");
            b.push(if en {
                "\n\nDescription:\n"
            } else {
                "\n\n问题描述：\n"
            });
        }
        _ => {
            {
                let t = rng.pick(openers);
                plain(b, rng, lang, t);
            }
            b.push("\n\n");
        }
    }
    let mut first = true;
    for s in slots {
        if !first {
            b.push(if rng.chance(1, 4) { "\n" } else { sep });
        }
        first = false;
        match *s {
            Slot::E(t) => prose_entity(b, rng, lang, t),
            Slot::N(k) => prose_neg(b, rng, lang, k),
        }
        if rng.chance(1, 3) {
            b.push(sep);
            {
                let t = rng.pick(fillers);
                plain(b, rng, lang, t);
            }
        }
    }
    while b.len() < 190 {
        b.push(sep);
        {
            let t = rng.pick(fillers);
            plain(b, rng, lang, t);
        }
    }
    b.push("\n\n");
    match kind {
        Kind::Email => {
            if en {
                b.push(rng.pick(&["Best,", "Thanks,", "Regards,", "Cheers,"]));
            } else {
                b.push(rng.pick(&["谢谢！", "此致", "祝好，"]));
            }
            b.push("\n");
            plain(b, rng, lang, "«name»");
            b.push("\n");
        }
        Kind::Ticket => {
            b.push(if en {
                "Expected: works as before.\nActual: see above.\n"
            } else {
                "期望结果：恢复正常。\n实际结果：见上文。\n"
            });
        }
        _ => {
            {
                let t = rng.pick(closers);
                plain(b, rng, lang, t);
            }
            b.push("\n");
        }
    }
}

// ------------------------------------------------------ structured docs ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cfg {
    Env,
    Yaml,
    Json,
    Toml,
}

fn slot_item(rng: &mut Rng, lang: Lang, s: Slot) -> Item {
    match s {
        Slot::E(t) => Item::Ent(t, gen_entity(rng, t, lang)),
        Slot::N(k) => Item::Neg(k, gen_neg(rng, k, Style::Structured)),
    }
}

fn slot_key(rng: &mut Rng, s: Slot) -> &'static str {
    match s {
        Slot::E(t) => config_key(rng, t),
        Slot::N(k) => config_key(rng, k),
    }
}

pub(crate) const CFG_FILLER: &[(&str, &str)] = &[
    ("log_level", "info"),
    ("region", "eu-west-1"),
    ("environment", "production"),
    ("feature_search", "true"),
    ("cache_ttl", "300"),
    ("service_name", "billing-api"),
    ("port", "8080"),
    ("enable_metrics", "false"),
    ("timezone", "UTC"),
    ("db_name", "orders"),
    ("queue", "jobs-default"),
    ("locale", "en_US"),
];

fn config_doc(b: &mut Builder, rng: &mut Rng, lang: Lang, slots: &[Slot]) {
    let has_pem = slots.iter().any(|s| matches!(s, Slot::E("PRIVATE_KEY")));
    let fmt = if has_pem {
        rng.pick(&[Cfg::Env, Cfg::Toml])
    } else {
        rng.pick(&[Cfg::Env, Cfg::Yaml, Cfg::Json, Cfg::Toml])
    };
    let mut n_fill = rng.range(1, 4) as usize;
    loop {
        let mut tmp = Builder::default();
        config_body(&mut tmp, rng, lang, slots, fmt, n_fill);
        if tmp.len() >= 200 || n_fill >= CFG_FILLER.len() {
            *b = tmp;
            return;
        }
        n_fill += 1;
    }
}

fn config_body(
    b: &mut Builder,
    rng: &mut Rng,
    lang: Lang,
    slots: &[Slot],
    fmt: Cfg,
    n_fill: usize,
) {
    // Interleave the slots with filler key/value pairs.
    let mut lines: Vec<Option<usize>> = (0..slots.len()).map(Some).collect();
    let mut filler: Vec<usize> = (0..CFG_FILLER.len()).collect();
    rng.shuffle(&mut filler);
    for f in filler.iter().take(n_fill) {
        let at = rng.index(lines.len() + 1);
        lines.insert(at, None);
        let _ = f;
    }
    let mut filler_iter = filler.into_iter();
    let comment = if lang == Lang::En {
        rng.pick(&[
            "service configuration",
            "do not edit by hand",
            "staging overrides",
            "local development settings",
        ])
    } else if lang == Lang::Zh {
        rng.pick(&["服务配置", "请勿手动修改", "测试环境配置", "本地开发配置"])
    } else {
        rng.pick(&[
            "staging 环境 config",
            "本地 dev 配置，不要 commit",
            "prod overrides（勿改）",
        ])
    };
    let aws = slots
        .iter()
        .any(|s| matches!(s, Slot::E("AWS_SECRET_ACCESS_KEY")));
    match fmt {
        Cfg::Env => {
            b.push("# ");
            b.push(comment);
            b.push("\n");
        }
        Cfg::Yaml => {
            b.push("# ");
            b.push(comment);
            b.push("\napp:\n");
        }
        Cfg::Json => b.push("{\n"),
        Cfg::Toml => {
            b.push("# ");
            b.push(comment);
            b.push("\n[app]\n");
        }
    }
    if aws {
        match fmt {
            Cfg::Env => b.push("AWS_REGION=us-east-1\n"),
            Cfg::Yaml => b.push("  aws_region: us-east-1\n"),
            Cfg::Json => b.push("  \"aws_region\": \"us-east-1\",\n"),
            Cfg::Toml => b.push("aws_region = \"us-east-1\"\n"),
        }
    }
    let n = lines.len();
    for (i, l) in lines.into_iter().enumerate() {
        let (key, item) = match l {
            Some(si) => (
                slot_key(rng, slots[si]).to_string(),
                slot_item(rng, lang, slots[si]),
            ),
            None => {
                let (k, val) = CFG_FILLER[filler_iter.next().expect("filler")];
                (k.to_string(), Item::Ent("", val.to_string()))
            }
        };
        let is_pem = matches!(&item, Item::Ent("PRIVATE_KEY", _));
        let val = match &item {
            Item::Ent(_, v) | Item::Neg(_, v) => v.clone(),
            Item::None => String::new(),
        };
        let write_val = |b: &mut Builder| match &item {
            Item::Ent("", v) => b.push(v),
            it => b.item(it),
        };
        match fmt {
            Cfg::Env => {
                b.push(&key.to_ascii_uppercase());
                let quote = is_pem || val.contains(' ') || val.contains('$') || rng.chance(1, 3);
                b.push(if quote { "=\"" } else { "=" });
                write_val(b);
                b.push(if quote { "\"\n" } else { "\n" });
            }
            Cfg::Yaml => {
                b.push("  ");
                b.push(&key);
                let first = val.chars().next().unwrap_or('a');
                let quote =
                    !first.is_ascii_alphanumeric() || val.contains(": ") || rng.chance(1, 3);
                b.push(if quote { ": \"" } else { ": " });
                write_val(b);
                b.push(if quote { "\"\n" } else { "\n" });
            }
            Cfg::Json => {
                b.push("  \"");
                b.push(&key);
                b.push("\": \"");
                write_val(b);
                b.push(if i + 1 < n { "\",\n" } else { "\"\n" });
            }
            Cfg::Toml => {
                b.push(&key);
                if is_pem {
                    b.push(" = \"\"\"\n");
                    write_val(b);
                    b.push("\n\"\"\"\n");
                } else {
                    b.push(" = \"");
                    write_val(b);
                    b.push("\"\n");
                }
            }
        }
    }
    if fmt == Cfg::Json {
        b.push("}\n");
    }
}

const LOG_ENT: &[(&str, &[&str])] = &[
    (
        "EMAIL_ADDRESS",
        &[
            "login ok user=«X»",
            "password reset requested for «X»",
            "sending receipt to «X»",
        ],
    ),
    (
        "PHONE_NUMBER",
        &[
            "sms sent to «X» status=delivered",
            "otp requested phone=«X»",
        ],
    ),
    (
        "IP_ADDRESS",
        &[
            "GET /api/v1/orders 200 client=«X»",
            "blocked connection from «X»",
            "upstream «X» timed out",
        ],
    ),
    (
        "CREDIT_CARD",
        &[
            "payment declined card=«X» reason=insufficient_funds",
            "tokenize request pan=«X»",
        ],
    ),
    (
        "US_SSN",
        &[
            "kyc check submitted ssn=«X»",
            "identity verification payload ssn=«X»",
        ],
    ),
    (
        "CN_RESIDENT_ID",
        &[
            "实名认证请求 id_no=«X»",
            "realname verify id_card=«X» result=pass",
        ],
    ),
    (
        "IBAN_CODE",
        &["payout scheduled iban=«X»", "sepa transfer created to=«X»"],
    ),
    (
        "OPENAI_API_KEY",
        &[
            "outgoing request headers: Authorization: Bearer «X»",
            "openai client init key=«X»",
        ],
    ),
    (
        "ANTHROPIC_API_KEY",
        &[
            "outgoing request headers: x-api-key: «X»",
            "anthropic client init key=«X»",
        ],
    ),
    (
        "AWS_ACCESS_KEY_ID",
        &[
            "AccessDenied for access key «X» on s3:PutObject",
            "assumed role with aws_access_key_id=«X»",
        ],
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        &[
            "loaded AWS profile default aws_secret_access_key=«X»",
            "env dump AWS_SECRET_ACCESS_KEY=«X»",
        ],
    ),
    (
        "GITHUB_TOKEN",
        &[
            "git clone failed, token=«X»",
            "github api call Authorization: token «X»",
        ],
    ),
    (
        "SLACK_TOKEN",
        &["slack post failed token=«X» error=channel_not_found"],
    ),
    (
        "STRIPE_SECRET_KEY",
        &["stripe request with key «X» returned 401"],
    ),
    (
        "GOOGLE_API_KEY",
        &["GET /maps/api/geocode/json?key=«X» 403"],
    ),
    (
        "JWT",
        &[
            "auth header Authorization: Bearer «X»",
            "token refresh issued «X»",
        ],
    ),
    (
        "GENERIC_SECRET",
        &[
            "connecting with auth_token=«X»",
            "config dump DB_PASSWORD=«X»",
            "retrying login password=«X»",
        ],
    ),
];
const LOG_NEG: &[(&str, &[&str])] = &[
    ("luhn_fail", &["card validation failed pan=«X» reason=luhn"]),
    (
        "iban_bad_check",
        &["iban rejected value=«X» reason=checksum"],
    ),
    (
        "cn_id_bad_date",
        &["id_no rejected «X» reason=invalid_birth_date"],
    ),
    (
        "cn_id_bad_check",
        &["id_no rejected «X» reason=bad_check_digit"],
    ),
    ("ssn_invalid", &["ssn format rejected «X»"]),
    (
        "uuid",
        &["request_id=«X» completed", "trace=«X» span ended"],
    ),
    (
        "git_sha",
        &["deploy started commit=«X»", "build artifact from «X»"],
    ),
    (
        "hex_digest",
        &["pulled image sha256:«X»", "checksum ok sha256=«X»"],
    ),
    (
        "epoch_ts",
        &["cache entry expires_at=«X»", "event ts=«X» queued"],
    ),
    (
        "version",
        &[
            "service version «X» started",
            "client version «X» is deprecated",
        ],
    ),
    (
        "order_number",
        &["order «X» shipped", "invoice «X» generated"],
    ),
    (
        "date_time",
        &["next maintenance window «X»", "backup finished at «X»"],
    ),
    (
        "placeholder_key",
        &[
            "config warning: api_key is set to «X»",
            "token still equals default «X»",
        ],
    ),
    (
        "price",
        &["charge amount=«X» status=ok", "refund issued «X»"],
    ),
    ("quantity", &["processed «X» records", "queue depth «X»"]),
    ("short_number", &["retry in «X» ms", "pool size «X»"]),
];
const LOG_FILLER: &[&str] = &[
    "health check ok",
    "worker started",
    "cache warmed",
    "connection pool ready",
    "scheduler tick",
    "shutting down gracefully",
    "config reloaded",
    "rate limit window reset",
];

fn log_doc(b: &mut Builder, rng: &mut Rng, lang: Lang, slots: &[Slot]) {
    let mut lines: Vec<Option<Slot>> = slots.iter().map(|s| Some(*s)).collect();
    for _ in 0..rng.range(1, 3) {
        let at = rng.index(lines.len() + 1);
        lines.insert(at, None);
    }
    let epoch = rng.chance(1, 4);
    let svc = rng.pick(SVC);
    for l in lines {
        if epoch {
            b.neg("epoch_ts", &v::epoch_ts(rng));
        } else {
            let ts = format!("{}T{}Z", v::date(rng), v::time(rng));
            b.neg("date_time", &ts);
        }
        let level = match l {
            None => "INFO",
            Some(Slot::E(_)) => rng.pick(&["INFO", "DEBUG", "WARN", "ERROR"]),
            Some(Slot::N(_)) => rng.pick(&["INFO", "WARN"]),
        };
        b.push(" ");
        b.push(level);
        b.push(" [");
        b.push(svc);
        b.push("] ");
        match l {
            None => {
                let t = rng.pick(LOG_FILLER);
                b.push(t);
            }
            Some(s) => {
                let (table, key) = match s {
                    Slot::E(t) => (LOG_ENT, t),
                    Slot::N(k) => (LOG_NEG, k),
                };
                let tpls = lookup(table, key).expect("log template");
                let t = rng.pick(tpls);
                let it = slot_item(rng, lang, s);
                expand(b, rng, lang, t, &Seg::plain(&it, ""));
            }
        }
        b.push("\n");
    }
}

fn csv_field(b: &mut Builder, it: &Item) {
    let val = match it {
        Item::Ent(_, v) | Item::Neg(_, v) => v.as_str(),
        Item::None => "",
    };
    if val.contains(',') || val.contains('"') {
        b.push("\"");
        b.item(it);
        b.push("\"");
    } else {
        b.item(it);
    }
}

fn csv_doc(b: &mut Builder, rng: &mut Rng, lang: Lang, slots: &[Slot]) {
    let en = lang == Lang::En;
    b.push(if en {
        "id,name,field,value,updated\n"
    } else {
        "序号,姓名,字段,值,更新日期\n"
    });
    let mut rows: Vec<Option<Slot>> = slots.iter().map(|s| Some(*s)).collect();
    for _ in 0..rng.range(1, 2) {
        let at = rng.index(rows.len() + 1);
        rows.insert(at, None);
    }
    let first_id = rng.range(1, 400);
    for (i, r) in rows.into_iter().enumerate() {
        b.push(&(first_id + i as u64).to_string());
        b.push(",");
        let name = word(rng, lang, "name");
        b.push(&name);
        b.push(",");
        match r {
            None => {
                if en {
                    b.push("city,");
                } else {
                    b.push("城市,");
                }
                let c = word(rng, lang, "city");
                b.push(&c);
            }
            Some(s) => {
                let field = match s {
                    Slot::E(t) => label(rng, t, lang),
                    Slot::N(k) => config_key(rng, k),
                };
                if field.contains(',') {
                    b.push("\"");
                    b.push(field);
                    b.push("\"");
                } else {
                    b.push(field);
                }
                b.push(",");
                let it = slot_item(rng, lang, s);
                csv_field(b, &it);
            }
        }
        b.push(",");
        if rng.chance(1, 2) {
            b.neg("date_time", &v::date(rng));
        }
        b.push("\n");
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    Py,
    Js,
    Sh,
}

const PY_ENT: &[(&str, &[&str])] = &[
    (
        "OPENAI_API_KEY",
        &[
            "client = OpenAI(api_key=\"«X»\")",
            "openai.api_key = \"«X»\"",
        ],
    ),
    (
        "ANTHROPIC_API_KEY",
        &["client = anthropic.Anthropic(api_key=\"«X»\")"],
    ),
    ("AWS_ACCESS_KEY_ID", &["AWS_ACCESS_KEY_ID = \"«X»\""]),
    (
        "AWS_SECRET_ACCESS_KEY",
        &[
            "s3 = boto3.client(\n    \"s3\",\n    region_name=\"us-east-1\",\n    aws_secret_access_key=\"«X»\",\n)",
            "AWS_SECRET_ACCESS_KEY = \"«X»\"",
        ],
    ),
    (
        "GITHUB_TOKEN",
        &["gh = Github(\"«X»\")", "GITHUB_TOKEN = \"«X»\""],
    ),
    ("SLACK_TOKEN", &["slack = WebClient(token=\"«X»\")"]),
    ("STRIPE_SECRET_KEY", &["stripe.api_key = \"«X»\""]),
    (
        "GOOGLE_API_KEY",
        &["gmaps = googlemaps.Client(key=\"«X»\")"],
    ),
    ("JWT", &["headers = {\"Authorization\": \"Bearer «X»\"}"]),
    ("PRIVATE_KEY", &["SIGNING_KEY = \"\"\"\n«X»\n\"\"\""]),
    (
        "GENERIC_SECRET",
        &[
            "password = \"«X»\"",
            "DB_PASSWORD = \"«X»\"",
            "conn = psycopg2.connect(dbname=\"orders\", user=\"app\", password=\"«X»\")",
            "settings = {\"api_key\": \"«X»\"}",
        ],
    ),
    (
        "EMAIL_ADDRESS",
        &["ADMIN_EMAIL = \"«X»\"", "send_report(to=\"«X»\")"],
    ),
    (
        "IP_ADDRESS",
        &["HOST = \"«X»\"", "sock.connect((\"«X»\", 5432))"],
    ),
];
const JS_ENT: &[(&str, &[&str])] = &[
    (
        "OPENAI_API_KEY",
        &["const openai = new OpenAI({ apiKey: \"«X»\" });"],
    ),
    (
        "ANTHROPIC_API_KEY",
        &["const anthropic = new Anthropic({ apiKey: \"«X»\" });"],
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        &["process.env.AWS_SECRET_ACCESS_KEY = \"«X»\";"],
    ),
    (
        "STRIPE_SECRET_KEY",
        &["const stripe = require(\"stripe\")(\"«X»\");"],
    ),
    (
        "JWT",
        &["fetch(url, { headers: { Authorization: \"Bearer «X»\" } });"],
    ),
    ("PRIVATE_KEY", &["const privateKey = `«X»`;"]),
    ("SLACK_TOKEN", &["const slack = new WebClient(\"«X»\");"]),
    (
        "GENERIC_SECRET",
        &[
            "const password = \"«X»\";",
            "const config = { \"api_key\": \"«X»\" };",
            "const clientSecret = { client_secret: \"«X»\" };",
        ],
    ),
];
const SH_ENT: &[(&str, &[&str])] = &[
    (
        "OPENAI_API_KEY",
        &["curl https://api.openai.com/v1/models -H \"Authorization: Bearer «X»\""],
    ),
    (
        "ANTHROPIC_API_KEY",
        &["curl https://api.anthropic.com/v1/messages -H \"x-api-key: «X»\""],
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        &[
            "export AWS_SECRET_ACCESS_KEY=«X»",
            "aws configure set aws_secret_access_key «X»",
        ],
    ),
    (
        "GITHUB_TOKEN",
        &["curl -H \"Authorization: token «X»\" https://api.github.com/user"],
    ),
    (
        "JWT",
        &["curl -H \"Authorization: Bearer «X»\" https://api.internal/v2/me"],
    ),
    (
        "PRIVATE_KEY",
        &["cat > ~/.ssh/id_deploy <<'EOF'\n«X»\nEOF\nchmod 600 ~/.ssh/id_deploy"],
    ),
    (
        "GENERIC_SECRET",
        &[
            "export DB_PASSWORD='«X»'",
            "mysql -u app --password=«X» orders",
        ],
    ),
    (
        "IP_ADDRESS",
        &[
            "ssh deploy@«X» 'sudo systemctl restart app'",
            "ping -c 3 «X»",
        ],
    ),
];

fn code_doc(b: &mut Builder, rng: &mut Rng, lang: Lang, slots: &[Slot]) {
    let lang_code = rng.pick(&[Code::Py, Code::Py, Code::Js, Code::Sh]);
    let (cmt, head, table): (&str, &str, &[(&str, &[&str])]) = match lang_code {
        Code::Py => ("# ", "import os\nimport requests\n", PY_ENT),
        Code::Js => ("// ", "\"use strict\";\n", JS_ENT),
        Code::Sh => ("# ", "#!/usr/bin/env bash\nset -euo pipefail\n", SH_ENT),
    };
    b.push(head);
    b.push(cmt);
    let c = if lang == Lang::En {
        rng.pick(&[
            "quick script to test the integration",
            "TODO: move secrets out of the code",
            "helper for the nightly export",
            "temporary debugging code",
        ])
    } else if lang == Lang::Zh {
        rng.pick(&[
            "临时测试脚本，上线前删掉密钥",
            "夜间导出任务",
            "调试用代码，不要合并",
        ])
    } else {
        rng.pick(&[
            "临时 debug script，记得删 key",
            "nightly export 的 helper",
            "TODO：secret 挪到 vault",
        ])
    };
    b.push(c);
    b.push("\n\n");
    if slots.iter().any(|s| {
        matches!(
            s,
            Slot::E("AWS_SECRET_ACCESS_KEY") | Slot::E("AWS_ACCESS_KEY_ID")
        )
    }) {
        b.push(cmt);
        b.push("AWS S3 upload\n");
    }
    for s in slots {
        match *s {
            Slot::E(t) => {
                let it = Item::Ent(t, gen_entity(rng, t, lang));
                let key = config_key(rng, t);
                let tpl = match lookup(table, t) {
                    Some(tp) => rng.pick(tp),
                    None => match lang_code {
                        Code::Py => "«K» = \"«X»\"",
                        Code::Js => "const «k» = \"«X»\";",
                        Code::Sh => "export «K»=\"«X»\"",
                    },
                };
                expand(
                    b,
                    rng,
                    lang,
                    tpl,
                    &Seg {
                        item: &it,
                        label: "",
                        key,
                    },
                );
            }
            Slot::N(k) => {
                let key = config_key(rng, k);
                if k == "placeholder_key" && lang_code == Code::Py && rng.chance(1, 2) {
                    b.push("api_key = ");
                    b.neg(k, "os.environ[\"API_KEY\"]");
                } else {
                    let it = Item::Neg(k, gen_neg(rng, k, Style::Structured));
                    let tpl = match lang_code {
                        Code::Py => "«K» = \"«X»\"",
                        Code::Js => "const «k» = \"«X»\";",
                        Code::Sh => "«K»=\"«X»\"",
                    };
                    expand(
                        b,
                        rng,
                        lang,
                        tpl,
                        &Seg {
                            item: &it,
                            label: "",
                            key,
                        },
                    );
                }
            }
        }
        b.push("\n");
    }
    b.push("\n");
    let tail = match lang_code {
        Code::Py => rng.pick(&["def main():\n    resp = requests.get(BASE_URL, timeout=10)\n    resp.raise_for_status()\n    print(resp.json())\n", "if __name__ == \"__main__\":\n    main()\n"]),
        Code::Js => rng.pick(&["async function main() {\n  const res = await fetch(BASE_URL);\n  console.log(await res.json());\n}\nmain();\n", "module.exports = { run };\n"]),
        Code::Sh => rng.pick(&["echo \"done\"\n", "./run_export.sh --since yesterday\n"]),
    };
    b.push(tail);
}

// ------------------------------------------------------------ assembly -----

fn compatible(kind: Kind, ty: &str) -> bool {
    match kind {
        Kind::Prompt | Kind::Email | Kind::Ticket => true,
        Kind::Config => !matches!(ty, "CREDIT_CARD" | "US_SSN" | "CN_RESIDENT_ID"),
        Kind::Log => ty != "PRIVATE_KEY",
        Kind::Csv => !matches!(
            ty,
            "PRIVATE_KEY" | "AWS_SECRET_ACCESS_KEY" | "GENERIC_SECRET"
        ),
        Kind::Code => !matches!(
            ty,
            "PHONE_NUMBER" | "CREDIT_CARD" | "IBAN_CODE" | "US_SSN" | "CN_RESIDENT_ID"
        ),
    }
}

/// Index of the least-used candidate (ties broken uniformly at random).
fn least_used(rng: &mut Rng, counts: &[usize], ok: impl Fn(usize) -> bool) -> usize {
    let min = (0..counts.len())
        .filter(|&i| ok(i))
        .map(|i| counts[i])
        .min()
        .expect("candidate");
    let cands: Vec<usize> = (0..counts.len())
        .filter(|&i| ok(i) && counts[i] == min)
        .collect();
    rng.pick(&cands)
}

fn type_index(t: &str) -> usize {
    v::ENTITY_TYPES
        .iter()
        .position(|x| *x == t)
        .expect("entity type")
}

fn neg_index(k: &str) -> usize {
    v::NEGATIVE_KINDS
        .iter()
        .position(|x| *x == k)
        .expect("neg kind")
}

struct Balance {
    ents: Vec<usize>,
    negs: Vec<usize>,
}

fn gen_doc(rng: &mut Rng, idx: usize, bal: &mut Balance) -> Doc {
    let lang = *rng.weighted(&[(Lang::En, 50), (Lang::Zh, 30), (Lang::Mixed, 20)]);
    let kind = *rng.weighted(&[
        (Kind::Prompt, 26),
        (Kind::Email, 14),
        (Kind::Ticket, 14),
        (Kind::Config, 16),
        (Kind::Log, 10),
        (Kind::Csv, 10),
        (Kind::Code, 10),
    ]);
    let positive = !rng.chance(1, 4);
    loop {
        let mut ents = bal.ents.clone();
        let mut negs = bal.negs.clone();
        let mut slots: Vec<Slot> = Vec::new();
        if positive {
            let k = *rng.weighted(&[(1usize, 3), (2, 3), (3, 2), (4, 1)]);
            for _ in 0..k {
                let i = least_used(rng, &ents, |i| compatible(kind, v::ENTITY_TYPES[i]));
                ents[i] += 1;
                slots.push(Slot::E(v::ENTITY_TYPES[i]));
            }
        }
        let m = if positive {
            rng.range(0, 2)
        } else {
            rng.range(2, 4)
        };
        for _ in 0..m {
            let i = least_used(rng, &negs, |_| true);
            negs[i] += 1;
            slots.push(Slot::N(v::NEGATIVE_KINDS[i]));
        }
        rng.shuffle(&mut slots);
        let mut b = Builder::default();
        match kind {
            Kind::Prompt | Kind::Email | Kind::Ticket => prose_doc(&mut b, rng, lang, kind, &slots),
            Kind::Config => config_doc(&mut b, rng, lang, &slots),
            Kind::Log => log_doc(&mut b, rng, lang, &slots),
            Kind::Csv => csv_doc(&mut b, rng, lang, &slots),
            Kind::Code => code_doc(&mut b, rng, lang, &slots),
        }
        // Pad short structured docs with a trailing comment / filler.
        while b.len() < 200 {
            let f = match (kind, lang) {
                (Kind::Prompt | Kind::Email | Kind::Ticket, Lang::En) => rng.pick(EN_FILLER),
                (Kind::Prompt | Kind::Email | Kind::Ticket, Lang::Zh) => rng.pick(ZH_FILLER),
                (Kind::Prompt | Kind::Email | Kind::Ticket, Lang::Mixed) => rng.pick(MIXED_FILLER),
                (Kind::Log, _) => "INFO [main] «svc» heartbeat ok\n",
                (Kind::Csv, _) => "",
                (_, Lang::En) => "# «team» team owns this file, ask «name» before changing it\n",
                (_, _) => "# 负责人：«name»（«team»），修改前请先确认\n",
            };
            if kind == Kind::Csv {
                let c = word(rng, lang, "city");
                let n = word(rng, lang, "name");
                b.push(&format!(
                    "{},{n},{},{c},\n",
                    rng.range(400, 999),
                    if lang == Lang::En { "city" } else { "城市" }
                ));
                continue;
            }
            if kind == Kind::Log {
                b.neg("date_time", &format!("{}T{}Z", v::date(rng), v::time(rng)));
                b.push(" ");
            }
            plain(&mut b, rng, lang, f);
            if matches!(kind, Kind::Prompt | Kind::Email | Kind::Ticket) {
                b.push("\n");
            }
        }
        if b.len() > 1500 {
            continue;
        }
        // Commit the balance from what was actually emitted.
        for e in &b.entities {
            bal.ents[type_index(&e.entity_type)] += 1;
        }
        for n in &b.negs {
            bal.negs[neg_index(&n.kind)] += 1;
        }
        let doc = Doc {
            id: format!("doc-{:05}", idx + 1),
            lang: lang.as_str().to_string(),
            kind: kind.as_str().to_string(),
            text: b.text,
            entities: b.entities,
            hard_negatives: b.negs,
            injection: false,
        };
        assert!(doc.spans_ok(), "span mismatch in {}", doc.id);
        assert!(positive || doc.entities.is_empty());
        return doc;
    }
}

/// Generate `n` labelled documents from `seed`. Deterministic.
pub fn labelled_docs(seed: u64, n: usize) -> Vec<Doc> {
    let mut rng = Rng::derive(seed, 0x6c61_6265_6c6c_6564); // "labelled"
    let mut bal = Balance {
        ents: vec![0; v::ENTITY_TYPES.len()],
        negs: vec![0; v::NEGATIVE_KINDS.len()],
    };
    (0..n).map(|i| gen_doc(&mut rng, i, &mut bal)).collect()
}

// ----------------------------------------------- helpers for bench text ----

/// Append one sensitive segment (prose or a config/log line) to `b`.
pub fn bench_segment(b: &mut Builder, rng: &mut Rng, lang: Lang) {
    let i = rng.index(v::ENTITY_TYPES.len());
    let ty = v::ENTITY_TYPES[i];
    if lang == Lang::En && rng.chance(1, 4) && ty != "PRIVATE_KEY" {
        // A log line.
        let it = Item::Ent(ty, gen_entity(rng, ty, lang));
        let t = rng.pick(lookup(LOG_ENT, ty).expect("log tpl"));
        b.push(&v::date(rng));
        b.push("T");
        b.push(&v::time(rng));
        b.push("Z INFO [");
        b.push(rng.pick(SVC));
        b.push("] ");
        expand(b, rng, lang, t, &Seg::plain(&it, ""));
    } else {
        prose_entity(b, rng, lang, ty);
    }
}

/// Append one hard-negative sentence.
pub fn bench_negative(b: &mut Builder, rng: &mut Rng, lang: Lang) {
    let k = rng.pick(v::NEGATIVE_KINDS);
    prose_neg(b, rng, lang, k);
}

/// Append a config line (`KEY=value`) carrying a secret; used by the secrets bench.
pub fn bench_secret_line(b: &mut Builder, rng: &mut Rng) {
    const SECRET_TYPES: &[&str] = &[
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "GITHUB_TOKEN",
        "SLACK_TOKEN",
        "STRIPE_SECRET_KEY",
        "GOOGLE_API_KEY",
        "JWT",
        "GENERIC_SECRET",
        "GENERIC_SECRET",
        "PRIVATE_KEY",
    ];
    let ty = rng.pick(SECRET_TYPES);
    let key = config_key(rng, ty);
    let it = Item::Ent(ty, gen_entity(rng, ty, Lang::En));
    let tpl = if ty == "PRIVATE_KEY" {
        "«K»=\"«X»\""
    } else {
        rng.pick(&[
            "«K»=«X»",
            "«k»: «X»",
            "«k» = \"«X»\"",
            "\"«k»\": \"«X»\",",
            "export «K»=\"«X»\"",
        ])
    };
    expand(
        b,
        rng,
        Lang::En,
        tpl,
        &Seg {
            item: &it,
            label: "",
            key,
        },
    );
}
