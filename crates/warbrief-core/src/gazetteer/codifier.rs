//! Every settlement of Ukraine, from the state's codifier of administrative units (КАТОТТГ).
//!
//! The curated gazetteer (`settlements.tsv`) knows the few hundred places reports name most, with their spellings.
//! Reports also name villages it does not know ("in the village of Nechvolodivka"). Those are looked up here:
//! 27,000 villages, 1,900 settlements and 460 cities with their oblast, raion and hromada, read from
//! `codifier.tsv` (made by `scripts/codifier.py` from the official spreadsheet) and named in English by the
//! national transliteration rules ([`transliterate`]). A name that several oblasts share is only resolved
//! by the caller, from the oblast or raion the text names.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::RegionCode;
use crate::letters;

/// One settlement of the codifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodifiedSettlement {
    pub region: RegionCode,
    /// The name in English, by the national transliteration: "Nechvolodivka".
    pub name: String,
    pub name_uk: String,
    /// The raion's name in English ("Kupianskyi"), for telling namesakes apart.
    pub raion: String,
    /// The hromada's name in English ("Kindrashivska").
    pub hromada: String,
    /// A city (місто), rather than a village or a settlement: news names cities far more often.
    pub city: bool,
    /// The stems of the raion's and the hromada's names, made once (see [`CodifiedSettlement::in_unit_named`]).
    unit_stems: [String; 2],
}

/// The codifier's settlements by their normalised English name.
struct Index {
    by_name: FxHashMap<String, Vec<CodifiedSettlement>>,
    /// Hromadas by the stem of their name, with their English name and oblast: "Krasnopil community" is the
    /// Krasnopilska hromada of Sumy Oblast.
    hromadas: FxHashMap<String, Vec<(String, RegionCode)>>,
    /// Raions by their normalised English name ("kupianskyi"), with their oblasts.
    raions: FxHashMap<String, Vec<RegionCode>>,
    /// Every settlement's Ukrainian name, normalised: a cheap test before transliterating a candidate.
    names_uk: rustc_hash::FxHashSet<String>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut by_name: FxHashMap<String, Vec<CodifiedSettlement>> = FxHashMap::default();
    let mut hromadas: FxHashMap<String, Vec<(String, RegionCode)>> = FxHashMap::default();
    let mut raions: FxHashMap<String, Vec<RegionCode>> = FxHashMap::default();
    let mut names_uk = rustc_hash::FxHashSet::default();
    for line in include_str!("codifier.tsv").lines() {
        let mut fields = line.split('\t');
        let (Some(region), Some(category), Some(name_uk), raion, hromada) =
            (fields.next(), fields.next(), fields.next(), fields.next().unwrap_or(""), fields.next().unwrap_or(""))
        else {
            continue;
        };
        let Ok(region) = region.parse::<RegionCode>() else { continue };
        let raion = transliterate(raion);
        if !raion.is_empty() {
            let regions = raions.entry(key(&raion)).or_default();
            if !regions.contains(&region) {
                regions.push(region);
            }
        }
        if category == "H" {
            let name = transliterate(name_uk);
            let entries = hromadas.entry(stem(&name)).or_default();
            if !entries.iter().any(|(_, r)| *r == region) {
                entries.push((format!("{name} hromada"), region));
            }
            continue;
        }
        // Raions are units, not places where a strike lands.
        if !matches!(category, "M" | "X" | "C") {
            continue;
        }
        names_uk.insert(key(name_uk));
        let name = transliterate(name_uk);
        let hromada = transliterate(hromada);
        let settlement = CodifiedSettlement {
            region,
            name: name.clone(),
            name_uk: name_uk.to_owned(),
            unit_stems: [stem(&raion), stem(&hromada)],
            raion,
            hromada,
            city: category == "M",
        };
        let entries = by_name.entry(key(&name)).or_default();
        // The same village may be listed twice (a renamed hromada); one entry a region and raion is enough.
        if !entries.iter().any(|e| e.region == settlement.region && e.raion == settlement.raion) {
            entries.push(settlement);
        }
    }
    Index { by_name, hromadas, raions, names_uk }
});

/// The hromadas a text's "X community" or "X hromada" may mean, with their English name and oblast.
pub fn hromadas_named(name: &str) -> &'static [(String, RegionCode)] {
    let stem = stem(name);
    if stem.chars().count() < 4 {
        return &[];
    }
    INDEX.hromadas.get(&stem).map_or(&[], Vec::as_slice)
}

/// Every settlement's Ukrainian name, lowercase, apostrophes dropped and hyphens as spaces.
pub fn ukrainian_names() -> impl Iterator<Item = &'static str> {
    INDEX.names_uk.iter().map(String::as_str)
}

/// The oblasts that have a raion of this English name ("Kupianskyi"): one, or none when no raion has it.
pub fn raion_regions(name: &str) -> &'static [RegionCode] {
    INDEX.raions.get(&key(name)).map_or(&[], Vec::as_slice)
}

