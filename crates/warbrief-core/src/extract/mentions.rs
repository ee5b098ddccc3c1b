//! Mentions: the casualty figures of a sentence, each a casualty word with the count it governs.

use std::sync::LazyLock;

use crate::{Count, gazetteer};

use super::casualties::{Direction, Harm, casualty_word, is_passive};
use super::counts::{CountAt, count_at, count_at_value, month_number};
use super::dates::is_weekday;
use super::places::PlaceMention;
use super::tokens::{Kind, Token};
use super::words::{ADVERBS, DETERMINERS, PERSON_NOUNS};

/// "It initially reported seven killed but later corrected the toll to six", "He had previously reported two
/// dead": figures the text itself says are out of date are dropped, up to the "but" or "later" that
/// corrects them (or the whole sentence, when nothing does).
pub(super) fn drop_superseded(tokens: &[Token<'_>], mentions: &mut Vec<Mention>) {
    let Some(cue) = tokens.iter().position(|t| t.is_any(&["initially", "previously", "originally", "earlier"])) else {
        return;
    };
    // "earlier" only counts as a cue next to a verb of saying: "an attack earlier this month" is a time.
    if tokens[cue].is("earlier")
        && !tokens[cue.saturating_sub(2)..(cue + 3).min(tokens.len())]
            .iter()
            .any(|t| t.is_any(&["reported", "said", "stated", "announced"]))
    {
        return;
    }
    let until = tokens[cue..]
        .iter()
        .position(|t| t.is_any(&["but", "later", "now", "however"]) || t.kind == Kind::Punct(';'))
        .map_or(tokens.len(), |offset| cue + offset);
    mentions.retain(|m| m.span.1 < cue.saturating_sub(6) || m.span.0 >= until);
}

/// "15 people have been injured: five were killed and ten others were injured": the first figure counts
/// everyone hurt, and the two after it divide them.
pub(super) fn drop_sum_of_what_follows(mentions: &mut Vec<Mention>) {
    let divided = |first: &Mention| {
        first.harm == Harm::Wounded
            && mentions.iter().any(|killed| {
                killed.harm == Harm::Killed
                    && killed.span.0 > first.span.1
                    && mentions.iter().any(|hurt| {
                        hurt.harm == Harm::Wounded
                            && hurt.span.0 > first.span.1
                            && killed.count.value + hurt.count.value == first.count.value
                    })
            })
    };
    if let Some(whole) = mentions.iter().position(divided) {
        mentions.remove(whole);
    }
}

/// "A rescuer helps an injured woman after shelling in Kyiv, Ukraine, 10 October 2022.": a photo's caption
/// (a picture described in the present tense, dated to the year) shows a scene, it does not count anyone.
pub(super) fn is_photo_caption(tokens: &[Token<'_>]) -> bool {
    const SCENE_VERBS: &[&str] = &[
        "helps", "help", "walks", "walk", "stands", "stand", "looks", "look", "works", "carries", "carry", "removes",
        "sits", "sit", "pictured", "gather", "gathers", "clears", "inspects", "inspect", "mourns", "mourn", "hugs",
        "rests", "cries", "seen",
    ];
    let dated_to_the_year =
        tokens.windows(3).any(|w| {
            let year = |t: &Token<'_>| matches!(t.kind, Kind::Number(2014..=2030)) && t.text.len() == 4;
            let day = |t: &Token<'_>| matches!(t.kind, Kind::Number(1..=31));
            let month = |t: &Token<'_>| t.capitalized() && month_number(&t.lower).is_some();
            (day(&w[0]) && month(&w[1]) && year(&w[2])) || (month(&w[0]) && day(&w[1]))
        }) && tokens.iter().any(|t| matches!(t.kind, Kind::Number(2014..=2030)) && t.text.len() == 4);
    dated_to_the_year && tokens.iter().any(|t| t.is_any(SCENE_VERBS))
}

/// One casualty figure in a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mention {
    pub(super) harm: Harm,
    pub(super) count: Count,
    /// First and last token of the word and its count.
    pub(super) span: (usize, usize),
    /// The token where the count starts.
    pub(super) at: usize,
    /// "another 57-year-old man", "a further 117 people": people on top of those already counted.
    pub(super) additional: bool,
    /// People described rather than numbered ("a 65-year-old man"): one attack's, never a running total.
    pub(super) described: bool,
    /// The dead were told as hurt first ("the man injured in Nikopol had died"): they are among the wounded
    /// already counted.
    pub(super) were_hurt: bool,
}

pub(super) fn find_mentions(tokens: &[Token<'_>]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for i in 0..tokens.len() {
        let Some((harm, direction)) = casualty_word(tokens, i) else { continue };
        let found = match direction {
            // "the death toll from the strikes on Kyiv had risen to seven"
            Direction::Ahead if tokens[i].is_any(&["toll", "number"]) => toll_figure(tokens, i),
            Direction::Ahead => look_ahead(tokens, i, 8),
            // "Two residents of Myropillia, Sumy region, lost their lives"
            // "The other fatalities were one each in Lutsk and …": the count after the verb when none stands before.
            Direction::Back => match look_back(tokens, i, 12) {
                Found::Nothing if tokens.get(i + 1).is_some_and(|t| t.is_any(&["were", "was"])) => {
                    look_ahead(tokens, i + 1, 3)
                }
                // "Later died in hospital a 71-year-old man" (a gloss keeps Ukrainian's order): the verb opens its
                // clause, the person after it.
                Found::Nothing
                    if tokens[i].is("died")
                        && i.checked_sub(1).is_none_or(|p| {
                            matches!(tokens[p].kind, Kind::Punct(_))
                                || tokens[p].is_any(&["later", "also", "then", "yesterday", "today", "overnight"])
                        }) =>
                {
                    look_ahead(tokens, i, 6)
                }
                found => found,
            },
            // "A 47-year-old worker in the village of Pervomaiske, Kherson region, was killed": a person described
            // may stand further back than a figure would.
            Direction::Either if is_passive(tokens, i) => match look_back(tokens, i, 9) {
                // Not through "who": "An employee, who was seriously injured, died" is the dead man, not one
                // more hurt.
                Found::Nothing => match look_back(tokens, i, 16) {
                    found @ Found::Count { at, .. }
                        if count_at_value(&tokens[at]).is_none() && !tokens[at..i].iter().any(|t| t.is("who")) =>
                    {
                        found
                    }
                    _ => named_person_before(tokens, i),
                },
                found => found,
            },
            // "with at least 75 people wounded and 30 others still missing": a count of people right before
            // the word is its figure.
            Direction::Either
                if i >= 2 && is_person_word(&tokens[i - 1]) && count_at_value(&tokens[i - 2]).is_some() =>
            {
                match look_back(tokens, i, 2) {
                    Found::Nothing => look_ahead(tokens, i, 6),
                    found => found,
                }
            }
            // "Ochakiv: a woman, 74, injured": far enough back to reach the article over an age.
            Direction::Either => match look_ahead(tokens, i, 6) {
                Found::Nothing => look_back(tokens, i, 6),
                found => found,
            },
        };
        if let Found::Count { value, at, at_least } = found
            && value > 0
        {
            // The phrase may start before the count: "another 57-year-old man".
            let mut start = at;
            while start > 0 && (is_age_word(&tokens[start - 1]) || is_person_word(&tokens[start])) && start + 3 > at {
                start -= 1;
            }
            // "A 15-year-old boy also suffered shrapnel wounds": someone besides those already counted.
            let also = tokens[at.min(i)..=at.max(i)].iter().any(|t| t.is("also"))
                || i.checked_sub(1).is_some_and(|p| tokens[p].is("also"));
            let additional = also
                || (start..=at).any(|k| tokens[k].is("another"))
                || start.checked_sub(1).is_some_and(|p| tokens[p].is_any(&["another", "additional", "further"]));
            // "An employee, who was seriously injured, died in hospital": the one hurt is the one who died.
            // "the 46-year-old man injured in Nikopol had died": the participle names the one who died.
            let participle = i > 0 && is_person_word(&tokens[i - 1]);
            let died_after = at < i
                && (participle || tokens[at..i].iter().any(|t| t.is("who")))
                && tokens[i + 1..(i + 6).min(tokens.len())].iter().any(|t| t.is_any(&["died", "succumbed", "passed"]));
            let were_hurt = harm == Harm::Wounded && died_after;
            let harm = if were_hurt { Harm::Killed } else { harm };
            mentions.push(Mention {
                harm,
                count: Count { value, at_least },
                span: (at.min(i), at.max(i)),
                at,
                additional,
                described: count_at_value(&tokens[at]).is_none(),
                were_hurt,
            });
        }
    }
    // "23 victims, including one dead": the victims count everyone hurt, the dead among them.
    let victims =
        mentions.iter().position(|m| tokens[m.span.0..=m.span.1].iter().any(|t| t.is_any(&["victims", "casualties"])));
    if let Some(v) = victims
        && let Some(killed) = mentions.iter().find(|m| m.harm == Harm::Killed && m.span.0 > mentions[v].span.1)
        && killed.count.value <= mentions[v].count.value
    {
        mentions[v].count.value -= killed.count.value;
    }
    mentions
}

/// "the industrial city, which is near Bakhmut": a place named to locate another, not where the next
/// sentence's figures happened.
pub(super) fn locates_another(tokens: &[Token<'_>], place: &PlaceMention) -> bool {
    let start = place.span.0;
    let before = |k: usize| start.checked_sub(k).map(|p| &tokens[p]);
    let near = before(1).is_some_and(|t| t.is_any(&["near", "outside"]))
        || (before(1).is_some_and(|t| t.is("to")) && before(2).is_some_and(|t| t.is("close")))
        || (before(1).is_some_and(|t| t.is("from"))
            && before(2).is_some_and(|t| t.is_any(&["far", "km", "kilometers", "kilometres", "miles"])));
    near && (2..=6).any(|k| before(k).is_some_and(|t| t.is_any(&["which", "located", "lies", "situated"])))
}

/// "Liza was killed when a rocket landed": one person, named. The name is a capitalised word right before
/// "was" that names no place, month or day.
pub(super) fn named_person_before(tokens: &[Token<'_>], i: usize) -> Found {
    let Some(was) = (i.checked_sub(1).filter(|&w| tokens[w].is("was")))
        .or_else(|| i.checked_sub(2).filter(|&w| tokens[w].is("was") && tokens[w + 1].is_any(ADVERBS)))
    else {
        return Found::Nothing;
    };
    let Some(name) = was.checked_sub(1) else { return Found::Nothing };
    let token = &tokens[name];
    let named = token.kind == Kind::Word
        && token.capitalized()
        && token.text.len() > 2
        && month_number(&token.lower).is_none()
        && !is_weekday(token)
        && !token.is_any(&["he", "she", "it", "who", "nobody", "no", "one", "russia", "ukraine"])
        && !gazetteer::starts_a_name(token.text);
    if named { Found::Count { value: 1, at: name, at_least: false } } else { Found::Nothing }
}

/// "The death toll from a missile strike on an apartment building in Chasiv Yar reached 30": the figure after
/// the verb that gives the toll, however long the phrase before it.
pub(super) fn toll_figure(tokens: &[Token<'_>], i: usize) -> Found {
    const VERBS: &[&str] = &[
        "rose",
        "risen",
        "rises",
        "reached",
        "reaches",
        "climbed",
        "climbs",
        "increased",
        "stands",
        "stood",
        "is",
        "was",
        "hit",
        "grew",
        "jumped",
        "doubling",
        "doubled",
        "tripled",
    ];
    // "corrected that toll to six"
    if tokens.get(i + 1).is_some_and(|t| t.is("to")) {
        return look_ahead(tokens, i + 1, 3);
    }
    // "rose from a Russian attack one day earlier …, doubling to eight": the first verb that is followed by a
    // count of people gives the toll.
    let end = (i + 30).min(tokens.len());
    let stop =
        tokens[i + 1..end].iter().position(|t| matches!(t.kind, Kind::Punct('.' | ';'))).map_or(end, |o| i + 1 + o);
    let mut saw_verb = false;
    for v in i + 1..stop {
        if !tokens[v].is_any(VERBS) {
            continue;
        }
        saw_verb = true;
        if let found @ Found::Count { .. } = look_ahead(tokens, v, 5) {
            return found;
        }
    }
    if saw_verb || tokens[i].is("number") {
        // "the number of civilian casualties" with no verb that gives it is no figure.
        return Found::Nothing;
    }
    look_ahead(tokens, i, 14)
}

pub(super) enum Found {
    Count {
        value: u32,
        at: usize,
        at_least: bool,
    },
    /// A number that makes the figure about something else.
    Blocked,
    Nothing,
}

pub(super) fn at_least_before(tokens: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| tokens[p].lower.as_ref());
    matches!((before(2), before(1)), (Some("at"), Some("least")) | (Some("more"), Some("than")))
        || before(1) == Some("over")
}

pub(super) fn is_casualty_word(tokens: &[Token<'_>], i: usize) -> bool {
    casualty_word(tokens, i).is_some()
}

pub(super) fn look_ahead(tokens: &[Token<'_>], i: usize, window: usize) -> Found {
    for j in i + 1..(i + 1 + window).min(tokens.len()) {
        let token = &tokens[j];
        // "one killed, four injured": a comma right after the word ends its phrase.
        if j == i + 1 && matches!(token.kind, Kind::Punct(',')) {
            break;
        }
        // "Killed: 2."
        if j == i + 1 && matches!(token.kind, Kind::Punct(':')) {
            continue;
        }
        if token.is_any(&["including", "among", "while", "but", "whereas"])
            || matches!(token.kind, Kind::Punct(';' | '.' | '(' | ':'))
            || is_casualty_word(tokens, j)
        {
            break;
        }
        match count_at(tokens, j) {
            // "3 killed and 17 injured": the 17 is the injured's figure, not the killed's.
            CountAt::People { end, .. }
                if tokens.get(end + 1).is_some_and(|t| t.is_any(&["people", "persons", "civilians"]))
                    && tokens.get(end + 2).is_some_and(|_| is_casualty_word(tokens, end + 2))
                    || (end + 1 < tokens.len() && is_casualty_word(tokens, end + 1)) =>
            {
                return Found::Nothing;
            }
            CountAt::People { value, end } => {
                let value = value + coordinated_after(tokens, end);
                return Found::Count { value, at: j, at_least: at_least_before(tokens, j) };
            }
            CountAt::Other => return Found::Blocked,
            CountAt::Subgroup | CountAt::Date | CountAt::None => {}
        }
    }
    Found::Nothing
}

/// A noun for people, singular or plural: "woman", "women", "residents".
pub(super) fn is_person_word(token: &Token<'_>) -> bool {
    PERSON_WORDS.contains(token.lower.as_ref())
}

/// [`PERSON_NOUNS`], their plurals in -s, and the irregular plurals: asked about most words of a casualty
/// sentence, so a set rather than a scan of the list.
pub(super) static PERSON_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    PERSON_NOUNS
        .iter()
        .flat_map(|noun| [noun.to_string(), format!("{noun}s")])
        .chain(["men", "women", "children", "people", "persons", "elderly"].map(String::from))
        .collect()
});

/// "17-year-old", "elderly": words that describe a person without counting.
pub(super) fn is_age_word(token: &Token<'_>) -> bool {
    token.lower.ends_with("-year-old")
        || token.is_any(&["elderly", "young", "local", "twin", "female", "male", "adult"])
}

/// A word inside a phrase naming people: "twin brothers", "17-year-old", "women".
pub(super) fn is_person_phrase_word(token: &Token<'_>) -> bool {
    is_person_word(token) || is_age_word(token) || token.is_any(DETERMINERS)
}

/// People counted in parts: after "two women" ending at `end`, the "and a man" or "and three children" that
/// follow; their sum.
pub(super) fn coordinated_after(tokens: &[Token<'_>], end: usize) -> u32 {
    let mut k = end + 1;
    while tokens.get(k).is_some_and(|t| is_person_word(t) || t.is_any(&["elderly", "young", "other"])) {
        k += 1;
    }
    // Only when the first part named who it counted: "two women and a man", not "two and a half".
    if k == end + 1 || !tokens.get(k).is_some_and(|t| t.is("and")) {
        return 0;
    }
    match count_at(tokens, k + 1) {
        CountAt::People { value, end: next_end } if next_end > k + 1 || is_person_word(&tokens[next_end]) => {
            value + coordinated_after(tokens, next_end)
        }
        CountAt::People { value, end: next_end } if tokens.get(next_end + 1).is_some_and(is_person_word) => {
            value + coordinated_after(tokens, next_end + 1)
        }
        _ => 0,
    }
}

/// A coordinated count that ends with the count at token `j` (worth `value`): for "three women and one man",
/// with `j` at "one", the three and the one. Returns where it starts and the total, `value` included.
pub(super) fn coordinated_before(tokens: &[Token<'_>], j: usize, value: u32) -> Option<(usize, u32)> {
    // "and her two sons", "and a 19-year-old boy": the phrase starts at its article.
    let mut j = j;
    while j > 0 && (is_age_word(&tokens[j - 1]) || tokens[j - 1].is_any(DETERMINERS)) {
        j -= 1;
    }
    if j < 3 || !tokens[j - 1].is("and") {
        return None;
    }
    if !is_person_phrase_word(&tokens[j - 2]) {
        // "Women aged 52, 55 and 61, and a 59-year-old man": a first part that ends in a list of ages.
        let before_and = if tokens[j - 2].kind == Kind::Punct(',') { j - 2 } else { j - 1 };
        return (before_and.saturating_sub(12)..before_and).find_map(|k| match count_at(tokens, k) {
            CountAt::People { value: part, end } if end + 1 >= before_and && end < before_and + 1 => {
                Some((k, part + value))
            }
            _ => None,
        });
    }
    let mut start = j - 2;
    while start > 0 && is_person_phrase_word(&tokens[start - 1]) {
        start -= 1;
    }
    // The count is the phrase's first word ("three women") or inside it ("17-year-old twin brothers"); a number
    // just before the phrase counts it too ("two elderly women"). A count that already reads through the "and"
    // ("a grandmother and her grandson") is the whole.
    let first = start.saturating_sub(1);
    (first..j - 1).find_map(|k| match count_at(tokens, k) {
        CountAt::People { value: whole, end } if end >= j => Some((k, whole)),
        CountAt::People { value: part, end } if end < j - 1 => Some(
            coordinated_before(tokens, k, part).map_or((k, part + value), |(earlier, total)| (earlier, total + value)),
        ),
        _ => None,
    })
}

pub(super) fn look_back(tokens: &[Token<'_>], i: usize, window: usize) -> Found {
    let mut j = i;
    // "14 victims, including two dead": with no whole before it, the subgroup is the figure for this word.
    let mut subgroup = None;
    let found = look_back_whole(tokens, i, window, &mut subgroup, &mut j);
    match (found, subgroup) {
        (Found::Nothing, Some((value, at))) => Found::Count { value, at, at_least: at_least_before(tokens, at) },
        (found, _) => found,
    }
}

pub(super) fn look_back_whole(
    tokens: &[Token<'_>],
    i: usize,
    window: usize,
    subgroup: &mut Option<(u32, usize)>,
    j: &mut usize,
) -> Found {
    let mut j = *j;
    for _ in 0..window {
        let Some(p) = j.checked_sub(1) else { break };
        j = p;
        let token = &tokens[j];
        if matches!(token.kind, Kind::Punct(';' | ':' | ')')) || is_casualty_word(tokens, j) {
            break;
        }
        let found = count_at(tokens, j);
        if !matches!(found, CountAt::People { .. }) {
            if matches!(found, CountAt::Other) {
                return Found::Blocked;
            }
            continue;
        }
        // "53 people, including seven children, were injured": the seven are part of the 53.
        // "Two others, including a 4-year-old child, suffered wounds": over the words of a described person too.
        let phrase_start = (1..=3)
            .take_while(|&k| j.checked_sub(k).is_some_and(|p| is_person_phrase_word(&tokens[p])))
            .last()
            .unwrap_or(0);
        // "Five children were among 22 people wounded": the count right before the word is the whole.
        let whole_after_among = j.checked_sub(1).is_some_and(|p| tokens[p].is("among"))
            && (j + 1 == i || (j + 2 == i && is_person_word(&tokens[j + 1])));
        let in_subgroup = !whole_after_among
            && (1..=2)
                .chain(std::iter::once(phrase_start + 1))
                .any(|k| j.checked_sub(k).is_some_and(|p| tokens[p].is_any(&["including", "among"])));
        match found {
            CountAt::People { value, end } if in_subgroup && end < i && subgroup.is_none() => {
                *subgroup = Some((value, j));
            }
            CountAt::People { .. } if in_subgroup => {}
            CountAt::People { value, end } if end < i => {
                // Only people join people: "five people and eight injuries" is two figures.
                let names_people = is_person_word(&tokens[end]) || tokens.get(end + 1).is_some_and(is_person_word);
                let coordinated = if names_people { coordinated_before(tokens, j, value) } else { None };
                let (at, value) = coordinated.unwrap_or((j, value));
                return Found::Count { value, at, at_least: at_least_before(tokens, at) };
            }
            _ => {}
        }
    }
    Found::Nothing
}
