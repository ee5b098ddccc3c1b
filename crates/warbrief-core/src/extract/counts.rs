//! Counts: the number a phrase gives ("20", "twelve", "an elderly woman"), and the numbers that are never
//! counts of people (years, ages, times, things).

use super::mentions::is_person_word;
use super::tokens::{Kind, Token};
use super::words::{DETERMINERS, MONTHS, NOT_PEOPLE, NUMBER_WORDS, PERSON_NOUNS};

pub(super) fn number_word(word: &str) -> Option<u32> {
    let mut total = 0;
    for part in word.split('-') {
        total += NUMBER_WORDS.iter().find(|(name, _)| *name == part)?.1;
    }
    Some(total)
}

pub(super) fn month_number(word: &str) -> Option<u32> {
    // Month names are 3 to 9 letters and start with one of these; most words fail here.
    if !(3..=9).contains(&word.len()) || !word.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']) {
        return None;
    }
    let index = MONTHS.iter().position(|m| *m == word)?;
    Some(if index < 12 { index as u32 + 1 } else { [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][index - 12] })
}

/// The number a single token states, if any.
pub(super) fn count_at_value(token: &Token<'_>) -> Option<u32> {
    match token.kind {
        Kind::Number(n) => Some(n),
        Kind::Word => number_word(&token.lower),
        Kind::Punct(_) => None,
    }
}

