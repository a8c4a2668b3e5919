<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regulars</source>
        <translation>О программе Regulars</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Turns a small shop&apos;s one-time buyers into regular customers: who to write to today, and what to say. Works offline; your data stays on this computer.</source>
        <translation>Превращает разовых покупателей небольшого магазина в постоянных: кому написать сегодня и что сказать. Работает без интернета, данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка с данными: %1</translation>
    </message>
    <message>
        <source>Python %1, Qt for Python %2</source>
        <translation>Python %1, Qt for Python %2</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Открыть папку с данными</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <source>Your data was copied to:
%1</source>
        <translation>Данные скопированы в файл:
%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Regulars backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Резервные копии Regulars (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace all current data with the backup “%1”?

The current data is kept as a backup first, so this can be undone.</source>
        <translation>Заменить все текущие данные резервной копией «%1»?

Сначала текущие данные будут сохранены в резервную копию, так что это можно отменить.</translation>
    </message>
    <message>
        <source>Data restored from %1</source>
        <translation>Данные восстановлены из %1</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>No backup of this database was found. Move the damaged file away to start with an empty database, or ask for help.</source>
        <translation>Резервных копий этой базы не найдено. Переместите повреждённый файл в другое место, чтобы начать с пустой базы, или обратитесь за помощью.</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? The damaged file is kept next to the backups.</source>
        <translation>Восстановить самую свежую резервную копию от %1? Повреждённый файл будет сохранён рядом с резервными копиями.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить копию</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Regulars hit an unexpected problem. Your data is safe: unfinished changes were not saved. You can keep working; if it happens again, copy the details and send them to support.</source>
        <translation>В программе произошла непредвиденная ошибка. Ваши данные в сохранности: незавершённые изменения не записаны. Можно продолжать работу; если ошибка повторится, скопируйте подробности и отправьте их в поддержку.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Bought after</source>
        <translation>Купил после</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>for example: vip, wholesale</source>
        <translation>например: vip, опт</translation>
    </message>
    <message>
        <source>Do not contact (no reminders, no messages)</source>
        <translation>Не беспокоить (без напоминаний и сообщений)</translation>
    </message>
    <message>
        <source>Anything worth remembering: sizes, tastes, family, what they asked for…</source>
        <translation>Всё, что стоит помнить: размеры, вкусы, семья, о чём спрашивал…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name (in messages)</source>
        <translation>Имя для обращения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Удобный канал</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Customer code / card</source>
        <translation>Код / номер карты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>spent %1, last purchase %2</source>
        <translation>потрачено %1, последняя покупка %2</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>покупок пока нет</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней назад</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Поиск по имени, телефону или e-mail</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Добавить покупателя</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your results</source>
        <translation>Ваши результаты</translation>
    </message>
    <message>
        <source>Repeat purchase rate, retention and what your reminders brought back will be shown here.</source>
        <translation>Здесь появятся доля повторных покупок, удержание и то, что принесли напоминания.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop your spreadsheet here to import it</source>
        <translation>Отпустите таблицу здесь, чтобы импортировать её</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Undo an import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти покупателя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Recalculate segments and reminders</source>
        <translation>&amp;Пересчитать сегменты и напоминания</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку с &amp;журналом</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Message scripts</source>
        <translation>Шаблоны сообщений</translation>
    </message>
    <message>
        <source>Ready-made messages for every occasion appear here.</source>
        <translation>Здесь появятся готовые сообщения на любой случай.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Delete customer</source>
        <translation>Удаление покупателя</translation>
    </message>
    <message>
        <source>Delete %1 and everything about them?</source>
        <translation>Удалить покупателя «%1» и всё, что о нём известно?</translation>
    </message>
    <message numerus="yes">
        <source>Their contact details, purchases, messages and reminders are removed for good and disappear from lists, exports and reminders. Copies in automatic backups are deleted with those backups, after %n day(s).</source>
        <translation>
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Копии в автоматических резервных копиях удалятся вместе с ними через %n день.</numerusform>
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Копии в автоматических резервных копиях удалятся вместе с ними через %n дня.</numerusform>
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Копии в автоматических резервных копиях удалятся вместе с ними через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>The customer and all their data were deleted.</source>
        <translation>Покупатель и все его данные удалены.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Выгрузка данных покупателя</translation>
    </message>
    <message>
        <source>Customer data saved to %1</source>
        <translation>Данные покупателя сохранены в %1</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>No segments yet</source>
        <translation>Сегментов пока нет</translation>
    </message>
    <message>
        <source>Import your sales and Regulars groups your customers into segments such as Champions, Loyal and At risk.</source>
        <translation>Импортируйте продажи, и программа разделит покупателей на сегменты: «Чемпионы», «Лояльные», «В зоне риска» и другие.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
</context>
<context>
    <name>SettingEditors</name>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Type whole numbers separated by commas, for example %1.</source>
        <translation>Введите целые числа через запятую, например %1.</translation>
    </message>
    <message>
        <source>Type exactly %1 numbers.</source>
        <translation>Нужно ровно %1 числа.</translation>
    </message>
    <message>
        <source>Each number must be larger than the one before it.</source>
        <translation>Каждое число должно быть больше предыдущего.</translation>
    </message>
    <message>
        <source>This is not valid JSON (line %1).</source>
        <translation>Это некорректный JSON (строка %1).</translation>
    </message>
    <message>
        <source>Saved — type to replace</source>
        <translation>Сохранён — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in Regulars&apos; files.</source>
        <translation>Хранится в системной связке ключей, а не в файлах программы.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Put the default values of this tab back (saved when you press OK).</source>
        <translation>Вернуть значения по умолчанию на этой вкладке (сохранятся после нажатия «ОК»).</translation>
    </message>
    <message>
        <source>Enter a value from %1 to %2.</source>
        <translation>Введите значение от %1 до %2.</translation>
    </message>
    <message>
        <source>This value is not allowed.</source>
        <translation>Такое значение недопустимо.</translation>
    </message>
    <message>
        <source>The new language will be used after you restart Regulars.</source>
        <translation>Новый язык включится после перезапуска программы.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня ничего нет</translation>
    </message>
    <message>
        <source>Your daily list of who to contact appears here once you have imported your sales.</source>
        <translation>Когда вы импортируете продажи, здесь появится ежедневный список тех, с кем стоит связаться.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Regulars shows you every morning who to write to and what to say, so one-time buyers come back. Start by importing the spreadsheet of your sales or customers: an export from your till, web shop, 1C or Google Sheets (CSV, Excel or ODS). You can also drag the file onto this window.</source>
        <translation>Каждое утро программа подсказывает, кому написать и что сказать, чтобы разовые покупатели возвращались. Начните с импорта таблицы продаж или покупателей: выгрузки из кассы, интернет-магазина, 1С или Google Таблиц (CSV, Excel или ODS). Файл можно просто перетащить в это окно.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Импортировать таблицу…</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>Открыть демо-магазин</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Segments and reminders are up to date.</source>
        <translation>Сегменты и напоминания обновлены.</translation>
    </message>
</context>
<context>
    <name>bulk</name>
    <message>
        <source>Asked not to be contacted</source>
        <translation>Просил не беспокоить</translation>
    </message>
    <message>
        <source>No address for this channel</source>
        <translation>Нет адреса для этого канала</translation>
    </message>
    <message>
        <source>Customer no longer exists</source>
        <translation>Покупатель удалён</translation>
    </message>
    <message>
        <source>The message could not be filled in</source>
        <translation>Не удалось заполнить сообщение</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Check that the backup folder exists, is writable and the disk is not full (Settings → Backups).</source>
        <translation>Проверьте, что папка для резервных копий существует, доступна для записи и диск не переполнен (Настройки → Резервные копии).</translation>
    </message>
    <message>
        <source>Check that the folder is not read-only and that the disk is connected.</source>
        <translation>Проверьте, что папка не защищена от записи и диск подключён.</translation>
    </message>
    <message>
        <source>Choose a file from the backup folder.</source>
        <translation>Выберите файл из папки с резервными копиями.</translation>
    </message>
    <message>
        <source>Choose another backup file.</source>
        <translation>Выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>Choose another folder or check free disk space.</source>
        <translation>Выберите другую папку или проверьте свободное место на диске.</translation>
    </message>
    <message>
        <source>Choose another folder or close the file if a spreadsheet has it open.</source>
        <translation>Выберите другую папку или закройте файл, если он открыт в табличном редакторе.</translation>
    </message>
    <message>
        <source>Choose the columns with the date and the amount of each purchase, or, for a customer list, the column with the name, phone or e-mail.</source>
        <translation>Укажите столбцы с датой и суммой каждой покупки, а для списка покупателей — столбец с именем, телефоном или e-mail.</translation>
    </message>
    <message>
        <source>Close other programs that may use the file and check free disk space.</source>
        <translation>Закройте другие программы, которые могут использовать файл, и проверьте свободное место на диске.</translation>
    </message>
    <message>
        <source>Free some space and start Regulars again.</source>
        <translation>Освободите место и снова запустите программу.</translation>
    </message>
    <message>
        <source>Install the latest Regulars to open it; your data was not changed.</source>
        <translation>Чтобы открыть её, установите последнюю версию Regulars; ваши данные не изменены.</translation>
    </message>
    <message>
        <source>Install the latest Regulars to restore it.</source>
        <translation>Чтобы восстановить её, установите последнюю версию Regulars.</translation>
    </message>
    <message>
        <source>Regulars could not replace its database file with the backup.</source>
        <translation>Не удалось заменить файл базы данных резервной копией.</translation>
    </message>
    <message>
        <source>Regulars could not write a backup copy of your data.</source>
        <translation>Не удалось записать резервную копию данных.</translation>
    </message>
    <message>
        <source>Restore the newest backup (File → Restore…).</source>
        <translation>Восстановите самую свежую резервную копию (Файл → Восстановить из резервной копии…).</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Перейдите в это окно или закройте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The backup changed while it was read.</source>
        <translation>Резервная копия изменилась во время чтения.</translation>
    </message>
    <message>
        <source>The chosen backup file does not exist.</source>
        <translation>Выбранный файл резервной копии не существует.</translation>
    </message>
    <message>
        <source>The chosen backup is damaged.</source>
        <translation>Выбранная резервная копия повреждена.</translation>
    </message>
    <message>
        <source>The chosen backup was made by a newer version of Regulars.</source>
        <translation>Выбранная резервная копия сделана более новой версией Regulars.</translation>
    </message>
    <message>
        <source>The chosen file is not a Regulars database or is damaged.</source>
        <translation>Выбранный файл не является базой Regulars или повреждён.</translation>
    </message>
    <message>
        <source>The chosen file is not a Regulars database.</source>
        <translation>Выбранный файл не является базой Regulars.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Имя не может быть пустым.</translation>
    </message>
    <message>
        <source>The script has an error; fix it before saving.</source>
        <translation>В шаблоне есть ошибка; исправьте её перед сохранением.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Этого покупателя больше нет.</translation>
    </message>
    <message>
        <source>This database is already open in another Regulars window.</source>
        <translation>Эта база уже открыта в другом окне Regulars.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of Regulars.</source>
        <translation>Эта база создана более новой версией Regulars.</translation>
    </message>
    <message>
        <source>This is not a built-in message script.</source>
        <translation>Это не встроенный шаблон сообщения.</translation>
    </message>
    <message>
        <source>This message script no longer exists.</source>
        <translation>Этого шаблона сообщения больше нет.</translation>
    </message>
    <message>
        <source>This reminder is no longer on the list.</source>
        <translation>Этого напоминания уже нет в списке.</translation>
    </message>
    <message>
        <source>exponent too large</source>
        <translation>слишком большая степень</translation>
    </message>
    <message>
        <source>repetition too large</source>
        <translation>слишком много повторений</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Don&apos;t lose them</source>
        <translation>Не потерять</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>After a purchase</source>
        <translation>После покупки</translation>
    </message>
    <message>
        <source>Thank and grow</source>
        <translation>Поблагодарить и развить</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>This computer has no password keychain that Regulars can use, so the e-mail password is kept only until Regulars is closed.</source>
        <translation>На этом компьютере нет доступной связки ключей для паролей, поэтому пароль почты хранится только до закрытия программы.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the password, so it is kept only until Regulars is closed.</source>
        <translation>Системная связка ключей не сохранила пароль, поэтому он хранится только до закрытия программы.</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>No orders yet, so no segment.</source>
        <translation>Заказов пока нет, поэтому сегмента нет.</translation>
    </message>
    <message>
        <source>The last order was {recency_days} days ago, longer than the {lost_after_days}-day limit: {segment}.</source>
        <translation>Последний заказ был {recency_days} дн. назад — дольше предела в {lost_after_days} дн.: {segment}.</translation>
    </message>
    <message>
        <source>The last order was {recency_days} days ago (R{r_score}) and there are {orders} orders (F{f_score}): R{r_score} with F{f_score} is {segment}.</source>
        <translation>Последний заказ был {recency_days} дн. назад (R{r_score}), всего заказов: {orders} (F{f_score}); R{r_score} вместе с F{f_score} — это {segment}.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Bought recently and often: your best customers.</source>
        <translation>Покупают часто и недавно: ваши лучшие покупатели.</translation>
    </message>
    <message>
        <source>Thank them personally, give early access to new arrivals and ask them to recommend you.</source>
        <translation>Поблагодарите лично, покажите новинки первыми и попросите рекомендовать вас.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>Buy regularly, although not always very recently.</source>
        <translation>Покупают регулярно, хотя не всегда совсем недавно.</translation>
    </message>
    <message>
        <source>Keep in touch, ask for a review and invite them to bring a friend.</source>
        <translation>Поддерживайте связь, попросите отзыв и предложите привести друга.</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>Будущие постоянные</translation>
    </message>
    <message>
        <source>Recent customers with two or three orders: on their way to becoming regulars.</source>
        <translation>Недавние покупатели с двумя-тремя заказами: на пути к тому, чтобы стать постоянными.</translation>
    </message>
    <message>
        <source>Suggest what goes well with what they bought and make the next order easy.</source>
        <translation>Подскажите, что подойдёт к их покупке, и упростите следующий заказ.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Made their first order very recently.</source>
        <translation>Сделали первый заказ совсем недавно.</translation>
    </message>
    <message>
        <source>Say thank you, check they are happy and give a useful tip about the purchase.</source>
        <translation>Поблагодарите, узнайте, всё ли понравилось, и дайте полезный совет по покупке.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <source>Bought once, fairly recently, and have not come back yet.</source>
        <translation>Купили один раз, довольно недавно, и пока не вернулись.</translation>
    </message>
    <message>
        <source>Send a helpful tip or a small reason to come back before they forget you.</source>
        <translation>Пришлите полезный совет или небольшой повод вернуться, пока о вас не забыли.</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Bought a few times, but the last order was a while ago.</source>
        <translation>Покупали несколько раз, но последний заказ был давно.</translation>
    </message>
    <message>
        <source>Ask how they are doing and mention something new that suits them.</source>
        <translation>Спросите, как дела, и расскажите о новинке, которая им подойдёт.</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <source>Bought once or twice some time ago and are going quiet.</source>
        <translation>Купили раз или два какое-то время назад и затихают.</translation>
    </message>
    <message>
        <source>Send a friendly reminder with something relevant to what they bought.</source>
        <translation>Отправьте дружеское напоминание о чём-то, связанном с их покупкой.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>Used to buy often but have been silent for a long time.</source>
        <translation>Раньше покупали часто, но давно не появлялись.</translation>
    </message>
    <message>
        <source>Write personally, ask what went wrong and offer something useful.</source>
        <translation>Напишите лично, спросите, что пошло не так, и предложите что-то полезное.</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <source>Were among your most frequent customers and have stopped buying.</source>
        <translation>Были среди самых частых покупателей и перестали покупать.</translation>
    </message>
    <message>
        <source>Call or write yourself, today: find out why and win them back.</source>
        <translation>Позвоните или напишите сами, сегодня: узнайте причину и верните их.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Bought once or twice long ago.</source>
        <translation>Купили раз или два, и очень давно.</translation>
    </message>
    <message>
        <source>Try one good offer; do not write to them often.</source>
        <translation>Попробуйте одно хорошее предложение; не пишите им часто.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Have not bought for longer than the limit set in Settings.</source>
        <translation>Не покупали дольше срока, заданного в настройках.</translation>
    </message>
    <message>
        <source>One win-back message at most; otherwise focus on the others.</source>
        <translation>Не больше одного сообщения, чтобы вернуть; в остальном сосредоточьтесь на других.</translation>
    </message>
    <message>
        <source>{count} came back from {from_name}</source>
        <translation>{count} вернулись из сегмента «{from_name}»</translation>
    </message>
    <message>
        <source>{count} moved {from_name} → {to_name}</source>
        <translation>{count}: «{from_name}» → «{to_name}»</translation>
    </message>
    <message>
        <source>{count} new in {to_name}</source>
        <translation>{count} новых в сегменте «{to_name}»</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>The server did not accept the login or password.</source>
        <translation>Сервер не принял логин или пароль.</translation>
    </message>
    <message>
        <source>The server does not offer a login; clear the login in Settings or check the encryption setting.</source>
        <translation>Сервер не поддерживает вход по логину; очистите логин в настройках или проверьте шифрование.</translation>
    </message>
    <message>
        <source>The server refused the address {address}: {detail}</source>
        <translation>Сервер отклонил адрес {address}: {detail}</translation>
    </message>
    <message>
        <source>The server refused the sender address {address}: {detail}</source>
        <translation>Сервер отклонил адрес отправителя {address}: {detail}</translation>
    </message>
    <message>
        <source>The server rejected the message: {detail}</source>
        <translation>Сервер отклонил письмо: {detail}</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Сервер закрыл соединение.</translation>
    </message>
    <message>
        <source>The server does not support STARTTLS; choose another encryption setting.</source>
        <translation>Сервер не поддерживает STARTTLS; выберите другой способ шифрования.</translation>
    </message>
    <message>
        <source>The secure connection failed ({detail}); check the port and the encryption setting.</source>
        <translation>Не удалось установить защищённое соединение ({detail}); проверьте порт и шифрование.</translation>
    </message>
    <message>
        <source>The server {host} was not found; check its name and the internet connection.</source>
        <translation>Сервер {host} не найден; проверьте его имя и подключение к интернету.</translation>
    </message>
    <message>
        <source>Could not connect to {host}:{port} ({detail}).</source>
        <translation>Не удалось подключиться к {host}:{port} ({detail}).</translation>
    </message>
    <message>
        <source>Sending failed: {detail}</source>
        <translation>Отправка не удалась: {detail}</translation>
    </message>
    <message>
        <source>Enter the SMTP server in Settings → E-mail.</source>
        <translation>Укажите SMTP-сервер в разделе Настройки → Почта.</translation>
    </message>
    <message>
        <source>Enter the sender address or the login in Settings → E-mail.</source>
        <translation>Укажите адрес отправителя или логин в разделе Настройки → Почта.</translation>
    </message>
    <message>
        <source>The e-mail password is needed.</source>
        <translation>Нужен пароль от почты.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Не отправлено: отменено.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Used in messages as {{ shop_name }}.</source>
        <translation>Подставляется в сообщения как {{ shop_name }}.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Used in messages as {{ owner_name }}, so they sound personal.</source>
        <translation>Подставляется в сообщения как {{ owner_name }}, чтобы они звучали лично.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>How amounts are shown. Imported amounts are not converted.</source>
        <translation>Как показывать суммы. Импортированные суммы не пересчитываются.</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <source>Country assumed for phone numbers written without a country code.</source>
        <translation>Страна для номеров, записанных без кода страны.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the app. Takes effect after a restart.</source>
        <translation>Язык программы. Меняется после перезапуска.</translation>
    </message>
    <message>
        <source>Recency scoring</source>
        <translation>Оценка давности</translation>
    </message>
    <message>
        <source>Fixed day bands, or quintiles of your own customers.</source>
        <translation>Фиксированные интервалы в днях или квинтили по вашим покупателям.</translation>
    </message>
    <message>
        <source>fixed bands</source>
        <translation>интервалы</translation>
    </message>
    <message>
        <source>quintiles</source>
        <translation>квинтили</translation>
    </message>
    <message>
        <source>Recency bands, days</source>
        <translation>Интервалы давности, дни</translation>
    </message>
    <message>
        <source>Upper limits for scores 5, 4, 3 and 2; older is score 1.</source>
        <translation>Верхние границы для оценок 5, 4, 3 и 2; всё старше — оценка 1.</translation>
    </message>
    <message>
        <source>Frequency bands, orders</source>
        <translation>Интервалы частоты, заказы</translation>
    </message>
    <message>
        <source>Upper limits for scores 1, 2, 3 and 4; more orders is score 5.</source>
        <translation>Верхние границы для оценок 1, 2, 3 и 4; больше заказов — оценка 5.</translation>
    </message>
    <message>
        <source>Money scoring</source>
        <translation>Оценка суммы</translation>
    </message>
    <message>
        <source>Quintiles of your own customers, or fixed amount bands.</source>
        <translation>Квинтили по вашим покупателям или фиксированные интервалы сумм.</translation>
    </message>
    <message>
        <source>Money bands</source>
        <translation>Интервалы сумм</translation>
    </message>
    <message>
        <source>Upper limits of money spent for scores 1, 2, 3 and 4.</source>
        <translation>Верхние границы потраченной суммы для оценок 1, 2, 3 и 4.</translation>
    </message>
    <message>
        <source>Lost after, days</source>
        <translation>Потерян через, дней</translation>
    </message>
    <message>
        <source>A customer silent for longer than this is counted as Lost.</source>
        <translation>Покупатель, молчащий дольше, считается потерянным.</translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation>Правила напоминаний</translation>
    </message>
    <message>
        <source>Which reminders are on and their days.</source>
        <translation>Какие напоминания включены и через сколько дней.</translation>
    </message>
    <message>
        <source>At most one message per</source>
        <translation>Не чаще одного сообщения за</translation>
    </message>
    <message>
        <source>Days between two messages to the same customer.</source>
        <translation>Дней между двумя сообщениями одному покупателю.</translation>
    </message>
    <message>
        <source>Count a purchase as a result within, days</source>
        <translation>Покупка считается результатом в течение, дней</translation>
    </message>
    <message>
        <source>A purchase this soon after a message counts as brought back by it.</source>
        <translation>Покупка в этот срок после сообщения считается его результатом.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>For example smtp.yandex.ru or smtp.gmail.com.</source>
        <translation>Например, smtp.yandex.ru или smtp.gmail.com.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 without encryption.</source>
        <translation>587 для STARTTLS, 465 для SSL, 25 без шифрования.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Ask your mail provider if unsure; STARTTLS is the usual choice.</source>
        <translation>Если не уверены, уточните у почтового сервиса; обычно это STARTTLS.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Usually your full e-mail address. The password is kept in the system keychain, never in Regulars&apos; files.</source>
        <translation>Обычно это полный адрес почты. Пароль хранится в системной связке ключей, а не в файлах программы.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>The From address; empty means the login.</source>
        <translation>Адрес в поле «От»; если пусто — логин.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>The name customers see, for example your shop&apos;s name.</source>
        <translation>Имя, которое видят покупатели, например название магазина.</translation>
    </message>
    <message>
        <source>Pause between e-mails, s</source>
        <translation>Пауза между письмами, с</translation>
    </message>
    <message>
        <source>A polite pace so your provider does not take you for a spammer.</source>
        <translation>Спокойный темп, чтобы почтовый сервис не принял вас за спамера.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Where daily copies of your data go; empty means the app&apos;s folder.</source>
        <translation>Куда сохранять ежедневные копии данных; если пусто — в папку программы.</translation>
    </message>
    <message>
        <source>Keep backups for, days</source>
        <translation>Хранить копии, дней</translation>
    </message>
    <message>
        <source>Older automatic backups are deleted.</source>
        <translation>Более старые автоматические копии удаляются.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Line {line}: {detail}</source>
        <translation>Строка {line}: {detail}</translation>
    </message>
    <message>
        <source>Line {line}: unknown variable “{name}”.</source>
        <translation>Строка {line}: неизвестная переменная «{name}».</translation>
    </message>
    <message>
        <source>Line {line}: unknown variable “{name}”. Did you mean “{hint}”?</source>
        <translation>Строка {line}: неизвестная переменная «{name}». Может быть, «{hint}»?</translation>
    </message>
    <message>
        <source>Line {line}: this is not allowed in a message script.</source>
        <translation>Строка {line}: такое нельзя использовать в шаблоне сообщения.</translation>
    </message>
    <message>
        <source>The message is too long (over {limit} characters).</source>
        <translation>Сообщение слишком длинное (больше {limit} символов).</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Этого покупателя больше нет.</translation>
    </message>
    <message>
        <source>The message script “{name}” was not found.</source>
        <translation>Шаблон сообщения «{name}» не найден.</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>Customer&apos;s first name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation>Полное имя покупателя</translation>
    </message>
    <message>
        <source>Product of the last purchase</source>
        <translation>Товар из последней покупки</translation>
    </message>
    <message>
        <source>Category of the last purchase</source>
        <translation>Категория последней покупки</translation>
    </message>
    <message>
        <source>Date of the last purchase</source>
        <translation>Дата последней покупки</translation>
    </message>
    <message>
        <source>Month of the last purchase</source>
        <translation>Месяц последней покупки</translation>
    </message>
    <message>
        <source>&quot;in &lt;month&gt;&quot; of the last purchase</source>
        <translation>«в &lt;месяце&gt;» последней покупки</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Дней с последней покупки</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Количество заказов</translation>
    </message>
    <message>
        <source>Money spent in total</source>
        <translation>Всего потрачено</translation>
    </message>
    <message>
        <source>Product bought most often</source>
        <translation>Самый частый товар</translation>
    </message>
    <message>
        <source>Customer&apos;s segment</source>
        <translation>Сегмент покупателя</translation>
    </message>
    <message>
        <source>Birthday (day and month)</source>
        <translation>День рождения (день и месяц)</translation>
    </message>
    <message>
        <source>Your shop&apos;s name (Settings)</source>
        <translation>Название магазина (из настроек)</translation>
    </message>
    <message>
        <source>Your name (Settings)</source>
        <translation>Ваше имя (из настроек)</translation>
    </message>
    <message>
        <source>Number with the right word form: 3 заказа, 5 заказов</source>
        <translation>Число с правильной формой слова: 3 заказа, 5 заказов</translation>
    </message>
    <message>
        <source>Number with the right word form: 1 order, 2 orders</source>
        <translation>Число с правильной формой слова: 1 order, 2 orders</translation>
    </message>
    <message>
        <source>Only the word, without the number</source>
        <translation>Только слово, без числа</translation>
    </message>
    <message>
        <source>Standard Jinja filters work too</source>
        <translation>Стандартные фильтры Jinja тоже работают</translation>
    </message>
</context>
</TS>
