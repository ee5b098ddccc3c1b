//! Phrases that change what a sentence's figures are: country-wide totals, figures since the start of the war,
//! over a period, updates of an earlier toll; tested against a sentence through its words' summaries.

use super::counts::month_number;
use super::tokens::{Kind, Token};
use super::words::SINCE_START;

/// Figures over a period rather than one attack: "since the summer", "every day", "in July".
pub(super) fn is_aggregate(words: &Words<'_, '_>) -> bool {
    let tokens = words.tokens;
    // "Since the beginning of the day, 15 people have been hurt": one day's summary, as a daily report's.
    if words.has(&[
        &["since", "the", "beginning", "of", "the", "day"],
        &["since", "the", "start", "of", "the", "day"],
        &["since", "the", "beginning", "of", "this", "day"],
        &["since", "the", "start", "of", "this", "day"],
        &["since", "morning"],
        &["since", "the", "morning"],
        &["since", "midnight"],
        &["since", "dawn"],
    ]) {
        return false;
    }
    const PERIOD_START: &[&str] =
        &["the", "last", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter"];
    let since_period = tokens.windows(2).any(|w| {
        w[0].is("since")
            && (w[1].is_any(PERIOD_START)
                || month_number(&w[1].lower).is_some()
                || matches!(w[1].kind, Kind::Number(_)))
    });
    // "as of May 24", "as of June 1": a running total; "as of 06:00 … rose to" is an update, read as one.
    let as_of_date = tokens.windows(3).any(|w| {
        w[0].is("as") && w[1].is("of") && (month_number(&w[2].lower).is_some() || w[2].lower.starts_with("20"))
    });
    // "In July, 200 civilians were killed": a month without a day is a period.
    let month_period = tokens.iter().enumerate().any(|(i, t)| {
        t.capitalized()
            && month_number(&t.lower).is_some()
            && t.lower.len() > 3
            && i > 0
            && tokens[i - 1].is_any(&["in", "during", "throughout", "for"])
            && !tokens.get(i + 1).is_some_and(|n| matches!(n.kind, Kind::Number(1..=31)))
    });
    // "A strike in March on a theatre killed an estimated 600": one event, dated to its month.
    // "such as one in March on a theatre", "another in April on a station": one attack each, named by pronoun.
    // A month's total counts with plural attacks or none ("In July, attacks killed 200 civilians"); a strike,
    // a missile that hit, is one event dated to its month.
    let one_event = month_period
        && (tokens.windows(2).any(|w| {
            (w[0].is_any(&["one", "another"]) && w[1].is_any(&["in", "on"])) || (w[0].is("the") && w[1].is("other"))
        }) || tokens.iter().any(|t| {
            t.is_any(&["strike", "attack", "explosion", "blast", "airstrike", "missile", "bomb", "hit", "struck"])
        }));
    let month_period = month_period && !one_event;
    since_period
        || as_of_date
        || month_period
        || words.has(SINCE_START)
        || words.has(&[&["every", "day"], &["per", "day"], &["daily"], &["each", "day"]])
        // "ten a day", not "a day of mourning" or "a day earlier"
        || tokens.windows(3).any(|w| {
            w[0].is("a") && w[1].is("day") && !w[2].is_any(&["of", "after", "before", "earlier", "later", "ago", "when"])
        })
        || tokens.last().is_some_and(|t| t.is("day")) && tokens.len() >= 2 && tokens[tokens.len() - 2].is("a")
}

/// A sentence's tokens with 128-bit summaries of its words and of its pairs of words, made once: the phrase
/// lists are tested against every sentence several times, and the summaries rule most phrases out without
/// comparing strings ("in Ukraine" needs "in", which nearly every sentence has, followed by "Ukraine").
pub(super) struct Words<'s, 't> {
    pub(super) tokens: &'s [Token<'t>],
    pub(super) words: u128,
    pub(super) pairs: u128,
}

impl<'s, 't> Words<'s, 't> {
    pub(super) fn new(tokens: &'s [Token<'t>]) -> Self {
        let (mut words, mut pairs, mut previous) = (0, 0, None);
        for token in tokens {
            let hash = word_hash(token.lower.as_bytes());
            words |= 1 << (hash % 128);
            if let Some(previous) = previous {
                pairs |= pair_bit(previous, hash);
            }
            previous = Some(hash);
        }
        Words { tokens, words, pairs }
    }

    /// Summaries that rule every phrase out, for a sentence no phrase test may ask about.
    pub(super) fn none(tokens: &'s [Token<'t>]) -> Self {
        Words { tokens, words: 0, pairs: 0 }
    }

    pub(super) fn has(&self, phrases: &[&[&str]]) -> bool {
        phrases.iter().any(|phrase| {
            let first = word_hash(phrase[0].as_bytes());
            let possible = match phrase.get(1) {
                Some(second) => self.pairs & pair_bit(first, word_hash(second.as_bytes())) != 0,
                None => self.words & (1 << (first % 128)) != 0,
            };
            possible
                && self
                    .tokens
                    .windows(phrase.len())
                    .any(|window| window.iter().zip(phrase.iter()).all(|(t, p)| t.is(p)))
        })
    }
}

/// One of 128 bits for two words in a row.
pub(super) fn pair_bit(first: u32, second: u32) -> u128 {
    1 << (first.wrapping_mul(31).wrapping_add(second).wrapping_mul(0x9e37_79b9) >> 25)
}

/// A word's hash from its length and first, second and last bytes: enough to tell the phrase words apart.
pub(super) fn word_hash(word: &[u8]) -> u32 {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else { return 0 };
    let second = word.get(1).copied().unwrap_or(0);
    (word.len() as u32 ^ u32::from(first) << 8 ^ u32::from(second) << 16 ^ u32::from(last) << 24)
        .wrapping_mul(0x85eb_ca6b)
        >> 7
}

pub(super) fn is_update(words: &Words<'_, '_>) -> bool {
    words.has(&[
        &["death", "toll"],
        &["rose", "to"],
        &["risen", "to"],
        &["climbed", "to"],
        &["increased", "to"],
        &["has", "reached"],
        &["toll", "reached"],
        &["toll", "rises"],
        &["update"],
        &["final", "figures"],
        &["corrected"],
        &["revised"],
        &["updated"],
    ])
}
