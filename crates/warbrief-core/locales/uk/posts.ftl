# Що супровідники читають про переслані дописи й статті: попередній перегляд, що сталося з дописом, і
# підтвердження кнопок «Додати» та «Відхилити». Аргументи — екранований HTML (посилання на джерело, назва
# місця) або числа.

post-date-unknown = дата невідома

## Попередній перегляд.

post-preview-forwarded = <b>Пересланий допис</b> від { $source }
post-preview-article = <b>Стаття</b>: { $source }
post-dated-from-title = Дата { $date } — із заголовка.
post-dated-from-dateline = Дата { $date } — з рядка дати й місця.
post-dated-from-day-number = Дата { $date } — з номера дня.
post-dated-from-forwarded-date = Дата { $date } — дата пересланого допису.
post-dated-from-sending-day = Дата { $date } — день надсилання (у тексті дати немає).
post-shown-again-after-discard = Його вже відхиляли; ось він знову.
post-shown-again-in-preview = Цей допис уже в попередньому перегляді; ось він знову.
post-incidents-found = Знайдено { $count ->
    [one] { $count } інцидент
    [few] { $count } інциденти
    [many] { $count } інцидентів
   *[other] { $count } інциденту
}:
# Один інцидент: «Kupiansk, Харківська область · 2 березня 2023 · загиблі: 2, поранені: 5»; зброя — після « · ».
post-incident-summary = { $place } · { $date } · загиблі: { $killed }, поранені: { $wounded }
post-flag-large-figure = понад { $limit } постраждалих від одного удару: перевірте, чи це не загальний підсумок
post-likely-duplicate = схоже на повтор #{ $id } ({ $place }загиблі: { $killed }, поранені: { $wounded }, { $from })
post-duplicate-from-report = звіт за день { $day }
post-duplicate-entered-by-hand = додано вручну
post-preview-more = … і ще { $count }
# Підсумок пояснює кнопки: жоден інцидент не позначено (їх $count).
post-add-adds-all = { $count ->
    [1] <b>Додати</b> додасть його.
    [one] <b>Додати</b> додасть усі { $count } інцидент.
    [few] <b>Додати</b> додасть усі { $count } інциденти.
    [many] <b>Додати</b> додасть усі { $count } інцидентів.
   *[other] <b>Додати</b> додасть усі.
}
# Деякі позначено або схожі на повтори: «Додати» додасть $clean інших, «Додати всі» — усі $total.
post-add-adds-clean = <b>Додати</b> додасть { $clean ->
    [one] { $clean } інцидент
    [few] { $clean } інциденти
    [many] { $clean } інцидентів
   *[other] { $clean } інциденту
} (без позначених ⚠); <b>Додати всі</b> додасть усі { $total }.
post-add-all-adds-all = <b>Додати всі</b> додасть усі { $total }.
post-button-add = Додати
post-button-add-all = Додати всі
post-button-discard = Відхилити

## Що сталося з дописом.

post-already-added = Цей допис уже додано { $date } ({ $count ->
    [one] { $count } інцидент
    [few] { $count } інциденти
    [many] { $count } інцидентів
   *[other] { $count } інциденту
}); повторно нічого не додано.
post-was-discarded = Цей допис відхилено; нічого не додано. Перешліть його знову, щоб побачити попередній перегляд.
post-waiting-in-preview = Цей допис чекає в попередньому перегляді: скористайтеся його кнопками.
post-unusable = Не можу використати цей допис: { $error }.
post-unreadable = Не можу прочитати цей допис: { $error }.
post-no-incidents-in-post = У цьому дописі я не знайшов інцидентів (місць із загиблими чи пораненими), тож нічого не збережено.
post-no-incidents-in-article = У цій статті я не знайшов інцидентів (місць із загиблими чи пораненими), тож нічого не збережено.
post-gone = Цей допис більше не зберігається.
post-no-longer-reads = Текст допису більше не читається; нічого не додано.

## Натиснуто «Додати» або «Відхилити».

# $ids — « (#12, #13)» або порожньо, коли нічого не додано.
post-added = Додано { $count ->
    [one] { $count } інцидент
    [few] { $count } інциденти
    [many] { $count } інцидентів
   *[other] { $count } інциденту
} з { $source }{ $ids }.
post-left-out = Пропущено { $count ->
    [one] { $count } інцидент
    [few] { $count } інциденти
    [many] { $count } інцидентів
   *[other] { $count } інциденту
}: позначені або схожі на повтори.
post-added-show-in-region = { $count ->
    [1] Відтепер його видно в /region.
   *[other] Відтепер їх видно в /region.
}
post-alerts-queued = Сповіщення для регіонів поставлено в чергу для { $count ->
    [one] { $count } чату
   *[other] { $count } чатів
}.
post-discarded-from = Допис від { $source } відхилено; нічого не додано. Перешліть його знову, щоб побачити попередній перегляд.
post-discarded = Допис відхилено; нічого не додано. Перешліть його знову, щоб побачити попередній перегляд.
