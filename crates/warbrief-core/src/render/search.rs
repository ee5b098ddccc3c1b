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

pub fn search(lang: Lang, query: &str, results: &[SearchResult]) -> Reply {
    let shown_query = || Arg::text(&truncate(query.trim(), ECHO_CHARS));
    if results.is_empty() {
        return Reply::text(t_args(lang, "search-nothing-found", &[("query", shown_query())]));
    }
    let mut html = t_args(lang, "search-heading", &[("query", shown_query())]);
    let mut buttons = Vec::new();
    for result in results {
        let title = if result.title.is_empty() {
            String::new()
        } else {
            format!(": {}", escape(&truncate(&result.title, 120)))
        };
        html.push_str(&format!(
            "\n\n<b>{}</b>{title} · {}\n{}",
            t_args(lang, "search-result-day", &[("day", count(result.day.get()))]),
            short_date(lang, result.day.date()),
            highlight(&result.snippet)
        ));
        buttons.push(Button::new(
            t_args(lang, "search-button-read", &[("day", count(result.day.get()))]),
            Action::Day(result.day),
        ));
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

pub fn search_usage(lang: Lang) -> Reply {
    Reply::text(t(lang, "search-usage"))
}
