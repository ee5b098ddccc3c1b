//! Ukrainian text, read through a gloss.
//!
//! The extractor's rules look for words: a casualty word, the count it governs, a place after "in", a period
//! after "since". Rather than a second copy of every rule, a Ukrainian sentence is glossed word by word into
//! the words those rules know ("У Харкові загинули двоє людей" → "in Kharkiv killed two people") and read
//! like any other sentence; its evidence stays the Ukrainian original. What Ukrainian says differently is
//! handled here, where the gloss is made:
//!
//! - inflection: every case and gender of a casualty word, a numeral (collective "двоє", "п'ятьох") or a
//!   person noun maps to one English word, and a place's locative or genitive ("у Куп'янську", "Харківської
//!   області", "на Харківщині") is taken back to the name the gazetteer and the codifier know;
//! - word order: "поранення отримали п'ятеро" (the wound before the verb, the count after it) is glossed
//!   "wounded five", which the rules read in either order;
//! - ages and birth years ("65-річний", "жінка 72 років", "2002 року народження") are glossed as ages, so
//!   they are never counts;
//! - a word the gloss doesn't know becomes a placeholder that the rules read as nothing, so distances
//!   between words stay as they were and nothing unknown is counted.
//!
//! A sentence is glossed only when it is written in Ukrainian (see [`is_ukrainian`]); English sentences of a
//! mixed text are read as they are.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::tokens::{Kind, Token, tokenize};
use crate::RegionCode;
use crate::gazetteer::{self, Place, codifier};
use crate::letters;

/// What the rules read for a sentence of a paragraph: its gloss when the paragraph is Ukrainian.
pub(super) fn reading<'s>(sentence: &'s str, ukrainian: bool, names: &mut Names) -> Cow<'s, str> {
    if ukrainian { Cow::Owned(gloss(sentence, names)) } else { Cow::Borrowed(sentence) }
}

/// Whether `text` is Ukrainian: most of its letters Cyrillic, and more of the letters only Ukrainian has (і,
/// ї, є, ґ) than of those only Russian has (ы, э, ъ, ё). Cyrillic text with neither (a short "Загинули двоє
/// людей") is `unmarked`: the language of the text around it.
pub(crate) fn is_ukrainian(text: &str, unmarked: bool) -> bool {
    if text.is_ascii() {
        return false;
    }
    let (mut cyrillic, mut latin, mut ukrainian, mut russian) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                cyrillic += 1;
                ukrainian += 1;
            }
            'ы' | 'э' | 'ъ' | 'ё' | 'Ы' | 'Э' | 'Ё' => {
                cyrillic += 1;
                russian += 1;
            }
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            _ => {}
        }
    }
    cyrillic > latin && (ukrainian > russian || (ukrainian == 0 && russian == 0 && unmarked))
}

/// How a Ukrainian site's aside begins: a link to another story, a photo credit, a source line.
pub(super) const ASIDES: &[&str] =
    &["читайте також", "читайте:", "дивіться також", "ще за темою", "фото:", "відео:", "джерело:"];

/// A heading over links to other stories ("ЩЕ ЗА ТЕМОЮ", "Читайте також:"): nothing under it is this story's.
pub(super) fn is_list_of_links(heading: &str) -> bool {
    let heading = heading.trim().trim_end_matches(':').to_lowercase();
    matches!(heading.as_str(), "ще за темою" | "читайте також" | "дивіться також" | "новини за темою")
}

/// How a Ukrainian sentence gives someone's age (evidence is quoted in the original language).
pub(super) const AGE_MARKERS: &[&str] = &["-річн", "віком", "у віці"];

/// Abbreviations a full stop follows inside a Ukrainian sentence ("вул. Сумська", "смт. Слобожанське").
pub(super) const ABBREVIATIONS: &[&str] =
    &["вул", "обл", "смт", "сел", "сщ", "тис", "ім", "пров", "просп", "буд", "кв", "див", "ін", "млн", "грн", "р-ну"];

/// The gloss of a Ukrainian sentence: English words the rules know, in the sentence's order.
pub(super) fn gloss(sentence: &str, names: &mut Names) -> String {
    let tokens = tokenize(sentence);
    let mut out = Gloss { text: String::with_capacity(sentence.len()), last_end: None };
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let start = offset(sentence, token.text);
        let separated = out.last_end.is_none_or(|end| end < start);
        let consumed = match token.kind {
            // "Ще троє людей – 57-річний чоловік та жінки 60 і 62 років – отримали допомогу": the people counted,
            // then who they are, set apart by dashes; the count is the figure.
            Kind::Punct('–' | '—')
                if i > 0
                    && is_person(&tokens[i - 1].lower)
                    && let Some(close) = tokens[i + 1..(i + 16).min(tokens.len())]
                        .iter()
                        .position(|t| matches!(t.kind, Kind::Punct('–' | '—'))) =>
            {
                close + 2
            }
            Kind::Punct(_) => {
                // "будинок № 5": a house number, as "#" is in English.
                out.push(if token.text == "№" { "#" } else { token.text }, separated);
                1
            }
            // "12 162 цивільних": thousands set apart by a space.
            Kind::Number(_)
                if token.text.len() <= 3
                    && tokens.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Number(_)) && t.text.len() == 3)
                    && !tokens.get(i + 2).is_some_and(|t| matches!(t.kind, Kind::Number(_)) && t.text.len() == 3) =>
            {
                out.push(&format!("{},{}", token.text, tokens[i + 1].text), separated);
                2
            }
            Kind::Number(_) => {
                // "жінка 72 років", "жінки 58 і 63 років": ages after people, not counts.
                let after_person = i > 0 && is_person(&tokens[i - 1].lower);
                let years_at = |k: usize| tokens.get(k).is_some_and(|t| is_years(&t.lower));
                let listed = tokens.get(i + 1).is_some_and(|t| matches!(t.lower.as_ref(), "і" | "та" | "й" | ","))
                    && tokens.get(i + 2).is_some_and(|t| matches!(t.kind, Kind::Number(_)))
                    && years_at(i + 3);
                if after_person && (years_at(i + 1) || listed) {
                    out.push("aged", true);
                }
                out.push(token.text, separated);
                // "5 гривень": a number followed by a word the gloss doesn't know counts no people.
                if tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Word && !known_after_number(&tokens, i + 1)) {
                    out.push("things", true);
                    2
                } else {
                    1
                }
            }
            Kind::Word => gloss_word(&tokens, i, &mut out, separated, names),
        };
        let last = &tokens[(i + consumed - 1).min(tokens.len() - 1)];
        out.last_end = Some(offset(sentence, last.text) + last.text.len());
        i += consumed;
    }
    out.text
}

