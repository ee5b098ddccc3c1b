# /search: зведення, де знайдено слова, з виділеними збігами.

search-nothing-found = За запитом «{ $query }» нічого не знайдено. Спробуйте менше або інші слова, наприклад місце чи зброю.
search-heading = <b>Зведення, де згадано «{ $query }»</b>
search-result-day = День { $day }
search-button-read = Читати день { $day }
search-usage = Що шукати? Надішліть, наприклад, <code>/search Краматорськ ракета</code>.
