//! The languages warbrief speaks: what it says is rendered in a chat's [`Lang`]. (Reports and posts stay in
//! the language they were written in; this is the bot's own voice.)

/// A language the bot speaks. Stored and typed as its ISO 639-1 code: "en", "uk".
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    strum::IntoStaticStr,
    strum::Display,
    strum::EnumString,
    strum::VariantArray,
)]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

impl Lang {
    /// The ISO 639-1 code: "en", "uk".
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Every language, in the order the language menu offers them.
    pub fn all() -> &'static [Lang] {
        <Lang as strum::VariantArray>::VARIANTS
    }

    /// The language for a Telegram user's `language_code` ("uk", "uk-UA", "en-GB", …): Ukrainian for
    /// Ukrainian, English for everything else and for none.
    pub fn from_language_code(code: Option<&str>) -> Lang {
        match code.map(|code| code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()) {
            Some(primary) if primary == "uk" => Lang::Uk,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_telegram_language_codes_map_to_them() {
        assert_eq!(Lang::all().iter().map(|lang| lang.code()).collect::<Vec<_>>(), ["en", "uk"]);
        assert_eq!("UK".parse::<Lang>(), Ok(Lang::Uk));
        assert!("ru".parse::<Lang>().is_err());
        assert_eq!(Lang::from_language_code(Some("uk")), Lang::Uk);
        assert_eq!(Lang::from_language_code(Some("uk-UA")), Lang::Uk);
        assert_eq!(Lang::from_language_code(Some("ru")), Lang::En);
        assert_eq!(Lang::from_language_code(Some("en-GB")), Lang::En);
        assert_eq!(Lang::from_language_code(Some("")), Lang::En);
        assert_eq!(Lang::from_language_code(None), Lang::En);
    }
}
