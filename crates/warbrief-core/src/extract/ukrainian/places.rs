//! Places in Ukrainian text: a name in any case ("у Куп'янську", "Харківської області", "на Харківщині")
//! taken back to the name the gazetteer or the codifier knows; raions, hromadas, cities' districts.

use super::*;

/// The place named at token `i` (and the words after it that belong to it), glossed as the English name
/// the gazetteer knows, or its transliteration for a village of the codifier; with how many tokens it took.
pub(in crate::extract) fn place(tokens: &[Token<'_>], i: usize, names: &mut Names) -> Option<(String, usize)> {
    let word = tokens[i].lower.as_ref();
    let next = tokens.get(i + 1).map_or("", |t| t.lower.as_ref());
    // "Харківської області", "Харківської ОВА", "Куп'янського району", "Очаківської громади".
    if let Some(unit) = unit_after(tokens, i) {
        // "Березівка Богодухівського району": set apart from a name before it by a comma, so that the unit's
        // name is not read as the second word of the village's.
        let after_name = i > 0 && tokens[i - 1].capitalized() && !WORDS.contains_key(tokens[i - 1].lower.as_ref());
        let comma = if after_name { ", " } else { "" };
        match unit {
            Unit::Oblast { taken } => {
                let region = adjective_region(word)?;
                return Some((region_words(region), 1 + taken));
            }
            Unit::Raion { taken } => {
                let name = codifier::transliterate(&adjective_to(word, "ий")?);
                let name = capitalize(&name);
                let regions = codifier::raion_regions(&name);
                let glossed = match regions {
                    [region] => format!("{comma}{name} district of {}", region_words(*region)),
                    _ => format!("{comma}{name} district"),
                };
                return Some((glossed, 1 + taken));
            }
            Unit::City => {
                return city_of_adjective(word).map(|city| (city, 1));
            }
            Unit::CityDistrict { taken } => return Some(("district".to_owned(), 1 + taken)),
            Unit::Hromada { taken } => {
                let name = capitalize(&codifier::transliterate(&adjective_to(word, "а")?));
                return Some((format!("{comma}{name} hromada"), 1 + taken));
            }
        }
    }
    // Two words: "Кривому Розі", "Білої Церкви", "Часового Яру". Names are indexed without apostrophes.
    let (word, next) = (name_key(word), name_key(next));
    if !may_be_a_name(&word) {
        return None;
    }
    // Only after a word that inflects as an adjective: most pairs of capitalised words are a person's names.
    let adjectival = ["ий", "ій", "ого", "ому", "им", "а", "ої", "ою", "у", "е", "і"].iter().any(|e| word.ends_with(e));
    if adjectival
        && tokens.get(i + 1).is_some_and(|t| t.capitalized() && t.kind == Kind::Word && !is_cyrillic_abbreviation(t))
        && let Some(found) = known_place(&two_word_forms(&word, &next))
    {
        return Some((found, 2));
    }
    names.one_word(&word).map(|found| (found, 1))
}

/// The places a report's single words were read as, so that a name told again is not looked up again.
#[derive(Default)]
pub(in crate::extract) struct Names {
    one_word: FxHashMap<String, Option<String>>,
}

impl Names {
    /// What a single capitalised word (normalised by [`name_key`]) names, if anything.
    fn one_word(&mut self, word: &str) -> Option<String> {
        if let Some(known) = self.one_word.get(word) {
            return known.clone();
        }
        let known = known_place(&noun_forms(word));
        self.one_word.insert(word.to_owned(), known.clone());
        known
    }
}

/// The English words for the first of `names` (the forms a Ukrainian name may take) that the gazetteer
/// knows, else the first the codifier knows.
pub(in crate::extract) fn known_place(names: &[String]) -> Option<String> {
    if let Some(place) = curated(names) {
        return Some(match place {
            Place::Settlement(town) => town.name.to_owned(),
            Place::Region(region) => region_words(region),
        });
    }
    names.iter().find(|name| matches!(UKRAINIAN_NAMES.get(name.as_str()), Some(Known::Codified))).and_then(|name| {
        let latin = capitalize(&codifier::transliterate(name));
        (!codifier::settlements_named(&latin).is_empty()).then_some(latin)
    })
}

/// The place of the curated gazetteer the first of `names` it knows names.
pub(in crate::extract) fn curated(names: &[String]) -> Option<Place> {
    names.iter().find_map(|name| match UKRAINIAN_NAMES.get(name.as_str()) {
        Some(Known::Curated(place)) => Some(*place),
        _ => None,
    })
}

/// The names two words in some case may come from: "Кривому Розі" → "кривий ріг", "крива ріг", ….
pub(in crate::extract) fn two_word_forms(first: &str, second: &str) -> Vec<String> {
    let seconds = noun_forms(second);
    adjective_forms(first)
        .iter()
        .flat_map(|first| seconds.iter().map(move |second| format!("{first} {second}")))
        .collect()
}

/// What a Ukrainian name is known as.
pub(in crate::extract) enum Known {
    /// A place of the curated gazetteer.
    Curated(Place),
    /// A settlement of the codifier only.
    Codified,
}

/// Every Cyrillic name of the curated gazetteer and of the codifier, normalised (lowercase, no apostrophes,
/// hyphens as spaces), so that each form a word may come from costs one lookup.
pub(in crate::extract) static UKRAINIAN_NAMES: LazyLock<FxHashMap<&'static str, Known>> = LazyLock::new(|| {
    let mut names: FxHashMap<&'static str, Known> = FxHashMap::default();
    for (name, place) in gazetteer::names() {
        if name.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
            names.entry(name).or_insert(Known::Curated(place));
        }
    }
    for name in codifier::ukrainian_names() {
        names.entry(name).or_insert(Known::Codified);
    }
    names
});

