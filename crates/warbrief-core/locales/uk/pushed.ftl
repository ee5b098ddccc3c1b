# Що надсилається підписникам: щоденний дайджест, сповіщення про області, сповіщення з дописів.

pushed-more-sections = … і ще { $count } у повному звіті
pushed-casualties-heading = <b>Втрати в цьому звіті</b>
pushed-region-casualties = { $region }: { $killed ->
        [one] { $killed } загиблий
       *[other] { $killed } загиблих
    }, { $wounded ->
        [one] { $wounded } поранений
       *[other] { $wounded } поранених
    }
pushed-more-regions = … і ще { $count ->
        [one] { $count } область
        [few] { $count } області
       *[other] { $count } областей
    }
pushed-button-full-report = 📖 Повний звіт
pushed-button-settings = ⚙️ Налаштування
pushed-from = <i>Джерело: { $source }</i>
pushed-more-incidents = … і ще { $count }
pushed-more-incidents-in-report = … і ще { $count } у повному звіті
