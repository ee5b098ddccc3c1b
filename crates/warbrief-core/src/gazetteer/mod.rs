//! Names of places: what people type ("Kharkov", "Харківська область", "kharkiv oblast", "Kramatorsk")
//! resolved to a region, with the closest candidates for typos.

pub mod codifier;
mod data;

// FxHash: the gazetteer is asked about nearly every capitalised word of every report; SipHash's resistance to
// flooding buys nothing for keys we ship ourselves.
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::sync::LazyLock;

use crate::letters;
use crate::{Lang, RegionCode};

use data::{REGIONS, SETTLEMENTS};

/// English name of a region: "Kharkiv", "Kyiv City", "Crimea".
pub fn region_name(region: RegionCode) -> &'static str {
    REGIONS[region.index()].name_en
}

/// Ukrainian name of a region: "Харківська область".
pub fn region_name_uk(region: RegionCode) -> &'static str {
    REGIONS[region.index()].name_uk
}

/// A region's other names: older spellings, the centre's name, the informal Ukrainian name ("Харківщина").
pub fn region_aliases(region: RegionCode) -> &'static [&'static str] {
    &REGIONS[region.index()].aliases
}

/// "Kharkiv Oblast", "Kyiv City", "Crimea": the English name with the kind of unit where it helps.
pub fn region_label(region: RegionCode) -> String {
    match region {
        RegionCode::KyivCity | RegionCode::Sevastopol | RegionCode::Crimea => region_name(region).to_owned(),
        _ => format!("{} Oblast", region_name(region)),
    }
}

/// A region's name in `lang`, short enough for a button: "Kharkiv" or "Харківська" (the oblast's adjective;
/// "Київ", "Автономна Республіка Крим" whole).
pub fn region_name_in(lang: Lang, region: RegionCode) -> &'static str {
    match lang {
        Lang::En => region_name(region),
        Lang::Uk => region_name_uk(region).strip_suffix(" область").unwrap_or(region_name_uk(region)),
    }
}

/// A region's full name in `lang`: "Kharkiv Oblast" ([`region_label`]) or "Харківська область".
pub fn region_label_in(lang: Lang, region: RegionCode) -> String {
    match lang {
        Lang::En => region_label(region),
        Lang::Uk => region_name_uk(region).to_owned(),
    }
}

/// A settlement's name in `lang`: "Kramatorsk" or "Краматорськ".
pub fn settlement_name_in(lang: Lang, settlement: Settlement) -> &'static str {
    match lang {
        Lang::En => settlement.name,
        Lang::Uk => settlement.name_uk,
    }
}

/// A settlement in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settlement {
    /// Stable identifier, e.g. "kupiansk": buttons refer to the town by it, so it never changes (see
    /// `settlements.tsv`).
    pub key: &'static str,
    pub name: &'static str,
    pub name_uk: &'static str,
    pub region: RegionCode,
}

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Region(RegionCode),
    Settlement(Settlement),
}

impl Place {
    /// The region the place is in (itself, for a region).
    pub fn region(self) -> RegionCode {
        match self {
            Place::Region(region) => region,
            Place::Settlement(settlement) => settlement.region,
        }
    }

    /// The English name: "Kharkiv" for the region, "Kramatorsk" for the town.
    pub fn name(self) -> &'static str {
        match self {
            Place::Region(region) => region_name(region),
            Place::Settlement(settlement) => settlement.name,
        }
    }
}

/// The answer to a name lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Place),
    /// No exact match; the closest names, best first (at most [`MAX_SUGGESTIONS`]).
    DidYouMean(Vec<Place>),
    NotFound,
}

pub const MAX_SUGGESTIONS: usize = 4;

/// Longest query worth looking at; longer input is no place name.
const MAX_QUERY_CHARS: usize = 80;

/// Every settlement, in gazetteer order.
pub fn settlements() -> impl Iterator<Item = Settlement> {
    SETTLEMENTS.iter().map(settlement)
}

/// The settlement of this key (see [`Settlement::key`]); `None` for a key the gazetteer doesn't have.
pub fn settlement_by_key(key: &str) -> Option<Settlement> {
    INDEX.keys.get(key).copied()
}

fn settlement(data: &'static data::SettlementData) -> Settlement {
    Settlement { key: data.key, name: data.name, name_uk: data.name_uk, region: data.region }
}

