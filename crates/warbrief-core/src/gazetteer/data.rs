//! Static gazetteer data: names of Ukraine's regions and of the settlements most often named in war reports.
//! Names are matched after normalisation (lowercase, apostrophes and hyphens unified), so list each spelling once
//! in its natural case.

use crate::region::RegionCode;

pub(super) struct RegionData {
    pub code: RegionCode,
    /// English name as used in the bot, e.g. "Kharkiv", "Kyiv City", "Crimea".
    pub name_en: &'static str,
    /// Ukrainian name of the unit, e.g. "Харківська область", "Київ", "Автономна Республіка Крим".
    pub name_uk: &'static str,
    /// Other spellings that name this region: the centre's name in English and Ukrainian, older/Russian-derived
    /// transliterations, Russian Cyrillic forms, Ukrainian adjective forms in Latin and Cyrillic
    /// ("Kharkivska", "Харківська", "Kharkivshchyna", "Харківщина"), Russian adjective forms ("Kharkovskaya",
    /// "Харьковская"). Do NOT include the words region/oblast/область: the lookup strips those itself.
    pub aliases: &'static [&'static str],
}

pub(super) struct SettlementData {
    /// Common English name, e.g. "Kramatorsk", "Kryvyi Rih", "Bilhorod-Dnistrovskyi".
    pub name: &'static str,
    /// Ukrainian name, e.g. "Краматорськ".
    pub name_uk: &'static str,
    pub region: RegionCode,
    /// Other spellings: older/Russian-derived transliterations (Artemivsk / Artyomovsk for Bakhmut, Krivoy Rog,
    /// Kupyansk, Izyum, Zaporozhye…), Russian Cyrillic form, former names used in reports.
    pub aliases: &'static [&'static str],
}

pub(super) const REGIONS: [RegionData; 27] = [
    RegionData {
        code: RegionCode::Vinnytsia,
        name_en: "Vinnytsia",
        name_uk: "Вінницька область",
        aliases: &[
            "Vinnitsa",
            "Vinnytsya",
            "Вінниця",
            "Винница",
            "Vinnytska",
            "Вінницька",
            "Vinnychchyna",
            "Вінниччина",
            "Vinnitskaya",
            "Винницкая",
        ],
    },
    RegionData {
        code: RegionCode::Volyn,
        name_en: "Volyn",
        name_uk: "Волинська область",
        aliases: &[
            "Volhynia",
            "Volynia",
            "Волинь",
            "Волынь",
            "Volynska",
            "Волинська",
            "Volynshchyna",
            "Волинщина",
            "Volynskaya",
            "Волынская",
            "Lutsk",
            "Луцьк",
            "Луцк",
        ],
    },
    RegionData {
        code: RegionCode::Luhansk,
        name_en: "Luhansk",
        name_uk: "Луганська область",
        aliases: &[
            "Lugansk",
            "Луганськ",
            "Луганск",
            "Luhanska",
            "Луганська",
            "Luhanshchyna",
            "Луганщина",
            "Luganskaya",
            "Луганская",
        ],
    },
    RegionData {
        code: RegionCode::Dnipropetrovsk,
        name_en: "Dnipropetrovsk",
        name_uk: "Дніпропетровська область",
        aliases: &[
            "Dnepropetrovsk",
            "Дніпропетровськ",
            "Днепропетровск",
            "Dnipro",
            "Dnepr",
            "Дніпро",
            "Днепр",
            "Dnipropetrovska",
            "Дніпропетровська",
            "Dnipropetrovshchyna",
            "Дніпропетровщина",
            "Dnepropetrovskaya",
            "Днепропетровская",
        ],
    },
    RegionData {
        code: RegionCode::Donetsk,
        name_en: "Donetsk",
        name_uk: "Донецька область",
        aliases: &["Донецьк", "Донецк", "Donetska", "Донецька", "Donechchyna", "Донеччина", "Donetskaya", "Донецкая"],
    },
    RegionData {
        code: RegionCode::Zhytomyr,
        name_en: "Zhytomyr",
        name_uk: "Житомирська область",
        aliases: &[
            "Zhitomir",
            "Житомир",
            "Zhytomyrska",
            "Житомирська",
            "Zhytomyrshchyna",
            "Житомирщина",
            "Zhitomirskaya",
            "Житомирская",
        ],
    },
    RegionData {
        code: RegionCode::Zakarpattia,
        name_en: "Zakarpattia",
        name_uk: "Закарпатська область",
        aliases: &[
            "Transcarpathia",
            "Zakarpattya",
            "Zakarpatye",
            "Zakarpatska",
            "Закарпаття",
            "Закарпатье",
            "Закарпатська",
            "Zakarpatskaya",
            "Закарпатская",
            "Uzhhorod",
            "Uzhgorod",
            "Ужгород",
        ],
    },
    RegionData {
        code: RegionCode::Zaporizhzhia,
        name_en: "Zaporizhzhia",
        name_uk: "Запорізька область",
        aliases: &[
            "Zaporizhia",
            "Zaporozhzhia",
            "Zaporizhzhya",
            "Zaporizhya",
            "Zaporozhye",
            "Zaporozhe",
            "Запоріжжя",
            "Запорожье",
            "Zaporizka",
            "Запорізька",
            "Zaporizhchyna",
            "Запоріжчина",
            "Zaporozhskaya",
            "Запорожская",
        ],
    },
    RegionData {
        code: RegionCode::IvanoFrankivsk,
        name_en: "Ivano-Frankivsk",
        name_uk: "Івано-Франківська область",
        aliases: &[
            "Ivano Frankivsk",
            "Ivano-Frankovsk",
            "Ivano Frankovsk",
            "Івано-Франківськ",
            "Ивано-Франковск",
            "Ivano-Frankivska",
            "Івано-Франківська",
            "Ivano-Frankivshchyna",
            "Івано-Франківщина",
            "Prykarpattia",
            "Прикарпаття",
            "Ivano-Frankovskaya",
            "Ивано-Франковская",
        ],
    },
    RegionData {
        code: RegionCode::KyivCity,
        name_en: "Kyiv City",
        name_uk: "Київ",
        aliases: &["Kyiv", "Kiev", "Київ", "Киев", "Kyiv city", "Kiev city", "місто Київ"],
    },
    RegionData {
        code: RegionCode::Kyiv,
        name_en: "Kyiv",
        name_uk: "Київська область",
        aliases: &["Kyivska", "Київська", "Kyivshchyna", "Київщина", "Kievskaya", "Киевская"],
    },
    RegionData {
        code: RegionCode::Kirovohrad,
        name_en: "Kirovohrad",
        name_uk: "Кіровоградська область",
        aliases: &[
            "Kirovograd",
            "Кіровоград",
            "Кировоград",
            "Kropyvnytskyi",
            "Kropyvnytskyy",
            "Kropyvnytsky",
            "Kropivnitsky",
            "Kropivnitskiy",
            "Кропивницький",
            "Кропивницкий",
            "Kirovohradska",
            "Кіровоградська",
            "Kirovohradshchyna",
            "Кіровоградщина",
            "Kirovogradskaya",
            "Кировоградская",
        ],
    },
    RegionData {
        code: RegionCode::Sevastopol,
        name_en: "Sevastopol",
        name_uk: "Севастополь",
        aliases: &["Sebastopol", "Севастополь", "Sevastopol city", "місто Севастополь"],
    },
    RegionData {
        code: RegionCode::Crimea,
        name_en: "Crimea",
        name_uk: "Автономна Республіка Крим",
        aliases: &[
            "Krym",
            "Крим",
            "Крым",
            "Qırım",
            "Autonomous Republic of Crimea",
            "Republic of Crimea",
            "AR Crimea",
            "АР Крим",
            "Simferopol",
            "Сімферополь",
            "Симферополь",
        ],
    },
    RegionData {
        code: RegionCode::Lviv,
        name_en: "Lviv",
        name_uk: "Львівська область",
        aliases: &[
            "Lvov",
            "Lwow",
            "Lwów",
            "Lemberg",
            "Львів",
            "Львов",
            "Lvivska",
            "Львівська",
            "Lvivshchyna",
            "Львівщина",
            "Lvovskaya",
            "Львовская",
        ],
    },
    RegionData {
        code: RegionCode::Mykolaiv,
        name_en: "Mykolaiv",
        name_uk: "Миколаївська область",
        aliases: &[
            "Nikolaev",
            "Nikolayev",
            "Mykolayiv",
            "Миколаїв",
            "Николаев",
            "Mykolaivska",
            "Миколаївська",
            "Mykolaivshchyna",
            "Миколаївщина",
            "Nikolaevskaya",
            "Николаевская",
        ],
    },
    RegionData {
        code: RegionCode::Odesa,
        name_en: "Odesa",
        name_uk: "Одеська область",
        aliases: &["Odessa", "Одеса", "Одесса", "Odeska", "Одеська", "Odeshchyna", "Одещина", "Odesskaya", "Одесская"],
    },
    RegionData {
        code: RegionCode::Poltava,
        name_en: "Poltava",
        name_uk: "Полтавська область",
        aliases: &["Полтава", "Poltavska", "Полтавська", "Poltavshchyna", "Полтавщина", "Poltavskaya", "Полтавская"],
    },
    RegionData {
        code: RegionCode::Rivne,
        name_en: "Rivne",
        name_uk: "Рівненська область",
        aliases: &[
            "Rovno",
            "Рівне",
            "Ровно",
            "Rivnenska",
            "Рівненська",
            "Rivnenshchyna",
            "Рівненщина",
            "Rovenskaya",
            "Ровенская",
        ],
    },
    RegionData {
        code: RegionCode::Sumy,
        name_en: "Sumy",
        name_uk: "Сумська область",
        aliases: &["Суми", "Сумы", "Sumska", "Сумська", "Sumshchyna", "Сумщина", "Sumskaya", "Сумская"],
    },
    RegionData {
        code: RegionCode::Ternopil,
        name_en: "Ternopil",
        name_uk: "Тернопільська область",
        aliases: &[
            "Ternopol",
            "Тернопіль",
            "Тернополь",
            "Ternopilska",
            "Тернопільська",
            "Ternopilshchyna",
            "Тернопільщина",
            "Ternopolskaya",
            "Тернопольская",
        ],
    },
    RegionData {
        code: RegionCode::Kharkiv,
        name_en: "Kharkiv",
        name_uk: "Харківська область",
        aliases: &[
            "Kharkov",
            "Харків",
            "Харьков",
            "Kharkivska",
            "Харківська",
            "Kharkivshchyna",
            "Харківщина",
            "Kharkovskaya",
            "Харьковская",
        ],
    },
    RegionData {
        code: RegionCode::Kherson,
        name_en: "Kherson",
        name_uk: "Херсонська область",
        aliases: &["Херсон", "Khersonska", "Херсонська", "Khersonshchyna", "Херсонщина", "Khersonskaya", "Херсонская"],
    },
    RegionData {
        code: RegionCode::Khmelnytskyi,
        name_en: "Khmelnytskyi",
        name_uk: "Хмельницька область",
        aliases: &[
            "Khmelnytsky",
            "Khmelnytskyy",
            "Khmelnitsky",
            "Khmelnitskiy",
            "Khmelnitskii",
            "Хмельницький",
            "Хмельницкий",
            "Khmelnytska",
            "Хмельницька",
            "Khmelnychchyna",
            "Хмельниччина",
            "Khmelnitskaya",
            "Хмельницкая",
        ],
    },
    RegionData {
        code: RegionCode::Cherkasy,
        name_en: "Cherkasy",
        name_uk: "Черкаська область",
        aliases: &[
            "Cherkassy",
            "Черкаси",
            "Черкассы",
            "Cherkaska",
            "Черкаська",
            "Cherkashchyna",
            "Черкащина",
            "Cherkasskaya",
            "Черкасская",
        ],
    },
    RegionData {
        code: RegionCode::Chernihiv,
        name_en: "Chernihiv",
        name_uk: "Чернігівська область",
        aliases: &[
            "Chernigov",
            "Чернігів",
            "Чернигов",
            "Chernihivska",
            "Чернігівська",
            "Chernihivshchyna",
            "Чернігівщина",
            "Chernigovskaya",
            "Черниговская",
        ],
    },
    RegionData {
        code: RegionCode::Chernivtsi,
        name_en: "Chernivtsi",
        name_uk: "Чернівецька область",
        aliases: &[
            "Chernovtsy",
            "Czernowitz",
            "Чернівці",
            "Черновцы",
            "Chernivetska",
            "Чернівецька",
            "Chernivechchyna",
            "Чернівеччина",
            "Chernovitskaya",
            "Черновицкая",
            "Bukovyna",
            "Bukovina",
            "Буковина",
        ],
    },
];

