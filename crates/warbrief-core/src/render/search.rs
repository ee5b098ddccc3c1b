//! /search: matching reports with the matched words marked.

use super::*;

/// Marks where a search match starts in [`SearchResult::snippet`] (a control character no report contains).
pub const MATCH_START: char = '\u{2}';
/// Marks where a search match ends in [`SearchResult::snippet`].
pub const MATCH_END: char = '\u{3}';

/// One report found by `/search`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    pub day: DayNumber,
    pub title: String,
    /// Plain text around the match; matched words wrapped in [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
}

pub const SEARCH_LIMIT: u32 = 5;

pub fn search(query: &str, results: &[SearchResult]) -> Reply {
    let shown_query = escape(&truncate(query.trim(), ECHO_CHARS));
    if results.is_empty() {
        return Reply::text(format!(
            "Nothing found for \"{shown_query}\". Try fewer or other words, e.g. a place or a weapon."
        ));
    }
    let mut html = format!("<b>Reports mentioning \"{shown_query}\"</b>");
    let mut buttons = Vec::new();
    for result in results {
        let title = if result.title.is_empty() {
            String::new()
        } else {
            format!(": {}", escape(&truncate(&result.title, 120)))
        };
        html.push_str(&format!(
            "\n\n<b>Day {}</b>{title} · {}\n{}",
            result.day,
            short_date(result.day.date()),
            highlight(&result.snippet)
        ));
        buttons.push(Button::new(format!("Read day {}", result.day), Action::Day(result.day)));
    }
    let rows = buttons.chunks(3).map(<[Button]>::to_vec).collect();
    Reply::text(html).with_buttons(rows)
}

/// Escapes a snippet and turns its match markers into bold, dropping markers that don't pair up.
pub(super) fn highlight(snippet: &str) -> String {
    let snippet = truncate(snippet, 300);
    let mut out = String::new();
    let mut bold = false;
    for c in snippet.chars() {
        match c {
            MATCH_START if !bold => {
                out.push_str("<b>");
                bold = true;
            }
            MATCH_END if bold => {
                out.push_str("</b>");
                bold = false;
            }
            MATCH_START | MATCH_END => {}
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    if bold {
        out.push_str("</b>");
    }
    out
}

pub fn search_usage() -> Reply {
    Reply::text("What should I look for? Send e.g. <code>/search Kramatorsk missile</code>.")
}
