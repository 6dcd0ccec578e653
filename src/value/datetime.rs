//! `expirationTime`, a DateTimeOffset: an RFC 3339 date-time with an offset
//! (`2020-12-12T00:00:00Z`, `2026-05-01T08:00:00.5+02:00`). The date must exist in the
//! calendar. The canonical form is UTC with `Z`; the service keeps 7 fractional digits.

use crate::issue::{IssueKind, Reason};

/// An instant: seconds since the Unix epoch plus up to 7 fractional digits (100 ns ticks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant {
    pub seconds: i64,
    pub ticks: u32,
}

/// A parsed date-time: the instant, its canonical text, and whether digits were cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    pub instant: Instant,
    pub canonical: String,
    pub truncated: bool,
}

const MAX_FRACTION_DIGITS: usize = 7;

fn invalid(reason: Reason) -> IssueKind {
    IssueKind::InvalidDateTime { reason }
}

fn number(text: &str, range: std::ops::RangeInclusive<u32>, reason: Reason) -> Result<u32, IssueKind> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(Reason::DateTimeShape));
    }
    text.parse::<u32>().ok().filter(|n| range.contains(n)).ok_or(invalid(reason))
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of `days_from_civil`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Parses a date-time with offset.
pub fn parse(text: &str) -> Result<DateTime, IssueKind> {
    let shape = invalid(Reason::DateTimeShape);
    let bytes = text.as_bytes();
    if bytes.len() < 19 || !text.is_ascii() {
        return Err(shape);
    }
    let Some((date, rest)) = text.split_at_checked(10) else { return Err(shape) };
    let separator_ok = matches!(rest.as_bytes().first(), Some(b'T' | b't'));
    let mut date_parts = date.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (date_parts.next(), date_parts.next(), date_parts.next(), date_parts.next())
    else {
        return Err(shape);
    };
    if !separator_ok || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return Err(shape);
    }
    let year = i64::from(number(year, 1..=9999, Reason::Year)?);
    let month = number(month, 1..=12, Reason::Month)?;
    let day = number(day, 1..=31, Reason::Day)?;
    if day > days_in_month(year, month) {
        return Err(invalid(Reason::NoSuchDay));
    }
    let rest = rest.get(1..).unwrap_or("");
    let (hour, minute, second) = (rest.get(0..2), rest.get(3..5), rest.get(6..8));
    let (Some(hour), Some(minute), Some(second)) = (hour, minute, second) else {
        return Err(shape);
    };
    if rest.get(2..3) != Some(":") || rest.get(5..6) != Some(":") {
        return Err(shape);
    }
    let hour = number(hour, 0..=23, Reason::Hour)?;
    let minute = number(minute, 0..=59, Reason::Minute)?;
    let second = number(second, 0..=59, Reason::Second)?;
    let mut rest = rest.get(8..).unwrap_or("");

    let mut fraction = "";
    if let Some(after_dot) = rest.strip_prefix('.') {
        let digits = after_dot.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(invalid(Reason::FractionDigits));
        }
        fraction = after_dot.get(..digits).unwrap_or("");
        rest = after_dot.get(digits..).unwrap_or("");
    }
    let offset_minutes: i64 = match rest {
        "Z" | "z" => 0,
        "" => return Err(invalid(Reason::OffsetMissing)),
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return Err(shape),
            };
            let (Some(oh), Some(":"), Some(om), 6) = (rest.get(1..3), rest.get(3..4), rest.get(4..6), rest.len())
            else {
                return Err(invalid(Reason::OffsetShape));
            };
            let oh = number(oh, 0..=23, Reason::OffsetHour)?;
            let om = number(om, 0..=59, Reason::OffsetMinute)?;
            sign * i64::from(oh * 60 + om)
        }
    };

    let local = days_from_civil(year, month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    let seconds = local - offset_minutes * 60;
    let truncated = fraction.len() > MAX_FRACTION_DIGITS;
    let kept = fraction.get(..fraction.len().min(MAX_FRACTION_DIGITS)).unwrap_or("");
    // The kept digits (ASCII digits only, see above), padded on the right to 7: at most 9,999,999.
    let ticks = kept.bytes().fold(0, |n, digit| n * 10 + u32::from(digit - b'0'))
        * 10u32.pow(u32::try_from(MAX_FRACTION_DIGITS - kept.len()).unwrap_or(0));
    let instant = Instant { seconds, ticks };
    let canonical = format_utc(instant).ok_or(invalid(Reason::OutsideYears))?;
    Ok(DateTime { instant, canonical, truncated })
}

