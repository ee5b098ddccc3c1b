use chrono::NaiveDate;
use url::Url;

use crate::DayNumber;

/// Whether subscribers can see a report. Stored and shown as "draft" or "published".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::EnumString)]
#[strum(serialize_all = "lowercase", parse_err_ty = UnknownReportStatus, parse_err_fn = unknown_report_status)]
pub enum ReportStatus {
    Draft,
    Published,
}

impl ReportStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Neither "draft" nor "published".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown report status (known: draft, published)")]
pub struct UnknownReportStatus;

fn unknown_report_status(_: &str) -> UnknownReportStatus {
    UnknownReportStatus
}

/// One daily report: "Day 344: …" with its sections in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub day: DayNumber,
    /// The headline without the "Day N:" prefix; may be empty.
    pub title: String,
    pub sections: Vec<Section>,
    pub sources: Vec<Url>,
    pub status: ReportStatus,
}

impl Report {
    pub fn date(&self) -> NaiveDate {
        self.day.date()
    }

    /// "Day 344: Missiles hit Kramatorsk", or "Day 344" for an untitled report.
    pub fn headline(&self) -> String {
        if self.title.is_empty() { format!("Day {}", self.day) } else { format!("Day {}: {}", self.day, self.title) }
    }
}

/// A part of a report under one heading. The heading is empty for text before the first heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// A paragraph or a bullet list, as written in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<String>),
}

impl Section {
    /// The body in its canonical text form: blocks separated by a blank line, bullet items as `- item` lines.
    /// [`Section::from_text`] reads it back.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            match block {
                Block::Paragraph(text) => out.push_str(text),
                Block::Bullets(items) => {
                    let lines: Vec<String> = items.iter().map(|item| format!("- {item}")).collect();
                    out.push_str(&lines.join("\n"));
                }
            }
        }
        out
    }

    /// Reads a body in the form [`Section::text`] writes (and, leniently, any Markdown-like text).
    pub fn from_text(heading: impl Into<String>, text: &str) -> Section {
        Section { heading: heading.into(), blocks: blocks_from_lines(text.lines()) }
    }
}

/// If `line` starts a bullet item (`-`, `*`, `•`, `·`, `–` followed by a space), the item's text.
pub(crate) fn bullet_item(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let mut chars = trimmed.chars();
    let marker = chars.next()?;
    if !matches!(marker, '-' | '*' | '•' | '·' | '–' | '▪') {
        return None;
    }
    let rest = chars.as_str();
    if rest.starts_with(char::is_whitespace) { Some(rest.trim()) } else { None }
}

/// Groups lines into blocks: consecutive bullet lines form a list, other consecutive lines a paragraph
/// (joined with spaces, as Markdown does), blank lines separate blocks.
pub(crate) fn blocks_from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut bullets: Vec<String> = Vec::new();

    fn flush(blocks: &mut Vec<Block>, paragraph: &mut Vec<&str>, bullets: &mut Vec<String>) {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
        if !bullets.is_empty() {
            blocks.push(Block::Bullets(std::mem::take(bullets)));
        }
    }

    for line in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut blocks, &mut paragraph, &mut bullets);
        } else if let Some(item) = bullet_item(trimmed) {
            if !paragraph.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut bullets);
            }
            if !item.is_empty() {
                bullets.push(item.to_owned());
            }
        } else if !bullets.is_empty() && line.starts_with([' ', '\t']) {
            // An indented line continues the previous bullet item.
            let last = bullets.last_mut().expect("not empty");
            last.push(' ');
            last.push_str(trimmed);
        } else {
            if !bullets.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut bullets);
            }
            paragraph.push(trimmed);
        }
    }
    flush(&mut blocks, &mut paragraph, &mut bullets);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_text_round_trips_paragraphs_and_bullets() {
        let section = Section {
            heading: "Dnipro".into(),
            blocks: vec![
                Block::Paragraph("A missile hit a building.".into()),
                Block::Bullets(vec!["first resident".into(), "second resident".into()]),
                Block::Paragraph("Another paragraph.".into()),
            ],
        };
        let text = section.text();
        assert_eq!(text, "A missile hit a building.\n\n- first resident\n- second resident\n\nAnother paragraph.");
        assert_eq!(Section::from_text("Dnipro", &text), section);
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph_and_bullet_markers_vary() {
        let blocks = blocks_from_lines("one\ntwo\n• a\n* b\n  continued\n-not a bullet".lines());
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("one two".into()),
                Block::Bullets(vec!["a".into(), "b continued".into()]),
                Block::Paragraph("-not a bullet".into()),
            ]
        );
    }
}
