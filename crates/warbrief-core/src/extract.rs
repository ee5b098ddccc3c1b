//! Incident extraction: the casualty incidents described in a report's prose.
//!
//! Works sentence by sentence, section by section, without any model: it finds casualty words ("killed",
//! "wounding", "death toll", "claimed 46 lives"), the count each one governs (numerals, number words, "an
//! elderly woman"), and the place it happened (through the [`gazetteer`](crate::gazetteer)), then groups the
//! counts of one place into an incident. A section remembers the last place and date it named, so "At least
//! five people were wounded" after a sentence about Kramatorsk is about Kramatorsk, and "the death toll rose to
//! 14" updates the incident it refers to instead of adding one.
//!
//! It leaves out what is not a regional incident: country-wide totals ("across Ukraine"), figures since the
//! start of the war, military losses ("800 soldiers"), events abroad, and sentences with no count.

use chrono::NaiveDate;

use crate::gazetteer::Place;
use crate::{Block, Count, Incident, RegionCode, Report};

mod casualties;
mod counts;
mod dates;
mod mentions;
mod phrases;
mod places;
mod sentence;
mod tokens;
mod ukrainian;
mod weapons;
mod words;

use mentions::find_mentions;
use places::find_places;
use sentence::read_sentence;
use tokens::{split_sentences, tokenize};

/// An incident and the sentences it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedIncident {
    pub incident: Incident,
    /// The sentence(s) of the report that state it.
    pub evidence: String,
    /// Why a maintainer should check it before it is published; empty when the extractor is sure.
    pub flags: Vec<ReviewFlag>,
}

/// A reason to doubt an extracted incident. Flagged incidents are shown, never published unseen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewFlag {
    /// A figure larger than one attack usually causes ([`LARGE_FIGURE`]): perhaps a cumulative total.
    LargeFigure,
}

impl ReviewFlag {
    /// A short explanation for a maintainer's preview.
    pub fn describe(self) -> &'static str {
        match self {
            ReviewFlag::LargeFigure => "a figure above 150 for one attack: check it is not a running total",
        }
    }
}

/// Above this many killed or wounded, a figure is flagged for review.
pub const LARGE_FIGURE: u32 = 150;