/// The gloss being written, and where in the sentence the last glossed token ended (to keep "07:30" and
/// "Kharkiv's" together as they were written).
struct Gloss {
    text: String,
    last_end: Option<usize>,
}

impl Gloss {
    fn push(&mut self, words: &str, separated: bool) {
        if words.is_empty() {
            return;
        }
        if separated && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(words);
    }
}

fn offset(sentence: &str, part: &str) -> usize {
    part.as_ptr() as usize - sentence.as_ptr() as usize
}

/// Glosses the word at `i` (and the words after it that belong to it); returns how many tokens it took.
fn gloss_word(tokens: &[Token<'_>], i: usize, out: &mut Gloss, separated: bool, names: &mut Names) -> usize {
    let lower = tokens[i].lower.as_ref();
    let next = |k: usize| tokens.get(i + k).map_or("", |t| t.lower.as_ref());
    // "Станом на 14:30 було відомо про 29 постраждалих": where the toll stood earlier in the day, told after
    // the latest figure; a recap of the same attack, not another.
    let opens_sentence = tokens[..i].iter().all(|t| matches!(t.kind, Kind::Punct(_)));
    if opens_sentence && lower == "станом" {
        let at = if next(1) == "на" { 2 } else { 1 };
        let time = tokens.get(i + at).is_some_and(|t| matches!(t.kind, Kind::Number(0..=23)))
            && tokens.get(i + at + 1).is_some_and(|t| t.text == ":");
        if time {
            out.push("recall as of", separated);
            return at;
        }
    }
    // "по 2 у Райському і Святогорівці": two each.
    if lower == "по"
        && let Some(count) = tokens
            .get(i + 1)
            .and_then(|t| match t.kind {
                Kind::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .or_else(|| numeral(tokens, i + 1).filter(|(_, taken)| *taken == 1).map(|(word, _)| word))
    {
        out.push(&format!("{count} each"), separated);
        return 2;
    }
    // "Станом на 1 травня окупанти вбили в області 96 дітей": statistics to a date, unless the sentence tells of
    // an attack or a toll that rose ("Станом на 23 вересня кількість постраждалих зросла до 22").
    if lower == "станом"
        && next(1) == "на"
        && tokens.get(i + 2).is_some_and(|t| matches!(t.kind, Kind::Number(1..=31)))
        && let Some(month) = MONTHS.iter().position(|(month, _)| next(3) == *month)
    {
        let one_attack = tokens.iter().any(|t| {
            ["зрос", "збільш", "удар", "атак", "обстріл", "вибух", "ракет"].iter().any(|stem| t.lower.starts_with(stem))
        });
        if !one_attack {
            out.push(&format!("as of {} {}", MONTH_NAMES[month], tokens[i + 2].text), separated);
            return 4;
        }
    }
    // Phrases first, the longest that matches: their words mean something else together.
    let phrase = PHRASES_BY_FIRST_WORD
        .get(lower)
        .into_iter()
        .flatten()
        .filter(|(phrase, _)| phrase.iter().enumerate().all(|(k, word)| next(k) == *word))
        .max_by_key(|(phrase, _)| phrase.len());
    if let Some((phrase, english)) = phrase {
        out.push(english, separated);
        return phrase.len();
    }
    // "з 20 вересня", "від початку": since a date.
    if matches!(lower, "з" | "із" | "від")
        && (MONTHS.iter().any(|(month, _)| next(1) == *month)
            || (tokens.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Number(1..=31)))
                && MONTHS.iter().any(|(month, _)| next(2) == *month)))
    {
        out.push("since", separated);
        return 1;
    }
    // "без постраждалих", "постраждалих немає", "не постраждав": nobody hurt.
    if lower == "без" && is_casualty_noun(next(1)) {
        out.push("without", separated);
        return 2;
    }
    if is_casualty_noun(lower) && matches!(next(1), "немає" | "нема" | "не" | "відсутні") {
        out.push("none", separated);
        // "постраждалих не було": the verb after the negation goes too.
        let verb = next(1) == "не" && ["було", "виявлено", "зафіксовано", "маємо"].contains(&next(2));
        return 2 + usize::from(verb);
    }
    if lower == "не" && (casualty(next(1)).is_some() || is_casualty_noun(next(1))) {
        out.push("not", separated);
        return 2;
    }
    // "Були поранені троє людей": Ukrainian puts the people after the passive; without its "були" the
    // participle reaches them, and "троє людей були поранені" still reads the same.
    if matches!(lower, "був" | "була" | "було" | "були")
        && matches!(casualty(next(1)), Some("wounded" | "injured" | "killed"))
    {
        return 1;
    }
    // "Є загибла", "є поранений": one person, named by the participle alone.
    if lower == "є" {
        let one = match next(1) {
            "загиблий" | "загибла" => Some("one dead"),
            "поранений" | "поранена" | "постраждалий" | "постраждала" | "травмований" | "травмована" => {
                Some("one wounded")
            }
            _ => None,
        };
        if let Some(one) = one {
            out.push(one, separated);
            return 2;
        }
    }
    // "помер від отриманих травм": died of injuries.
    if matches!(lower, "від" | "через") && next(1).starts_with("отриман") && is_wound_noun(next(2)) {
        out.push("of injuries", separated);
        return 3;
    }
    // "отримали поранення", "зазнав важких травм", "поранення отримали п'ятеро": one casualty word.
    if is_receive_verb(lower)
        && let Some(k) = (1..=4).find(|&k| is_wound_noun(next(k)))
    {
        let fatal = (1..k).any(|m| next(m).starts_with("смертельн"));
        out.push(if fatal { "fatally wounded" } else { "wounded" }, separated);
        return k + 1;
    }
    // "Поранення й гостру реакцію на стрес отримали 52 людини": the verb may come several words later.
    if is_wound_noun(lower)
        && let Some(k) = (1..=6)
            .take_while(|&k| tokens.get(i + k).is_some_and(|t| t.kind == Kind::Word))
            .find(|&k| is_receive_verb(next(k)))
    {
        out.push("wounded", separated);
        return k + 1;
    }
    // "отримали допомогу на місці", "отримав медичну допомогу": treated, so hurt.
    if is_receive_verb(lower) && (1..=2).any(|k| next(k) == "допомогу") {
        let k = (1..=2).find(|&k| next(k) == "допомогу").unwrap_or(1);
        out.push("sought medical", separated);
        return k + 1;
    }
    // "звернулися по медичну допомогу", "звернулись за допомогою лікарів": sought medical help.
    if lower.starts_with("зверну") && (1..=3).any(|k| next(k).starts_with("допомог")) {
        let k = (1..=3).find(|&k| next(k).starts_with("допомог")).unwrap_or(1);
        let doctors = usize::from(matches!(next(k + 1), "лікарів" | "медиків"));
        out.push("sought medical", separated);
        return k + 1 + doctors;
    }
    // "забрала життя двох людей": claimed the lives of.
    if (lower.starts_with("забра") || lower.starts_with("обірва")) && matches!(next(1), "життя" | "життів")
    {
        out.push("claimed the lives of", separated);
        return 2;
    }
    // "Шахед", "КАБ", "С-300": weapons.
    if let Some(weapon) = weapon(lower) {
        out.push(weapon, separated);
        return 1;
    }
    // "помер 71-річний чоловік, якого поранило уламками": the wound of the one who died, no one more hurt.
    let relative = || {
        (1..=2).any(|k| {
            i >= k
                && matches!(
                    tokens[i - k].lower.as_ref(),
                    "який" | "яка" | "які" | "якого" | "якої" | "яких" | "котрий" | "котра" | "що"
                )
        })
    };
    let died_before = || tokens[..i].iter().any(|t| matches!(casualty(&t.lower), Some("died" | "killed")));
    // "70-річний чоловік, поранений уранці в Антонівці, помер у лікарні": the participle describes the one who
    // died.
    let described_dead = || {
        i >= 2
            && tokens[i - 1].text == ","
            && (is_person(&tokens[i - 2].lower) || age(&tokens[i - 2].lower).is_some())
            && tokens[i + 1..].iter().any(|t| matches!(casualty(&t.lower), Some("died" | "killed")))
    };
    let harm = casualty(lower);
    if matches!(harm, Some("wounded" | "injured" | "hospitalized"))
        && ((relative() && died_before()) || described_dead())
    {
        out.push("zz", separated);
        return 1;
    }
    if let Some(harm) = harm {
        out.push(harm, separated);
        return 1;
    }
    if let Some(age_gloss) = age(lower) {
        // "33-річний та 56-річний чоловіки": as many people as ages.
        let mut ages = 1;
        let mut k = 1;
        while matches!(next(k), "та" | "і" | "й" | ",") && age(next(k + 1)).is_some() {
            ages += 1;
            k += 2;
        }
        if ages >= 2 && is_person(next(k)) {
            out.push(&format!("{ages} people aged"), separated);
            return k + 1;
        }
        out.push(&age_gloss, separated);
        return 1;
    }
    // "майже чотири десятки постраждалих": tens, told roughly; no figure.
    let number = numeral(tokens, i);
    if number.is_some() && matches!(next(1), "десятки" | "десятків" | "десятка" | "десяток")
    {
        out.push("several", separated);
        return 2;
    }
    if let Some(number) = number {
        out.push(&number.0, separated);
        return number.1;
    }
    if let Some(english) = WORDS.get(lower) {
        // "ще двоє", "ще одна людина": more people; "ще не відомо": still.
        let number_next = tokens.get(i + 1).is_some_and(|t| matches!(t.kind, Kind::Number(_)));
        let people_next =
            number_next || numeral(tokens, i + 1).is_some() || is_person(next(1)) || age(next(1)).is_some();
        if lower == "ще" && !people_next {
            out.push("still", separated);
            return 1;
        }
        // "Загинула людина, ще двоє поранені": "ще" sets the wounded beside the dead of the same sentence; it
        // adds nobody to an earlier one.
        let after_casualty = || tokens[..i].iter().any(|t| casualty(&t.lower).is_some() || is_receive_verb(&t.lower));
        let new_clause =
            i > 0 && matches!(tokens[i - 1].lower.as_ref(), "," | "та" | "і" | "й" | "а" | "–" | "—" | "-");
        if lower == "ще" && new_clause && after_casualty() {
            out.push("while", separated);
            return 1;
        }
        out.push(english, separated);
        return 1;
    }
    if tokens[i].capitalized()
        && let Some((place, taken)) = place(tokens, i, names)
    {
        out.push(&place, separated);
        return taken;
    }
    if tokens[i].capitalized() {
        // A name: kept as a name, in Latin letters.
        out.push(&codifier::transliterate(tokens[i].text), separated);
    } else {
        out.push("zz", separated);
    }
    1
}

/// [`PHRASES`] by their first word: asked about every word.
static PHRASES_BY_FIRST_WORD: LazyLock<FxHashMap<&'static str, Vec<Phrase>>> = LazyLock::new(|| {
    let mut index: FxHashMap<&'static str, Vec<Phrase>> = FxHashMap::default();
    for &(phrase, english) in PHRASES {
        index.entry(phrase[0]).or_default().push((phrase, english));
    }
    index
});

