//! The reading commands anyone may send: /today, /day, /latest, /region, /sanctions, /search, /about, /help.

use chrono::{DateTime, Days, NaiveDate, Utc};
use warbrief_core::gazetteer::{self, Lookup, Place};
use warbrief_core::post::IncidentSource;
use warbrief_core::render::{self, Reply};
use warbrief_core::{Authority, DAY_ONE, DayNumber, Incident, Lang, RegionCode};
use warbrief_storage::StoreError;

use crate::app::arguments::{DayArgument, SanctionsArgument};
use crate::app::request::{self, Audience};
use crate::app::{Answerer, TodayCache};

/// How many incidents /region fetches before putting a town's own first and showing the top ten.
const REGION_FETCH: u32 = 50;

/// Date bounds that take in every incident. (Not `NaiveDate::MIN`/`MAX`: SQLite compares dates as text, and
/// their signed years would sort wrongly.)
const EARLIEST_INCIDENT: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("valid date");
const LATEST_INCIDENT: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid date");

impl Answerer {
    pub(crate) fn today_date(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.timezone).date_naive()
    }

    pub(super) async fn today(&self, lang: Lang, now: DateTime<Utc>) -> Result<Vec<Reply>, StoreError> {
        let today = self.today_date(now);
        // Read before the database: a change committed after this makes the generation differ next time.
        let generation = self.store.changes().current().map(|generations| generations.reports);
        if let Some(cached) = self.today_cache.lock().expect("cache lock").get(&lang)
            && generation.is_some()
            && cached.generation == generation
            && cached.today == today
        {
            // No report has changed anywhere since the reply was made: no database round trip.
            return Ok(cached.replies.clone());
        }
        // The feed cannot vouch for it (a change, or the feed is down): one cheap query tells whether the
        // cached answer still holds, on this instance or any other.
        let version = self.store.reports_version().await?;
        if let Some(cached) = self.today_cache.lock().expect("cache lock").get_mut(&lang)
            && cached.version == version
            && cached.today == today
        {
            cached.generation = generation;
            return Ok(cached.replies.clone());
        }
        let Some(day) = version.latest_published else {
            return Ok(vec![render::no_reports_yet(lang)]);
        };
        let Some(report) = self.store.published_report(day).await? else {
            // Unpublished between the two queries: answer from the database as it is now.
            return Box::pin(self.today(lang, now)).await;
        };
        let (previous, next) = self.store.published_neighbours(report.day).await?;
        let replies = render::report(lang, &render::ReportView { report: &report, previous, next, today });
        self.today_cache
            .lock()
            .expect("cache lock")
            .insert(lang, TodayCache { version, generation, today, replies: replies.clone() });
        Ok(replies)
    }

    pub(super) async fn day(
        &self,
        lang: Lang,
        argument: &DayArgument,
        now: DateTime<Utc>,
    ) -> Result<Vec<Reply>, StoreError> {
        let reply = match argument {
            DayArgument::Day(day) => return self.show_day(lang, *day, now).await,
            DayArgument::Zero => render::misc::day_zero(lang),
            DayArgument::BeforeDayOne => render::misc::date_before_day_one(lang),
            DayArgument::TooFarAhead => render::misc::date_too_far_ahead(lang),
            DayArgument::NotYet(digits) => {
                render::misc::day_not_yet(lang, digits, DayNumber::from_date(self.today_date(now)).ok())
            }
            DayArgument::Unreadable(text) => render::day_usage(lang, text),
        };
        Ok(vec![reply])
    }

    pub(super) async fn show_day(
        &self,
        lang: Lang,
        day: DayNumber,
        now: DateTime<Utc>,
    ) -> Result<Vec<Reply>, StoreError> {
        let today = self.today_date(now);
        match self.store.published_report(day).await? {
            Some(report) => {
                let (previous, next) = self.store.published_neighbours(day).await?;
                Ok(render::report(lang, &render::ReportView { report: &report, previous, next, today }))
            }
            None => {
                let latest = self.store.latest_published_day().await?;
                Ok(vec![render::no_report_for_day(lang, day, today, latest)])
            }
        }
    }

    pub(super) async fn region(&self, lang: Lang, argument: &str) -> Result<Vec<Reply>, StoreError> {
        if argument.is_empty() {
            return Ok(vec![render::region_usage(lang)]);
        }
        let reply = match gazetteer::lookup(argument) {
            Lookup::Found(Place::Region(region)) => self.show_region(lang, region, None).await?,
            Lookup::Found(Place::Settlement(settlement)) => {
                self.show_region(lang, settlement.region, Some(settlement)).await?
            }
            Lookup::DidYouMean(candidates) => render::region_did_you_mean(lang, argument, &candidates),
            Lookup::NotFound => render::region_not_found(lang, argument),
        };
        Ok(vec![reply])
    }

    pub(super) async fn show_region(
        &self,
        lang: Lang,
        region: RegionCode,
        focus: Option<gazetteer::Settlement>,
    ) -> Result<Reply, StoreError> {
        let latest_report = self.store.latest_published_day().await?.map(DayNumber::date);
        let latest_incident = self.store.latest_incident_date().await?;
        let as_of = latest_report.max(latest_incident);
        let Some(as_of) = as_of else {
            let view = render::RegionView {
                region,
                focus,
                as_of: None,
                last_7_days: Default::default(),
                last_30_days: Default::default(),
                recent: &[],
            };
            return Ok(render::region(lang, &view));
        };
        let back = |days: u64| as_of.checked_sub_days(Days::new(days)).unwrap_or(DAY_ONE);
        let last_7_days = self.store.region_totals(region, back(6), as_of).await?;
        let last_30_days = self.store.region_totals(region, back(29), as_of).await?;
        let recent: Vec<(Incident, Option<IncidentSource>)> = self
            .store
            .incidents_in_region(region, EARLIEST_INCIDENT, LATEST_INCIDENT, REGION_FETCH)
            .await?
            .into_iter()
            .map(|stored| (stored.incident, stored.source))
            .collect();
        let view = render::RegionView { region, focus, as_of: Some(as_of), last_7_days, last_30_days, recent: &recent };
        Ok(render::region(lang, &view))
    }

    pub(super) async fn sanctions_command(
        &self,
        lang: Lang,
        argument: &SanctionsArgument,
    ) -> Result<Vec<Reply>, StoreError> {
        let authority = match argument {
            SanctionsArgument::All => None,
            SanctionsArgument::Authority(authority) => Some(*authority),
            SanctionsArgument::Unknown(text) => return Ok(vec![render::sanctions_usage(lang, text)]),
        };
        Ok(vec![self.sanctions(lang, authority, 0).await?])
    }

    pub(super) async fn sanctions(
        &self,
        lang: Lang,
        authority: Option<Authority>,
        page: u32,
    ) -> Result<Reply, StoreError> {
        let listing = self.store.sanctions(authority, page, render::SANCTIONS_PAGE_SIZE).await?;
        let entries: Vec<_> = listing.items.into_iter().map(|(_, entry)| entry).collect();
        Ok(render::sanctions(
            lang,
            &render::SanctionsView { authority, page, entries: &entries, has_next_page: listing.has_more },
        ))
    }
}