/// Extracts the casualty incidents of `report`, in the order the report tells them. Incidents carry the
/// report's day; their description is the evidence.
pub fn extract_incidents(report: &Report) -> Vec<ExtractedIncident> {
    let report_date = report.date();
    let mut incidents: Vec<ExtractedIncident> = Vec::new();
    // The places a Ukrainian report names, looked up once each.
    let mut names = ukrainian::Names::default();
    // A Ukrainian report is read through its gloss, paragraph by paragraph: a paragraph of Cyrillic without the
    // letters that tell Ukrainian from Russian is in the language of the report.
    let ukrainian_report = ukrainian::is_ukrainian(&report.title, false)
        || report.sections.iter().flat_map(|s| &s.blocks).take(3).any(|block| match block {
            Block::Paragraph(text) => ukrainian::is_ukrainian(text, false),
            Block::Bullets(items) => items.iter().any(|item| ukrainian::is_ukrainian(item, false)),
        });
    // An article's first line is sometimes its lead sentence rather than a headline: read it then. A headline
    // ("Missile kills 3 in Kharkiv") is not read, as the text repeats its figures.
    // It opens the first section, so the place it names carries into the sentences after it.
    let mut with_lead = Vec::new();
    if is_lead_sentence(&report.title) {
        let mut first = report.sections.first().cloned().unwrap_or_else(|| crate::Section::from_text("", ""));
        first.blocks.insert(0, Block::Paragraph(report.title.clone()));
        with_lead.push(first);
    }
    let rest = if with_lead.is_empty() { &report.sections[..] } else { report.sections.get(1..).unwrap_or(&[]) };
    for section in with_lead.iter().chain(rest) {
        // "ЩЕ ЗА ТЕМОЮ": a list of links to other stories under a heading of its own.
        if ukrainian::is_list_of_links(&section.heading) {
            continue;
        }
        let heading_is_ukrainian = ukrainian::is_ukrainian(&section.heading, ukrainian_report);
        let heading = ukrainian::reading(&section.heading, heading_is_ukrainian, &mut names);
        let mut context = Context {
            place: heading_place(&heading),
            date: None,
            weapon: None,
            place_sentence: None,
            recap: false,
            aggregate: false,
        };
        let section_start = incidents.len();
        // A heading that states casualties is a headline ("Kyiv Oblast: two hurt as debris hits Boryspil"): it
        // is read first, and the text under it, retelling it, joins the same incident.
        let headline = !section.heading.is_empty() && !find_mentions(&tokenize(&heading)).is_empty();
        let with_headline: Vec<Block>;
        let blocks: &[Block] = if headline || section.blocks.is_empty() {
            with_headline = std::iter::once(Block::Paragraph(section.heading.clone()))
                .filter(|_| !section.heading.is_empty())
                .chain(section.blocks.iter().cloned())
                .collect();
            &with_headline
        } else {
            &section.blocks
        };
        let mut headline_incidents = section_start..section_start;
        for (block_index, block) in blocks.iter().enumerate() {
            if block_index == 1 && headline && !section.blocks.is_empty() {
                headline_incidents = section_start..incidents.len();
            }
            let texts: Vec<&str> = match block {
                Block::Paragraph(text) => vec![text.as_str()],
                Block::Bullets(items) => items.iter().map(String::as_str).collect(),
            };
            for text in texts {
                if is_aside(text) {
                    continue;
                }
                let paragraph_start = incidents.len();
                context.weapon = None;
                context.place_sentence = None;
                context.recap = false;
                let ukrainian = ukrainian::is_ukrainian(text, ukrainian_report);
                for sentence in split_sentences(text) {
                    let starts = Starts { section: section_start, paragraph: paragraph_start };
                    let reading = ukrainian::reading(sentence, ukrainian, &mut names);
                    read_sentence(sentence, &reading, report_date, &mut context, &mut incidents, starts);
                }
            }
        }
        merge_headline_details(&mut incidents, headline_incidents);
    }
    drop_summaries_of_parts(&mut incidents);
    for extracted in &mut incidents {
        extracted.incident.report_day = Some(report.day);
        extracted.incident.description = extracted.evidence.clone();
        if extracted.incident.killed.value > LARGE_FIGURE || extracted.incident.wounded.value > LARGE_FIGURE {
            extracted.flags.push(ReviewFlag::LargeFigure);
        }
    }
    incidents
}

/// The month a Ukrainian month name in the genitive names ("лютого" → 2), for dates such as "2 лютого 2023".
pub(crate) fn ukrainian_month(word: &str) -> Option<u32> {
    ukrainian::MONTHS.iter().find(|(name, _)| *name == word).map(|(_, month)| *month)
}

/// The place a Ukrainian name in any case names ("Харкові", "Кривому Розі", "Харківщини"), if the curated
/// gazetteer knows it.
pub(crate) fn ukrainian_place(name: &str) -> Option<Place> {
    ukrainian::curated_place(name)
}

/// The forms Ukrainian text writes a place's name in: "Харків" → "Харкова", "Харкові", "Харкову", "Харковом".
pub(crate) fn ukrainian_place_forms(name_uk: &str) -> Vec<String> {
    ukrainian::oblique_forms(name_uk)
}

/// What the rules read for a line of Ukrainian text (see the `ukrainian` module): for tools that explain the
/// extractor's reading. `None` when the text is not Ukrainian.
pub fn ukrainian_gloss(text: &str) -> Option<String> {
    ukrainian::is_ukrainian(text, false).then(|| ukrainian::gloss(text, &mut ukrainian::Names::default()))
}

/// The figures a sentence gives for one place.
#[derive(Clone, Copy)]
struct Group {
    place: PlaceRef,
    /// Named in the sentence itself, not remembered from an earlier one.
    explicit: bool,
    killed: Option<Count>,
    wounded: Option<Count>,
    /// People on top of those already counted ("another man was wounded"), for killed and for wounded.
    additional: (bool, bool),
}

