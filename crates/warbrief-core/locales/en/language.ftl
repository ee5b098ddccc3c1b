# /language and its buttons: the language the bot answers a chat in.

language-menu = Which language shall I answer in? Reports and posts stay in the language they were written in.
language-button-english = English
language-button-ukrainian = Українська
language-chosen = I'll answer in English from now on.
language-unknown = I don't speak "{ $input }" yet. Choose English or Ukrainian: <code>/language en</code> or <code>/language uk</code>.
language-at-the-console = At the console the language is chosen when it starts: <code>warbrief chat --lang uk</code> (or WARBRIEF_LANGUAGE=uk).
