//! How many calls a submission takes and how long at least, under the documented rate limits,
//! and whether the tenant's active-indicator limit allows it.

use crate::issue::{Issue, IssueKind};
use crate::profile::{Profile, RateLimit, IMPORT_BATCH_LIMIT, IMPORT_RATE_LIMIT, SUBMIT_RATE_LIMIT};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Route {
    pub calls: u64,
    /// Seconds from the first call to the start of the last one, at the fastest pace allowed.
    pub minimum_seconds: u64,
    pub per_minute: u32,
    pub per_hour: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub valid: bool,
    pub errors: Vec<Issue>,
    pub count: u64,
    pub active_indicators: u64,
    pub active_limit: u32,
    /// One `POST /api/indicators` per indicator.
    pub submit: Route,
    /// `POST /api/indicators/import` with up to 500 per call.
    pub import: Route,
}

/// The k-th call (from 0) may start at `floor(k / limit) * window` under each limit.
fn route(calls: u64, limit: RateLimit) -> Route {
    let last = calls.saturating_sub(1);
    let by_minute = last / u64::from(limit.per_minute) * 60;
    let by_hour = limit.per_hour.map_or(0, |per_hour| last / u64::from(per_hour) * 3600);
    Route { calls, minimum_seconds: by_minute.max(by_hour), per_minute: limit.per_minute, per_hour: limit.per_hour }
}

pub fn plan_submission(count: u64, active_indicators: u64, profile: &Profile) -> Plan {
    let limit = profile.active_indicator_limit;
    let mut errors = Vec::new();
    if active_indicators.saturating_add(count) > u64::from(limit) {
        let kind = IssueKind::ActiveLimitExceeded { limit, active: active_indicators, adding: count };
        errors.push(Issue::new("", kind));
    }
    Plan {
        valid: errors.is_empty(),
        errors,
        count,
        active_indicators,
        active_limit: limit,
        submit: route(count, SUBMIT_RATE_LIMIT),
        import: route(count.div_ceil(u64::from(IMPORT_BATCH_LIMIT)), IMPORT_RATE_LIMIT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> &'static Profile {
        Profile::by_name("current").unwrap_or(&crate::profile::PROFILES[0])
    }

    #[test]
    fn paces_calls_by_the_tighter_limit() {
        let plan = plan_submission(10_000, 0, current());
        assert_eq!(plan.submit.calls, 10_000);
        // 1,500 an hour binds: call 9,999 starts in hour 6.
        assert_eq!(plan.submit.minimum_seconds, 6 * 3600);
        assert_eq!(plan.import.calls, 20);
        assert_eq!(plan.import.minimum_seconds, 0);
        assert_eq!(plan_submission(100, 0, current()).submit.minimum_seconds, 0);
        assert_eq!(plan_submission(101, 0, current()).submit.minimum_seconds, 60);
        assert_eq!(
            plan_submission(0, 0, current()).submit,
            Route { calls: 0, minimum_seconds: 0, per_minute: 100, per_hour: Some(1500) }
        );
    }

    #[test]
    fn refuses_beyond_the_active_limit() {
        assert!(plan_submission(15_000, 0, current()).valid);
        let over = plan_submission(1, 15_000, current());
        assert_eq!(over.errors.first().map(Issue::code), Some("active_limit_exceeded"));
        let old = Profile::by_name("2020").map(|p| plan_submission(5_001, 0, p).valid);
        assert_eq!(old, Some(false));
    }
}
