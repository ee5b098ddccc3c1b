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

pub fn sanctions(view: &SanctionsView<'_>) -> Reply {
    let scope = view.authority.map_or_else(|| "all authorities".to_owned(), |a| a.to_string());
    let mut pieces = vec![format!("<b>Sanctions timeline</b> · {scope} · page {}", view.page + 1)];
    if view.entries.is_empty() {
        pieces.push(if view.page == 0 {
            "No sanctions entries are recorded yet.".to_owned()
        } else {
            "No more entries.".to_owned()
        });
    }
    for entry in view.entries {
        let mut item = format!(
            "<b>{}</b> · {} · {} ({})\n{}",
            short_date(entry.date),
            entry.authority,
            escape(&entry.title),
            entry.status,
            escape(&entry.summary)
        );
        if let Some(url) = &entry.source_url {
            item.push_str(&format!(" <a href=\"{}\">source</a>", escape(url.as_str())));
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
        navigation.push(Button::new("◀ Newer", Action::Sanctions { authority: view.authority, page: view.page - 1 }));
    }
    if view.has_next_page {
        navigation.push(Button::new("Older ▶", Action::Sanctions { authority: view.authority, page: view.page + 1 }));
    }
    let buttons = if navigation.is_empty() { Vec::new() } else { vec![navigation] };
    Reply::text(html).with_buttons(buttons)
}

pub fn sanctions_usage(input: &str) -> Reply {
    let known: Vec<&str> = Authority::ALL.iter().map(|a| a.as_str()).collect();
    Reply::text(format!(
        "I don't know the authority \"{}\". Send /sanctions alone, or with one of: {}.",
        escape(&truncate(input.trim(), ECHO_CHARS)),
        known.join(", ")
    ))
}