/// Hashes of the stems every name in [`UKRAINIAN_NAMES`] may keep in its cases: the name without its last
/// one to three letters (and whole), with the vowels that alternate in inflection (і, о, е, є, ї) as one. A
/// word none of whose stems is among them names no place, and most capitalised words (people's names,
/// acronyms) are ruled out before any form of them is made.
pub(in crate::extract) static NAME_STEMS: LazyLock<rustc_hash::FxHashSet<u64>> = LazyLock::new(|| {
    let mut stems = rustc_hash::FxHashSet::default();
    for name in UKRAINIAN_NAMES.keys() {
        let from = name.chars().count().saturating_sub(4).max(2);
        stems.extend(prefix_hashes(name).skip(from));
    }
    stems
});

/// The hash of every prefix of `word` (vowels that alternate as one), shortest first.
pub(in crate::extract) fn prefix_hashes(word: &str) -> impl Iterator<Item = u64> + '_ {
    word.chars().scan(0xcbf2_9ce4_8422_2325_u64, |hash, c| {
        let c = if matches!(c, 'і' | 'о' | 'е' | 'є' | 'ї') { '*' } else { c };
        *hash = (*hash ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3);
        Some(*hash)
    })
}

/// Whether a word in some case may be a name the index holds: one of its stems (the word without its last
/// one to four letters) is a name's.
pub(in crate::extract) fn may_be_a_name(word: &str) -> bool {
    let from = word.chars().count().saturating_sub(5).max(2);
    prefix_hashes(word).skip(from).any(|hash| NAME_STEMS.contains(&hash))
}

