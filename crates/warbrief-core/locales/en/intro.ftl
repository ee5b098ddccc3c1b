# /start, /help, /about, and a command we don't have.

intro-start =
    👋 <b>warbrief</b> turns the daily reports on Russia's war against Ukraine into answers.

    /today — the latest daily report
    /day 344 — one day's report
    /region Kharkiv — what happened in a region
    /sanctions — the sanctions timeline
    /subscribe — the daily digest each morning, and alerts for regions you follow
    /help — everything else
intro-button-today = 📰 Today
intro-button-regions = 🗺 Regions
intro-button-sanctions = ⚖️ Sanctions
intro-button-digest = 🔔 Daily digest
intro-help-title = <b>What I can do</b>
intro-help-place-names = Place names work in any common spelling: Kharkiv, Kharkov, Харків, "Kharkiv oblast", or a town such as Kramatorsk.
intro-unknown-command = I don't know { $command }. Send /help to see what I can do.
about-latest-is-today = The latest report is today's, day { $day }.
about-latest-was =
    The latest report is for day { $day }, { $date } ({ $ago ->
        [one] { $ago } day
       *[other] { $ago } days
    } ago).
about-no-report-yet = No report has been published yet.
about-text =
    <b>About warbrief</b>

    warbrief serves daily reports on Russia's full-scale war against Ukraine, counted in days since it began on 24 February 2022 (day 1). Maintainers add each report; warbrief reads the casualty incidents out of its text (place, date, killed, wounded, weapon) so you can ask about a region.

    Casualty figures are those reported on the day, often lower bounds ("at least"); they are not official totals. Sanctions entries summarise the decisions of the EU and other authorities, with links to their sources.

    { $currency }
    In the database: { $reports ->
        [one] { $reports } published report
       *[other] { $reports } published reports
    }, { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    }, { $entries ->
        [one] { $entries } sanctions entry
       *[other] { $entries } sanctions entries
    }.
