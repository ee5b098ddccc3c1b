# /region: a region's or town's casualties and recent incidents; unknown and ambiguous names.

region-town-is-in = { $town } is in { $region }.
region-no-incidents = No incidents are recorded for this region yet.
region-counted-back = Counted back from { $date } (latest report):
region-last-days =
    • last { $days } days: { $killed } killed, { $wounded } wounded in { $incidents ->
        [one] { $incidents } incident
       *[other] { $incidents } incidents
    }
region-recent-incidents = <b>Recent incidents</b>
region-date-unknown = date unknown
region-incident-report-day = day { $day }
region-no-casualties = no casualties reported
# $count chooses the form; $shown is the figure as shown ("3+" for "at least 3").
region-killed = { $shown } killed
region-wounded = { $shown } wounded
region-usage = Which region? Pick one below, or send e.g. <code>/region Kharkiv</code>.
region-did-you-mean = I don't know a place called "{ $query }". Did you mean:
region-not-found = I don't know a place called "{ $query }". Try an oblast or a town, e.g. <code>/region Kharkiv</code> or <code>/region Kramatorsk</code>.
