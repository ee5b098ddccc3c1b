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

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

mod ukrainian;

use crate::gazetteer::{self, Place};
use crate::letters;
use crate::{Block, Count, Incident, RegionCode, Report};

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

// ----- tokens -----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number(u32),
    Punct(char),
}

#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    /// Lowercased; borrowed when the text already is.
    lower: std::borrow::Cow<'a, str>,
    kind: Kind,
}

impl Token<'_> {
    /// Compares length and first byte before the bytes: most comparisons here fail, and a call to `memcmp`
    /// for every word of every list was a tenth of the extractor's time.
    fn is(&self, word: &str) -> bool {
        let (own, other) = (self.lower.as_bytes(), word.as_bytes());
        own.len() == other.len() && own.first() == other.first() && own == other
    }

    fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.is(word))
    }

    fn capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(letters::is_uppercase)
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
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
fn parse_numeral(word: &str) -> Option<u32> {
    if !word.bytes().all(|b| b.is_ascii_digit() || b == b',') || word.starts_with(',') {
        return None;
    }
    word.replace(',', "").parse().ok()
}

/// Words a full stop follows without ending the sentence: titles, "U.N.", and months as AP writes them
/// ("on Feb. 24, 2022").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "gov", "sen", "rep", "no", "vs", "u.s", "u.k", "u.n", "a.m",
    "p.m", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// Splits a paragraph into sentences at `.`, `!` or `?` followed by a space and a capital, digit or quote.
fn split_sentences(text: &str) -> Vec<&str> {
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

// ----- counts -----

const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
];

fn number_word(word: &str) -> Option<u32> {
    let mut total = 0;
    for part in word.split('-') {
        total += NUMBER_WORDS.iter().find(|(name, _)| *name == part)?.1;
    }
    Some(total)
}

/// Nouns for one person, so that "an elderly woman" or "the driver" counts as one.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teenager",
    "teen",
    "person",
    "resident",
    "civilian",
    "driver",
    "employee",
    "worker",
    "pensioner",
    "volunteer",
    "rescuer",
    "medic",
    "paramedic",
    "doctor",
    "nurse",
    "firefighter",
    "farmer",
    "journalist",
    "mother",
    "father",
    "infant",
    "baby",
    "toddler",
    "student",
    "passer-by",
    "passerby",
    "guard",
    "policeman",
    "officer",
    "grandmother",
    "grandfather",
    "security",
    "cyclist",
    "pedestrian",
    "teacher",
    "shopkeeper",
    "electrician",
    "miner",
    "fisherman",
    "colleague",
    "neighbour",
    "neighbor",
    "husband",
    "wife",
    "son",
    "daughter",
    "friend",
    "brother",
    "sister",
    "priest",
    "grandson",
    "granddaughter",
    "grandchild",
    "niece",
    "nephew",
    "aunt",
    "uncle",
    "pastor",
    "individual",
    "villager",
    "local",
    "adult",
    "patient",
    "citizen",
    "inhabitant",
    "passenger",
    "customer",
    "shopper",
    "visitor",
];

const DETERMINERS: &[&str] = &["a", "an", "the", "another", "his", "her", "their"];

/// Words after a number that make it anything but a count of civilian casualties.
const NOT_PEOPLE: &[&str] = &[
    "soldiers",
    "troops",
    "servicemen",
    "service",
    "personnel",
    "occupiers",
    "invaders",
    "militants",
    "mercenaries",
    "tanks",
    "aircraft",
    "drones",
    "missiles",
    "shells",
    "rockets",
    "buildings",
    "houses",
    "homes",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "miles",
    "percent",
    // What the Ukrainian gloss writes after a number followed by a word it doesn't know.
    "things",
    "per",
    "%",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "night",
    "times",
    "attacks",
    "strikes",
    "place",
    "places",
    "settlements",
    "towns",
    "villages",
    "cities",
    "regions",
    "oblasts",
    "packages",
    "hectares",
    "tonnes",
    "tons",
    "square",
    "o'clock",
    "p.m",
    "a.m",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn month_number(word: &str) -> Option<u32> {
    // Month names are 3 to 9 letters and start with one of these; most words fail here.
    if !(3..=9).contains(&word.len()) || !word.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']) {
        return None;
    }
    let index = MONTHS.iter().position(|m| *m == word)?;
    Some(if index < 12 { index as u32 + 1 } else { [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][index - 12] })
}

