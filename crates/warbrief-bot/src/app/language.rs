//! `/language` and its buttons: the chat's choice of the language it is answered in, stored with its
//! settings. The choice wins over the user's Telegram language and the bot's default.

use chrono::{DateTime, Utc};
use warbrief_core::Lang;
use warbrief_core::render::{self, Reply};
use warbrief_storage::StoreError;

use crate::app::arguments::LanguageArgument;
use crate::app::{Answerer, Caller};

type Answer = Result<Vec<Reply>, StoreError>;

impl Answerer {
    /// `/language`: the choice; `/language uk`: chosen.
    pub(super) async fn language_command(
        &self,
        caller: Caller,
        argument: &LanguageArgument,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> Answer {
        match argument {
            LanguageArgument::Menu => Ok(vec![render::language_menu(lang)]),
            LanguageArgument::Set(chosen) => self.choose_language(caller, *chosen, lang, now).await,
            LanguageArgument::Unknown(input) => Ok(vec![render::language_unknown(lang, input)]),
        }
    }

    /// Stores the chat's choice and says so in the language chosen. At the console, which has no chat, the
    /// language is chosen when it starts (`--lang`), so nothing is stored and it says that.
    pub(super) async fn choose_language(&self, caller: Caller, chosen: Lang, lang: Lang, now: DateTime<Utc>) -> Answer {
        let Some(chat) = caller.chat() else {
            return Ok(vec![render::language_at_the_console(lang)]);
        };
        let (mut settings, _) = self.settings_of(chat).await?;
        settings.language = Some(chosen);
        // A command from the chat shows it can be reached again.
        settings.active = true;
        self.store.upsert_subscriber(&settings, now).await?;
        Ok(vec![render::language_chosen(chosen)])
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use warbrief_core::render::Action;
    use warbrief_core::{ChatId, Subscriber};
    use warbrief_storage::Store;

    use super::*;
    use crate::app::request::{Command, Parsed, parse};

    fn command(text: &str) -> Command {
        match parse(text, None) {
            Parsed::Command(command) => command,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[tokio::test]
    async fn a_chats_choice_wins_over_its_users_telegram_language_and_groups_keep_theirs() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        let answerer = Answerer::new(store.clone(), chrono_tz::Europe::Kyiv);
        let now = Utc.with_ymd_and_hms(2023, 2, 3, 12, 0, 0).unwrap();
        let ukrainian_user = Caller::User { id: 5, chat: 5, language: Some(Lang::Uk), topic: None };
        let in_a_group = Caller::User { id: 5, chat: -100_200, language: Some(Lang::Uk), topic: None };

        assert_eq!(answerer.language(ukrainian_user).await, Lang::Uk, "Telegram's language_code");
        assert_eq!(answerer.language(in_a_group).await, Lang::En, "a group: the default, not the member's");
        assert_eq!(answerer.clone().with_language(Lang::Uk).language(in_a_group).await, Lang::Uk);

        let menu = answerer.command(ukrainian_user, &command("/language"), now).await;
        assert!(menu[0].html.starts_with("Якою мовою"), "{}", menu[0].html);
        let chosen = answerer.command(ukrainian_user, &command("/language en"), now).await;
        assert_eq!(chosen[0].html, "I'll answer in English from now on.");
        assert_eq!(answerer.language(ukrainian_user).await, Lang::En, "the choice wins");
        let stored = store.subscriber(ChatId(5)).await.unwrap().unwrap();
        assert_eq!((stored.language, stored.digest), (Some(Lang::En), false), "choosing subscribes to nothing");

        let pressed = answerer.action(in_a_group, Action::Language(Lang::Uk), now).await;
        assert_eq!(pressed[0].html, "Відтепер я відповідатиму українською.");
        assert_eq!(answerer.language(in_a_group).await, Lang::Uk);
        assert_eq!(answerer.language(ukrainian_user).await, Lang::En, "one chat's choice is its own");

        let unknown = answerer.command(ukrainian_user, &command("/language klingon"), now).await;
        assert!(unknown[0].html.contains("\"klingon\""), "{}", unknown[0].html);
        assert_eq!(unknown[0].buttons[0].len(), 2);
        // A Ukrainian user who subscribes without choosing keeps Ukrainian for the digests sent to the chat.
        let subscriber = Caller::User { id: 6, chat: 6, language: Some(Lang::Uk), topic: None };
        answerer.command(subscriber, &command("/subscribe"), now).await;
        assert_eq!(store.subscriber(ChatId(6)).await.unwrap().unwrap().language, Some(Lang::Uk));
        // A chat stored before languages were kept takes its user's Telegram language at its next message.
        let older =
            Subscriber::new(ChatId(8), chrono_tz::Europe::Kyiv, chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        store.upsert_subscriber(&older, now).await.unwrap();
        let its_user = Caller::User { id: 8, chat: 8, language: Some(Lang::Uk), topic: None };
        answerer.command(its_user, &command("/today"), now).await;
        assert_eq!(store.subscriber(ChatId(8)).await.unwrap().unwrap().language, Some(Lang::Uk));
        let console = answerer.command(Caller::Console, &command("/language uk"), now).await;
        assert!(console[0].html.contains("--lang uk"), "{}", console[0].html);
    }
}