/// The incident that figures for `place` restate, if any: same region, a compatible place and date, and
/// either an equal non-zero figure or figures no larger than it already has.
fn restated(
    incidents: &[ExtractedIncident],
    place: PlaceRef,
    date: Option<NaiveDate>,
    killed: Option<Count>,
    wounded: Option<Count>,
) -> Option<usize> {
    // "More than two dozen wounded" and then "25 wounded" in the same place: a lower bound and the figure it
    // bounds.
    let bounded = |new: Option<Count>, old: Count| {
        new.is_some_and(|new| {
            new.value > 0
                && old.value > 0
                && ((old.at_least && new.value >= old.value) || (new.at_least && new.value <= old.value))
        })
    };
    let no_conflict = |new: Option<Count>, old: Count| {
        new.is_none_or(|new| new.value == 0 || old.value == 0 || new.value == old.value || bounded(Some(new), old))
    };
    let counts = (killed, wounded);
    let (killed, wounded) = (killed.map_or(0, |c| c.value), wounded.map_or(0, |c| c.value));
    incidents.iter().rposition(|existing| {
        let incident = &existing.incident;
        let within_bounds = (bounded(counts.0, incident.killed) || bounded(counts.1, incident.wounded))
            && no_conflict(counts.0, incident.killed)
            && no_conflict(counts.1, incident.wounded);
        let agrees = |new: u32, old: u32| new == 0 || old == 0 || new == old;
        let same_place = incident.place.as_deref() == place.settlement;
        let same_figure = ((killed > 0 && killed == incident.killed.value)
            || (wounded > 0 && wounded == incident.wounded.value))
            && agrees(killed, incident.killed.value)
            && agrees(wounded, incident.wounded.value);
        let within = killed <= incident.killed.value && wounded <= incident.wounded.value;
        let compatible_place = same_place || place.settlement.is_none() || incident.place.is_none();
        // Identical figures are the same casualties even when the dates read differ (a photo caption's date, a
        // dateline against "overnight"); one figure in common only when the dates agree within a day.
        let identical = killed == incident.killed.value && wounded == incident.wounded.value;
        let same_date = date.is_none() || incident.date.is_none() || date == incident.date;
        let near_date = match (date, incident.date) {
            (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
            _ => true,
        };
        // "A strike on Kherson killed one. The attack on Kherson also wounded two."
        let complementary =
            (killed == 0 || incident.killed.value == 0) && (wounded == 0 || incident.wounded.value == 0);
        incident.region == place.region
            // "At least 21 killed near Odesa" and "the 21 civilians killed in the village of Serhiivka": a toll
            // that large, told twice in one region, is one attack's whatever places it is pinned to.
            && ((identical && killed + wounded >= 10)
                || (identical && compatible_place && (killed + wounded >= 2 || same_date))
                || (complementary && same_place && date == incident.date)
                // One person is too common a figure to be the same one a day apart.
                || (same_figure && compatible_place && near_date && (killed.max(wounded) >= 2 || same_date))
                || (within && same_place && date == incident.date)
                || (within_bounds && same_place && same_date))
    })
}

/// A headline's incidents and the section under it: the body's incidents of the headline's region are its
/// details when they add up to no more than it says ("attack on Dnipro and region kills eight, injures at
/// least 25" over "two killed in Dnipro … six died in the district"), and it was an early figure when they add
/// up to more. Either way one set of figures stays, not both.
fn merge_headline_details(incidents: &mut Vec<ExtractedIncident>, headline: std::ops::Range<usize>) {
    for h in headline.clone().rev() {
        let region = incidents[h].incident.region;
        let details: Vec<usize> =
            (headline.end..incidents.len()).filter(|&i| incidents[i].incident.region == region).collect();
        if details.is_empty() {
            continue;
        }
        let killed: u32 = details.iter().map(|&i| incidents[i].incident.killed.value).sum();
        let wounded: u32 = details.iter().map(|&i| incidents[i].incident.wounded.value).sum();
        let head = &incidents[h].incident;
        if killed <= head.killed.value && wounded <= head.wounded.value {
            for &i in details.iter().rev() {
                let detail = incidents.remove(i);
                let head = &mut incidents[h];
                if !head.evidence.contains(&detail.evidence) {
                    head.evidence.push(' ');
                    head.evidence.push_str(&detail.evidence);
                }
                head.incident.date = head.incident.date.or(detail.incident.date);
                head.incident.weapon = head.incident.weapon.take().or(detail.incident.weapon);
            }
        } else if killed >= head.killed.value && wounded >= head.wounded.value {
            incidents.remove(h);
        }
    }
}

/// "Six residents of Zaporizhzhia region were injured. … Two in Zaporizhzhia … four in the Polohy district":
/// a region's figures that the places told after them add up to exactly are their sum, not one more
/// incident.
fn drop_summaries_of_parts(incidents: &mut Vec<ExtractedIncident>) {
    let mut index = 0;
    while index < incidents.len() {
        let summary = &incidents[index].incident;
        let parts: Vec<&Incident> = incidents[index + 1..]
            .iter()
            .map(|e| &e.incident)
            .filter(|i| i.region == summary.region && i.place.is_some())
            .collect();
        let adds_up = parts.len() >= 2
            && summary.place.is_none()
            && parts.iter().map(|i| i.killed.value).sum::<u32>() == summary.killed.value
            && parts.iter().map(|i| i.wounded.value).sum::<u32>() == summary.wounded.value;
        // "Russian attacks killed 2 and injured 11 in Kherson Oblast … In Beryslav, a man was wounded": places
        // told after a region's figures, the same day, adding up to no more than them, are its details.
        // "… 2 killed and 4 wounded in Zaporizhzhia overnight. Over the day, 3 killed and 5 wounded in the city and
        // its district": a region's day figures after its places, covering them, are their summary too.
        let last_of_region = !incidents[index + 1..].iter().any(|e| e.incident.region == summary.region);
        let part_indices: Vec<usize> = (0..incidents.len())
            .filter(|&i| i > index || (last_of_region && i < index))
            .filter(|&i| {
                let part = &incidents[i].incident;
                part.region == summary.region
                    && part.place.is_some()
                    && (part.date.is_none() || summary.date.is_none() || part.date == summary.date)
            })
            .collect();
        let within = summary.place.is_none()
            && summary.killed.value + summary.wounded.value > 0
            && !part_indices.is_empty()
            && part_indices.iter().map(|&i| incidents[i].incident.killed.value).sum::<u32>() <= summary.killed.value
            && part_indices.iter().map(|&i| incidents[i].incident.wounded.value).sum::<u32>() <= summary.wounded.value;
        if adds_up {
            incidents.remove(index);
        } else if within {
            let mut summary_at = index;
            for &i in part_indices.iter().rev() {
                let part = incidents.remove(i);
                if i < summary_at {
                    summary_at -= 1;
                }
                let summary = &mut incidents[summary_at];
                if !summary.evidence.contains(&part.evidence) {
                    summary.evidence.push(' ');
                    summary.evidence.push_str(&part.evidence);
                }
            }
            index = summary_at + 1;
        } else {
            index += 1;
        }
    }
}

/// A news site's aside: a link to another story ("Read also: Russian strike kills five in Odesa"), a photo
/// credit. Its figures are another story's, and its places must not become this one's.
fn is_aside(text: &str) -> bool {
    const ASIDES: &[&str] =
        &["read also", "read more", "see also", "also read", "related:", "photo:", "photo by", "illustrative photo"];
    let start: String = text.trim_start().chars().take(20).collect::<String>().to_lowercase();
    ASIDES.iter().chain(ukrainian::ASIDES).any(|aside| start.starts_with(aside))
}

/// A title that is a sentence of the story: it ends like one, or is too long for a headline.
fn is_lead_sentence(title: &str) -> bool {
    let title = title.trim();
    title.ends_with(['.', '!']) || title.split_whitespace().count() > 20
}

/// Where the current section's and paragraph's incidents begin in the list.
#[derive(Clone, Copy)]
struct Starts {
    section: usize,
    paragraph: usize,
}

/// What a section has said so far: the place and date later sentences may leave implicit.
struct Context {
    place: Option<PlaceRef>,
    date: Option<NaiveDate>,
    /// The weapon the current paragraph last named: "Forces fired an Iskander-K missile. It killed three."
    weapon: Option<String>,
    /// The sentence of the current paragraph that named `place`, to show with evidence that relies on it.
    place_sentence: Option<String>,
    /// The paragraph is a recap ("Recall that …"): its figures are of attacks already told, where the text told
    /// them.
    recap: bool,
    /// The previous sentence spoke of a period ("since the first day of the year, …"), so "these attacks" in
    /// the next one are that period's.
    aggregate: bool,
}

/// A resolved place: its region and, when named, the settlement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PlaceRef {
    region: RegionCode,
    settlement: Option<&'static str>,
}

