# The transports' few words, and /day's arguments out of range.

misc-not-a-command = Send a command, for example /today or /region Kharkiv. /help lists them all.
misc-upload-not-text = Upload the report as a .txt or .md file (plain text or Markdown).
misc-upload-too-large = That file is larger than 1 MiB; a daily report is far smaller.
misc-upload-unusable = I can't use { $name }: { $error }.
misc-no-buttons = There are no buttons to press right now.
misc-press-a-number = Type a number from 1 to { $buttons } to press a button.
misc-date-before-day-one = That date is before the full-scale invasion began on 24 February 2022 (day 1).
misc-date-too-far-ahead = That date is too far ahead: days go up to { $max }.
misc-day-zero = Days are numbered from 1: day 1 is 24 February 2022.
misc-day-not-come = Day { $day } hasn't come yet: today is day { $today }.
misc-day-not-come-plain = Day { $day } hasn't come yet.
# Plain text (a button's alert, a notice sent without HTML).
misc-maintainers-only = Only the bot's maintainers can do that.
misc-slow-down = Slow down, please: that is more than 20 commands in a minute. I'll answer again in a minute.