/// Ukrainian words read together, and what they read as.
type Phrase = (&'static [&'static str], &'static str);

/// Several words read as one.
const PHRASES: &[(&[&str], &str)] = &[
    (&["за", "минулу", "добу"], "over the past day"),
    (&["за", "добу"], "over the past day"),
    (&["минулої", "доби"], "over the past day"),
    (&["протягом", "доби"], "over the past day"),
    (&["упродовж", "доби"], "over the past day"),
    (&["за", "минулий", "тиждень"], "over the past week"),
    (&["за", "тиждень"], "over the past week"),
    (&["за", "минулий", "місяць"], "over the past month"),
    (&["за", "останній", "місяць"], "over the past month"),
    (&["за", "останній", "тиждень"], "over the past week"),
    (&["за", "останні"], "over the past"),
    (&["за", "місяць"], "over the past month"),
    (&["минулого", "тижня"], "last week"),
    (&["минулого", "місяця"], "last month"),
    (&["цього", "року"], "this year"),
    (&["з", "початку", "року"], "since the start of the year"),
    (&["від", "початку", "року"], "since the start of the year"),
    (&["з", "початку"], "since the start of"),
    (&["від", "початку"], "since the start of"),
    (&["за", "весь", "час"], "in total"),
    (&["за", "час"], "during the"),
    (&["станом", "на"], "as of"),
    (&["минулої", "ночі"], "overnight"),
    (&["цієї", "ночі"], "overnight"),
    (&["в", "ніч", "на"], "overnight on"),
    (&["у", "ніч", "на"], "overnight on"),
    (&["у", "віці"], "aged"),
    (&["в", "віці"], "aged"),
    (&["року", "народження"], ""),
    (&["р", ".", "н", "."], ""),
    (&["раніше", "повідомлялося"], "recall"),
    (&["раніше", "повідомлялось"], "recall"),
    (&["раніше", "повідомляли"], "recall"),
    (&["як", "повідомлялося"], "recall"),
    (&["як", "повідомлялось"], "recall"),
    (&["як", "повідомляв"], "recall"),
    (&["як", "повідомляла"], "recall"),
    (&["як", "повідомляли"], "recall"),
    (&["як", "відомо"], "recall"),
    (&["з", "них"], "of them"),
    (&["із", "них"], "of them"),
    (&["серед", "них"], "including"),
    (&["серед", "яких"], "including"),
    (&["в", "тому", "числі"], "including"),
    (&["у", "тому", "числі"], "including"),
    (&["по", "всій", "україні"], "across Ukraine"),
    (&["по", "україні"], "across Ukraine"),
    (&["в", "україні"], "in Ukraine"),
    (&["у", "україні"], "in Ukraine"),
    (&["в", "результаті"], "after"),
    (&["у", "результаті"], "after"),
    (&["за", "даними"], "according to"),
    (&["за", "його", "даними"], "according to him"),
    (&["за", "її", "даними"], "according to her"),
    (&["за", "його", "словами"], "according to him"),
    (&["за", "її", "словами"], "according to her"),
    (&["за", "їхніми", "даними"], "according to them"),
    (&["за", "попередніми", "даними"], "preliminarily"),
    (&["за", "уточненими", "даними"], "according to updated figures"),
    (&["за", "словами"], "according to"),
    (&["за", "інформацією"], "according to"),
    (&["під", "час"], "during"),
    (&["з", "-", "під"], "from"),
    (&["із", "-", "під"], "from"),
    (&["до", "лікарні"], "to hospital"),
    (&["до", "лікарень"], "to hospital"),
    (&["у", "лікарні"], "in hospital"),
    (&["в", "лікарні"], "in hospital"),
    (&["у", "лікарню"], "to hospital"),
    (&["в", "лікарню"], "to hospital"),
    (&["ніхто", "не"], "nobody"),
    // "було поранено трьох": the impersonal passive, its people after it.
    (&["було", "поранено"], "wounded"),
    (&["було", "вбито"], "killed"),
    (&["було", "убито"], "killed"),
    (&["було", "травмовано"], "injured"),
    (&["було", "госпіталізовано"], "hospitalized"),
    (&["у", "лікарні", "помер"], "died in hospital"),
    (&["у", "лікарні", "померла"], "died in hospital"),
    (&["у", "лікарні", "померли"], "died in hospital"),
    (&["в", "лікарні", "помер"], "died in hospital"),
    (&["в", "лікарні", "померла"], "died in hospital"),
    (&["в", "лікарні", "померли"], "died in hospital"),
    (&["один", "із"], "one of"),
    (&["одна", "із"], "one of"),
    (&["один", "з"], "one of"),
    (&["одна", "з"], "one of"),
    (&["одного", "з"], "one of"),
    (&["однієї", "з"], "one of"),
    (&["двоє", "з"], "two of"),
    (&["троє", "з"], "three of"),
    (&["м", "."], "the city of"),
    (&["с", "."], "the village of"),
    (&["смт", "."], "the settlement of"),
    (&["сел", "."], "the settlement of"),
    (&["сщ", "."], "the settlement of"),
    (&["вул", "."], "street"),
    (&["тис", "."], "thousand"),
    (&["обл", "."], "Oblast"),
];

