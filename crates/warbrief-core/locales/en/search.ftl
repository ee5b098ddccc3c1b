# /search: matching reports with the matched words marked.

search-nothing-found = Nothing found for "{ $query }". Try fewer or other words, e.g. a place or a weapon.
search-heading = <b>Reports mentioning "{ $query }"</b>
search-result-day = Day { $day }
search-button-read = Read day { $day }
search-usage = What should I look for? Send e.g. <code>/search Kramatorsk missile</code>.
