//! /sanctions: the timeline, page by page.

use super::*;

/// One page of the sanctions timeline, newest first.
pub struct SanctionsView<'a> {
    pub authority: Option<Authority>,
    pub page: u32,
    pub entries: &'a [SanctionsEntry],
    pub has_next_page: bool,
}

pub const SANCTIONS_PAGE_SIZE: u32 = 10;

pub fn sanctions(lang: Lang, view: &SanctionsView<'_>) -> Reply {
    let authority = |a: Authority| t_args(lang, "sanctions-authority", &[("authority", Arg::plain(a.to_string()))]);
    let scope = view.authority.map_or_else(|| t(lang, "sanctions-all-authorities"), authority);
    let mut pieces =
        vec![t_args(lang, "sanctions-heading", &[("scope", Arg::text(&scope)), ("page", count(view.page + 1))])];
    if view.entries.is_empty() {
        pieces.push(if view.page == 0 { t(lang, "sanctions-none-yet") } else { t(lang, "sanctions-no-more") });
    }
    for entry in view.entries {
        let mut item = format!(
            "<b>{}</b> · {} · {} ({})\n{}",
            short_date(lang, entry.date),
            escape(&authority(entry.authority)),
            escape(&entry.title),
            t_args(lang, "sanctions-status", &[("status", Arg::plain(entry.status.as_str()))]),
            escape(&entry.summary)
        );
        if let Some(url) = &entry.source_url {
            item.push_str(&format!(" <a href=\"{}\">{}</a>", escape(url.as_str()), t(lang, "sanctions-source")));
        }
        pieces.push(item);
    }
    let mut html = pieces.join("\n\n");
    if utf16_len(&html) > MESSAGE_LIMIT {
        // Ten two-line summaries fit easily; this only guards against unusually long hand-made entries.
        html = pack(pieces.into_iter().map(Piece::Html).collect()).swap_remove(0);
    }
    let mut navigation = Vec::new();
    if view.page > 0 {
        navigation.push(Button::new(
            t(lang, "sanctions-button-newer"),
            Action::Sanctions { authority: view.authority, page: view.page - 1 },
        ));
    }
    if view.has_next_page {
        navigation.push(Button::new(
            t(lang, "sanctions-button-older"),
            Action::Sanctions { authority: view.authority, page: view.page + 1 },
        ));
    }
    let buttons = if navigation.is_empty() { Vec::new() } else { vec![navigation] };
    Reply::text(html).with_buttons(buttons)
}

pub fn sanctions_usage(lang: Lang, input: &str) -> Reply {
    let known: Vec<&str> = Authority::ALL.iter().map(|a| a.as_str()).collect();
    Reply::text(t_args(
        lang,
        "sanctions-usage",
        &[("input", Arg::text(&truncate(input.trim(), ECHO_CHARS))), ("known", Arg::text(&known.join(", ")))],
    ))
}