/// How a name is compared: lowercase, apostrophes dropped, hyphens as spaces.
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`'))
        .map(|c| if c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

impl CodifiedSettlement {
    /// Whether a unit the text names ("Polohy district", "Kindrashivka hromada": the word before "district",
    /// "raion", "hromada" or "community") is this settlement's raion or hromada. Units are named after their
    /// centre, and the text uses the centre's name where the codifier has the adjective ("Polohivskyi"), so
    /// the two are compared by their stems.
    pub fn in_unit_named(&self, unit: &str) -> bool {
        self.in_unit(&UnitName::new(unit))
    }

    /// [`CodifiedSettlement::in_unit_named`] for a name whose stem is made once for many settlements.
    pub fn in_unit(&self, unit: &UnitName) -> bool {
        unit.0.chars().count() >= 4 && self.unit_stems.contains(&unit.0)
    }
}

/// A unit's name as the text gives it ("Polohy district"), stemmed for comparison with the codifier's.
pub struct UnitName(String);

impl UnitName {
    pub fn new(name: &str) -> Self {
        UnitName(stem(name))
    }
}

/// A place name without its adjective or noun ending: "Polohivskyi", "Polohy" → "poloh"; "Kindrashivska",
/// "Kindrashivka" → "kindrash".
fn stem(name: &str) -> String {
    let name = key(name);
    let mut stem = name.as_str();
    for ending in
        ["skyi", "ska", "ske", "sk", "ivka", "ivske", "ivskyi", "ivska", "ivsk", "iv", "ka", "y", "e", "a", "i"]
    {
        if let Some(shorter) = stem.strip_suffix(ending)
            && shorter.chars().count() >= 4
        {
            stem = shorter;
        }
    }
    stem.trim_end_matches(['i', 'y']).to_owned()
}

/// The settlements of the codifier with this English name, in any oblast (empty when none).
pub fn settlements_named(name: &str) -> &'static [CodifiedSettlement] {
    INDEX.by_name.get(&key(name)).map_or(&[], Vec::as_slice)
}

/// Ukrainian to Latin by the national rules (Cabinet of Ministers resolution No. 55 of 2010): "Нечволодівка"
/// → "Nechvolodivka", "Згурівка" → "Zghurivka", "Їжаківка" → "Yizhakivka". Є, Ї, Й, Ю, Я are written
/// "Ye", "Yi", "Y", "Yu", "Ya" at the start of a word and "ie", "i", "i", "iu", "ia" inside it; the soft sign
/// and the apostrophe are dropped. Other characters pass through.
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let lower = letters::to_lowercase(c);
        let word_start = previous.is_none_or(|p| !letters::is_alphabetic(p) && !matches!(p, '\'' | '’' | 'ʼ'));
        let latin: &str = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            // "зг" is "zgh", so that it is not read as "ж".
            'г' if previous.is_some_and(|p| matches!(p, 'з' | 'З')) => "gh",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' if word_start => "ye",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' if word_start => "yi",
            'ї' => "i",
            'й' if word_start => "y",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ь' | '\'' | '’' | 'ʼ' => "",
            'ю' if word_start => "yu",
            'ю' => "iu",
            'я' if word_start => "ya",
            'я' => "ia",
            _ => {
                out.push(c);
                previous = Some(c);
                continue;
            }
        };
        if c != lower {
            let mut letters = latin.chars();
            if let Some(first) = letters.next() {
                out.extend(first.to_uppercase());
                out.push_str(letters.as_str());
            }
        } else {
            out.push_str(latin);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_follows_the_national_rules() {
        for (uk, en) in [
            ("Нечволодівка", "Nechvolodivka"),
            ("Згурівка", "Zghurivka"),
            ("Їжакевич", "Yizhakevych"),
            ("Яготин", "Yahotyn"),
            ("Юрій", "Yurii"),
            ("Знам’янка", "Znamianka"),
            ("Шостка", "Shostka"),
            ("Щербухи", "Shcherbukhy"),
            ("Велика Писарівка", "Velyka Pysarivka"),
            ("Куп’янськ-Вузловий", "Kupiansk-Vuzlovyi"),
            ("Гоща", "Hoshcha"),
            ("Єнакієве", "Yenakiieve"),
        ] {
            assert_eq!(transliterate(uk), en);
        }
    }

    #[test]
    fn the_codifier_knows_villages_and_their_namesakes() {
        let nechvolodivka = settlements_named("Nechvolodivka");
        assert_eq!(nechvolodivka.len(), 1);
        assert_eq!(nechvolodivka[0].region, RegionCode::Kharkiv);
        assert_eq!(nechvolodivka[0].name_uk, "Нечволодівка");
        let rubizhne: Vec<RegionCode> = settlements_named("rubizhne").iter().map(|s| s.region).collect();
        assert!(rubizhne.contains(&RegionCode::Luhansk) && rubizhne.contains(&RegionCode::Kharkiv), "{rubizhne:?}");
        assert!(settlements_named("Chernihiv").iter().any(|s| s.region == RegionCode::Chernihiv));
        assert!(settlements_named("Atlantis").is_empty());
    }

    #[test]
    fn a_hromada_is_found_by_the_name_texts_give_it() {
        let krasnopillia: Vec<RegionCode> = hromadas_named("Krasnopil").iter().map(|(_, r)| *r).collect();
        assert!(krasnopillia.contains(&RegionCode::Sumy), "{krasnopillia:?}");
        assert!(hromadas_named("Kindrashivka").iter().any(|(_, r)| *r == RegionCode::Kharkiv));
        assert!(hromadas_named("Abc").is_empty());
    }

    #[test]
    fn a_unit_named_in_the_text_finds_its_settlements() {
        let nechvolodivka = &settlements_named("Nechvolodivka")[0];
        assert!(nechvolodivka.in_unit_named("Kindrashivka"), "{nechvolodivka:?}");
        assert!(nechvolodivka.in_unit_named("Kupiansk"));
        assert!(!nechvolodivka.in_unit_named("Polohy"));
        let ivanivky = settlements_named("Ivanivka");
        assert!(ivanivky.iter().any(|s| s.in_unit_named("Polohy") && s.region == RegionCode::Zaporizhzhia));
    }
}