/// Casualty words in every form, glossed to the English word the rules read the same way.
fn casualty(word: &str) -> Option<&'static str> {
    CASUALTIES.get(word).copied()
}

/// [`CASUALTY_FORMS`] by form: asked about nearly every word.
static CASUALTIES: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    CASUALTY_FORMS.iter().flat_map(|(gloss, forms)| forms.split(' ').map(move |form| (form, *gloss))).collect()
});

/// (gloss, the forms of the casualty words it stands for).
const CASUALTY_FORMS: &[(&str, &str)] = &[
    ("killed", "загинув загинула загинуло загинули загине загинуть гинуть гине"),
    ("killed", "вбито убито вбили убили вбив убив вбила убила вбило убило вбитий убитий вбита убита вбиті убиті"),
    ("killed", "вбитих убитих"),
    ("dead", "загиблих загиблі загиблий загибла загиблого загиблої загиблим загиблими загиблою загиблу"),
    ("dead", "жертв жертви жертвами жертвою жертва"),
    ("death of", "загибель загибелі"),
    ("died", "помер померла померли померло помирає помре"),
    ("body", "тіло тіла тілом"),
    ("bodies", "тіл"),
    ("wounded", "поранено поранені поранений поранена поранених пораненого пораненої пораненим пораненими"),
    ("wounded", "поранену поранили поранив поранила поранило пораненому"),
    ("injured", "травмовано травмовані травмований травмована травмованих травмованого травмованої травмували"),
    ("injured", "травмувалися травмувались травмувався травмувалася травмувалась травмував травмувала"),
    ("injured", "постраждали постраждав постраждала постраждало постраждалих постраждалі постраждалий"),
    ("injured", "постраждалого постраждалої постраждалим постраждалими потерпілі потерпілих потерпілий потерпіла"),
    ("injured", "контужено контужені контужений контужена"),
    ("hospitalized", "госпіталізовано госпіталізували госпіталізований госпіталізована госпіталізовані"),
    ("hospitalized", "госпіталізованих ушпиталено ушпиталили ушпиталений ушпиталена ушпиталені ушпиталених"),
    ("hospitalized", "госпіталізувала госпіталізував"),
    ("injuries", "поранення поранень пораненнями травми травм травмами травмування"),
];

/// Words for the people hurt, as nouns ("постраждалих немає").
fn is_casualty_noun(word: &str) -> bool {
    matches!(
        word,
        "постраждалих"
            | "загиблих"
            | "поранених"
            | "травмованих"
            | "жертв"
            | "постраждалі"
            | "загиблі"
            | "поранені"
    )
}

