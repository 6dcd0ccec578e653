//! The documented revisions of the API as data. Everything that differs between revisions
//! lives in `PROFILES`: a new revision is one more entry here.

use crate::model::{Action, Field, IndicatorType};

/// Whether a field must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Required,
    Optional,
}

/// A cross-field rule. Each profile lists the ones its revision documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrossRule {
    /// `action: Audit` requires `generateAlert: true` (seeds/2022-09-fr: "GenerateAlert must
    /// be TRUE when creating an action with Audit").
    AuditRequiresGenerateAlert,
    /// `educateUrl` only with `Block`/`Warn` on `Url` indicators (seeds/2022-09-fr).
    EducateUrlOnlyForUrlBlockOrWarn,
    /// The actions each indicator type takes (newest docs: actions-per-type table; network
    /// indicators cannot use BlockAndRemediate).
    ActionsByType(&'static [(TypeGroup, &'static [Action])]),
    /// `Alert` and `AlertAndBlock` are legacy since January 2022: accepted with a warning
    /// naming the replacement (newest docs, indicators overview).
    LegacyAlertActions,
    /// `application` "only works for new indicators; it does not update the value on an
    /// existing one" (seeds/2022-09-fr): a warning.
    ApplicationOnlyOnCreate,
    /// The docs recommend a `category` whenever `mitreTechniques` are given: a warning.
    TechniquesWithCategory,
}

/// A group of indicator types that share an action list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeGroup {
    FileHash,
    Certificate,
    Network,
}

impl TypeGroup {
    pub fn of(indicator_type: IndicatorType) -> TypeGroup {
        match indicator_type {
            IndicatorType::CertificateThumbprint => TypeGroup::Certificate,
            t if t.is_network() => TypeGroup::Network,
            _ => TypeGroup::FileHash,
        }
    }
}

/// Calls allowed per minute / hour, `None` where the docs give no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_minute: u32,
    pub per_hour: Option<u32>,
}

#[derive(Debug, Clone, Copy)]
pub struct Profile {
    pub name: &'static str,
    /// The documentation revision it implements.
    pub source: &'static str,
    pub host: &'static str,
    pub indicator_types: &'static [IndicatorType],
    pub actions: &'static [Action],
    /// Position in `PROFILES`, which indexes `Field::presence_by_profile`.
    pub index: usize,
    /// CIDR blocks accepted as `IpAddress` values.
    pub cidr: bool,
    /// Active indicators per tenant.
    pub active_indicator_limit: u32,
    pub cross_rules: &'static [CrossRule],
}

/// `POST /api/indicators`: 100 calls/minute and 1,500/hour in every revision.
pub const SUBMIT_RATE_LIMIT: RateLimit = RateLimit { per_minute: 100, per_hour: Some(1500) };
/// `POST /api/indicators/import`: 30 calls/minute.
pub const IMPORT_RATE_LIMIT: RateLimit = RateLimit { per_minute: 30, per_hour: None };
/// Items per import call (more gives 400 `MaximumBatchSizeExceeded`).
pub const IMPORT_BATCH_LIMIT: u32 = 500;
/// `GET /api/indicators`: 100 calls/minute and 1,500/hour (spec, "Calling the service").
pub const LIST_RATE_LIMIT: RateLimit = RateLimit { per_minute: 100, per_hour: Some(1500) };
/// `$top` of one `GET /api/indicators` call, at most.
pub const LIST_PAGE_LIMIT: u32 = 10_000;
/// `POST /api/indicators/BatchDelete`: 30 calls/minute.
pub const BATCH_DELETE_RATE_LIMIT: RateLimit = RateLimit { per_minute: 30, per_hour: None };
/// Ids per `BatchDelete` call.
pub const BATCH_DELETE_LIMIT: u32 = 500;

const TYPES_2020: &[IndicatorType] = &[
    IndicatorType::FileSha1,
    IndicatorType::FileSha256,
    IndicatorType::IpAddress,
    IndicatorType::DomainName,
    IndicatorType::Url,
];
const TYPES_2022: &[IndicatorType] = &[
    IndicatorType::FileSha1,
    IndicatorType::FileMd5,
    IndicatorType::CertificateThumbprint,
    IndicatorType::FileSha256,
    IndicatorType::IpAddress,
    IndicatorType::DomainName,
    IndicatorType::Url,
];

const ACTIONS_2020: &[Action] = &[Action::Alert, Action::AlertAndBlock, Action::Allowed];
const ACTIONS_2022: &[Action] = &[
    Action::Alert,
    Action::Warn,
    Action::Block,
    Action::Audit,
    Action::BlockAndRemediate,
    Action::AlertAndBlock,
    Action::Allowed,
];