impl Answerer {
    pub(super) async fn latest(&self, lang: Lang) -> Result<Vec<Reply>, StoreError> {
        let reports = self.store.latest_published_days(LATEST_COUNT).await?;
        Ok(vec![render::latest(lang, &reports)])
    }

    pub(super) async fn search(&self, lang: Lang, query: &str) -> Result<Vec<Reply>, StoreError> {
        if query.trim().is_empty() {
            return Ok(vec![render::search_usage(lang)]);
        }
        let hits = self.store.search_reports(query, render::SEARCH_LIMIT).await?;
        let results: Vec<render::SearchResult> = hits
            .into_iter()
            .map(|hit| render::SearchResult { day: hit.day, title: hit.title, snippet: hit.snippet })
            .collect();
        Ok(vec![render::search(lang, query, &results)])
    }

    pub(super) async fn about(&self, lang: Lang, now: DateTime<Utc>) -> Result<Vec<Reply>, StoreError> {
        let (published_reports, _) = self.store.count_reports().await?;
        let view = render::AboutView {
            published_reports,
            incidents: self.store.count_visible_incidents().await?,
            sanctions_entries: self.store.count_sanctions().await?,
            latest: self.store.latest_published_day().await?,
            today: self.today_date(now),
        };
        Ok(vec![render::about(lang, &view)])
    }
}