/// Verbs of receiving a wound: "отримав", "дістала", "зазнали".
fn is_receive_verb(word: &str) -> bool {
    ["отрима", "дістал", "дістав", "зазна"].iter().any(|stem| word.starts_with(stem)) && !word.starts_with("отриман")
}

/// Nouns for a wound: "поранення", "травм", "опіків", "контузію".
fn is_wound_noun(word: &str) -> bool {
    ["поранен", "травм", "опік", "контузі", "ушкоджен"].iter().any(|stem| word.starts_with(stem))
}

/// "65-річний", "семирічна", "16-річні": an age, glossed "65-year-old" ("n-year-old" when written in
/// words); not "щорічний" (yearly).
fn age(word: &str) -> Option<String> {
    // Asked of every word: a cheap test of one letter before searching for the stem.
    if !word.contains('ч') {
        return None;
    }
    let stem = word.find("річн")?;
    let before = &word[..stem];
    let ending = &word[stem + "річн".len()..];
    let is_ending =
        matches!(ending, "ий" | "а" | "ого" | "ої" | "ому" | "ій" | "им" | "ю" | "у" | "і" | "их" | "ими" | "ім");
    let digits = before.trim_end_matches('-');
    let in_digits = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    let in_words =
        ["одно", "дво", "три", "чотири", "п'яти", "п’яти", "шести", "семи", "восьми", "дев'яти", "дев’яти", "десяти"]
            .iter()
            .any(|n| before.ends_with(n));
    let yearly = ["що", "багато", "цього", "то", "позато", "кілько"].contains(&before);
    if !is_ending || yearly {
        return None;
    }
    if in_digits {
        Some(format!("{digits}-year-old"))
    } else if in_words {
        Some("n-year-old".to_owned())
    } else {
        None
    }
}

fn is_years(word: &str) -> bool {
    matches!(word, "років" | "роки" | "рік" | "року")
}

/// Whether the word after a number says what it counts: a person, an adjective of people, a casualty word, a
/// unit the rules know.
fn known_after_number(tokens: &[Token<'_>], i: usize) -> bool {
    let word = tokens[i].lower.as_ref();
    WORDS.contains_key(word)
        || casualty(word).is_some()
        || is_receive_verb(word)
        || is_wound_noun(word)
        || age(word).is_some()
        || tokens[i].capitalized()
        || PHRASES_BY_FIRST_WORD.contains_key(word)
        || MONTHS.iter().any(|(month, _)| *month == word)
}

/// A numeral in words, in any case or gender, and "двадцять п'ять": its English number word and how many
/// tokens it took.
fn numeral(tokens: &[Token<'_>], i: usize) -> Option<(String, usize)> {
    let value = |k: usize| tokens.get(k).and_then(|t| number_value(&t.lower));
    let first = value(i)?;
    if (20..=90).contains(&first)
        && first % 10 == 0
        && let Some(unit) = value(i + 1).filter(|u| (1..=9).contains(u))
    {
        return Some(((first + unit).to_string(), 2));
    }
    Some((english_number(first), 1))
}

/// "two" for 2, as the rules read small numbers in words; larger ones in digits.
fn english_number(value: u32) -> String {
    let word = super::words::NUMBER_WORDS.iter().find(|(_, number)| *number == value && value <= 12);
    word.map_or_else(|| value.to_string(), |(word, _)| (*word).to_owned())
}

fn number_value(word: &str) -> Option<u32> {
    // '’' and 'ʼ' are the only characters here that start with these bytes: found without decoding.
    if word.as_bytes().iter().any(|&b| b == 0xE2 || b == 0xCA) && word.contains(['’', 'ʼ']) {
        return NUMBERS.get(word.replace(['’', 'ʼ'], "'").as_str()).copied();
    }
    NUMBERS.get(word).copied()
}

/// [`NUMBER_FORMS`] by form: asked about nearly every word.
static NUMBERS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    NUMBER_FORMS.iter().flat_map(|(value, forms)| forms.split(' ').map(move |form| (form, *value))).collect()
});

/// (value, the forms of the numeral: cardinal in every case and gender, collective).
const NUMBER_FORMS: &[(u32, &str)] = &[
    (1, "один одна одне одного одної однієї одну одному одній одним одною одно"),
    (2, "два дві двох двом двома двоє обидва обидві обоє обох"),
    (3, "три трьох трьом трьома троє"),
    (4, "чотири чотирьох чотирьом чотирма четверо"),
    (5, "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятеро"),
    (6, "шість шести шістьох шістьом шістьма шестеро"),
    (7, "сім семи сімох сімом сьома семеро"),
    (8, "вісім восьми вісьмох вісьмом вісьма восьмеро"),
    (9, "дев'ять дев'яти дев'ятьох дев'ятьма дев'ятеро"),
    (10, "десять десяти десятьох десятьма десятеро"),
    (11, "одинадцять одинадцяти одинадцятьох"),
    (12, "дванадцять дванадцяти дванадцятьох"),
    (13, "тринадцять тринадцяти тринадцятьох"),
    (14, "чотирнадцять чотирнадцяти чотирнадцятьох"),
    (15, "п'ятнадцять п'ятнадцяти п'ятнадцятьох"),
    (16, "шістнадцять шістнадцяти шістнадцятьох"),
    (17, "сімнадцять сімнадцяти сімнадцятьох"),
    (18, "вісімнадцять вісімнадцяти вісімнадцятьох"),
    (19, "дев'ятнадцять дев'ятнадцяти дев'ятнадцятьох"),
    (20, "двадцять двадцяти двадцятьох"),
    (30, "тридцять тридцяти тридцятьох"),
    (40, "сорок сорока"),
    (50, "п'ятдесят п'ятдесяти"),
    (60, "шістдесят шістдесяти"),
    (70, "сімдесят сімдесяти"),
    (80, "вісімдесят вісімдесяти"),
    (90, "дев'яносто"),
    (100, "сто ста"),
];

/// Person nouns in any case, and the adjectives that describe people in these reports.
fn is_person(word: &str) -> bool {
    WORDS.get(word).is_some_and(|english| super::mentions::PERSON_WORDS.contains(*english))
}