/// Resolves a name typed by a person or found in a report.
///
/// Case, apostrophes, hyphens and a trailing "region"/"oblast"/"область" don't matter; "Kyiv region" means
/// the oblast around the city. When nothing matches exactly, returns the closest names by edit distance.
pub fn lookup(query: &str) -> Lookup {
    let query: String = query.chars().take(MAX_QUERY_CHARS + 1).collect();
    if query.chars().count() > MAX_QUERY_CHARS {
        return Lookup::NotFound;
    }
    let (key, kind) = normalize_query(&query);
    if key.is_empty() {
        return Lookup::NotFound;
    }
    if let Some(place) = INDEX.exact.get(&key) {
        let place = match (kind, *place) {
            (QueryKind::Region, Place::Region(region)) => Place::Region(region.surrounding_region()),
            (QueryKind::Region, Place::Settlement(settlement)) => Place::Region(settlement.region),
            (_, place) => place,
        };
        return Lookup::Found(place);
    }
    let suggestions = closest(&key);
    if suggestions.is_empty() { Lookup::NotFound } else { Lookup::DidYouMean(suggestions) }
}

/// Exact lookup of a normalized name (see [`normalize`]); for scanning text, without fuzzy matching.
pub fn find_exact(name: &str) -> Option<Place> {
    if is_normal(name) {
        return INDEX.exact.get(name).copied();
    }
    INDEX.exact.get(&normalize(name)).copied()
}

/// Whether `name` is already as [`normalize`] makes it (lowercase ASCII or Cyrillic words, single spaces):
/// looked up as it is, without a copy.
fn is_normal(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && name.chars().all(|c| matches!(c, 'a'..='z' | '0'..='9' | ' ' | 'а'..='я' | 'і' | 'ї' | 'є' | 'ґ'))
}

/// Exact lookup that prefers a settlement where a region shares its name ("Kharkiv" the city), for reading
/// report text, where a bare name usually means the town.
pub fn find_exact_preferring_settlement(name: &str) -> Option<Place> {
    if is_normal(name) {
        return INDEX
            .settlements
            .get(name)
            .map(|town| Place::Settlement(*town))
            .or_else(|| INDEX.exact.get(name).copied());
    }
    let key = normalize(name);
    INDEX.settlements.get(&key).map(|town| Place::Settlement(*town)).or_else(|| INDEX.exact.get(&key).copied())
}

/// Every name the gazetteer knows, normalised ([`normalize`]), with its place: for readers that build their own
/// index of the names in one language. A name a settlement and a region share comes first as the settlement
/// (as [`find_exact_preferring_settlement`] reads it), then as the region.
pub fn names() -> impl Iterator<Item = (&'static str, Place)> {
    let settlements = INDEX.settlements.iter().map(|(name, town)| (name.as_str(), Place::Settlement(*town)));
    settlements.chain(INDEX.exact.iter().map(|(name, place)| (name.as_str(), *place)))
}

/// Whether some place name starts with `word` (any case): lets text scanners skip most words cheaply.
pub fn starts_a_name(word: &str) -> bool {
    if word.chars().all(|c| c.is_alphanumeric() && !c.is_uppercase()) {
        // Already in normal form: no allocation on the hot path of scanning text.
        return INDEX.first_words.contains(word);
    }
    let first = normalize(word);
    let first = first.split(' ').next().unwrap_or("");
    INDEX.first_words.contains(first)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QueryKind {
    /// "Kharkiv region", "Київська область": the unit, never the city.
    Region,
    Plain,
}

/// Lowercases, drops apostrophes, turns hyphens and punctuation into spaces, collapses whitespace.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.chars() {
        match c {
            '\'' | '’' | 'ʼ' | '`' | '´' | 'ʹ' | '‘' => {}
            c if letters::is_alphanumeric(c) => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                match c {
                    'ё' | 'Ё' => out.push('е'),
                    c => letters::push_lowercase(&mut out, c),
                }
            }
            _ => pending_space = true,
        }
    }
    out
}

const REGION_WORDS: &[&str] = &["region", "oblast", "obl", "province", "область", "обл", "регион", "регіон", "oblast'"];
const CITY_WORDS: &[&str] = &["city", "місто", "город", "m", "м"];

