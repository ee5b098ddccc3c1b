//! Reading a daily report from plain text or Markdown into a [`Report`].
//!
//! The parser never fails on content: whatever it cannot make sense of becomes a warning, and every
//! non-blank line of the input ends up in the title or in a section.

use chrono::NaiveDate;

use crate::report::{blocks_from_lines, bullet_item};
use crate::{DayNumber, Report, ReportStatus, Section};

/// What parsing produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedReport {
    pub report: Report,
    pub warnings: Vec<String>,
    /// A daily report ("Day 344: …") or a news article or post.
    pub kind: TextKind,
    /// Where the report's day came from, so a preview can say how sure the date is.
    pub date_source: DateSource,
}

/// What kind of text was parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// A daily report: its title names the day ("Day 344: …").
    DailyReport,
    /// Anything else: a news article, a forwarded post, a statement. Its incidents stand on their own; it is
    /// not the report of any day.
    Article,
}

/// Where a parsed text's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// "Day 344" in the title.
    DayNumber,
    /// A full date in the title: "Report for 2 February 2023".
    Title,
    /// A full date near the top of the text: a dateline such as "September 12, 2022 2:05 am".
    Dateline,
    /// The caller's date: `--date`, the forwarded post's or the message's date, or today.
    Given,
}

/// Why a text could not become a report at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The text has no non-blank line.
    #[error("the report is empty")]
    Empty,
    /// Neither the title nor the caller gave a day number or a date.
    #[error("no day number (\"Day 344: …\") or date in the title, and none given")]
    NoDay,
}

/// Longest line that can be a plain-text heading.
const MAX_HEADING_CHARS: usize = 160;

/// Parses `text`. The day comes from a "Day N" title; failing that, from a date in the title; failing that,
/// from `fallback_date` (e.g. the day the maintainer sends it).
pub fn parse_report(text: &str, fallback_date: Option<NaiveDate>) -> Result<ParsedReport, ParseError> {
    let mut warnings = Vec::new();
    let lines: Vec<&str> = text.lines().map(|line| line.trim_end_matches('\r')).collect();
    let Some(title_index) = lines.iter().position(|line| !line.trim().is_empty()) else {
        return Err(ParseError::Empty);
    };
    let title_line = strip_heading_marker(lines[title_index].trim()).unwrap_or(lines[title_index].trim());

    // A dateline is looked for in the first lines only: a date further down is about something that happened.
    let dateline =
        || lines[title_index + 1..].iter().filter(|l| !l.trim().is_empty()).take(3).find_map(|l| find_date(l));
    // A date before the invasion (a dateline of 2014, a typo) cannot date a report: the next source is tried.
    let dated = |fallback: Option<NaiveDate>| -> Result<(DayNumber, DateSource), ParseError> {
        [(find_date(title_line), DateSource::Title), (dateline(), DateSource::Dateline), (fallback, DateSource::Given)]
            .into_iter()
            .find_map(|(date, source)| Some((DayNumber::from_date(date?).ok()?, source)))
            .ok_or(ParseError::NoDay)
    };
    let (day, title, kind, date_source) = match split_day_title(title_line) {
        Some((Ok(day), title)) => (day, title.to_owned(), TextKind::DailyReport, DateSource::DayNumber),
        Some((Err(_), _)) => {
            warnings
                .push(format!("the day number in the title is not between 1 and {}; using the date", crate::MAX_DAY));
            let (day, source) = dated(fallback_date)?;
            (day, title_line.to_owned(), TextKind::DailyReport, source)
        }
        None => {
            let (day, source) = dated(fallback_date)?;
            (day, title_line.to_owned(), TextKind::Article, source)
        }
    };

    let body = &lines[title_index + 1..];
    let markdown = body.iter().any(|line| strip_heading_marker(line.trim()).is_some());
    let mut sections: Vec<Section> = Vec::new();
    let mut heading = String::new();
    let mut section_lines: Vec<&str> = Vec::new();
    let finish = |heading: &mut String, section_lines: &mut Vec<&str>, sections: &mut Vec<Section>| {
        let blocks = blocks_from_lines(section_lines.drain(..));
        if !blocks.is_empty() || !heading.is_empty() {
            sections.push(Section { heading: std::mem::take(heading), blocks });
        }
    };
    for (i, line) in body.iter().enumerate() {
        let trimmed = line.trim();
        let heading_text = if markdown {
            strip_heading_marker(trimmed)
        } else if is_plain_heading(body, i) {
            Some(trimmed)
        } else {
            None
        };
        match heading_text {
            Some(text) => {
                finish(&mut heading, &mut section_lines, &mut sections);
                heading = text.to_owned();
            }
            None => {
                section_lines.push(line);
                // In an article each line is a paragraph: pasted news has no blank lines, and a headline or a
                // photo caption without a final period must not run into the next sentence.
                if kind == TextKind::Article && !markdown {
                    section_lines.push("");
                }
            }
        }
    }
    finish(&mut heading, &mut section_lines, &mut sections);

    if sections.is_empty() {
        warnings.push("the report has a title but no text".to_owned());
    }
    for section in &sections {
        if section.blocks.is_empty() {
            warnings.push(format!("section \"{}\" has no text", section.heading));
        }
    }
    let sources = sections
        .iter()
        .flat_map(|section| section.blocks.iter())
        .flat_map(|block| match block {
            crate::Block::Paragraph(text) => vec![text.as_str()],
            crate::Block::Bullets(items) => items.iter().map(String::as_str).collect(),
        })
        .filter_map(source_url)
        .collect();

    Ok(ParsedReport {
        report: Report { day, title, sections, sources, status: ReportStatus::Draft },
        warnings,
        kind,
        date_source,
    })
}

