# A day's report (/today, /day), the latest reports, and what is said when there is none.

report-headline = Day { $day }: { $title }
report-headline-untitled = Day { $day }
report-not-today = (The latest report is from { $date }; there is none for today yet.)
report-source-link = source { $number }
report-button-previous = ◀ Day { $day }
report-button-next = Day { $day } ▶
report-none-yet = No report has been published yet. Please check back later.
report-day-not-come = Day { $day } ({ $date }) hasn't come yet: today is day { $today }.
report-day-not-come-plain = Day { $day } hasn't come yet.
report-no-report-for-day = There is no published report for day { $day } ({ $date }).
report-button-latest = Latest: day { $day }
report-which-day = Which day?
report-not-a-day-number = "{ $input }" is not a day number.
report-day-usage = { $reason } Send /day followed by a number from 1 to { $max }, e.g. <code>/day 344</code>, or a date such as <code>/day 2023-02-02</code>.
report-latest-button = Day { $day } · { $title }
report-latest-heading =
    { $count ->
        [one] The latest report
       *[other] The latest { $count } reports
    }
report-latest-pick = Pick one to read it.