impl PlaceRef {
    fn from_place(place: Place) -> PlaceRef {
        match place {
            Place::Region(region) => PlaceRef { region, settlement: None },
            Place::Settlement(town) => PlaceRef { region: town.region, settlement: Some(town.name) },
        }
    }
}

fn heading_place(heading: &str) -> Option<PlaceRef> {
    let tokens = tokenize(heading);
    let places = find_places(&tokens, None);
    let regions: Vec<RegionCode> = places.iter().map(|p| p.place.region).collect();
    match places.first() {
        Some(first) if regions.iter().all(|r| *r == first.place.region) => Some(first.place),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_report;

    fn extract(text: &str) -> Vec<(RegionCode, Option<String>, u32, u32)> {
        let report = parse_report(text, None).unwrap().report;
        extract_incidents(&report)
            .into_iter()
            .map(|e| (e.incident.region, e.incident.place, e.incident.killed.value, e.incident.wounded.value))
            .collect()
    }

    fn report(body: &str) -> String {
        format!("Day 344: Test\n\nSection\n\n{body}\n")
    }

    #[test]
    fn counts_in_their_many_phrasings() {
        let cases: &[(&str, u32, u32)] = &[
            (
                "A missile hit Kramatorsk, in Donetsk region, killing at least three people and wounding 20 others.",
                3,
                20,
            ),
            ("In Chernihiv region, four people were killed, and one more was wounded.", 4, 1),
            ("Two were killed in Kharkiv region.", 2, 0),
            ("The missile that hit a building in Dnipro claimed 46 lives and seriously injured 80 people.", 46, 80),
            ("In Kherson, an elderly woman was killed.", 1, 0),
            ("Twelve people died in Sumy.", 12, 0),
            ("Shelling of Nikopol wounded 11, including two children.", 0, 11),
            ("In Irpin, four people, two of them children, were killed.", 4, 0),
            ("A Russian drone struck a car in Novhorod-Siverskyi, Chernihiv region, wounding the driver.", 0, 1),
            ("A strike on Okhtyrka, in the Sumy region, left two dead and five wounded late yesterday.", 2, 5),
            ("In Chernihiv, a 16-year-old boy was killed when a shell exploded.", 1, 0),
        ];
        for (sentence, killed, wounded) in cases {
            let found = extract(&report(sentence));
            assert_eq!(found.len(), 1, "{sentence}: {found:?}");
            assert_eq!((found[0].2, found[0].3), (*killed, *wounded), "{sentence}");
        }
    }

    #[test]
    fn several_places_in_one_sentence_are_separate_incidents() {
        let found = extract(&report(
            "Attacks in Donetsk Oblast killed three people in Toretsk and wounded four in Kostiantynivka.",
        ));
        assert_eq!(
            found,
            [
                (RegionCode::Donetsk, Some("Toretsk".into()), 3, 0),
                (RegionCode::Donetsk, Some("Kostiantynivka".into()), 0, 4)
            ]
        );
    }

    #[test]
    fn later_sentences_inherit_the_place_and_update_the_toll() {
        let found = extract(&report(
            "Bombs hit a hypermarket in Kharkiv on May 25. At least 12 people were killed.\n\nBy this morning, the \
             death toll rose to 14, the governor said, and 43 people were being treated for injuries.",
        ));
        assert_eq!(found, [(RegionCode::Kharkiv, Some("Kharkiv".into()), 14, 43)]);
    }

    #[test]
    fn totals_losses_history_and_damage_are_not_incidents() {
        let found = extract(&report(
            "In the past day, Russia's attacks in Ukraine killed at least eight civilians and wounded 16. \
             Ukraine's General Staff said 800 Russian soldiers were killed in Donetsk Oblast. Since the start of \
             the war, 450 children have been killed in Kharkiv region. A drone damaged a school in Odesa; no \
             casualties were reported. No one was hurt in Lviv. Officials in Belgorod Oblast said two people \
             were injured.",
        ));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn weapons_and_dates_are_read() {
        let report = parse_report(
            &report("On the evening of February 1, an Iskander-K missile hit Kramatorsk, killing three people."),
            None,
        )
        .unwrap()
        .report;
        let found = extract_incidents(&report);
        assert_eq!(found[0].incident.weapon.as_deref(), Some("Iskander-K missile"));
        assert_eq!(found[0].incident.date, NaiveDate::from_ymd_opt(2023, 2, 1));
        assert_eq!(found[0].incident.report_day, Some(report.day));
        assert!(found[0].evidence.starts_with("On the evening of February 1"));
    }

    #[test]
    fn the_wounded_bodies_found_and_people_described_far_from_the_verb() {
        let cases: &[(&str, &[(u32, u32)])] = &[
            // Counted again, the wounded woman is the one already counted.
            ("A woman was wounded in Izium. The wounded woman was taken to Kharkiv.", &[(0, 1)]),
            ("Shelling killed a man in Izium. The wounded woman was taken to Kharkiv.", &[(1, 1)]),
            // She died: one death, nobody more hurt.
            ("A woman was wounded in Izium. The injured woman died in hospital.", &[(1, 0)]),
            ("Drones hit Izium. An employee of a farm, who was seriously injured, died in hospital.", &[(1, 0)]),
            ("A 52-year-old tractor driver in the village of Bilozerka, Kherson region, was killed.", &[(1, 0)]),
            ("A missile hit Izium. The body of one resident was recovered from the rubble.", &[(1, 0)]),
            // The subgroup is a person described: the two are the figure.
            ("A drone struck a car in Nikopol. Two others, including a 4-year-old child, suffered wounds.", &[(0, 2)]),
            ("A drone attacked a car near Kherson. The man was fatally wounded by the explosive.", &[(1, 0)]),
            (
                "Three women and a man were injured in Nikopol. Later, the 46-year-old man injured in Nikopol had \
                 died.",
                &[(1, 3)],
            ),
            (
                "Four people were injured in Ochakiv on Saturday, 10 August. As of this morning, the 70-year-old \
                 woman has been taken to hospital in Mykolaiv.",
                &[(0, 4)],
            ),
            (
                "A missile hit Dnipro. The death toll rose to 40, with at least 75 people wounded and 30 others \
                 still missing.",
                &[(40, 75)],
            ),
            // No place yet but the official's region.
            (
                "The head of the Sumy Regional Military Administration reported. A 52-year-old man was wounded.",
                &[(0, 1)],
            ),
            (
                "A missile hit Izium, killing seven. Two bodies were recovered at noon, bringing the death toll in Izium to \
                 nine.",
                &[(9, 0)],
            ),
        ];
        for (text, expected) in cases {
            let got: Vec<(u32, u32)> =
                extract(&report(text)).into_iter().map(|(_, _, killed, wounded)| (killed, wounded)).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }
}

/// Properties of what is never a casualty: numbers that are years, ages, times or counts of things.
#[cfg(test)]
mod never_invented {
    use proptest::prelude::*;

    use super::*;
    use crate::parse::parse_report;

    /// (region, killed, wounded) of every incident in a one-paragraph article.
    fn figures(paragraph: &str) -> Vec<(RegionCode, u32, u32)> {
        let text = format!("Report\n\n{paragraph}\n");
        let report = parse_report(&text, NaiveDate::from_ymd_opt(2024, 6, 1)).unwrap().report;
        extract_incidents(&report)
            .into_iter()
            .map(|e| (e.incident.region, e.incident.killed.value, e.incident.wounded.value))
            .collect()
    }

    /// Sentences that report damage, weapons, times, dates and amounts but nobody hurt; `{}` takes a number.
    const DAMAGE_ONLY: &[&str] = &[
        "A drone hit {} houses in Kharkiv overnight.",
        "Russia launched {} drones and missiles at Odesa Oblast.",
        "The strike on Nikopol at {}:15 damaged a school; no one was hurt.",
        "Shelling of Kupiansk on March {} destroyed a warehouse.",
        "In {}, a missile hit the port of Izmail, damaging grain silos.",
        "Kherson came under fire {} times over the past day.",
        "A fire covering {} square metres broke out after a strike on Dnipro.",
        "Air defence shot down {} of the drones over Kyiv Oblast.",
        "{} settlements in Zaporizhzhia Oblast were shelled, the governor said.",
        "Damage to house No. {} in Sumy was recorded after the attack.",
        "The attack on Lviv caused {} percent of the city to lose power.",
        "The strike on Poltava left {} families without homes; there were no casualties.",
        "A {} kg bomb hit a shop in Kostiantynivka.",
        "Repairs to the bridge in Chernihiv will cost {} million hryvnias.",
        "The shelling of Marhanets damaged power lines at {} a.m.",
    ];

    /// The same in Ukrainian, as regional administrations write it.
    const DAMAGE_ONLY_UK: &[&str] = &[
        "Дрон пошкодив {} будинків у Харкові.",
        "Росіяни запустили {} дронів по Одещині.",
        "Удар по Нікополю о {}:15 пошкодив школу, постраждалих немає.",
        "Обстріл Куп'янська {} березня зруйнував склад.",
        "У {} році ракета влучила в порт Ізмаїла.",
        "Херсон за минулу добу обстріляли {} разів.",
        "Після удару по Дніпру виникла пожежа на площі {} квадратних метрів.",
        "Сили ППО збили {} дронів над Київщиною.",
        "Ворог обстріляв {} населених пунктів Запорізької області.",
        "Пошкоджено будинок № {} у Сумах, обійшлося без жертв.",
        "Унаслідок атаки на Львів {} відсотків міста залишилися без світла.",
        "Удар по Полтаві залишив без житла {} родин, без постраждалих.",
        "Авіабомба вагою {} кг влучила в магазин у Костянтинівці.",
        "Відновлення мосту в Чернігові коштуватиме {} млн гривень.",
        "У Марганці о {} годині пошкоджено лінії електропередач.",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Any number put into a damage-only sentence stays out of the casualty figures.
        #[test]
        fn numbers_in_damage_only_sentences_never_become_casualties(
            template in prop::sample::select(DAMAGE_ONLY),
            number in prop_oneof![1u32..=31, 32u32..=2100, 2101u32..=100_000],
            lead in prop::sample::select(vec!["", "Overnight, ", "On Tuesday, ", "According to the governor, "]),
        ) {
            let sentence = format!("{lead}{}", template.replace("{}", &number.to_string()));
            let found = figures(&sentence);
            prop_assert!(found.is_empty(), "{sentence:?} gave {found:?}");
        }

        /// Any number put into a Ukrainian damage-only sentence stays out of the casualty figures.
        #[test]
        fn numbers_in_ukrainian_damage_only_sentences_never_become_casualties(
            template in prop::sample::select(DAMAGE_ONLY_UK),
            number in prop_oneof![1u32..=31, 32u32..=2100, 2101u32..=100_000],
            lead in prop::sample::select(vec!["", "Вночі ", "У вівторок ", "За словами голови ОВА, "]),
        ) {
            let sentence = format!("{lead}{}", template.replace("{}", &number.to_string()));
            let found = figures(&sentence);
            prop_assert!(found.is_empty(), "{sentence:?} gave {found:?}");
        }

        /// A Ukrainian year, birth year or age is never the count ("65-річна", "жінка 72 років", "1958 року
        /// народження"); the people described are.
        #[test]
        fn ukrainian_years_and_ages_are_never_counts(
            age in 1u32..=99,
            other_age in 1u32..=99,
            year in 1925u32..=2024,
            place in prop::sample::select(vec!["Харкові", "Херсоні", "Запоріжжі", "Сумах", "Нікополі"]),
            form in 0usize..5,
        ) {
            let (sentence, killed, wounded) = match form {
                0 => (format!("У {place} внаслідок обстрілу поранено {age}-річну жінку."), 0, 1),
                1 => (format!("У {place} загинув чоловік {year} року народження."), 1, 0),
                2 => (format!("У {place} поранені двоє чоловіків віком {age} та {other_age} років."), 0, 2),
                3 => (format!("У {place} о 0{}:{:02} травмована жінка {age} років.", age % 10, other_age % 60), 0, 1),
                _ => (format!("У {place} дрон убив {age}-річного чоловіка і поранив жінку {year} року народження."), 1, 1),
            };
            let found = figures(&sentence);
            prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", sentence, found);
            prop_assert_eq!((found[0].1, found[0].2), (killed, wounded), "{}", sentence);
        }

        /// Any sequence of Ukrainian words, numbers, places and punctuation is read without a panic, and every
        /// figure it gives is one of the numbers in the text (or a person described, or a small sum of them).
        #[test]
        fn ukrainian_text_of_any_shape_is_read_without_panicking(
            pieces in prop::collection::vec(prop::sample::select(vec![
                "загинули", "поранено", "двоє", "троє", "п'ятеро", "ще", "по", "2", "17", "1 200", "65-річна",
                "жінка", "людей", "у", "Харкові", "Харківської", "області", "району", "громади", "с.", "смт", "м.",
                "Станом", "на", "21:30", "Нагадаємо,", "–", "—", ",", ".", "«", "»", "\"", "були", "є", "загибла",
                "без", "постраждалих", "немає", "від", "отриманих", "травм", "помер", "у лікарні", "який",
                "Кривому", "Розі", "ЩЕ ЗА ТЕМОЮ", "Читайте також:", "20", "вересня", "2023", "року", "народження",
                "№", "ʼ", "десятки", "майже", "чотири", "\n", "\n\n", "День 344:", "Київщина", "Зоря",
            ]), 0..60),
        ) {
            let text = pieces.join(" ");
            let found = figures(&text);
            for (_, killed, wounded) in found {
                prop_assert!(killed <= 1_200 * 4 && wounded <= 1_200 * 4, "{text:?}");
            }
        }

        /// Arbitrary Cyrillic, digits and punctuation never make the reader panic.
        #[test]
        fn arbitrary_cyrillic_is_read_without_panicking(text in "[\\p{Cyrillic}0-9 ,.:;!?«»\"'ʼ’–—-]{0,300}") {
            figures(&text);
        }

        /// A year or age in a casualty sentence is never the count; the people described are.
        #[test]
        fn years_and_ages_are_never_counts(
            age in 1u32..=99,
            other_age in 1u32..=99,
            year in 1925u32..=2024,
            place in prop::sample::select(vec!["Kharkiv", "Kherson", "Zaporizhzhia", "Sumy", "Nikopol"]),
            form in 0usize..5,
        ) {
            let (sentence, killed, wounded) = match form {
                0 => (format!("A {age}-year-old woman was injured by shelling in {place}."), 0, 1),
                1 => (format!("In {place}, a man born in {year} was killed."), 1, 0),
                2 => (format!("Two men, aged {age} and {other_age}, were wounded in {place}."), 0, 2),
                3 => (format!("A woman, {age}, was injured in {place} at 0{}:{:02}.", age % 10, other_age % 60), 0, 1),
                _ => (format!("In {place}, a drone killed a {age}-year-old man and injured a woman born in {year}."), 1, 1),
            };
            let found = figures(&sentence);
            prop_assert_eq!(found.len(), 1, "{:?} gave {:?}", sentence, found);
            prop_assert_eq!((found[0].1, found[0].2), (killed, wounded), "{}", sentence);
        }
    }
}
