//! Tokens and sentences: a paragraph split into sentences, a sentence into words, numbers and punctuation.

use crate::letters;

use super::ukrainian;
use super::words::ABBREVIATIONS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Number(u32),
    Punct(char),
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) text: &'a str,
    /// Lowercased; borrowed when the text already is.
    pub(super) lower: std::borrow::Cow<'a, str>,
    pub(super) kind: Kind,
}

impl Token<'_> {
    /// Compares length and first byte before the bytes: most comparisons here fail, and a call to `memcmp`
    /// for every word of every list was a tenth of the extractor's time.
    pub(super) fn is(&self, word: &str) -> bool {
        let (own, other) = (self.lower.as_bytes(), word.as_bytes());
        own.len() == other.len() && own.first() == other.first() && own == other
    }

    pub(super) fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.is(word))
    }

    pub(super) fn capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(letters::is_uppercase)
    }
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut position = 0;
    while let Some(c) = text[position..].chars().next() {
        let start = position;
        position += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !letters::is_alphanumeric(c) {
            let punct = &text[start..position];
            tokens.push(Token { text: punct, lower: std::borrow::Cow::Borrowed(punct), kind: Kind::Punct(c) });
            continue;
        }
        let mut previous = c;
        // The character at a byte offset, without decoding the rest: most text is ASCII.
        let char_at = |offset: usize| match text.as_bytes().get(offset) {
            Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
            Some(_) => text[offset..].chars().next(),
            None => None,
        };
        while let Some(d) = char_at(position) {
            let width = d.len_utf8();
            // Hyphens and apostrophes join words ("Novhorod-Siverskyi", "Kharkiv's"); commas and dots join only
            // digit groups ("1,200", "1.5"). The character after is looked at only for those.
            let part_of_word = letters::is_alphanumeric(d)
                || (matches!(d, '-' | '\'' | '’') && char_at(position + width).is_some_and(letters::is_alphanumeric))
                || (matches!(d, ',' | '.')
                    && previous.is_ascii_digit()
                    && char_at(position + width).is_some_and(|n| n.is_ascii_digit()));
            if !part_of_word {
                break;
            }
            position += width;
            previous = d;
        }
        let word = &text[start..position];
        let kind = parse_numeral(word).map_or(Kind::Word, Kind::Number);
        // Most words are ASCII: lowercase them without Unicode tables.
        let lower = if word.is_ascii() {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                std::borrow::Cow::Owned(word.to_ascii_lowercase())
            } else {
                std::borrow::Cow::Borrowed(word)
            }
        } else if word.chars().any(letters::is_uppercase) {
            std::borrow::Cow::Owned(letters::lowercase(word))
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        tokens.push(Token { text: word, lower, kind });
    }
    tokens
}

/// "20", "1,200" → the number; decimals and anything with letters → none.
pub(super) fn parse_numeral(word: &str) -> Option<u32> {
    if !word.bytes().all(|b| b.is_ascii_digit() || b == b',') || word.starts_with(',') {
        return None;
    }
    word.replace(',', "").parse().ok()
}

/// Splits a paragraph into sentences at `.`, `!` or `?` followed by a space and a capital, digit or quote.
pub(super) fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(offset, c)) in bytes.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let Some(&(_, after)) = bytes.get(k + 1) else { continue };
        if !after.is_whitespace() {
            continue;
        }
        let next = bytes[k + 1..].iter().map(|(_, c)| *c).find(|c| !c.is_whitespace());
        if !next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '«' | '‘')) {
            continue;
        }
        let word_start = text[..offset].rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
        let word = text[word_start..offset].to_lowercase();
        // An initial ("J. Smith") does not end a sentence; a single digit ("on March 2. One of …") does.
        let initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        if c == '.'
            && (ABBREVIATIONS.contains(&word.as_str()) || ukrainian::ABBREVIATIONS.contains(&word.as_str()) || initial)
        {
            continue;
        }
        let end = offset + c.len_utf8();
        sentences.push(text[start..end].trim());
        start = end;
    }
    if !text[start..].trim().is_empty() {
        sentences.push(text[start..].trim());
    }
    sentences
}
