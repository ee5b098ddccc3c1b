//! One sentence read into incidents: its mentions, places and date grouped by place, merged with what the
//! section has said so far.

use chrono::NaiveDate;

use crate::{Count, Incident};

use super::casualties::Harm;
use super::counts::count_at_value;
use super::dates::sentence_date;
use super::mentions::{
    drop_sum_of_what_follows, drop_superseded, find_mentions, is_person_word, is_photo_caption, locates_another,
};
use super::phrases::{Words, is_aggregate, is_update};
use super::places::{
    PlaceFor, PlaceMention, enumeration, find_places, lists_several_regions, mentions_unknown_region, place_for,
};
use super::tokens::{Kind, tokenize};
use super::ukrainian;
use super::weapons::{find_weapon, weapon_rank};
use super::words::{COUNTRY_WIDE, DIED_OF_WOUNDS, MILITARY_TARGETS, PLACE_NOUNS};
use super::{Context, ExtractedIncident, Group, LARGE_FIGURE, PlaceRef, Starts, restated};

/// Reads one sentence into `incidents`. `reading` is what the rules read: the sentence itself, or its gloss
/// when it is Ukrainian; `sentence` is what the evidence quotes.
pub(super) fn read_sentence(
    sentence: &str,
    reading: &str,
    report_date: NaiveDate,
    context: &mut Context,
    incidents: &mut Vec<ExtractedIncident>,
    starts: Starts,
) {
    let section_start = starts.section;
    let tokens = tokenize(reading);
    // "Recall that …", "Нагадаємо, …": a recap of what the text or an earlier one told.
    // Quoted or not: «Нагадаємо, …», "Recall that …".
    context.recap |= tokens.iter().find(|t| t.kind == Kind::Word).is_some_and(|t| t.is("recall"));
    let recap = context.recap;
    let places = find_places(&tokens, context.place.map(|p| p.region));
    let date = sentence_date(&tokens, report_date, context.date);
    let mut mentions = find_mentions(&tokens);
    drop_superseded(&tokens, &mut mentions);
    drop_sum_of_what_follows(&mut mentions);
    // "Officials corrected initial reports that a civilian had been killed there, saying the wounded person was
    // hospitalized": the figures of a report taken back, and the person already counted.
    let taken_back = !mentions.is_empty()
        && tokens.iter().any(|t| t.is_any(&["corrected", "denied", "retracted"]))
        && tokens
            .windows(2)
            .any(|w| w[0].is_any(&["initial", "earlier", "previous", "first"]) && w[1].is_any(&["reports", "report"]));
    if is_photo_caption(&tokens) || taken_back {
        mentions.clear();
    }
    // The sentence-wide tests only matter when there is a figure to judge (or a remembered place to drop).
    let judged = !mentions.is_empty();
    // A sentence without a figure matters to the phrase tests only if it opens a period for the next one
    // ("since …") or follows one; most sentences skip them, and the summaries they need.
    let opens_period = tokens.iter().any(|t| t.is_any(&["since", "year", "overall", "total", "month"]));
    let words = if judged || opens_period || context.aggregate { Words::new(&tokens) } else { Words::none(&tokens) };
    // "One victim was hospitalised in serious condition": the hospitalised are some of the wounded.
    let only_hospitalised = judged
        && mentions.iter().all(|m| {
            m.harm == Harm::Wounded
                && tokens[m.span.0..=m.span.1].iter().any(|t| t.is_any(&["hospitalized", "hospitalised", "hospital"]))
        });
    // Without a figure, a country-wide sentence matters only to forget a remembered place, and a sentence
    // that names a place replaces it anyway.
    let forgets_place = context.place.is_some() && places.iter().all(|p| p.weak);
    // "Russians across the country went to the polls": without a figure, no reason to forget the place.
    let country_wide = judged && words.has(COUNTRY_WIDE);
    // A sentence without a figure matters here only if it opens a period for the next one ("since …").
    let aggregate = (judged || opens_period) && is_aggregate(&words);
    let refers_back = (judged || context.aggregate)
        && words.has(&[
            &["these", "attacks"],
            &["these", "strikes"],
            &["those", "attacks"],
            &["this", "period"],
            &["these", "shellings"],
        ]);
    // "Four attacks on the Odesa region this week have killed 14": attacks, plural, over a period, before the
    // figure ("a strike killed four, the latest in a series of attacks this week" is one strike's).
    let period_of_attacks = judged
        && words.has(&[&["this", "week"], &["this", "month"]])
        && tokens[..mentions[0].span.0].iter().any(|t| t.is_any(&["attacks", "strikes", "shellings"]));
    // "Since the invasion, 31 people were killed in the oblast. Another 59 were wounded": more of the same period.
    let more_of_period = context.aggregate && judged && mentions.iter().all(|m| m.additional);
    let since_start =
        judged && (aggregate || period_of_attacks || (context.aggregate && (refers_back || more_of_period)));
    // "struck a military institute in Poltava, killing 50": the dead of a military target are not counted as
    // civilians unless the sentence says they were.
    let military_target = judged
        && words.has(MILITARY_TARGETS)
        && !tokens.iter().any(|t| t.is_any(&["civilian", "civilians", "residents", "children"]));
    let since_start = since_start || military_target;
    let unknown_region = (judged || forgets_place) && mentions_unknown_region(&tokens, &places);
    let update = judged && is_update(&words);
    // "Missiles struck three Ukrainian cities, killing at least six": a joint figure, no one place's.
    let places_counted = judged
        && tokens.windows(3).any(|w| {
            (w[1].is_any(PLACE_NOUNS) || (w[1].is("ukrainian") && w[2].is_any(PLACE_NOUNS)))
                && count_at_value(&w[0]).is_some_and(|n| n >= 2)
        });
    let weak_place = places.iter().find(|p| p.weak).map(|p| p.place);

    // Counts grouped by the place they belong to, in order of first mention.
    let mut groups: Vec<Group> = Vec::new();
    // "In Kupiansk, which forces liberated last month, a man was killed": a person described is one attack's
    // victim whatever period the sentence also names.
    if !since_start || mentions.iter().any(|m| m.described) {
        let counts: Vec<usize> = mentions.iter().map(|m| m.at).collect();
        for (index, mention) in mentions.iter().enumerate() {
            if since_start && !mention.described {
                continue;
            }
            // "Russian attacks killed at least five civilians in Ukraine": the country's figure, no region's.
            let mut after = mention.span.1 + 1;
            while tokens.get(after).is_some_and(is_person_word) {
                after += 1;
            }
            if tokens.get(after).is_some_and(|t| t.is_any(&["in", "across"]))
                && tokens.get(after + 1).is_some_and(|t| t.is("ukraine"))
            {
                continue;
            }
            let next_start = mentions.get(index + 1).map_or(usize::MAX, |m| m.span.0);
            let previous_end = index.checked_sub(1).map_or(0, |p| mentions[p].span.1 + 1);
            // "one each in Lutsk, and in Zaporizhzhia and Kharkiv oblasts": places listed after a count that
            // shares itself out are its items, not a joint figure.
            let until = mentions.get(index + 1).map_or(tokens.len(), |m| m.span.0);
            let items = enumeration(&tokens, mention.at, until, &places);
            let starts_at_count = items.first().is_some_and(|item| item.at == mention.at);
            let (place, explicit) =
                match place_for(mention, next_start, &tokens, &places, country_wide, &counts, previous_end) {
                    Some(PlaceFor::At(place)) => (place, true),
                    Some(PlaceFor::Ambiguous) if starts_at_count && items.len() >= 2 => (items[0].place, true),
                    // "One person was killed in the Donetsk region and another around Kupiansk": the place
                    // right after the word is the figure's, the items after it are more.
                    Some(PlaceFor::Ambiguous) if !items.is_empty() => match places.iter().find(|p| {
                        !p.weak && p.span.0 > mention.span.1 && p.span.0 <= mention.span.1 + 4 && p.span.1 < items[0].at
                    }) {
                        Some(head) => (head.place, true),
                        None => continue,
                    },
                    Some(PlaceFor::Ambiguous) => continue,
                    None if country_wide || unknown_region || places_counted => continue,
                    None => match (context.place, weak_place) {
                        (Some(context_place), Some(weak)) if context_place.region != weak.region => (weak, false),
                        (Some(context_place), _) => (context_place, false),
                        (None, Some(weak)) => (weak, false),
                        (None, None) => continue,
                    },
                };
            // "Four died in Pokrovsk, three in Krasnohorivka", "7 were killed (5 in A, 2 in B)", "one each in A
            // and B": the figure is shared out among the places listed after it.
            let sum: u32 = items.iter().map(|item| item.value).sum();
            // Parts of a named region ("2 residents of Donetsk Oblast: one in A and one in B") replace it;
            // places elsewhere ("one in the Donetsk region and another around Kupiansk") add to it.
            let parts_of_place = items.iter().all(|item| item.place.region == place.region) || !explicit;
            let parts: Vec<(Count, PlaceRef, bool)> = if !items.is_empty()
                && (starts_at_count || (sum == mention.count.value && parts_of_place))
            {
                items.iter().map(|item| (Count { value: item.value, at_least: false }, item.place, true)).collect()
            } else if !items.is_empty() && explicit && (place.settlement.is_some() || !parts_of_place) {
                std::iter::once((mention.count, place, explicit))
                    .chain(items.iter().map(|item| (Count { value: item.value, at_least: false }, item.place, true)))
                    .collect()
            } else {
                vec![(mention.count, place, explicit)]
            };
            for (count, place, explicit) in parts {
                let group = match groups.iter_mut().position(|g| g.place == place) {
                    Some(position) => &mut groups[position],
                    None => {
                        groups.push(Group { place, explicit, killed: None, wounded: None, additional: (false, false) });
                        groups.last_mut().expect("just pushed")
                    }
                };
                match mention.harm {
                    Harm::Killed => group.additional.0 |= mention.additional,
                    Harm::Wounded => group.additional.1 |= mention.additional,
                }
                let slot = match mention.harm {
                    Harm::Killed => &mut group.killed,
                    Harm::Wounded => &mut group.wounded,
                };
                if slot.is_none_or(|c| c.value < count.value) {
                    *slot = Some(count);
                }
            }
        }
    }

    // "Attacks on Donetsk Oblast killed eight: five died in A, two in B and one in C": the region's figure is
    // the sum of its places, not a ninth incident.
    for index in 0..groups.len() {
        if groups[index].place.settlement.is_some() {
            continue;
        }
        let region = groups[index].place.region;
        let parts: Vec<&Group> =
            groups.iter().filter(|g| g.place.region == region && g.place.settlement.is_some()).collect();
        if parts.is_empty() {
            continue;
        }
        let killed_sum: u32 = parts.iter().filter_map(|g| g.killed).map(|c| c.value).sum();
        let wounded_sum: u32 = parts.iter().filter_map(|g| g.wounded).map(|c| c.value).sum();
        let total = &mut groups[index];
        if total.killed.is_some_and(|c| c.value == killed_sum) {
            total.killed = None;
        }
        if total.wounded.is_some_and(|c| c.value == wounded_sum) {
            total.wounded = None;
        }
    }
    groups.retain(|g| g.killed.is_some() || g.wounded.is_some());

    let weapon = find_weapon(&tokens);
    if groups.is_empty()
        && let Some(weapon) = &weapon
        && let Some(last) = incidents[starts.paragraph..].last_mut()
        && context.place.is_some_and(|p| p.region == last.incident.region)
        && weapon_rank(weapon) < last.incident.weapon.as_deref().map_or(usize::MAX, weapon_rank)
    {
        // "…killing three. The forces used an Iskander-K missile": the weapon named after the toll.
        last.incident.weapon = Some(weapon.clone());
    }
    // "One of the injured died in hospital": moved from the wounded to the killed of the incident, not added.
    // "The number of victims has increased to 23. … one person died": the victims counted everyone hurt, the
    // dead told after them among them.
    let after_victims = |existing: &ExtractedIncident| {
        existing.incident.killed.value == 0
            && (existing.evidence.contains(" victims") || existing.evidence.contains(" casualties"))
    };
    // "A 31-year-old man was wounded. … A 52-year-old man died of his injuries in hospital": someone else, of an
    // age the wounded were not said to have.
    // Made only for a sentence with one killed figure alone, the only kind that may move the wounded.
    let one_death = matches!(groups[..], [Group { killed: Some(_), wounded: None, .. }]);
    let ages: Vec<&str> = if !one_death {
        Vec::new()
    } else {
        tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t.lower.strip_suffix("-year-old") {
                Some(age) if age.bytes().all(|b| b.is_ascii_digit()) => Some(age),
                _ if matches!(t.kind, Kind::Number(_)) && i > 0 && tokens[i - 1].is("aged") => Some(t.text),
                _ => None,
            })
            .collect()
    };
    let another_age = |evidence: &str| {
        !ages.is_empty()
            && ages.iter().all(|age| !evidence.contains(age))
            && ["-year-old", "aged "].iter().chain(ukrainian::AGE_MARKERS).any(|word| evidence.contains(word))
    };
    if let [Group { place, explicit, killed: Some(killed), wounded: None, .. }] = groups[..]
        && let Some(existing) = incidents[section_start..].iter_mut().rev().find(|existing| {
            !another_age(&existing.evidence)
                && existing.incident.region == place.region
                && (place.settlement.is_none()
                    || existing.incident.place.is_none()
                    || existing.incident.place.as_deref() == place.settlement)
                && existing.incident.wounded.value >= killed.value
        })
        && (words.has(DIED_OF_WOUNDS) || mentions.iter().any(|m| m.were_hurt) || (!explicit && after_victims(existing)))
    {
        existing.incident.wounded.value -= killed.value;
        existing.incident.killed.value += killed.value;
        if !existing.evidence.contains(sentence) {
            existing.evidence.push(' ');
            existing.evidence.push_str(sentence);
        }
        groups.clear();
    }
    let incidents_before = incidents.len();
    for Group { place, explicit, killed, wounded, additional: (killed_added, wounded_added) } in groups {
        let additional = killed_added || wounded_added;
        // "Due to Russian aggression, one person was killed and four were injured": the figures of an incident
        // already told, again, with no place of their own (whatever place an aside named in between).
        let identical = (!explicit)
            .then(|| {
                incidents.iter().rposition(|existing| {
                    // Both figures, and not the commonest pair: "1 killed" alone recurs in unrelated attacks.
                    let (old_killed, old_wounded) = (existing.incident.killed.value, existing.incident.wounded.value);
                    old_killed > 0
                        && old_wounded > 0
                        && old_killed + old_wounded >= 3
                        && killed.map_or(0, |c| c.value) == existing.incident.killed.value
                        && wounded.map_or(0, |c| c.value) == existing.incident.wounded.value
                })
            })
            .flatten();
        // A huge figure with no place of its own ("according to the UN, 7,500 civilians have been killed") is
        // no update of the strike before it: it stands alone, where its size flags it for review.
        let huge = killed.is_some_and(|c| c.value > LARGE_FIGURE) || wounded.is_some_and(|c| c.value > LARGE_FIGURE);
        let hospitalised_of = only_hospitalised
            .then(|| {
                incidents.iter().rposition(|existing| {
                    let incident = &existing.incident;
                    incident.region == place.region
                        && (place.settlement.is_none()
                            || incident.place.is_none()
                            || incident.place.as_deref() == place.settlement)
                        // The date may be when she was taken in ("is in a serious condition this morning").
                        && (date.is_none()
                            || incident.date.is_none()
                            || incident.date == date
                            || (place.settlement.is_some() && incident.place.as_deref() == place.settlement))
                        && wounded.is_some_and(|w| w.value <= incident.wounded.value)
                })
            })
            .flatten();
        // "A 62-year-old resident was killed in Shalyhyne … A 62-year-old man was killed in his own home": one
        // person, told twice, whatever place the second sentence is pinned to.
        let same_person = (killed.map_or(0, |c| c.value) + wounded.map_or(0, |c| c.value) == 1)
            .then(|| {
                let age = tokens.iter().find(|t| t.lower.ends_with("-year-old"))?;
                incidents.iter().rposition(|existing| {
                    existing.incident.region == place.region
                        && existing.incident.killed.value + existing.incident.wounded.value <= 2
                        && existing.evidence.contains(age.text)
                        && ((killed.is_some() && existing.incident.killed.value > 0)
                            || (wounded.is_some() && existing.incident.wounded.value > 0))
                })
            })
            .flatten();
        // "Recall that on 19 November a missile hit Ternopil … 25 dead": a recap of an attack the text has told is
        // that attack, whatever figures and date it gives; one the text has not told stands alone.
        let recalled = recap
            .then(|| {
                incidents.iter().rposition(|existing| {
                    existing.incident.region == place.region
                        && (place.settlement.is_none()
                            || existing.incident.place.is_none()
                            || existing.incident.place.as_deref() == place.settlement)
                })
            })
            .flatten();
        // "Later, in another district of the city, two more were wounded": a new attack on the same place.
        let later_event = additional && !update && tokens.first().is_some_and(|t| t.is("later"));
        let target = if huge && !explicit {
            None
        } else if recalled.is_some() {
            recalled
        } else if same_person.is_some() {
            same_person
        } else if hospitalised_of.is_some() {
            hospitalised_of
        } else if identical.is_some() {
            identical
        } else if later_event {
            None
        } else if !explicit || update || additional {
            // "UPDATE: Sumy toll rises to 1 dead, 9 wounded" may update a town named sections earlier.
            let from = if update && explicit && place.settlement.is_some() { 0 } else { section_start };
            incidents[from..]
                .iter()
                .rposition(|existing| {
                    // A flagged giant ("1,000 children wounded", per the UN) is nobody's strike to update.
                    let giant = existing.incident.killed.value.max(existing.incident.wounded.value) > LARGE_FIGURE;
                    !giant
                        && existing.incident.region == place.region
                        && (update
                            || existing.incident.date.is_none()
                            || date.is_none()
                            || existing.incident.date == date)
                        && (place.settlement.is_none()
                            || existing.incident.place.is_none()
                            || existing.incident.place.as_deref() == place.settlement)
                        && (from == section_start || existing.incident.place.as_deref() == place.settlement)
                })
                .map(|offset| from + offset)
        } else {
            None
        };
        // One incident once: figures already told for this place (a lead, then the details; a quote that repeats
        // the governor's numbers) are the same casualties, wherever in the text they come again.
        let target = if additional || later_event || (huge && !explicit) {
            target
        } else {
            target.or_else(|| restated(incidents, place, date, killed, wounded))
        };
        // "Also hospitalised was a 72-year-old woman": the hospitalised are some of the wounded already counted,
        // whatever "also" says.
        let (killed_added, wounded_added) =
            if target.is_some() && target == hospitalised_of { (false, false) } else { (killed_added, wounded_added) };
        match target {
            Some(index) => {
                let existing = &mut incidents[index];
                // "A person was killed, adding that a woman was also injured" after "one killed, another injured":
                // a figure told again makes the whole sentence a retelling, its "also" included.
                let retold = |new: Option<Count>, added: bool, old: Count| {
                    !added && new.is_some_and(|new| new.value > 0 && new.value == old.value)
                };
                let retelling = retold(killed, killed_added, existing.incident.killed)
                    || retold(wounded, wounded_added, existing.incident.wounded);
                let merge = |old: &mut Count, new: Option<Count>, added: bool| {
                    if let Some(new) = new {
                        // "Another 7 were wounded" after "seven more were injured" tells the same seven again;
                        // "another man was wounded" after one adds him.
                        let repeated = new.value == old.value && new.value > 1;
                        if added && !update && !repeated && !retelling {
                            old.value += new.value;
                        } else if update || new.value > old.value {
                            *old = new;
                        }
                    }
                };
                merge(&mut existing.incident.killed, killed, killed_added);
                merge(&mut existing.incident.wounded, wounded, wounded_added);
                if existing.incident.weapon.is_none() {
                    existing.incident.weapon = weapon.clone();
                }
                if existing.incident.place.is_none() {
                    existing.incident.place = place.settlement.map(str::to_owned);
                }
                // A headline read first has no date; the sentence that retells it may.
                if existing.incident.date.is_none() {
                    existing.incident.date = date;
                }
                if !existing.evidence.contains(sentence) {
                    existing.evidence.push(' ');
                    existing.evidence.push_str(sentence);
                }
            }
            None => incidents.push(ExtractedIncident {
                incident: Incident {
                    date,
                    region: place.region,
                    place: place.settlement.map(str::to_owned),
                    killed: killed.unwrap_or(Count::ZERO),
                    wounded: wounded.unwrap_or(Count::ZERO),
                    weapon: weapon.clone().or_else(|| context.weapon.clone()),
                    description: String::new(),
                    report_day: None,
                },
                evidence: match (&context.place_sentence, explicit) {
                    (Some(place_sentence), false) => format!("{place_sentence} {sentence}"),
                    _ => sentence.to_owned(),
                },
                flags: Vec::new(),
            }),
        }
    }

    // A sentence that only says who told it ("The prosecutor's office reported this.") keeps the period open.
    let attribution = !judged && date == context.date && places.iter().all(|p| p.weak);
    context.aggregate = aggregate || (context.aggregate && (refers_back || more_of_period || attribution));
    let strong_regions = || places.iter().filter(|p| !p.weak).map(|p| p.place.region);
    let several_regions = strong_regions().any(|r| Some(r) != strong_regions().next());
    let strong: Vec<&PlaceMention> = places.iter().filter(|p| !p.weak).collect();
    if (several_regions && mentions.is_empty()) || lists_several_regions(&tokens, &strong) {
        // "Strikes hit Bilhorod-Dnistrovskyi and Dnipro. At least 24 people were killed in these strikes": a
        // joint figure for places in different regions belongs to none of them.
        context.place = None;
        context.place_sentence = None;
    } else if let Some(last) = places.iter().rev().find(|p| !p.weak && !locates_another(&tokens, p)) {
        context.place = Some(last.place);
        context.place_sentence = Some(sentence.to_owned());
    } else if unknown_region || country_wide {
        context.place = None;
        context.place_sentence = None;
    } else if context.place.is_none()
        && let Some(title) = weak_place
    {
        // "…, the head of the Sumy Regional Military Administration reported. A 52-year-old man with shrapnel
        // wounds was taken to hospital": with no place named yet, the official's region is where it happened.
        context.place = Some(PlaceRef { settlement: None, ..title });
        context.place_sentence = Some(sentence.to_owned());
    }
    // An update's date is when the figure was given ("by Saturday morning"), not when the attack was.
    if weapon.is_some() {
        context.weapon = weapon;
    }
    // An update that found nothing to update told of the attack itself.
    if date.is_some() && (!update || incidents.len() > incidents_before) {
        context.date = date;
    }
}