/// The number a single token states, if any.
fn count_at_value(token: &Token<'_>) -> Option<u32> {
    match token.kind {
        Kind::Number(n) => Some(n),
        Kind::Word => number_word(&token.lower),
        Kind::Punct(_) => None,
    }
}

/// A number that is a year ("in 2002", "born in 1957"), an age ("aged 40 and 73", "a man, 65"), or part of a
/// time ("at 07:30"): never a count of people, whatever casualty word is near.
fn is_year_age_or_time(tokens: &[Token<'_>], i: usize) -> bool {
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
enum CountAt {
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

fn count_at(tokens: &[Token<'_>], i: usize) -> CountAt {
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

// ----- casualty words -----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Harm {
    Killed,
    Wounded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// The count comes after: "killing three", "the death toll rose to 14".
    Ahead,
    /// The count comes before: "three were killed", "claimed 46 lives".
    Back,
    /// Active or passive: "shelling killed one" or "one was killed".
    Either,
}

fn casualty_word(tokens: &[Token<'_>], i: usize) -> Option<(Harm, Direction)> {
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

/// What is done with the bodies of the dead, as the reports tell it.
const BODY_FOUND: &[&str] = &["found", "recovered", "retrieved", "pulled", "discovered"];

const BE_VERBS: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "got", "get", "remain", "remained"];
const ADVERBS: &[&str] = &[
    "also",
    "reportedly",
    "later",
    "seriously",
    "severely",
    "critically",
    "fatally",
    "lightly",
    "badly",
    "allegedly",
    "slightly",
    "all",
    "both",
    "not",
];

fn is_passive(tokens: &[Token<'_>], i: usize) -> bool {
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

/// "It initially reported seven killed but later corrected the toll to six", "He had previously reported two
/// dead": figures the text itself says are out of date are dropped, up to the "but" or "later" that
/// corrects them (or the whole sentence, when nothing does).
fn drop_superseded(tokens: &[Token<'_>], mentions: &mut Vec<Mention>) {
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
fn drop_sum_of_what_follows(mentions: &mut Vec<Mention>) {
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
fn is_photo_caption(tokens: &[Token<'_>]) -> bool {
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
struct Mention {
    harm: Harm,
    count: Count,
    /// First and last token of the word and its count.
    span: (usize, usize),
    /// The token where the count starts.
    at: usize,
    /// "another 57-year-old man", "a further 117 people": people on top of those already counted.
    additional: bool,
    /// People described rather than numbered ("a 65-year-old man"): one attack's, never a running total.
    described: bool,
    /// The dead were told as hurt first ("the man injured in Nikopol had died"): they are among the wounded
    /// already counted.
    were_hurt: bool,
}

fn find_mentions(tokens: &[Token<'_>]) -> Vec<Mention> {
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
fn locates_another(tokens: &[Token<'_>], place: &PlaceMention) -> bool {
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
fn named_person_before(tokens: &[Token<'_>], i: usize) -> Found {
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
fn toll_figure(tokens: &[Token<'_>], i: usize) -> Found {
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

enum Found {
    Count {
        value: u32,
        at: usize,
        at_least: bool,
    },
    /// A number that makes the figure about something else.
    Blocked,
    Nothing,
}

fn at_least_before(tokens: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| tokens[p].lower.as_ref());
    matches!((before(2), before(1)), (Some("at"), Some("least")) | (Some("more"), Some("than")))
        || before(1) == Some("over")
}

fn is_casualty_word(tokens: &[Token<'_>], i: usize) -> bool {
    casualty_word(tokens, i).is_some()
}

fn look_ahead(tokens: &[Token<'_>], i: usize, window: usize) -> Found {
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
fn is_person_word(token: &Token<'_>) -> bool {
    PERSON_WORDS.contains(token.lower.as_ref())
}

/// [`PERSON_NOUNS`], their plurals in -s, and the irregular plurals: asked about most words of a casualty
/// sentence, so a set rather than a scan of the list.
static PERSON_WORDS: LazyLock<rustc_hash::FxHashSet<String>> = LazyLock::new(|| {
    PERSON_NOUNS
        .iter()
        .flat_map(|noun| [noun.to_string(), format!("{noun}s")])
        .chain(["men", "women", "children", "people", "persons", "elderly"].map(String::from))
        .collect()
});

/// "17-year-old", "elderly": words that describe a person without counting.
fn is_age_word(token: &Token<'_>) -> bool {
    token.lower.ends_with("-year-old")
        || token.is_any(&["elderly", "young", "local", "twin", "female", "male", "adult"])
}

/// A word inside a phrase naming people: "twin brothers", "17-year-old", "women".
fn is_person_phrase_word(token: &Token<'_>) -> bool {
    is_person_word(token) || is_age_word(token) || token.is_any(DETERMINERS)
}

/// People counted in parts: after "two women" ending at `end`, the "and a man" or "and three children" that
/// follow; their sum.
fn coordinated_after(tokens: &[Token<'_>], end: usize) -> u32 {
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
fn coordinated_before(tokens: &[Token<'_>], j: usize, value: u32) -> Option<(usize, u32)> {
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

fn look_back(tokens: &[Token<'_>], i: usize, window: usize) -> Found {
    let mut j = i;
    // "14 victims, including two dead": with no whole before it, the subgroup is the figure for this word.
    let mut subgroup = None;
    let found = look_back_whole(tokens, i, window, &mut subgroup, &mut j);
    match (found, subgroup) {
        (Found::Nothing, Some((value, at))) => Found::Count { value, at, at_least: at_least_before(tokens, at) },
        (found, _) => found,
    }
}

fn look_back_whole(
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

// ----- places -----

#[derive(Debug, Clone, Copy)]
struct PlaceMention {
    place: PlaceRef,
    /// First and last token.
    span: (usize, usize),
    /// Named as part of an official's title ("Donetsk Governor"): a hint, not where it happened.
    weak: bool,
}

/// Nouns for places, counted: "three cities", "five regions".
const PLACE_NOUNS: &[&str] =
    &["cities", "towns", "regions", "oblasts", "provinces", "settlements", "villages", "communities"];

/// Where in Ukraine a region lies, as a text describes it: "the central region of Dnipropetrovsk".
const COMPASS: &[&str] = &[
    "central",
    "southern",
    "northern",
    "eastern",
    "western",
    "southeastern",
    "northeastern",
    "southwestern",
    "northwestern",
    "neighbouring",
    "neighboring",
];
const REGION_WORDS: &[&str] =
    &["region", "oblast", "province", "область", "oblast's", "region's", "oblasts", "regions", "provinces"];
const TITLE_WORDS: &[&str] = &[
    "governor",
    "regional",
    "mayor",
    "administration",
    "authorities",
    "officials",
    "police",
    "prosecutor",
    "prosecutor's",
    "military",
    "head",
    "council",
    "governor's",
    "city's",
    "emergency",
];
/// Capitalised words that may stand before a place name without being part of it.
const NOT_A_NAME_BEFORE: &[&str] = &[
    "russian",
    "ukrainian",
    "ukraine's",
    "ukraine",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "occupied",
    "liberated",
    "frontline",
    "front-line",
    "greater",
    "city",
    "town",
    "village",
    "oblast",
    "region",
    "governor",
    "mayor",
    "the",
    "in",
    "on",
    "at",
    "near",
    "kyiv",
    "and",
    "of",
    "from",
    "a",
    "an",
    "when",
    "as",
    "after",
    "while",
    "but",
    "attack",
    "strike",
    "strikes",
    "attacks",
    "shelling",
    "by",
    "for",
    "with",
    "to",
    "into",
    "drone",
    "missile",
];

const NOT_A_PLACE_AFTER: &[&str] = &[
    "post",
    "independent",
    "school",
    "metro",
    "university",
    "street",
    "river",
    "nuclear",
    "npp",
    "reservoir",
    "hydroelectric",
    "dam",
    "avenue",
    "square",
    "airport",
];

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// The places a sentence names. `hint` is the region the text is about so far, for villages whose name
/// several oblasts share.
fn find_places(tokens: &[Token<'_>], hint: Option<RegionCode>) -> Vec<PlaceMention> {
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
fn after_locative_cue(tokens: &[Token<'_>], i: usize) -> bool {
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
fn codified_place(tokens: &[Token<'_>], i: usize, hint: Option<RegionCode>) -> Option<(PlaceRef, usize)> {
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
fn regions_named(tokens: &[Token<'_>]) -> Vec<RegionCode> {
    tokens
        .windows(2)
        .filter(|pair| pair[0].capitalized() && pair[1].is_any(REGION_WORDS))
        .filter_map(|pair| gazetteer::find_exact(strip_possessive(pair[0].text)))
        .map(|place| place.region().surrounding_region())
        .collect()
}

/// "Belgorod Oblast", "in Russia": the sentence is (partly) about somewhere the gazetteer doesn't know, so an
/// earlier sentence's place must not be assumed.
fn mentions_unknown_region(tokens: &[Token<'_>], places: &[PlaceMention]) -> bool {
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

const PREPOSITIONS: &[&str] = &["in", "near", "at", "on", "outside", "around", "of", "from", "across"];

/// Where a mention happened: a place after it ("killed three in Toretsk"), else the nearest before it, else
/// any other in the sentence. `None` when the sentence names no strong place.
///
/// In a sentence with a country-wide figure ("attacks across Ukraine killed five, two of them in Kharkiv"),
/// only a place right after a count owns it: the rest of the sentence is the whole country's.
fn place_for(
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
fn lists_several_regions(tokens: &[Token<'_>], places: &[&PlaceMention]) -> bool {
    places.windows(2).any(|pair| {
        let between = &tokens[pair[0].span.1 + 1..pair[1].span.0];
        // "A and B", "A, B": listed; "Rzhyshchiv, a town south of the capital, Kyiv" is an apposition.
        pair[0].place.region != pair[1].place.region
            && ((between.len() <= 8 && between.iter().any(|t| t.is("and")))
                || (between.len() <= 2 && between.iter().any(|t| t.kind == Kind::Punct(','))))
    })
}

/// Where a figure belongs, when its sentence says anything about it.
enum PlaceFor {
    At(PlaceRef),
    /// Places of several regions share it: it belongs to none of them, nor to an earlier sentence's place.
    Ambiguous,
}

/// The items of an enumeration between tokens `from` and `until`: "three in Krasnohorivka", "two people in
/// Bakhmut", "3 each in Kherson and Beryslav". Returns (token of the count, count, place) for each place.
fn enumeration(
    tokens: &[Token<'_>],
    from: usize,
    until: usize,
    places: &[PlaceMention],
) -> Vec<(usize, u32, PlaceRef)> {
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
        items.push((k, value, places[index].place));
        while each
            && let Some(next) = places.get(index + 1)
            && next.span.0 <= places[index].span.1 + 4
            && tokens[places[index].span.1 + 1..next.span.0]
                .iter()
                .all(|t| t.is_any(&["and", "in", "the", "city", "of"]) || t.kind == Kind::Punct(','))
        {
            index += 1;
            items.push((k, value, next.place));
        }
        k = places[index].span.1 + 1;
    }
    items
}

/// Which `;`-separated clause of the sentence token `i` is in.
fn clause_of(tokens: &[Token<'_>], i: usize) -> usize {
    tokens[..i].iter().filter(|t| t.kind == Kind::Punct(';')).count()
}

// ----- dates -----

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

fn is_weekday(token: &Token<'_>) -> bool {
    WEEKDAYS.iter().any(|(name, _)| token.is(name))
}

fn sentence_date(tokens: &[Token<'_>], report_date: NaiveDate, context: Option<NaiveDate>) -> Option<NaiveDate> {
    for (i, token) in tokens.iter().enumerate() {
        if !token.capitalized() {
            continue;
        }
        if let Some(month) = month_number(&token.lower) {
            let day = match (tokens.get(i + 1).map(|t| t.kind), i.checked_sub(1).map(|p| tokens[p].kind)) {
                (Some(Kind::Number(d)), _) if (1..=31).contains(&d) => Some(d),
                (_, Some(Kind::Number(d))) if (1..=31).contains(&d) => Some(d),
                _ => None,
            };
            if let Some(day) = day {
                let mut year = report_date.year();
                if NaiveDate::from_ymd_opt(year, month, day).is_some_and(|d| d > report_date) {
                    year -= 1;
                }
                if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                    return Some(date);
                }
            }
        }
    }
    const TRIGGERS: &[&str] = &["overnight", "yesterday", "past", "last", "previous", "today", "this", "next"];
    if !tokens.iter().any(|t| t.is_any(TRIGGERS) || is_weekday(t)) {
        return context;
    }
    let has = |phrase: &[&str]| tokens.windows(phrase.len()).any(|w| w.iter().zip(phrase).all(|(t, p)| t.is(p)));
    let yesterday = report_date.checked_sub_days(Days::new(1));
    if has(&["overnight"])
        || has(&["yesterday"])
        || has(&["past", "day"])
        || has(&["last", "night"])
        || has(&["previous", "day"])
        || has(&["past", "24", "hours"])
        || has(&["previous", "24", "hours"])
        || has(&["last", "24", "hours"])
    {
        return yesterday;
    }
    if has(&["today"]) || has(&["this", "morning"]) {
        return Some(report_date);
    }
    if has(&["the", "next", "day"]) {
        return context.and_then(|d| d.checked_add_days(Days::new(1)));
    }
    for (name, weekday) in WEEKDAYS {
        // "from Monday", "until Friday", "next Sunday": days to come, not when anything happened.
        let ahead = tokens
            .windows(2)
            .any(|w| w[1].is(name) && w[0].is_any(&["from", "until", "till", "next", "by", "starting", "effective"]));
        if has(&[name]) && !ahead {
            let back = (7 + report_date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
            return report_date.checked_sub_days(Days::new(u64::from(back)));
        }
    }
    context
}

// ----- weapons -----

/// Most specific first; the first that a sentence names is its weapon.
const WEAPONS: &[&str] = &[
    "iskander-k missile",
    "iskander-m missile",
    "iskander-k",
    "iskander-m",
    "iskander missile",
    "iskander",
    "kh-101 cruise missiles",
    "kh-101 cruise missile",
    "kh-101",
    "kh-22 missiles",
    "kh-22 missile",
    "kh-22",
    "kh-59",
    "kinzhal missiles",
    "kinzhal missile",
    "kinzhal",
    "kalibr cruise missiles",
    "kalibr missiles",
    "kalibr",
    "s-300 missiles",
    "s-300 missile",
    "s-300",
    "tochka-u missile",
    "tochka-u",
    "shahed-136 drones",
    "shahed drones",
    "shahed drone",
    "shahed-136",
    "shaheds",
    "shahed",
    "lancet drone",
    "lancet",
    "guided aerial bombs",
    "guided aerial bomb",
    "guided bombs",
    "guided bomb",
    "glide bombs",
    "glide bomb",
    "cluster munitions",
    "grad rockets",
    "grad",
    "smerch",
    "uragan",
    "multiple-rocket launchers",
    "multiple rocket launchers",
    "mlrs",
    "ballistic missiles",
    "ballistic missile",
    "cruise missiles",
    "cruise missile",
    "missiles",
    "missile",
    "drones",
    "drone",
    "artillery",
    "mortar",
    "airstrike",
    "air strike",
    "bombs",
    "bomb",
    "rockets",
    "rocket",
    "shelling",
];

/// Position in [`WEAPONS`]: lower is more specific.
fn weapon_rank(weapon: &str) -> usize {
    let lower = weapon.to_lowercase();
    WEAPONS.iter().position(|w| *w == lower).unwrap_or(WEAPONS.len())
}

/// Weapons by their first word: (rank in [`WEAPONS`], all their words).
type WeaponIndex = HashMap<&'static str, Vec<(usize, Vec<&'static str>)>>;

/// [`WEAPONS`] split into words and indexed by their first word.
static WEAPON_INDEX: LazyLock<WeaponIndex> = LazyLock::new(|| {
    let mut index = WeaponIndex::default();
    for (rank, weapon) in WEAPONS.iter().enumerate() {
        let words: Vec<&'static str> = weapon.split(' ').collect();
        index.entry(words[0]).or_default().push((rank, words));
    }
    index
});

/// The most specific weapon the sentence names, as written in it.
fn find_weapon(tokens: &[Token<'_>]) -> Option<String> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, token) in tokens.iter().enumerate() {
        let Some(candidates) = WEAPON_INDEX.get(token.lower.as_ref()) else { continue };
        for (rank, words) in candidates {
            let matches = words.iter().enumerate().all(|(k, word)| tokens.get(i + k).is_some_and(|t| t.lower == *word));
            if matches && best.is_none_or(|(best_rank, _, _)| *rank < best_rank) {
                best = Some((*rank, i, words.len()));
            }
        }
    }
    best.map(|(_, start, len)| tokens[start..start + len].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

// ----- sentences into incidents -----

const COUNTRY_WIDE: &[&[&str]] = &[
    &["across", "ukraine"],
    &["across", "the", "country"],
    &["nationwide"],
    &["in", "ukraine"],
    &["throughout", "ukraine"],
    &["all", "over", "ukraine"],
    &["countrywide"],
    &["against", "ukraine"],
    &["attacks", "on", "ukraine"],
    &["attack", "on", "ukraine"],
    &["regions", "of", "ukraine"],
    &["across", "the", "nation"],
    &["around", "the", "country"],
    &["several", "regions"],
    &["of", "the", "country"],
    &["east", "and", "south"],
    &["south", "and", "east"],
    &["multiple", "regions"],
];

const SINCE_START: &[&[&str]] = &[
    &["since", "the", "start"],
    &["since", "the", "beginning"],
    &["since", "the", "full-scale"],
    &["since", "the", "invasion"],
    &["since", "february", "24"],
    &["since", "24", "february"],
    &["since", "2014"],
    &["since", "2022"],
    &["so", "far", "this", "year"],
    &["in", "total"],
    &["this", "year"],
    &["last", "month"],
    &["past", "month"],
    &["past", "week"],
    &["overall"],
    &["altogether"],
    &["cumulative"],
    &["to", "date"],
    &["thus", "far"],
    &["since", "the", "first"],
    &["since", "the", "new", "year"],
    &["since", "new", "year"],
    &["since", "the", "war"],
    &["during", "the", "war"],
    &["the", "war", "has", "killed"],
    &["since", "russia"],
    &["since", "moscow"],
    &["in", "the", "first"],
    &["months", "of"],
    // The UN's monitoring mission counts over months and the whole country.
    &["according", "to", "the", "un"],
    &["united", "nations", "says"],
    &["united", "nations", "said"],
    &["un", "says"],
    &["monitoring", "mission"],
    &["human", "rights", "mission"],
    &["has", "verified"],
    &["have", "verified"],
    &["were", "verified"],
    &["documented"],
];

/// Phrases that tell of the wounded dying later: their deaths move them, they are not new casualties.
const DIED_OF_WOUNDS: &[&[&str]] = &[
    &["of", "the", "injured"],
    &["of", "the", "wounded"],
    &["died", "in", "hospital"],
    &["died", "in", "the", "hospital"],
    &["away", "in", "hospital"],
    &["away", "in", "the", "hospital"],
    &["later", "died"],
    &["succumbed"],
    &["died", "of", "wounds"],
    &["died", "of", "injuries"],
    &["died", "of", "his", "injuries"],
    &["died", "of", "her", "injuries"],
    &["died", "from", "injuries"],
    &["died", "from", "their", "injuries"],
    &["died", "of", "their", "injuries"],
];

const MILITARY_TARGETS: &[&[&str]] = &[
    &["military", "institute"],
    &["military", "unit"],
    &["military", "base"],
    &["military", "facility"],
    &["military", "training"],
    &["training", "ground"],
    &["armed", "forces'"],
];

/// Figures over a period rather than one attack: "since the summer", "every day", "in July".
fn is_aggregate(words: &Words<'_, '_>) -> bool {
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
struct Words<'s, 't> {
    tokens: &'s [Token<'t>],
    words: u128,
    pairs: u128,
}

impl<'s, 't> Words<'s, 't> {
    fn new(tokens: &'s [Token<'t>]) -> Self {
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
    fn none(tokens: &'s [Token<'t>]) -> Self {
        Words { tokens, words: 0, pairs: 0 }
    }

    fn has(&self, phrases: &[&[&str]]) -> bool {
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
fn pair_bit(first: u32, second: u32) -> u128 {
    1 << (first.wrapping_mul(31).wrapping_add(second).wrapping_mul(0x9e37_79b9) >> 25)
}

/// A word's hash from its length and first, second and last bytes: enough to tell the phrase words apart.
fn word_hash(word: &[u8]) -> u32 {
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else { return 0 };
    let second = word.get(1).copied().unwrap_or(0);
    (word.len() as u32 ^ u32::from(first) << 8 ^ u32::from(second) << 16 ^ u32::from(last) << 24)
        .wrapping_mul(0x85eb_ca6b)
        >> 7
}

fn is_update(words: &Words<'_, '_>) -> bool {
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

/// Reads one sentence into `incidents`. `reading` is what the rules read: the sentence itself, or its gloss
/// when it is Ukrainian; `sentence` is what the evidence quotes.
fn read_sentence(
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
            let starts_at_count = items.first().is_some_and(|item| item.0 == mention.at);
            let (place, explicit) =
                match place_for(mention, next_start, &tokens, &places, country_wide, &counts, previous_end) {
                    Some(PlaceFor::At(place)) => (place, true),
                    Some(PlaceFor::Ambiguous) if starts_at_count && items.len() >= 2 => (items[0].2, true),
                    // "One person was killed in the Donetsk region and another around Kupiansk": the place
                    // right after the word is the figure's, the items after it are more.
                    Some(PlaceFor::Ambiguous) if !items.is_empty() => match places.iter().find(|p| {
                        !p.weak && p.span.0 > mention.span.1 && p.span.0 <= mention.span.1 + 4 && p.span.1 < items[0].0
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
            let sum: u32 = items.iter().map(|item| item.1).sum();
            // Parts of a named region ("2 residents of Donetsk Oblast: one in A and one in B") replace it;
            // places elsewhere ("one in the Donetsk region and another around Kupiansk") add to it.
            let parts_of_place = items.iter().all(|item| item.2.region == place.region) || !explicit;
            let parts: Vec<(Count, PlaceRef, bool)> =
                if !items.is_empty() && (starts_at_count || (sum == mention.count.value && parts_of_place)) {
                    items.iter().map(|&(_, value, place)| (Count { value, at_least: false }, place, true)).collect()
                } else if !items.is_empty() && explicit && (place.settlement.is_some() || !parts_of_place) {
                    std::iter::once((mention.count, place, explicit))
                        .chain(items.iter().map(|&(_, value, place)| (Count { value, at_least: false }, place, true)))
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
