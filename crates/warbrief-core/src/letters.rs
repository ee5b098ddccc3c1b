//! Letters, case and digits for reading text: ASCII and Cyrillic (nearly every letter warbrief reads) are
//! answered from their ranges, anything else by Unicode's tables. Those tables, behind `char::is_alphanumeric`,
//! `is_uppercase` and `to_lowercase`, were a quarter of the time spent reading Ukrainian text.

/// Cyrillic letters: the block without its signs and combining marks (U+0482–U+0489).
fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c) && !('\u{0482}'..='\u{0489}').contains(&c)
}

/// A letter or a digit.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_cyrillic_letter(c) || c.is_alphanumeric() }
}

/// A letter.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { is_cyrillic_letter(c) || c.is_alphabetic() }
}

/// A capital letter.
pub(crate) fn is_uppercase(c: char) -> bool {
    match c {
        c if c.is_ascii() => c.is_ascii_uppercase(),
        'А'..='Я' | 'Ѐ'..='Џ' | 'Ґ' => true,
        'а'..='џ' | 'ґ' => false,
        c => c.is_uppercase(),
    }
}

/// The lowercase of a letter (the first, where Unicode's lowercase has several): А–Я, Ѐ–Џ and Ґ mapped
/// directly.
pub(crate) fn to_lowercase(c: char) -> char {
    match c {
        c if c.is_ascii() => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        'Ґ' => 'ґ',
        'а'..='џ' | 'ґ' => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Appends the lowercase of `c` (all of it, where Unicode's lowercase has several characters).
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    match c {
        c if c.is_ascii() || ('А'..='ґ').contains(&c) => out.push(to_lowercase(c)),
        c => out.extend(c.to_lowercase()),
    }
}

/// A word in lowercase.
pub(crate) fn lowercase(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        push_lowercase(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// ASCII, the Cyrillic block, and any other character.
    fn character() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::char::range('\u{0000}', '\u{007F}'),
            proptest::char::range('\u{0400}', '\u{04FF}'),
            any::<char>()
        ]
    }

    proptest! {
        /// The ranges answer as Unicode's tables do.
        #[test]
        fn ranges_agree_with_unicode(c in character()) {
            prop_assert_eq!(is_alphanumeric(c), c.is_alphanumeric());
            prop_assert_eq!(is_alphabetic(c), c.is_alphabetic());
            prop_assert_eq!(is_uppercase(c), c.is_uppercase());
            prop_assert_eq!(lowercase(&c.to_string()), c.to_lowercase().collect::<String>());
        }
    }

    #[test]
    fn capitals_of_the_alphabets_read() {
        for (upper, lower) in [('Ї', 'ї'), ('Є', 'є'), ('І', 'і'), ('Ґ', 'ґ'), ('Я', 'я'), ('Q', 'q')] {
            assert!(is_uppercase(upper) && !is_uppercase(lower));
            assert_eq!(to_lowercase(upper), lower);
        }
    }
}
