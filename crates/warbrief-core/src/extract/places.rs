//! Places: the regions and settlements a sentence names, and which of them a figure belongs to.

use crate::gazetteer::Place;
use crate::{RegionCode, gazetteer};

use super::PlaceRef;
use super::counts::{count_at_value, is_year_age_or_time, month_number};
use super::dates::is_weekday;
use super::mentions::{Mention, is_person_word};
use super::tokens::{Kind, Token};
use super::words::{
    COMPASS, NOT_A_NAME_BEFORE, NOT_A_PLACE_AFTER, PLACE_NOUNS, PREPOSITIONS, REGION_WORDS, TITLE_WORDS,
};

#[derive(Debug, Clone, Copy)]
pub(super) struct PlaceMention {
    pub(super) place: PlaceRef,
    /// First and last token.
    pub(super) span: (usize, usize),
    /// Named as part of an official's title ("Donetsk Governor"): a hint, not where it happened.
    pub(super) weak: bool,
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// The places a sentence names. `hint` is the region the text is about so far, for villages whose name
/// several oblasts share.
pub(super) fn find_places(tokens: &[Token<'_>], hint: Option<RegionCode>) -> Vec<PlaceMention> {
    let mut places: Vec<PlaceMention> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let curated_start = tokens[i].capitalized() && gazetteer::starts_a_name(strip_possessive(&tokens[i].lower));
        if !curated_start && !after_locative_cue(tokens, i) {
            i += 1;
            continue;
        }
        let mut matched = None;
        for n in (1..=3).rev() {
            if !curated_start {
                break;
            }
            if i + n > tokens.len() || !tokens[i..i + n].iter().all(|t| t.kind == Kind::Word) {
                continue;
            }
            let words: Vec<&str> = tokens[i..i + n].iter().map(|t| t.text).collect();
            let mut name = words.join(" ");
            if let Some(stripped) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
                name = stripped.to_owned();
            }
            if let Some(place) = gazetteer::find_exact_preferring_settlement(&name) {
                matched = Some((place, n));
                break;
            }
        }
        // "the Mykolaivska hromada" of Donetsk Oblast: a hromada, whatever region its name recalls.
        let matched = matched.filter(|(_, n)| !tokens.get(i + n).is_some_and(|t| t.is_any(&["hromada", "community"])));
        let matched =
            matched.map(|(place, n)| (PlaceRef::from_place(place), n)).or_else(|| codified_place(tokens, i, hint));
        let Some((mut place, n)) = matched else {
            i += 1;
            continue;
        };
        // "the southern region of Kherson": the oblast, not the city.
        if i >= 2 && tokens[i - 1].is("of") && tokens[i - 2].is_any(REGION_WORDS) {
            place = PlaceRef { region: place.region.surrounding_region(), settlement: None };
        }
        let mut end = i + n - 1;
        let last_possessive = strip_possessive(tokens[end].text) != tokens[end].text;
        if !last_possessive && tokens.get(end + 1).is_some_and(|t| t.is_any(REGION_WORDS)) {
            end += 1;
            place = PlaceRef { region: place.region.surrounding_region(), settlement: None };
            if tokens[i].lower == "kyiv" || tokens[i].lower == "kiev" {
                place.region = RegionCode::Kyiv;
            }
        }
        let next = tokens.get(end + 1);
        // "Volodymyr Zelensky": a first name followed by a surname, not the town.
        let followed_by_name = next.is_some_and(|t| {
            t.capitalized()
                && !t.is_any(REGION_WORDS)
                && !t.is_any(TITLE_WORDS)
                && gazetteer::find_exact(strip_possessive(t.text)).is_none()
        }) && strip_possessive(tokens[end].text) == tokens[end].text
            && place.settlement.is_some();
        // "Shyroka Balta": the end of a longer name the gazetteer doesn't know, not the town Balta.
        let preceded_by_name = i >= 2
            && place.settlement.is_some()
            && tokens[i - 1].capitalized()
            && tokens[i - 2].kind == Kind::Word
            && !tokens[i - 1].is_any(NOT_A_NAME_BEFORE)
            && !is_weekday(&tokens[i - 1])
            && !tokens[i - 1].text.contains(['-', '\'', '’'])
            && month_number(&tokens[i - 1].lower).is_none();
        // "Zolote Balta": two names side by side are one name the gazetteer doesn't know; neither is read.
        let beside_another = place.settlement.is_some()
            && next.is_some_and(|t| {
                t.capitalized() && matches!(gazetteer::find_exact(strip_possessive(t.text)), Some(Place::Settlement(_)))
            });
        if beside_another {
            i = end + 2;
            continue;
        }
        if next.is_some_and(|t| t.is_any(NOT_A_PLACE_AFTER)) || followed_by_name || preceded_by_name {
            i = end + 1;
            continue;
        }
        // "sent to Dnipro for treatment": where the hurt were taken, not where they were hurt.
        let taken_to = i >= 2
            && tokens[i - 1].is_any(&["to", "in"])
            && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| {
                t.is_any(&[
                    "sent",
                    "taken",
                    "evacuated",
                    "transferred",
                    "transported",
                    "airlifted",
                    "hospitals",
                    "hospital",
                ])
            });
        // "killed in result of Kyiv's shelling", "Kyiv's forces": the government or its army, not the city.
        // "a deal backed by Kyiv and its Western allies": the government.
        let kyiv = matches!(tokens[i].lower.as_ref(), "kyiv" | "kiev");
        let government = kyiv
            && ((i > 0 && tokens[i - 1].is("by"))
                || (next.is_some_and(|t| t.is("and"))
                    && tokens.get(end + 2).is_some_and(|t| t.is_any(&["its", "moscow", "washington"]))));
        let actor = government
            || matches!(tokens[i].lower.as_ref(), "kyiv's" | "kiev's" | "kyiv’s" | "kiev’s")
                && next.is_some_and(|t| {
                    t.is_any(&[
                        "shelling",
                        "strikes",
                        "strike",
                        "attack",
                        "attacks",
                        "forces",
                        "troops",
                        "army",
                        "military",
                        "drones",
                        "missiles",
                        "regime",
                        "government",
                        "allies",
                        "partners",
                        "officials",
                        "offensive",
                    ])
                });
        if actor {
            i = end + 1;
            continue;
        }
        // "KYIV (Reuters) —", "KYIV, Ukraine (AP) —", "KHARKIV:": where the story was filed, not where it happened.
        let dateline = tokens[i].text.len() > 2
            && tokens[i].text.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && tokens.get(end + 1).is_some_and(|t| matches!(t.kind, Kind::Punct('(' | ':' | ',' | '—' | '-')));
        if taken_to || dateline {
            i = end + 1;
            continue;
        }
        let weak = next.is_some_and(|t| t.is_any(TITLE_WORDS))
            || (i >= 2 && tokens[i - 1].is("of") && tokens[i - 2].is_any(&["governor", "mayor", "head"]));
        // "Kramatorsk, in Donetsk region": one place, the town. Not "Kharkiv and seven settlements of Kharkiv
        // Oblast": the oblast there is more than the town.
        if let Some(previous) = places.last_mut()
            && previous.place.settlement.is_some()
            && place.settlement.is_none()
            && previous.place.region == place.region
            && i - previous.span.1 <= 7
            && !tokens[previous.span.1 + 1..i].iter().any(|t| t.is("and") || t.is_any(PLACE_NOUNS))
        {
            previous.span.1 = end;
            i = end + 1;
            continue;
        }
        // "the village of Rubizhne in Kharkiv Oblast": a name several oblasts have, read as the wrong one; the
        // oblast the text names is where it is.
        // "Obukhivka in the central region of Dnipropetrovsk": the namesake in that oblast, if there is one.
        if let Some(previous) = places.last_mut()
            && let Some(name) = previous.place.settlement
            && place.settlement.is_none()
            && previous.place.region != place.region.surrounding_region()
            && i - previous.span.1 <= 6
            && tokens[previous.span.1 + 1..i].iter().all(|t| {
                t.is_any(&["in", "of", "the"])
                    || t.is_any(REGION_WORDS)
                    || t.is_any(COMPASS)
                    || t.kind == Kind::Punct(',')
            })
        {
            match gazetteer::codifier::settlements_named(name).iter().find(|s| s.region == place.region) {
                Some(namesake) => {
                    previous.place = PlaceRef { region: place.region, settlement: Some(namesake.name.as_str()) };
                }
                // The oblast stands where the village was named, so the figure before it reaches it.
                None => {
                    previous.place = place;
                    previous.weak = weak;
                }
            }
            previous.span.1 = end;
            i = end + 1;
            continue;
        }
        places.push(PlaceMention { place, span: (i, end), weak });
        i = end + 1;
    }
    places
}

