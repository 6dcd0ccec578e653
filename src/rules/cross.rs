//! Cross-field rules, applied as each profile lists them in `profile::PROFILES`.

use super::{Facts, Issues};
use crate::issue::IssueKind;
use crate::model::{Action, Field, IndicatorType};
use crate::payload::Payload;
use crate::profile::{CrossRule, Profile, TypeGroup};

/// What a legacy action became in January 2022 (used with `generateAlert: true`).
fn legacy_replacement(action: Action, indicator_type: Option<IndicatorType>) -> Option<Action> {
    let network = indicator_type.is_some_and(IndicatorType::is_network);
    match action {
        Action::Alert => Some(Action::Audit),
        Action::AlertAndBlock if network => Some(Action::Block),
        Action::AlertAndBlock => Some(Action::BlockAndRemediate),
        _ => None,
    }
}

pub(super) fn check(payload: &Payload<'_>, facts: &Facts, profile: &Profile, issues: &mut Issues) {
    let (action, indicator_type) = (payload.action(), payload.indicator_type());
    for rule in profile.cross_rules {
        match *rule {
            CrossRule::AuditRequiresGenerateAlert => {
                // A generateAlert of the wrong type is already reported by its field rule.
                if action == Some(Action::Audit) && payload.generate_alert() != Some(true) {
                    let wrong_type = facts.present.contains(Field::GenerateAlert) && payload.generate_alert().is_none();
                    if !wrong_type {
                        issues.add(Field::GenerateAlert, IssueKind::AuditRequiresGenerateAlert);
                    }
                }
            }
            CrossRule::EducateUrlOnlyForUrlBlockOrWarn => {
                if let (true, Some(action), Some(indicator_type)) =
                    (facts.present.contains(Field::EducateUrl), action, indicator_type)
                {
                    let applies =
                        indicator_type == IndicatorType::Url && matches!(action, Action::Block | Action::Warn);
                    if !applies {
                        let kind = IssueKind::EducateUrlNotApplicable { action, indicator_type };
                        issues.add(Field::EducateUrl, kind);
                    }
                }
            }
            CrossRule::LegacyAlertActions => {
                let replacement = action.and_then(|a| legacy_replacement(a, indicator_type));
                if let (Some(action), Some(replacement)) = (action, replacement) {
                    issues.add(Field::Action, IssueKind::LegacyAction { action, replacement });
                }
            }
            CrossRule::ActionsByType(table) => {
                let (Some(action), Some(indicator_type)) = (action, indicator_type) else {
                    continue;
                };
                // Legacy actions are judged by what they became.
                let effective = legacy_replacement(action, Some(indicator_type)).unwrap_or(action);
                let group = TypeGroup::of(indicator_type);
                let allowed = table.iter().find(|(g, _)| *g == group).map_or(&[][..], |(_, actions)| actions);
                if !allowed.contains(&effective) {
                    let kind = IssueKind::ActionNotAllowedForType { action, indicator_type, allowed };
                    issues.add(Field::Action, kind);
                }
            }
            CrossRule::ApplicationOnlyOnCreate => {
                if payload.get(Field::Application).is_some() {
                    issues.add(Field::Application, IssueKind::ApplicationOnlyOnCreate);
                }
            }
            CrossRule::TechniquesWithCategory => {
                let has_techniques = payload.list(Field::MitreTechniques).is_some_and(|t| !t.is_empty());
                if has_techniques && !facts.present.contains(Field::Category) {
                    issues.add(Field::MitreTechniques, IssueKind::TechniquesWithoutCategory);
                }
            }
        }
    }
}
