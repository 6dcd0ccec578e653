//! `indicatorValue` by `indicatorType`: dispatches to the value rules once both fields read
//! cleanly, and writes the canonical value (lower-case hex) back into the payload.

use super::Issues;
use crate::issue::IssueKind;
use crate::model::{Field, IndicatorType};
use crate::payload::{FieldValue, Payload};
use crate::profile::Profile;
use crate::value::url::Scheme;
use crate::value::{domain, hash, ip, url};

const PATH: &str = "/indicatorValue";

pub(super) fn check(payload: &mut Payload<'_>, profile: &Profile, issues: &mut Issues) {
    let (Some(value), Some(indicator_type)) = (payload.text(Field::IndicatorValue), payload.indicator_type()) else {
        return;
    };
    let mut canonical = None;
    let outcome: Result<Vec<IssueKind>, IssueKind> = match indicator_type {
        IndicatorType::IpAddress => ip::check(value, profile.cidr, profile.name),
        IndicatorType::DomainName => domain::check(value).map(|()| Vec::new()),
        IndicatorType::Url => url::check(value, Scheme::Optional),
        hash_type => {
            let expected = hash_type.hash_hex_len().unwrap_or(0);
            hash::check(value, hash_type, expected).map(|lower| {
                canonical = (lower != value).then_some(lower);
                Vec::new()
            })
        }
    };
    match outcome {
        Ok(warnings) => {
            warnings.into_iter().for_each(|w| issues.add(PATH, w));
            super::well_known::check(payload, indicator_type, value, issues);
        }
        Err(error) => issues.add(PATH, error),
    }
    if let Some(lower) = canonical {
        payload.set(Field::IndicatorValue, FieldValue::Text(lower.into()));
    }
}