/// "in Nechvolodivka", "the village of Ivanivka", "near Stepove": a capitalised word where a place is
/// expected, so that the codifier's villages are looked up only there (its 27,000 names include words that
/// are not places in an English sentence).
pub(super) fn after_locative_cue(tokens: &[Token<'_>], i: usize) -> bool {
    const CUES: &[&str] = &["in", "near", "outside", "of", "at", "around", "village", "town", "settlement", "hamlet"];
    let token = &tokens[i];
    let unit_follows = tokens.get(i + 1).is_some_and(|t| t.is_any(&["community", "hromada"]));
    // "in Raiske, Sviatohorivka and Kostiantynivka": the next names of a list that a cue opened.
    let listed = i >= 3
        && (tokens[i - 1].is("and") || tokens[i - 1].kind == Kind::Punct(','))
        && tokens[i - 2].capitalized()
        && tokens[..i - 2].iter().rev().take(8).any(|t| t.is_any(&["in", "near", "at"]));
    token.capitalized()
        && token.kind == Kind::Word
        && i > 0
        && (tokens[i - 1].is_any(CUES) || unit_follows || listed)
        && month_number(&token.lower).is_none()
        && !is_weekday(token)
}

/// A settlement the curated gazetteer doesn't know, from the state's codifier: one, two or three capitalised
/// words. A name several oblasts share is taken only when the sentence names one of them, or the text is
/// already about one of them (`hint`).
pub(super) fn codified_place(tokens: &[Token<'_>], i: usize, hint: Option<RegionCode>) -> Option<(PlaceRef, usize)> {
    // "In the Krasnopil community": a hromada, found by the stem of its name.
    if tokens.get(i + 1).is_some_and(|t| t.is_any(&["community", "hromada"])) {
        let found = gazetteer::codifier::hromadas_named(strip_possessive(tokens[i].text));
        let region = match found {
            [(_, region), rest @ ..] if rest.iter().all(|(_, r)| r == region) => Some(*region),
            _ => hint.filter(|hint| found.iter().any(|(_, r)| r == hint)),
        };
        if let Some(region) = region {
            let name = found.iter().find(|(_, r)| *r == region).map(|(name, _)| name.as_str());
            return Some((PlaceRef { region, settlement: name }, 2));
        }
        // Hromadas of that name in several oblasts, and no telling which: not a village that shares the name.
        if !found.is_empty() {
            return None;
        }
    }
    for n in (1..=3).rev() {
        let Some(words) = tokens.get(i..i + n) else { continue };
        if !words.iter().all(|t| t.kind == Kind::Word && t.capitalized()) {
            continue;
        }
        let name = words.iter().map(|t| strip_possessive(t.text)).collect::<Vec<_>>().join(" ");
        let found = gazetteer::codifier::settlements_named(&name);
        let Some(first) = found.first() else { continue };
        let region = if found.iter().all(|s| s.region == first.region) {
            // A village the text is about lies in the oblast it is about: a lone namesake elsewhere ("Dovhiv"
            // in Volyn, for a story about Kherson region) is more likely a spelling collision.
            match hint {
                Some(hint) if hint != first.region && !regions_named(tokens).contains(&first.region) => None,
                _ => Some(first.region),
            }
        } else {
            // "Ivanivka, Polohy district", "in the Kindrashivka hromada": a raion or hromada named in the
            // sentence picks the namesake that lies in it.
            let units: Vec<gazetteer::codifier::UnitName> = tokens
                .windows(2)
                .filter(|w| w[0].capitalized() && w[1].is_any(&["district", "raion", "hromada", "community"]))
                .map(|w| gazetteer::codifier::UnitName::new(strip_possessive(w[0].text)))
                .collect();
            let in_units: Vec<RegionCode> =
                found.iter().filter(|s| units.iter().any(|u| s.in_unit(u))).map(|s| s.region).collect();
            if let [region, rest @ ..] = in_units.as_slice()
                && rest.iter().all(|r| r == region)
            {
                let settlement = found.iter().find(|s| s.region == *region).map(|s| s.name.as_str());
                return Some((PlaceRef { region: *region, settlement }, n));
            }
            let named = regions_named(tokens);
            let candidates = |region: RegionCode| found.iter().any(|s| s.region == region);
            let in_sentence: Vec<RegionCode> = named.into_iter().filter(|r| candidates(*r)).collect();
            // A city and villages of the same name: "in Rzhyshchiv" is the city, unless the text says otherwise.
            let cities: Vec<RegionCode> = found.iter().filter(|s| s.city).map(|s| s.region).collect();
            match in_sentence.as_slice() {
                [one] => Some(*one),
                [] => hint.filter(|r| candidates(*r)).or(match cities.as_slice() {
                    [city] => Some(*city),
                    _ => None,
                }),
                _ => None,
            }
        };
        return region.map(|region| {
            let settlement = found.iter().find(|s| s.region == region).map(|s| s.name.as_str());
            (PlaceRef { region, settlement }, n)
        });
    }
    None
}

/// The regions a sentence names outright: "Kharkiv Oblast", "Sumy region", "Donetsk Oblast's".
pub(super) fn regions_named(tokens: &[Token<'_>]) -> Vec<RegionCode> {
    tokens
        .windows(2)
        .filter(|pair| pair[0].capitalized() && pair[1].is_any(REGION_WORDS))
        .filter_map(|pair| gazetteer::find_exact(strip_possessive(pair[0].text)))
        .map(|place| place.region().surrounding_region())
        .collect()
}

/// "Belgorod Oblast", "in Russia": the sentence is (partly) about somewhere the gazetteer doesn't know, so an
/// earlier sentence's place must not be assumed.
pub(super) fn mentions_unknown_region(tokens: &[Token<'_>], places: &[PlaceMention]) -> bool {
    const FOREIGN: &[&str] = &[
        "belgorod",
        "kursk",
        "bryansk",
        "moscow",
        "rostov",
        "voronezh",
        "krasnodar",
        "shebekino",
        "belarus",
        "poland",
        "moldova",
        "romania",
    ];
    tokens.iter().enumerate().any(|(i, token)| {
        token.is_any(FOREIGN)
            // "Russia's territory"; not "Russia's invasion of Ukraine" ("Russia's Kursk region" is Kursk's).
            || (token.is("russia's") && tokens.get(i + 1).is_some_and(|t| t.is_any(&["region", "territory", "border"])))
            || (token.is_any(REGION_WORDS)
                && i > 0
                && tokens[i - 1].capitalized()
                && !places.iter().any(|p| p.span.0 < i && i - 1 <= p.span.1))
    })
}

/// Where a mention happened: a place after it ("killed three in Toretsk"), else the nearest before it, else
/// any other in the sentence. `None` when the sentence names no strong place.
///
/// In a sentence with a country-wide figure ("attacks across Ukraine killed five, two of them in Kharkiv"),
/// only a place right after a count owns it: the rest of the sentence is the whole country's.
pub(super) fn place_for(
    mention: &Mention,
    next_start: usize,
    tokens: &[Token<'_>],
    places: &[PlaceMention],
    country_wide: bool,
    counts: &[usize],
    previous_end: usize,
) -> Option<PlaceFor> {
    let strong = || places.iter().filter(|p| !p.weak);
    // "killing eight and injuring 70 in the capital, Kyiv": in a country-wide sentence the figures that come
    // before a place may share it.
    let (reach, next_start) = if country_wide { (14, usize::MAX) } else { (8, next_start) };
    // "killed in the village of Obukhivka in the central region of Dnipropetrovsk": a village the gazetteer
    // doesn't know, then its oblast, further than a figure's place usually is.
    let place_phrase = |p: &PlaceMention| {
        p.span.0 <= mention.span.1 + 14
            && tokens[mention.span.1 + 1..p.span.0].iter().all(|t| {
                t.capitalized()
                    || t.is_any(&["in", "the", "of", "village", "town", "city", "settlement", "an", "attack", "on"])
                    || t.is_any(COMPASS)
                    || t.is_any(REGION_WORDS)
            })
    };
    let after = strong().find(|p| {
        p.span.0 > mention.span.1
            && (p.span.0 <= mention.span.1 + reach || place_phrase(p))
            && p.span.0 < next_start
            && p.span.0 > 0
            // "seven were killed (5 in A, 2 in B)": places of an enumeration are its items', not the total's.
            && !tokens[mention.span.1 + 1..p.span.0].iter().enumerate().any(|(k, t)| {
                let item = count_at_value(t).is_some()
                    && !counts.contains(&(mention.span.1 + 1 + k))
                    && tokens.get(mention.span.1 + 2 + k).is_some_and(|n| n.is_any(&["in", "each", "near", "at"]));
                t.kind == Kind::Punct('(') || item || t.is_any(&["including", "among"])
            })
            && tokens[p.span.0.saturating_sub(4)..p.span.0].iter().any(|t| t.is_any(PREPOSITIONS))
    });
    if country_wide {
        return after.map(|p| PlaceFor::At(p.place));
    }
    if let Some(after) = after {
        // "kill 7 civilians in Kharkiv and Donetsk oblasts": a figure for places listed together after it.
        let listed: Vec<&PlaceMention> = strong().filter(|p| p.span.0 >= after.span.0).take(2).collect();
        if lists_several_regions(tokens, &listed) {
            return Some(PlaceFor::Ambiguous);
        }
        return Some(PlaceFor::At(after.place));
    }
    // "Attacks on Kharkiv and Dnipro regions and the city of Odesa killed two": a figure after places in
    // several regions is shared among them in a way the text doesn't say.
    let clause = clause_of(tokens, mention.span.0);
    let before: Vec<&PlaceMention> = strong()
        .filter(|p| p.span.1 < mention.span.0 && p.span.0 >= previous_end && clause_of(tokens, p.span.0) == clause)
        .collect();
    if lists_several_regions(tokens, &before) {
        return Some(PlaceFor::Ambiguous);
    }
    if let Some(before) = strong().rfind(|p| p.span.1 < mention.span.0) {
        return Some(PlaceFor::At(before.place));
    }
    // Places later in the clause: "seven were killed in a Russian attack on Donetsk and Kharkiv oblasts".
    let in_clause: Vec<&PlaceMention> = strong().filter(|p| clause_of(tokens, p.span.0) == clause).collect();
    if lists_several_regions(tokens, &in_clause) {
        return Some(PlaceFor::Ambiguous);
    }
    in_clause.first().map(|p| PlaceFor::At(p.place))
}

/// "Kharkiv and Dnipro regions and the city of Odesa", "Kyiv, Dnipro, and Kryvyi Rih": places of different
/// regions listed together, so that a figure or a "there" after them belongs to none of them.
pub(super) fn lists_several_regions(tokens: &[Token<'_>], places: &[&PlaceMention]) -> bool {
    places.windows(2).any(|pair| {
        let between = &tokens[pair[0].span.1 + 1..pair[1].span.0];
        // "A and B", "A, B": listed; "Rzhyshchiv, a town south of the capital, Kyiv" is an apposition.
        pair[0].place.region != pair[1].place.region
            && ((between.len() <= 8 && between.iter().any(|t| t.is("and")))
                || (between.len() <= 2 && between.iter().any(|t| t.kind == Kind::Punct(','))))
    })
}

/// Where a figure belongs, when its sentence says anything about it.
pub(super) enum PlaceFor {
    At(PlaceRef),
    /// Places of several regions share it: it belongs to none of them, nor to an earlier sentence's place.
    Ambiguous,
}

/// One item of an enumeration: "three in Krasnohorivka".
#[derive(Clone, Copy)]
pub(super) struct EnumerationItem {
    /// The token of the count.
    pub(super) at: usize,
    pub(super) value: u32,
    pub(super) place: PlaceRef,
}

/// The items of an enumeration between tokens `from` and `until`: "three in Krasnohorivka", "two people in
/// Bakhmut", "3 each in Kherson and Beryslav"; one for each place.
pub(super) fn enumeration(
    tokens: &[Token<'_>],
    from: usize,
    until: usize,
    places: &[PlaceMention],
) -> Vec<EnumerationItem> {
    let mut items = Vec::new();
    let mut k = from;
    while k < until.min(tokens.len()) {
        // "one in the Donetsk region and another around Kupiansk"
        let value = if tokens[k].is("another") {
            Some(1)
        } else {
            count_at_value(&tokens[k]).filter(|_| !is_year_age_or_time(tokens, k))
        };
        let Some(value) = value.filter(|v| *v > 0) else {
            k += 1;
            continue;
        };
        let mut m = k + 1;
        while tokens.get(m).is_some_and(|t| is_person_word(t) || t.is_any(&["more", "other", "others"])) {
            m += 1;
        }
        let each = tokens.get(m).is_some_and(|t| t.is("each"));
        if each {
            m += 1;
        }
        // Between the count and the place: a preposition, perhaps "the village of", "the city of".
        let place_index = tokens
            .get(m)
            .filter(|t| t.is_any(&["in", "near", "at", "around", "outside"]))
            .and_then(|_| places.iter().position(|p| !p.weak && p.span.0 > m && p.span.0 <= m + 4 && p.span.0 < until));
        let Some(mut index) = place_index else {
            k += 1;
            continue;
        };
        items.push(EnumerationItem { at: k, value, place: places[index].place });
        while each
            && let Some(next) = places.get(index + 1)
            && next.span.0 <= places[index].span.1 + 4
            && tokens[places[index].span.1 + 1..next.span.0]
                .iter()
                .all(|t| t.is_any(&["and", "in", "the", "city", "of"]) || t.kind == Kind::Punct(','))
        {
            index += 1;
            items.push(EnumerationItem { at: k, value, place: next.place });
        }
        k = places[index].span.1 + 1;
    }
    items
}

/// Which `;`-separated clause of the sentence token `i` is in.
pub(super) fn clause_of(tokens: &[Token<'_>], i: usize) -> usize {
    tokens[..i].iter().filter(|t| t.kind == Kind::Punct(';')).count()
}