fn normalize_query(query: &str) -> (String, QueryKind) {
    let key = normalize(query);
    let mut words: Vec<&str> = key.split(' ').collect();
    let mut kind = QueryKind::Plain;
    if words.len() > 1 && REGION_WORDS.contains(words.last().expect("not empty")) {
        words.pop();
        kind = QueryKind::Region;
    } else if words.len() > 1 && REGION_WORDS.contains(&words[0]) {
        words.remove(0);
        kind = QueryKind::Region;
    }
    let key = words.join(" ");
    if INDEX.exact.contains_key(&key) {
        return (key, kind);
    }
    // "Kyiv city", "м. Харків": keep the city word only if it is part of a known name.
    if words.len() > 1 && CITY_WORDS.contains(words.last().expect("not empty")) {
        words.pop();
    } else if words.len() > 1 && CITY_WORDS.contains(&words[0]) {
        words.remove(0);
    }
    (words.join(" "), kind)
}

struct Index {
    exact: HashMap<String, Place>,
    /// Settlements only, for text where "Kharkiv" means the city rather than the region.
    settlements: HashMap<String, Settlement>,
    /// (normalized name, place) for fuzzy search.
    names: Vec<(String, Place)>,
    /// The first word of every name, lowercased: a cheap test before building multi-word candidates.
    first_words: FxHashSet<String>,
    /// Settlements by their [`Settlement::key`].
    keys: HashMap<&'static str, Settlement>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut exact = HashMap::default();
    let mut settlements = HashMap::default();
    let mut names = Vec::new();
    // Regions first: where a region and a settlement share a name (Kharkiv), the region wins.
    for data in REGIONS.iter() {
        let place = Place::Region(data.code);
        for name in [data.name_en, data.name_uk].iter().chain(&data.aliases) {
            let key = normalize(name);
            names.push((key.clone(), place));
            exact.entry(key).or_insert(place);
        }
    }
    let mut keys = HashMap::default();
    for data in SETTLEMENTS.iter() {
        let town = settlement(data);
        keys.insert(town.key, town);
        let place = Place::Settlement(town);
        for name in [data.name, data.name_uk].iter().chain(&data.aliases) {
            let key = normalize(name);
            settlements.entry(key.clone()).or_insert(town);
            names.push((key.clone(), place));
            exact.entry(key).or_insert(place);
        }
    }
    let first_words = names.iter().filter_map(|(name, _)| name.split(' ').next().map(str::to_owned)).collect();
    Index { exact, settlements, names, first_words, keys }
});

