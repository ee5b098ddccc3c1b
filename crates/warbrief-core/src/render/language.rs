//! `/language` and its buttons: the choice of the language the bot answers a chat in.

use super::i18n::{Arg, t, t_args};
use super::{Action, Button, ECHO_CHARS, Reply};
use crate::Lang;
use crate::html::truncate;

/// The choice, in the chat's current language; the language in use is ticked. Each button is labelled in
/// its own language, so a reader of either finds theirs.
pub fn language_menu(lang: Lang) -> Reply {
    let button = |choice: Lang, key: &str| {
        let label = t(choice, key);
        let label = if choice == lang { format!("✓ {label}") } else { label };
        Button::new(label, Action::Language(choice))
    };
    Reply::text(t(lang, "language-menu")).with_buttons(vec![vec![
        button(Lang::En, "language-button-english"),
        button(Lang::Uk, "language-button-ukrainian"),
    ]])
}

/// Said in the language just chosen.
pub fn language_chosen(lang: Lang) -> Reply {
    Reply::text(t(lang, "language-chosen"))
}

/// A command's one-line description for Telegram's menu and /help (`command` without the slash).
pub fn command_description(lang: Lang, command: &str) -> String {
    t(lang, &format!("command-{command}"))
}

/// `/language` at the console, which has no chat to store the choice with.
pub fn language_at_the_console(lang: Lang) -> Reply {
    Reply::text(t(lang, "language-at-the-console"))
}

/// `/language` with a language we don't speak.
pub fn language_unknown(lang: Lang, input: &str) -> Reply {
    Reply::text(t_args(lang, "language-unknown", &[("input", Arg::text(&truncate(input, ECHO_CHARS)))]))
        .with_buttons(language_menu(lang).buttons)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::{MESSAGE_LIMIT, validate_telegram_html};

    #[test]
    fn the_menu_ticks_the_language_in_use_and_names_each_in_its_own() {
        for lang in Lang::all() {
            let menu = language_menu(*lang);
            validate_telegram_html(&menu.html, MESSAGE_LIMIT).unwrap();
            let labels: Vec<&str> = menu.buttons[0].iter().map(|button| button.label.as_str()).collect();
            let actions: Vec<Action> = menu.buttons[0].iter().map(|button| button.action).collect();
            assert_eq!(actions, [Action::Language(Lang::En), Action::Language(Lang::Uk)]);
            match lang {
                Lang::En => assert_eq!(labels, ["✓ English", "Українська"]),
                Lang::Uk => assert_eq!(labels, ["English", "✓ Українська"]),
            }
        }
        assert!(language_menu(Lang::Uk).html.starts_with("Якою мовою"));
        assert_eq!(language_chosen(Lang::Uk).html, "Відтепер я відповідатиму українською.");
        let unknown = language_unknown(Lang::En, "<b>Klingon</b>");
        assert!(unknown.html.contains("&lt;b&gt;Klingon"), "{}", unknown.html);
        validate_telegram_html(&unknown.html, MESSAGE_LIMIT).unwrap();
    }
}
