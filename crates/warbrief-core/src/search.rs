//! What `/search` looks for: the words of a query, each with the other spellings that mean the same.
//!
//! A report names a place in its own language and case: "Kharkiv" in English, "у Харкові" or "Харківщина" in
//! Ukrainian. A query word the gazetteer knows (in any language, in any case the extractor's gloss reads) is
//! searched as the place's English name, its Ukrainian name and the Ukrainian forms reports write it in; other
//! words are searched as they are. Every group must match; any spelling in a group will do.

use crate::extract::ukrainian_place_forms;
use crate::gazetteer::{self, Place};

/// Longest query worth looking at, in words.
const MAX_WORDS: usize = 16;

/// One word of a query and its alternatives: a report matches the group when it contains any of them.
pub type Group = Vec<String>;

/// The groups of `query`, in order: plain words, places with their spellings. Words are letters and digits
/// only, so no backend's query syntax can come through.
pub fn groups(query: &str) -> Vec<Group> {
    let words: Vec<String> = query
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == 'ʼ'))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .take(MAX_WORDS)
        .map(|word| word.chars().take(64).collect())
        .collect();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // "Kryvyi Rih", "Кривий Ріг": two words that name one place.
        let pair = words.get(i + 1).and_then(|next| place(&format!("{} {next}", words[i])));
        if let Some(place) = pair {
            groups.push(spellings(place, &format!("{} {}", words[i], words[i + 1])));
            i += 2;
            continue;
        }
        match place(&words[i]) {
            Some(place) => groups.push(spellings(place, &words[i])),
            None => groups.push(vec![plain(&words[i])]),
        }
        i += 1;
    }
    groups
}

/// Letters and digits of a word. Full-text indexes split "Куп'янськ" at its apostrophe, so it is searched as
/// the phrase "Куп янськ".
fn plain(word: &str) -> String {
    let spaced: String = word.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn place(name: &str) -> Option<Place> {
    // "Kharkiv Oblast", "Харківська область": the unit; a bare "Kharkiv", the city.
    let unit = match gazetteer::lookup(name) {
        gazetteer::Lookup::Found(place @ Place::Region(_)) if name.contains(' ') => Some(place),
        _ => None,
    };
    unit.or_else(|| gazetteer::find_exact_preferring_settlement(name)).or_else(|| crate::extract::ukrainian_place(name))
}

/// The query's own word, the place's English name, its Ukrainian name and the forms Ukrainian text gives it.
fn spellings(place: Place, typed: &str) -> Group {
    let mut group = vec![plain(typed)];
    match place {
        Place::Settlement(town) => {
            group.push(plain(town.name));
            group.push(plain(town.name_uk));
            group.extend(ukrainian_place_forms(town.name_uk).iter().map(|form| plain(form)));
        }
        Place::Region(region) => {
            group.push(plain(gazetteer::region_name(region)));
            // "Харківська область" is written "Харківської області", and "Харківщина", "на Харківщині".
            let name_uk = gazetteer::region_name_uk(region);
            if let Some(stem) = name_uk.split(' ').next().and_then(|adjective| adjective.strip_suffix('а')) {
                group.extend(["а", "ої", "ій", "у"].iter().map(|ending| plain(&format!("{stem}{ending}"))));
            } else {
                group.push(plain(name_uk));
            }
            let informal = gazetteer::region_aliases(region).iter().filter(|alias| alias.ends_with("ина"));
            for alias in informal {
                group.push(plain(alias));
                group.extend(ukrainian_place_forms(alias).iter().map(|form| plain(form)));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    group.retain(|spelling| !spelling.is_empty() && seen.insert(spelling.to_lowercase()));
    group
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(groups: &[Group], index: usize, spelling: &str) -> bool {
        groups[index].iter().any(|s| s == spelling)
    }

    #[test]
    fn a_place_is_searched_in_both_languages_and_in_its_ukrainian_cases() {
        let groups = groups("Kharkiv missile");
        assert_eq!(groups.len(), 2);
        assert!(has(&groups, 0, "Kharkiv") && has(&groups, 0, "Харків") && has(&groups, 0, "Харкові"));
        assert_eq!(groups[1], vec!["missile".to_owned()]);
        let groups = super::groups("у Харкові");
        assert!(has(&groups, 1, "Kharkiv"), "{groups:?}");
        let groups = super::groups("Кривому Розі");
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert!(has(&groups, 0, "Kryvyi Rih") && has(&groups, 0, "Кривий Ріг"), "{groups:?}");
        let groups = super::groups("Kharkiv Oblast");
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert!(has(&groups, 0, "Харківщині") && has(&groups, 0, "Харківської"), "{groups:?}");
        let groups = super::groups("Одеса");
        assert!(has(&groups, 0, "Odesa") && has(&groups, 0, "Одесі") && has(&groups, 0, "Одеси"), "{groups:?}");
    }

    #[test]
    fn query_syntax_is_only_words() {
        let hostile = groups("\" AND OR * NEAR(a b) '; --");
        assert!(hostile.iter().flatten().all(|w| w.chars().all(|c| c.is_alphanumeric() || c == ' ')), "{hostile:?}");
        assert_eq!(groups("Куп'янськ")[0][0], "Куп янськ");
        assert!(groups("").is_empty());
        assert_eq!(groups(&"слово ".repeat(40)).len(), MAX_WORDS);
    }
}
