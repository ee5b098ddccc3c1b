# Дати та слова, спільні для відповідей читачам. $weekday — mon … sun; $month — jan … dec.

date-long = { $weekday }, { $day } { $month } { $year } р.
date-short = { $day } { $month } { $year }
date-weekday =
    { $weekday ->
        [mon] понеділок
        [tue] вівторок
        [wed] середа
        [thu] четвер
        [fri] пʼятниця
        [sat] субота
       *[sun] неділя
    }
# Назви місяців у родовому відмінку: «2 лютого».
date-month-long =
    { $month ->
        [jan] січня
        [feb] лютого
        [mar] березня
        [apr] квітня
        [may] травня
        [jun] червня
        [jul] липня
        [aug] серпня
        [sep] вересня
        [oct] жовтня
        [nov] листопада
       *[dec] грудня
    }
date-month-short =
    { $month ->
        [jan] січ.
        [feb] лют.
        [mar] бер.
        [apr] квіт.
        [may] трав.
        [jun] черв.
        [jul] лип.
        [aug] серп.
        [sep] вер.
        [oct] жовт.
        [nov] лист.
       *[dec] груд.
    }
button-expired = Ця кнопка застаріла — надішліть команду ще раз.
date-day-month = { $day } { $month }
