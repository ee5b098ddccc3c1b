# Зведення за день (/today, /day), останні зведення і відповіді, коли зведення немає.

report-headline = День { $day }: { $title }
report-headline-untitled = День { $day }
report-not-today = (Останнє зведення — за { $date }; за сьогодні його ще немає.)
report-source-link = джерело { $number }
report-button-previous = ◀ День { $day }
report-button-next = День { $day } ▶
report-none-yet = Ще не опубліковано жодного зведення. Зазирніть, будь ласка, пізніше.
report-day-not-come = День { $day } ({ $date }) ще не настав: сьогодні день { $today }.
report-day-not-come-plain = День { $day } ще не настав.
report-no-report-for-day = Зведення за день { $day } ({ $date }) не опубліковано.
report-button-latest = Останнє: день { $day }
report-which-day = Який день?
report-not-a-day-number = «{ $input }» — не номер дня.
report-day-usage = { $reason } Надішліть /day і число від 1 до { $max }, наприклад <code>/day 344</code>, або дату, наприклад <code>/day 2023-02-02</code>.
report-latest-button = День { $day } · { $title }
report-latest-heading =
    { $count ->
        [1] Останнє зведення
        [one] Останнє { $count } зведення
        [few] Останні { $count } зведення
       *[other] Останні { $count } зведень
    }
report-latest-pick = Виберіть, яке прочитати.