/// Actions per type group in `current` (newest docs). Legacy `Alert`/`AlertAndBlock` are
/// judged by their replacement, see `rules::cross`.
const CURRENT_ACTIONS_BY_TYPE: &[(TypeGroup, &[Action])] = &[
    (TypeGroup::FileHash, &[Action::Allowed, Action::Audit, Action::Warn, Action::Block, Action::BlockAndRemediate]),
    (TypeGroup::Certificate, &[Action::Allowed, Action::BlockAndRemediate]),
    (TypeGroup::Network, &[Action::Allowed, Action::Audit, Action::Warn, Action::Block]),
];

/// How many profiles there are; the field table has a presence for each.
pub const PROFILE_COUNT: usize = 4;

/// Oldest first; `current` is the default. `index` is each one's position.
pub const PROFILES: &[Profile; PROFILE_COUNT] = &[
    Profile {
        name: "2020",
        source: "Submit or Update Indicator API, Microsoft Learn, April 2020 revision (English)",
        host: "api.securitycenter.windows.com",
        indicator_types: TYPES_2020,
        actions: ACTIONS_2020,
        index: 0,
        cidr: true,
        active_indicator_limit: 5_000,
        cross_rules: &[],
    },
    Profile {
        name: "2021",
        source: "Submit or Update Indicator API, Microsoft Learn, June 2021 revision (Dutch and Traditional Chinese editions)",
        host: "api.securitycenter.microsoft.com",
        indicator_types: TYPES_2020,
        actions: ACTIONS_2020,
        index: 1,
        cidr: false,
        active_indicator_limit: 15_000,
        cross_rules: &[],
    },
    Profile {
        name: "2022",
        source: "Submit or Update Indicator API, Microsoft Learn, September 2022 revision (French edition)",
        host: "api.securitycenter.microsoft.com",
        indicator_types: TYPES_2022,
        actions: ACTIONS_2022,
        index: 2,
        cidr: false,
        active_indicator_limit: 15_000,
        cross_rules: &[
            CrossRule::AuditRequiresGenerateAlert,
            CrossRule::EducateUrlOnlyForUrlBlockOrWarn,
            CrossRule::ApplicationOnlyOnCreate,
        ],
    },
    Profile {
        name: "current",
        source: "Submit or Update Indicator API, Microsoft Learn, December 2025 revision (the newest)",
        host: "api.security.microsoft.com",
        indicator_types: TYPES_2022,
        actions: ACTIONS_2022,
        index: 3,
        cidr: false,
        active_indicator_limit: 15_000,
        cross_rules: &[
            CrossRule::AuditRequiresGenerateAlert,
            CrossRule::EducateUrlOnlyForUrlBlockOrWarn,
            CrossRule::LegacyAlertActions,
            CrossRule::ActionsByType(CURRENT_ACTIONS_BY_TYPE),
            CrossRule::ApplicationOnlyOnCreate,
            CrossRule::TechniquesWithCategory,
        ],
    },
];

pub const DEFAULT_PROFILE: &str = "current";

impl Profile {
    /// The profile of that name; `""` names the default one, which is how JavaScript and the
    /// CLI ask for it without knowing its name.
    pub fn by_name(name: &str) -> Option<&'static Profile> {
        let name = if name.is_empty() { DEFAULT_PROFILE } else { name };
        PROFILES.iter().find(|p| p.name == name)
    }

    pub fn names() -> impl Iterator<Item = &'static str> {
        PROFILES.iter().map(|p| p.name)
    }

    pub fn presence(&self, field: Field) -> Option<Presence> {
        field.presence_by_profile().get(self.index).copied().flatten()
    }

    /// The profile's fields in documented order, with their presence.
    pub fn fields(&self) -> impl Iterator<Item = (Field, Presence)> + '_ {
        Field::ALL.iter().filter_map(|f| Some((*f, self.presence(*f)?)))
    }

    pub fn has_rule(&self, wanted: fn(&CrossRule) -> bool) -> bool {
        self.cross_rules.iter().any(wanted)
    }

    pub fn submit_url(&self) -> String {
        format!("https://{}/api/indicators", self.host)
    }

    pub fn import_url(&self) -> String {
        format!("https://{}/api/indicators/import", self.host)
    }
}

/// The first profile, oldest first, that has `pred`; used to say "added in 2022".
pub fn first_profile_with(pred: impl Fn(&Profile) -> bool) -> Option<&'static str> {
    PROFILES.iter().find(|p| pred(p)).map(|p| p.name)
}
