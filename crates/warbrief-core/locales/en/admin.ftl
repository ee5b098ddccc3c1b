# What maintainers read: refusals and usage lines, /adminhelp, report previews and confirmations, incidents and
# sanctions entered by hand, the team, the audit log, statistics and exports. Arguments are escaped HTML or
# numbers; $day and $id are numbers shown as they are.

admin-maintainers-only = Sorry, that command is only for the bot's maintainers.
admin-button-refused = Sorry, that button is only for the bot's maintainers.
admin-usage =
    { $problem }
    Usage: /{ $command } — { $description }
    Example: <code>{ $example }</code>

## What was wrong with a command's arguments (the first line of a usage answer).

admin-problem-which-day = Which day?
admin-problem-digest-now = Digests go out by themselves at each subscriber's time; 'now' sends them at once.
admin-problem-give-incident-fields = Give the incident's fields.
admin-problem-give-region-or-known-place = Give region= or a place= that I know.
admin-problem-no-report-for-day = There is no report for day { $day }.
admin-problem-which-incident = Which incident? Give its number first.
admin-problem-which-fields = Which fields should change?
admin-problem-incident-number-only = Give the incident's number, and nothing else.
admin-problem-not-a-count = &quot;{ $value }&quot; is not a count (a number such as 3, or 3+ for at least 3)
admin-problem-not-a-date = date &quot;{ $value }&quot; is not YYYY-MM-DD
admin-problem-unknown-place = I don't know the place &quot;{ $value }&quot;; add region= too
admin-problem-not-a-day-number = day &quot;{ $value }&quot; is not a day number
admin-problem-unknown-incident-field = unknown field { $field }= (known: date, region, place, killed, wounded, weapon, text, day)
admin-problem-region-did-you-mean = I don't know the region &quot;{ $value }&quot;; did you mean { $choices }?
admin-problem-or = or
admin-problem-unknown-region = I don't know the region &quot;{ $value }&quot;
admin-problem-too-long = { $field } is longer than { $max } characters
admin-problem-audit-count = Give a number from 1 to { $max }.
admin-problem-export-what = Export incidents, reports or sanctions.
admin-problem-export-dates = Dates are YYYY-MM-DD: from, then optionally to (not before from).
admin-problem-field-missing = { $field }= is missing.
admin-problem-which-entry = Which entry? Give its number first.
admin-problem-entry-number-only = Give the entry's number, and nothing else.
admin-problem-unknown-authority = unknown sanctions authority (known: EU, US, UK, G7, Canada, Japan, Switzerland, Australia, Other)
admin-problem-unknown-sanction-status = unknown sanctions status (known: proposed, adopted, in force, extended, lifted)
admin-problem-empty = { $field } can't be empty
admin-problem-not-a-url = &quot;{ $value }&quot; is not an http(s) URL
admin-problem-unknown-sanction-field = unknown field { $field }= (known: date, authority, title, status, summary, url)
admin-problem-admin-add-or-remove = Give add or remove and a Telegram user id (a positive number).
admin-problem-admin-verb = Give add, remove or list.
admin-problem-not-key-value = expected key=value, found "{ $word }"
admin-problem-unclosed-quote = the quote after { $key }= is not closed
admin-problem-field-twice = { $key }= is given twice

## /adminhelp (each command's description is its command-<name> message in commands.ftl).

admin-help-title = <b>Maintainers' commands</b>
admin-help-fields = Incident fields: date (YYYY-MM-DD or unknown), region, place, killed, wounded (a number; 3+ means at least 3), weapon, text, day (the report it belongs to). Sanctions fields: date, authority, title, status (proposed, adopted, in force, extended, lifted), summary, url.

## Reports.

