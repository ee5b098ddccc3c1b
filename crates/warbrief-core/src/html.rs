//! Telegram HTML: escaping text for it, and reading it back as plain text for the console.
//!
//! warbrief only ever produces `<b>`, `<i>`, `<u>`, `<s>`, `<code>`, `<pre>`, `<blockquote>` and `<a href>`,
//! and every piece of report or user text goes through [`escape`] first.

/// Telegram's limit on one message's text, in UTF-16 code units after entity parsing.
pub const MESSAGE_LIMIT: usize = 4096;

/// Telegram's limit on a photo or document caption.
pub const CAPTION_LIMIT: usize = 1024;

/// Telegram's limit on an inline button's callback data, in bytes.
pub const CALLBACK_DATA_LIMIT: usize = 64;

/// Escapes `&`, `<`, `>` and `"` so that `text` shows literally in HTML parse mode (also inside attributes).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Length as Telegram counts it: UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// `html` cut at a line boundary (each line is whole HTML) to at most `limit` UTF-16 units, "…" marking a cut.
pub fn fit_lines(html: String, limit: usize) -> String {
    if utf16_len(&html) <= limit {
        return html;
    }
    let mut out = String::new();
    for line in html.lines() {
        if utf16_len(&out) + utf16_len(line) + 3 > limit {
            out.push_str("\n…");
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// The first `max_chars` characters of `text`, with "…" if anything was cut. For echoing user input.
pub fn truncate(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() { format!("{head}…") } else { head }
}

/// Tags Telegram's HTML parse mode accepts (of those warbrief could ever produce or a test should allow).
const ALLOWED_TAGS: &[&str] =
    &["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "blockquote", "tg-spoiler"];

/// Checks that `html` is valid for Telegram's HTML parse mode and within the message limit: only supported
/// tags, properly nested and closed, `<a>` with an `href`, every `&` starting a known entity, no stray `<`
/// or `>`, and at most [`MESSAGE_LIMIT`] UTF-16 units of visible text. Returns what is wrong otherwise.
pub fn validate_telegram_html(html: &str, limit: usize) -> Result<(), String> {
    let mut open: Vec<String> = Vec::new();
    let mut visible = 0usize;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').ok_or("unclosed '<'")?;
                let tag = &rest[1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    let expected = open.pop().ok_or_else(|| format!("closing </{name}> without opening"))?;
                    if expected != name {
                        return Err(format!("</{name}> closes <{expected}>"));
                    }
                } else {
                    let name = tag.split_whitespace().next().unwrap_or("");
                    if !ALLOWED_TAGS.contains(&name) {
                        return Err(format!("unsupported tag <{name}>"));
                    }
                    let attributes = tag[name.len()..].trim();
                    match name {
                        "a" if !(attributes.starts_with("href=\"") && attributes.ends_with('"')) => {
                            return Err(format!("<a> without a quoted href: {tag}"));
                        }
                        "a" if attributes[6..attributes.len() - 1].contains(['"', '<', '>']) => {
                            return Err(format!("unescaped character in href: {tag}"));
                        }
                        "a" => {}
                        _ if !attributes.is_empty() => return Err(format!("unexpected attributes: {tag}")),
                        _ => {}
                    }
                    open.push(name.to_owned());
                }
                rest = &rest[end + 1..];
            }
            '>' => return Err("stray '>'".to_owned()),
            '&' => {
                let (decoded, consumed) = decode_entity(rest);
                if consumed == 1 {
                    return Err(format!("'&' that starts no entity: {}", truncate(rest, 12)));
                }
                visible += utf16_len(&decoded);
                rest = &rest[consumed..];
            }
            c => {
                visible += c.len_utf16();
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if let Some(name) = open.pop() {
        return Err(format!("<{name}> never closed"));
    }
    if visible > limit {
        return Err(format!("{visible} characters of text, over the limit of {limit}"));
    }
    Ok(())
}

/// Text styles the console can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    /// Bold, italics and underlined links with ANSI escape codes.
    Ansi,
}

/// Renders Telegram HTML as text for a terminal: tags dropped (or turned into ANSI styles), entities decoded,
/// link targets shown after the link text when they differ from it.
pub fn to_terminal_text(html: &str, style: Style) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut pending_href: Vec<Option<String>> = Vec::new();
    while let Some(start) = rest.find(['<', '&']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('&') {
            let (decoded, consumed) = decode_entity(rest);
            out.push_str(&decoded);
            rest = &rest[consumed..];
            continue;
        }
        let Some(end) = rest.find('>') else {
            out.push_str(rest);
            rest = "";
            break;
        };
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let closing = tag.starts_with('/');
        let name = tag.trim_start_matches('/').split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        match name.as_str() {
            "a" if !closing => {
                let href = tag.split_once("href=\"").and_then(|(_, v)| v.split_once('"')).map(|(v, _)| v);
                pending_href.push(href.map(|h| to_terminal_text(h, Style::Plain)));
                if style == Style::Ansi {
                    out.push_str("\x1b[4m");
                }
            }
            "a" => {
                if style == Style::Ansi {
                    out.push_str("\x1b[24m");
                }
                if let Some(Some(href)) = pending_href.pop()
                    && !out.ends_with(&href)
                {
                    out.push_str(&format!(" ({href})"));
                }
            }
            "b" | "strong" if style == Style::Ansi => out.push_str(if closing { "\x1b[22m" } else { "\x1b[1m" }),
            "i" | "em" if style == Style::Ansi => out.push_str(if closing { "\x1b[23m" } else { "\x1b[3m" }),
            "blockquote" if !closing => out.push_str("│ "),
            _ => {}
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the entity at the start of `text`; returns the text and the bytes consumed.
fn decode_entity(text: &str) -> (String, usize) {
    for (entity, decoded) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
        if text.starts_with(entity) {
            return (decoded.to_owned(), entity.len());
        }
    }
    if let Some(body) = text.strip_prefix("&#")
        && let Some(end) = body.find(';')
    {
        let number = &body[..end];
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse().ok(),
        };
        if let Some(c) = code.and_then(char::from_u32) {
            return (c.to_string(), 2 + end + 1);
        }
    }
    ("&".to_owned(), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_reads_back_identically() {
        let nasty = r#"<b>bold</b> & <script>alert("x")</script> 🇺🇦 &amp;"#;
        let escaped = escape(nasty);
        assert!(!escaped.contains('<') && !escaped.contains('>'));
        assert_eq!(to_terminal_text(&escaped, Style::Plain), nasty);
    }

    #[test]
    fn terminal_text_drops_tags_and_shows_links() {
        let html = "<b>Day 344</b>: <i>two</i> <a href=\"https://example.org/a?b=1&amp;c=2\">source</a>";
        assert_eq!(to_terminal_text(html, Style::Plain), "Day 344: two source (https://example.org/a?b=1&c=2)");
        assert!(to_terminal_text(html, Style::Ansi).contains("\x1b[1mDay 344\x1b[22m"));
    }

    #[test]
    fn the_validator_accepts_what_telegram_accepts_and_rejects_the_rest() {
        assert_eq!(validate_telegram_html("<b>a</b> &amp; <a href=\"https://x.org/?a=1&amp;b\">x</a>", 100), Ok(()));
        for bad in [
            "<b>a",
            "a</b>",
            "<b><i>a</b></i>",
            "<div>a</div>",
            "a & b",
            "a < b",
            "a > b",
            "<a>x</a>",
            "<b class=\"x\">a</b>",
        ] {
            assert!(validate_telegram_html(bad, 100).is_err(), "{bad}");
        }
        assert!(validate_telegram_html(&"x".repeat(11), 10).is_err());
        assert_eq!(validate_telegram_html(&"&amp;".repeat(10), 10), Ok(()), "entities count as one character");
    }

    #[test]
    fn truncate_marks_cuts_and_counts_characters_not_bytes() {
        assert_eq!(truncate("Харків", 3), "Хар…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(utf16_len("🇺🇦"), 4);
    }
}
