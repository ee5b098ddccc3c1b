# /chart and /map: captions that say a picture's figures in words; nothing to draw; bad arguments.

chart-period-one-day = on { $date }
chart-period-days = the { $days } days { $period }
chart-period = { $from } – { $to }
chart-did-you-mean = I don't know "{ $name }". Did you mean { $names }? For example <code>/chart { $example } { $days }</code>.
chart-place-not-found = I don't know a region or town called "{ $name }". Try <code>/chart Kharkiv</code>, or <code>/chart</code> for the five hardest-hit regions.
chart-example-place = Kharkiv
chart-nothing-to-chart = No incidents have been recorded yet, so there is nothing to chart.
chart-any-region = any region
chart-no-casualties = No casualties are recorded in { $place } in { $period }, so there is no chart to draw.
chart-region-caption = <b>{ $region }</b>, { $period }: { $killed } killed and { $wounded } wounded in { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    }. Worst day: { $worst-date } ({ $worst-killed } killed, { $worst-wounded } wounded).
chart-top-regions-item = { $region } { $killed } killed, { $wounded } wounded
chart-top-regions-caption = <b>Killed and wounded per day</b> in the { $count } hardest-hit regions, { $period }: { $list }.
chart-nothing-to-map = No incidents have been recorded yet, so there is nothing to map.
chart-blank-map = No casualties are recorded in { $period }, so the map would be blank.
chart-map-caption = <b>Killed and wounded by region</b>, { $period }: { $killed } killed and { $wounded } wounded in { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    } across { $regions ->
        [one] { $regions } region
       *[other] { $regions } regions
    }. Most: { $worst } ({ $worst-value }).
chart-days-usage = "{ $input }" is not a number of days I can draw: use 1 to { $max }, e.g. <code>/{ $command } 30</code>.
chart-caption-too-long = Casualties by region (figures in the picture).