admin-add-report-usage = Send the report after the command (<code>/addreport Day 345: …</code>), reply to a message that holds it with /addreport, or upload it as a .txt or .md file with the caption /addreport.
admin-report-unusable = I can't use that report: { $error }.
admin-report-unreadable = I can't read that report: { $error }.
# $status is "draft" or "published".
admin-day-already-has-report = <b>Day { $day } already has a report</b> ({ $status ->
    [draft] draft
   *[published] published
}). Replacing it would change:
admin-change-title = title
admin-change-sections = sections
admin-change-incidents = incidents
admin-change-unchanged = • { $what }: unchanged
admin-change = • { $what }: { $before } → { $after }
admin-button-replace = Replace
admin-button-keep-current = Keep current
admin-draft-saved = <b>Draft saved</b>
admin-button-publish = Publish
admin-button-discard = Discard
admin-preview-counts = { $date } · { $sections ->
    [one] 1 section
   *[other] { $sections } sections
} · { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidents
}
admin-and-more = … and { $count } more
admin-no-warnings = No warnings.
# An incident: "2023-02-01 · Kramatorsk, Donetsk · 3+ killed, 20 wounded"; the weapon follows after " · ".
admin-incident-line = { $date } · { $place } · { $killed } killed, { $wounded } wounded
admin-incident-date-unknown = date unknown
admin-incident-from = from { $source }
admin-replacement-dropped = Kept the current report for day { $day }; the new text was dropped.
admin-replacement-gone = That replacement was already applied or dropped.
admin-replacement-unreadable = The pending text no longer reads as that day's report; nothing changed.
admin-alerts-queued = Region alerts queued for { $count ->
    [one] 1 chat
   *[other] { $count } chats
}.
admin-queued-for-channel = Queued for the channel.
admin-replaced-published = Replaced the published report for day { $day }; subscribers see the new text.
admin-draft-discarded = Discarded the draft for day { $day }.
admin-discard-published = Day { $day } is published; use /unpublish { $day } first if you mean to remove it.
admin-no-draft = There is no draft for day { $day }.
admin-no-report = There is no report for day { $day }.
admin-status-unchanged = Day { $day } already is { $status ->
    [draft] draft
   *[published] published
}.
admin-published = Published day { $day }. It is visible in /today, /day { $day } and /region from now on.
admin-unpublished = Day { $day } is a draft again; subscribers no longer see it.
admin-no-digest = No report is published yet, so there is no digest to send.
admin-digest-queued = Queued the day { $day } digest for { $count ->
    [one] 1 chat
   *[other] { $count } chats
}; chats that already had it are skipped. Sending starts at once, at the configured rate.
admin-no-drafts = There are no drafts.
admin-drafts-title = <b>{ $count ->
    [one] 1 draft
   *[other] { $count } drafts
}</b>
admin-draft-line = • Day { $day }: { $title }
admin-button-publish-day = Publish day { $day }
admin-button-discard-day = Discard day { $day }

## Incidents and sanctions by hand.

admin-incident-added = Added incident { $id }: { $line }
admin-incident-undated = It has no date and no report day, so /region's recent incidents and totals leave it out; add date= or day= with /editincident to place it in time.
admin-no-incident = There is no incident { $id }.
admin-incident-changed =
    Changed incident { $id }:
    { $before } →
    { $after }
admin-incident-deleted = Deleted incident { $id }: { $line }
# A sanctions entry: "2023-02-25 · EU · 10th package (adopted)".
admin-sanction-line = { $date } · { $authority } · { $title } ({ $status })
admin-sanction-proposed = proposed
admin-sanction-adopted = adopted
admin-sanction-in-force = in force
admin-sanction-extended = extended
admin-sanction-lifted = lifted
admin-sanction-added = Added sanctions entry { $id }: { $line }
admin-no-sanction = There is no sanctions entry { $id }.
admin-sanction-changed =
    Changed sanctions entry { $id }:
    { $before } →
    { $after }
admin-sanction-deleted = Deleted sanctions entry { $id }: { $line }

## The team.

admin-team =
    <b>Owners</b> (WARBRIEF_ADMINS): { $owners }
    <b>Admins</b>: { $admins }
admin-team-none = none
admin-owners-only = Only owners (WARBRIEF_ADMINS) can add or remove admins.
admin-admin-added = User { $id } is now an admin. Their chat shows the admin commands once they have started the bot.
admin-already-admin = User { $id } already is an admin.
admin-admin-removed = User { $id } is no longer an admin.
admin-owner-not-removed = User { $id } is an owner; owners are set in WARBRIEF_ADMINS.
admin-not-an-admin = User { $id } was not an admin.

## What maintainers read back.

admin-no-changes = No changes have been recorded yet.
admin-audit-title = <b>The latest { $count ->
    [one] 1 change
   *[other] { $count } changes
}</b>
admin-audit-console = console
admin-audit-user = user { $id }
admin-audit-was = was { $before }
admin-stats =
    <b>warbrief statistics</b>
    Subscribers: { $active } active, { $inactive } inactive (blocked or unsubscribed)
    Reports: { $published } published, { $drafts ->
        [one] 1 draft
       *[other] { $drafts } drafts
    }
    Incidents visible: { $incidents }
    Sanctions entries: { $sanctions }
    Deliveries in the last 24 h: { $sent } sent, { $failed } failed; { $waiting } waiting
# The export's caption; $what is "incidents", "reports" or "sanctions", $format "CSV" or "JSON".
admin-export-caption = { $rows } { $what }, as { $format }.
