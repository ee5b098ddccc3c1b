//! Weapons: the most specific weapon a sentence names.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use super::tokens::Token;
use super::words::WEAPONS;

/// Position in [`WEAPONS`]: lower is more specific.
pub(super) fn weapon_rank(weapon: &str) -> usize {
    let lower = weapon.to_lowercase();
    WEAPONS.iter().position(|w| *w == lower).unwrap_or(WEAPONS.len())
}

/// Weapons by their first word: (rank in [`WEAPONS`], all their words).
pub(super) type WeaponIndex = HashMap<&'static str, Vec<(usize, Vec<&'static str>)>>;

/// [`WEAPONS`] split into words and indexed by their first word.
pub(super) static WEAPON_INDEX: LazyLock<WeaponIndex> = LazyLock::new(|| {
    let mut index = WeaponIndex::default();
    for (rank, weapon) in WEAPONS.iter().enumerate() {
        let words: Vec<&'static str> = weapon.split(' ').collect();
        index.entry(words[0]).or_default().push((rank, words));
    }
    index
});

/// The most specific weapon the sentence names, as written in it.
pub(super) fn find_weapon(tokens: &[Token<'_>]) -> Option<String> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, token) in tokens.iter().enumerate() {
        let Some(candidates) = WEAPON_INDEX.get(token.lower.as_ref()) else { continue };
        for (rank, words) in candidates {
            let matches = words.iter().enumerate().all(|(k, word)| tokens.get(i + k).is_some_and(|t| t.lower == *word));
            if matches && best.is_none_or(|(best_rank, _, _)| *rank < best_rank) {
                best = Some((*rank, i, words.len()));
            }
        }
    }
    best.map(|(_, start, len)| tokens[start..start + len].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}