/// A word as the names are indexed: lowercase, apostrophes dropped.
pub(in crate::extract) fn name_key(word: &str) -> String {
    let without: String = word.chars().filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`')).collect();
    letters::lowercase(&without)
}

/// The place of the curated gazetteer a Ukrainian name in any case names: one word ("Харкові") or two
/// ("Кривому Розі").
pub(in crate::extract) fn curated_place(name: &str) -> Option<Place> {
    let words: Vec<String> = name.split_whitespace().map(name_key).collect();
    match words.as_slice() {
        [one] => curated(&noun_forms(one)),
        [first, second] => curated(&two_word_forms(first, second)),
        _ => None,
    }
}

/// The oblique cases of a Ukrainian place name, as reports write it: "Харків" → "Харкова", "Харкову",
/// "Харкові", "Харковом"; "Одеса" → "Одеси", "Одесі", "Одесу"; "Запоріжжя" → "Запоріжжі", "Запоріжжю";
/// "Дніпро" → "Дніпра", "Дніпрі". Only the last word of a name is inflected.
pub(in crate::extract) fn oblique_forms(name_uk: &str) -> Vec<String> {
    let (head, last) = match name_uk.rsplit_once(' ') {
        Some((head, last)) => (format!("{head} "), last),
        None => (String::new(), name_uk),
    };
    let chars: Vec<char> = last.chars().collect();
    let Some(&end) = chars.last() else { return Vec::new() };
    let stem: String = chars[..chars.len() - 1].iter().collect();
    let mut forms: Vec<String> = Vec::new();
    let endings = |stem: &str, endings: &[&str]| endings.iter().map(|e| format!("{stem}{e}")).collect::<Vec<_>>();
    match end {
        'а' => {
            forms.extend(endings(&stem, &["и", "і", "у", "ою"]));
            if let Some(base) = stem.strip_suffix('к') {
                forms.push(format!("{base}ці"));
            }
            if let Some(base) = stem.strip_suffix('г') {
                forms.push(format!("{base}зі"));
            }
        }
        'я' => forms.extend(endings(&stem, &["і", "ї", "ю", "ею"])),
        'о' => forms.extend(endings(&stem, &["а", "у", "і", "ом"])),
        'е' => forms.extend(endings(&stem, &["ого", "ому", "им"])),
        'и' | 'і' => forms.extend(endings(&stem, &["ах", "ях", "ам"])),
        'ь' => {
            // "Ірпінь" → "Ірпеня", "Ірпені"; "Нікополь" → "Нікополя", "Нікополі".
            let closed = close_syllable(&stem);
            forms.extend(endings(&closed, &["я", "ю", "і", "ем"]));
        }
        _ => {
            // "Харків" → "Харкова"; "Київ" → "Києва"; "Куп'янськ" → "Куп'янська".
            let closed = close_syllable(last);
            forms.extend(endings(&closed, &["а", "у", "і", "ом", "ові", "еві"]));
        }
    }
    forms.into_iter().map(|form| format!("{head}{form}")).collect()
}

/// The stem of the oblique cases of a word whose last syllable is closed: "Харків" → "Харков", "Київ" →
/// "Києв", "Ірпін" → "Ірпен"; other words unchanged.
pub(in crate::extract) fn close_syllable(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n >= 3 && chars[n - 2] == 'і' && !matches!(chars[n - 1], 'й') {
        chars[n - 2] = if chars[n - 1] == 'н' { 'е' } else { 'о' };
    } else if n >= 3 && chars[n - 2] == 'ї' {
        chars[n - 2] = 'є';
    }
    chars.into_iter().collect()
}

/// "Kharkiv Oblast", "Kyiv Oblast", "Kyiv" (the city), "Crimea".
pub(in crate::extract) fn region_words(region: RegionCode) -> String {
    match region {
        RegionCode::KyivCity => "Kyiv".to_owned(),
        RegionCode::Crimea | RegionCode::Sevastopol => gazetteer::region_name(region).to_owned(),
        _ => format!("{} Oblast", gazetteer::region_name(region)),
    }
}

/// "kryvyi rih" → "Kryvyi Rih".
pub(in crate::extract) fn capitalize(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(in crate::extract) fn is_cyrillic_abbreviation(token: &Token<'_>) -> bool {
    token.text.chars().count() <= 4 && token.text.chars().all(|c| c.is_uppercase())
}

pub(in crate::extract) enum Unit {
    Oblast {
        taken: usize,
    },
    /// "Херсонської міської військової адміністрації": the city, its council or administration after it.
    City,
    /// "Київському районі міста Харкова", "Дніпровському районі" of Kherson: a city's district.
    CityDistrict {
        taken: usize,
    },
    Raion {
        taken: usize,
    },
    Hromada {
        taken: usize,
    },
}

/// The administrative unit an adjective at `i` names, and how many words after it the unit takes ("області"
/// is taken; "ОВА" and "обласної" are left to be glossed as an official's title).
pub(in crate::extract) fn unit_after(tokens: &[Token<'_>], i: usize) -> Option<Unit> {
    let word = |k: usize| tokens.get(i + k).map_or("", |t| t.lower.as_ref());
    // "Сумської міської громади": the kind of hromada between.
    let skip = usize::from(matches!(
        word(1),
        "міської"
            | "міська"
            | "міській"
            | "сільської"
            | "сільська"
            | "сільській"
            | "селищної"
            | "селищна"
            | "селищній"
    ));
    let noun = word(1 + skip);
    let adjective = ["ськ", "цьк", "зьк"].iter().any(|stem| tokens[i].lower.contains(stem))
        || CITY_DISTRICTS.iter().any(|stem| tokens[i].lower.starts_with(stem));
    if !adjective {
        return None;
    }
    if matches!(noun, "область" | "області" | "областю" | "обл" | "областi") {
        let dot = usize::from(noun == "обл" && word(2) == ".");
        return Some(Unit::Oblast { taken: 1 + dot });
    }
    if matches!(noun, "ова" | "ода" | "обласної" | "обласна" | "обласній" | "обласну" | "обладміністрації")
    {
        return Some(Unit::Oblast { taken: 0 });
    }
    if matches!(noun, "район" | "району" | "районі" | "районом" | "р-н" | "р-ну" | "р-ні")
    {
        // Cities' districts share their names with oblasts' raions: "у Дніпровському районі" of Kherson is no
        // raion of Dnipropetrovsk Oblast.
        let of_city =
            matches!(word(2), "міста" | "м" | "столиці") || tokens.get(i + 2).is_some_and(|t| t.capitalized());
        let city_district = CITY_DISTRICTS.iter().any(|stem| tokens[i].lower.starts_with(stem));
        if of_city || city_district {
            return Some(Unit::CityDistrict { taken: 1 });
        }
        return Some(Unit::Raion { taken: 1 });
    }
    if skip == 0 && matches!(noun, "міської" | "міська" | "міській" | "міську" | "мва" | "міськради")
    {
        return Some(Unit::City);
    }
    if matches!(noun, "громада" | "громади" | "громаді" | "громаду" | "громадою" | "тг" | "отг")
    {
        return Some(Unit::Hromada { taken: 1 + skip });
    }
    None
}

/// Names of cities' districts (Kharkiv's, Kyiv's, Kherson's, Zaporizhzhia's, Dnipro's, Kryvyi Rih's, Lviv's,
/// Mykolaiv's, Odesa's), by their stem.
pub(in crate::extract) const CITY_DISTRICTS: &[&str] = &[
    "дніпровськ",
    "київськ",
    "шевченківськ",
    "центральн",
    "корабельн",
    "заводськ",
    "приморськ",
    "суворовськ",
    "індустріальн",
    "слобідськ",
    "салтівськ",
    "холодногірськ",
    "основ'янськ",
    "основ’янськ",
    "новобаварськ",
    "немишлянськ",
    "голосіївськ",
    "дарницьк",
    "деснянськ",
    "оболонськ",
    "печерськ",
    "подільськ",
    "святошинськ",
    "солом'янськ",
    "солом’янськ",
    "хортицьк",
    "олександрівськ",
    "вознесенівськ",
    "комунарськ",
    "саксаганськ",
    "інгулецьк",
    "тернівськ",
    "металургійн",
    "довгинцівськ",
    "соборн",
    "чечелівськ",
    "самарськ",
    "амур",
    "галицьк",
    "франківськ",
    "личаківськ",
    "сихівськ",
    "залізничн",
    "київськ",
    "кропивницьк",
    "фортечн",
];

/// The city an adjective names: "Херсонської" → Kherson, "Харківської" → Kharkiv, "Запорізької" →
/// Zaporizhzhia.
pub(in crate::extract) fn city_of_adjective(word: &str) -> Option<String> {
    let stem = ["ської", "ська", "ській", "ську", "ською", "цької", "цька", "цькій", "зької", "зька", "зькій"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).map(|stem| (stem, ending.starts_with('з'))))?;
    let (stem, zk) = stem;
    let mut names = vec![stem.to_owned(), format!("{stem}ськ"), format!("{stem}а"), format!("{stem}и")];
    if zk {
        // "Запорізька" → "Запоріжжя".
        names.push(format!("{}жжя", stem.trim_end_matches('з')));
    }
    names.extend(alternations(stem));
    let found = names.iter().find_map(|name| gazetteer::find_exact_preferring_settlement(name))?;
    match found {
        Place::Settlement(town) => Some(town.name.to_owned()),
        Place::Region(RegionCode::KyivCity) => Some("Kyiv".to_owned()),
        Place::Region(_) => None,
    }
}

/// The region an adjective names in any case: "Харківської" → Kharkiv Oblast.
pub(in crate::extract) fn adjective_region(word: &str) -> Option<RegionCode> {
    let nominative = adjective_to(word, "а")?;
    match gazetteer::find_exact(&nominative)? {
        Place::Region(region) => Some(region.surrounding_region()),
        Place::Settlement(town) => Some(town.region),
    }
}

/// An adjective in any case turned to the nominative with `ending` ("а" feminine, "ий" masculine):
/// "Харківської" → "харківська", "Куп'янського" → "куп'янський".
pub(in crate::extract) fn adjective_to(word: &str, ending: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["ого", "ому", "ої", "ій", "ою", "им", "ий", "их", "а", "у", "і", "е"];
    let stem = ENDINGS.iter().find_map(|e| word.strip_suffix(e))?;
    Some(format!("{stem}{ending}"))
}

/// Nominatives an adjective in some case may come from: "Кривому" → "кривий", "крива", "криве".
pub(in crate::extract) fn adjective_forms(word: &str) -> Vec<String> {
    const ENDINGS: &[&str] = &["ого", "ому", "ої", "ій", "ою", "им", "ий", "ий", "а", "у", "е", "і", "ої"];
    let mut forms = Vec::new();
    if let Some(stem) = ENDINGS.iter().find_map(|e| word.strip_suffix(e)) {
        for ending in ["ий", "а", "е", "ій", "я", "і"] {
            forms.push(format!("{stem}{ending}"));
        }
    }
    // "Часів Яр", "Новий Буг" when the first word does not inflect as an adjective.
    forms.push(word.to_owned());
    forms
}

/// Nominatives a noun in some case may come from: "Харкові" → "харків"; "Куп'янську" → "куп'янськ";
/// "Одесі" → "одеса"; "Сумах" → "суми"; "Новоукраїнці" → "новоукраїнка"; "Розі" → "ріг".
pub(in crate::extract) fn noun_forms(word: &str) -> Vec<String> {
    let mut forms = Vec::with_capacity(64);
    forms.push(word.to_owned());
    let mut stems: Vec<(String, &[&str])> = Vec::new();
    const CASES: &[(&str, &[&str])] = &[
        ("ові", &[""]),
        ("еві", &[""]),
        ("єві", &[""]),
        ("ом", &[""]),
        ("ем", &["", "ь"]),
        ("ах", &["и", "і"]),
        ("ях", &["і", "и"]),
        ("ою", &["а"]),
        ("ею", &["я"]),
        ("ці", &["ка", "к", "ця", "ці"]),
        ("зі", &["га", "г"]),
        ("сі", &["ха", "х", "са"]),
        ("ні", &["нь", "ня", "на", "н"]),
        ("і", &["", "а", "я", "о", "е", "ь", "ія"]),
        ("ї", &["я", "ія"]),
        ("у", &["", "а", "о"]),
        ("ю", &["ь", "я", "ія"]),
        ("а", &["", "о", "е", "ь"]),
        ("я", &["ь", "", "е"]),
        ("и", &["а", ""]),
        ("ого", &["е", "ий"]),
        ("ому", &["е", "ий"]),
    ];
    for (ending, replacements) in CASES {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 2
        {
            stems.push((stem.to_owned(), replacements));
        }
    }
    for (stem, replacements) in stems {
        for replacement in replacements {
            let form = format!("{stem}{replacement}");
            // "Харков" → "Харків", "Києв" → "Київ", "Ірпен" → "Ірпінь": the vowel of a closed last syllable.
            // Forms may repeat: a repeated lookup costs less than keeping them unique.
            forms.extend(alternations(&form));
            forms.push(form);
        }
    }
    forms
}

/// "харков" → "харків", "києв" → "київ", "ірпен" → "ірпінь", "марганц" → "марганець".
pub(in crate::extract) fn alternations(form: &str) -> Vec<String> {
    let chars: Vec<char> = form.chars().collect();
    let mut out = Vec::new();
    let n = chars.len();
    if n < 3 {
        return out;
    }
    // The vowel before the last consonant(s).
    if let Some(v) = (0..n).rev().take(3).find(|&k| matches!(chars[k], 'о' | 'е' | 'є')) {
        let mut changed = chars.clone();
        changed[v] = if chars[v] == 'є' { 'ї' } else { 'і' };
        let changed: String = changed.into_iter().collect();
        out.push(format!("{changed}ь"));
        out.push(changed);
    }
    // A vowel that drops in the oblique cases: "Марганця" → "Марганець", "Райгородку" → "Райгородок".
    if !matches!(chars[n - 1], 'а' | 'е' | 'и' | 'і' | 'о' | 'у' | 'я' | 'ю' | 'є' | 'ї' | 'ь') {
        for vowel in ['е', 'о'] {
            let mut with_vowel: String = chars[..n - 1].iter().collect();
            with_vowel.push(vowel);
            with_vowel.push(chars[n - 1]);
            if chars[n - 1] == 'ц' {
                with_vowel.push('ь');
            }
            out.push(with_vowel);
        }
    }
    out
}
