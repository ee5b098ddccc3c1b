# The pictures of /chart and /map: titles, axes, legends, the regions' names on the map, and its credit.

picture-region-chart-title = { $region }: killed and wounded per day
picture-top-chart-title = Killed and wounded per day, hardest-hit regions
picture-map-title = Killed and wounded by region, { $period }
picture-killed = killed
picture-wounded = wounded
picture-axis-people = people
picture-legend-killed-and-wounded = killed + wounded
picture-legend-none = none
picture-map-credit = Outlines: Natural Earth (public domain)
# $region is the ISO code; $name the region's name, for those that fit the map as they are.
picture-map-name =
    { $region ->
        [UA-30] Kyiv City
        [UA-32] Kyiv Oblast
        [UA-26] Ivano-Frank.
        [UA-12] Dnipropetr.
       *[other] { $name }
    }
