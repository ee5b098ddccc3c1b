# Що читають супровідники: відмови й рядки використання, /adminhelp, попередні перегляди й підтвердження
# звітів, інциденти й санкції, внесені вручну, команда, журнал змін, статистика й експорт. Аргументи —
# екранований HTML або числа; $day і $id — числа, показані як є.

admin-maintainers-only = Вибачте, ця команда лише для супровідників бота.
admin-button-refused = Вибачте, ця кнопка лише для супровідників бота.
admin-usage =
    { $problem }
    Використання: /{ $command } — { $description }
    Приклад: <code>{ $example }</code>

## Що не так з аргументами команди (перший рядок відповіді про використання).

admin-problem-which-day = Який день?
admin-problem-digest-now = Дайджести надходять самі, у час кожного підписника; «now» надсилає їх негайно.
admin-problem-give-incident-fields = Вкажіть поля інциденту.
admin-problem-give-region-or-known-place = Вкажіть region= або place= з відомим мені місцем.
admin-problem-no-report-for-day = Звіту за день { $day } немає.
admin-problem-which-incident = Який інцидент? Спершу вкажіть його номер.
admin-problem-which-fields = Які поля змінити?
admin-problem-incident-number-only = Вкажіть номер інциденту, і більше нічого.
admin-problem-not-a-count = «{ $value }» — не кількість (число, як-от 3, або 3+ — щонайменше 3)
admin-problem-not-a-date = дата «{ $value }» не у форматі YYYY-MM-DD
admin-problem-unknown-place = Я не знаю місця «{ $value }»; додайте ще region=
admin-problem-not-a-day-number = день «{ $value }» — не номер дня
admin-problem-unknown-incident-field = невідоме поле { $field }= (відомі: date, region, place, killed, wounded, weapon, text, day)
admin-problem-region-did-you-mean = Я не знаю регіону «{ $value }»; можливо, це { $choices }?
admin-problem-or = чи
admin-problem-unknown-region = Я не знаю регіону «{ $value }»
admin-problem-too-long = { $field } довше за { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}
admin-problem-audit-count = Вкажіть число від 1 до { $max }.
admin-problem-export-what = Експортувати можна incidents (інциденти), reports (звіти) або sanctions (санкції).
admin-problem-export-dates = Дати у форматі YYYY-MM-DD: від, а потім, за бажанням, до (не раніше за «від»).
admin-problem-field-missing = Бракує { $field }=.
admin-problem-which-entry = Який запис? Спершу вкажіть його номер.
admin-problem-entry-number-only = Вкажіть номер запису, і більше нічого.
admin-problem-unknown-authority = невідомий орган санкцій (відомі: EU, US, UK, G7, Canada, Japan, Switzerland, Australia, Other)
admin-problem-unknown-sanction-status = невідомий статус санкцій (відомі: proposed, adopted, in force, extended, lifted)
admin-problem-empty = { $field } не може бути порожнім
admin-problem-not-a-url = «{ $value }» — не адреса http(s)
admin-problem-unknown-sanction-field = невідоме поле { $field }= (відомі: date, authority, title, status, summary, url)
admin-problem-admin-add-or-remove = Вкажіть add або remove та ідентифікатор користувача Telegram (додатне число).
admin-problem-admin-verb = Вкажіть add, remove або list.
admin-problem-not-key-value = очікую ключ=значення, а маю «{ $word }»
admin-problem-unclosed-quote = лапки після { $key }= не закрито
admin-problem-field-twice = { $key }= вказано двічі

## /adminhelp (опис кожної команди — її повідомлення command-<name> у commands.ftl).

admin-help-title = <b>Команди супровідників</b>
admin-help-fields = Поля інциденту: date (YYYY-MM-DD або unknown), region, place, killed (загиблі), wounded (поранені; число, 3+ — щонайменше 3), weapon (зброя), text, day (звіт, до якого він належить). Поля санкцій: date, authority (орган), title, status (proposed, adopted, in force, extended, lifted), summary, url.

