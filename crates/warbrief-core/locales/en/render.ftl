# Dates, and the words every reader's reply shares. $weekday is mon … sun; $month is jan … dec.

date-long = { $weekday }, { $day } { $month } { $year }
date-short = { $day } { $month } { $year }
date-weekday =
    { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
date-month-long =
    { $month ->
        [jan] January
        [feb] February
        [mar] March
        [apr] April
        [may] May
        [jun] June
        [jul] July
        [aug] August
        [sep] September
        [oct] October
        [nov] November
       *[dec] December
    }
date-month-short =
    { $month ->
        [jan] Jan
        [feb] Feb
        [mar] Mar
        [apr] Apr
        [may] May
        [jun] Jun
        [jul] Jul
        [aug] Aug
        [sep] Sep
        [oct] Oct
        [nov] Nov
       *[dec] Dec
    }
button-expired = This button has expired — send the command again.
date-day-month = { $day } { $month }