/// `## Heading` → `Heading`.
fn strip_heading_marker(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') { Some(line[hashes..].trim()) } else { None }
}

/// A plain-text heading: a short line, after a blank line (or at the start), not a bullet, not ending like a
/// sentence, and followed by a blank line or by more text.
fn is_plain_heading(body: &[&str], i: usize) -> bool {
    let line = body[i].trim();
    if line.is_empty() || bullet_item(line).is_some() || line.chars().count() > MAX_HEADING_CHARS {
        return false;
    }
    let after_blank = i == 0 || body[i - 1].trim().is_empty();
    let ends_like_sentence = line.ends_with(['.', ',', ';', ':', '!', '"', '”', '»', '…']);
    // "Doctors fought for her life for a week. The toll has thus risen to 14 💔": two sentences are prose,
    // whatever the line ends with.
    let two_sentences = line.split(". ").skip(1).any(|rest| rest.chars().next().is_some_and(char::is_uppercase));
    let next_text = body[i + 1..].iter().map(|l| l.trim()).find(|l| !l.is_empty());
    let followed_by_text = next_text.is_some_and(|next| {
        next.chars().count() > line.chars().count() || bullet_item(next).is_some() || next.ends_with('.')
    });
    after_blank && !ends_like_sentence && !two_sentences && followed_by_text && !line.starts_with("http")
}

/// "Day 344: Title" → (344, "Title"); also "Day 344 - Title", "Day 344. Title", "DAY 344", and in Ukrainian "День
/// 344: …", "344-й день: …", "344 день війни. …".
fn split_day_title(title: &str) -> Option<(Result<DayNumber, crate::DayOutOfRange>, &str)> {
    let separators: &[char] = &[':', '.', '-', '–', '—', ' ', ','];
    let number_at = |rest: &str| -> Option<(u32, usize)> {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        (1..=9).contains(&digits).then(|| rest[..digits].parse().ok().map(|n| (n, digits))).flatten()
    };
    let lower = title.to_lowercase();
    for word in ["day", "день"] {
        if lower.starts_with(word) && title.is_char_boundary(word.len()) {
            let rest = title[word.len()..].trim_start();
            if let Some((number, digits)) = number_at(rest) {
                // "Day 344-й" is not a thing, but "День 344-й" may be: the ordinal ending goes with the number.
                let after = rest[digits..].strip_prefix("-й").unwrap_or(&rest[digits..]);
                return Some((DayNumber::new(number), after.trim_start_matches(separators).trim()));
            }
        }
    }
    // "344-й день", "344 день війни": the number first.
    let (number, digits) = number_at(title)?;
    let rest = &title[digits..];
    let rest = rest.strip_prefix("-й").unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix("день").or_else(|| rest.strip_prefix("День"))?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("війни").or_else(|| rest.strip_prefix("повномасштабної війни")).unwrap_or(rest);
    Some((DayNumber::new(number), rest.trim_start_matches(separators).trim()))
}

