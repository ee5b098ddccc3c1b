# /region: загиблі й поранені в області чи населеному пункті та останні випадки; невідомі й неоднозначні назви.

region-town-is-in = { $town } — { $region }.
region-no-incidents = Для цієї області ще не записано жодного випадку.
region-counted-back = Відлік назад від останнього зведення ({ $date }):
region-last-days =
    • за останні { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[other] { $days } днів
    }: { $killed ->
        [one] { $killed } загиблий
       *[other] { $killed } загиблих
    }, { $wounded ->
        [one] { $wounded } поранений
       *[other] { $wounded } поранених
    }, { $incidents ->
        [one] { $incidents } випадок
        [few] { $incidents } випадки
       *[other] { $incidents } випадків
    }
region-recent-incidents = <b>Останні випадки</b>
region-date-unknown = дата невідома
region-incident-report-day = день { $day }
region-no-casualties = без повідомлень про жертви
# $count обирає форму; $shown — число, як його показано («3+» означає «щонайменше 3»).
region-killed =
    { $count ->
        [one] { $shown } загиблий
       *[other] { $shown } загиблих
    }
region-wounded =
    { $count ->
        [one] { $shown } поранений
       *[other] { $shown } поранених
    }
region-usage = Яка область? Виберіть нижче або надішліть, наприклад, <code>/region Харків</code>.
region-did-you-mean = Я не знаю місця «{ $query }». Можливо, ви мали на увазі:
region-not-found = Я не знаю місця «{ $query }». Спробуйте область або місто, наприклад <code>/region Харків</code> чи <code>/region Краматорськ</code>.
