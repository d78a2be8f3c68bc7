//! Today's date, for the rules that refuse dates in the future.
//!
//! Computed from the system clock in UTC (no time-zone data is needed for
//! a date-level check). `FABRIQUES_AUJOURDHUI=AAAA-MM-JJ` overrides it, so
//! that a register's CI, and the tests, can pin the date. The run reads it
//! once, into its context (`context::Context::today`).

use crate::record::Date;

/// The environment variable that pins today's date.
pub const ENV: &str = "FABRIQUES_AUJOURDHUI";

/// Today: `pinned` (the value of [`ENV`]) when it holds a valid date, else
/// the system clock.
pub fn resolve(pinned: Option<&str>) -> Date {
    pinned.and_then(parse).unwrap_or_else(system_today)
}

/// Parses `AAAA-MM-JJ`: a day of the calendar only (2026-02-30 and
/// 2025-02-29 are not dates; 2024-02-29 is).
pub fn parse(s: &str) -> Option<Date> {
    let mut it = s.trim().splitn(3, '-');
    let year = it.next()?.parse().ok()?;
    let month = it.next()?.parse().ok()?;
    let day = it.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date { year, month, day })
}

/// The number of days of `month` (1–12) in `year` (proleptic Gregorian).
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

/// The calendar date of a day count since 1970-01-01 (proleptic Gregorian;
/// Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_not_parsed() {
        assert!(parse("2026-02-30").is_none());
        assert!(parse("2025-02-29").is_none());
        assert!(parse("1900-02-29").is_none());
        assert!(parse("2026-04-31").is_none());
        assert!(parse("2026-13-01").is_none());
        assert!(parse("2024-02-29").is_some());
        assert!(parse("2000-02-29").is_some());
        assert!(parse("2026-12-31").is_some());
    }

    #[test]
    fn day_counts_become_calendar_dates() {
        assert_eq!(
            civil_from_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            civil_from_days(18_321),
            Date {
                year: 2020,
                month: 2,
                day: 29
            }
        );
        assert_eq!(
            civil_from_days(20_778),
            Date {
                year: 2026,
                month: 11,
                day: 21
            }
        );
    }

    #[test]
    fn a_valid_pin_wins_and_an_invalid_one_is_ignored() {
        let pinned = Date {
            year: 2026,
            month: 11,
            day: 21,
        };
        assert_eq!(resolve(Some("2026-11-21")), pinned);
        assert_eq!(resolve(Some("hier")), resolve(None));
    }

    #[test]
    fn pinned_dates_parse() {
        assert_eq!(
            parse("2026-11-21"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 21
            })
        );
        assert_eq!(parse("2026-13-01"), None);
        assert_eq!(parse("hier"), None);
    }
}