/// A date written as 2023-02-02, 02.02.2023, "2 February 2023", "February 2, 2023" or, in Ukrainian, "2 лютого
/// 2023 (року)" somewhere in `text`.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let has_digit = |k: usize| words.get(k).is_some_and(|w| w.bytes().any(|b| b.is_ascii_digit()));
    for (i, word) in words.iter().enumerate() {
        // Every form below has a digit in its first or second word.
        if !has_digit(i) && !has_digit(i + 1) {
            continue;
        }
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let numeric = word.len() == 10 && word.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.'));
        if numeric && let Ok(date) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            return Some(date);
        }
        if numeric && let Ok(date) = NaiveDate::parse_from_str(word, "%d.%m.%Y") {
            return Some(date);
        }
        // A date of words needs a day and a year among the next three words: most windows have neither, and
        // parsing them was most of the time spent on a text's first lines.
        let digits = |k: usize, most: usize| {
            words.get(i + k).is_some_and(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
                (1..=most).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            })
        };
        if !((digits(0, 2) || digits(1, 2)) && digits(2, 4)) {
            continue;
        }
        let window = |a: usize, b: usize, c: usize| -> Option<String> {
            Some(format!("{} {} {}", words.get(i + a)?, words.get(i + b)?, words.get(i + c)?))
        };
        for (candidate, format) in [(window(0, 1, 2), "%d %B %Y"), (window(0, 1, 2), "%B %d %Y")] {
            if let Some(candidate) = candidate {
                let cleaned: String = candidate.chars().filter(|c| c.is_alphanumeric() || *c == ' ').collect();
                if let Ok(date) = NaiveDate::parse_from_str(&cleaned, format) {
                    return Some(date);
                }
            }
        }
        // "2 лютого 2023": the day, a Ukrainian month in the genitive, the year.
        if let Ok(day) = word.parse::<u32>()
            && let Some(month) = words.get(i + 1).and_then(|m| crate::extract::ukrainian_month(&m.to_lowercase()))
            && let Some(year) =
                words.get(i + 2).and_then(|y| y.trim_end_matches(|c: char| !c.is_ascii_digit()).parse::<i32>().ok())
            && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
        {
            return Some(date);
        }
    }
    None
}