/// A number that is a year ("in 2002", "born in 1957"), an age ("aged 40 and 73", "a man, 65"), or part of a
/// time ("at 07:30"): never a count of people, whatever casualty word is near.
pub(super) fn is_year_age_or_time(tokens: &[Token<'_>], i: usize) -> bool {
    let token = &tokens[i];
    // Four plain digits in the range of years: casualty counts that large are written "1,933".
    if let Kind::Number(n) = token.kind
        && (1900..=2100).contains(&n)
        && token.text.len() == 4
    {
        return true;
    }
    let before = |k: usize| i.checked_sub(k).map(|p| &tokens[p]);
    let after = |k: usize| tokens.get(i + k);
    // "born in 1935", "born 1999"
    if before(1).is_some_and(|t| t.is("born"))
        || (before(1).is_some_and(|t| t.is("in")) && before(2).is_some_and(|t| t.is("born")))
    {
        return true;
    }
    // "07:30", "5:02 AM": digits on both sides of a colon with no space ("October 6: five died" is no time).
    let is_number = |t: Option<&Token<'_>>| t.is_some_and(|t| matches!(t.kind, Kind::Number(_)));
    let touching = |a: &Token<'_>, b: &Token<'_>| a.text.as_ptr() as usize + a.text.len() == b.text.as_ptr() as usize;
    if matches!(token.kind, Kind::Number(_))
        && ((after(1).is_some_and(|colon| colon.kind == Kind::Punct(':') && touching(token, colon))
            && is_number(after(2))
            && touching(&tokens[i + 1], &tokens[i + 2]))
            || (before(1).is_some_and(|colon| colon.kind == Kind::Punct(':') && touching(colon, token))
                && is_number(before(2))
                && touching(&tokens[i - 2], &tokens[i - 1])))
    {
        return true;
    }
    // "aged 40 and 73", "aged 29, 41 and 60", "ages 5 to 12"
    let mut k = 1;
    while let Some(previous) = before(k) {
        if previous.is_any(&["aged", "ages", "age"]) {
            return true;
        }
        let in_list = matches!(previous.kind, Kind::Number(_) | Kind::Punct(','))
            || previous.is_any(&["and", "to", "between", "of"]);
        if !in_list || k >= 6 {
            break;
        }
        k += 1;
    }
    false
}

/// What a count phrase starting at a token means.
pub(super) enum CountAt {
    /// A count of people; `end` is the last token of the phrase.
    People {
        value: u32,
        end: usize,
    },
    /// A number that counts something else (soldiers, buildings, a date): the mention is not a casualty.
    Other,
    /// A subgroup ("two of them"), to be skipped while looking for the whole.
    Subgroup,
    /// Part of a date ("August 9"): skipped.
    Date,
    None,
}

pub(super) fn count_at(tokens: &[Token<'_>], i: usize) -> CountAt {
    let token = &tokens[i];
    let value = match token.kind {
        Kind::Number(n) => Some(n),
        Kind::Word => number_word(&token.lower),
        Kind::Punct(_) => None,
    };
    if token.is_any(&["nobody", "none"]) {
        return CountAt::People { value: 0, end: i };
    }
    if let Some(value) = value {
        // "no one was hurt"
        if token.is("one") && i > 0 && tokens[i - 1].is_any(&["no", "not"]) {
            return CountAt::People { value: 0, end: i };
        }
        // "a woman, 74, injured": an age after a person, not a count.
        // "Denys Kolesnikov, 25, who worked …": an age after a name, too; "Yaryna, 21 — were found dead".
        if i >= 2
            && tokens[i - 1].kind == Kind::Punct(',')
            && (tokens[i - 2].is_any(PERSON_NOUNS) || tokens[i - 2].capitalized())
            && tokens.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '—' | '–' | ')')))
        {
            return CountAt::Date;
        }
        // "two dozen": 24
        if tokens.get(i + 1).is_some_and(|t| t.is("dozen")) {
            return CountAt::People { value: value * 12, end: i + 1 };
        }
        if i > 0 && (month_number(&tokens[i - 1].lower).is_some() || tokens[i - 1].text == "#") {
            return CountAt::Date;
        }
        if is_year_age_or_time(tokens, i) {
            return CountAt::Date;
        }
        let next = tokens.get(i + 1);
        if next.is_some_and(|n| month_number(&n.lower).is_some()) {
            return CountAt::Date;
        }
        if next.is_some_and(|n| n.is_any(&["of", "among"]))
            && tokens.get(i + 2).is_some_and(|n| n.is_any(&["them", "whom", "those"]))
        {
            return CountAt::Subgroup;
        }
        // "treating 5 of the Kryvyi Rih wounded": some of people already counted.
        if next.is_some_and(|n| n.is("of"))
            && tokens.get(i + 2).is_some_and(|n| n.is("the"))
            && tokens[(i + 3).min(tokens.len())..(i + 7).min(tokens.len())]
                .iter()
                .any(|t| t.is_any(&["wounded", "injured", "dead", "killed", "victims", "casualties"]))
            // "one of the wounded later died" is a figure of its own, moved from the wounded to the dead.
            && !tokens[i..(i + 10).min(tokens.len())].iter().any(|t| t.is_any(&["died", "passed", "succumbed"]))
        {
            return CountAt::Subgroup;
        }
        // The noun counted: skip adjectives such as "Russian", "more", "other".
        let counted = tokens[i + 1..(i + 4).min(tokens.len())]
            .iter()
            .find(|t| !t.is_any(&["more", "other", "russian", "ukrainian", "additional", "further", "of", "the"]));
        if counted.is_some_and(|t| t.is_any(NOT_PEOPLE) || t.lower.ends_with("-year-old") && token.is("one")) {
            return CountAt::Other;
        }
        return CountAt::People { value, end: i };
    }
    // "Women aged 52, 55 and 61": as many people as ages.
    if is_person_word(token) && tokens.get(i + 1).is_some_and(|t| t.is("aged")) {
        let mut ages = 0;
        let mut end = i + 1;
        while let Some(next) = tokens.get(end + 1) {
            match next.kind {
                Kind::Number(_) => ages += 1,
                Kind::Punct(',') => {}
                _ if next.is("and") && tokens.get(end + 2).is_some_and(|t| matches!(t.kind, Kind::Number(_))) => {}
                _ => break,
            }
            end += 1;
        }
        if ages >= 2 {
            return CountAt::People { value: ages, end };
        }
    }
    // "twin brothers", "twins"
    if token.is("twins") || (token.is("twin") && tokens.get(i + 1).is_some_and(is_person_word)) {
        return CountAt::People { value: 2, end: if token.is("twin") { i + 1 } else { i } };
    }
    // "married couple", "kills woman": a person named without article, in headline style.
    // "civilian casualties", "resident deaths": the noun describes another noun and counts nobody.
    let describes = tokens.get(i + 1).is_some_and(|t| {
        t.is_any(&[
            "casualties",
            "deaths",
            "victims",
            "fatalities",
            "injuries",
            "infrastructure",
            "population",
            "facility",
            "facilities",
            "objects",
            "buildings",
            "areas",
            "targets",
            "vehicle",
            "vehicles",
            "car",
            "cars",
            "bus",
            "houses",
            "homes",
            "enterprise",
            "deaths",
            "toll",
            "losses",
        ])
    });
    if (token.is_any(PERSON_NOUNS) || token.is("couple")) && !describes {
        let after_count = i > 0 && count_at_value(&tokens[i - 1]).is_some();
        // "a married couple" is counted from its article; "kills married couple", headline style, from here.
        let described = |k: usize| tokens[k].is_any(&["married", "elderly", "young"]);
        let after_determiner = i > 0
            && (tokens[i - 1].is_any(DETERMINERS)
                || (described(i - 1)
                    && i >= 2
                    && (tokens[i - 2].is_any(DETERMINERS) || count_at_value(&tokens[i - 2]).is_some())));
        if !after_count && !after_determiner {
            return CountAt::People { value: if token.is("couple") { 2 } else { 1 }, end: i };
        }
    }
    // "a man", "an elderly woman", "a 16-year-old boy", "the driver", "one more"
    if token.is_any(DETERMINERS) {
        for (offset, next) in tokens[i + 1..].iter().take(3).enumerate() {
            if next.is("couple") {
                return CountAt::People { value: 2, end: i + offset + 1 };
            }
            let singular = next.is_any(PERSON_NOUNS) || next.lower.ends_with("-year-old");
            if singular && !tokens.get(i + offset + 2).is_some_and(|t| t.is_any(PERSON_NOUNS)) {
                let end = i + offset + 1;
                // "a boy and his mother", "a woman and her two daughters": counted together.
                if tokens.get(end + 1).is_some_and(|t| t.is("and"))
                    && tokens.get(end + 2).is_some_and(|t| t.is_any(DETERMINERS))
                {
                    let second = match count_at(tokens, end + 2) {
                        CountAt::People { value, end } => Some((value, end)),
                        _ if tokens.get(end + 2).is_some_and(|t| t.is_any(&["his", "her", "their"])) => {
                            match tokens.get(end + 3).map(|_| count_at(tokens, end + 3)) {
                                Some(CountAt::People { value, end }) => Some((value, end)),
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some((value, pair_end)) = second {
                        return CountAt::People { value: 1 + value, end: pair_end };
                    }
                }
                return CountAt::People { value: 1, end };
            }
            if next.is_any(PERSON_NOUNS) {
                continue;
            }
            if next.kind != Kind::Word || next.is_any(&["of", "and", "in", "was", "were"]) {
                break;
            }
        }
    }
    CountAt::None
}
