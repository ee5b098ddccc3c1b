# Зображення /chart і /map: заголовки, осі, легенди, назви областей на мапі та джерело контурів.

picture-region-chart-title = { $region }: загиблі й поранені за днями
picture-top-chart-title = Загиблі й поранені за днями, найбільш постраждалі області
picture-map-title = Загиблі й поранені за областями, { $period }
picture-killed = загиблі
picture-wounded = поранені
picture-axis-people = осіб
picture-legend-killed-and-wounded = загиблі + поранені
picture-legend-none = немає
picture-map-credit = Контури: Natural Earth (суспільне надбання)
# $region — код ISO; $name — назва області, якщо вона вміщується на мапі.
picture-map-name =
    { $region ->
        [UA-30] м. Київ
        [UA-26] Ів.-Франків.
        [UA-12] Дніпропетр.
        [UA-35] Кіровоград.
        [UA-61] Терноп.
        [UA-68] Хмельниц.
        [UA-43] Крим
       *[other] { $name }
    }
