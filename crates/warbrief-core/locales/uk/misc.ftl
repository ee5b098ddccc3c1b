# Кілька слів транспортів і аргументи /day поза межами.

misc-not-a-command = Надішліть команду, наприклад /today або /region Харків. /help покаже всі.
misc-upload-not-text = Завантажте зведення файлом .txt або .md (простий текст або Markdown).
misc-upload-too-large = Цей файл більший за 1 МіБ; щоденне зведення набагато менше.
misc-upload-unusable = Не можу використати { $name }: { $error }.
misc-no-buttons = Зараз немає кнопок, які можна натиснути.
misc-press-a-number = Введіть число від 1 до { $buttons }, щоб натиснути кнопку.
misc-date-before-day-one = Ця дата раніша за початок повномасштабного вторгнення 24 лютого 2022 року (день 1).
misc-date-too-far-ahead = Ця дата надто далеко: дні йдуть до { $max }.
misc-day-zero = Дні рахуються від 1: день 1 — це 24 лютого 2022 року.
misc-day-not-come = День { $day } ще не настав: сьогодні день { $today }.
misc-day-not-come-plain = День { $day } ще не настав.
