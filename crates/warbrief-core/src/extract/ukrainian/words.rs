//! The Ukrainian words the gloss knows: casualty words in every form, numerals, person nouns, months,
//! weapons, phrases, and the lexicon of everything else worth reading, each with the English word it becomes.

use super::*;

/// [`PHRASES`] by their first word: asked about every word.
pub(in crate::extract) static PHRASES_BY_FIRST_WORD: LazyLock<FxHashMap<&'static str, Vec<Phrase>>> =
    LazyLock::new(|| {
        let mut index: FxHashMap<&'static str, Vec<Phrase>> = FxHashMap::default();
        for &(phrase, english) in PHRASES {
            index.entry(phrase[0]).or_default().push((phrase, english));
        }
        index
    });

/// Ukrainian words read together, and what they read as.
type Phrase = (&'static [&'static str], &'static str);

/// Several words read as one.
pub(in crate::extract) const PHRASES: &[(&[&str], &str)] = &[
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
pub(in crate::extract) fn casualty(word: &str) -> Option<&'static str> {
    CASUALTIES.get(word).copied()
}

/// [`CASUALTY_FORMS`] by form: asked about nearly every word.
pub(in crate::extract) static CASUALTIES: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    CASUALTY_FORMS.iter().flat_map(|(gloss, forms)| forms.split(' ').map(move |form| (form, *gloss))).collect()
});

/// (gloss, the forms of the casualty words it stands for).
pub(in crate::extract) const CASUALTY_FORMS: &[(&str, &str)] = &[
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
pub(in crate::extract) fn is_casualty_noun(word: &str) -> bool {
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
pub(in crate::extract) fn is_receive_verb(word: &str) -> bool {
    ["отрима", "дістал", "дістав", "зазна"].iter().any(|stem| word.starts_with(stem)) && !word.starts_with("отриман")
}

/// Nouns for a wound: "поранення", "травм", "опіків", "контузію".
pub(in crate::extract) fn is_wound_noun(word: &str) -> bool {
    ["поранен", "травм", "опік", "контузі", "ушкоджен"].iter().any(|stem| word.starts_with(stem))
}

/// "65-річний", "семирічна", "16-річні": an age, glossed "65-year-old" ("n-year-old" when written in
/// words); not "щорічний" (yearly).
pub(in crate::extract) fn age(word: &str) -> Option<String> {
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

pub(in crate::extract) fn is_years(word: &str) -> bool {
    matches!(word, "років" | "роки" | "рік" | "року")
}

/// Whether the word after a number says what it counts: a person, an adjective of people, a casualty word, a
/// unit the rules know.
pub(in crate::extract) fn known_after_number(tokens: &[Token<'_>], i: usize) -> bool {
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
pub(in crate::extract) fn numeral(tokens: &[Token<'_>], i: usize) -> Option<(String, usize)> {
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
pub(in crate::extract) fn english_number(value: u32) -> String {
    let word = crate::extract::words::NUMBER_WORDS.iter().find(|(_, number)| *number == value && value <= 12);
    word.map_or_else(|| value.to_string(), |(word, _)| (*word).to_owned())
}

pub(in crate::extract) fn number_value(word: &str) -> Option<u32> {
    // '’' and 'ʼ' are the only characters here that start with these bytes: found without decoding.
    if word.as_bytes().iter().any(|&b| b == 0xE2 || b == 0xCA) && word.contains(['’', 'ʼ']) {
        return NUMBERS.get(word.replace(['’', 'ʼ'], "'").as_str()).copied();
    }
    NUMBERS.get(word).copied()
}

/// [`NUMBER_FORMS`] by form: asked about nearly every word.
pub(in crate::extract) static NUMBERS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    NUMBER_FORMS.iter().flat_map(|(value, forms)| forms.split(' ').map(move |form| (form, *value))).collect()
});

/// (value, the forms of the numeral: cardinal in every case and gender, collective).
pub(in crate::extract) const NUMBER_FORMS: &[(u32, &str)] = &[
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
pub(in crate::extract) fn is_person(word: &str) -> bool {
    WORDS.get(word).is_some_and(|english| crate::extract::mentions::PERSON_WORDS.contains(*english))
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

pub(in crate::extract) const MONTH_NAMES: [&str; 12] = [
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

pub(in crate::extract) fn weapon(word: &str) -> Option<&'static str> {
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
pub(in crate::extract) static WORDS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
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
pub(in crate::extract) const LEXICON: &[(&str, &str)] = &[
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
