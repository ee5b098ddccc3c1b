//! Casualty words: "killed", "wounding", "death toll", and whether they speak of the dead or the wounded.

use super::tokens::Token;
use super::words::{ADVERBS, BE_VERBS, BODY_FOUND, PERSON_NOUNS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Harm {
    Killed,
    Wounded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// The count comes after: "killing three", "the death toll rose to 14".
    Ahead,
    /// The count comes before: "three were killed", "claimed 46 lives".
    Back,
    /// Active or passive: "shelling killed one" or "one was killed".
    Either,
}

pub(super) fn casualty_word(tokens: &[Token<'_>], i: usize) -> Option<(Harm, Direction)> {
    let word = tokens[i].lower.as_ref();
    let previous = i.checked_sub(1).map(|p| tokens[p].lower.as_ref());
    // "one of the wounded", "the dead included two children": people already counted, not a figure. "The
    // wounded woman was evacuated" is one person, though: counted again, she merges with the incident that
    // counted her first; unless she then died ("the injured man died in hospital": one death, no more hurt).
    if matches!(previous, Some("the" | "those")) && matches!(word, "wounded" | "injured" | "dead" | "killed" | "hurt") {
        let one_hurt = previous == Some("the")
            && matches!(word, "wounded" | "injured")
            && tokens.get(i + 1).is_some_and(|t| t.is_any(PERSON_NOUNS))
            && !tokens[i + 1..].iter().any(|t| t.is_any(&["died", "dies", "succumbed", "dead", "killed", "passed"]));
        if !one_hurt {
            return None;
        }
    }
    let found = match word {
        "killed" | "kills" | "kill" => (Harm::Killed, Direction::Either),
        "killing" => (Harm::Killed, Direction::Ahead),
        // "claimed the lives of seven people"
        // "fighting for the lives of four patients", "saved the lives of": not deaths.
        "lives" if i >= 2 && tokens[i - 2].is_any(&["for", "save", "saved", "saving", "saves"]) => return None,
        "lives" if previous == Some("the") && tokens.get(i + 1).is_some_and(|t| t.is("of")) => {
            (Harm::Killed, Direction::Ahead)
        }
        "away" if previous == Some("passed") => (Harm::Killed, Direction::Back),
        // "a 60-year-old man lost his life", "leading to one fatality"
        "life" if matches!(previous, Some("his" | "her")) && i >= 2 && tokens[i - 2].is("lost") => {
            (Harm::Killed, Direction::Back)
        }
        "fatality" => (Harm::Killed, Direction::Back),
        // "resulted in the death of one civilian"
        "death" if tokens.get(i + 1).is_some_and(|t| t.is("of")) => (Harm::Killed, Direction::Ahead),
        "succumbed" => (Harm::Killed, Direction::Back),
        // "The body of one resident was recovered", "three bodies were pulled from the rubble": found dead.
        // Not when the sentence gives the toll they bring it to ("three bodies were recovered, bringing the
        // toll to 10"): that toll is the figure.
        "body" | "bodies"
            if tokens[i + 1..].iter().any(|t| t.is_any(BODY_FOUND))
                && !tokens.iter().any(|t| t.is_any(&["toll", "bringing", "brings", "brought"])) =>
        {
            if tokens.get(i + 1).is_some_and(|t| t.is("of")) {
                (Harm::Killed, Direction::Ahead)
            } else if word == "bodies" {
                (Harm::Killed, Direction::Back)
            } else {
                return None;
            }
        }
        "dead" | "died" | "die" | "perished" | "deaths" | "fatalities" | "lives" => (Harm::Killed, Direction::Back),
        // "the number of those killed … increased to 33"
        "number"
            if tokens.get(i + 1).is_some_and(|t| t.is("of"))
                && tokens[i + 2..(i + 5).min(tokens.len())].iter().any(|t| {
                    t.is_any(&["killed", "dead", "deaths", "victims", "injured", "wounded", "casualties"])
                }) =>
        {
            let harm = if tokens[i + 2..(i + 5).min(tokens.len())]
                .iter()
                .any(|t| t.is_any(&["injured", "wounded", "victims", "casualties"]))
            {
                Harm::Wounded
            } else {
                Harm::Killed
            };
            (harm, Direction::Ahead)
        }
        "toll"
            if previous == Some("death")
                || (i >= 2 && tokens[i - 2].is_any(&["corrected", "revised", "lowered", "raised", "updated"]))
                || tokens.get(i + 1).is_some_and(|t| {
                    t.is_any(&["rose", "rises", "risen", "climbed", "climbs", "reached", "reaches"])
                }) =>
        {
            (Harm::Killed, Direction::Ahead)
        }
        // "The man was fatally wounded by the explosive"
        "wounded" | "injured" if matches!(previous, Some("fatally" | "mortally" | "lethally")) => {
            (Harm::Killed, Direction::Either)
        }
        "wounded" | "injured" | "hurt" => (Harm::Wounded, Direction::Either),
        "wounding" | "injuring" | "injures" => (Harm::Wounded, Direction::Ahead),
        "wounds" | "injuries" | "hospitalised" | "hospitalized" if previous != Some("of") => {
            (Harm::Wounded, Direction::Back)
        }
        // "21 victims sought medical help": in these reports, victims are the people hurt (the dead are
        // subtracted when the sentence names them: "23 victims, including one dead").
        "victims" | "casualties"
            if previous != Some("of") && !(i >= 2 && tokens[i - 2].is("among")) && previous != Some("among") =>
        {
            (Harm::Wounded, Direction::Back)
        }
        // "a 64-year-old man with a penetrating injury"
        "injury" if !matches!(previous, Some("of" | "no" | "explosive")) => (Harm::Wounded, Direction::Back),
        // "22 people sought medical help", "turned to doctors"
        "medical" if previous.is_some_and(|p| ["sought", "seek", "needed", "received", "receiving"].contains(&p)) => {
            (Harm::Wounded, Direction::Back)
        }
        "doctors" if previous == Some("to") && i >= 2 && tokens[i - 2].is("turned") => (Harm::Wounded, Direction::Back),
        // "Four people were taken to hospital"
        "hospital"
            if previous == Some("to")
                && i >= 2
                && tokens[i - 2].is_any(&["taken", "rushed", "brought", "admitted"]) =>
        {
            (Harm::Wounded, Direction::Back)
        }
        _ => return None,
    };
    Some(found)
}

pub(super) fn is_passive(tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        let Some(p) = j.checked_sub(1) else { return false };
        if tokens[p].is_any(BE_VERBS) {
            return true;
        }
        if !tokens[p].is_any(ADVERBS) {
            return false;
        }
        j = p;
    }
    false
}