pub(super) const SETTLEMENTS: &[SettlementData] = &[
    // Donetsk
    SettlementData {
        name: "Donetsk", name_uk: "Донецьк", region: RegionCode::Donetsk, aliases: &["Донецк"]
    },
    SettlementData {
        name: "Kramatorsk",
        name_uk: "Краматорськ",
        region: RegionCode::Donetsk,
        aliases: &["Краматорск"],
    },
    SettlementData {
        name: "Sloviansk",
        name_uk: "Слов'янськ",
        region: RegionCode::Donetsk,
        aliases: &["Slovyansk", "Slavyansk", "Slaviansk", "Славянск"],
    },
    SettlementData {
        name: "Bakhmut",
        name_uk: "Бахмут",
        region: RegionCode::Donetsk,
        aliases: &["Artemivsk", "Artyomovsk", "Artemovsk", "Артемівськ", "Артёмовск", "Артемовск"],
    },
    SettlementData {
        name: "Avdiivka",
        name_uk: "Авдіївка",
        region: RegionCode::Donetsk,
        aliases: &["Avdeevka", "Avdeyevka", "Avdiyivka", "Авдеевка"],
    },
    SettlementData {
        name: "Pokrovsk",
        name_uk: "Покровськ",
        region: RegionCode::Donetsk,
        aliases: &["Krasnoarmiisk", "Krasnoarmeysk", "Krasnoarmeisk", "Красноармійськ", "Покровск", "Красноармейск"],
    },
    SettlementData {
        name: "Myrnohrad",
        name_uk: "Мирноград",
        region: RegionCode::Donetsk,
        aliases: &["Mirnograd", "Dymytrov", "Dimitrov", "Димитров"],
    },
    SettlementData {
        name: "Kostiantynivka",
        name_uk: "Костянтинівка",
        region: RegionCode::Donetsk,
        aliases: &["Kostyantynivka", "Konstantinovka", "Константиновка"],
    },
    SettlementData {
        name: "Druzhkivka",
        name_uk: "Дружківка",
        region: RegionCode::Donetsk,
        aliases: &["Druzhkovka", "Дружковка"],
    },
    SettlementData {
        name: "Toretsk",
        name_uk: "Торецьк",
        region: RegionCode::Donetsk,
        aliases: &["Dzerzhynsk", "Dzerzhinsk", "Дзержинськ", "Торецк", "Дзержинск"],
    },
    SettlementData {
        name: "Chasiv Yar",
        name_uk: "Часів Яр",
        region: RegionCode::Donetsk,
        aliases: &["Chasov Yar", "Часов Яр"],
    },
    SettlementData {
        name: "Vuhledar",
        name_uk: "Вугледар",
        region: RegionCode::Donetsk,
        aliases: &["Ugledar", "Vugledar", "Угледар"],
    },
    SettlementData {
        name: "Marinka",
        name_uk: "Мар'їнка",
        region: RegionCode::Donetsk,
        aliases: &["Maryinka", "Mariinka", "Марьинка"],
    },
    SettlementData {
        name: "Kurakhove",
        name_uk: "Курахове",
        region: RegionCode::Donetsk,
        aliases: &["Kurakhovo", "Курахово"],
    },
    SettlementData {
        name: "Selydove",
        name_uk: "Селидове",
        region: RegionCode::Donetsk,
        aliases: &["Selidovo", "Селидово"],
    },
    SettlementData {
        name: "Lyman",
        name_uk: "Лиман",
        region: RegionCode::Donetsk,
        aliases: &["Krasnyi Lyman", "Krasny Liman", "Liman", "Красний Лиман", "Красный Лиман"],
    },
    SettlementData {
        name: "Siversk",
        name_uk: "Сіверськ",
        region: RegionCode::Donetsk,
        aliases: &["Seversk", "Северск"],
    },
    SettlementData { name: "Soledar", name_uk: "Соледар", region: RegionCode::Donetsk, aliases: &[] },
    SettlementData {
        name: "Mariupol",
        name_uk: "Маріуполь",
        region: RegionCode::Donetsk,
        aliases: &["Mariupol'", "Мариуполь"],
    },
    SettlementData { name: "Volnovakha", name_uk: "Волноваха", region: RegionCode::Donetsk, aliases: &[] },
    SettlementData {
        name: "Horlivka",
        name_uk: "Горлівка",
        region: RegionCode::Donetsk,
        aliases: &["Gorlovka", "Horlovka", "Горловка"],
    },
    SettlementData {
        name: "Makiivka",
        name_uk: "Макіївка",
        region: RegionCode::Donetsk,
        aliases: &["Makeyevka", "Makeevka", "Makiyivka", "Макеевка"],
    },
    SettlementData {
        name: "Yasynuvata",
        name_uk: "Ясинувата",
        region: RegionCode::Donetsk,
        aliases: &["Yasinovataya", "Ясиноватая"],
    },
    SettlementData {
        name: "Dobropillia",
        name_uk: "Добропілля",
        region: RegionCode::Donetsk,
        aliases: &["Dobropillya", "Dobropolye", "Доброполье"],
    },
    SettlementData {
        name: "Velyka Novosilka",
        name_uk: "Велика Новосілка",
        region: RegionCode::Donetsk,
        aliases: &["Velikaya Novoselka", "Velyka Novosyolka", "Великая Новосёлка", "Великая Новоселка"],
    },
    SettlementData {
        name: "Ocheretyne",
        name_uk: "Очеретине",
        region: RegionCode::Donetsk,
        aliases: &["Ocheretino", "Очеретино"],
    },
    SettlementData {
        name: "Krasnohorivka",
        name_uk: "Красногорівка",
        region: RegionCode::Donetsk,
        aliases: &["Krasnogorovka", "Красногоровка"],
    },
    SettlementData {
        name: "Niu-York",
        name_uk: "Нью-Йорк",
        region: RegionCode::Donetsk,
        aliases: &["New York", "Niu York", "Novhorodske", "Novgorodskoye", "Новгородське", "Новгородское"],
    },
    SettlementData {
        name: "Bilozerske",
        name_uk: "Білозерське",
        region: RegionCode::Donetsk,
        aliases: &["Belozerskoye", "Belozerske", "Белозерское"],
    },
    SettlementData {
        name: "Sviatohirsk",
        name_uk: "Святогірськ",
        region: RegionCode::Donetsk,
        aliases: &["Svyatohirsk", "Svyatogorsk", "Святогорск"],
    },
    SettlementData {
        name: "Mykolaivka",
        name_uk: "Миколаївка",
        region: RegionCode::Donetsk,
        aliases: &["Nikolaevka", "Nikolayevka", "Николаевка"],
    },
    SettlementData {
        name: "Yenakiieve",
        name_uk: "Єнакієве",
        region: RegionCode::Donetsk,
        aliases: &["Yenakiyeve", "Yenakiyevo", "Enakievo", "Yenakievo", "Енакиево"],
    },
    SettlementData {
        name: "Debaltseve",
        name_uk: "Дебальцеве",
        region: RegionCode::Donetsk,
        aliases: &["Debaltsevo", "Дебальцево"],
    },
    SettlementData {
        name: "Shakhtarsk",
        name_uk: "Шахтарськ",
        region: RegionCode::Donetsk,
        aliases: &["Shakhtyorsk", "Shakhtersk", "Шахтёрск", "Шахтерск"],
    },
    SettlementData {
        name: "Chystiakove",
        name_uk: "Чистякове",
        region: RegionCode::Donetsk,
        aliases: &["Chistyakovo", "Torez", "Торез"],
    },
    SettlementData {
        name: "Khartsyzk",
        name_uk: "Харцизьк",
        region: RegionCode::Donetsk,
        aliases: &["Khartsyzsk", "Харцызск"],
    },
    SettlementData {
        name: "Snizhne",
        name_uk: "Сніжне",
        region: RegionCode::Donetsk,
        aliases: &["Snezhnoye", "Снежное"],
    },
    SettlementData {
        name: "Ilovaisk",
        name_uk: "Іловайськ",
        region: RegionCode::Donetsk,
        aliases: &["Ilovaysk", "Иловайск"],
    },
    SettlementData {
        name: "Amvrosiivka",
        name_uk: "Амвросіївка",
        region: RegionCode::Donetsk,
        aliases: &["Amvrosiyivka", "Amvrosievka", "Амвросиевка"],
    },
    SettlementData {
        name: "Dokuchaievsk",
        name_uk: "Докучаєвськ",
        region: RegionCode::Donetsk,
        aliases: &["Dokuchaevsk", "Dokuchayevsk", "Докучаевск"],
    },
    SettlementData {
        name: "Novoazovsk",
        name_uk: "Новоазовськ",
        region: RegionCode::Donetsk,
        aliases: &["Новоазовск"],
    },
    SettlementData {
        name: "Vuhlehirsk",
        name_uk: "Вуглегірськ",
        region: RegionCode::Donetsk,
        aliases: &["Uglegorsk", "Углегорск"],
    },
    SettlementData {
        name: "Hirnyk", name_uk: "Гірник", region: RegionCode::Donetsk, aliases: &["Gornyak", "Горняк"]
    },
    SettlementData {
        name: "Ukrainsk", name_uk: "Українськ", region: RegionCode::Donetsk, aliases: &["Украинск"]
    },
    SettlementData {
        name: "Novohrodivka",
        name_uk: "Новогродівка",
        region: RegionCode::Donetsk,
        aliases: &["Novogrodovka", "Новогродовка"],
    },
    SettlementData {
        name: "Rodynske",
        name_uk: "Родинське",
        region: RegionCode::Donetsk,
        aliases: &["Rodinskoye", "Родинское"],
    },
    SettlementData {
        name: "Novomykhailivka",
        name_uk: "Новомихайлівка",
        region: RegionCode::Donetsk,
        aliases: &["Novomikhailovka", "Новомихайловка"],
    },
    SettlementData {
        name: "Klishchiivka",
        name_uk: "Кліщіївка",
        region: RegionCode::Donetsk,
        aliases: &["Kleshcheevka", "Kleshcheyevka", "Клещеевка"],
    },
    SettlementData {
        name: "Ivanivske",
        name_uk: "Іванівське",
        region: RegionCode::Donetsk,
        aliases: &["Ivanovskoye", "Ивановское"],
    },
    SettlementData {
        name: "Kurdiumivka",
        name_uk: "Курдюмівка",
        region: RegionCode::Donetsk,
        aliases: &["Kurdyumivka", "Kurdyumovka", "Курдюмовка"],
    },
    SettlementData {
        name: "Torske",
        name_uk: "Торське",
        region: RegionCode::Donetsk,
        aliases: &["Torskoye", "Торское"],
    },
    SettlementData {
        name: "Yampolivka",
        name_uk: "Ямполівка",
        region: RegionCode::Donetsk,
        aliases: &["Yampolovka", "Ямполовка"],
    },
    SettlementData {
        name: "Staromaiorske",
        name_uk: "Старомайорське",
        region: RegionCode::Donetsk,
        aliases: &["Staromayorske", "Staromayorskoye", "Старомайорское"],
    },
    SettlementData {
        name: "Urozhaine",
        name_uk: "Урожайне",
        region: RegionCode::Donetsk,
        aliases: &["Urozhayne", "Urozhaynoye", "Урожайное"],
    },
    SettlementData {
        name: "Olenivka",
        name_uk: "Оленівка",
        region: RegionCode::Donetsk,
        aliases: &["Olenovka", "Оленовка"],
    },
    // Kharkiv
    SettlementData {
        name: "Kharkiv",
        name_uk: "Харків",
        region: RegionCode::Kharkiv,
        aliases: &["Kharkov", "Харьков"],
    },
    SettlementData {
        name: "Kupiansk",
        name_uk: "Куп'янськ",
        region: RegionCode::Kharkiv,
        aliases: &["Kupyansk", "Купянск"],
    },
    SettlementData {
        name: "Kupiansk-Vuzlovyi",
        name_uk: "Куп'янськ-Вузловий",
        region: RegionCode::Kharkiv,
        aliases: &["Kupyansk-Vuzlovyi", "Kupiansk-Vuzlovyy", "Kupyansk-Uzlovoy", "Купянск-Узловой"],
    },
    SettlementData { name: "Izium", name_uk: "Ізюм", region: RegionCode::Kharkiv, aliases: &["Izyum", "Изюм"] },
    SettlementData {
        name: "Balakliia",
        name_uk: "Балаклія",
        region: RegionCode::Kharkiv,
        aliases: &["Balakliya", "Balaklia", "Balakleya", "Балаклея"],
    },
    SettlementData {
        name: "Chuhuiv",
        name_uk: "Чугуїв",
        region: RegionCode::Kharkiv,
        aliases: &["Chuhuyiv", "Chuguev", "Chuguyev", "Чугуев"],
    },
    SettlementData {
        name: "Vovchansk",
        name_uk: "Вовчанськ",
        region: RegionCode::Kharkiv,
        aliases: &["Volchansk", "Волчанск"],
    },
    SettlementData {
        name: "Lozova",
        name_uk: "Лозова",
        region: RegionCode::Kharkiv,
        aliases: &["Lozovaya", "Лозовая"],
    },
    SettlementData {
        name: "Zolochiv",
        name_uk: "Золочів",
        region: RegionCode::Kharkiv,
        aliases: &["Zolochev", "Золочев"],
    },
    SettlementData {
        name: "Kozacha Lopan",
        name_uk: "Козача Лопань",
        region: RegionCode::Kharkiv,
        aliases: &["Kazachya Lopan", "Казачья Лопань"],
    },
    SettlementData {
        name: "Derhachi",
        name_uk: "Дергачі",
        region: RegionCode::Kharkiv,
        aliases: &["Dergachi", "Дергачи"],
    },
    SettlementData {
        name: "Bohodukhiv",
        name_uk: "Богодухів",
        region: RegionCode::Kharkiv,
        aliases: &["Bogodukhov", "Богодухов"],
    },
    SettlementData {
        name: "Berestyn",
        name_uk: "Берестин",
        region: RegionCode::Kharkiv,
        aliases: &["Krasnohrad", "Krasnograd", "Красноград"],
    },
    SettlementData {
        name: "Zlatopil",
        name_uk: "Златопіль",
        region: RegionCode::Kharkiv,
        aliases: &["Pervomaiskyi", "Pervomaiskyy", "Pervomaisky", "Pervomayskiy", "Первомайський", "Первомайский"],
    },
    SettlementData {
        name: "Lyptsi",
        name_uk: "Липці",
        region: RegionCode::Kharkiv,
        aliases: &["Liptsy", "Lyptsy", "Липцы"],
    },
    SettlementData {
        name: "Borova",
        name_uk: "Борова",
        region: RegionCode::Kharkiv,
        aliases: &["Borovaya", "Боровая"],
    },
    SettlementData {
        name: "Velykyi Burluk",
        name_uk: "Великий Бурлук",
        region: RegionCode::Kharkiv,
        aliases: &["Velikiy Burluk", "Veliky Burluk"],
    },
    SettlementData {
        name: "Staryi Saltiv",
        name_uk: "Старий Салтів",
        region: RegionCode::Kharkiv,
        aliases: &["Stary Saltov", "Staryi Saltov", "Старый Салтов"],
    },
    SettlementData {
        name: "Pechenihy",
        name_uk: "Печеніги",
        region: RegionCode::Kharkiv,
        aliases: &["Pechenegi", "Печенеги"],
    },
    SettlementData {
        name: "Shevchenkove",
        name_uk: "Шевченкове",
        region: RegionCode::Kharkiv,
        aliases: &["Shevchenkovo", "Шевченково"],
    },
    SettlementData {
        name: "Dvorichna",
        name_uk: "Дворічна",
        region: RegionCode::Kharkiv,
        aliases: &["Dvurechnaya", "Двуречная"],
    },
    SettlementData {
        name: "Kivsharivka",
        name_uk: "Ківшарівка",
        region: RegionCode::Kharkiv,
        aliases: &["Kivsharovka", "Кившаровка"],
    },
    SettlementData {
        name: "Ruska Lozova",
        name_uk: "Руська Лозова",
        region: RegionCode::Kharkiv,
        aliases: &["Russkaya Lozovaya", "Русская Лозовая"],
    },
    SettlementData {
        name: "Tsyrkuny",
        name_uk: "Циркуни",
        region: RegionCode::Kharkiv,
        aliases: &["Tsirkuny", "Циркуны"],
    },
    SettlementData {
        name: "Hoptivka",
        name_uk: "Гоптівка",
        region: RegionCode::Kharkiv,
        aliases: &["Goptovka", "Гоптовка"],
    },
    SettlementData { name: "Merefa", name_uk: "Мерефа", region: RegionCode::Kharkiv, aliases: &[] },
    SettlementData {
        name: "Zmiiv",
        name_uk: "Зміїв",
        region: RegionCode::Kharkiv,
        aliases: &["Zmiyiv", "Zmiev", "Zmiyov", "Змиёв", "Змиев"],
    },
    SettlementData {
        name: "Liubotyn",
        name_uk: "Люботин",
        region: RegionCode::Kharkiv,
        aliases: &["Lyubotyn", "Lyubotin"],
    },
    SettlementData { name: "Valky", name_uk: "Валки", region: RegionCode::Kharkiv, aliases: &["Valki"] },
    SettlementData {
        name: "Barvinkove",
        name_uk: "Барвінкове",
        region: RegionCode::Kharkiv,
        aliases: &["Barvenkovo", "Барвенково"],
    },
    SettlementData {
        name: "Synkivka",
        name_uk: "Синьківка",
        region: RegionCode::Kharkiv,
        aliases: &["Sinkovka", "Синьковка"],
    },
    // Luhansk
    SettlementData {
        name: "Luhansk",
        name_uk: "Луганськ",
        region: RegionCode::Luhansk,
        aliases: &["Lugansk", "Луганск"],
    },
    SettlementData {
        name: "Sievierodonetsk",
        name_uk: "Сєвєродонецьк",
        region: RegionCode::Luhansk,
        aliases: &["Severodonetsk", "Siverskodonetsk", "Sieverodonetsk", "Сіверськодонецьк", "Северодонецк"],
    },
    SettlementData {
        name: "Lysychansk",
        name_uk: "Лисичанськ",
        region: RegionCode::Luhansk,
        aliases: &["Lisichansk", "Лисичанск"],
    },
    SettlementData {
        name: "Rubizhne",
        name_uk: "Рубіжне",
        region: RegionCode::Luhansk,
        aliases: &["Rubezhnoye", "Rubezhnoe", "Рубежное"],
    },
    SettlementData {
        name: "Kreminna",
        name_uk: "Кремінна",
        region: RegionCode::Luhansk,
        aliases: &["Kremennaya", "Кременная"],
    },
    SettlementData {
        name: "Svatove",
        name_uk: "Сватове",
        region: RegionCode::Luhansk,
        aliases: &["Svatovo", "Сватово"],
    },
    SettlementData {
        name: "Popasna",
        name_uk: "Попасна",
        region: RegionCode::Luhansk,
        aliases: &["Popasnaya", "Попасная"],
    },
    SettlementData {
        name: "Alchevsk",
        name_uk: "Алчевськ",
        region: RegionCode::Luhansk,
        aliases: &["Alchevs'k", "Алчевск"],
    },
    SettlementData {
        name: "Starobilsk",
        name_uk: "Старобільськ",
        region: RegionCode::Luhansk,
        aliases: &["Starobelsk", "Старобельск"],
    },
    SettlementData {
        name: "Bilohorivka",
        name_uk: "Білогорівка",
        region: RegionCode::Luhansk,
        aliases: &["Belogorovka", "Белогоровка"],
    },
    SettlementData {
        name: "Kadiivka",
        name_uk: "Кадіївка",
        region: RegionCode::Luhansk,
        aliases: &["Kadiyivka", "Stakhanov", "Стаханов"],
    },
    SettlementData {
        name: "Sorokyne",
        name_uk: "Сорокине",
        region: RegionCode::Luhansk,
        aliases: &["Krasnodon", "Краснодон"],
    },
    SettlementData {
        name: "Khrustalnyi",
        name_uk: "Хрустальний",
        region: RegionCode::Luhansk,
        aliases: &["Khrustalny", "Krasnyi Luch", "Krasny Luch", "Красний Луч", "Красный Луч"],
    },
    SettlementData {
        name: "Dovzhansk",
        name_uk: "Довжанськ",
        region: RegionCode::Luhansk,
        aliases: &["Sverdlovsk", "Свердловськ", "Свердловск"],
    },
    SettlementData {
        name: "Antratsyt", name_uk: "Антрацит", region: RegionCode::Luhansk, aliases: &["Antratsit"]
    },
    SettlementData { name: "Rovenky", name_uk: "Ровеньки", region: RegionCode::Luhansk, aliases: &["Rovenki"] },
    SettlementData { name: "Brianka", name_uk: "Брянка", region: RegionCode::Luhansk, aliases: &["Bryanka"] },
    SettlementData {
        name: "Zolote",
        name_uk: "Золоте",
        region: RegionCode::Luhansk,
        aliases: &["Zolotoye", "Золотое"],
    },
    SettlementData {
        name: "Hirske",
        name_uk: "Гірське",
        region: RegionCode::Luhansk,
        aliases: &["Gorskoye", "Горское"],
    },
    SettlementData {
        name: "Shchastia",
        name_uk: "Щастя",
        region: RegionCode::Luhansk,
        aliases: &["Shchastya", "Schastye", "Счастье"],
    },
    SettlementData {
        name: "Stanytsia Luhanska",
        name_uk: "Станиця Луганська",
        region: RegionCode::Luhansk,
        aliases: &["Stanytsya Luhanska", "Stanitsa Luganskaya", "Станица Луганская"],
    },
    SettlementData {
        name: "Novoaidar", name_uk: "Новоайдар", region: RegionCode::Luhansk, aliases: &["Novoaydar"]
    },
    SettlementData {
        name: "Bilovodsk",
        name_uk: "Біловодськ",
        region: RegionCode::Luhansk,
        aliases: &["Belovodsk", "Беловодск"],
    },
    SettlementData {
        name: "Nevske",
        name_uk: "Невське",
        region: RegionCode::Luhansk,
        aliases: &["Nevskoye", "Невское"],
    },
    SettlementData {
        name: "Toshkivka",
        name_uk: "Тошківка",
        region: RegionCode::Luhansk,
        aliases: &["Toshkovka", "Тошковка"],
    },
    // Zaporizhzhia
    SettlementData {
        name: "Zaporizhzhia",
        name_uk: "Запоріжжя",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Zaporizhia", "Zaporozhzhia", "Zaporizhzhya", "Zaporozhye", "Zaporozhe", "Запорожье"],
    },
    SettlementData {
        name: "Melitopol",
        name_uk: "Мелітополь",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Мелитополь"],
    },
    SettlementData {
        name: "Enerhodar",
        name_uk: "Енергодар",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Energodar", "Энергодар"],
    },
    SettlementData {
        name: "Berdiansk",
        name_uk: "Бердянськ",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Berdyansk", "Бердянск"],
    },
    SettlementData { name: "Tokmak", name_uk: "Токмак", region: RegionCode::Zaporizhzhia, aliases: &[] },
    SettlementData {
        name: "Orikhiv",
        name_uk: "Оріхів",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Orekhov", "Орехов"],
    },
    SettlementData {
        name: "Huliaipole",
        name_uk: "Гуляйполе",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Hulyaipole", "Gulyaipole", "Gulyaypole"],
    },
    SettlementData { name: "Polohy", name_uk: "Пологи", region: RegionCode::Zaporizhzhia, aliases: &["Pologi"] },
    SettlementData {
        name: "Vasylivka",
        name_uk: "Василівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Vasilyevka", "Vasilievka", "Васильевка"],
    },
    SettlementData {
        name: "Stepnohirsk",
        name_uk: "Степногірськ",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Stepnogorsk", "Степногорск"],
    },
    SettlementData {
        name: "Robotyne",
        name_uk: "Роботине",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Rabotino", "Работино"],
    },
    SettlementData {
        name: "Kamianka-Dniprovska",
        name_uk: "Кам'янка-Дніпровська",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Kamyanka-Dniprovska", "Kamenka-Dneprovskaya", "Каменка-Днепровская"],
    },
    SettlementData {
        name: "Prymorsk",
        name_uk: "Приморськ",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Primorsk", "Приморск"],
    },
    SettlementData {
        name: "Dniprorudne",
        name_uk: "Дніпрорудне",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Dneprorudnoye", "Dneprorudnoe", "Днепрорудное"],
    },
    SettlementData {
        name: "Yakymivka",
        name_uk: "Якимівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Akimovka", "Yakimovka", "Акимовка"],
    },
    SettlementData {
        name: "Molochansk",
        name_uk: "Молочанськ",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Молочанск"],
    },
    SettlementData {
        name: "Pryazovske",
        name_uk: "Приазовське",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Priazovskoye", "Приазовское"],
    },
    SettlementData {
        name: "Kyrylivka",
        name_uk: "Кирилівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Kirillovka", "Кирилловка"],
    },
    SettlementData {
        name: "Bilmak",
        name_uk: "Більмак",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Kuibysheve", "Kuybyshevo", "Бильмак", "Куйбышево"],
    },
    SettlementData {
        name: "Rozivka",
        name_uk: "Розівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Rozovka", "Розовка"],
    },
    SettlementData {
        name: "Balabyne",
        name_uk: "Балабине",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Balabino", "Балабино"],
    },
    SettlementData {
        name: "Mali Shcherbaky",
        name_uk: "Малі Щербаки",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Malye Shcherbaki", "Малые Щербаки"],
    },
    SettlementData {
        name: "Verbove",
        name_uk: "Вербове",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Verbovoye", "Вербовое"],
    },
    SettlementData {
        name: "Novoprokopivka",
        name_uk: "Новопрокопівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Novoprokopovka", "Новопрокоповка"],
    },
    SettlementData {
        name: "Mala Tokmachka",
        name_uk: "Мала Токмачка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Malaya Tokmachka", "Малая Токмачка"],
    },
    SettlementData {
        name: "Malokaterynivka",
        name_uk: "Малокатеринівка",
        region: RegionCode::Zaporizhzhia,
        aliases: &["Malokaterinovka", "Малокатериновка"],
    },
    // Kherson
    SettlementData { name: "Kherson", name_uk: "Херсон", region: RegionCode::Kherson, aliases: &[] },
    SettlementData {
        name: "Nova Kakhovka",
        name_uk: "Нова Каховка",
        region: RegionCode::Kherson,
        aliases: &["Novaya Kakhovka", "Новая Каховка"],
    },
    SettlementData { name: "Kakhovka", name_uk: "Каховка", region: RegionCode::Kherson, aliases: &[] },
    SettlementData {
        name: "Beryslav", name_uk: "Берислав", region: RegionCode::Kherson, aliases: &["Berislav"]
    },
    SettlementData {
        name: "Oleshky",
        name_uk: "Олешки",
        region: RegionCode::Kherson,
        aliases: &["Aleshki", "Tsiurupynsk", "Tsyurupinsk", "Цюрупинськ", "Алешки", "Цюрупинск"],
    },
    SettlementData {
        name: "Hola Prystan",
        name_uk: "Гола Пристань",
        region: RegionCode::Kherson,
        aliases: &["Golaya Pristan", "Голая Пристань"],
    },
    SettlementData {
        name: "Skadovsk", name_uk: "Скадовськ", region: RegionCode::Kherson, aliases: &["Скадовск"]
    },
    SettlementData {
        name: "Henichesk",
        name_uk: "Генічеськ",
        region: RegionCode::Kherson,
        aliases: &["Genichesk", "Геническ"],
    },
    SettlementData {
        name: "Bilozerka",
        name_uk: "Білозерка",
        region: RegionCode::Kherson,
        aliases: &["Belozerka", "Белозерка"],
    },
    SettlementData {
        name: "Chornobaivka",
        name_uk: "Чорнобаївка",
        region: RegionCode::Kherson,
        aliases: &["Chernobaevka", "Chornobayivka", "Чернобаевка"],
    },
    SettlementData {
        name: "Antonivka",
        name_uk: "Антонівка",
        region: RegionCode::Kherson,
        aliases: &["Antonovka", "Антоновка"],
    },
    SettlementData {
        name: "Krynky", name_uk: "Кринки", region: RegionCode::Kherson, aliases: &["Krinki", "Крынки"]
    },
    SettlementData {
        name: "Kozachi Laheri",
        name_uk: "Козачі Лагері",
        region: RegionCode::Kherson,
        aliases: &["Kozachi Lageri", "Kazachi Lageri", "Казачьи Лагеря"],
    },
    SettlementData {
        name: "Chaplynka", name_uk: "Чаплинка", region: RegionCode::Kherson, aliases: &["Chaplinka"]
    },
    SettlementData { name: "Kalanchak", name_uk: "Каланчак", region: RegionCode::Kherson, aliases: &[] },
    SettlementData {
        name: "Hornostaivka",
        name_uk: "Горностаївка",
        region: RegionCode::Kherson,
        aliases: &["Gornostaevka", "Горностаевка"],
    },
    SettlementData {
        name: "Vysokopillia",
        name_uk: "Високопілля",
        region: RegionCode::Kherson,
        aliases: &["Vysokopillya", "Vysokopolye", "Высокополье"],
    },
    SettlementData {
        name: "Novovorontsovka",
        name_uk: "Нововоронцовка",
        region: RegionCode::Kherson,
        aliases: &["Novovorontsivka"],
    },
    SettlementData {
        name: "Tiahynka",
        name_uk: "Тягинка",
        region: RegionCode::Kherson,
        aliases: &["Tyahynka", "Tyaginka"],
    },
    SettlementData {
        name: "Velyka Lepetykha",
        name_uk: "Велика Лепетиха",
        region: RegionCode::Kherson,
        aliases: &["Velikaya Lepetikha", "Великая Лепетиха"],
    },
    SettlementData {
        name: "Velyka Oleksandrivka",
        name_uk: "Велика Олександрівка",
        region: RegionCode::Kherson,
        aliases: &["Velikaya Aleksandrovka", "Великая Александровка"],
    },
    SettlementData {
        name: "Stanislav", name_uk: "Станіслав", region: RegionCode::Kherson, aliases: &["Станислав"]
    },
    SettlementData {
        name: "Darivka",
        name_uk: "Дар'ївка",
        region: RegionCode::Kherson,
        aliases: &["Daryivka", "Darievka", "Дарьевка"],
    },
    SettlementData {
        name: "Davydiv Brid",
        name_uk: "Давидів Брід",
        region: RegionCode::Kherson,
        aliases: &["Davydov Brod", "Давыдов Брод"],
    },
    SettlementData {
        name: "Posad-Pokrovske",
        name_uk: "Посад-Покровське",
        region: RegionCode::Kherson,
        aliases: &["Posad-Pokrovskoye", "Посад-Покровское"],
    },
    SettlementData { name: "Chonhar", name_uk: "Чонгар", region: RegionCode::Kherson, aliases: &["Chongar"] },
    SettlementData {
        name: "Zaliznyi Port",
        name_uk: "Залізний Порт",
        region: RegionCode::Kherson,
        aliases: &["Zhelezny Port", "Zheleznyi Port", "Железный Порт"],
    },
    SettlementData {
        name: "Dnipriany",
        name_uk: "Дніпряни",
        region: RegionCode::Kherson,
        aliases: &["Dnipryany", "Dnepryany", "Днепряны"],
    },
    // Dnipropetrovsk
    SettlementData {
        name: "Dnipro",
        name_uk: "Дніпро",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Dnepr", "Dnepropetrovsk", "Dnipropetrovsk", "Днепр", "Дніпропетровськ", "Днепропетровск"],
    },
    SettlementData {
        name: "Kryvyi Rih",
        name_uk: "Кривий Ріг",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Kryvyy Rih", "Krivoy Rog", "Krivyi Rih", "Кривой Рог"],
    },
    SettlementData {
        name: "Nikopol",
        name_uk: "Нікополь",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Nikopol'", "Никополь"],
    },
    SettlementData {
        name: "Marhanets",
        name_uk: "Марганець",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Marganets", "Марганец"],
    },
    SettlementData {
        name: "Pavlohrad",
        name_uk: "Павлоград",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Pavlograd"],
    },
    SettlementData {
        name: "Kamianske",
        name_uk: "Кам'янське",
        region: RegionCode::Dnipropetrovsk,
        aliases: &[
            "Kamyanske",
            "Kamenskoye",
            "Dniprodzerzhynsk",
            "Dneprodzerzhinsk",
            "Дніпродзержинськ",
            "Каменское",
            "Днепродзержинск",
        ],
    },
    SettlementData {
        name: "Synelnykove",
        name_uk: "Синельникове",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Sinelnikovo", "Синельниково"],
    },
    SettlementData {
        name: "Pokrov",
        name_uk: "Покров",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Ordzhonikidze", "Орджонікідзе", "Орджоникидзе"],
    },
    SettlementData {
        name: "Zelenodolsk",
        name_uk: "Зеленодольськ",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Зеленодольск"],
    },
    SettlementData {
        name: "Samar",
        name_uk: "Самар",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Novomoskovsk", "Новомосковськ", "Новомосковск"],
    },
    SettlementData {
        name: "Zhovti Vody",
        name_uk: "Жовті Води",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Zhovti Vodi", "Zheltye Vody", "Zhyoltye Vody", "Желтые Воды", "Жёлтые Воды"],
    },
    SettlementData {
        name: "Shakhtarske",
        name_uk: "Шахтарське",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Pershotravensk", "Першотравенськ", "Першотравенск"],
    },
    SettlementData {
        name: "Ternivka",
        name_uk: "Тернівка",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Ternovka", "Терновка"],
    },
    SettlementData {
        name: "Mezhova",
        name_uk: "Межова",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Mezhevaya", "Межевая"],
    },
    SettlementData {
        name: "Piatykhatky",
        name_uk: "П'ятихатки",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Pyatykhatky", "Pyatikhatki", "Пятихатки"],
    },
    SettlementData {
        name: "Verkhnodniprovsk",
        name_uk: "Верхньодніпровськ",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Verkhnyodniprovsk", "Verkhnedneprovsk", "Верхнеднепровск"],
    },
    SettlementData {
        name: "Vilnohirsk",
        name_uk: "Вільногірськ",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Volnogorsk", "Вольногорск"],
    },
    SettlementData {
        name: "Apostolove",
        name_uk: "Апостолове",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Apostolovo", "Апостолово"],
    },
    SettlementData {
        name: "Tomakivka",
        name_uk: "Томаківка",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Tomakovka", "Томаковка"],
    },
    SettlementData {
        name: "Chervonohryhorivka",
        name_uk: "Червоногригорівка",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Chervonogrigorovka", "Червоногригоровка"],
    },
    SettlementData {
        name: "Pidhorodne",
        name_uk: "Підгородне",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Podgorodnoye", "Podgorodnoe", "Подгородное"],
    },
    SettlementData {
        name: "Velykomykhailivka",
        name_uk: "Великомихайлівка",
        region: RegionCode::Dnipropetrovsk,
        aliases: &["Velikomikhailovka", "Великомихайловка"],
    },
    // Mykolaiv
    SettlementData {
        name: "Mykolaiv",
        name_uk: "Миколаїв",
        region: RegionCode::Mykolaiv,
        aliases: &["Mykolayiv", "Nikolaev", "Nikolayev", "Николаев"],
    },
    SettlementData {
        name: "Ochakiv",
        name_uk: "Очаків",
        region: RegionCode::Mykolaiv,
        aliases: &["Ochakov", "Очаков"],
    },
    SettlementData {
        name: "Voznesensk",
        name_uk: "Вознесенськ",
        region: RegionCode::Mykolaiv,
        aliases: &["Вознесенск"],
    },
    SettlementData {
        name: "Pervomaisk",
        name_uk: "Первомайськ",
        region: RegionCode::Mykolaiv,
        aliases: &["Pervomaysk", "Первомайск"],
    },
    SettlementData {
        name: "Pivdennoukrainsk",
        name_uk: "Південноукраїнськ",
        region: RegionCode::Mykolaiv,
        aliases: &["Yuzhnoukrainsk", "Yuzhnoukrayinsk", "Южноукраїнськ", "Южноукраинск"],
    },
    SettlementData { name: "Bashtanka", name_uk: "Баштанка", region: RegionCode::Mykolaiv, aliases: &[] },
    SettlementData {
        name: "Snihurivka",
        name_uk: "Снігурівка",
        region: RegionCode::Mykolaiv,
        aliases: &["Snigirevka", "Снигирёвка", "Снигиревка"],
    },
    SettlementData { name: "Kutsurub", name_uk: "Куцуруб", region: RegionCode::Mykolaiv, aliases: &[] },
    SettlementData {
        name: "Nova Odesa",
        name_uk: "Нова Одеса",
        region: RegionCode::Mykolaiv,
        aliases: &["Novaya Odessa", "Nova Odessa", "Новая Одесса"],
    },
    SettlementData {
        name: "Novyi Buh",
        name_uk: "Новий Буг",
        region: RegionCode::Mykolaiv,
        aliases: &["Novy Buh", "Novyy Buh", "Novy Bug", "Новый Буг"],
    },
    SettlementData { name: "Kazanka", name_uk: "Казанка", region: RegionCode::Mykolaiv, aliases: &[] },
    SettlementData {
        name: "Bereznehuvate",
        name_uk: "Березнегувате",
        region: RegionCode::Mykolaiv,
        aliases: &["Bereznegovatoye", "Березнеговатое"],
    },
    SettlementData {
        name: "Kobleve",
        name_uk: "Коблеве",
        region: RegionCode::Mykolaiv,
        aliases: &["Koblevo", "Коблево"],
    },
    SettlementData {
        name: "Parutyne",
        name_uk: "Парутине",
        region: RegionCode::Mykolaiv,
        aliases: &["Parutino", "Парутино"],
    },
    SettlementData {
        name: "Halytsynove",
        name_uk: "Галицинове",
        region: RegionCode::Mykolaiv,
        aliases: &["Galitsynovo", "Галицыново"],
    },
    // Odesa
    SettlementData {
        name: "Odesa", name_uk: "Одеса", region: RegionCode::Odesa, aliases: &["Odessa", "Одесса"]
    },
    SettlementData {
        name: "Izmail",
        name_uk: "Ізмаїл",
        region: RegionCode::Odesa,
        aliases: &["Izmayil", "Izmayl", "Ismail", "Измаил"],
    },
    SettlementData {
        name: "Bilhorod-Dnistrovskyi",
        name_uk: "Білгород-Дністровський",
        region: RegionCode::Odesa,
        aliases: &[
            "Bilhorod-Dnistrovskyy",
            "Bilhorod-Dnistrovsky",
            "Belgorod-Dnestrovsky",
            "Belgorod-Dnestrovskiy",
            "Akkerman",
            "Аккерман",
            "Белгород-Днестровский",
        ],
    },
    SettlementData {
        name: "Chornomorsk",
        name_uk: "Чорноморськ",
        region: RegionCode::Odesa,
        aliases: &["Chernomorsk", "Illichivsk", "Ilyichevsk", "Іллічівськ", "Черноморск", "Ильичёвск", "Ильичевск"],
    },
    SettlementData {
        name: "Pivdenne",
        name_uk: "Південне",
        region: RegionCode::Odesa,
        aliases: &["Pivdennyi", "Yuzhne", "Yuzhny", "Yuzhnyi", "Южне", "Южный"],
    },
    SettlementData { name: "Zatoka", name_uk: "Затока", region: RegionCode::Odesa, aliases: &[] },
    SettlementData {
        name: "Podilsk",
        name_uk: "Подільськ",
        region: RegionCode::Odesa,
        aliases: &["Podolsk", "Kotovsk", "Котовськ", "Подольск", "Котовск"],
    },
    SettlementData { name: "Reni", name_uk: "Рені", region: RegionCode::Odesa, aliases: &["Рени"] },
    SettlementData {
        name: "Kiliia",
        name_uk: "Кілія",
        region: RegionCode::Odesa,
        aliases: &["Kiliya", "Kilia", "Килия"],
    },
    SettlementData {
        name: "Vylkove", name_uk: "Вилкове", region: RegionCode::Odesa, aliases: &["Vilkovo", "Вилково"]
    },
    SettlementData { name: "Bolhrad", name_uk: "Болград", region: RegionCode::Odesa, aliases: &["Bolgrad"] },
    SettlementData { name: "Artsyz", name_uk: "Арциз", region: RegionCode::Odesa, aliases: &["Artsiz"] },
    SettlementData {
        name: "Tatarbunary",
        name_uk: "Татарбунари",
        region: RegionCode::Odesa,
        aliases: &["Tatarbunari", "Татарбунары"],
    },
    SettlementData {
        name: "Rozdilna",
        name_uk: "Роздільна",
        region: RegionCode::Odesa,
        aliases: &["Razdelnaya", "Раздельная"],
    },
    SettlementData { name: "Balta", name_uk: "Балта", region: RegionCode::Odesa, aliases: &[] },
    SettlementData { name: "Teplodar", name_uk: "Теплодар", region: RegionCode::Odesa, aliases: &[] },
    SettlementData {
        name: "Serhiivka",
        name_uk: "Сергіївка",
        region: RegionCode::Odesa,
        aliases: &["Serhiyivka", "Sergeyevka", "Sergeevka", "Сергеевка"],
    },
    SettlementData {
        name: "Ovidiopol", name_uk: "Овідіополь", region: RegionCode::Odesa, aliases: &["Овидиополь"]
    },
    SettlementData {
        name: "Biliaivka",
        name_uk: "Біляївка",
        region: RegionCode::Odesa,
        aliases: &["Bilyayivka", "Belyaevka", "Беляевка"],
    },
    SettlementData {
        name: "Snake Island",
        name_uk: "острів Зміїний",
        region: RegionCode::Odesa,
        aliases: &["Zmiinyi Island", "Zmiinyi", "Zmiyinyi", "Зміїний", "Змеиный", "остров Змеиный"],
    },
    // Sumy
    SettlementData { name: "Sumy", name_uk: "Суми", region: RegionCode::Sumy, aliases: &["Сумы"] },
    SettlementData { name: "Shostka", name_uk: "Шостка", region: RegionCode::Sumy, aliases: &[] },
    SettlementData { name: "Konotop", name_uk: "Конотоп", region: RegionCode::Sumy, aliases: &[] },
    SettlementData {
        name: "Okhtyrka",
        name_uk: "Охтирка",
        region: RegionCode::Sumy,
        aliases: &["Akhtyrka", "Охтырка", "Ахтырка"],
    },
    SettlementData {
        name: "Trostianets",
        name_uk: "Тростянець",
        region: RegionCode::Sumy,
        aliases: &["Trostyanets", "Тростянец"],
    },
    SettlementData { name: "Romny", name_uk: "Ромни", region: RegionCode::Sumy, aliases: &["Ромны"] },
    SettlementData { name: "Lebedyn", name_uk: "Лебедин", region: RegionCode::Sumy, aliases: &["Lebedin"] },
    SettlementData {
        name: "Bilopillia",
        name_uk: "Білопілля",
        region: RegionCode::Sumy,
        aliases: &["Bilopillya", "Belopolye", "Белополье"],
    },
    SettlementData {
        name: "Krasnopillia",
        name_uk: "Краснопілля",
        region: RegionCode::Sumy,
        aliases: &["Krasnopillya", "Krasnopolye", "Краснополье"],
    },
    SettlementData {
        name: "Seredyna-Buda",
        name_uk: "Середина-Буда",
        region: RegionCode::Sumy,
        aliases: &["Seredina-Buda"],
    },
    SettlementData {
        name: "Velyka Pysarivka",
        name_uk: "Велика Писарівка",
        region: RegionCode::Sumy,
        aliases: &["Velikaya Pisarevka", "Великая Писаревка"],
    },
    SettlementData {
        name: "Yunakivka",
        name_uk: "Юнаківка",
        region: RegionCode::Sumy,
        aliases: &["Yunakovka", "Юнаковка"],
    },
    SettlementData { name: "Esman", name_uk: "Есмань", region: RegionCode::Sumy, aliases: &[] },
    SettlementData {
        name: "Myropillia",
        name_uk: "Миропілля",
        region: RegionCode::Sumy,
        aliases: &["Myropillya", "Miropolye", "Мирополье"],
    },
    SettlementData {
        name: "Hlukhiv", name_uk: "Глухів", region: RegionCode::Sumy, aliases: &["Glukhov", "Глухов"]
    },
    SettlementData { name: "Putyvl", name_uk: "Путивль", region: RegionCode::Sumy, aliases: &["Putivl"] },
    SettlementData { name: "Buryn", name_uk: "Буринь", region: RegionCode::Sumy, aliases: &["Burin"] },
    SettlementData { name: "Vorozhba", name_uk: "Ворожба", region: RegionCode::Sumy, aliases: &[] },
    SettlementData {
        name: "Shalyhyne",
        name_uk: "Шалигине",
        region: RegionCode::Sumy,
        aliases: &["Shalygino", "Шалыгино"],
    },
    SettlementData {
        name: "Znob-Novhorodske",
        name_uk: "Зноб-Новгородське",
        region: RegionCode::Sumy,
        aliases: &["Znob-Novgorodskoye", "Зноб-Новгородское"],
    },
    SettlementData { name: "Svesa", name_uk: "Свеса", region: RegionCode::Sumy, aliases: &[] },
    SettlementData { name: "Boromlia", name_uk: "Боромля", region: RegionCode::Sumy, aliases: &["Boromlya"] },
    SettlementData {
        name: "Khutir-Mykhailivskyi",
        name_uk: "Хутір-Михайлівський",
        region: RegionCode::Sumy,
        aliases: &["Khutir-Mykhailivskyy"],
    },
    // Chernihiv
    SettlementData {
        name: "Chernihiv",
        name_uk: "Чернігів",
        region: RegionCode::Chernihiv,
        aliases: &["Chernigov", "Чернигов"],
    },
    SettlementData {
        name: "Nizhyn",
        name_uk: "Ніжин",
        region: RegionCode::Chernihiv,
        aliases: &["Nizhin", "Nezhin", "Нежин"],
    },
    SettlementData { name: "Pryluky", name_uk: "Прилуки", region: RegionCode::Chernihiv, aliases: &["Priluki"] },
    SettlementData {
        name: "Novhorod-Siverskyi",
        name_uk: "Новгород-Сіверський",
        region: RegionCode::Chernihiv,
        aliases: &[
            "Novhorod-Siverskyy",
            "Novhorod-Siversky",
            "Novgorod-Seversky",
            "Novgorod-Severskiy",
            "Новгород-Северский",
        ],
    },
    SettlementData {
        name: "Semenivka",
        name_uk: "Семенівка",
        region: RegionCode::Chernihiv,
        aliases: &["Semyonovka", "Semenovka", "Семёновка", "Семеновка"],
    },
    SettlementData {
        name: "Horodnia",
        name_uk: "Городня",
        region: RegionCode::Chernihiv,
        aliases: &["Horodnya", "Gorodnya"],
    },
    SettlementData {
        name: "Snovsk",
        name_uk: "Сновськ",
        region: RegionCode::Chernihiv,
        aliases: &["Shchors", "Щорс", "Сновск"],
    },
    SettlementData {
        name: "Koriukivka",
        name_uk: "Корюківка",
        region: RegionCode::Chernihiv,
        aliases: &["Koryukivka", "Koryukovka", "Корюковка"],
    },
    SettlementData { name: "Bakhmach", name_uk: "Бахмач", region: RegionCode::Chernihiv, aliases: &[] },
    SettlementData { name: "Mena", name_uk: "Мена", region: RegionCode::Chernihiv, aliases: &[] },
    SettlementData {
        name: "Ichnia", name_uk: "Ічня", region: RegionCode::Chernihiv, aliases: &["Ichnya", "Ичня"]
    },
    SettlementData {
        name: "Kozelets", name_uk: "Козелець", region: RegionCode::Chernihiv, aliases: &["Козелец"]
    },
    SettlementData {
        name: "Ripky", name_uk: "Ріпки", region: RegionCode::Chernihiv, aliases: &["Repki", "Репки"]
    },
    SettlementData {
        name: "Sosnytsia",
        name_uk: "Сосниця",
        region: RegionCode::Chernihiv,
        aliases: &["Sosnytsya", "Sosnitsa", "Сосница"],
    },
    SettlementData {
        name: "Yahidne",
        name_uk: "Ягідне",
        region: RegionCode::Chernihiv,
        aliases: &["Yagidne", "Yagodnoye", "Ягодное"],
    },
    SettlementData {
        name: "Hremiach",
        name_uk: "Гремяч",
        region: RegionCode::Chernihiv,
        aliases: &["Hremyach", "Gremyach"],
    },
    // Kyiv
    SettlementData { name: "Bucha", name_uk: "Буча", region: RegionCode::Kyiv, aliases: &[] },
    SettlementData {
        name: "Irpin", name_uk: "Ірпінь", region: RegionCode::Kyiv, aliases: &["Irpen", "Ирпень"]
    },
    SettlementData {
        name: "Hostomel", name_uk: "Гостомель", region: RegionCode::Kyiv, aliases: &["Gostomel"]
    },
    SettlementData {
        name: "Borodianka", name_uk: "Бородянка", region: RegionCode::Kyiv, aliases: &["Borodyanka"]
    },
    SettlementData {
        name: "Vyshhorod",
        name_uk: "Вишгород",
        region: RegionCode::Kyiv,
        aliases: &["Vyshgorod", "Вышгород"],
    },
    SettlementData {
        name: "Brovary", name_uk: "Бровари", region: RegionCode::Kyiv, aliases: &["Бровары"]
    },
    SettlementData {
        name: "Bila Tserkva",
        name_uk: "Біла Церква",
        region: RegionCode::Kyiv,
        aliases: &["Belaya Tserkov", "Белая Церковь"],
    },
    SettlementData {
        name: "Fastiv", name_uk: "Фастів", region: RegionCode::Kyiv, aliases: &["Fastov", "Фастов"]
    },
    SettlementData {
        name: "Obukhiv", name_uk: "Обухів", region: RegionCode::Kyiv, aliases: &["Obukhov", "Обухов"]
    },
    SettlementData {
        name: "Boryspil",
        name_uk: "Бориспіль",
        region: RegionCode::Kyiv,
        aliases: &["Borispol", "Boryspil'", "Борисполь"],
    },
    SettlementData {
        name: "Makariv", name_uk: "Макарів", region: RegionCode::Kyiv, aliases: &["Makarov", "Макаров"]
    },
    SettlementData {
        name: "Vasylkiv",
        name_uk: "Васильків",
        region: RegionCode::Kyiv,
        aliases: &["Vasilkov", "Васильков"],
    },
    SettlementData {
        name: "Ukrainka", name_uk: "Українка", region: RegionCode::Kyiv, aliases: &["Украинка"]
    },
    SettlementData {
        name: "Vyshneve",
        name_uk: "Вишневе",
        region: RegionCode::Kyiv,
        aliases: &["Vishnevoye", "Vishneve", "Вишнёвое", "Вишневое"],
    },
    SettlementData { name: "Boyarka", name_uk: "Боярка", region: RegionCode::Kyiv, aliases: &["Boiarka"] },
    SettlementData {
        name: "Motyzhyn",
        name_uk: "Мотижин",
        region: RegionCode::Kyiv,
        aliases: &["Motyzhin", "Мотыжин"],
    },
    SettlementData {
        name: "Ivankiv", name_uk: "Іванків", region: RegionCode::Kyiv, aliases: &["Ivankov", "Иванков"]
    },
    SettlementData { name: "Dymer", name_uk: "Димер", region: RegionCode::Kyiv, aliases: &["Дымер"] },
    SettlementData {
        name: "Chornobyl",
        name_uk: "Чорнобиль",
        region: RegionCode::Kyiv,
        aliases: &["Chernobyl", "Чернобыль"],
    },
    SettlementData {
        name: "Prypiat",
        name_uk: "Прип'ять",
        region: RegionCode::Kyiv,
        aliases: &["Pripyat", "Pripyat'", "Припять"],
    },
    SettlementData {
        name: "Slavutych", name_uk: "Славутич", region: RegionCode::Kyiv, aliases: &["Slavutich"]
    },
    SettlementData { name: "Vorzel", name_uk: "Ворзель", region: RegionCode::Kyiv, aliases: &[] },
    SettlementData { name: "Moshchun", name_uk: "Мощун", region: RegionCode::Kyiv, aliases: &[] },
    SettlementData {
        name: "Demydiv", name_uk: "Демидів", region: RegionCode::Kyiv, aliases: &["Demidov", "Демидов"]
    },
    SettlementData {
        name: "Pereiaslav",
        name_uk: "Переяслав",
        region: RegionCode::Kyiv,
        aliases: &[
            "Pereyaslav",
            "Pereiaslav-Khmelnytskyi",
            "Pereyaslav-Khmelnitsky",
            "Переяслав-Хмельницький",
            "Переяслав-Хмельницкий",
        ],
    },
    SettlementData { name: "Skvyra", name_uk: "Сквира", region: RegionCode::Kyiv, aliases: &["Skvira"] },
    SettlementData { name: "Horenka", name_uk: "Горенка", region: RegionCode::Kyiv, aliases: &["Gorenka"] },
    // Poltava
    SettlementData { name: "Poltava", name_uk: "Полтава", region: RegionCode::Poltava, aliases: &[] },
    SettlementData {
        name: "Kremenchuk",
        name_uk: "Кременчук",
        region: RegionCode::Poltava,
        aliases: &["Kremenchug", "Кременчуг"],
    },
    SettlementData {
        name: "Myrhorod", name_uk: "Миргород", region: RegionCode::Poltava, aliases: &["Mirgorod"]
    },
    SettlementData { name: "Lubny", name_uk: "Лубни", region: RegionCode::Poltava, aliases: &["Лубны"] },
    SettlementData {
        name: "Horishni Plavni",
        name_uk: "Горішні Плавні",
        region: RegionCode::Poltava,
        aliases: &["Komsomolsk", "Комсомольськ", "Комсомольск"],
    },
    SettlementData {
        name: "Hadiach", name_uk: "Гадяч", region: RegionCode::Poltava, aliases: &["Hadyach", "Gadyach"]
    },
    SettlementData {
        name: "Karlivka",
        name_uk: "Карлівка",
        region: RegionCode::Poltava,
        aliases: &["Karlovka", "Карловка"],
    },
    SettlementData {
        name: "Pyriatyn",
        name_uk: "Пирятин",
        region: RegionCode::Poltava,
        aliases: &["Pyryatyn", "Piryatin"],
    },
    SettlementData {
        name: "Hlobyne",
        name_uk: "Глобине",
        region: RegionCode::Poltava,
        aliases: &["Globino", "Глобино"],
    },
    // Cherkasy
    SettlementData {
        name: "Cherkasy",
        name_uk: "Черкаси",
        region: RegionCode::Cherkasy,
        aliases: &["Cherkassy", "Черкассы"],
    },
    SettlementData { name: "Uman", name_uk: "Умань", region: RegionCode::Cherkasy, aliases: &[] },
    SettlementData {
        name: "Smila", name_uk: "Сміла", region: RegionCode::Cherkasy, aliases: &["Smela", "Смела"]
    },
    SettlementData { name: "Zolotonosha", name_uk: "Золотоноша", region: RegionCode::Cherkasy, aliases: &[] },
    SettlementData {
        name: "Kaniv", name_uk: "Канів", region: RegionCode::Cherkasy, aliases: &["Kanev", "Канев"]
    },
    SettlementData {
        name: "Zvenyhorodka",
        name_uk: "Звенигородка",
        region: RegionCode::Cherkasy,
        aliases: &["Zvenigorodka"],
    },
    SettlementData {
        name: "Korsun-Shevchenkivskyi",
        name_uk: "Корсунь-Шевченківський",
        region: RegionCode::Cherkasy,
        aliases: &["Korsun-Shevchenkivskyy", "Korsun-Shevchenkovsky", "Корсунь-Шевченковский"],
    },
    SettlementData { name: "Shpola", name_uk: "Шпола", region: RegionCode::Cherkasy, aliases: &[] },
    SettlementData {
        name: "Bahacheve",
        name_uk: "Багачеве",
        region: RegionCode::Cherkasy,
        aliases: &["Vatutine", "Vatutino", "Ватутіне", "Ватутино"],
    },
    // Vinnytsia
    SettlementData {
        name: "Vinnytsia",
        name_uk: "Вінниця",
        region: RegionCode::Vinnytsia,
        aliases: &["Vinnitsa", "Vinnytsya", "Винница"],
    },
    SettlementData {
        name: "Zhmerynka", name_uk: "Жмеринка", region: RegionCode::Vinnytsia, aliases: &["Zhmerinka"]
    },
    SettlementData {
        name: "Kalynivka",
        name_uk: "Калинівка",
        region: RegionCode::Vinnytsia,
        aliases: &["Kalinovka", "Калиновка"],
    },
    SettlementData {
        name: "Khmilnyk",
        name_uk: "Хмільник",
        region: RegionCode::Vinnytsia,
        aliases: &["Khmelnik", "Хмельник"],
    },
    SettlementData {
        name: "Haisyn", name_uk: "Гайсин", region: RegionCode::Vinnytsia, aliases: &["Haysyn", "Gaisin"]
    },
    SettlementData {
        name: "Mohyliv-Podilskyi",
        name_uk: "Могилів-Подільський",
        region: RegionCode::Vinnytsia,
        aliases: &["Mohyliv-Podilskyy", "Mogilev-Podolsky", "Могилёв-Подольский", "Могилев-Подольский"],
    },
    SettlementData {
        name: "Ladyzhyn",
        name_uk: "Ладижин",
        region: RegionCode::Vinnytsia,
        aliases: &["Ladyzhin", "Ладыжин"],
    },
    SettlementData {
        name: "Koziatyn",
        name_uk: "Козятин",
        region: RegionCode::Vinnytsia,
        aliases: &["Kozyatyn", "Kazatin", "Казатин"],
    },
    SettlementData { name: "Tulchyn", name_uk: "Тульчин", region: RegionCode::Vinnytsia, aliases: &["Tulchin"] },
    // Zhytomyr
    SettlementData {
        name: "Zhytomyr", name_uk: "Житомир", region: RegionCode::Zhytomyr, aliases: &["Zhitomir"]
    },
    SettlementData { name: "Korosten", name_uk: "Коростень", region: RegionCode::Zhytomyr, aliases: &[] },
    SettlementData {
        name: "Berdychiv",
        name_uk: "Бердичів",
        region: RegionCode::Zhytomyr,
        aliases: &["Berdichev", "Бердичев"],
    },
    SettlementData {
        name: "Zviahel",
        name_uk: "Звягель",
        region: RegionCode::Zhytomyr,
        aliases: &[
            "Zvyahel",
            "Novohrad-Volynskyi",
            "Novohrad-Volynskyy",
            "Novograd-Volynsky",
            "Новоград-Волинський",
            "Новоград-Волынский",
        ],
    },
    SettlementData { name: "Ovruch", name_uk: "Овруч", region: RegionCode::Zhytomyr, aliases: &[] },
    SettlementData { name: "Malyn", name_uk: "Малин", region: RegionCode::Zhytomyr, aliases: &["Malin"] },
    SettlementData {
        name: "Korostyshiv",
        name_uk: "Коростишів",
        region: RegionCode::Zhytomyr,
        aliases: &["Korostyshev", "Коростышев"],
    },
    SettlementData {
        name: "Radomyshl",
        name_uk: "Радомишль",
        region: RegionCode::Zhytomyr,
        aliases: &["Radomyshl'", "Радомышль"],
    },
    SettlementData {
        name: "Olevsk", name_uk: "Олевськ", region: RegionCode::Zhytomyr, aliases: &["Олевск"]
    },
    // Lviv
    SettlementData {
        name: "Lviv",
        name_uk: "Львів",
        region: RegionCode::Lviv,
        aliases: &["Lvov", "Lwow", "Lwów", "Lemberg", "Львов"],
    },
    SettlementData {
        name: "Yavoriv", name_uk: "Яворів", region: RegionCode::Lviv, aliases: &["Yavorov", "Яворов"]
    },
    SettlementData {
        name: "Drohobych",
        name_uk: "Дрогобич",
        region: RegionCode::Lviv,
        aliases: &["Drogobych", "Дрогобыч"],
    },
    SettlementData {
        name: "Stryi",
        name_uk: "Стрий",
        region: RegionCode::Lviv,
        aliases: &["Stryy", "Stryj", "Stry", "Стрый"],
    },
    SettlementData {
        name: "Sheptytskyi",
        name_uk: "Шептицький",
        region: RegionCode::Lviv,
        aliases: &["Sheptytskyy", "Sheptytsky", "Chervonohrad", "Chervonograd", "Червоноград"],
    },
    SettlementData {
        name: "Sambir", name_uk: "Самбір", region: RegionCode::Lviv, aliases: &["Sambor", "Самбор"]
    },
    SettlementData {
        name: "Novoiavorivsk",
        name_uk: "Новояворівськ",
        region: RegionCode::Lviv,
        aliases: &["Novoyavorivsk", "Novoyavorovsk", "Новояворовск"],
    },
    SettlementData {
        name: "Truskavets", name_uk: "Трускавець", region: RegionCode::Lviv, aliases: &["Трускавец"]
    },
    SettlementData { name: "Boryslav", name_uk: "Борислав", region: RegionCode::Lviv, aliases: &["Borislav"] },
    SettlementData {
        name: "Zhovkva", name_uk: "Жовква", region: RegionCode::Lviv, aliases: &["Zholkva", "Жолква"]
    },
    SettlementData { name: "Brody", name_uk: "Броди", region: RegionCode::Lviv, aliases: &["Броды"] },
    SettlementData { name: "Sokal", name_uk: "Сокаль", region: RegionCode::Lviv, aliases: &[] },
    SettlementData {
        name: "Rava-Ruska",
        name_uk: "Рава-Руська",
        region: RegionCode::Lviv,
        aliases: &["Rava-Russkaya", "Рава-Русская"],
    },
    SettlementData {
        name: "Mostyska",
        name_uk: "Мостиська",
        region: RegionCode::Lviv,
        aliases: &["Mostiska", "Мостиска"],
    },
    SettlementData {
        name: "Shehyni", name_uk: "Шегині", region: RegionCode::Lviv, aliases: &["Shegini", "Шегини"]
    },
    // Khmelnytskyi
    SettlementData {
        name: "Khmelnytskyi",
        name_uk: "Хмельницький",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Khmelnytskyy", "Khmelnytsky", "Khmelnitsky", "Khmelnitskiy", "Proskuriv", "Хмельницкий"],
    },
    SettlementData {
        name: "Starokostiantyniv",
        name_uk: "Старокостянтинів",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Starokostyantyniv", "Starokonstantinov", "Староконстантинов"],
    },
    SettlementData {
        name: "Shepetivka",
        name_uk: "Шепетівка",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Shepetovka", "Шепетовка"],
    },
    SettlementData {
        name: "Kamianets-Podilskyi",
        name_uk: "Кам'янець-Подільський",
        region: RegionCode::Khmelnytskyi,
        aliases: &[
            "Kamyanets-Podilskyi",
            "Kamianets-Podilskyy",
            "Kamenets-Podolsky",
            "Kamenets-Podolskiy",
            "Каменец-Подольский",
        ],
    },
    SettlementData {
        name: "Netishyn",
        name_uk: "Нетішин",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Neteshin", "Нетешин"],
    },
    SettlementData { name: "Slavuta", name_uk: "Славута", region: RegionCode::Khmelnytskyi, aliases: &[] },
    SettlementData {
        name: "Polonne",
        name_uk: "Полонне",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Polonnoye", "Полонное"],
    },
    SettlementData {
        name: "Iziaslav",
        name_uk: "Ізяслав",
        region: RegionCode::Khmelnytskyi,
        aliases: &["Izyaslav", "Изяслав"],
    },
    // IvanoFrankivsk
    SettlementData {
        name: "Ivano-Frankivsk",
        name_uk: "Івано-Франківськ",
        region: RegionCode::IvanoFrankivsk,
        aliases: &["Ivano Frankivsk", "Ivano-Frankovsk", "Stanislaviv", "Ивано-Франковск"],
    },
    SettlementData {
        name: "Burshtyn", name_uk: "Бурштин", region: RegionCode::IvanoFrankivsk, aliases: &["Burshtin"]
    },
    SettlementData { name: "Kalush", name_uk: "Калуш", region: RegionCode::IvanoFrankivsk, aliases: &[] },
    SettlementData {
        name: "Kolomyia",
        name_uk: "Коломия",
        region: RegionCode::IvanoFrankivsk,
        aliases: &["Kolomyya", "Kolomyja", "Коломыя"],
    },
    SettlementData {
        name: "Nadvirna",
        name_uk: "Надвірна",
        region: RegionCode::IvanoFrankivsk,
        aliases: &["Nadvornaya", "Надворная"],
    },
    SettlementData {
        name: "Dolyna", name_uk: "Долина", region: RegionCode::IvanoFrankivsk, aliases: &["Dolina"]
    },
    SettlementData {
        name: "Bolekhiv",
        name_uk: "Болехів",
        region: RegionCode::IvanoFrankivsk,
        aliases: &["Bolekhov", "Болехов"],
    },
    SettlementData { name: "Yaremche", name_uk: "Яремче", region: RegionCode::IvanoFrankivsk, aliases: &[] },
    // Rivne
    SettlementData {
        name: "Rivne", name_uk: "Рівне", region: RegionCode::Rivne, aliases: &["Rovno", "Ровно"]
    },
    SettlementData {
        name: "Varash",
        name_uk: "Вараш",
        region: RegionCode::Rivne,
        aliases: &["Kuznetsovsk", "Кузнецовськ", "Кузнецовск"],
    },
    SettlementData { name: "Dubno", name_uk: "Дубно", region: RegionCode::Rivne, aliases: &[] },
    SettlementData { name: "Sarny", name_uk: "Сарни", region: RegionCode::Rivne, aliases: &["Сарны"] },
    SettlementData {
        name: "Kostopil",
        name_uk: "Костопіль",
        region: RegionCode::Rivne,
        aliases: &["Kostopol", "Костополь"],
    },
    SettlementData {
        name: "Zdolbuniv",
        name_uk: "Здолбунів",
        region: RegionCode::Rivne,
        aliases: &["Zdolbunov", "Здолбунов"],
    },
    SettlementData { name: "Ostroh", name_uk: "Острог", region: RegionCode::Rivne, aliases: &["Ostrog"] },
    // Volyn
    SettlementData { name: "Lutsk", name_uk: "Луцьк", region: RegionCode::Volyn, aliases: &["Луцк"] },
    SettlementData { name: "Kovel", name_uk: "Ковель", region: RegionCode::Volyn, aliases: &[] },
    SettlementData {
        name: "Volodymyr",
        name_uk: "Володимир",
        region: RegionCode::Volyn,
        aliases: &[
            "Volodymyr-Volynskyi",
            "Volodymyr-Volynskyy",
            "Vladimir-Volynsky",
            "Володимир-Волинський",
            "Владимир-Волынский",
        ],
    },
    SettlementData {
        name: "Novovolynsk",
        name_uk: "Нововолинськ",
        region: RegionCode::Volyn,
        aliases: &["Нововолынск"],
    },
    SettlementData {
        name: "Kamin-Kashyrskyi",
        name_uk: "Камінь-Каширський",
        region: RegionCode::Volyn,
        aliases: &["Kamin-Kashyrskyy", "Kamen-Kashirsky", "Камень-Каширский"],
    },
    SettlementData { name: "Liuboml", name_uk: "Любомль", region: RegionCode::Volyn, aliases: &["Lyuboml"] },
    // Ternopil
    SettlementData {
        name: "Ternopil",
        name_uk: "Тернопіль",
        region: RegionCode::Ternopil,
        aliases: &["Ternopol", "Тернополь"],
    },
    SettlementData {
        name: "Chortkiv",
        name_uk: "Чортків",
        region: RegionCode::Ternopil,
        aliases: &["Chortkov", "Чортков"],
    },
    SettlementData {
        name: "Kremenets", name_uk: "Кременець", region: RegionCode::Ternopil, aliases: &["Кременец"]
    },
    SettlementData {
        name: "Berezhany", name_uk: "Бережани", region: RegionCode::Ternopil, aliases: &["Бережаны"]
    },
    SettlementData { name: "Zbarazh", name_uk: "Збараж", region: RegionCode::Ternopil, aliases: &[] },
    SettlementData { name: "Buchach", name_uk: "Бучач", region: RegionCode::Ternopil, aliases: &[] },
    // Kirovohrad
    SettlementData {
        name: "Kropyvnytskyi",
        name_uk: "Кропивницький",
        region: RegionCode::Kirovohrad,
        aliases: &[
            "Kropyvnytskyy",
            "Kropyvnytsky",
            "Kropivnitsky",
            "Kropivnitskiy",
            "Kirovohrad",
            "Kirovograd",
            "Кіровоград",
            "Кропивницкий",
            "Кировоград",
        ],
    },
    SettlementData {
        name: "Oleksandriia",
        name_uk: "Олександрія",
        region: RegionCode::Kirovohrad,
        aliases: &["Oleksandriya", "Oleksandria", "Aleksandriya", "Александрия"],
    },
    SettlementData {
        name: "Znamianka",
        name_uk: "Знам'янка",
        region: RegionCode::Kirovohrad,
        aliases: &["Znamyanka", "Znamenka", "Знаменка"],
    },
    SettlementData {
        name: "Svitlovodsk",
        name_uk: "Світловодськ",
        region: RegionCode::Kirovohrad,
        aliases: &["Svetlovodsk", "Светловодск"],
    },
    SettlementData {
        name: "Dolynska",
        name_uk: "Долинська",
        region: RegionCode::Kirovohrad,
        aliases: &["Dolinskaya", "Долинская"],
    },
    SettlementData {
        name: "Novoukrainka",
        name_uk: "Новоукраїнка",
        region: RegionCode::Kirovohrad,
        aliases: &["Novoukrayinka", "Новоукраинка"],
    },
    // Zakarpattia
    SettlementData {
        name: "Uzhhorod", name_uk: "Ужгород", region: RegionCode::Zakarpattia, aliases: &["Uzhgorod"]
    },
    SettlementData {
        name: "Mukachevo",
        name_uk: "Мукачево",
        region: RegionCode::Zakarpattia,
        aliases: &["Mukachiv", "Мукачів"],
    },
    SettlementData {
        name: "Berehove",
        name_uk: "Берегове",
        region: RegionCode::Zakarpattia,
        aliases: &["Beregovo", "Берегово"],
    },
    SettlementData { name: "Khust", name_uk: "Хуст", region: RegionCode::Zakarpattia, aliases: &[] },
    SettlementData {
        name: "Vynohradiv",
        name_uk: "Виноградів",
        region: RegionCode::Zakarpattia,
        aliases: &["Vinogradov", "Виноградов"],
    },
    SettlementData { name: "Chop", name_uk: "Чоп", region: RegionCode::Zakarpattia, aliases: &[] },
    SettlementData {
        name: "Rakhiv", name_uk: "Рахів", region: RegionCode::Zakarpattia, aliases: &["Rakhov", "Рахов"]
    },
    SettlementData {
        name: "Svaliava", name_uk: "Свалява", region: RegionCode::Zakarpattia, aliases: &["Svalyava"]
    },
    // Chernivtsi
    SettlementData {
        name: "Chernivtsi",
        name_uk: "Чернівці",
        region: RegionCode::Chernivtsi,
        aliases: &["Chernovtsy", "Czernowitz", "Черновцы"],
    },
    SettlementData { name: "Khotyn", name_uk: "Хотин", region: RegionCode::Chernivtsi, aliases: &["Khotin"] },
    SettlementData {
        name: "Novodnistrovsk",
        name_uk: "Новодністровськ",
        region: RegionCode::Chernivtsi,
        aliases: &["Novodnestrovsk", "Новоднестровск"],
    },
    SettlementData {
        name: "Storozhynets",
        name_uk: "Сторожинець",
        region: RegionCode::Chernivtsi,
        aliases: &["Storozhinets", "Сторожинец"],
    },
    SettlementData {
        name: "Vyzhnytsia",
        name_uk: "Вижниця",
        region: RegionCode::Chernivtsi,
        aliases: &["Vyzhnytsya", "Vizhnitsa", "Вижница"],
    },
    SettlementData {
        name: "Kitsman", name_uk: "Кіцмань", region: RegionCode::Chernivtsi, aliases: &["Кицмань"]
    },
    SettlementData { name: "Hertsa", name_uk: "Герца", region: RegionCode::Chernivtsi, aliases: &["Gertsa"] },
    SettlementData {
        name: "Novoselytsia",
        name_uk: "Новоселиця",
        region: RegionCode::Chernivtsi,
        aliases: &["Novoselytsya", "Novoselitsa", "Новоселица"],
    },
    // Crimea
    SettlementData {
        name: "Simferopol",
        name_uk: "Сімферополь",
        region: RegionCode::Crimea,
        aliases: &["Aqmescit", "Симферополь"],
    },
    SettlementData { name: "Kerch", name_uk: "Керч", region: RegionCode::Crimea, aliases: &["Керчь"] },
    SettlementData {
        name: "Yevpatoriia",
        name_uk: "Євпаторія",
        region: RegionCode::Crimea,
        aliases: &["Yevpatoria", "Yevpatoriya", "Evpatoria", "Eupatoria", "Gözleve", "Евпатория"],
    },
    SettlementData {
        name: "Feodosiia",
        name_uk: "Феодосія",
        region: RegionCode::Crimea,
        aliases: &["Feodosia", "Feodosiya", "Theodosia", "Kefe", "Феодосия"],
    },
    SettlementData { name: "Yalta", name_uk: "Ялта", region: RegionCode::Crimea, aliases: &[] },
    SettlementData {
        name: "Dzhankoi",
        name_uk: "Джанкой",
        region: RegionCode::Crimea,
        aliases: &["Dzhankoy", "Dzhankoj", "Canköy"],
    },
    SettlementData { name: "Saky", name_uk: "Саки", region: RegionCode::Crimea, aliases: &["Saki"] },
    SettlementData {
        name: "Chornomorske",
        name_uk: "Чорноморське",
        region: RegionCode::Crimea,
        aliases: &["Chernomorskoye", "Chernomorskoe", "Черноморское"],
    },
    SettlementData { name: "Alushta", name_uk: "Алушта", region: RegionCode::Crimea, aliases: &[] },
    SettlementData {
        name: "Armiansk",
        name_uk: "Армянськ",
        region: RegionCode::Crimea,
        aliases: &["Armyansk", "Армянск"],
    },
    SettlementData {
        name: "Yany Kapu",
        name_uk: "Яни Капу",
        region: RegionCode::Crimea,
        aliases: &["Krasnoperekopsk", "Красноперекопськ", "Красноперекопск"],
    },
    SettlementData {
        name: "Bakhchysarai",
        name_uk: "Бахчисарай",
        region: RegionCode::Crimea,
        aliases: &["Bakhchisaray", "Bakhchysaray"],
    },
    SettlementData { name: "Sudak", name_uk: "Судак", region: RegionCode::Crimea, aliases: &[] },
    SettlementData {
        name: "Hvardiiske",
        name_uk: "Гвардійське",
        region: RegionCode::Crimea,
        aliases: &["Hvardiyske", "Gvardeyskoye", "Gvardeiskoe", "Гвардейское"],
    },
    SettlementData {
        name: "Novofedorivka",
        name_uk: "Новофедорівка",
        region: RegionCode::Crimea,
        aliases: &["Novofedorovka", "Новофёдоровка", "Новофедоровка"],
    },
    SettlementData {
        name: "Perevalne",
        name_uk: "Перевальне",
        region: RegionCode::Crimea,
        aliases: &["Perevalnoye", "Перевальное"],
    },
    SettlementData {
        name: "Shcholkine",
        name_uk: "Щолкіне",
        region: RegionCode::Crimea,
        aliases: &["Shchelkino", "Щёлкино", "Щелкино"],
    },
    // Sevastopol
    SettlementData {
        name: "Inkerman", name_uk: "Інкерман", region: RegionCode::Sevastopol, aliases: &["Инкерман"]
    },
    SettlementData {
        name: "Balaklava", name_uk: "Балаклава", region: RegionCode::Sevastopol, aliases: &["Balaclava"]
    },
];