/// How many reports /latest offers.
const LATEST_COUNT: u32 = 7;

pub(super) fn help(lang: Lang) -> Reply {
    let commands: Vec<(String, String)> = request::commands_for(Audience::Everyone)
        .map(|spec| (format!("/{}", spec.name), render::command_description(lang, spec.name)))
        .collect();
    render::help(lang, &commands)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use warbrief_core::render::Action;
    use warbrief_core::{Block, ChatId, Lang, Report, ReportStatus, Section, Subscriber};
    use warbrief_storage::{Changes, Generations, Store};

    use crate::app::Caller;
    use crate::app::request::Command;

    use super::*;

    fn report(day: u32, status: ReportStatus) -> Report {
        Report {
            day: DayNumber::new(day).unwrap(),
            title: format!("Report {day}"),
            sections: vec![Section { heading: String::new(), blocks: vec![Block::Paragraph("Text.".into())] }],
            sources: vec![],
            status,
        }
    }

    fn navigation(replies: &[Reply]) -> Vec<Action> {
        replies.last().unwrap().buttons.iter().flatten().map(|button| button.action).collect()
    }

    /// /today is cached; every change to the reports must show in the next answer.
    #[tokio::test]
    pub(super) async fn today_follows_every_report_change() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        let answerer = Answerer::new(store.clone(), chrono_tz::Europe::Kyiv);
        let now = Utc.with_ymd_and_hms(2023, 2, 3, 12, 0, 0).unwrap();
        let day = |n| DayNumber::new(n).unwrap();
        let today = || async { answerer.command(Caller::Console, &Command::Today, now).await };

        assert!(today().await[0].html.contains("No report has been published yet"));
        store.save_report(&report(344, ReportStatus::Published), now).await.unwrap();
        assert!(today().await[0].html.contains("Day 344: Report 344"));
        assert!(today().await[0].html.contains("Day 344: Report 344"), "served from the cache");

        store.save_report(&report(340, ReportStatus::Published), now).await.unwrap();
        assert_eq!(navigation(&today().await), [Action::Day(day(340))]);
        store.save_report(&report(342, ReportStatus::Draft), now).await.unwrap();
        store.set_report_status(day(342), ReportStatus::Published, now + chrono::Duration::seconds(1)).await.unwrap();
        assert_eq!(navigation(&today().await), [Action::Day(day(342))], "an older day published");

        store.save_report(&report(345, ReportStatus::Published), now).await.unwrap();
        assert!(today().await[0].html.contains("Day 345: Report 345"), "a newer day published");
        store.delete_report(day(345)).await.unwrap();
        assert!(today().await[0].html.contains("Day 344: Report 344"), "the newest deleted");

        let next_day = now + chrono::Duration::days(1);
        let answer = answerer.command(Caller::Console, &Command::Today, next_day).await;
        assert!(answer[0].html.contains("there is none for today yet"));
    }

    /// A reader whose Telegram speaks Ukrainian is answered in Ukrainian, and an English one as before.
    #[tokio::test]
    async fn a_ukrainian_reader_is_answered_in_ukrainian() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        let answerer = Answerer::new(store.clone(), chrono_tz::Europe::Kyiv);
        let now = Utc.with_ymd_and_hms(2023, 2, 3, 12, 0, 0).unwrap();
        store.save_report(&report(344, ReportStatus::Published), now).await.unwrap();
        let reader = |language| Caller::User { id: 7, chat: 7, language: Some(language), topic: None };
        let ask = |language, command: Command| {
            let answerer = answerer.clone();
            async move { answerer.command(reader(language), &command, now).await }
        };

        let today = ask(Lang::Uk, Command::Today).await;
        assert!(today[0].html.contains("<i>четвер, 2 лютого 2023 р.</i>"), "{}", today[0].html);
        assert!(today[0].html.contains("за сьогодні його ще немає"));
        assert!(ask(Lang::En, Command::Today).await[0].html.contains("there is none for today yet"));
        assert!(ask(Lang::Uk, Command::Today).await[0].html.contains("лютого"), "each language cached apart");

        let region = ask(Lang::Uk, Command::Region("Харків".into())).await;
        assert!(region[0].html.starts_with("<b>Харківська область</b>"), "{}", region[0].html);
        assert!(region[0].html.contains("ще не записано жодного випадку"));
        let unknown = ask(Lang::Uk, Command::Region("Нарнія".into())).await;
        assert!(unknown[0].html.contains("Я не знаю місця «Нарнія»"), "{}", unknown[0].html);
        assert!(unknown[0].buttons.iter().flatten().any(|button| button.label == "Харківська"));

        let help = ask(Lang::Uk, Command::Help).await;
        assert!(help[0].html.starts_with("<b>Що я вмію</b>"), "{}", help[0].html);
        assert!(help[0].html.contains("Назви місць"));
        assert!(!help[0].html.contains("the latest daily report"), "{}", help[0].html);

        let settings = ask(Lang::Uk, Command::Settings).await;
        assert!(settings[0].html.contains("<b>Ваші підписки</b>"), "{}", settings[0].html);
        assert!(settings[0].html.contains("Щоденний дайджест: <b>вимкнено</b>"));
        let labels: Vec<&str> = settings[0].buttons.iter().flatten().map(|button| button.label.as_str()).collect();
        assert!(labels.contains(&"➕ Стежити за областю"), "{labels:?}");

        let english = ask(Lang::En, Command::Settings).await;
        assert!(english[0].html.contains("<b>Your subscriptions</b>"));
    }

    /// Two instances on one PostgreSQL database (`WARBRIEF_TEST_POSTGRES_URL`): a report published and a
    /// language chosen through the other show in this one's next answers once its notification is heard.
    #[tokio::test]
    async fn answers_follow_changes_made_by_another_instance() {
        let Ok(server) = std::env::var("WARBRIEF_TEST_POSTGRES_URL") else {
            eprintln!("WARBRIEF_TEST_POSTGRES_URL is unset: the two-instance cache test was not run");
            return;
        };
        let database = format!("warbrief_test_answers_{}", std::process::id());
        let admin = sqlx::PgPool::connect(&server).await.expect("PostgreSQL test server");
        sqlx::query(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)")).execute(&admin).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {database}")).execute(&admin).await.unwrap();
        let mut url = url::Url::parse(&server).unwrap();
        url.set_path(&format!("/{database}"));
        let here = Store::open(url.as_str()).await.unwrap();
        let there = Store::connect(url.as_str()).await.unwrap();
        let answerer = Answerer::new(here.clone(), chrono_tz::Europe::Kyiv);
        let now = Utc.with_ymd_and_hms(2023, 2, 3, 12, 0, 0).unwrap();
        let reader = Caller::User { id: 7, chat: 7, language: None, topic: None };
        let today = || async { answerer.command(reader, &Command::Today, now).await[0].html.clone() };
        let mut changes = here.changes();
        hear(&mut changes, |_| true).await;

        assert!(today().await.contains("No report has been published yet"));
        assert!(today().await.contains("No report has been published yet"), "from memory");
        let before = changes.current().unwrap();
        there.save_report(&report(344, ReportStatus::Published), now).await.unwrap();
        hear(&mut changes, |heard| heard.reports != before.reports).await;
        assert!(today().await.contains("Day 344: Report 344"), "published on the other instance");

        let before = changes.current().unwrap();
        let mut settings = Subscriber::new(ChatId(7), chrono_tz::Europe::Kyiv, chrono::NaiveTime::MIN);
        settings.language = Some(Lang::Uk);
        there.upsert_subscriber(&settings, now).await.unwrap();
        hear(&mut changes, |heard| heard.chats != before.chats).await;
        assert!(today().await.contains("День 344"), "the language chosen on the other instance");

        here.close().await;
        there.close().await;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)")).execute(&admin).await.unwrap();
    }

    /// Waits until the change feed is live and `done` holds of it: a guard against hanging, not a timing
    /// assertion.
    async fn hear(changes: &mut Changes, done: impl Fn(Generations) -> bool) {
        let heard = async {
            while !changes.current().is_some_and(&done) {
                assert!(changes.changed().await, "the store is gone");
            }
        };
        tokio::time::timeout(std::time::Duration::from_secs(30), heard).await.expect("the change was heard");
    }
}
