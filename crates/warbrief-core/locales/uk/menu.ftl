# Команди для всіх, як їх описують меню Telegram і /help, по рядку на кожну (до 256 символів).

command-today = останній щоденний звіт
command-day = звіт за день: /day 344 або /day 2023-02-02
command-latest = сім останніх звітів
command-region = що сталося в області чи місті: /region Харків
command-sanctions = хронологія санкцій, від найновіших: /sanctions EU
command-chart = загиблі й поранені по днях, графіком: /chart Харків 60
command-map = мапа втрат по областях: /map 30
command-search = пошук у звітах: /search Краматорськ ракета
command-subscribe = щоденний дайджест або сповіщення про область: /subscribe 08:00, /subscribe region Харків
command-unsubscribe = вимкнути дайджест, сповіщення про область або все: /unsubscribe all
command-settings = час дайджесту, часовий пояс і області
command-timezone = ваш часовий пояс для дайджесту: /timezone Europe/Kyiv
command-quiet = тихі години для дайджестів і сповіщень: /quiet 23:00-07:00
command-language = мова, якою я відповідаю: /language uk, /language en
command-about = що це за дані й наскільки вони свіжі
command-help = що я вмію
command-start = вітання й швидкі кнопки
