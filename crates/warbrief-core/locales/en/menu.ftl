# Everyone's commands as Telegram's menu and /help describe them, one line each (at most 256 characters).
# The English lines are the command table's descriptions (crates/warbrief-bot/src/app/request.rs); a test keeps
# them equal.

command-today = the latest daily report
command-day = one day's report: /day 344 or /day 2023-02-02
command-latest = the last seven reports
command-region = what happened in a region or town: /region Kharkiv
command-sanctions = the sanctions timeline, newest first: /sanctions EU
command-chart = killed and wounded per day, as a picture: /chart Kharkiv 60
command-map = a map of casualties by region: /map 30
command-search = search the reports: /search Kramatorsk missile
command-subscribe = a daily digest, or alerts for a region: /subscribe 08:00, /subscribe region Kharkiv
command-unsubscribe = stop the digest, a region's alerts, or all: /unsubscribe all
command-settings = your digest time, time zone and regions
command-timezone = your time zone for the digest: /timezone Europe/Berlin
command-quiet = quiet hours for digests and alerts: /quiet 23:00-07:00
command-language = the language I answer in: /language uk, /language en
command-about = what the data is and how current
command-help = what I can do
command-start = welcome and shortcuts