/// Months in the genitive ("23 квітня") and the nominative.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weapon(word: &str) -> Option<&'static str> {
    let gloss = if word.starts_with("шахед") || word.starts_with("шахід") {
        "Shahed drone"
    } else if word.starts_with("іскандер") {
        "Iskander missile"
    } else if word.starts_with("кинджал") {
        "Kinzhal missile"
    } else if word.starts_with("калібр") {
        "Kalibr missile"
    } else if matches!(word, "каб" | "каби" | "кабами" | "кабів" | "кабом") || word.starts_with("авіабомб")
    {
        "guided bomb"
    } else if word.starts_with("балістичн") {
        "ballistic"
    } else if word.starts_with("ракет") {
        "missile"
    } else if word.starts_with("безпілотник")
        || word.starts_with("дрон")
        || matches!(word, "бпла" | "бпла-камікадзе" | "fpv-дроном" | "fpv-дрона" | "fpv-дрон")
    {
        "drone"
    } else if word.starts_with("артилері") || word.starts_with("артобстріл") {
        "artillery"
    } else if word.starts_with("міномет") {
        "mortar"
    } else if matches!(word, "рсзв" | "градів" | "гради" | "град") {
        "MLRS"
    } else if word.starts_with("с-300") {
        "S-300 missile"
    } else {
        return None;
    };
    Some(gloss)
}

/// One word to one gloss: function words, people, periods, dates, what a number may count.
static WORDS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut words: FxHashMap<&'static str, &'static str> = FxHashMap::default();
    for (glossed, forms) in LEXICON {
        for form in forms.split_whitespace() {
            words.insert(form, glossed);
        }
    }
    for (index, (month, _)) in MONTHS.iter().enumerate() {
        words.insert(month, MONTH_NAMES[index]);
    }
    words
});