## Звіти.

admin-add-report-usage = Надішліть звіт після команди (<code>/addreport Day 345: …</code>), дайте відповідь /addreport на повідомлення зі звітом або завантажте його файлом .txt чи .md з підписом /addreport.
admin-report-unusable = Не можу використати цей звіт: { $error }.
admin-report-unreadable = Не можу прочитати цей звіт: { $error }.
# $status — «draft» або «published».
admin-day-already-has-report = <b>За день { $day } звіт уже є</b> ({ $status ->
    [draft] чернетка
   *[published] опублікований
}). Заміна змінить:
admin-change-title = заголовок
admin-change-sections = розділи
admin-change-incidents = інциденти
admin-change-unchanged = • { $what }: без змін
admin-change = • { $what }: { $before } → { $after }
admin-button-replace = Замінити
admin-button-keep-current = Лишити чинний
admin-draft-saved = <b>Чернетку збережено</b>
admin-button-publish = Опублікувати
admin-button-discard = Відхилити
admin-preview-counts = { $date } · { $sections ->
    [one] { $sections } розділ
    [few] { $sections } розділи
    [many] { $sections } розділів
   *[other] { $sections } розділу
} · { $incidents ->
    [one] { $incidents } інцидент
    [few] { $incidents } інциденти
    [many] { $incidents } інцидентів
   *[other] { $incidents } інциденту
}
admin-and-more = … і ще { $count }
admin-no-warnings = Попереджень немає.
# Інцидент: «2023-02-01 · Kramatorsk, Донецька область · загиблі: 3+, поранені: 20»; зброя — після « · ».
admin-incident-line = { $date } · { $place } · загиблі: { $killed }, поранені: { $wounded }
admin-incident-date-unknown = дата невідома
admin-incident-from = джерело: { $source }
admin-replacement-dropped = Чинний звіт за день { $day } лишився; новий текст відкинуто.
admin-replacement-gone = Цю заміну вже застосовано або відкинуто.
admin-replacement-unreadable = Текст, що чекав, більше не читається як звіт за той день; нічого не змінено.
admin-alerts-queued = Сповіщення для регіонів поставлено в чергу для { $count ->
    [one] { $count } чату
   *[other] { $count } чатів
}.
admin-queued-for-channel = Поставлено в чергу для каналу.
admin-replaced-published = Опублікований звіт за день { $day } замінено; підписники бачать новий текст.
admin-draft-discarded = Чернетку за день { $day } відхилено.
admin-discard-published = День { $day } опубліковано; якщо хочете його прибрати, спершу скористайтеся /unpublish { $day }.
admin-no-draft = Чернетки за день { $day } немає.
admin-no-report = Звіту за день { $day } немає.
admin-status-unchanged = { $status ->
    [draft] День { $day } уже чернетка.
   *[published] День { $day } уже опубліковано.
}
admin-published = День { $day } опубліковано. Відтепер його видно в /today, /day { $day } і /region.
admin-unpublished = День { $day } знову чернетка; підписники його більше не бачать.
admin-no-digest = Жодного звіту ще не опубліковано, тож дайджесту для надсилання немає.
admin-digest-queued = Дайджест за день { $day } поставлено в чергу для { $count ->
    [one] { $count } чату
   *[other] { $count } чатів
}; чати, які вже його отримали, пропускаються. Надсилання почнеться одразу, з налаштованою швидкістю.
admin-no-drafts = Чернеток немає.
admin-drafts-title = <b>{ $count ->
    [one] { $count } чернетка
    [few] { $count } чернетки
    [many] { $count } чернеток
   *[other] { $count } чернетки
}</b>
admin-draft-line = • День { $day }: { $title }
admin-button-publish-day = Опублікувати день { $day }
admin-button-discard-day = Відхилити день { $day }

## Інциденти й санкції вручну.

