# /language і його кнопки: мова, якою бот відповідає в чаті.

language-menu = Якою мовою мені відповідати? Звіти й дописи лишаються мовою, якою їх написано.
language-button-english = English
language-button-ukrainian = Українська
language-chosen = Відтепер я відповідатиму українською.
language-unknown = Мови «{ $input }» я поки не знаю. Оберіть англійську або українську: <code>/language en</code> або <code>/language uk</code>.
language-at-the-console = У консолі мову обирають під час запуску: <code>warbrief chat --lang uk</code> (або WARBRIEF_LANGUAGE=uk).
