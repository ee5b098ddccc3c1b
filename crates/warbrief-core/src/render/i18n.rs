//! The bot's words in each [`Lang`], from Project Fluent files (`locales/<lang>/*.ftl`) compiled into the
//! binary. A render function asks for a message by its key, with its arguments; Fluent chooses the plural
//! form (Ukrainian has one, few, many and other: "1 загиблий, 2 загиблих, 5 загиблих").
//!
//! Messages may hold our HTML (`<b>`, `<code>`); arguments are inserted as given, so a caller escapes text
//! from outside before passing it ([`Arg::text`] does). Fluent's bidirectional isolation marks are off: they
//! would show as stray characters in Telegram.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

use crate::Lang;
use crate::html::escape;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static UK: LanguageIdentifier = langid!("uk");

fn language(lang: Lang) -> &'static LanguageIdentifier {
    match lang {
        Lang::En => &EN,
        Lang::Uk => &UK,
    }
}

/// An argument of a message: a number (which also chooses plural forms) or text.
pub struct Arg(FluentValue<'static>);

impl Arg {
    /// Text from outside (a report, a user): escaped for HTML.
    pub fn text(text: &str) -> Arg {
        Arg(FluentValue::String(Cow::Owned(escape(text))))
    }

    /// HTML we made (a link, a bold name): inserted as it is.
    pub fn html(html: impl Into<String>) -> Arg {
        Arg(FluentValue::String(Cow::Owned(html.into())))
    }

    /// Plain text that is not HTML (a button's label): inserted as it is.
    pub fn plain(text: impl Into<String>) -> Arg {
        Arg(FluentValue::String(Cow::Owned(text.into())))
    }

    pub fn number(n: impl Into<f64>) -> Arg {
        Arg(FluentValue::from(n.into()))
    }
}

/// A count as an argument (counts of people, incidents, days are far below 2^53).
pub fn count(n: impl Into<u64>) -> Arg {
    Arg::number(n.into() as f64)
}

/// The message `key` in `lang`, without arguments.
pub fn t(lang: Lang, key: &str) -> String {
    t_args(lang, key, &[])
}

/// The message `key` in `lang` with `args`. A key missing from a language, or a message that fails to
/// format, is a bug the tests catch (`every_message_formats_in_every_language`); should one slip through, the
/// English message is used, and failing that the key itself, so a reply is never lost.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<&str, FluentValue<'static>> = args.iter().map(|(name, arg)| (*name, arg.0.clone())).collect();
    let args = (!args.is_empty()).then_some(&args);
    match LOCALES.lookup_single_language(language(lang), key, args) {
        Ok(text) => text,
        Err(error) => {
            debug_assert!(false, "message {key:?} in {lang}: {error}");
            LOCALES.lookup_single_language(&EN, key, args).unwrap_or_else(|_| key.to_owned())
        }
    }
}

