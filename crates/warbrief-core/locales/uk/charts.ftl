# /chart і /map: підписи, що переказують цифри зображення словами; коли нічого малювати; хибні аргументи.

chart-period-one-day = за { $date }
chart-period-days =
    за { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[other] { $days } днів
    } ({ $period })
chart-period = { $from } – { $to }
chart-did-you-mean = Я не знаю «{ $name }». Можливо, ви мали на увазі { $names }? Наприклад, <code>/chart { $example } { $days }</code>.
chart-place-not-found = Я не знаю області чи міста «{ $name }». Спробуйте <code>/chart Харків</code> або <code>/chart</code> для пʼяти найбільш постраждалих областей.
chart-example-place = Харків
chart-nothing-to-chart = Ще не записано жодного випадку, тож будувати графік нема з чого.
chart-any-region = усі області
chart-no-casualties = Загиблих і поранених не записано — { $place }, { $period }; графіка не буде.
chart-region-caption = <b>{ $region }</b>, { $period }: { $killed ->
        [one] { $killed } загиблий
       *[other] { $killed } загиблих
    } і { $wounded ->
        [one] { $wounded } поранений
       *[other] { $wounded } поранених
    }, { $incidents ->
        [one] { $incidents } випадок
        [few] { $incidents } випадки
       *[other] { $incidents } випадків
    }. Найважчий день: { $worst-date } ({ $worst-killed ->
        [one] { $worst-killed } загиблий
       *[other] { $worst-killed } загиблих
    }, { $worst-wounded ->
        [one] { $worst-wounded } поранений
       *[other] { $worst-wounded } поранених
    }).
chart-top-regions-item =
    { $region }: { $killed ->
        [one] { $killed } загиблий
       *[other] { $killed } загиблих
    }, { $wounded ->
        [one] { $wounded } поранений
       *[other] { $wounded } поранених
    }
chart-top-regions-caption =
    <b>Загиблі й поранені за днями</b> у { $count ->
        [one] { $count } найбільш постраждалій області
       *[other] { $count } найбільш постраждалих областях
    }, { $period }: { $list }.
chart-nothing-to-map = Ще не записано жодного випадку, тож позначати на мапі нічого.
chart-blank-map = Загиблих і поранених не записано { $period }, тож мапа була б порожньою.
chart-map-caption = <b>Загиблі й поранені за областями</b>, { $period }: { $killed ->
        [one] { $killed } загиблий
       *[other] { $killed } загиблих
    } і { $wounded ->
        [one] { $wounded } поранений
       *[other] { $wounded } поранених
    }, { $incidents ->
        [one] { $incidents } випадок
        [few] { $incidents } випадки
       *[other] { $incidents } випадків
    } у { $regions ->
        [one] { $regions } області
       *[other] { $regions } областях
    }. Найбільше: { $worst } ({ $worst-value }).
chart-days-usage = «{ $input }» — не та кількість днів, яку я можу намалювати: від 1 до { $max }, наприклад <code>/{ $command } 30</code>.
chart-caption-too-long = Загиблі й поранені за областями (цифри на зображенні).