/// "Source: https://…" or a line that is only a URL.
fn source_url(text: &str) -> Option<url::Url> {
    let text = text.trim();
    let candidate = text
        .strip_prefix("Source:")
        .or_else(|| text.strip_prefix("Sources:"))
        .or_else(|| text.strip_prefix("Джерело:"))
        .unwrap_or(text)
        .trim();
    if candidate.contains(char::is_whitespace) {
        return None;
    }
    url::Url::parse(candidate).ok().filter(|url| matches!(url.scheme(), "http" | "https"))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::Block;

    fn line() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "#",
            "## ",
            "- ",
            "* ",
            "• ",
            "Day 12: ",
            "Day 0:",
            "Day 99999999 ",
            "  ",
            "Kharkiv",
            "region.",
            "killed three",
            "\t",
            "2023-02-02",
            "<b>",
            "&amp;",
            "Харків",
            "День 344: ",
            "344-й день ",
            "2 лютого 2023",
            "Загинули двоє, ще п'ятеро поранені.",
            "у м. Харкові ",
            "ʼ",
            "🇺🇦",
            "-",
            "http://x.org/a",
            "Source:",
            "word",
            "Word",
            ".",
            ":",
            "\u{a0}",
        ]);
        (prop::collection::vec(pieces, 0..6), any::<String>())
            .prop_map(|(pieces, noise)| format!("{}{}", pieces.concat(), noise.chars().take(8).collect::<String>()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Never panics, and every non-blank line ends up in the title or in a section.
        #[test]
        fn parsing_never_panics_and_never_drops_text(lines in prop::collection::vec(line(), 0..30)) {
            let text = lines.join("\n");
            let fallback = NaiveDate::from_ymd_opt(2023, 2, 2);
            let Ok(parsed) = parse_report(&text, fallback) else { return Ok(()) };
            let report = parsed.report;
            let mut body = String::new();
            for section in &report.sections {
                body.push_str(&section.heading);
                body.push('\n');
                body.push_str(&section.text());
                body.push('\n');
            }
            let mut non_blank = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty());
            let title_line = non_blank.next().expect("Ok means a non-blank line");
            prop_assert!(title_line.contains(report.title.as_str()), "title {:?} from {:?}", report.title, title_line);
            for line in non_blank {
                let content = strip_heading_marker(line.trim())
                    .or_else(|| bullet_item(line.trim()))
                    .unwrap_or(line.trim());
                prop_assert!(body.contains(content), "line {:?} missing from {:?}", content, body);
            }
        }
    }

    #[test]
    fn markdown_report_gives_day_title_sections_and_bullets() {
        let text = "# Day 344: Strikes on Kramatorsk\n\n## Kramatorsk\n\nA missile hit a building.\nIt was \
                    night.\n\n## Dnipro\n\nResidents spoke:\n\n- one\n- two\n\nSource: https://example.org/r\n";
        let parsed = parse_report(text, None).unwrap();
        let report = parsed.report;
        assert_eq!(report.day.get(), 344);
        assert_eq!(report.date().to_string(), "2023-02-02");
        assert_eq!(report.title, "Strikes on Kramatorsk");
        assert_eq!(report.sections.len(), 2);
        assert_eq!(report.sections[0].blocks, vec![Block::Paragraph("A missile hit a building. It was night.".into())]);
        assert_eq!(report.sections[1].blocks[1], Block::Bullets(vec!["one".into(), "two".into()]));
        assert_eq!(report.sources[0].as_str(), "https://example.org/r");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn plain_text_headings_are_short_lines_without_a_final_period() {
        let text = "Day 12: Title\n\nFirst heading\n\nA long paragraph that ends with a period, as prose does.\n\n\
                    Second heading: with a colon inside\n\nMore prose here, long enough to be prose.\n";
        let report = parse_report(text, None).unwrap().report;
        let headings: Vec<&str> = report.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["First heading", "Second heading: with a colon inside"]);
    }

    #[test]
    fn ukrainian_titles_give_the_day_and_ukrainian_dates_the_date() {
        let report = parse_report("День 344: Удари по Краматорську\n\nТекст.", None).unwrap().report;
        assert_eq!((report.day.get(), report.title.as_str()), (344, "Удари по Краматорську"));
        let report = parse_report("344-й день війни. Удари по Краматорську\n\nТекст.", None).unwrap().report;
        assert_eq!((report.day.get(), report.title.as_str()), (344, "Удари по Краматорську"));
        let parsed = parse_report("Удари по Краматорську 2 лютого 2023 року\n\nТекст.", None).unwrap();
        assert_eq!((parsed.report.day.get(), parsed.kind), (344, TextKind::Article));
        let parsed = parse_report("Удари по Краматорську\n17:07 02.02.2023\nТекст про удари.", None).unwrap();
        assert_eq!((parsed.report.day.get(), parsed.date_source), (344, DateSource::Dateline));
        // A day and a month without a year date nothing: the year is the caller's to say.
        assert_eq!(parse_report("Удари 2 лютого\n\nТекст.", None), Err(ParseError::NoDay));
    }

    #[test]
    fn without_a_day_number_the_date_comes_from_the_title_or_the_caller() {
        let report = parse_report("Report for 2 February 2023\n\nText.", None).unwrap().report;
        assert_eq!(report.day.get(), 344);
        let fallback = NaiveDate::from_ymd_opt(2022, 2, 25);
        assert_eq!(parse_report("Untitled\n\nText.", fallback).unwrap().report.day.get(), 2);
        assert_eq!(parse_report("Untitled\n\nText.", None), Err(ParseError::NoDay));
        assert_eq!(parse_report(" \n\n", None), Err(ParseError::Empty));
    }
}