/// (gloss, the Ukrainian forms it stands for).
const LEXICON: &[(&str, &str)] = &[
    // Prepositions and conjunctions.
    ("in", "у в на"),
    ("near", "біля поблизу неподалік околицях околиці"),
    ("at", "по о об"),
    ("from", "з із зі від"),
    ("to", "до"),
    ("and", "та і й а також"),
    ("but", "але проте однак"),
    ("or", "або чи"),
    ("after", "внаслідок унаслідок після"),
    ("due to", "через"),
    ("about", "про"),
    ("with", "разом"),
    ("among", "серед"),
    ("including", "зокрема включно"),
    ("at least", "щонайменше щонайменш принаймні мінімум"),
    ("more than", "понад більш більше"),
    ("about", "близько приблизно майже"),
    ("another", "ще"),
    ("other", "інші інших інша інший іншого"),
    ("also", "також теж"),
    ("later", "згодом пізніше потім"),
    ("before", "раніше"),
    ("recall", "нагадаємо нагадуємо нагадаю"),
    ("now", "наразі зараз нині"),
    ("preliminarily", "попередньо"),
    ("as", "як"),
    ("for", "за"),
    ("overall", "загальна загальну загальної загальне загальний загального"),
    ("troops", "війська військ"),
    ("adult", "дорослий доросла дорослого дорослу"),
    ("adults", "дорослі дорослих"),
    ("who", "який яка які якого якої яких"),
    ("that", "що"),
    ("he", "він"),
    ("she", "вона"),
    ("they", "вони"),
    ("them", "них їх"),
    ("his", "його"),
    ("her", "її"),
    ("was", "був була було були є стало став стала стали"),
    ("none", "немає нема"),
    ("nobody", "ніхто"),
    ("not", "не"),
    ("no", "ні"),
    ("several", "кілька декілька кількох декількох"),
    ("dozens", "десятки десятків десятка десяток"),
    ("hundreds", "сотні сотень"),
    ("thousand", "тисяч тисячі тисяча"),
    // People.
    ("person", "людина людину людиною особа особу особою"),
    ("people", "людей люди людьми людям людини особи осіб особам"),
    ("man", "чоловік чоловіка чоловікові чоловіком юнак юнака"),
    ("men", "чоловіки чоловіків"),
    ("woman", "жінка жінку жінці жінкою дівчина дівчину"),
    ("women", "жінки жінок"),
    ("child", "дитина дитину дитини дитиною немовля немовляти малюк малюка"),
    ("children", "діти дітей дітям дітьми малюків неповнолітніх"),
    ("boy", "хлопчик хлопчика хлопчику хлопець хлопця"),
    ("boys", "хлопчики хлопчиків хлопці хлопців"),
    ("girl", "дівчинка дівчинку дівчинки дівчинці"),
    ("girls", "дівчатка дівчаток дівчата дівчат"),
    ("teenager", "підліток підлітка"),
    ("teenagers", "підлітки підлітків"),
    ("pensioner", "пенсіонер пенсіонера пенсіонерка пенсіонерку пенсіонерки"),
    ("pensioners", "пенсіонери пенсіонерів"),
    ("resident", "мешканець мешканця мешканка мешканку житель жителя жителька жительку"),
    ("residents", "мешканці мешканців жителі жителів містян селян"),
    ("civilian", "цивільний цивільна цивільного цивільну"),
    ("civilians", "цивільні цивільних мирних мирні"),
    ("driver", "водій водія водійка"),
    ("rescuer", "рятувальник рятувальника надзвичайник"),
    ("rescuers", "рятувальники рятувальників надзвичайники надзвичайників"),
    ("medic", "медик медика медикиня лікар лікаря медсестра медсестру фельдшер фельдшера"),
    ("medics", "медики медиків лікарі лікарів"),
    ("policeman", "поліцейський поліцейського поліцейська поліцейську правоохоронець"),
    ("policemen", "поліцейські поліцейських правоохоронці правоохоронців"),
    ("worker", "працівник працівника працівниця працівницю енергетик енергетика комунальник"),
    ("workers", "працівники працівників енергетики енергетиків комунальники комунальників"),
    ("volunteer", "волонтер волонтера волонтерка волонтерку"),
    ("volunteers", "волонтери волонтерів"),
    ("journalist", "журналіст журналіста журналістка журналістку"),
    ("journalists", "журналісти журналістів"),
    ("passerby", "перехожий перехожого перехожа перехожу"),
    ("passengers", "пасажири пасажирів"),
    ("passenger", "пасажир пасажира пасажирка"),
    ("mother", "мати матір мама маму"),
    ("father", "батько батька"),
    ("son", "син сина сина синові"),
    ("sons", "сини синів"),
    ("daughter", "донька доньку дочка дочку"),
    ("daughters", "доньки доньок"),
    ("grandmother", "бабуся бабусю"),
    ("sister", "сестра сестру"),
    ("sisters", "сестри сестер"),
    ("brother", "брат брата"),
    ("brothers", "брати братів"),
    ("aged", "віком"),
    ("grandfather", "дідусь дідуся"),
    ("couple", "подружжя"),
    ("student", "студент студента студентка студентку школяр школяра школярка школярку"),
    ("students", "студенти студентів школярі школярів"),
    ("teacher", "вчитель вчителя вчителька вчительку"),
    ("firefighter", "вогнеборець вогнеборця пожежник пожежника"),
    ("firefighters", "вогнеборці вогнеборців пожежники пожежників"),
    ("farmer", "фермер фермера аграрій аграрія тракторист тракториста"),
    ("elderly", "літній літня літнього літньої літню літні літніх"),
    ("local", "місцевий місцева місцевого місцевої місцеві місцевих"),
    ("young", "молодий молода молодого молоду"),
    // The military: never civilians.
    ("soldiers", "військовий військові військових військовослужбовець військовослужбовця військовослужбовці"),
    ("soldiers", "військовослужбовців бійці бійців боєць бійця солдат солдати солдатів захисники захисників"),
    ("soldiers", "окупанти окупантів окупантів прикордонник прикордонники прикордонників"),
    ("military", "військова військової військовій військову військове військовою"),
    // Officials and where they speak for.
    ("head", "голова голови очільник очільника очільниця начальник начальника керівник керівника"),
    ("governor", "губернатор губернатора"),
    ("mayor", "мер мера міський"),
    ("regional", "обласної обласна обласній обласну обласна обласного"),
    ("regional military administration", "ова ода обладміністрації облдержадміністрації"),
    ("city military administration", "мва"),
    ("Zaporizhzhia regional military administration", "зова"),
    ("thus", "таким"),
    ("known", "відомо"),
    ("the village of", "село села селі селом с"),
    ("the settlement of", "селище селища селищі селищем смт сел сщ"),
    ("the town of", "місто міста місті містом"),
    ("community", "громада громади громаді громаду"),
    ("district", "район району районі районом"),
    ("all", "увесь весь цілий"),
    ("besides", "окрім крім"),
    ("region", "область області"),
    ("administration", "адміністрації адміністрація адміністрацію"),
    ("council", "ради рада раді"),
    ("police", "поліція поліції нацполіції"),
    ("prosecutor's", "прокуратура прокуратури"),
    ("said", "повідомив повідомила повідомили повідомляє заявив заявила зазначив зазначила написав написала"),
    ("said", "розповів розповіла уточнив уточнила додав додала"),
    ("reported", "повідомлялося повідомлялось повідомляв повідомляла"),
    // The enemy and the other side of the border.
    ("enemy", "ворог ворога ворожий ворожого ворожої ворожі ворожих ворожа вороже"),
    ("russians", "росіяни росіян окупанти рашисти"),
    ("russian", "російський російська російського російської російські російських російським російською"),
    ("Russia", "росія росії росію рф"),
    ("Ukraine", "україна україни україну україні"),
    ("ukrainian", "український українська українського української українські українських"),
    ("Belgorod", "бєлгород бєлгороді бєлгорода білгород білгороді білгорода бєлгородщина бєлгородщині"),
    ("Kursk", "курськ курську курська курщина курщині"),
    ("Bryansk", "брянськ брянську брянщина брянщині"),
    ("Moscow", "москва москві москви"),
    ("Belarus", "білорусь білорусі"),
    // Attacks and what they hit.
    ("attack", "атака атаки атаку атакою атак атакували атакував атакувала"),
    ("strike", "удар удару ударом удари ударів ударами ударили вдарили вдарив вдарила ударив"),
    ("shelling", "обстріл обстрілу обстрілом обстріли обстрілів обстріляли обстріляв обстріляла"),
    ("explosion", "вибух вибуху вибухи вибухів"),
    ("hit", "влучили влучив влучила влучання"),
    ("damaged", "пошкоджено пошкоджені пошкоджений пошкоджена пошкодили зруйновано зруйновані"),
    ("buildings", "будинків будинки будинок будинку будівлі будівель будівля"),
    ("houses", "домівки домівок осель"),
    ("cars", "автомобілі автомобілів автівки автівок авто машин"),
    ("settlements", "населених пунктів громад"),
    ("times", "разів рази раз"),
    ("strikes", "ударів"),
    ("missiles", "ракет ракети"),
    ("drones", "дронів безпілотників шахедів"),
    ("percent", "відсотків відсотки %"),
    ("km", "км кілометрів"),
    ("hryvnias", "гривень грн"),
    // Time.
    ("years", "років роки рік року"),
    ("months", "місяців місяці місяць"),
    ("weeks", "тижнів тижні тиждень"),
    ("days", "днів дні день доби діб"),
    ("hours", "годин години година"),
    ("minutes", "хвилин хвилини"),
    ("yesterday", "вчора учора"),
    ("today", "сьогодні"),
    ("overnight", "вночі уночі"),
    ("night", "нічна нічної нічну нічний нічного нічні нічних нічній нічним"),
    ("Kyiv", "столиця столиці столицю столицею"),
    ("as of", "станом"),
    ("morning", "зранку вранці ранку"),
    ("evening", "ввечері увечері вечора"),
    ("since", "відтоді"),
    // "Загалом у області травми отримали шестеро": all told, of this attack; a running total says "since".
    ("in all", "загалом всього усього"),
    ("Monday", "понеділок понеділка"),
    ("Tuesday", "вівторок вівторка"),
    ("Wednesday", "середу середа"),
    ("Thursday", "четвер четверга"),
    ("Friday", "п'ятницю п'ятниця п’ятницю п’ятниця"),
    ("Saturday", "суботу субота"),
    ("Sunday", "неділю неділя"),
    ("update", "оновлено оновлення"),
    ("rose", "зросла зросло зріс зросли збільшилася збільшилась збільшилось сягнула сягнуло"),
    ("number of", "кількість число"),
    ("freed", "деблокували деблокувати врятували"),
    ("found", "знайшли виявили витягли"),
    ("rubble", "завалів завалами завалах"),
    ("without", "без"),
];

