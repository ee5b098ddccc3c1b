//! The storage contract: every test body in `contract` runs unchanged against SQLite and PostgreSQL.
//!
//! SQLite tests use a fresh file each. PostgreSQL tests need `WARBRIEF_TEST_POSTGRES_URL` (a server URL such
//! as `postgres://postgres@127.0.0.1:5432/postgres`); each creates and drops a database of its own, so they
//! run in parallel. Without the variable they print that they were not run; CI sets it and fails if the server
//! cannot be reached.

mod contract;
mod support;
mod upgrade;

macro_rules! contract_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let db = crate::support::TestDb::sqlite().await;
                    crate::contract::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(db) = crate::support::TestDb::postgres().await else { return };
                    crate::contract::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
    };
}

contract_tests!(
    migrations_are_idempotent,
    saved_report_reads_back_whole,
    saving_the_same_day_again_updates_it,
    drafts_stay_hidden_until_published,
    reports_version_changes_with_every_report_change,
    neighbours_skip_drafts_and_gaps,
    region_incidents_and_totals_respect_dates_and_visibility,
    report_incidents_are_replaced_not_duplicated,
    report_and_incidents_save_together_or_not_at_all,
    deleting_a_report_removes_its_sections_and_incidents,
    sanctions_page_newest_first_and_filter_by_authority,
    search_finds_published_reports_only_and_survives_query_syntax,
    subscribers_upsert_and_deactivate,
    admins_add_remove_list,
    audit_log_keeps_newest_first,
    rows_that_do_not_parse_are_errors_not_panics,
    incidents_and_sanctions_edit_and_delete_by_id,
    drafts_pending_replacements_and_exports,
    region_follows_add_remove_list,
    the_delivery_queue_enqueues_once_claims_due_rows_and_recovers_expired_leases,
    concurrent_claims_never_share_a_delivery,
    a_chat_is_claimed_by_one_worker_at_a_time_and_not_again_within_the_gap,
    the_send_budget_hands_out_each_slot_once_and_a_pause_holds_everyone,
    a_claimed_delivery_carries_its_chats_quiet_hours_and_topic,
    digests_fall_due_at_local_time_and_are_queued_once,
    alerts_go_to_chats_following_a_region_of_the_report,
    a_migrated_group_keeps_its_settings_and_queue,
    sent_batches_and_released_claims,
    claims_are_released_at_restart_only_where_no_one_else_sends,
    queue_stats_and_the_scheduler_lock,
    daily_casualties_by_region_and_day,
    posts_are_saved_once_added_once_and_discarded_posts_reopen,
    an_added_post_alerts_chats_following_its_regions_once,
    likely_duplicates_match_region_date_place_and_figures,
    an_update_is_seen_first_once_until_it_is_forgotten,
    concurrent_sightings_of_one_update_have_one_first,
    every_write_moves_the_change_feed_at_once,
    a_change_through_another_store_is_heard,
    a_lost_listener_connection_invalidates_everything,
);
