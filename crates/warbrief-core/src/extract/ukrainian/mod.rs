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

mod places;
mod words;

pub(in crate::extract) use places::*;
pub(in crate::extract) use words::*;

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