/// The place named at token `i` (and the words after it that belong to it), glossed as the English name
/// the gazetteer knows, or its transliteration for a village of the codifier; with how many tokens it took.
fn place(tokens: &[Token<'_>], i: usize, names: &mut Names) -> Option<(String, usize)> {
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
pub(super) struct Names {
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
fn known_place(names: &[String]) -> Option<String> {
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
fn curated(names: &[String]) -> Option<Place> {
    names.iter().find_map(|name| match UKRAINIAN_NAMES.get(name.as_str()) {
        Some(Known::Curated(place)) => Some(*place),
        _ => None,
    })
}

/// The names two words in some case may come from: "Кривому Розі" → "кривий ріг", "крива ріг", ….
fn two_word_forms(first: &str, second: &str) -> Vec<String> {
    let seconds = noun_forms(second);
    adjective_forms(first)
        .iter()
        .flat_map(|first| seconds.iter().map(move |second| format!("{first} {second}")))
        .collect()
}

/// What a Ukrainian name is known as.
enum Known {
    /// A place of the curated gazetteer.
    Curated(Place),
    /// A settlement of the codifier only.
    Codified,
}

/// Every Cyrillic name of the curated gazetteer and of the codifier, normalised (lowercase, no apostrophes,
/// hyphens as spaces), so that each form a word may come from costs one lookup.
static UKRAINIAN_NAMES: LazyLock<FxHashMap<&'static str, Known>> = LazyLock::new(|| {
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
static NAME_STEMS: LazyLock<rustc_hash::FxHashSet<u64>> = LazyLock::new(|| {
    let mut stems = rustc_hash::FxHashSet::default();
    for name in UKRAINIAN_NAMES.keys() {
        let from = name.chars().count().saturating_sub(4).max(2);
        stems.extend(prefix_hashes(name).skip(from));
    }
    stems
});

/// The hash of every prefix of `word` (vowels that alternate as one), shortest first.
fn prefix_hashes(word: &str) -> impl Iterator<Item = u64> + '_ {
    word.chars().scan(0xcbf2_9ce4_8422_2325_u64, |hash, c| {
        let c = if matches!(c, 'і' | 'о' | 'е' | 'є' | 'ї') { '*' } else { c };
        *hash = (*hash ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3);
        Some(*hash)
    })
}

/// Whether a word in some case may be a name the index holds: one of its stems (the word without its last
/// one to four letters) is a name's.
fn may_be_a_name(word: &str) -> bool {
    let from = word.chars().count().saturating_sub(5).max(2);
    prefix_hashes(word).skip(from).any(|hash| NAME_STEMS.contains(&hash))
}

/// A word as the names are indexed: lowercase, apostrophes dropped.
fn name_key(word: &str) -> String {
    let without: String = word.chars().filter(|c| !matches!(c, '\'' | '’' | 'ʼ' | '`')).collect();
    letters::lowercase(&without)
}

/// The place of the curated gazetteer a Ukrainian name in any case names: one word ("Харкові") or two
/// ("Кривому Розі").
pub(super) fn curated_place(name: &str) -> Option<Place> {
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
pub(super) fn oblique_forms(name_uk: &str) -> Vec<String> {
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
fn close_syllable(word: &str) -> String {
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
fn region_words(region: RegionCode) -> String {
    match region {
        RegionCode::KyivCity => "Kyiv".to_owned(),
        RegionCode::Crimea | RegionCode::Sevastopol => gazetteer::region_name(region).to_owned(),
        _ => format!("{} Oblast", gazetteer::region_name(region)),
    }
}

/// "kryvyi rih" → "Kryvyi Rih".
fn capitalize(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_cyrillic_abbreviation(token: &Token<'_>) -> bool {
    token.text.chars().count() <= 4 && token.text.chars().all(|c| c.is_uppercase())
}

enum Unit {
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
fn unit_after(tokens: &[Token<'_>], i: usize) -> Option<Unit> {
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
const CITY_DISTRICTS: &[&str] = &[
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
fn city_of_adjective(word: &str) -> Option<String> {
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
fn adjective_region(word: &str) -> Option<RegionCode> {
    let nominative = adjective_to(word, "а")?;
    match gazetteer::find_exact(&nominative)? {
        Place::Region(region) => Some(region.surrounding_region()),
        Place::Settlement(town) => Some(town.region),
    }
}

/// An adjective in any case turned to the nominative with `ending` ("а" feminine, "ий" masculine):
/// "Харківської" → "харківська", "Куп'янського" → "куп'янський".
fn adjective_to(word: &str, ending: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["ого", "ому", "ої", "ій", "ою", "им", "ий", "их", "а", "у", "і", "е"];
    let stem = ENDINGS.iter().find_map(|e| word.strip_suffix(e))?;
    Some(format!("{stem}{ending}"))
}

/// Nominatives an adjective in some case may come from: "Кривому" → "кривий", "крива", "криве".
fn adjective_forms(word: &str) -> Vec<String> {
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
fn noun_forms(word: &str) -> Vec<String> {
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
fn alternations(form: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn gloss(sentence: &str) -> String {
        super::gloss(sentence, &mut Names::default())
    }

    #[test]
    fn glosses_casualties_counts_and_places() {
        let gloss = gloss("У Харкові загинули двоє людей, ще п'ятеро поранені.");
        assert_eq!(gloss, "in Kharkiv killed two people, while five wounded.");
    }

    #[test]
    fn ages_and_birth_years_are_no_counts() {
        assert_eq!(gloss("Поранено 65-річного чоловіка"), "wounded 65-year-old man");
        assert_eq!(gloss("жінка 72 років"), "woman aged 72 years");
    }

    #[test]
    fn places_in_their_cases() {
        assert_eq!(gloss("на Харківщині"), "in Kharkiv Oblast");
        assert_eq!(gloss("у Запорізькій області"), "in Zaporizhzhia Oblast");
        assert_eq!(gloss("у Кривому Розі"), "in Kryvyi Rih");
        assert_eq!(gloss("в Одесі"), "in Odesa");
        assert_eq!(gloss("у Києві"), "in Kyiv");
        assert_eq!(gloss("у Миколаєві"), "in Mykolaiv");
    }

    #[test]
    fn russian_and_english_are_not_ukrainian() {
        assert!(is_ukrainian("У Харкові загинули двоє людей", false));
        assert!(is_ukrainian("Поранено людину", true));
        assert!(!is_ukrainian("Поранено людину", false));
        assert!(!is_ukrainian("В Харькове погибли два человека, ещё пятеро ранены.", true));
        assert!(!is_ukrainian("Two people were killed in Kharkiv", true));
    }
}