/// The English catalogue's own phrases (runs of at least two English words between arguments and tags), less
/// those the Ukrainian catalogue uses too (a button named "English", an example command): a Ukrainian reply
/// that contains one of these says something in English that should have been translated.
#[cfg(test)]
pub(crate) fn english_interface_phrases() -> Vec<String> {
    use std::sync::LazyLock;
    static PHRASES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let formatted = |lang: Lang| -> Vec<String> {
            let mut texts = Vec::new();
            for (key, variables) in tests::messages(lang) {
                for number in [1.0, 5.0] {
                    // Text arguments become a control character, so they split the phrases around them.
                    let args: Vec<(&'static str, Arg)> = variables
                        .iter()
                        .flat_map(|name| {
                            let name: &'static str = Box::leak(name.clone().into_boxed_str());
                            [(name, Arg::number(number))]
                        })
                        .collect();
                    texts.push(t_args(lang, &key, &args));
                    let args: Vec<(&'static str, Arg)> = variables
                        .iter()
                        .map(|name| (&*Box::leak(name.clone().into_boxed_str()), Arg::html("\u{1}")))
                        .collect();
                    texts.push(t_args(lang, &key, &args));
                }
            }
            texts
        };
        let ukrainian = formatted(Lang::Uk).join("\n");
        let mut phrases: Vec<String> = formatted(Lang::En)
            .iter()
            .flat_map(|text| {
                let mut plain = String::new();
                let mut in_tag = false;
                for c in text.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' if in_tag => {
                            in_tag = false;
                            plain.push('\u{1}');
                        }
                        _ if in_tag => {}
                        c if c.is_ascii_digit() || c == '\n' || c == '\u{1}' || c == '/' => plain.push('\u{1}'),
                        c => plain.push(c),
                    }
                }
                plain.split('\u{1}').map(|phrase| phrase.trim().to_owned()).collect::<Vec<_>>()
            })
            .filter(|phrase| {
                phrase
                    .split_whitespace()
                    .filter(|word| word.chars().filter(char::is_ascii_alphabetic).count() >= 3)
                    .count()
                    >= 2
            })
            .filter(|phrase| !ukrainian.contains(phrase.as_str()))
            .collect();
        phrases.sort();
        phrases.dedup();
        phrases
    });
    PHRASES.clone()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use fluent_templates::fluent_bundle::FluentResource;
    use fluent_templates::fluent_bundle::types::FluentNumber;

    use super::*;

    /// Every message (and attribute) of one language, with the variables its source names.
    pub(super) fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.code());
        let mut messages = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).expect("locale directory") {
            let path = entry.expect("entry").path();
            let source = std::fs::read_to_string(&path).expect("ftl file");
            if let Err((_, errors)) = FluentResource::try_new(source.clone()) {
                panic!("{}: {errors:?}", path.display());
            }
            // Message ids and the variables each one names, read from the source: an id starts a line.
            let mut current: Option<String> = None;
            for line in source.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.starts_with([' ', '#', '.', '*', '['])
                    && !id.is_empty()
                {
                    assert!(messages.insert(id.to_owned(), BTreeSet::new()).is_none(), "{id} twice in {lang}");
                    current = Some(id.to_owned());
                }
                if let Some(id) = &current {
                    let mut rest = line;
                    while let Some(at) = rest.find('$') {
                        let name: String = rest[at + 1..]
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                            .collect();
                        messages.get_mut(id).expect("current message").insert(name);
                        rest = &rest[at + 1..];
                    }
                }
            }
        }
        messages
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let english = messages(Lang::En);
        for lang in Lang::all() {
            let other = messages(*lang);
            let missing: Vec<&String> = english.keys().filter(|key| !other.contains_key(*key)).collect();
            let extra: Vec<&String> = other.keys().filter(|key| !english.contains_key(*key)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, not in English {extra:?}");
        }
    }

    /// Each message formats without error in each language, with every variable it names given as a
    /// number (1, 3, 5, 11, 21: each plural form) and as text.
    #[test]
    fn every_message_formats_in_every_language() {
        for lang in Lang::all() {
            for (key, variables) in messages(*lang) {
                let samples: Vec<FluentValue<'static>> = [1.0, 3.0, 5.0, 11.0, 21.0, 0.5]
                    .into_iter()
                    .map(|n| FluentValue::Number(FluentNumber::from(n)))
                    .chain([FluentValue::from("Kharkiv")])
                    .collect();
                for sample in samples {
                    let args: HashMap<&str, FluentValue<'static>> =
                        variables.iter().map(|name| (name.as_str(), sample.clone())).collect();
                    let result = LOCALES.lookup_single_language(language(*lang), &key, Some(&args));
                    let text = result.unwrap_or_else(|error| panic!("{key} in {lang}: {error}"));
                    assert!(!text.trim().is_empty(), "{key} in {lang} is empty");
                    assert!(!text.contains('\u{2068}'), "{key} in {lang}: isolation marks");
                    crate::html::validate_telegram_html(&text, crate::html::MESSAGE_LIMIT)
                        .unwrap_or_else(|error| panic!("{key} in {lang}: {error}"));
                }
            }
        }
    }

    /// A Ukrainian message that reads exactly like its English one was not translated, unless it is one of the
    /// few that are the same in both (a language's own name, a bare example).
    #[test]
    fn every_message_is_translated() {
        const SAME_IN_BOTH: &[&str] = &["language-button-english", "language-button-ukrainian"];
        let mut untranslated = Vec::new();
        let ukrainian = messages(Lang::Uk);
        for (key, variables) in messages(Lang::En) {
            let args: Vec<(&'static str, Arg)> = variables
                .iter()
                .chain(ukrainian.get(&key).into_iter().flatten())
                .map(|name| (&*Box::leak(name.clone().into_boxed_str()), Arg::number(5.0)))
                .collect();
            let english = t_args(Lang::En, &key, &args);
            // Only words can be left untranslated: "{ $day } { $month }" is the same in every language.
            let has_words = english.split(|c: char| !c.is_ascii_alphabetic()).any(|word| word.len() >= 3);
            if has_words && english == t_args(Lang::Uk, &key, &args) && !SAME_IN_BOTH.contains(&key.as_str()) {
                untranslated.push(key);
            }
        }
        assert!(untranslated.is_empty(), "the same in Ukrainian as in English: {untranslated:?}");
    }

    #[test]
    fn arguments_are_escaped_unless_they_are_ours() {
        assert_eq!(Arg::text("<b>&").0, FluentValue::from("&lt;b&gt;&amp;"));
        assert_eq!(Arg::html("<b>x</b>").0, FluentValue::from("<b>x</b>"));
    }
}
