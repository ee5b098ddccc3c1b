# /sanctions: хронологія, сторінка за сторінкою.

sanctions-heading = <b>Хронологія санкцій</b> · { $scope } · сторінка { $page }
sanctions-all-authorities = усі органи
sanctions-authority =
    { $authority ->
        [EU] ЄС
        [US] США
        [UK] Велика Британія
        [G7] G7
        [Canada] Канада
        [Japan] Японія
        [Switzerland] Швейцарія
        [Australia] Австралія
       *[Other] інші
    }
sanctions-status =
    { $status ->
        [proposed] запропоновано
        [adopted] ухвалено
        [extended] продовжено
        [lifted] скасовано
       *[other] чинні
    }
sanctions-none-yet = Записів про санкції ще немає.
sanctions-no-more = Більше записів немає.
sanctions-source = джерело
sanctions-button-newer = ◀ Новіші
sanctions-button-older = Давніші ▶
sanctions-usage = Я не знаю органу «{ $input }». Надішліть /sanctions без нічого або з одним із: { $known }.