/// The closest known names within an edit distance that grows with the length of the query.
fn closest(key: &str) -> Vec<Place> {
    let key_len = key.chars().count();
    let budget = match key_len {
        0..=3 => 0,
        4..=6 => 1,
        7..=10 => 2,
        _ => 3,
    };
    let mut scored: Vec<(usize, usize, Place)> = Vec::new();
    for (order, (name, place)) in INDEX.names.iter().enumerate() {
        if name.chars().count().abs_diff(key_len) > budget {
            continue;
        }
        let distance = strsim::damerau_levenshtein(key, name);
        if distance <= budget {
            scored.push((distance, order, *place));
        }
    }
    scored.sort_by_key(|(distance, order, _)| (*distance, *order));
    let mut places: Vec<Place> = Vec::new();
    for (_, _, place) in scored {
        // A regional centre named like its region (Kharkiv) would only repeat the region.
        let repeats_region = matches!(place, Place::Settlement(s)
            if s.name == region_name(s.region) && places.contains(&Place::Region(s.region)));
        if !places.contains(&place) && !repeats_region {
            places.push(place);
        }
        if places.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(query: &str) -> Place {
        match lookup(query) {
            Lookup::Found(place) => place,
            other => panic!("{query:?}: expected a match, got {other:?}"),
        }
    }

    #[test]
    fn every_spelling_of_kharkiv_region_finds_it() {
        for query in [
            "Kharkiv",
            "kharkov",
            "KHARKIV",
            "Kharkiv region",
            "kharkiv oblast",
            "Kharkivska",
            "Kharkivs'ka oblast",
            "Харків",
            "Харківська область",
            "харьков",
        ] {
            assert_eq!(found(query).region(), RegionCode::Kharkiv, "{query}");
        }
    }

    #[test]
    fn kyiv_alone_is_the_city_and_kyiv_region_is_the_oblast() {
        assert_eq!(found("Kyiv"), Place::Region(RegionCode::KyivCity));
        assert_eq!(found("Kiev"), Place::Region(RegionCode::KyivCity));
        assert_eq!(found("Kyiv city"), Place::Region(RegionCode::KyivCity));
        assert_eq!(found("Kyiv region"), Place::Region(RegionCode::Kyiv));
        assert_eq!(found("Київська область"), Place::Region(RegionCode::Kyiv));
        assert_eq!(found("Sevastopol"), Place::Region(RegionCode::Sevastopol));
    }

    #[test]
    fn common_other_spellings_find_their_region() {
        let cases = [
            ("Odessa", RegionCode::Odesa),
            ("Zaporozhye", RegionCode::Zaporizhzhia),
            ("Zaporizhia", RegionCode::Zaporizhzhia),
            ("Dnepropetrovsk", RegionCode::Dnipropetrovsk),
            ("Nikolaev", RegionCode::Mykolaiv),
            ("Lugansk", RegionCode::Luhansk),
            ("Ivano-Frankivsk", RegionCode::IvanoFrankivsk),
            ("ivano frankivsk oblast", RegionCode::IvanoFrankivsk),
            ("Crimea", RegionCode::Crimea),
        ];
        for (query, region) in cases {
            assert_eq!(found(query).region(), region, "{query}");
        }
    }

    #[test]
    fn towns_resolve_to_their_oblast() {
        let cases = [
            ("Kramatorsk", RegionCode::Donetsk),
            ("Bakhmut", RegionCode::Donetsk),
            ("Artemivsk", RegionCode::Donetsk),
            ("Pokrovsk", RegionCode::Donetsk),
            ("Kupiansk", RegionCode::Kharkiv),
            ("Nikopol", RegionCode::Dnipropetrovsk),
            ("Kryvyi Rih", RegionCode::Dnipropetrovsk),
            ("Uman", RegionCode::Cherkasy),
            ("Mariupol", RegionCode::Donetsk),
            ("Melitopol", RegionCode::Zaporizhzhia),
            ("Izium", RegionCode::Kharkiv),
            ("Краматорськ", RegionCode::Donetsk),
        ];
        for (query, region) in cases {
            let place = found(query);
            assert!(matches!(place, Place::Settlement(_)), "{query}: {place:?}");
            assert_eq!(place.region(), region, "{query}");
        }
        // A town named with "region" means its oblast.
        assert_eq!(found("Kramatorsk region"), Place::Region(RegionCode::Donetsk));
    }

    #[test]
    fn typos_get_the_closest_candidates() {
        match lookup("Kharkv") {
            Lookup::DidYouMean(places) => {
                assert_eq!(places[0], Place::Region(RegionCode::Kharkiv));
                assert!(!places.iter().any(|p| matches!(p, Place::Settlement(s) if s.name == "Kharkiv")), "{places:?}");
            }
            other => panic!("{other:?}"),
        }
        match lookup("Kramatorks") {
            Lookup::DidYouMean(places) => assert_eq!(places[0].name(), "Kramatorsk"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nonsense_and_oversized_queries_find_nothing() {
        assert_eq!(lookup(""), Lookup::NotFound);
        assert_eq!(lookup("   "), Lookup::NotFound);
        assert_eq!(lookup("<script>alert(1)</script>"), Lookup::NotFound);
        assert_eq!(lookup(&"x".repeat(5000)), Lookup::NotFound);
        assert_eq!(lookup("Kharkiv ".repeat(20).as_str()), Lookup::NotFound);
    }

    #[test]
    fn gazetteer_is_large_and_consistent() {
        assert!(settlements().count() >= 150);
        assert!(SETTLEMENTS.len() < usize::from(u16::MAX));
        for region in RegionCode::ALL {
            assert_eq!(REGIONS[region.index()].code, region);
            assert_eq!(found(&region_label(region)).region(), region, "{}", region_label(region));
            assert_eq!(found(region_name_uk(region)).region(), region, "{}", region_name_uk(region));
        }
        for settlement in settlements() {
            assert_eq!(found(settlement.name_uk).region(), settlement.region, "{}", settlement.name_uk);
        }
    }
}