/// `YYYY-MM-DDTHH:MM:SS[.fffffff]Z`, fraction without trailing zeros; `None` outside 0001-9999.
pub fn format_utc(instant: Instant) -> Option<String> {
    let days = instant.seconds.div_euclid(86_400);
    let secs = instant.seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    if !(1..=9999).contains(&year) {
        return None;
    }
    // Written into a fixed buffer: this runs for every indicator with an expiration time.
    let mut out = *b"0000-00-00T00:00:00.0000000Z";
    let fields = [(0, 4, year), (5, 2, i64::from(month)), (8, 2, i64::from(day))];
    let time = [(11, 2, secs / 3600), (14, 2, secs % 3600 / 60), (17, 2, secs % 60), (20, 7, i64::from(instant.ticks))];
    for (at, width, value) in fields.into_iter().chain(time) {
        write_digits(out.get_mut(at..at + width).unwrap_or_default(), value);
    }
    let mut end = 19;
    if instant.ticks > 0 {
        end = 27;
        while out.get(end - 1) == Some(&b'0') {
            end -= 1;
        }
    }
    if let Some(zone) = out.get_mut(end) {
        *zone = b'Z';
    }
    // ASCII digits and separators, so always UTF-8.
    out.get(..=end).and_then(|text| std::str::from_utf8(text).ok()).map(String::from)
}

/// `value` in decimal into `slot`, left-padded with zeros.
fn write_digits(slot: &mut [u8], value: i64) {
    let mut rest = value.unsigned_abs();
    for digit in slot.iter_mut().rev() {
        *digit = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(text: &str) -> Result<String, IssueKind> {
        parse(text).map(|d| d.canonical)
    }

    #[test]
    fn normalises_to_utc() {
        assert_eq!(canonical("2020-12-12T00:00:00Z").as_deref(), Ok("2020-12-12T00:00:00Z"));
        assert_eq!(canonical("2020-12-12T00:00:00.0Z").as_deref(), Ok("2020-12-12T00:00:00Z"));
        assert_eq!(canonical("2026-05-01T01:30:00.50+02:00").as_deref(), Ok("2026-04-30T23:30:00.5Z"));
        assert_eq!(canonical("2024-02-29T23:00:00-01:00").as_deref(), Ok("2024-03-01T00:00:00Z"));
        assert_eq!(
            parse("2026-01-01T00:00:00.123456789Z").map(|d| (d.canonical, d.truncated)),
            Ok(("2026-01-01T00:00:00.1234567Z".into(), true))
        );
    }

    #[test]
    fn rejects_impossible_or_offsetless_times() {
        for bad in [
            "2020-13-45T00:00:00Z",
            "tomorrow",
            "2023-02-29T00:00:00Z",
            "2020-12-12T24:00:00Z",
            "2020-12-12T00:00:60Z",
            "2020-12-12T00:00:00",
            "2020-12-12",
            "2020-12-12 00:00:00Z",
            "0001-01-01T00:00:00+01:00",
            "2020-12-12T00:00:00.Z",
            "2020-12-12T00:00:00+0100",
            "+2020-12-12T00:00:00Z",
            "２０２０-12-12T00:00:00Z",
        ] {
            assert!(parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn civil_round_trip() {
        for days in [-719_162, -1, 0, 1, 10_957, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