admin-incident-added = Додано інцидент { $id }: { $line }
admin-incident-undated = Він не має ні дати, ні дня звіту, тож останні інциденти й підсумки /region його не враховують; додайте date= або day= через /editincident, щоб розмістити його в часі.
admin-no-incident = Інциденту { $id } немає.
admin-incident-changed =
    Інцидент { $id } змінено:
    { $before } →
    { $after }
admin-incident-deleted = Інцидент { $id } видалено: { $line }
# Запис про санкції: «2023-02-25 · ЄС · 10-й пакет (ухвалено)».
admin-sanction-line = { $date } · { $authority ->
    [EU] ЄС
    [US] США
    [UK] Велика Британія
    [Canada] Канада
    [Japan] Японія
    [Switzerland] Швейцарія
    [Australia] Австралія
    [Other] інші
   *[other] { $authority }
} · { $title } ({ $status })
admin-sanction-proposed = запропоновано
admin-sanction-adopted = ухвалено
admin-sanction-in-force = чинні
admin-sanction-extended = продовжено
admin-sanction-lifted = скасовано
admin-sanction-added = Додано запис про санкції { $id }: { $line }
admin-no-sanction = Запису про санкції { $id } немає.
admin-sanction-changed =
    Запис про санкції { $id } змінено:
    { $before } →
    { $after }
admin-sanction-deleted = Запис про санкції { $id } видалено: { $line }

## Команда.

admin-team =
    <b>Власники</b> (WARBRIEF_ADMINS): { $owners }
    <b>Адміністратори</b>: { $admins }
admin-team-none = немає
admin-owners-only = Додавати й вилучати адміністраторів можуть лише власники (WARBRIEF_ADMINS).
admin-admin-added = Користувач { $id } тепер адміністратор. Команди адміністратора зʼявляться в його чаті, щойно він запустить бота.
admin-already-admin = Користувач { $id } уже адміністратор.
admin-admin-removed = Користувач { $id } більше не адміністратор.
admin-owner-not-removed = Користувач { $id } — власник; власників задає WARBRIEF_ADMINS.
admin-not-an-admin = Користувач { $id } не був адміністратором.

## Що супровідники читають.

admin-no-changes = Змін ще не записано.
admin-audit-title = <b>{ $count ->
    [1] Остання зміна
    [one] Останні { $count } зміна
    [few] Останні { $count } зміни
    [many] Останні { $count } змін
   *[other] Останні { $count } зміни
}</b>
admin-audit-console = консоль
admin-audit-user = користувач { $id }
admin-audit-was = було { $before }
admin-stats =
    <b>Статистика warbrief</b>
    Підписники: активні — { $active }, неактивні — { $inactive } (заблокували бота або відписалися)
    Звіти: опубліковані — { $published }, { $drafts ->
        [one] { $drafts } чернетка
        [few] { $drafts } чернетки
        [many] { $drafts } чернеток
       *[other] { $drafts } чернетки
    }
    Видимі інциденти: { $incidents }
    Записи про санкції: { $sanctions }
    Надсилання за останні 24 год: надіслано — { $sent }, не вдалося — { $failed }; чекають — { $waiting }
# Підпис до експорту; $what — «incidents», «reports» або «sanctions», $format — «CSV» або «JSON».
admin-export-caption = { $what ->
    [incidents] { $rows ->
        [one] { $rows } інцидент
        [few] { $rows } інциденти
        [many] { $rows } інцидентів
       *[other] { $rows } інциденту
    }
    [reports] { $rows ->
        [one] { $rows } звіт
        [few] { $rows } звіти
        [many] { $rows } звітів
       *[other] { $rows } звіту
    }
    [sanctions] { $rows ->
        [one] { $rows } запис про санкції
        [few] { $rows } записи про санкції
        [many] { $rows } записів про санкції
       *[other] { $rows } запису про санкції
    }
   *[other] { $rows } { $what }
}, у форматі { $format }.
