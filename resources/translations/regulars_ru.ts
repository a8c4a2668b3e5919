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
        <source>Regulars</source>
        <translation>Regulars</translation>
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
    <name>AutopilotDialog</name>
    <message>
        <source>Autopilot: the next 7 days</source>
        <translation>Автопилот: ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Working out the week…</source>
        <translation>Считаем неделю…</translation>
    </message>
    <message>
        <source>Don&apos;t send this message</source>
        <translation>Не отправлять это письмо</translation>
    </message>
    <message>
        <source>Never send automatically to this person</source>
        <translation>Никогда не писать этому покупателю автоматически</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <source>What was sent automatically, what failed and why</source>
        <translation>Что ушло автоматически, что не удалось и почему</translation>
    </message>
    <message>
        <source>Let the two messages that need no personal touch go by themselves: the thank-you three days after a purchase and the birthday greeting. Everything else stays on Today for you to write personally.</source>
        <translation>Пусть два письма, которым не нужно ваше личное участие, уходят сами: благодарность через три дня после покупки и поздравление с днём рождения. Всё остальное останется в списке «Сегодня», чтобы вы написали лично.</translation>
    </message>
    <message>
        <source>Turn these two on</source>
        <translation>Включить эти два</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <source>These e-mails go out by themselves, within the quiet hours and the daily limit. Select one to read it; exclude what should not go.</source>
        <translation>Эти письма уйдут сами — в разрешённые часы и в пределах дневного лимита. Выберите письмо, чтобы прочитать его; исключите то, что отправлять не нужно.</translation>
    </message>
    <message>
        <source>Nothing goes out automatically this week. Turn on “Autopilot” for a reminder in Settings → Reminders; customers need an e-mail address.</source>
        <translation>На этой неделе ничего не уйдёт автоматически. Включите «Автопилот» для напоминания в Настройки → Напоминания; у покупателей должен быть адрес e-mail.</translation>
    </message>
</context>
<context>
    <name>AutopilotLogDialog</name>
    <message>
        <source>Autopilot log</source>
        <translation>Журнал автопилота</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Possibly sent</source>
        <translation>Возможно, отправлено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все итоги</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Читаем журнал…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Nothing was sent automatically yet. Turn on “Autopilot” for a reminder in Settings → Reminders; its e-mails and what became of them appear here.</source>
        <translation>Автоматически пока ничего не отправлялось. Включите «Автопилот» для напоминания в Настройки → Напоминания — его письма и их судьба появятся здесь.</translation>
    </message>
    <message>
        <source>No e-mails with this outcome.</source>
        <translation>Писем с таким итогом нет.</translation>
    </message>
    <message>
        <source>%1 of %2 automatic e-mails, newest first.</source>
        <translation>%1 из %2 автоматических писем, сначала новые.</translation>
    </message>
</context>
<context>
    <name>AutopilotRunner</name>
    <message>
        <source>Autopilot: %1 sent, %2 failed, %3 waiting.</source>
        <translation>Автопилот: отправлено %1, не удалось %2, ждут %3.</translation>
    </message>
    <message>
        <source>Open the autopilot log</source>
        <translation>Открыть журнал автопилота</translation>
    </message>
    <message numerus="yes">
        <source>Replied STOP: %n customer(s) marked &quot;do not contact&quot;.</source>
        <translation>
            <numerusform>Ответили «СТОП»: %n покупатель отмечен «не беспокоить».</numerusform>
            <numerusform>Ответили «СТОП»: %n покупателя отмечены «не беспокоить».</numerusform>
            <numerusform>Ответили «СТОП»: %n покупателей отмечены «не беспокоить».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacktestChart</name>
    <message>
        <source>What we predicted 6 months ago vs what happened</source>
        <translation>Что мы предсказали полгода назад и что случилось</translation>
    </message>
    <message>
        <source>Not enough history for this check yet. %1 It appears by itself once there is.</source>
        <translation>Для этой проверки пока мало истории. %1 Она появится сама, когда истории станет достаточно.</translation>
    </message>
    <message>
        <source>The model was fitted on sales up to %1 and predicted each customer&apos;s orders in the six months after; customers grouped by their orders on that day.</source>
        <translation>Модель обучена на продажах по %1 и предсказала покупки каждого покупателя на следующие полгода; покупатели сгруппированы по числу заказов на тот день.</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Предсказано</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>На самом деле</translation>
    </message>
    <message>
        <source>Orders in the six months</source>
        <translation>Заказов за полгода</translation>
    </message>
    <message>
        <source>7+ orders</source>
        <translation>7+ заказов</translation>
    </message>
    <message>
        <source>4–6 orders</source>
        <translation>4–6 заказов</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
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
        <source>The shop is on a shared database, so a backup is not copied over everyone&apos;s data from here. Open the backup file on this computer, then use File → Shared database… → “Move my shop there” with a new empty database on the server.</source>
        <translation>Магазин хранится в общей базе данных, поэтому отсюда резервная копия не записывается поверх общих данных. Откройте файл резервной копии на этом компьютере, затем выберите Файл → Общая база данных… → «Перенести магазин туда» с новой пустой базой данных на сервере.</translation>
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
    <name>BulkSendDialog</name>
    <message>
        <source>Message to many customers</source>
        <translation>Сообщение многим покупателям</translation>
    </message>
    <message>
        <source>Message to many clients</source>
        <translation>Сообщение многим клиентам</translation>
    </message>
    <message>
        <source>Message to many students</source>
        <translation>Сообщение многим ученикам</translation>
    </message>
    <message>
        <source>Each customer&apos;s preferred channel</source>
        <translation>Удобный канал каждого покупателя</translation>
    </message>
    <message>
        <source>Each client&apos;s preferred channel</source>
        <translation>Канал, удобный каждому клиенту</translation>
    </message>
    <message>
        <source>Each student&apos;s preferred channel</source>
        <translation>Канал, удобный каждому ученику</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Отправить письма</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Остановить отправку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Each reminder&apos;s suggested script</source>
        <translation>Шаблон каждого напоминания</translation>
    </message>
    <message>
        <source>Preparing messages…</source>
        <translation>Готовлю сообщения…</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Сообщения (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Пропущены (%1)</translation>
    </message>
    <message>
        <source>Ready: %1 · skipped: %2 · by e-mail: %3.</source>
        <translation>Готово: %1 · пропущено: %2 · по e-mail: %3.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Sending e-mails from here is unavailable. %1 Meanwhile, open them one by one in your mail app, or export a CSV.</source>
        <translation>Отправить письма отсюда пока нельзя. %1 А пока откройте их по одному в почтовой программе или выгрузите CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mail(s)</source>
        <translation>
            <numerusform>Отправить %n письмо</numerusform>
            <numerusform>Отправить %n письма</numerusform>
            <numerusform>Отправить %n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these customers prefers e-mail. For messengers, export a CSV or write to them one by one.</source>
        <translation>Никто из этих покупателей не выбрал e-mail. Для мессенджеров выгрузите CSV или напишите каждому по очереди.</translation>
    </message>
    <message>
        <source>Retry unsent (%1)</source>
        <translation>Повторить неотправленные (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n сообщение выгружено в %1.</numerusform>
            <numerusform>%n сообщения выгружены в %1.</numerusform>
            <numerusform>%n сообщений выгружено в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mail(s) now? Each is noted in the customer&apos;s history.</source>
        <translation>
            <numerusform>Отправить %n письмо сейчас? Оно будет отмечено в истории покупателя.</numerusform>
            <numerusform>Отправить %n письма сейчас? Каждое будет отмечено в истории покупателя.</numerusform>
            <numerusform>Отправить %n писем сейчас? Каждое будет отмечено в истории покупателя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1. Not sent: %2.</source>
        <translation>Отправлено: %1. Не отправлено: %2.</translation>
    </message>
    <message>
        <source>Some messages have a gap where a value is empty: %1. Check them or edit the script before sending.</source>
        <translation>В некоторых сообщениях пропуск — пустое значение: %1. Проверьте их или измените шаблон перед отправкой.</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Выгрузка сообщений</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>BusinessWords</name>
    <message numerus="yes">
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new student(s)</source>
        <translation>
            <numerusform>%Ln новый ученик</numerusform>
            <numerusform>%Ln новых ученика</numerusform>
            <numerusform>%Ln новых учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to contact</source>
        <translation>
            <numerusform>%n клиент ждёт сообщения</numerusform>
            <numerusform>%n клиента ждут сообщения</numerusform>
            <numerusform>%n клиентов ждут сообщения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) to contact</source>
        <translation>
            <numerusform>%n ученик ждёт сообщения</numerusform>
            <numerusform>%n ученика ждут сообщения</numerusform>
            <numerusform>%n учеников ждут сообщения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n клиент вернулся после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n клиента вернулись после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n клиентов вернулись после ваших сообщений (за 30 дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n ученик вернулся после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n ученика вернулись после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n учеников вернулись после ваших сообщений (за 30 дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more client(s) waiting; they come up in the next days</source>
        <translation>
            <numerusform>ещё %n клиент ждёт очереди — появится в ближайшие дни</numerusform>
            <numerusform>ещё %n клиента ждут очереди — появятся в ближайшие дни</numerusform>
            <numerusform>ещё %n клиентов ждут очереди — появятся в ближайшие дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more student(s) waiting; they come up in the next days</source>
        <translation>
            <numerusform>ещё %n ученик ждёт очереди — появится в ближайшие дни</numerusform>
            <numerusform>ещё %n ученика ждут очереди — появятся в ближайшие дни</numerusform>
            <numerusform>ещё %n учеников ждут очереди — появятся в ближайшие дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per client in %1)</source>
        <translation>
            <numerusform>%n напоминание отложено (не больше одного сообщения клиенту за %1)</numerusform>
            <numerusform>%n напоминания отложены (не больше одного сообщения клиенту за %1)</numerusform>
            <numerusform>%n напоминаний отложено (не больше одного сообщения клиенту за %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per student in %1)</source>
        <translation>
            <numerusform>%n напоминание отложено (не больше одного сообщения ученику за %1)</numerusform>
            <numerusform>%n напоминания отложены (не больше одного сообщения ученику за %1)</numerusform>
            <numerusform>%n напоминаний отложено (не больше одного сообщения ученику за %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Export numbers to XLSX…</source>
        <translation>Выгрузить цифры в XLSX…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Сохранить график как PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart numbers</source>
        <translation>Выгрузить цифры графика</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ClaimKeeper</name>
    <message>
        <source>Someone is writing</source>
        <translation>Кто-то уже пишет</translation>
    </message>
    <message>
        <source>%1 opened this reminder and may be writing to this customer right now. Go on anyway?</source>
        <translation>%1 открыл(а) это напоминание и, возможно, прямо сейчас пишет этому покупателю. Всё равно продолжить?</translation>
    </message>
</context>
<context>
    <name>CohortPlot</name>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Rows: customers by the month of their first order. Columns: months since then. A cell: the share of them who ordered in that month. Grey: fewer than 5 customers, too few to read.</source>
        <translation>Строки: покупатели по месяцу первого заказа. Столбцы: месяцы с того времени. В клетке — доля тех, кто заказал в этом месяце. Серым — меньше 5 покупателей, слишком мало для выводов.</translation>
    </message>
    <message>
        <source>Months since the first order, % of the cohort who ordered</source>
        <translation>Месяцев после первого заказа, % когорты, сделавших заказ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупателей</translation>
    </message>
    <message>
        <source>%1, month %2: %3 of %4 (%5)</source>
        <translation>%1, месяц %2: %3 из %4 (%5)</translation>
    </message>
    <message>
        <source>First order month</source>
        <translation>Месяц первого заказа</translation>
    </message>
    <message>
        <source>Months since the first order</source>
        <translation>Месяцев после первого заказа</translation>
    </message>
    <message>
        <source>Customers who ordered</source>
        <translation>Сделали заказ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>CohortValuePlot</name>
    <message>
        <source>Cohort value</source>
        <translation>Ценность когорт</translation>
    </message>
    <message>
        <source>Money per customer of each first-order month, added up month by month since the first order: the steeper a line, the faster its customers became valuable.</source>
        <translation>Выручка на одного покупателя каждого месяца первого заказа, нарастающим итогом по месяцам: чем круче линия, тем быстрее эти покупатели стали ценными.</translation>
    </message>
    <message>
        <source>Months since the first order</source>
        <translation>Месяцев после первого заказа</translation>
    </message>
    <message numerus="yes">
        <source>%1, month %2: %3 per customer; a cohort of %n customer(s)</source>
        <translation>
            <numerusform>%1, месяц %2: %3 на покупателя; в когорте %n покупатель</numerusform>
            <numerusform>%1, месяц %2: %3 на покупателя; в когорте %n покупателя</numerusform>
            <numerusform>%1, месяц %2: %3 на покупателя; в когорте %n покупателей</numerusform>
        </translation>
    </message>
    <message>
        <source>First order month</source>
        <translation>Месяц первого заказа</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупателей</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>Выручка на покупателя</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Log a complaint</source>
        <translation>Записать жалобу</translation>
    </message>
    <message>
        <source>What went wrong, in their words</source>
        <translation>Что пошло не так — словами покупателя</translation>
    </message>
    <message>
        <source>What was done about it</source>
        <translation>Что сделано, чтобы решить</translation>
    </message>
    <message>
        <source>e.g. a replacement, a 10% discount</source>
        <translation>например, замена или скидка 10 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата жалобы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Its cost</source>
        <translation>Её стоимость</translation>
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
    <name>CustomRuleRow</name>
    <message>
        <source>Not bought for</source>
        <translation>Без покупок</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>in the category</source>
        <translation>в категории</translation>
    </message>
    <message>
        <source>with the tag</source>
        <translation>с меткой</translation>
    </message>
    <message>
        <source>for example: Tea</source>
        <translation>например: Чай</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Автопилот</translation>
    </message>
    <message>
        <source>Send by e-mail automatically to customers who have an e-mail address and have not opted out; the others stay on Today.</source>
        <translation>Отправлять по e-mail автоматически тем покупателям, у кого есть адрес и кто не отказался от писем; остальные остаются в списке «Сегодня».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>CustomRulesEditor</name>
    <message>
        <source>Add your own reminder</source>
        <translation>Добавить своё напоминание</translation>
    </message>
    <message>
        <source>For example: customers who bought tea and have not bought for 45 days, or customers tagged “wholesale” silent for 30 days.</source>
        <translation>Например: покупатели чая, которые не покупали 45 дней, или покупатели с меткой «опт», которые не покупали 30 дней.</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Details</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Bought afterwards</source>
        <translation>Покупка после</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Написать…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Выгрузить данные…</translation>
    </message>
    <message>
        <source>Reload the card</source>
        <translation>Загрузить карточку заново</translation>
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
        <translation>Всё, что стоит помнить: размеры, вкусы, семья, о чём спрашивали…</translation>
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
        <source>Not a valid number for %1: kept as it was written, and not used for messages. Correct it, or add the country code (+…).</source>
        <translation>Номер недействителен для страны «%1»: сохранён как записан, сообщения на него не отправляются. Исправьте его или добавьте код страны (+…).</translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation>покупок пока нет</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>не беспокоить</translation>
    </message>
    <message>
        <source>no marketing consent: no automatic e-mails</source>
        <translation>нет согласия на рассылку: без автоматических писем</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>Not enough history to predict the next order yet: one order so far. Predictions appear after a second order.</source>
        <translation>Пока мало истории, чтобы предсказать следующую покупку: была одна покупка. Прогноз появится после второй.</translation>
    </message>
    <message>
        <source>Likely still a customer (%1 %, %2).</source>
        <translation>Скорее всего, по-прежнему покупатель (%1 %, %2).</translation>
    </message>
    <message>
        <source>Probably no longer a customer (%1 %, %2).</source>
        <translation>Вероятно, больше не покупатель (%1 %, %2).</translation>
    </message>
    <message>
        <source>Worth about %1 in the next 12 months (%2).</source>
        <translation>Принесёт около %1 за ближайшие 12 месяцев (%2).</translation>
    </message>
    <message>
        <source>How: from the way all your customers buy and stop buying (a statistical model, %1).</source>
        <translation>Как посчитано: по тому, как все ваши покупатели покупают и перестают покупать (статистическая модель %1).</translation>
    </message>
    <message>
        <source>the customer&apos;s own rhythm</source>
        <translation>собственный ритм покупателя</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (кто: %2)</translation>
    </message>
    <message>
        <source>How: %1. %2</source>
        <translation>Как считали: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Usually buys every %n day(s)</source>
        <translation>
            <numerusform>Обычно покупает раз в %n день</numerusform>
            <numerusform>Обычно покупает раз в %n дня</numerusform>
            <numerusform>Обычно покупает раз в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>the next order is overdue</source>
        <translation>следующая покупка просрочена</translation>
    </message>
    <message>
        <source>the next order was expected by %1 and is overdue</source>
        <translation>следующую покупку ждали до %1, она просрочена</translation>
    </message>
    <message>
        <source>next order expected %1</source>
        <translation>следующая покупка ожидается %1</translation>
    </message>
    <message>
        <source>next order expected around %1</source>
        <translation>следующая покупка ожидается около %1</translation>
    </message>
    <message>
        <source>no next order expected soon</source>
        <translation>следующей покупки в ближайшее время не ждём</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>уверенность высокая</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>уверенность средняя</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>уверенность низкая</translation>
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
        <source>Spent</source>
        <translation>Потрачено</translation>
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
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Следующая покупка</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Ещё покупает</translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation>Ценность, 12 мес.</translation>
    </message>
    <message>
        <source>Overdue: the next order was expected earlier</source>
        <translation>Просрочено: следующую покупку ждали раньше</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Уверенность низкая</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Уверенность средняя</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Уверенность высокая</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation>Поиск по имени, телефону или e-mail</translation>
    </message>
    <message>
        <source>Prepare a message for the selected customers, or for everyone shown when none is selected.</source>
        <translation>Подготовить сообщение выбранным покупателям, а если никто не выбран — всем в списке.</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Возможные дубли…</translation>
    </message>
    <message>
        <source>Customers written twice (a name in another alphabet, a phone or e-mail typo): merge them into one.</source>
        <translation>Покупатели, записанные дважды (имя латиницей, опечатка в телефоне или e-mail): объедините их в одного.</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>2nd purchase within 30 days</source>
        <translation>2-я покупка в течение 30 дней</translation>
    </message>
    <message>
        <source>New customers of the period whose first order is at least 30 days old and who ordered again within 30 days of it.</source>
        <translation>Новые покупатели периода, чьей первой покупке не меньше 30 дней и кто купил снова в течение 30 дней после неё.</translation>
    </message>
    <message>
        <source>2nd purchase within 60 days</source>
        <translation>2-я покупка в течение 60 дней</translation>
    </message>
    <message>
        <source>New customers of the period whose first order is at least 60 days old and who ordered again within 60 days of it.</source>
        <translation>Новые покупатели периода, чьей первой покупке не меньше 60 дней и кто купил снова в течение 60 дней после неё.</translation>
    </message>
    <message>
        <source>2nd purchase within 90 days</source>
        <translation>2-я покупка в течение 90 дней</translation>
    </message>
    <message>
        <source>New customers of the period whose first order is at least 90 days old and who ordered again within 90 days of it.</source>
        <translation>Новые покупатели периода, чьей первой покупке не меньше 90 дней и кто купил снова в течение 90 дней после неё.</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Купили</translation>
    </message>
    <message>
        <source>Customers with at least one order in the period (free orders count).</source>
        <translation>Покупатели хотя бы с одной покупкой за период (бесплатные тоже считаются).</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые покупатели</translation>
    </message>
    <message>
        <source>Customers whose first order ever is in the period.</source>
        <translation>Покупатели, чья самая первая покупка пришлась на этот период.</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Вернувшиеся покупатели</translation>
    </message>
    <message>
        <source>Customers who ordered in the period and had ordered before it.</source>
        <translation>Покупатели, которые купили в этом периоде и покупали до него.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Orders in the period; a refund is never an order.</source>
        <translation>Покупки за период; возврат покупкой не считается.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Purchases in the period minus refunds, each customer&apos;s never below zero.</source>
        <translation>Покупки за период минус возвраты; у каждого покупателя не меньше нуля.</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Revenue divided by orders, free orders included.</source>
        <translation>Выручка, делённая на число покупок, включая бесплатные.</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Доля повторных покупателей</translation>
    </message>
    <message>
        <source>Customers with 2 or more orders among all customers with an order, at the period&apos;s end.</source>
        <translation>Покупатели с 2 и более покупками среди всех покупателей, на конец периода.</translation>
    </message>
    <message>
        <source>New customers who came back</source>
        <translation>Новые, которые вернулись</translation>
    </message>
    <message>
        <source>The period&apos;s new customers who have ordered a second time by today.</source>
        <translation>Новые покупатели периода, которые к сегодняшнему дню купили второй раз.</translation>
    </message>
    <message>
        <source>Days to the 2nd order</source>
        <translation>Дней до 2-й покупки</translation>
    </message>
    <message>
        <source>Median days from the first to the second order, for second orders in the period.</source>
        <translation>Медиана дней от первой до второй покупки — для вторых покупок в этом периоде.</translation>
    </message>
    <message>
        <source>Days to the 3rd order</source>
        <translation>Дней до 3-й покупки</translation>
    </message>
    <message>
        <source>Median days from the first to the third order, for third orders in the period.</source>
        <translation>Медиана дней от первой до третьей покупки — для третьих покупок в этом периоде.</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Удержание покупателей</translation>
    </message>
    <message>
        <source>Customers active at the start who are still active at the end, among those active at the start (new and won-back customers left out).</source>
        <translation>Доля активных на начало периода, которые остались активными на конец (новые и вернувшиеся после перерыва не считаются).</translation>
    </message>
    <message>
        <source>Revenue from repeat customers</source>
        <translation>Выручка от повторных покупателей</translation>
    </message>
    <message>
        <source>Share of the period&apos;s revenue paid by customers with 2 or more orders.</source>
        <translation>Доля выручки периода от покупателей с 2 и более покупками.</translation>
    </message>
    <message>
        <source>Days between orders (median)</source>
        <translation>Дней между покупками (медиана)</translation>
    </message>
    <message>
        <source>Median days between a customer&apos;s consecutive orders, for orders in the period.</source>
        <translation>Медиана дней между соседними покупками одного покупателя — для покупок в этом периоде.</translation>
    </message>
    <message>
        <source>Days between orders (mean)</source>
        <translation>Дней между покупками (среднее)</translation>
    </message>
    <message>
        <source>Mean days between a customer&apos;s consecutive orders, for orders in the period.</source>
        <translation>Среднее число дней между соседними покупками одного покупателя — для покупок в этом периоде.</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Срок жизни покупателя</translation>
    </message>
    <message>
        <source>Mean days from the first to the last order of customers with 2 or more orders, at the period&apos;s end.</source>
        <translation>Среднее число дней от первой до последней покупки у покупателей с 2 и более покупками, на конец периода.</translation>
    </message>
    <message>
        <source>Revenue per customer (historic CLV)</source>
        <translation>Выручка на покупателя (CLV)</translation>
    </message>
    <message>
        <source>All money up to the period&apos;s end divided by customers with an order.</source>
        <translation>Все деньги до конца периода, делённые на число покупателей.</translation>
    </message>
    <message>
        <source>Reactivation rate</source>
        <translation>Возврат уснувших</translation>
    </message>
    <message>
        <source>Customers inactive longer than the active window at the period&apos;s start who ordered in it.</source>
        <translation>Покупатели, неактивные дольше срока активности на начало периода, которые купили в нём.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>Ordered within the active window at the period&apos;s end (won back not included).</source>
        <translation>Покупали в пределах срока активности на конец периода (кроме вернувшихся после перерыва).</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Вернулись после перерыва</translation>
    </message>
    <message>
        <source>Ordered in the period after a break longer than the active window.</source>
        <translation>Купили в периоде после перерыва дольше срока активности.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Last order older than the active window, but not yet lost (segments&apos; &quot;lost after&quot;).</source>
        <translation>Последняя покупка старше срока активности, но покупатель ещё не потерян (настройка сегментов «Потерян после»).</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Потеряны</translation>
    </message>
    <message>
        <source>Last order older than the segments&apos; &quot;lost after&quot; days: the segment map&apos;s Lost.</source>
        <translation>Последняя покупка старше срока «Потерян после» из настроек сегментов: сегмент «Потерянные».</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score of the period&apos;s 0–10 answers: % of 9–10 (promoters) minus % of 0–6 (detractors), from −100 to +100; 7–8 count only in the total.</source>
        <translation>Индекс лояльности (NPS) по ответам 0–10 за период: доля оценок 9–10 (промоутеры) минус доля оценок 0–6 (критики), в процентах, от −100 до +100; 7–8 учитываются только в общем числе ответов.</translation>
    </message>
    <message>
        <source>Satisfaction (CSI)</source>
        <translation>Удовлетворённость (CSI)</translation>
    </message>
    <message>
        <source>The average of the period&apos;s 0–10 answers.</source>
        <translation>Средняя оценка 0–10 за период.</translation>
    </message>
    <message>
        <source>Complaints resolved within 48 hours</source>
        <translation>Жалобы, решённые за 48 часов</translation>
    </message>
    <message>
        <source>Complaints opened in the period (a 0–6 score opens one) that were resolved no later than 2 days after the day they were opened.</source>
        <translation>Жалобы за период (оценка 0–6 тоже открывает жалобу), решённые не позже чем через 2 дня после дня жалобы.</translation>
    </message>
    <message>
        <source>Predicted CLV (next 12 months)</source>
        <translation>Прогноз CLV (на 12 месяцев)</translation>
    </message>
    <message>
        <source>What the prediction model expects a customer to spend in the next 12 months: every customer&apos;s predicted 12-month value added up and divided by the customers with an order. For all customers as of today, whatever the period; refreshed at the start of each day.</source>
        <translation>Сколько, по прогнозу модели, покупатель потратит за следующие 12 месяцев: прогнозы всех покупателей на 12 месяцев сложены и поделены на число покупателей с заказами. По всем покупателям на сегодня, независимо от периода; пересчитывается в начале каждого дня.</translation>
    </message>
    <message>
        <source>Not predicted yet</source>
        <translation>Прогноза пока нет</translation>
    </message>
    <message>
        <source>The model needs at least %1 customers, %2 of them with 2 or more orders; it is fitted at the start of each day once the shop has them.</source>
        <translation>Модели нужно не меньше %1 покупателей, из них %2 — с двумя заказами и больше; она строится в начале каждого дня, как только они наберутся.</translation>
    </message>
    <message>
        <source>per customer; %1 in all from %2 customers</source>
        <translation>на покупателя; всего %1 от %2 покупателей</translation>
    </message>
    <message>
        <source>A forecast from today: not compared.</source>
        <translation>Прогноз от сегодняшнего дня: без сравнения.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>было: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Compared with %1. Active: bought within the last %2 days (Settings → Segments).</source>
        <translation>Сравнение с периодом %1. Активный — покупал за последние %2 дн. (Настройки → Сегменты).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Did the reminders work? (last 12 months)</source>
        <translation>Сработали ли напоминания? (за 12 месяцев)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Другие сообщения</translation>
    </message>
    <message>
        <source>Bought after</source>
        <translation>Покупка после</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Доля успеха</translation>
    </message>
    <message>
        <source>Reminders in the period: written to, or left alone?</source>
        <translation>Напоминания за период: написали или нет?</translation>
    </message>
    <message>
        <source>Per reminder</source>
        <translation>По напоминаниям</translation>
    </message>
    <message>
        <source>Per script</source>
        <translation>По шаблонам</translation>
    </message>
    <message>
        <source>Reminder or script</source>
        <translation>Напоминание или шаблон</translation>
    </message>
    <message>
        <source>Written to: ordered after</source>
        <translation>Написали: купили после</translation>
    </message>
    <message>
        <source>Autopilot: the first message was an e-mail the autopilot sent; by you: one you sent, opened or marked yourself.</source>
        <translation>Автопилот: первым сообщением было письмо, отправленное автопилотом; вы сами: сообщение, которое вы отправили, открыли или отметили отправленным.</translation>
    </message>
    <message>
        <source>By you</source>
        <translation>Вы сами</translation>
    </message>
    <message>
        <source>Not written to: ordered anyway</source>
        <translation>Не написали: купили сами</translation>
    </message>
    <message>
        <source>No reminders were due or written in this period. Choose another period, or work through the Today list.</source>
        <translation>В этом периоде не было напоминаний. Выберите другой период или поработайте со списком «Сегодня».</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>Без шаблона</translation>
    </message>
    <message numerus="yes">
        <source>Customers, not messages. Written to: ordered within %n day(s) after the first message of a reminder. Not written to: the reminder was due in the period and skipped or is still waiting; ordered within %n day(s) after its day.</source>
        <translation>
            <numerusform>Считаются покупатели, а не сообщения. Написали: купили в течение %n дня после первого сообщения по напоминанию. Не написали: напоминание было назначено на этот период и пропущено или ещё ждёт; купили в течение %n дня после его даты.</numerusform>
            <numerusform>Считаются покупатели, а не сообщения. Написали: купили в течение %n дней после первого сообщения по напоминанию. Не написали: напоминание было назначено на этот период и пропущено или ещё ждёт; купили в течение %n дней после его даты.</numerusform>
            <numerusform>Считаются покупатели, а не сообщения. Написали: купили в течение %n дней после первого сообщения по напоминанию. Не написали: напоминание было назначено на этот период и пропущено или ещё ждёт; купили в течение %n дней после его даты.</numerusform>
        </translation>
    </message>
    <message>
        <source>People written to</source>
        <translation>Кому написали</translation>
    </message>
    <message>
        <source>No messages logged yet. Work through the Today list: every message you open in a messenger, send, export or mark as sent is counted here.</source>
        <translation>Сообщений пока нет. Пройдите по списку «Сегодня»: каждое сообщение, которое вы открыли в мессенджере, отправили, выгрузили или отметили отправленным, учитывается здесь.</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Пока нечего измерять</translation>
    </message>
    <message>
        <source>Import your sales (File → Import…) and this page shows how many customers come back, how much returning customers bring, and which reminders work.</source>
        <translation>Импортируйте продажи (Файл → Импорт…), и здесь появится, сколько покупателей возвращается, сколько приносят вернувшиеся и какие напоминания работают.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Автопилот</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People, not messages: each person written to in the last 12 months counts once, and counts as brought back if they bought within %n day(s) after a message (Settings → Reminders). Opening a message in a messenger, sending, exporting or marking it sent is a message; copying the text alone is not.</source>
        <translation>
            <numerusform>Считаются люди, а не сообщения: каждый покупатель, которому писали за последние 12 месяцев, учитывается один раз и считается вернувшимся, если купил в течение %n дня после сообщения (Настройки → Напоминания). Сообщение — это открытое в мессенджере, отправленное, выгруженное или отмеченное отправленным; просто скопированный текст не считается.</numerusform>
            <numerusform>Считаются люди, а не сообщения: каждый покупатель, которому писали за последние 12 месяцев, учитывается один раз и считается вернувшимся, если купил в течение %n дней после сообщения (Настройки → Напоминания). Сообщение — это открытое в мессенджере, отправленное, выгруженное или отмеченное отправленным; просто скопированный текст не считается.</numerusform>
            <numerusform>Считаются люди, а не сообщения: каждый покупатель, которому писали за последние 12 месяцев, учитывается один раз и считается вернувшимся, если купил в течение %n дней после сообщения (Настройки → Напоминания). Сообщение — это открытое в мессенджере, отправленное, выгруженное или отмеченное отправленным; просто скопированный текст не считается.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1 of %2 people written to bought again (%3).</source>
        <translation>Всего: %1 из %2 покупателей, которым написали, купили снова (%3).</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Nothing to report: no sales had been imported by the end of this month. Import your sales (File → Import…) and build the report again.</source>
        <translation>Отчитываться пока не о чем: к концу этого месяца продажи ещё не были загружены. Загрузите продажи (Файл → Импорт…) и соберите отчёт снова.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly report: %1</source>
        <translation>Отчёт за месяц: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Тот же месяц год назад</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Pictures: the twelve months to this one</source>
        <translation>Графики за двенадцать месяцев, включая этот</translation>
    </message>
    <message>
        <source>Counts from the monthly segment snapshots.</source>
        <translation>Числа из ежемесячных снимков сегментов.</translation>
    </message>
    <message>
        <source>Counts recomputed from the purchase history with today&apos;s segment settings.</source>
        <translation>Числа пересчитаны по истории покупок с сегодняшними настройками сегментов.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>End of this month</source>
        <translation>Конец этого месяца</translation>
    </message>
    <message>
        <source>End of previous month</source>
        <translation>Конец прошлого месяца</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>No segments yet.</source>
        <translation>Сегментов пока нет.</translation>
    </message>
    <message>
        <source>Segments: customers at the month end</source>
        <translation>Сегменты: покупатели на конец месяца</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>By the autopilot</source>
        <translation>Написал автопилот</translation>
    </message>
    <message>
        <source>By you</source>
        <translation>Написали вы</translation>
    </message>
    <message>
        <source>By the autopilot: the first message was an e-mail the autopilot sent; by you: one you sent, opened or marked yourself.</source>
        <translation>Написал автопилот: первым сообщением было письмо, отправленное автопилотом; написали вы: сообщение, которое вы сами отправили, открыли или отметили отправленным.</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Другие сообщения</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>Без шаблона</translation>
    </message>
    <message>
        <source>Reminders: written to, or left alone?</source>
        <translation>Напоминания: написали или нет?</translation>
    </message>
    <message>
        <source>No reminders were due or written in this month.</source>
        <translation>В этом месяце не было напоминаний: ни назначенных, ни отправленных.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Written to: ordered after</source>
        <translation>Написали: купили после</translation>
    </message>
    <message>
        <source>Not written to: ordered anyway</source>
        <translation>Не написали: купили сами</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop your spreadsheet here to import it</source>
        <translation>Отпустите файл, чтобы импортировать его</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Merge into left</source>
        <translation>Объединить в левого</translation>
    </message>
    <message>
        <source>Keep the left customer; the right one&apos;s purchases, messages and history move to her.</source>
        <translation>Оставить левого покупателя; покупки, сообщения и история правого перейдут к нему.</translation>
    </message>
    <message>
        <source>Merge into right</source>
        <translation>Объединить в правого</translation>
    </message>
    <message>
        <source>Keep the right customer; the left one&apos;s purchases, messages and history move to her.</source>
        <translation>Оставить правого покупателя; покупки, сообщения и история левого перейдут к нему.</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <source>This pair will not be suggested again.</source>
        <translation>Эта пара больше не будет предлагаться.</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Последние объединения</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <source>Looking for customers written twice…</source>
        <translation>Ищем покупателей, записанных дважды…</translation>
    </message>
    <message>
        <source>No likely duplicates. Customers look like different people: the same name alone, with different phones or e-mails, is not suggested.</source>
        <translation>Похожих дублей нет: покупатели выглядят разными людьми. Одно лишь совпадение имени при разных телефонах или e-mail дублем не считается.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s). Check the two cards below, then merge them or say they are different people.</source>
        <translation>
            <numerusform>%n возможный дубль. Сравните две карточки ниже и объедините их или отметьте, что это разные люди.</numerusform>
            <numerusform>%n возможных дубля. Сравните две карточки ниже и объедините их или отметьте, что это разные люди.</numerusform>
            <numerusform>%n возможных дублей. Сравните две карточки ниже и объедините их или отметьте, что это разные люди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединяем…</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Отменяем объединение…</translation>
    </message>
    <message>
        <source>%1 merged into %2 (%3)</source>
        <translation>Карточка «%1» объединена с «%2» (%3)</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Объединений пока не было.</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>Import survey answers</source>
        <translation>Загрузить ответы опроса</translation>
    </message>
    <message>
        <source>Survey export (*.csv *.zip);;All files (*)</source>
        <translation>Выгрузка опроса (*.csv *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Scores added: %1</source>
        <translation>Добавлено оценок: %1</translation>
    </message>
    <message>
        <source>Already stored: %1</source>
        <translation>Уже были загружены: %1</translation>
    </message>
    <message>
        <source>Complaints opened (scores 0–6): %1</source>
        <translation>Открыто жалоб (оценки 0–6): %1</translation>
    </message>
    <message>
        <source>Not imported: %1 (no customer is created from a survey)</source>
        <translation>Не загружено: %1 (из опроса новые покупатели не создаются)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPlurals</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Record a score…</source>
        <translation>Записать оценку…</translation>
    </message>
    <message>
        <source>Log a complaint…</source>
        <translation>Записать жалобу…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <source>No scores yet. Ask “How likely are you to recommend us, from 0 to 10?” and record the answer here, or import a survey from the File menu.</source>
        <translation>Оценок пока нет. Спросите: «Насколько вероятно, что вы порекомендуете нас, от 0 до 10?» — и запишите ответ здесь или загрузите опрос через меню «Файл».</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Latest score: %1 of 10 (%2)</source>
        <translation>Последняя оценка: %1 из 10 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) not resolved yet</source>
        <translation>
            <numerusform>%n жалоба ещё не решена</numerusform>
            <numerusform>%n жалобы ещё не решены</numerusform>
            <numerusform>%n жалоб ещё не решены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Добро пожаловать в Regulars</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your messages will be signed with these.&lt;/b&gt;&lt;br&gt;Customers see your shop&apos;s name and your name in every message. You can change all of this later in Settings.</source>
        <translation>&lt;b&gt;Этим будут подписаны ваши сообщения.&lt;/b&gt;&lt;br&gt;Покупатели увидят в каждом сообщении название магазина и ваше имя. Всё это можно изменить потом в настройках.</translation>
    </message>
    <message>
        <source>for example: Bean &amp; Leaf</source>
        <translation>например: Зерно и лист</translation>
    </message>
    <message>
        <source>for example: Olga</source>
        <translation>например: Ольга</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Kind of business</source>
        <translation>Вид деятельности</translation>
    </message>
    <message>
        <source>Sets the words the app uses (customers, clients or students) and the scripts of the reminders.</source>
        <translation>От этого зависят слова в программе (покупатели, клиенты или ученики) и шаблоны напоминаний.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Country of phone numbers</source>
        <translation>Страна телефонов</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as this country&apos;s; others are kept as typed and marked.</source>
        <translation>Номера без кода страны считаются номерами этой страны; остальные сохраняются как записаны и помечаются.</translation>
    </message>
    <message>
        <source>Language of messages</source>
        <translation>Язык сообщений</translation>
    </message>
    <message>
        <source>The language customers are written to; it may differ from the app&apos;s.</source>
        <translation>На каком языке писать покупателям; может отличаться от языка программы.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your messages will be signed with these.&lt;/b&gt;&lt;br&gt;Clients see your business&apos;s name and your name in every message. You can change all of this later in Settings.</source>
        <translation>&lt;b&gt;Этим будут подписаны ваши сообщения.&lt;/b&gt;&lt;br&gt;Клиенты видят название и ваше имя в каждом сообщении. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your messages will be signed with these.&lt;/b&gt;&lt;br&gt;Students see your business&apos;s name and your name in every message. You can change all of this later in Settings.</source>
        <translation>&lt;b&gt;Этим будут подписаны ваши сообщения.&lt;/b&gt;&lt;br&gt;Ученики видят название и ваше имя в каждом сообщении. Всё это можно изменить позже в настройках.</translation>
    </message>
</context>
<context>
    <name>HandLevelDialog</name>
    <message>
        <source>Set level by hand</source>
        <translation>Задать уровень вручную</translation>
    </message>
    <message>
        <source>By the ladder (automatic)</source>
        <translation>По лестнице (автоматически)</translation>
    </message>
    <message>
        <source>A level set by hand is never lowered by the ladder; reaching a higher level by orders still lifts it.</source>
        <translation>Уровень, заданный вручную, лестница никогда не понижает; если покупатель дорастёт до более высокого уровня по заказам, он его получит.</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Days between orders</source>
        <translation>Дни между заказами</translation>
    </message>
    <message>
        <source>Orders per customer</source>
        <translation>Заказов на покупателя</translation>
    </message>
    <message>
        <source>How long customers wait between one order and the next: every two consecutive orders of one customer are one gap.</source>
        <translation>Сколько дней проходит от заказа до следующего: каждые два заказа подряд одного покупателя — один промежуток.</translation>
    </message>
    <message>
        <source>How many orders each customer has made, free orders included.</source>
        <translation>Сколько заказов сделал каждый покупатель, бесплатные тоже считаются.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказов</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Промежутков</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупателей</translation>
    </message>
    <message numerus="yes">
        <source>%1 days: %n gap(s)</source>
        <translation>
            <numerusform>%1 дн.: %n промежуток</numerusform>
            <numerusform>%1 дн.: %n промежутка</numerusform>
            <numerusform>%1 дн.: %n промежутков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders: %1; %n customer(s)</source>
        <translation>
            <numerusform>Заказов: %1; %n покупатель</numerusform>
            <numerusform>Заказов: %1; %n покупателя</numerusform>
            <numerusform>Заказов: %1; %n покупателей</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln покупка</numerusform>
            <numerusform>%Ln покупки</numerusform>
            <numerusform>%Ln покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln новый покупатель</numerusform>
            <numerusform>%Ln новых покупателя</numerusform>
            <numerusform>%Ln новых покупателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes its %Ln purchase(s) and the customers it created that have nothing else. A backup copy of your data is made first.</source>
        <translation>
            <numerusform>Будет удалена %Ln загруженная покупка и созданные при импорте покупатели, у которых больше ничего нет. Перед этим будет сделана резервная копия данных.</numerusform>
            <numerusform>Будут удалены %Ln загруженные покупки и созданные при импорте покупатели, у которых больше ничего нет. Перед этим будет сделана резервная копия данных.</numerusform>
            <numerusform>Будут удалены %Ln загруженных покупок и созданные при импорте покупатели, у которых больше ничего нет. Перед этим будет сделана резервная копия данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln покупатель</numerusform>
            <numerusform>%Ln покупателя</numerusform>
            <numerusform>%Ln покупателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import sales or customers</source>
        <translation>Импорт продаж или покупателей</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читаю %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импортирую %1…</translation>
    </message>
    <message>
        <source>Imported %1, %2.</source>
        <translation>Импортировано: %1, %2.</translation>
    </message>
    <message>
        <source>Import undone: removed %1 and %2.</source>
        <translation>Импорт отменён. Удалено: %1 и %2.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Импорт отменён, ничего не изменилось.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)?</source>
        <translation>Отменить импорт файла %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Choose the columns myself</source>
        <translation>Выбрать столбцы вручную</translation>
    </message>
    <message>
        <source>Show the list…</source>
        <translation>Показать список…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported with these columns. In the drop-downs above the rows, choose the columns with the date and the amount of each purchase, or, for a list of customers, the column with the name, phone or e-mail.</source>
        <translation>С такими столбцами из файла %1 ничего не импортировать. В списках над строками выберите столбцы с датой и суммой каждой покупки, а для списка покупателей — столбец с именем, телефоном или e-mail.</translation>
    </message>
    <message>
        <source>Several columns could hold the money: %1. Which one is what the customer paid?</source>
        <translation>Сумма покупки может быть в нескольких столбцах: %1. В каком из них то, что заплатил покупатель?</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>лист «%1»</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>заголовок в строке %1</translation>
    </message>
    <message>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt;. Its columns and money are read the way this export writes them; check the rows below and press Import.</source>
        <translation>Распознано: &lt;b&gt;%1&lt;/b&gt;. Столбцы и суммы читаются так, как их записывает эта выгрузка; проверьте строки ниже и нажмите «Импортировать».</translation>
    </message>
    <message>
        <source>(columns as you set them last time)</source>
        <translation>(столбцы как в прошлый раз)</translation>
    </message>
    <message>
        <source>Check that each column is understood; change any that is not. Nothing is saved until you press Import.</source>
        <translation>Проверьте, что каждый столбец распознан верно, и исправьте, если нет. Ничего не сохранится, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверяю файл…</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Прочитано строк: %1</translation>
    </message>
    <message>
        <source>A customer list (no purchases).</source>
        <translation>Список покупателей (без покупок).</translation>
    </message>
    <message>
        <source>New customers: &lt;b&gt;%1&lt;/b&gt;; already known: %2.</source>
        <translation>Новых покупателей: &lt;b&gt;%1&lt;/b&gt;; уже известных: %2.</translation>
    </message>
    <message>
        <source>Dates like 03/04 could be read either way; they are read as day/month.</source>
        <translation>Даты вида 03/04 можно прочитать двояко; они читаются как день/месяц.</translation>
    </message>
    <message>
        <source>Dates like 03/04 could be read either way; they are read as month/day.</source>
        <translation>Даты вида 03/04 можно прочитать двояко; они читаются как месяц/день.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Нового для импорта нет.</translation>
    </message>
    <message>
        <source>Will add &lt;b&gt;%1&lt;/b&gt; %2.</source>
        <translation>Будет добавлено: &lt;b&gt;%1&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>Also adds: %1.</source>
        <translation>Также добавятся: %1.</translation>
    </message>
</context>
<context>
    <name>ImportRejectedDialog</name>
    <message>
        <source>Rows to check</source>
        <translation>Строки для проверки</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Исправить: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be left out. Fix them in the file and import it again: rows already imported are skipped.</source>
        <translation>
            <numerusform>%Ln строка не войдёт. Исправьте её в файле и импортируйте его снова: уже импортированные строки будут пропущены.</numerusform>
            <numerusform>%Ln строки не войдут. Исправьте их в файле и импортируйте его снова: уже импортированные строки будут пропущены.</numerusform>
            <numerusform>%Ln строк не войдут. Исправьте их в файле и импортируйте его снова: уже импортированные строки будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones and e-mails: %1</source>
        <translation>Телефоны и e-mail: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without the phone or e-mail below: it could not be read. Correct it in the file, or later on the customer&apos;s card.</source>
        <translation>
            <numerusform>%Ln строка войдёт без телефона или e-mail из списка: их не удалось прочитать. Исправьте их в файле или потом в карточке покупателя.</numerusform>
            <numerusform>%Ln строки войдут без телефона или e-mail из списка: их не удалось прочитать. Исправьте их в файле или потом в карточке покупателя.</numerusform>
            <numerusform>%Ln строк войдут без телефона или e-mail из списка: их не удалось прочитать. Исправьте их в файле или потом в карточке покупателя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthdays: %1</source>
        <translation>Дни рождения: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without the birthday below: it is not a date, or it is after today or before 1900. Correct it in the file, or later on the customer&apos;s card.</source>
        <translation>
            <numerusform>%Ln строка будет импортирована без дня рождения, указанного ниже: это не дата, либо она позже сегодняшнего дня или раньше 1900 года. Исправьте её в файле или потом в карточке покупателя.</numerusform>
            <numerusform>%Ln строки будут импортированы без дня рождения, указанного ниже: это не дата, либо она позже сегодняшнего дня или раньше 1900 года. Исправьте её в файле или потом в карточке покупателя.</numerusform>
            <numerusform>%Ln строк будет импортировано без дня рождения, указанного ниже: это не дата, либо она позже сегодняшнего дня или раньше 1900 года. Исправьте её в файле или потом в карточке покупателя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrers: %1</source>
        <translation>Рекомендатели: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) not found among the customers: kept in their notes.</source>
        <translation>
            <numerusform>%Ln рекомендатель не найден среди покупателей: записан в заметки.</numerusform>
            <numerusform>%Ln рекомендателя не найдены среди покупателей: записаны в заметки.</numerusform>
            <numerusform>%Ln рекомендателей не найдены среди покупателей: записаны в заметки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing consent: %1</source>
        <translation>Согласие на рассылку: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) say neither yes nor no about e-mail marketing: those customers&apos; consent stays as it was.</source>
        <translation>
            <numerusform>В %Ln строке не сказано ни «да», ни «нет» о согласии на рассылку: у этих покупателей согласие остаётся прежним.</numerusform>
            <numerusform>В %Ln строках не сказано ни «да», ни «нет» о согласии на рассылку: у этих покупателей согласие остаётся прежним.</numerusform>
            <numerusform>В %Ln строках не сказано ни «да», ни «нет» о согласии на рассылку: у этих покупателей согласие остаётся прежним.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other encoding: %1</source>
        <translation>Другая кодировка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file were in another encoding (Windows-1251) and were read as such: check that the names below read right.</source>
        <translation>
            <numerusform>%Ln строка файла была в другой кодировке (Windows-1251) и прочитана в ней: проверьте, что имена ниже читаются правильно.</numerusform>
            <numerusform>%Ln строки файла были в другой кодировке (Windows-1251) и прочитаны в ней: проверьте, что имена ниже читаются правильно.</numerusform>
            <numerusform>%Ln строк файла были в другой кодировке (Windows-1251) и прочитаны в ней: проверьте, что имена ниже читаются правильно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sales: %1</source>
        <translation>Не продажи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of cancelled or refunded orders. They are not sales, so they are left out; there is nothing to fix.</source>
        <translation>
            <numerusform>%Ln строка отменённых или возвращённых заказов. Это не продажи, поэтому они не войдут; исправлять ничего не нужно.</numerusform>
            <numerusform>%Ln строки отменённых или возвращённых заказов. Это не продажи, поэтому они не войдут; исправлять ничего не нужно.</numerusform>
            <numerusform>%Ln строк отменённых или возвращённых заказов. Это не продажи, поэтому они не войдут; исправлять ничего не нужно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportSheetDialog</name>
    <message>
        <source>Choose a sheet</source>
        <translation>Выберите лист</translation>
    </message>
    <message>
        <source>%1 has several sheets. Which one holds your sales or customers?</source>
        <translation>В файле %1 несколько листов. На каком из них продажи или покупатели?</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln conflict(s): for example %1 is “%2” here but “%3” in Regulars; they are treated as one person.</source>
        <translation>
            <numerusform>%Ln расхождение: например, %1 здесь «%2», а в Regulars «%3»; это считается одним человеком.</numerusform>
            <numerusform>%Ln расхождения: например, %1 здесь «%2», а в Regulars «%3»; это считается одним человеком.</numerusform>
            <numerusform>%Ln расхождений: например, %1 здесь «%2», а в Regulars «%3»; это считается одним человеком.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln покупка</numerusform>
            <numerusform>%Ln покупки</numerusform>
            <numerusform>%Ln покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln order(s)</source>
        <translation>
            <numerusform>в %Ln заказе</numerusform>
            <numerusform>в %Ln заказах</numerusform>
            <numerusform>в %Ln заказах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s) already in Regulars will be skipped.</source>
        <translation>
            <numerusform>%Ln покупка уже есть в Regulars — она будет пропущена.</numerusform>
            <numerusform>%Ln покупки уже есть в Regulars — они будут пропущены.</numerusform>
            <numerusform>%Ln покупок уже есть в Regulars — они будут пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) joined</source>
        <translation>
            <numerusform>%Ln оплата объединена</numerusform>
            <numerusform>%Ln оплаты объединены</numerusform>
            <numerusform>%Ln оплат объединены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>into %Ln instalment order(s).</source>
        <translation>
            <numerusform>в %Ln заказ с оплатой частями.</numerusform>
            <numerusform>в %Ln заказа с оплатой частями.</numerusform>
            <numerusform>в %Ln заказов с оплатой частями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes for %Ln customer(s)</source>
        <translation>
            <numerusform>заметки для %Ln покупателя</numerusform>
            <numerusform>заметки для %Ln покупателей</numerusform>
            <numerusform>заметки для %Ln покупателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags for %Ln customer(s)</source>
        <translation>
            <numerusform>теги для %Ln покупателя</numerusform>
            <numerusform>теги для %Ln покупателей</numerusform>
            <numerusform>теги для %Ln покупателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) linked</source>
        <translation>
            <numerusform>%Ln связь «кто порекомендовал»</numerusform>
            <numerusform>%Ln связи «кто порекомендовал»</numerusform>
            <numerusform>%Ln связей «кто порекомендовал»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be read and will be left out: see the list.</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать, она не войдёт — см. список.</numerusform>
            <numerusform>%Ln строки не удалось прочитать, они не войдут — см. список.</numerusform>
            <numerusform>%Ln строк не удалось прочитать, они не войдут — см. список.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without a phone or e-mail that could not be read: see the list.</source>
        <translation>
            <numerusform>%Ln строка войдёт без телефона или e-mail, которые не удалось прочитать — см. список.</numerusform>
            <numerusform>%Ln строки войдут без телефона или e-mail, которые не удалось прочитать — см. список.</numerusform>
            <numerusform>%Ln строк войдут без телефона или e-mail, которые не удалось прочитать — см. список.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without a birthday that is not possible: see the list.</source>
        <translation>
            <numerusform>%Ln строка будет импортирована без невозможного дня рождения: см. список.</numerusform>
            <numerusform>%Ln строки будут импортированы без невозможного дня рождения: см. список.</numerusform>
            <numerusform>%Ln строк будет импортировано без невозможного дня рождения: см. список.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) were in another encoding (Windows-1251) and were read as such: check their names in the list.</source>
        <translation>
            <numerusform>%Ln строка была в другой кодировке (Windows-1251) и прочитана в ней: проверьте имена в списке.</numerusform>
            <numerusform>%Ln строки были в другой кодировке (Windows-1251) и прочитаны в ней: проверьте имена в списке.</numerusform>
            <numerusform>%Ln строк были в другой кодировке (Windows-1251) и прочитаны в ней: проверьте имена в списке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) not found among the customers: kept in their notes.</source>
        <translation>
            <numerusform>%Ln рекомендатель не найден среди покупателей: записан в заметки.</numerusform>
            <numerusform>%Ln рекомендателя не найдены среди покупателей: записаны в заметки.</numerusform>
            <numerusform>%Ln рекомендателей не найдены среди покупателей: записаны в заметки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sales, left out: %Ln row(s) of cancelled or refunded orders.</source>
        <translation>
            <numerusform>Не продажи, не войдут: %Ln строка отменённых или возвращённых заказов.</numerusform>
            <numerusform>Не продажи, не войдут: %Ln строки отменённых или возвращённых заказов.</numerusform>
            <numerusform>Не продажи, не войдут: %Ln строк отменённых или возвращённых заказов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (a negative amount): %Ln line(s), imported as they are.</source>
        <translation>
            <numerusform>Возвраты (сумма с минусом): %Ln строка, импортируется как есть.</numerusform>
            <numerusform>Возвраты (сумма с минусом): %Ln строки, импортируются как есть.</numerusform>
            <numerusform>Возвраты (сумма с минусом): %Ln строк, импортируются как есть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderEditor</name>
    <message>
        <source>A customer stands on the highest level whose conditions she meets. Moving up is at once; moving down waits for the grace days. A level set by hand on the card is never lowered.</source>
        <translation>Покупатель получает самый высокий уровень, условия которого выполнены. Повышение — сразу; понижение — только после льготного срока. Уровень, заданный вручную в карточке, никогда не понижается.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Orders ≥</source>
        <translation>Заказов ≥</translation>
    </message>
    <message>
        <source>Spent ≥</source>
        <translation>Потрачено ≥</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Add a level</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>всю историю</translation>
    </message>
    <message>
        <source>the last 365 days</source>
        <translation>последние 365 дней</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Count orders and money over</source>
        <translation>Считать заказы и сумму за</translation>
    </message>
    <message>
        <source>Wait before lowering a level</source>
        <translation>Ждать перед понижением уровня</translation>
    </message>
    <message>
        <source>Change a level to see who would move.</source>
        <translation>Измените уровень — здесь будет видно, кто перейдёт.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>оба условия</translation>
    </message>
    <message>
        <source>either</source>
        <translation>любое из двух</translation>
    </message>
    <message>
        <source>Remove this level</source>
        <translation>Удалить этот уровень</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Новый уровень</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Считаем…</translation>
    </message>
    <message>
        <source>%1: %2 now → %3</source>
        <translation>%1: сейчас %2 → %3</translation>
    </message>
    <message>
        <source>Would move up: %1</source>
        <translation>Поднимутся: %1</translation>
    </message>
    <message>
        <source>Would move down: %1</source>
        <translation>Опустятся: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Nobody would change level.</source>
        <translation>Ничей уровень не изменится.</translation>
    </message>
</context>
<context>
    <name>LevelLine</name>
    <message>
        <source>Set level by hand…</source>
        <translation>Задать уровень вручную…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>by the ladder</source>
        <translation>по лестнице</translation>
    </message>
    <message>
        <source>Level: none yet (the first order gives one)</source>
        <translation>Уровень: пока нет (появится после первого заказа)</translation>
    </message>
    <message>
        <source>Level: %1 since %2</source>
        <translation>Уровень: %1 с %2</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(задан вручную)</translation>
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
        <source>Regulars — %1</source>
        <translation>Regulars — %1</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
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
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <source>Import &amp;survey answers…</source>
        <translation>Загрузить ответы &amp;опроса…</translation>
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
        <source>Shared &amp;database…</source>
        <translation>&amp;Общая база данных…</translation>
    </message>
    <message>
        <source>Monthly &amp;report…</source>
        <translation>&amp;Отчёт за месяц…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Autopilot…</source>
        <translation>&amp;Автопилот…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
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
        <source>&amp;Add a sale…</source>
        <translation>&amp;Добавить продажу…</translation>
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
    <message>
        <source>Could not start the demo shop.</source>
        <translation>Не удалось открыть демо-магазин.</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Позвонили</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Opened in the app</source>
        <translation>Открыто в приложении</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Письмо отправлено</translation>
    </message>
    <message>
        <source>E-mail not sent</source>
        <translation>Письмо не отправлено</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Отмечено отправленным</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружено</translation>
    </message>
    <message>
        <source>This message has a gap where this is empty: %1. Fill it in or edit the text before sending.</source>
        <translation>В сообщении пропуск — пустое значение: %1. Заполните его или поправьте текст перед отправкой.</translation>
    </message>
    <message>
        <source>Message copied to the clipboard.</source>
        <translation>Сообщение скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>This customer has no address for %1.</source>
        <translation>У покупателя не указан контакт для канала «%1».</translation>
    </message>
    <message>
        <source>Could not open %1 on this computer. Copy the message instead.</source>
        <translation>Не удалось открыть %1 на этом компьютере. Скопируйте сообщение и отправьте его вручную.</translation>
    </message>
    <message>
        <source>Dialling the number. The text is copied: keep it in front of you during the call.</source>
        <translation>Набираем номер. Текст скопирован — держите его перед глазами во время разговора.</translation>
    </message>
    <message>
        <source>%1 cannot fill in a message: it is copied to the clipboard, paste it into the chat.</source>
        <translation>%1 не умеет подставлять текст: сообщение скопировано, вставьте его в чат.</translation>
    </message>
    <message>
        <source>Opened in %1.</source>
        <translation>Открыто: %1.</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Built-in script</source>
        <translation>Встроенный шаблон</translation>
    </message>
    <message>
        <source>Built-in script, changed by you</source>
        <translation>Встроенный шаблон, изменён вами</translation>
    </message>
    <message>
        <source>Your script</source>
        <translation>Ваш шаблон</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Вернуть исходный</translation>
    </message>
    <message>
        <source>Restore built-in scripts</source>
        <translation>Вернуть встроенные шаблоны</translation>
    </message>
    <message>
        <source>Bring back the built-in scripts you deleted.</source>
        <translation>Вернуть удалённые встроенные шаблоны.</translation>
    </message>
    <message>
        <source>Subject (for e-mail)</source>
        <translation>Тема (для e-mail)</translation>
    </message>
    <message>
        <source>Write the message; insert variables from the list on the right.</source>
        <translation>Напишите сообщение; переменные вставляйте из списка справа.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Find a customer…</source>
        <translation>Найти покупателя…</translation>
    </message>
    <message>
        <source>Write to this customer…</source>
        <translation>Написать…</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Double-click to insert into the message.</source>
        <translation>Дважды щёлкните, чтобы вставить в сообщение.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Просмотр для</translation>
    </message>
    <message>
        <source>Variables (double-click to insert)</source>
        <translation>Переменные (двойной щелчок — вставить)</translation>
    </message>
    <message>
        <source>Sample customer</source>
        <translation>Пример покупателя</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>No script selected</source>
        <translation>Шаблон не выбран</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Rename script</source>
        <translation>Переименовать шаблон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Delete “%1”? Contacts already logged keep its text.</source>
        <translation>Удалить «%1»? В истории обращений текст сохранится.</translation>
    </message>
    <message>
        <source>A deleted built-in script can be brought back with “Restore built-in scripts”.</source>
        <translation>Удалённый встроенный шаблон можно вернуть кнопкой «Вернуть встроенные шаблоны».</translation>
    </message>
    <message>
        <source>Delete script</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <source>Reset script</source>
        <translation>Вернуть исходный шаблон</translation>
    </message>
    <message>
        <source>Put back the original text of “%1”? Your changes to it are lost.</source>
        <translation>Вернуть исходный текст «%1»? Ваши изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>OfferNextLabel</name>
    <message>
        <source>&lt;b&gt;Offer next:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Предложить дальше:&lt;/b&gt; %1 — %2</translation>
    </message>
</context>
<context>
    <name>OneByOneBar</name>
    <message>
        <source>One by one:</source>
        <translation>По одному:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Предыдущее</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Следующее ▶</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Открыть в %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>PhoneRecheck</name>
    <message>
        <source>Phone numbers read again for %1:</source>
        <translation>Номера телефонов, прочитанные заново для страны «%1»:</translation>
    </message>
    <message>
        <source>numbers checked: %1</source>
        <translation>проверено номеров: %1</translation>
    </message>
    <message>
        <source>become valid: %1</source>
        <translation>станут действительными: %1</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>изменятся: %1</translation>
    </message>
    <message>
        <source>not valid for this country (kept as written, not used for messages): %1</source>
        <translation>недействительны для этой страны (сохранятся как записаны, сообщения на них не отправляются): %1</translation>
    </message>
    <message>
        <source>now the same number as another customer: %1</source>
        <translation>совпадут с номером другого покупателя: %1</translation>
    </message>
    <message>
        <source>kept as written</source>
        <translation>сохранится как записан</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Применить эти изменения?</translation>
    </message>
    <message>
        <source>Phone region changed</source>
        <translation>Страна телефонов изменена</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>Списать баллы</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Изменить баллы</translation>
    </message>
    <message>
        <source>no order</source>
        <translation>без заказа</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Balance: %1. Points pay at most %2 % of an order.</source>
        <translation>На счёте: %1. Баллами можно оплатить не больше %2 % заказа.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>A positive number adds points, a negative one takes them away.</source>
        <translation>Положительное число начисляет баллы, отрицательное — списывает.</translation>
    </message>
    <message>
        <source>Why: a gift, a mistake at the till…</source>
        <translation>Почему: подарок, ошибка на кассе…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано в оплату</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Изменено вручную</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <source>She pays part of an order with points.</source>
        <translation>Покупатель оплачивает часть заказа баллами.</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Add or take away points by hand, with a reason.</source>
        <translation>Начислить или списать баллы вручную, с причиной.</translation>
    </message>
    <message>
        <source>Earned, can be spent from %1</source>
        <translation>Начислено, доступно с %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No points yet. They are earned on every order from the day points were turned on (Settings → Points).</source>
        <translation>Баллов пока нет. Они начисляются за каждый заказ со дня, когда баллы включили (Настройки → Баллы).</translation>
    </message>
    <message>
        <source>Balance: &lt;b&gt;%1&lt;/b&gt; points</source>
        <translation>Баллов на счёте: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 more can be spent later</source>
        <translation>ещё %1 можно будет потратить позже</translation>
    </message>
    <message>
        <source>%1 expire on %2</source>
        <translation>%2 сгорят баллов: %1</translation>
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
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Из автоматических резервных копий эти данные пропадут вместе с самими копиями — через %n день.</numerusform>
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Из автоматических резервных копий эти данные пропадут вместе с самими копиями — через %n дня.</numerusform>
            <numerusform>Контакты, покупки, сообщения и напоминания будут удалены безвозвратно и исчезнут из списков, выгрузок и напоминаний. Из автоматических резервных копий эти данные пропадут вместе с самими копиями — через %n дней.</numerusform>
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
        <source>JSON, every stored value (*.json)</source>
        <translation>JSON, все сохранённые значения (*.json)</translation>
    </message>
    <message>
        <source>A table to read, for Excel (*.csv)</source>
        <translation>Таблица для чтения, для Excel (*.csv)</translation>
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
    <name>ProductsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Купили</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Repeat
share</source>
        <translation>Доля
повторных</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <source>Restock,
days</source>
        <translation>Запас,
дней</translation>
    </message>
    <message>
        <source>Repeat share: the share of its orders placed by customers with more than one order. Came back: of the customers whose first order held it, how many ordered again. Restock: the usual days between one customer&apos;s purchases of it.</source>
        <translation>Доля повторных: доля заказов с этим товаром от покупателей, у которых больше одного заказа. Вернулись: сколько из тех, чей первый заказ был с этим товаром, заказали снова. Запас: обычное число дней между покупками этого товара одним покупателем.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Добавить пару</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>The same product written differently: its sales count under the selected product&apos;s name.</source>
        <translation>Тот же товар, записанный по-другому: его продажи считаются под названием выбранного товара.</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Товаров пока нет</translation>
    </message>
    <message>
        <source>Import sales with a product column and Regulars shows which products bring customers back, when they run out and what goes well with them.</source>
        <translation>Загрузите продажи с колонкой товара, и Regulars покажет, какие товары возвращают покупателей, когда они заканчиваются и что к ним хорошо идёт.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your own pair&lt;/b&gt; (comes before any found one):</source>
        <translation>&lt;b&gt;Ваша пара&lt;/b&gt; (предлагается раньше найденных):</translation>
    </message>
    <message>
        <source>with</source>
        <translation>к</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>предложить</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same product written differently&lt;/b&gt; (its sales join the selected one):</source>
        <translation>&lt;b&gt;Тот же товар, записанный иначе&lt;/b&gt; (его продажи перейдут к выбранному):</translation>
    </message>
    <message>
        <source>&lt;p&gt;Of the %1 customers whose first order held it, %2 came back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Купили его в первом заказе: %1; вернулись из них: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nobody&apos;s first order held it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В первом заказе его ещё никто не покупал.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Bought again every &lt;b&gt;%1 days&lt;/b&gt; (the median of %2 repeats by %3 customers).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Покупают снова каждые &lt;b&gt;%1 дн.&lt;/b&gt; (медиана; повторов: %2, покупателей: %3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No clear restocking interval: its %1 repeats by %2 customers came at uneven gaps, so there is no pace to remind by.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ясного интервала пополнения нет: повторные покупки (%1, от покупателей: %2) шли с неровными промежутками, темпа для напоминаний нет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No clear restocking interval: it needs at least %1 repeats by %2 customers, bought at a steady pace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ясного интервала пополнения нет: нужно хотя бы %1 повторных покупок от %2 покупателей с ровным темпом.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Goes well with&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Хорошо идёт вместе с&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No pair yet: a pair needs at least 3 customers who bought both, more often than chance would give in a shop this size.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Пар пока нет: для пары нужно хотя бы 3 покупателя, купивших оба товара, и чаще, чем дала бы случайность в магазине такого размера.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>убрать</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>скрыть</translation>
    </message>
    <message>
        <source>Choose another product to merge into the selected one.</source>
        <translation>Выберите другой товар, чтобы объединить его с выбранным.</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <source>Add a sale…</source>
        <translation>Добавить продажу…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete the sale</source>
        <translation>Удалить продажу</translation>
    </message>
    <message>
        <source>This line came from an imported file: change it in the file and import it again, or undo that import. Only sales recorded by hand are changed here.</source>
        <translation>Эта строка пришла из загруженного файла: исправьте её в файле и загрузите его снова или отмените ту загрузку. Здесь меняются только продажи, добавленные вручную.</translation>
    </message>
    <message>
        <source>Delete this sale recorded by hand? Figures and Today will be recalculated.</source>
        <translation>Удалить эту продажу, добавленную вручную? Показатели и список «Сегодня» будут пересчитаны.</translation>
    </message>
</context>
<context>
    <name>ReferralsGroup</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Came by recommendation</source>
        <translation>Пришли по рекомендации</translation>
    </message>
    <message>
        <source>New customers of the period (first order in it) whose card names who recommended them: set on the card, or imported from a “Referred by” or referral code column.</source>
        <translation>Новые покупатели периода (первый заказ в нём), у которых в карточке указано, кто их порекомендовал: выбрано в карточке или загружено из столбца «Кто порекомендовал» или с кодом друга.</translation>
    </message>
    <message>
        <source>Share of new customers</source>
        <translation>Доля среди новых покупателей</translation>
    </message>
    <message>
        <source>Customers who came by recommendation divided by all new customers of the period.</source>
        <translation>Пришедшие по рекомендации, делённые на всех новых покупателей периода.</translation>
    </message>
    <message>
        <source>Revenue from recommended customers</source>
        <translation>Выручка от пришедших по рекомендации</translation>
    </message>
    <message>
        <source>All the period&apos;s sales, refunds taken off, of customers who came by recommendation, whenever they came.</source>
        <translation>Все продажи периода за вычетом возвратов покупателям, пришедшим по рекомендации, когда бы они ни пришли.</translation>
    </message>
    <message>
        <source>Recommendation → first purchase</source>
        <translation>Рекомендация → первая покупка</translation>
    </message>
    <message>
        <source>Of all customers recorded as recommended, those who made a first order by the end of the period.</source>
        <translation>Из всех покупателей, отмеченных как порекомендованные, — те, кто сделал первый заказ к концу периода.</translation>
    </message>
    <message>
        <source>Ranked by friends whose first order fell in the period, then by what those friends spent in it.</source>
        <translation>По числу друзей, сделавших первый заказ в этом периоде, затем по сумме их покупок в нём.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>new customers: %1</source>
        <translation>новых покупателей: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n friend(s)</source>
        <translation>
            <numerusform>%n друг</numerusform>
            <numerusform>%n друга</numerusform>
            <numerusform>%n друзей</numerusform>
        </translation>
    </message>
    <message>
        <source>Top referrers: %1</source>
        <translation>Чаще всех рекомендуют: %1</translation>
    </message>
    <message>
        <source>No recommendations recorded yet. On a customer&apos;s card, Recommendations tab, choose who recommended them, or import a “Referred by” column; each card has a code and a referral kit to send.</source>
        <translation>Рекомендаций пока нет. В карточке покупателя на вкладке «Рекомендации» выберите, кто его порекомендовал, или загрузите столбец «Кто порекомендовал»; у каждого покупателя есть код и приглашение для друзей, которое можно отправить.</translation>
    </message>
    <message>
        <source>No recommended customer made a first order in this period.</source>
        <translation>В этом периоде никто из порекомендованных не сделал первый заказ.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
    <message>
        <source>Send the referral kit…</source>
        <translation>Отправить приглашение для друзей…</translation>
    </message>
    <message>
        <source>A message they can forward to friends: your contacts, their code and the friend&apos;s bonus (Settings → Shop).</source>
        <translation>Сообщение, которое можно переслать друзьям: ваши контакты, код покупателя и подарок другу (Настройки → Магазин).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or the friend&apos;s code</source>
        <translation>Имя, телефон, e-mail или код друга</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Друг</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Первый заказ</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потратил(а)</translation>
    </message>
    <message>
        <source>Their bonus</source>
        <translation>Бонус за друга</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>Code for friends</source>
        <translation>Код для друзей</translation>
    </message>
    <message>
        <source>Who recommended us</source>
        <translation>Кто порекомендовал</translation>
    </message>
    <message>
        <source>Nobody yet. When a friend&apos;s code or name is given at the first order, find the friend below.</source>
        <translation>Пока никто. Если при первом заказе назвали код или имя друга, найдите его ниже.</translation>
    </message>
    <message>
        <source>%1 — came by their recommendation</source>
        <translation>%1 — пришёл(ла) по этой рекомендации</translation>
    </message>
    <message>
        <source>Friend&apos;s bonus for the first order (%1): %2</source>
        <translation>Подарок другу за первый заказ (%1): %2</translation>
    </message>
    <message>
        <source>People they brought: %1, who spent %2</source>
        <translation>Привёл(а) друзей: %1, их покупки: %2</translation>
    </message>
    <message>
        <source>People they brought: nobody yet. Send them the referral kit with their code.</source>
        <translation>Привёл(а) друзей: пока никого. Отправьте приглашение для друзей с кодом.</translation>
    </message>
    <message>
        <source>Nobody found by this name, phone, e-mail or code.</source>
        <translation>По этому имени, телефону, e-mail или коду никого не нашлось.</translation>
    </message>
</context>
<context>
    <name>ReminderRulesEditor</name>
    <message>
        <source>after the first order</source>
        <translation>после первого заказа</translation>
    </message>
    <message>
        <source>after every order</source>
        <translation>после каждого заказа</translation>
    </message>
    <message>
        <source>After the first order: a new customer gets the messages, and they stop when the customer comes back. After every order: each order starts them again.</source>
        <translation>После первого заказа: сообщения получает новый покупатель, и они прекращаются, когда он возвращается. После каждого заказа: каждый заказ запускает их заново.</translation>
    </message>
    <message>
        <source>Your own reminders</source>
        <translation>Свои напоминания</translation>
    </message>
    <message>
        <source>Which script each reminder suggests</source>
        <translation>Какой шаблон предлагает каждое напоминание</translation>
    </message>
    <message>
        <source>Win-back messages</source>
        <translation>Сообщения для возврата</translation>
    </message>
    <message>
        <source>Day %1 after a purchase</source>
        <translation>%1-й день после покупки</translation>
    </message>
    <message>
        <source>Days after a purchase: thank-you, tip, offer, consultation.</source>
        <translation>Дни после покупки: благодарность, совет, предложение, консультация.</translation>
    </message>
    <message>
        <source>on these days after a purchase:</source>
        <translation>в какие дни после покупки:</translation>
    </message>
    <message>
        <source>Messages to those who stopped buying: each once, until their next purchase.</source>
        <translation>Сообщения тем, кто давно не покупает: каждое — один раз, до следующей покупки.</translation>
    </message>
    <message>
        <source>then win-back messages at (days without a purchase):</source>
        <translation>затем сообщения для возврата, дней без покупок:</translation>
    </message>
    <message>
        <source>Messages after a purchase</source>
        <translation>Сообщения после покупки</translation>
    </message>
    <message>
        <source>after the first visit</source>
        <translation>после первого визита</translation>
    </message>
    <message>
        <source>after every visit</source>
        <translation>после каждого визита</translation>
    </message>
    <message>
        <source>after the first lesson</source>
        <translation>после первого занятия</translation>
    </message>
    <message>
        <source>after every lesson</source>
        <translation>после каждого занятия</translation>
    </message>
    <message>
        <source>After the first visit: a new client gets the messages, and they stop when the client comes back. After every visit: each visit starts them again.</source>
        <translation>После первого визита: сообщения получает новый клиент, и они прекращаются, когда клиент приходит снова. После каждого визита: каждый визит запускает их заново.</translation>
    </message>
    <message>
        <source>After the first lesson: a new student gets the messages, and they stop when the student comes back. After every lesson: each lesson starts them again.</source>
        <translation>После первого занятия: сообщения получает новый ученик, и они прекращаются, когда ученик приходит снова. После каждого занятия: каждое занятие запускает их заново.</translation>
    </message>
    <message>
        <source>Days after a visit: thank-you, progress check-in, rebooking, course end.</source>
        <translation>Дни после визита: благодарность, вопрос об успехах, новая запись, конец курса.</translation>
    </message>
    <message>
        <source>Days after a lesson: thank-you, progress check-in, rebooking, course end.</source>
        <translation>Дни после занятия: благодарность, вопрос об успехах, новая запись, конец курса.</translation>
    </message>
    <message>
        <source>Messages to those who stopped coming: each once, until their next visit.</source>
        <translation>Сообщения тем, кто перестал приходить: каждое один раз, до следующего визита.</translation>
    </message>
    <message>
        <source>Messages to those who stopped coming: each once, until their next lesson.</source>
        <translation>Сообщения тем, кто перестал приходить: каждое один раз, до следующего занятия.</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Автопилот</translation>
    </message>
    <message>
        <source>Send by e-mail automatically to customers who have an e-mail address and have not opted out; the others stay on Today.</source>
        <translation>Отправлять по e-mail автоматически тем покупателям, у кого есть адрес и кто не отказался от писем; остальные остаются в списке «Сегодня».</translation>
    </message>
    <message>
        <source>Day %1 after a visit</source>
        <translation>%1-й день после визита</translation>
    </message>
    <message>
        <source>Day %1 after a lesson</source>
        <translation>%1-й день после занятия</translation>
    </message>
    <message>
        <source>Messages after a visit</source>
        <translation>Сообщения после визита</translation>
    </message>
    <message>
        <source>Messages after a lesson</source>
        <translation>Сообщения после занятия</translation>
    </message>
    <message>
        <source>on these days after a visit:</source>
        <translation>в эти дни после визита:</translation>
    </message>
    <message>
        <source>on these days after a lesson:</source>
        <translation>в эти дни после занятия:</translation>
    </message>
    <message>
        <source>then win-back messages at (days without a visit):</source>
        <translation>затем сообщения, чтобы вернуть (дней без визитов):</translation>
    </message>
    <message>
        <source>then win-back messages at (days without a lesson):</source>
        <translation>затем сообщения, чтобы вернуть (дней без занятий):</translation>
    </message>
    <message>
        <source>days without a purchase</source>
        <translation>дней без покупок</translation>
    </message>
    <message>
        <source>days without a visit</source>
        <translation>дней без визитов</translation>
    </message>
    <message>
        <source>days without a lesson</source>
        <translation>дней без занятий</translation>
    </message>
    <message>
        <source>× their usual gap</source>
        <translation>× обычный интервал</translation>
    </message>
    <message>
        <source>months between two asks</source>
        <translation>мес. между просьбами</translation>
    </message>
    <message>
        <source>× their usual order</source>
        <translation>× обычный чек</translation>
    </message>
    <message>
        <source>days&apos; notice for a gift</source>
        <translation>дн. заранее: о подарке</translation>
    </message>
    <message>
        <source>× their usual payment</source>
        <translation>× от обычной оплаты</translation>
    </message>
    <message>
        <source>days after a purchase</source>
        <translation>дней после покупки</translation>
    </message>
    <message>
        <source>days after a visit</source>
        <translation>дней после визита</translation>
    </message>
    <message>
        <source>days after a lesson</source>
        <translation>дней после занятия</translation>
    </message>
    <message>
        <source>days after it was resolved</source>
        <translation>дн. после решения</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Type days as whole numbers separated by commas, for example 3, 14, 30, 60.</source>
        <translation>Введите дни целыми числами через запятую, например 3, 14, 30, 60.</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <source>A PDF for the month you can print or send: the figures against the previous month and the same month last year, the pictures, segments and reminders.</source>
        <translation>PDF за месяц, который можно распечатать или отправить: показатели в сравнении с прошлым месяцем и тем же месяцем год назад, графики, сегменты и напоминания.</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>отчёт-%1.pdf</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Сохранить отчёт за месяц</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Готовим отчёт…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Отчёт за месяц</translation>
    </message>
    <message>
        <source>The report for %1 is saved:
%2</source>
        <translation>Отчёт за %1 сохранён:
%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>RevenuePlot</name>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Revenue by month from first orders and from repeat orders; the line is the same month a year before.</source>
        <translation>Выручка по месяцам от первых и от повторных заказов; линия — тот же месяц годом раньше.</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Повторные заказы</translation>
    </message>
    <message>
        <source>First orders</source>
        <translation>Первые заказы</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Годом раньше</translation>
    </message>
    <message>
        <source>%1: first orders %2, repeat orders %3; a year before %4</source>
        <translation>%1: первые заказы %2, повторные %3; годом раньше %4</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Same month a year before</source>
        <translation>Тот же месяц годом раньше</translation>
    </message>
</context>
<context>
    <name>RuleNames</name>
    <message numerus="yes">
        <source>Win-back after %n day(s)</source>
        <translation>
            <numerusform>Возврат: %n день без покупок</numerusform>
            <numerusform>Возврат: %n дня без покупок</numerusform>
            <numerusform>Возврат: %n дней без покупок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Change a sale</source>
        <translation>Изменить продажу</translation>
    </message>
    <message>
        <source>Add a sale</source>
        <translation>Добавить продажу</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Имя, телефон или e-mail</translation>
    </message>
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
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>optional: how it was paid, what was agreed…</source>
        <translation>необязательно: как оплатили, о чём договорились…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Загружаем покупателей…</translation>
    </message>
    <message>
        <source>Nobody found: add a new customer with the button on the right.</source>
        <translation>Никого не нашли: добавьте нового покупателя кнопкой справа.</translation>
    </message>
    <message>
        <source>A new customer will be added with this sale.</source>
        <translation>Вместе с продажей будет добавлен новый покупатель.</translation>
    </message>
    <message>
        <source>Type to find the customer, then click the name.</source>
        <translation>Начните вводить, чтобы найти покупателя, и нажмите на имя.</translation>
    </message>
    <message>
        <source>Sale to: %1</source>
        <translation>Покупатель: %1</translation>
    </message>
    <message>
        <source>The sale is saved; figures and Today are updated.</source>
        <translation>Продажа сохранена; показатели и список «Сегодня» обновлены.</translation>
    </message>
</context>
<context>
    <name>SchedulerPanel</name>
    <message>
        <source>When the app is closed</source>
        <translation>Когда программа закрыта</translation>
    </message>
    <message>
        <source>Asking the system&apos;s scheduler…</source>
        <translation>Спрашиваем системный планировщик…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Windows Task Scheduler</source>
        <translation>Планировщик заданий Windows</translation>
    </message>
    <message>
        <source>launchd (a LaunchAgent)</source>
        <translation>launchd (LaunchAgent)</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>пользовательский таймер systemd</translation>
    </message>
    <message>
        <source>cron</source>
        <translation>cron</translation>
    </message>
    <message>
        <source>No system scheduler was found on this computer (neither a systemd user instance nor cron). Automatic e-mails go out while the app is open.</source>
        <translation>На этом компьютере не найден системный планировщик (ни пользовательский systemd, ни cron). Автоматические письма уходят, пока программа открыта.</translation>
    </message>
    <message>
        <source>Registered (%1): automatic e-mails go out every hour, also while the app is closed.</source>
        <translation>Зарегистрировано (%1): автоматические письма уходят каждый час, даже когда программа закрыта.</translation>
    </message>
    <message>
        <source>Not registered: automatic e-mails go out only while the app is open. Register them with %1 to send every hour.</source>
        <translation>Не зарегистрировано: автоматические письма уходят, только пока программа открыта. Зарегистрируйте отправку в планировщике (%1), чтобы письма уходили каждый час.</translation>
    </message>
    <message>
        <source>Last run with the app closed: never.</source>
        <translation>Запуск при закрытой программе: ещё не было.</translation>
    </message>
    <message>
        <source>Last run with the app closed: %1 — %2 sent, %3 failed, %4 waiting.</source>
        <translation>Последний запуск при закрытой программе: %1 — отправлено: %2, не отправлено: %3, ждут: %4.</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Record a score</source>
        <translation>Записать оценку</translation>
    </message>
    <message>
        <source>%1&apos;s answer to “How likely are you to recommend us, from 0 to 10?”</source>
        <translation>Ответ на вопрос «Насколько вероятно, что вы порекомендуете нас, от 0 до 10?» — %1</translation>
    </message>
    <message>
        <source>What they said, in their words (optional)</source>
        <translation>Что ответил покупатель, его словами (необязательно)</translation>
    </message>
    <message>
        <source>A score of 0–6 opens a complaint and puts an apology on Today.</source>
        <translation>Оценка 0–6 открывает жалобу и добавляет извинение в «Сегодня».</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Доля
выручки</translation>
    </message>
    <message>
        <source>Avg days since last order</source>
        <translation>Ср. дней
с заказа</translation>
    </message>
    <message>
        <source>Avg orders</source>
        <translation>Ср.
заказов</translation>
    </message>
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
        <source>Suggested script: “%1”</source>
        <translation>Предлагаемый шаблон: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n покупатель</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n покупателя</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n покупателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней назад</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Prepare messages…</source>
        <translation>Подготовить сообщения…</translation>
    </message>
    <message>
        <source>Fill in a message for each of these customers, then copy, export or e-mail them.</source>
        <translation>Подготовить сообщение каждому из этих покупателей, чтобы скопировать, выгрузить или отправить по почте.</translation>
    </message>
    <message>
        <source>Take a snapshot now</source>
        <translation>Сделать снимок сейчас</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Сегментов пока нет</translation>
    </message>
    <message>
        <source>Import your sales and Regulars groups your customers into segments such as Champions, Loyal and At risk.</source>
        <translation>Импортируйте продажи, и программа разделит покупателей на сегменты: «Чемпионы», «Лояльные», «Под угрозой» и другие.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Scores in force…</source>
        <translation>Действующие оценки…</translation>
    </message>
    <message>
        <source>Orders (F score)</source>
        <translation>Заказы (оценка F)</translation>
    </message>
    <message>
        <source>Days since last order (R score)</source>
        <translation>Дней с последнего заказа (оценка R)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>Likely to buy soon</source>
        <translation>Скоро купят</translation>
    </message>
    <message>
        <source>Valuable and slipping away</source>
        <translation>Ценные, но уходят</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predictions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прогноз&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next order expected within two weeks; the most at stake among those who are slipping away.</source>
        <translation>Следующую покупку ждём в ближайшие две недели; больше всего можно потерять среди тех, кто уходит.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>%n покупатель выгружен в %1</numerusform>
            <numerusform>%n покупателя выгружены в %1</numerusform>
            <numerusform>%n покупателей выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>5 equal groups</source>
        <translation>5 равных групп</translation>
    </message>
    <message numerus="yes">
        <source>Lost: no order for more than %Ln day(s)</source>
        <translation>
            <numerusform>Потерянные: нет заказов больше %Ln дня</numerusform>
            <numerusform>Потерянные: нет заказов больше %Ln дней</numerusform>
            <numerusform>Потерянные: нет заказов больше %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Current scoring:</source>
        <translation>Как сейчас считаются оценки:</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…и ещё %1</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Выгрузка покупателей</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Файл CSV (*.csv);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузить</translation>
    </message>
    <message>
        <source>R, days since last order</source>
        <translation>R, дней с последнего заказа</translation>
    </message>
    <message>
        <source>F, orders</source>
        <translation>F, заказы</translation>
    </message>
    <message>
        <source>M, money spent</source>
        <translation>M, потраченная сумма</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>интервалы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Movement&lt;/b&gt;&lt;br&gt;No earlier snapshot yet. Regulars stores one every month; movement appears after the next one.</source>
        <translation>&lt;b&gt;Движение&lt;/b&gt;&lt;br&gt;Более раннего снимка пока нет. Regulars сохраняет снимок каждый месяц; движение появится после следующего.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;С %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nobody changed segment.</source>
        <translation>Никто не сменил сегмент.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Write to a customer</source>
        <translation>Написать покупателю</translation>
    </message>
    <message>
        <source>Write to a client</source>
        <translation>Написать клиенту</translation>
    </message>
    <message>
        <source>Write to a student</source>
        <translation>Написать ученику</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить отправленным</translation>
    </message>
    <message>
        <source>You sent the copied text yourself: log it on the customer&apos;s card.</source>
        <translation>Вы отправили скопированный текст сами: записать это в карточку покупателя.</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Этого покупателя больше нет.</translation>
    </message>
    <message>
        <source>This client no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
    <message>
        <source>This student no longer exists.</source>
        <translation>Этого ученика больше нет.</translation>
    </message>
    <message>
        <source>This customer asked not to be contacted.</source>
        <translation>У покупателя стоит отметка «Не беспокоить».</translation>
    </message>
    <message>
        <source>No phone, e-mail or Telegram on the card: add one on the customer&apos;s card.</source>
        <translation>Нет ни телефона, ни e-mail, ни Telegram: добавьте их в карточке покупателя.</translation>
    </message>
    <message>
        <source>Meanwhile, open the message in your mail app.</source>
        <translation>А пока откройте письмо в почтовой программе.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Открыть в %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into your messenger, then press “Mark as sent”.</source>
        <translation>Скопировано. Вставьте текст в мессенджер, затем нажмите «Отметить отправленным».</translation>
    </message>
    <message>
        <source>Logged on the customer&apos;s card as sent.</source>
        <translation>Записано в карточку покупателя как отправленное.</translation>
    </message>
    <message>
        <source>Logged on the client&apos;s card as sent.</source>
        <translation>Отмечено в карточке клиента как отправленное.</translation>
    </message>
    <message>
        <source>Logged on the student&apos;s card as sent.</source>
        <translation>Отмечено в карточке ученика как отправленное.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляю…</translation>
    </message>
    <message>
        <source>E-mail sent to %1.</source>
        <translation>Письмо отправлено: %1.</translation>
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
        <translation>Хранится в системном хранилище паролей, а не в файлах программы.</translation>
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
        <source>Send a test e-mail</source>
        <translation>Отправить проверочное письмо</translation>
    </message>
    <message>
        <source>Sends a short e-mail to the sender address with the values above, before you save them.</source>
        <translation>Отправляет короткое письмо на адрес отправителя с указанными выше настройками — ещё до сохранения.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Put the default values of this tab back (saved when you press OK).</source>
        <translation>Вернуть значения по умолчанию на этой вкладке (сохранятся после нажатия «ОК»).</translation>
    </message>
    <message>
        <source>Shared database…</source>
        <translation>Общая база данных…</translation>
    </message>
    <message>
        <source>Keep the shop on a server so several people or computers work with it.</source>
        <translation>Хранить магазин на сервере, чтобы с ним работали несколько человек или компьютеров.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название</translation>
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
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Bring the shop back into</source>
        <translation>Вернуть магазин в файл</translation>
    </message>
    <message>
        <source>Regulars databases (*.sqlite3)</source>
        <translation>Базы данных Regulars (*.sqlite3)</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <source>Open now: the shared database %1.</source>
        <translation>Сейчас открыта общая база данных %1.</translation>
    </message>
    <message>
        <source>Open now: the file %1 on this computer.</source>
        <translation>Сейчас открыт файл %1 на этом компьютере.</translation>
    </message>
    <message>
        <source>When several people or computers work with the shop, keep it on a PostgreSQL server on your network. Each computer then opens the same shop.</source>
        <translation>Если с магазином работают несколько человек или компьютеров, храните его на сервере PostgreSQL в вашей сети. Тогда каждый компьютер открывает один и тот же магазин.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>например, 192.168.1.10 или shop-server</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Regulars&apos; files.</source>
        <translation>Пароль хранится в системной связке ключей, а не в файлах Regulars.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Move my shop there</source>
        <translation>Перенести магазин туда</translation>
    </message>
    <message>
        <source>Bring it back…</source>
        <translation>Вернуть обратно…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Copies everything from this computer&apos;s file to the server, checks the copy, and opens the shop from the server. The file stays here as a backup.</source>
        <translation>Копирует всё из файла на этом компьютере на сервер, проверяет копию и открывает магазин с сервера. Файл остаётся здесь как резервная копия.</translation>
    </message>
    <message>
        <source>Copies the server&apos;s data into a new file on this computer and opens it.</source>
        <translation>Копирует данные с сервера в новый файл на этом компьютере и открывает его.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user first.</source>
        <translation>Сначала укажите сервер, базу данных и пользователя.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: your shop can be moved there.</source>
        <translation>Подключение есть. База данных пуста: магазин можно перенести туда.</translation>
    </message>
    <message>
        <source>Connected. The database already holds a shop (customers: %1).</source>
        <translation>Подключение есть. В базе данных уже есть магазин (покупателей: %1).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверяем подключение…</translation>
    </message>
    <message>
        <source>Copy the whole shop to %1 and open it from there from now on?

The file on this computer is kept, unchanged, as a backup.</source>
        <translation>Скопировать весь магазин в %1 и дальше открывать его оттуда?

Файл на этом компьютере останется без изменений как резервная копия.</translation>
    </message>
    <message>
        <source>Your shop is on the server now: %1 rows copied and checked.</source>
        <translation>Магазин теперь на сервере: скопировано и проверено строк: %1.</translation>
    </message>
    <message>
        <source>Moving the shop…</source>
        <translation>Переносим магазин…</translation>
    </message>
    <message>
        <source>The shop is in %1 now: %2 rows copied and checked.</source>
        <translation>Магазин теперь в файле %1: скопировано и проверено строк: %2.</translation>
    </message>
    <message>
        <source>Bringing the shop back…</source>
        <translation>Возвращаем магазин…</translation>
    </message>
    <message>
        <source>Regulars will now start again with it.</source>
        <translation>Сейчас Regulars перезапустится и откроет его.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Что-то пошло не так; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SignNotice</name>
    <message>
        <source>Messages are signed with your shop&apos;s name and your name. Add them so customers know who is writing.</source>
        <translation>Сообщения подписываются названием магазина и вашим именем. Укажите их, чтобы покупатели знали, кто пишет.</translation>
    </message>
    <message>
        <source>Add names…</source>
        <translation>Указать…</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>E-mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>It will be kept in the system keychain.</source>
        <translation>Он будет храниться в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Log in without encryption?</source>
        <translation>Войти без шифрования?</translation>
    </message>
    <message>
        <source>Encryption is set to “none”, so the password for %1 would travel to %2 unprotected and could be read on the way.

Choose STARTTLS or SSL/TLS in Settings → E-mail if your provider offers them. Log in without encryption anyway? You will not be asked again for this server.</source>
        <translation>Шифрование выключено («нет»), поэтому пароль %1 уйдёт на %2 незащищённым, и его могут перехватить по дороге.

Если ваш почтовый сервис поддерживает STARTTLS или SSL/TLS, выберите их в разделе Настройки → Почта. Всё равно войти без шифрования? Для этого сервера вопрос больше не появится.</translation>
    </message>
    <message>
        <source>Log in anyway</source>
        <translation>Всё равно войти</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>Проверочное письмо</translation>
    </message>
    <message>
        <source>A test e-mail was sent to %1. Check that it arrived.</source>
        <translation>Проверочное письмо отправлено на %1. Убедитесь, что оно пришло.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>%1

You can open the shop&apos;s local file on this computer instead; what others entered on the server since the move will not be in it.</source>
        <translation>%1

Вместо этого можно открыть файл магазина на этом компьютере; того, что другие внесли на сервер после переноса, в нём не будет.</translation>
    </message>
    <message>
        <source>Open the local file</source>
        <translation>Открыть файл на компьютере</translation>
    </message>
    <message>
        <source>Close Regulars</source>
        <translation>Закрыть Regulars</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <source>No script for this reminder: write your own words here.</source>
        <translation>Для этого напоминания нет шаблона: напишите здесь своими словами.</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <source>Send this message from your shop&apos;s e-mail now; the reminder is then done.</source>
        <translation>Отправить это сообщение сейчас с почты магазина; напоминание будет выполнено.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>На 3 дня</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Complaint status…</source>
        <translation>Статус жалобы…</translation>
    </message>
</context>
<context>
    <name>TeamStart</name>
    <message>
        <source>Who is using Regulars?</source>
        <translation>Кто работает в Regulars?</translation>
    </message>
    <message>
        <source>Your name, as the others in the shop will see it (&quot;Anna is writing&quot;, &quot;sent by Anna&quot;). Asked once on this computer.</source>
        <translation>Ваше имя — так его увидят коллеги («Анна пишет», «кто: Анна»). Спрашиваем один раз на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet. Sales (imported or added with “Add a sale…”), messages, reminders, scores, complaints, levels and recommendations will appear here, newest first.</source>
        <translation>С этим покупателем пока ничего не происходило. Здесь появятся продажи (импортированные или добавленные кнопкой «Добавить продажу…»), сообщения, напоминания, оценки, жалобы, уровни и рекомендации — сначала новые.</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) came with it</source>
        <translation>
            <numerusform>перенесена %n покупка</numerusform>
            <numerusform>перенесены %n покупки</numerusform>
            <numerusform>перенесено %n покупок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayEmail</name>
    <message>
        <source>E-mail sent to %1.</source>
        <translation>Письмо отправлено: %1.</translation>
    </message>
</context>
<context>
    <name>TodayEmptyState</name>
    <message>
        <source>Done for today</source>
        <translation>На сегодня всё</translation>
    </message>
    <message numerus="yes">
        <source>You have written to %n customer(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>Сегодня вы написали %n покупателю из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n покупателям из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n покупателям из списка — это дневная норма из настроек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have written to %n client(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>Сегодня вы написали %n клиенту из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n клиентам из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n клиентам из списка — это дневная норма из настроек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have written to %n student(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>Сегодня вы написали %n ученику из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n ученикам из списка — это дневная норма из настроек.</numerusform>
            <numerusform>Сегодня вы написали %n ученикам из списка — это дневная норма из настроек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are waiting; they come up from tomorrow.</source>
        <translation>
            <numerusform>Ещё %n покупатель ждёт очереди — появится с завтрашнего дня.</numerusform>
            <numerusform>Ещё %n покупателя ждут очереди — появятся с завтрашнего дня.</numerusform>
            <numerusform>Ещё %n покупателей ждут очереди — появятся с завтрашнего дня.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня всё</translation>
    </message>
    <message>
        <source>Nobody needs a message today. Customers whose usual rhythm says they will buy again soon will show up here.</source>
        <translation>Сегодня никому писать не нужно. Здесь появятся покупатели, которые по своему обычному ритму скоро купят снова.</translation>
    </message>
    <message>
        <source>Nobody needs a message today. Clients whose usual rhythm says they will book again soon will show up here.</source>
        <translation>Сегодня писать никому не нужно. Здесь появятся клиенты, которые по своему обычному ритму скоро запишутся снова.</translation>
    </message>
    <message>
        <source>Nobody needs a message today. Students whose usual rhythm says they will have a lesson again soon will show up here.</source>
        <translation>Сегодня писать никому не нужно. Здесь появятся ученики, которым по их обычному ритму скоро пора на занятие.</translation>
    </message>
    <message numerus="yes">
        <source>usually every %n day(s)</source>
        <translation>
            <numerusform>обычно раз в %n день</numerusform>
            <numerusform>обычно раз в %n дня</numerusform>
            <numerusform>обычно раз в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Here is who may come back soon:</source>
        <translation>Кто может скоро вернуться:</translation>
    </message>
</context>
<context>
    <name>TodayFeedback</name>
    <message>
        <source>Did %1 give a score? &lt;a href=&quot;score&quot;&gt;Record their answer…&lt;/a&gt;</source>
        <translation>Есть оценка от покупателя (%1)? &lt;a href=&quot;score&quot;&gt;Записать ответ…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Score recorded: %1.</source>
        <translation>Оценка записана: %1.</translation>
    </message>
</context>
<context>
    <name>TodayHeader</name>
    <message numerus="yes">
        <source>%n to contact</source>
        <translation>
            <numerusform>%n покупатель ждёт сообщения</numerusform>
            <numerusform>%n покупателя ждут сообщения</numerusform>
            <numerusform>%n покупателей ждут сообщения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n покупатель вернулся после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n покупателя вернулись после ваших сообщений (за 30 дней)</numerusform>
            <numerusform>%n покупателей вернулись после ваших сообщений (за 30 дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for today</source>
        <translation>
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are waiting; they come up in the next days</source>
        <translation>
            <numerusform>ещё %n покупатель ждёт очереди — появится в ближайшие дни</numerusform>
            <numerusform>ещё %n покупателя ждут очереди — появятся в ближайшие дни</numerusform>
            <numerusform>ещё %n покупателей ждут очереди — появятся в ближайшие дни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per customer in %1)</source>
        <translation>
            <numerusform>%n напоминание отложено (не больше одного сообщения покупателю за %1)</numerusform>
            <numerusform>%n напоминания отложены (не больше одного сообщения покупателю за %1)</numerusform>
            <numerusform>%n напоминаний отложено (не больше одного сообщения покупателю за %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n покупатель без телефона, e-mail и Telegram: поговорите лично или добавьте контакт</numerusform>
            <numerusform>%n покупателя без телефона, e-mail и Telegram: поговорите лично или добавьте контакт</numerusform>
            <numerusform>%n покупателей без телефона, e-mail и Telegram: поговорите лично или добавьте контакт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n клиент: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
            <numerusform>%n клиента: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
            <numerusform>%n клиентов: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n ученик: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
            <numerusform>%n ученика: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
            <numerusform>%n учеников: увидеться лично или добавить контакт — нет телефона, e-mail или Telegram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Prepare all messages…</source>
        <translation>Подготовить все сообщения…</translation>
    </message>
    <message>
        <source>Every message on today&apos;s list at once, each with its reminder&apos;s script: review, then export them for a mailing service or send the e-mails.</source>
        <translation>Все сообщения из списка на сегодня разом, каждое по шаблону своего напоминания: проверьте, затем выгрузите для сервиса рассылок или отправьте письма.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Suggested script: %1</source>
        <translation>Предлагаемый шаблон: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Done: %1 — noted in the history.</source>
        <translation>Готово: %1 — отмечено в истории.</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>Список на сегодня</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Открыть в %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into your messenger, then press Done.</source>
        <translation>Скопировано. Вставьте в мессенджер, затем нажмите «Готово».</translation>
    </message>
    <message numerus="yes">
        <source>Snoozed: %1 comes back in %n day(s).</source>
        <translation>
            <numerusform>Отложено: %1 вернётся в список через %n день.</numerusform>
            <numerusform>Отложено: %1 вернётся в список через %n дня.</numerusform>
            <numerusform>Отложено: %1 вернётся в список через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Пропущено: %1.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>%1 is writing</source>
        <translation>%1 пишет</translation>
    </message>
    <message>
        <source>%1 opened this reminder: wait, or ask before writing too.</source>
        <translation>%1 открыл(а) это напоминание: подождите или уточните, прежде чем писать самим.</translation>
    </message>
    <message>
        <source>back from snooze</source>
        <translation>после отсрочки</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Regulars</source>
        <translation>Добро пожаловать в Regulars</translation>
    </message>
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
    <message>
        <source>Regulars shows you every morning who to write to and what to say, so your clients and students come back. Start by importing the spreadsheet of your clients, bookings or payments: an export from Google Sheets, Excel or your booking system (CSV, Excel or ODS). You can also drag the file onto this window.</source>
        <translation>Каждое утро Regulars подсказывает, кому написать и что сказать, чтобы клиенты и ученики возвращались. Начните с импорта таблицы клиентов, записей или оплат: выгрузки из Google Таблиц, Excel или вашей системы записи (CSV, Excel или ODS). Файл можно и просто перетащить в это окно.</translation>
    </message>
</context>
<context>
    <name>_Card</name>
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
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
</context>
<context>
    <name>autopilot</name>
    <message>
        <source>Possibly sent: the app stopped while sending. Check your Sent folder; it is back on Today.</source>
        <translation>Возможно, отправлено: программа остановилась во время отправки. Проверьте папку «Отправленные»; напоминание снова в списке «Сегодня».</translation>
    </message>
    <message>
        <source>Excluded in the preview.</source>
        <translation>Исключено в предпросмотре.</translation>
    </message>
    <message>
        <source>Asked not to be contacted.</source>
        <translation>Просил(а) не писать.</translation>
    </message>
    <message>
        <source>Written to recently (days between messages).</source>
        <translation>Недавно уже писали (дни между сообщениями).</translation>
    </message>
    <message>
        <source>The reminder was done or skipped by hand.</source>
        <translation>Напоминание уже выполнено или пропущено вручную.</translation>
    </message>
    <message>
        <source>Quiet hours: automatic e-mails go out from {start}:00 to {end}:00.</source>
        <translation>Тихие часы: автоматические письма уходят с {start}:00 до {end}:00.</translation>
    </message>
    <message>
        <source>Today&apos;s limit of {cap} automatic e-mails is reached.</source>
        <translation>Достигнут дневной предел автоматических писем: {cap}.</translation>
    </message>
    <message>
        <source>No marketing consent: the reminder stays on Today.</source>
        <translation>Нет согласия на рассылку: напоминание остаётся в «Сегодня».</translation>
    </message>
    <message>
        <source>STOP replies were not checked: the IMAP server is not set in Settings. Sending goes on.</source>
        <translation>Ответы «СТОП» не проверены: в настройках не указан IMAP-сервер. Отправка продолжается.</translation>
    </message>
    <message>
        <source>STOP replies were not checked: the e-mail password is not saved. Sending goes on.</source>
        <translation>Ответы «СТОП» не проверены: пароль почты не сохранён. Отправка продолжается.</translation>
    </message>
    <message>
        <source>STOP replies were not checked: the mailbox {server} could not be reached. Sending goes on; the next run tries again.</source>
        <translation>Ответы «СТОП» не проверены: почтовый ящик {server} недоступен. Отправка продолжается; в следующий раз проверим снова.</translation>
    </message>
    <message>
        <source>STOP replies were not checked: the mailbox {server} refused the login or the request. Sending goes on.</source>
        <translation>Ответы «СТОП» не проверены: почтовый ящик {server} не принял логин или запрос. Отправка продолжается.</translation>
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
        <translation>Отметка «Не беспокоить»</translation>
    </message>
    <message>
        <source>No address for this channel</source>
        <translation>Для этого канала нет контакта</translation>
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
    <name>business</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Добавить ученика</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Добавить покупателя</translation>
    </message>
    <message>
        <source>Write to these clients…</source>
        <translation>Написать этим клиентам…</translation>
    </message>
    <message>
        <source>Write to these students…</source>
        <translation>Написать этим ученикам…</translation>
    </message>
    <message>
        <source>Write to these customers…</source>
        <translation>Написать этим покупателям…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Last booking</source>
        <translation>Посл. запись</translation>
    </message>
    <message>
        <source>Last lesson</source>
        <translation>Посл. занятие</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Посл. покупка</translation>
    </message>
    <message>
        <source>Days since last booking</source>
        <translation>Дней с последней записи</translation>
    </message>
    <message>
        <source>Days since last lesson</source>
        <translation>Дней с последнего занятия</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Lesson or package</source>
        <translation>Занятие или абонемент</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Delete client…</source>
        <translation>Удалить клиента…</translation>
    </message>
    <message>
        <source>Delete student…</source>
        <translation>Удалить ученика…</translation>
    </message>
    <message>
        <source>Delete customer…</source>
        <translation>Удалить покупателя…</translation>
    </message>
    <message>
        <source>spent %1, last booking %2</source>
        <translation>потрачено %1, последняя запись %2</translation>
    </message>
    <message>
        <source>spent %1, last lesson %2</source>
        <translation>потрачено %1, последнее занятие %2</translation>
    </message>
    <message>
        <source>spent %1, last purchase %2</source>
        <translation>потрачено %1, последняя покупка %2</translation>
    </message>
    <message>
        <source>New clients: &lt;b&gt;%1&lt;/b&gt;; already known: %2.</source>
        <translation>Новых клиентов: &lt;b&gt;%1&lt;/b&gt;; уже известных: %2.</translation>
    </message>
    <message>
        <source>New students: &lt;b&gt;%1&lt;/b&gt;; already known: %2.</source>
        <translation>Новых учеников: &lt;b&gt;%1&lt;/b&gt;; уже известных: %2.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>Same card code</source>
        <translation>Тот же код карты</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Тот же телефон</translation>
    </message>
    <message>
        <source>Phone numbers one typo apart</source>
        <translation>Телефоны отличаются одной опечаткой</translation>
    </message>
    <message>
        <source>Same e-mail</source>
        <translation>Тот же e-mail</translation>
    </message>
    <message>
        <source>E-mails one or two typos apart</source>
        <translation>E-mail отличаются одной-двумя опечатками</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>То же имя</translation>
    </message>
    <message>
        <source>Same name written differently</source>
        <translation>То же имя, написанное иначе</translation>
    </message>
    <message>
        <source>Same surname, first name as an initial</source>
        <translation>Та же фамилия, имя инициалом</translation>
    </message>
    <message>
        <source>Different phone numbers</source>
        <translation>Разные телефоны</translation>
    </message>
    <message>
        <source>Different e-mails</source>
        <translation>Разные e-mail</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>%1 could not be opened as a spreadsheet: it may be damaged or password-protected.</source>
        <translation>Не удалось открыть %1 как таблицу: возможно, файл повреждён или защищён паролем.</translation>
    </message>
    <message>
        <source>%1 does not look like a spreadsheet or a text table.</source>
        <translation>Файл %1 не похож на таблицу Excel или текстовую таблицу.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>В файле %1 есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <source>%1 has no columns.</source>
        <translation>В файле %1 нет столбцов.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2” (sheets: %3).</source>
        <translation>В файле %1 нет листа «%2» (листы: %3).</translation>
    </message>
    <message>
        <source>Check that the backup folder exists, is writable and the disk is not full (Settings → Backups).</source>
        <translation>Проверьте, что папка для резервных копий существует, доступна для записи и диск не переполнен (Настройки → Резервные копии).</translation>
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
        <source>Could not write the export file.</source>
        <translation>Не удалось записать файл выгрузки.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and has free space; nothing was changed.</source>
        <translation>Проверьте, что диск подключён и на нём есть свободное место; ничего не изменилось.</translation>
    </message>
    <message>
        <source>%1 could not be opened: check that its disk or network folder is connected.</source>
        <translation>Не удалось открыть %1: проверьте, что диск или сетевая папка с ним подключены.</translation>
    </message>
    <message>
        <source>%1 could not be read as a table: its lines do not split into cells (it may be damaged or not a table).</source>
        <translation>Не удалось прочитать %1 как таблицу: строки не делятся на ячейки (файл повреждён или это не таблица).</translation>
    </message>
    <message>
        <source>%1 could not be read: a sheet in it is damaged or in a form this program cannot read. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>Не удалось прочитать %1: лист в нём повреждён или сохранён в формате, который программа не читает. Откройте файл в Excel или LibreOffice и сохраните заново как .xlsx.</translation>
    </message>
    <message>
        <source>%1 could not be read: it may be damaged or too large.</source>
        <translation>Не удалось прочитать файл %1: возможно, он повреждён или слишком велик.</translation>
    </message>
    <message>
        <source>%1 has %2 columns, more than the %3 that can be imported: save the columns with the sales or customers in a new file and import that.</source>
        <translation>В файле %1 столбцов: %2, а загрузить можно не больше %3. Сохраните столбцы с продажами или покупателями в новый файл и загрузите его.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 — это папка, а не файл.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device or a pipe): choose a saved spreadsheet or text table.</source>
        <translation>%1 — не обычный файл (это устройство или канал): выберите сохранённую таблицу или текстовый файл.</translation>
    </message>
    <message>
        <source>%1 is too large to read: %2 MB, more than %3 MB.</source>
        <translation>Файл %1 слишком велик для чтения: %2 МБ, а можно не больше %3 МБ.</translation>
    </message>
    <message>
        <source>%1 is too large to read: a sheet spans %2 rows and %3 columns (at most %4 cells can be read).</source>
        <translation>Файл %1 слишком велик для чтения: в листе строк — %2, столбцов — %3, а прочитать можно не больше %4 ячеек.</translation>
    </message>
    <message>
        <source>%1 is too large to read: it unpacks to %2 MB, more than %3 MB.</source>
        <translation>Файл %1 слишком велик для чтения: в распакованном виде это %2 МБ, а можно не больше %3 МБ.</translation>
    </message>
    <message>
        <source>%1 took too long to read: it may be damaged or too large.</source>
        <translation>Файл %1 читался слишком долго: возможно, он повреждён или слишком велик.</translation>
    </message>
    <message>
        <source>%1: a quotation mark is not closed: the file ends inside a quoted cell that starts on line %2. Check that line in a text editor.</source>
        <translation>%1: кавычка не закрыта — файл заканчивается внутри ячейки в кавычках, которая начинается в строке %2. Проверьте эту строку в текстовом редакторе.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with herself.</source>
        <translation>Покупателя нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>A score is a whole number from 0 to 10.</source>
        <translation>Оценка — целое число от 0 до 10.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database at %1.</source>
        <translation>Не удаётся подключиться к общей базе данных по адресу %1.</translation>
    </message>
    <message>
        <source>Check that the folder is not read-only and that the disk is connected; nothing was changed.</source>
        <translation>Проверьте, что папка доступна для записи и диск подключён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Check that the server is on and this computer is on its network; nothing was changed.</source>
        <translation>Проверьте, что сервер включён и этот компьютер подключён к его сети; ничего не изменено.</translation>
    </message>
    <message>
        <source>Check that the server is on and this computer is on its network; what was not saved was not changed.</source>
        <translation>Проверьте, что сервер включён и этот компьютер подключён к его сети; несохранённые изменения не записаны.</translation>
    </message>
    <message>
        <source>Check them in Settings → Shared database; nothing was changed.</source>
        <translation>Проверьте их в «Настройки → Общая база данных»; ничего не изменено.</translation>
    </message>
    <message>
        <source>Choose a Regulars database, or a new file name; the file was not changed.</source>
        <translation>Выберите базу данных Regulars или новое имя файла; файл не изменён.</translation>
    </message>
    <message>
        <source>Choose a new file name; the existing file was not changed.</source>
        <translation>Выберите новое имя файла; существующий файл не изменён.</translation>
    </message>
    <message>
        <source>Choose a new file name; the file was not changed.</source>
        <translation>Выберите новое имя файла; файл не изменён.</translation>
    </message>
    <message>
        <source>Close other programs that may have the file open (a backup or sync tool), then try again; nothing was changed.</source>
        <translation>Закройте программы, которые могут держать файл открытым (резервное копирование, синхронизация), и попробуйте снова; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Create an empty database for Regulars on the server; nothing was changed.</source>
        <translation>Создайте на сервере пустую базу данных для Regulars; ничего не изменено.</translation>
    </message>
    <message>
        <source>Create it on the server (createdb), or check the name.</source>
        <translation>Создайте её на сервере (createdb) или проверьте название.</translation>
    </message>
    <message>
        <source>Do not put the password in the address.</source>
        <translation>Не указывайте пароль в адресе.</translation>
    </message>
    <message>
        <source>Enter how many points to add or take away.</source>
        <translation>Укажите, сколько баллов начислить или списать.</translation>
    </message>
    <message>
        <source>Enter how many points to redeem.</source>
        <translation>Укажите, сколько баллов списать.</translation>
    </message>
    <message>
        <source>Free some space and try again; nothing was changed.</source>
        <translation>Освободите место на диске и попробуйте снова; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Import number %1 was already undone.</source>
        <translation>Импорт № %1 уже отменён.</translation>
    </message>
    <message>
        <source>Install the latest Regulars on this computer; the data was not changed.</source>
        <translation>Установите последнюю версию Regulars на этот компьютер; данные не изменены.</translation>
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
        <source>Merge number %1 was already undone.</source>
        <translation>Объединение номер %1 уже отменено.</translation>
    </message>
    <message>
        <source>No column with 0-10 scores was found (such as &quot;How likely are you to recommend us…&quot;).</source>
        <translation>Не найден столбец с оценками 0–10 (например, «Насколько вероятно, что вы порекомендуете нас…»).</translation>
    </message>
    <message>
        <source>Open both with this version of Regulars first, then try again; nothing was changed.</source>
        <translation>Сначала откройте обе в этой версии Regulars, затем попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>Open it instead (its data stays as it is), or ask for an empty database on the server; nothing was changed.</source>
        <translation>Откройте её вместо этого (её данные останутся как есть) или попросите пустую базу данных на сервере; ничего не изменено.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s usual port is 5432.</source>
        <translation>Обычный порт PostgreSQL — 5432.</translation>
    </message>
    <message>
        <source>Regulars cannot write to its database file.</source>
        <translation>Программа не может записать изменения в файл базы данных.</translation>
    </message>
    <message>
        <source>Regulars could not read or write its database file.</source>
        <translation>Regulars не удалось прочитать или записать файл базы данных.</translation>
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
        <source>Regulars keeps it in the system keychain; on the command line, set PGPASSWORD instead.</source>
        <translation>Regulars хранит его в системном хранилище паролей; в командной строке задайте PGPASSWORD.</translation>
    </message>
    <message>
        <source>Restore the newest backup (File → Restore…).</source>
        <translation>Восстановите самую свежую резервную копию (Файл → Восстановить из резервной копии…).</translation>
    </message>
    <message>
        <source>Sales were added or removed while this file was being checked, so nothing was imported. Please import the file again.</source>
        <translation>Пока файл проверялся, продажи были добавлены или удалены, поэтому ничего не импортировано. Импортируйте файл ещё раз.</translation>
    </message>
    <message>
        <source>Someone else is changing the same data right now.</source>
        <translation>Эти же данные сейчас меняет кто-то другой.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Перейдите в это окно или закройте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The address needs a server and a database name.</source>
        <translation>В адресе нужны сервер и название базы данных.</translation>
    </message>
    <message>
        <source>The archive should hold one CSV file of responses.</source>
        <translation>В архиве должен быть один CSV-файл с ответами.</translation>
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
        <source>The chosen file already holds a shop.</source>
        <translation>В выбранном файле уже есть магазин.</translation>
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
        <source>The compensation amount is out of range.</source>
        <translation>Сумма компенсации вне допустимых пределов.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost.</source>
        <translation>Связь с общей базой данных потеряна.</translation>
    </message>
    <message>
        <source>The copy did not match the original (table %1), so nothing was kept.</source>
        <translation>Копия не совпала с оригиналом (таблица %1), поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>The database is busy: another program is using it.</source>
        <translation>База данных занята: ею пользуется другая программа.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Файл %1 пустой.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns are: %2.</source>
        <translation>В файле нет столбца «%1». Его столбцы: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>The file is too large for a survey export.</source>
        <translation>Файл слишком большой для выгрузки опроса.</translation>
    </message>
    <message>
        <source>The file “%1” already exists.</source>
        <translation>Файл «%1» уже существует.</translation>
    </message>
    <message>
        <source>The local file and the shared database were made by different versions of Regulars.</source>
        <translation>Файл на компьютере и общая база данных созданы разными версиями Regulars.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: customer number %1 is now someone else.</source>
        <translation>Объединение нельзя отменить: номер %1 теперь у другого покупателя.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: the customer it kept (number %1) was deleted or merged into another since.</source>
        <translation>Объединение нельзя отменить: оставленный покупатель (номер %1) с тех пор удалён или объединён с другим.</translation>
    </message>
    <message>
        <source>The port must be a number.</source>
        <translation>Порт должен быть числом.</translation>
    </message>
    <message>
        <source>The responses have no e-mail or phone column, so they cannot be matched to customers.</source>
        <translation>В ответах нет столбца с e-mail или телефоном, поэтому их не сопоставить с покупателями.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The shared database already holds a shop, so your shop was not moved there.</source>
        <translation>В общей базе данных уже есть магазин, поэтому ваш магазин туда не перенесён.</translation>
    </message>
    <message>
        <source>The shared database lacks some of the shop&apos;s tables.</source>
        <translation>В общей базе данных не хватает некоторых таблиц магазина.</translation>
    </message>
    <message>
        <source>The shared database was set up by a newer version of Regulars.</source>
        <translation>Общая база данных создана более новой версией Regulars.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Покупателя с номером %1 нет.</translation>
    </message>
    <message>
        <source>There is no database named “%1” on the server.</source>
        <translation>На сервере нет базы данных «%1».</translation>
    </message>
    <message>
        <source>There is no merge number %1.</source>
        <translation>Объединения с номером %1 нет.</translation>
    </message>
    <message>
        <source>This PostgreSQL database belongs to another program.</source>
        <translation>Эта база данных PostgreSQL принадлежит другой программе.</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>Этой жалобы больше нет.</translation>
    </message>
    <message>
        <source>This does not look like a survey export: its first column should be &quot;Timestamp&quot; (&quot;Отметка времени&quot;), as in a Google Forms responses file.</source>
        <translation>Это не похоже на выгрузку опроса: первым столбцом должна быть «Отметка времени» (Timestamp), как в файле ответов Google Форм.</translation>
    </message>
    <message>
        <source>This is not a PostgreSQL address.</source>
        <translation>Это не адрес PostgreSQL.</translation>
    </message>
    <message>
        <source>Try again in a moment; nothing was changed.</source>
        <translation>Попробуйте ещё раз через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, keep working on the original and ask for help.</source>
        <translation>Попробуйте ещё раз; если повторится, продолжайте работать с оригиналом и обратитесь за помощью.</translation>
    </message>
    <message>
        <source>Use an empty database made for Regulars; nothing was changed.</source>
        <translation>Используйте пустую базу данных, созданную для Regulars; ничего не изменено.</translation>
    </message>
    <message>
        <source>Write it as postgresql://user@server:5432/database.</source>
        <translation>Укажите его в виде postgresql://пользователь@сервер:5432/база.</translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation>Напишите, на что пожаловался покупатель.</translation>
    </message>
    <message>
        <source>Write why the points change.</source>
        <translation>Напишите, почему меняются баллы.</translation>
    </message>
    <message>
        <source>You have no permission to read %1: ask whoever owns the file, or copy it to your own folder.</source>
        <translation>Нет прав на чтение файла %1: попросите доступ у владельца файла или скопируйте его в свою папку.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Имя не может быть пустым.</translation>
    </message>
    <message>
        <source>The phone number does not look like a phone number.</source>
        <translation>Это не похоже на номер телефона.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>Адрес e-mail указан неверно.</translation>
    </message>
    <message>
        <source>A birthday needs both a day and a month.</source>
        <translation>Для дня рождения нужны и день, и месяц.</translation>
    </message>
    <message>
        <source>The birthday is not a real date.</source>
        <translation>Такой даты дня рождения не бывает.</translation>
    </message>
    <message>
        <source>Someone changed this card while you were editing it.</source>
        <translation>Кто-то изменил эту карточку, пока вы её редактировали.</translation>
    </message>
    <message>
        <source>Reload to see their changes.</source>
        <translation>Загрузите её заново, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>The script has an error; fix it before saving.</source>
        <translation>В шаблоне есть ошибка; исправьте её перед сохранением.</translation>
    </message>
    <message>
        <source>There is no field “%1”. The fields are: %2.</source>
        <translation>Нет поля «%1». Поля: %2.</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Импорта № %1 нет.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>Enter the amount of the sale.</source>
        <translation>Введите сумму продажи.</translation>
    </message>
    <message>
        <source>The amount is not a number: write it like 1200.50 or 1 200,50.</source>
        <translation>Сумма — не число: напишите, например, 1200.50 или 1 200,50.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком большая.</translation>
    </message>
    <message>
        <source>The sale&apos;s date is in the future.</source>
        <translation>Дата продажи — в будущем.</translation>
    </message>
    <message>
        <source>Choose a customer, or add a new one.</source>
        <translation>Выберите покупателя или добавьте нового.</translation>
    </message>
    <message>
        <source>Only sales recorded by hand can be changed here: an imported line belongs to its file.</source>
        <translation>Здесь можно менять только продажи, добавленные вручную: загруженная строка принадлежит своему файлу.</translation>
    </message>
    <message>
        <source>This sale no longer exists.</source>
        <translation>Этой продажи больше нет.</translation>
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
        <source>This file is another program&apos;s database, not a Regulars one.</source>
        <translation>Это база данных другой программы, а не Regulars.</translation>
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
        <source>Two levels have the same key.</source>
        <translation>У двух уровней одинаковый ключ.</translation>
    </message>
    <message>
        <source>Each level needs a number of orders or an amount spent.</source>
        <translation>Для каждого уровня укажите число заказов или потраченную сумму.</translation>
    </message>
    <message>
        <source>Thresholds cannot be negative.</source>
        <translation>Пороги не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, e.g. 2026-03.</source>
        <translation>«%1» — не месяц: напишите его как ГГГГ-ММ, например 2026-03.</translation>
    </message>
    <message>
        <source>The month %1 has not started yet: choose an earlier one.</source>
        <translation>Месяц %1 ещё не начался: выберите более ранний.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>A customer cannot recommend themselves: choose the friend who told them.</source>
        <translation>Покупатель не может порекомендовать сам себя: выберите друга, который о вас рассказал.</translation>
    </message>
    <message>
        <source>%1 has the same phone or e-mail as this customer, so it is probably the same person: a customer cannot recommend themselves.</source>
        <translation>У покупателя %1 тот же телефон или e-mail, скорее всего, это один и тот же человек: сам себя порекомендовать нельзя.</translation>
    </message>
    <message>
        <source>%1 was merged with this customer (they are one person): a customer cannot recommend themselves.</source>
        <translation>Карточка %1 объединена с этой (это один человек): сам себя порекомендовать нельзя.</translation>
    </message>
    <message>
        <source>%1 already bought here on %2: a recommendation counts only for a new customer, before the first order.</source>
        <translation>%1 уже покупал(а) у вас %2: рекомендация засчитывается только новому покупателю, до первого заказа.</translation>
    </message>
    <message>
        <source>%1 came by this customer&apos;s recommendation (directly or through friends), so this customer cannot have come by theirs.</source>
        <translation>%1 пришёл(ла) по рекомендации этого покупателя (напрямую или через друзей), поэтому этот покупатель не мог прийти по его рекомендации.</translation>
    </message>
    <message>
        <source>This customer no longer exists: close the card and open it again.</source>
        <translation>Этого покупателя больше нет: закройте карточку и откройте её снова.</translation>
    </message>
    <message>
        <source>At most %1 points can be redeemed here.</source>
        <translation>Здесь можно списать не больше %1 балла.</translation>
    </message>
    <message>
        <source>The system scheduler refused: %1</source>
        <translation>Системный планировщик отказал: %1</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>The score is not a whole number from 0 to 10</source>
        <translation>Оценка — не целое число от 0 до 10</translation>
    </message>
    <message>
        <source>The timestamp is not a date</source>
        <translation>В отметке времени нет даты</translation>
    </message>
    <message>
        <source>No customer has this e-mail or phone</source>
        <translation>Нет покупателя с таким e-mail или телефоном</translation>
    </message>
    <message>
        <source>The response has no e-mail or phone</source>
        <translation>В ответе нет e-mail или телефона</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Survey import</source>
        <translation>Опрос</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The date is empty</source>
        <translation>Дата не указана</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Это не дата</translation>
    </message>
    <message>
        <source>The date is in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>Сумма не указана</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Это не число</translation>
    </message>
    <message>
        <source>The quantity is not a number</source>
        <translation>Количество — не число</translation>
    </message>
    <message>
        <source>No name, phone, e-mail or customer code to identify the customer</source>
        <translation>Нет имени, телефона, e-mail или кода, чтобы определить покупателя</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>Это не номер телефона</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Это не адрес e-mail</translation>
    </message>
    <message>
        <source>Not a possible birthday</source>
        <translation>Невозможный день рождения</translation>
    </message>
    <message>
        <source>A cancelled or refunded order: not a sale</source>
        <translation>Отменённый или возвращённый заказ: не продажа</translation>
    </message>
    <message>
        <source>A sale without a customer (walk-in): no customer to add it to</source>
        <translation>Продажа без покупателя (случайный посетитель): её некому записать</translation>
    </message>
    <message>
        <source>No customer with this name, phone or e-mail: kept in the notes</source>
        <translation>Нет покупателя с таким именем, телефоном или e-mail: записано в заметки</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>Слишком большая сумма</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>Слишком большое количество</translation>
    </message>
    <message>
        <source>The date is before 1970</source>
        <translation>Дата раньше 1970 года</translation>
    </message>
    <message>
        <source>The cell is too long</source>
        <translation>Слишком длинный текст в ячейке</translation>
    </message>
    <message>
        <source>The cell contains invalid characters</source>
        <translation>В ячейке недопустимые символы</translation>
    </message>
    <message>
        <source>More cells than the header has columns</source>
        <translation>Ячеек больше, чем столбцов в заголовке</translation>
    </message>
    <message>
        <source>Read in another encoding (Windows-1251)</source>
        <translation>Прочитана в другой кодировке (Windows-1251)</translation>
    </message>
    <message>
        <source>Neither yes nor no: the consent on the card is left as it was</source>
        <translation>Ни «да», ни «нет»: согласие в карточке не меняется</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Не загружать</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя покупателя</translation>
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
        <source>Customer code / card</source>
        <translation>Код / номер карты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Amount (line total)</source>
        <translation>Сумма (по строке)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за штуку</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
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
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто порекомендовал</translation>
    </message>
    <message>
        <source>Accepts e-mail marketing</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Выгрузка заказов Shopify</translation>
    </message>
    <message>
        <source>Etsy sold orders</source>
        <translation>Проданные заказы Etsy</translation>
    </message>
    <message>
        <source>Etsy sold order items</source>
        <translation>Проданные товары Etsy</translation>
    </message>
    <message>
        <source>Square item sales export</source>
        <translation>Выгрузка продаж товаров Square</translation>
    </message>
    <message>
        <source>Square transactions export</source>
        <translation>Выгрузка транзакций Square</translation>
    </message>
    <message>
        <source>WooCommerce Analytics orders download</source>
        <translation>Выгрузка заказов из аналитики WooCommerce</translation>
    </message>
    <message>
        <source>WooCommerce order export (Advanced Order Export plugin)</source>
        <translation>Выгрузка заказов WooCommerce (плагин Advanced Order Export)</translation>
    </message>
    <message>
        <source>Ecwid orders export</source>
        <translation>Выгрузка заказов Ecwid</translation>
    </message>
    <message>
        <source>Evotor receipts report</source>
        <translation>Отчёт по чекам Эвотор</translation>
    </message>
    <message>
        <source>InSales orders export</source>
        <translation>Выгрузка заказов InSales</translation>
    </message>
    <message>
        <source>MoySklad retail sales export</source>
        <translation>Выгрузка розничных продаж МойСклад</translation>
    </message>
    <message>
        <source>MoySklad shipments export</source>
        <translation>Выгрузка отгрузок МойСклад</translation>
    </message>
    <message>
        <source>1C sales report</source>
        <translation>Отчёт о продажах 1С</translation>
    </message>
    <message>
        <source>Tilda orders export</source>
        <translation>Выгрузка заказов Tilda</translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Амбассадор</translation>
    </message>
</context>
<context>
    <name>predictions</name>
    <message>
        <source>There are no orders yet.</source>
        <translation>Заказов пока нет.</translation>
    </message>
    <message>
        <source>Customers who have bought so far: {customers}. The model needs at least {needed} to be reliable, so each customer&apos;s own rhythm is used.</source>
        <translation>Покупателей с заказами пока: {customers}. Модели для надёжного прогноза нужно не меньше {needed}, поэтому используется собственный ритм каждого покупателя.</translation>
    </message>
    <message>
        <source>Customers who have bought more than once: {repeats}. The model needs at least {needed}, so each customer&apos;s own rhythm is used.</source>
        <translation>Покупателей, купивших больше одного раза: {repeats}. Модели нужно не меньше {needed}, поэтому используется собственный ритм каждого покупателя.</translation>
    </message>
    <message>
        <source>All orders are from one day; there is no rhythm to learn yet.</source>
        <translation>Все заказы сделаны в один день — ритм покупок пока не виден.</translation>
    </message>
    <message>
        <source>The model was chosen by hand.</source>
        <translation>Модель выбрана вручную.</translation>
    </message>
    <message>
        <source>{chosen} fits these customers better than {other} (log-likelihood {ll_chosen} against {ll_other}).</source>
        <translation>{chosen} лучше описывает этих покупателей, чем {other} (логарифм правдоподобия {ll_chosen} против {ll_other}).</translation>
    </message>
    <message>
        <source>BG/NBD and MBG/NBD fit these customers equally well (log-likelihood {ll_chosen} against {ll_other}); BG/NBD, the one checked on published data, is used.</source>
        <translation>BG/NBD и MBG/NBD одинаково хорошо описывают этих покупателей (логарифм правдоподобия {ll_chosen} против {ll_other}); используется BG/NBD — модель, проверенная на опубликованных данных.</translation>
    </message>
    <message>
        <source>The model did not settle on these data ({detail}), so each customer&apos;s own rhythm is used.</source>
        <translation>Модель не удалось подобрать по этим данным ({detail}), поэтому используется собственный ритм каждого покупателя.</translation>
    </message>
    <message>
        <source>The fit did not settle ({detail}); treat its figures with caution.</source>
        <translation>Подбор модели не сошёлся ({detail}); относитесь к её цифрам с осторожностью.</translation>
    </message>
    <message>
        <source>Too few repeat orders with a value to model spending; each customer&apos;s own average order is used.</source>
        <translation>Слишком мало повторных заказов с суммой, чтобы оценить траты; используется средний заказ самого покупателя.</translation>
    </message>
    <message>
        <source>Customers who had bought six months ago: {customers}. The check needs at least {needed}.</source>
        <translation>Покупателей, купивших хотя бы раз полгода назад: {customers}. Для проверки нужно не меньше {needed}.</translation>
    </message>
    <message>
        <source>The sales history starts {days} days before the check&apos;s starting point; it needs at least {needed}.</source>
        <translation>История продаж начинается за {days} дн. до начала проверки; нужно не меньше {needed}.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>В списке</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя для обращения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone as written</source>
        <translation>Телефон как записан</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Код покупателя</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Код для друзей</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
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
        <translation>Удобный канал связи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Не писать</translation>
    </message>
    <message>
        <source>Customer code in the shop&apos;s records</source>
        <translation>Код покупателя в учёте магазина</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кто порекомендовал</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Сведение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказов</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Всего потрачено</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Первый заказ</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
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
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
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
        <source>What happened</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Bought again on</source>
        <translation>Снова купил(а)</translation>
    </message>
    <message>
        <source>Messages and contacts</source>
        <translation>Сообщения и контакты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Postponed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Внесено в список</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Satisfaction scores</source>
        <translation>Оценки удовлетворённости</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Оценка (0–10)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Segment history</source>
        <translation>История сегментов</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Следующая покупка ожидается</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Вероятность, что ещё покупатель</translation>
    </message>
    <message>
        <source>Value in the next 12 months</source>
        <translation>Ценность за следующие 12 месяцев</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Also known as (from merged cards)</source>
        <translation>Другие данные (из объединённых карточек)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Cards merged</source>
        <translation>Объединённые карточки</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Объединены</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>products</name>
    <message>
        <source>Choose the name to keep.</source>
        <translation>Выберите название, которое останется.</translation>
    </message>
    <message>
        <source>Choose two different products for a pair.</source>
        <translation>Выберите для пары два разных товара.</translation>
    </message>
    <message>
        <source>time to restock: usually buys {product} every {interval} days, last {days} days ago</source>
        <translation>пора пополнить запас: обычно покупает «{product}» каждые {interval} дн., последний раз {days} дн. назад</translation>
    </message>
    <message>
        <source>There is no customer number {id}.</source>
        <translation>Покупателя с номером {id} нет.</translation>
    </message>
    <message>
        <source>your pair: with {first} offer {then}</source>
        <translation>ваша пара: к «{first}» предложить «{then}»</translation>
    </message>
    <message>
        <source>{later} of {buyers} buyers of {first} later bought {then} ({share} % vs {base} % of everyone)</source>
        <translation>{later} из {buyers} купивших «{first}» потом купили «{then}» ({share} % против {base} % у всех)</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>Уходят</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Пора напомнить о себе</translation>
    </message>
    <message>
        <source>Thank and keep</source>
        <translation>Поблагодарить и удержать</translation>
    </message>
    <message>
        <source>After a purchase</source>
        <translation>После покупки</translation>
    </message>
    <message>
        <source>After a visit</source>
        <translation>После визита</translation>
    </message>
    <message>
        <source>After a lesson</source>
        <translation>После занятия</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>After-purchase message, day %1</source>
        <translation>Сообщение после покупки, день %1</translation>
    </message>
    <message>
        <source>After-visit message, day %1</source>
        <translation>Сообщение после визита, %1-й день</translation>
    </message>
    <message>
        <source>After-lesson message, day %1</source>
        <translation>Сообщение после занятия, %1-й день</translation>
    </message>
    <message>
        <source>Not bought for a while</source>
        <translation>Давно нет покупок</translation>
    </message>
    <message>
        <source>Overdue for their usual rhythm</source>
        <translation>Дольше обычного без покупок</translation>
    </message>
    <message>
        <source>Time to restock (products with a clear interval)</source>
        <translation>Пора пополнить (товары с интервалом)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Birthday soon: prepare a gift</source>
        <translation>Скоро день рождения: приготовить подарок</translation>
    </message>
    <message>
        <source>3rd order: welcome as a regular</source>
        <translation>3-й заказ: приветствие постоянного покупателя</translation>
    </message>
    <message>
        <source>Moved to “At risk”</source>
        <translation>Переход в «Под угрозой»</translation>
    </message>
    <message>
        <source>Moved to “Can&apos;t lose them”</source>
        <translation>Переход в «Нельзя потерять»</translation>
    </message>
    <message>
        <source>Ask for a 0–10 score</source>
        <translation>Попросить оценку 0–10</translation>
    </message>
    <message>
        <source>Complaint: resolve within 48 hours</source>
        <translation>Жалоба: решить за 48 часов</translation>
    </message>
    <message>
        <source>After a complaint: is everything all right now?</source>
        <translation>После жалобы: всё ли теперь хорошо?</translation>
    </message>
    <message>
        <source>Points expire soon (when points are on)</source>
        <translation>Баллы скоро сгорят (если баллы включены)</translation>
    </message>
    <message>
        <source>No visit for a while</source>
        <translation>Давно не было визитов</translation>
    </message>
    <message>
        <source>No lesson for a while</source>
        <translation>Давно не было занятий</translation>
    </message>
    <message>
        <source>3rd visit: welcome as a regular</source>
        <translation>3-й визит: поприветствовать как постоянного клиента</translation>
    </message>
    <message>
        <source>3rd lesson: welcome as a regular</source>
        <translation>3-е занятие: поприветствовать как постоянного ученика</translation>
    </message>
    <message>
        <source>5th visit: ask about the result</source>
        <translation>5-й визит: спросить о результате</translation>
    </message>
    <message>
        <source>5th lesson: ask about the result</source>
        <translation>5-е занятие: спросить о результате</translation>
    </message>
    <message>
        <source>Overdue for their usual visit</source>
        <translation>Дольше обычного без визитов</translation>
    </message>
    <message>
        <source>Overdue for their usual lesson</source>
        <translation>Дольше обычного без занятий</translation>
    </message>
    <message>
        <source>Thanks for a big payment</source>
        <translation>Спасибо за крупную оплату</translation>
    </message>
    <message>
        <source>Time to come again (services with a clear interval)</source>
        <translation>Пора прийти снова (услуги с интервалом)</translation>
    </message>
    <message>
        <source>Ask for a review or a recommendation</source>
        <translation>Попросить отзыв или рекомендацию</translation>
    </message>
    <message>
        <source>5th order: ask what they want next</source>
        <translation>5-й заказ: спросить, чего хочется дальше</translation>
    </message>
    <message>
        <source>Thanks for a big order</source>
        <translation>Спасибо за крупный заказ</translation>
    </message>
    <message>
        <source>Ask for a recommendation</source>
        <translation>Попросить порекомендовать</translation>
    </message>
    <message>
        <source>Your own rule</source>
        <translation>Своё напоминание</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>This computer has no password keychain that Regulars can use, so the e-mail password is kept only until Regulars is closed.</source>
        <translation>На этом компьютере нет системного хранилища паролей, доступного программе, поэтому пароль почты хранится только до её закрытия.</translation>
    </message>
    <message>
        <source>The system keychain refused to store the password, so it is kept only until Regulars is closed.</source>
        <translation>Системное хранилище паролей не сохранило пароль, поэтому он хранится только до закрытия программы.</translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>No orders yet, so no segment.</source>
        <translation>Заказов пока нет, поэтому сегмента нет.</translation>
    </message>
    <message>
        <source>Days since the last order: {recency_days}, more than the limit of {lost_after_days} — so the segment is “{segment}”.</source>
        <translation>дней с последнего заказа: {recency_days} — больше заданного срока ({lost_after_days}), поэтому сегмент «{segment}».</translation>
    </message>
    <message>
        <source>Days since the last order: {recency_days} (R{r_score}); orders: {orders} (F{f_score}) — so the segment is “{segment}”.</source>
        <translation>дней с последнего заказа: {recency_days} (R{r_score}), заказов: {orders} (F{f_score}) — поэтому сегмент «{segment}».</translation>
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
        <translation>Потенциально лояльные</translation>
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
        <translation>Новички</translation>
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
        <translation>Под угрозой</translation>
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
        <translation>Позвоните или напишите лично, лучше сегодня: узнайте, что случилось, и верните их.</translation>
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
        <translation>Не больше одного сообщения с приглашением вернуться — силы лучше потратить на других покупателей.</translation>
    </message>
    <message>
        <source>{count} came back from {from_name}</source>
        <translation>Вернулись из «{from_name}»: {count}</translation>
    </message>
    <message>
        <source>{count} moved {from_name} → {to_name}</source>
        <translation>{count}: «{from_name}» → «{to_name}»</translation>
    </message>
    <message>
        <source>{count} joined {to_name}</source>
        <translation>Пополнили «{to_name}»: {count}</translation>
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
    <message>
        <source>Logging in without encryption sends the password in the clear; confirm it when sending, or choose STARTTLS or SSL/TLS in Settings → E-mail.</source>
        <translation>При входе без шифрования пароль передаётся открытым текстом: подтвердите это при отправке или выберите STARTTLS либо SSL/TLS в разделе Настройки → Почта.</translation>
    </message>
    <message>
        <source>Regulars: test e-mail</source>
        <translation>Regulars: тестовое письмо</translation>
    </message>
    <message>
        <source>This is a test e-mail from Regulars. Your e-mail settings work.</source>
        <translation>Это тестовое письмо от Regulars. Настройки почты работают.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
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
        <translation>Подставляется в сообщения как {{ owner_name }}, чтобы сообщения были личными.</translation>
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
        <source>Language of messages</source>
        <translation>Язык сообщений</translation>
    </message>
    <message>
        <source>The language customers are written to; it may differ from the app&apos;s.</source>
        <translation>На каком языке писать покупателям; может отличаться от языка программы.</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation>Как у программы</translation>
    </message>
    <message>
        <source>Recency scoring</source>
        <translation>Оценка давности</translation>
    </message>
    <message>
        <source>Your customers split into 5 equal groups, or fixed amount ranges.</source>
        <translation>Деление ваших покупателей на 5 равных групп или заданные интервалы сумм.</translation>
    </message>
    <message>
        <source>Lost after (days without a purchase)</source>
        <translation>Срок до «Потерянных», дней</translation>
    </message>
    <message>
        <source>Customers who have not bought for longer than this are counted as Lost.</source>
        <translation>Кто не покупает дольше этого срока, попадает в «Потерянные».</translation>
    </message>
    <message>
        <source>Join instalments within (days)</source>
        <translation>Оплата частями в пределах (дней)</translation>
    </message>
    <message>
        <source>A customer&apos;s payments for one product this close to the first are one order. 0: off.</source>
        <translation>Оплаты покупателя за одну услугу или товар в эти дни от первой — один заказ. 0 — выключено.</translation>
    </message>
    <message>
        <source>Pause between e-mails (seconds)</source>
        <translation>Пауза между письмами, секунд</translation>
    </message>
    <message>
        <source>fixed bands</source>
        <translation>интервалы</translation>
    </message>
    <message>
        <source>Recency bands, days</source>
        <translation>Интервалы давности, дни</translation>
    </message>
    <message>
        <source>Fixed day ranges, or your customers split into 5 equal groups.</source>
        <translation>Заданные интервалы в днях или деление ваших покупателей на 5 равных групп.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>STOP replies</source>
        <translation>Ответы «СТОП»</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>Как с вами связаться</translation>
    </message>
    <message>
        <source>Phone, address or site for a customer&apos;s friends. Used in messages as {{ shop_contacts }}.</source>
        <translation>Телефон, адрес или сайт для друзей покупателя. В сообщениях — {{ shop_contacts }}.</translation>
    </message>
    <message>
        <source>Kind of business</source>
        <translation>Вид деятельности</translation>
    </message>
    <message>
        <source>Sets the words the app uses (customers, clients or students) and which built-in scripts the reminders use.</source>
        <translation>От этого зависят слова в программе (покупатели, клиенты или ученики) и то, какие встроенные шаблоны используют напоминания.</translation>
    </message>
    <message>
        <source>Shop (goods)</source>
        <translation>Магазин (товары)</translation>
    </message>
    <message>
        <source>Tutor / courses</source>
        <translation>Репетитор / курсы</translation>
    </message>
    <message>
        <source>Beauty salon</source>
        <translation>Салон красоты</translation>
    </message>
    <message>
        <source>Coach / consultant</source>
        <translation>Коуч / консультант</translation>
    </message>
    <message>
        <source>Studio (classes)</source>
        <translation>Студия (занятия)</translation>
    </message>
    <message>
        <source>5 equal groups</source>
        <translation>5 равных групп</translation>
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
        <source>Money bands</source>
        <translation>Интервалы сумм</translation>
    </message>
    <message>
        <source>Upper limits of money spent for scores 1, 2, 3 and 4.</source>
        <translation>Верхние границы потраченной суммы для оценок 1, 2, 3 и 4.</translation>
    </message>
    <message>
        <source>Active customer: bought within (days)</source>
        <translation>Активный покупатель: покупал за (дней)</translation>
    </message>
    <message>
        <source>The dashboard counts a customer as active (for retention and reactivation) when the last purchase is this recent.</source>
        <translation>На панели покупатель считается активным (для удержания и возврата уснувших), если последняя покупка не старше этого срока.</translation>
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
        <source>People on Today&apos;s list per day</source>
        <translation>Покупателей в списке «Сегодня» за день</translation>
    </message>
    <message>
        <source>Days between messages</source>
        <translation>Дней между сообщениями</translation>
    </message>
    <message>
        <source>To the same person, at least.</source>
        <translation>Одному человеку, не меньше.</translation>
    </message>
    <message>
        <source>The most important first, the rest wait; 0 = no limit.</source>
        <translation>Важные — первыми; 0 — без предела.</translation>
    </message>
    <message>
        <source>Purchase credited within (days)</source>
        <translation>Покупка засчитана в течение (дней)</translation>
    </message>
    <message>
        <source>A purchase this soon after a message counts for it.</source>
        <translation>Считается итогом сообщения.</translation>
    </message>
    <message>
        <source>Friend&apos;s bonus</source>
        <translation>Подарок другу</translation>
    </message>
    <message>
        <source>What a friend who comes with a customer&apos;s code gets, in your words (&quot;10 % off the first order&quot;). Used in messages as {{ friend_bonus }}.</source>
        <translation>Что получает друг, пришедший с кодом покупателя, вашими словами («скидка 10 % на первый заказ»). В сообщениях — {{ friend_bonus }}.</translation>
    </message>
    <message>
        <source>Your customer&apos;s bonus</source>
        <translation>Бонус покупателю за друга</translation>
    </message>
    <message>
        <source>What a customer gets for a friend&apos;s first order (&quot;a free coffee&quot;); recorded on both cards.</source>
        <translation>Что получает покупатель за первый заказ друга («бесплатный кофе»); записывается в обе карточки.</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>Customers earn points on every order and pay part of a later order with them. One point is worth one unit of your currency.</source>
        <translation>Покупатели получают баллы за каждый заказ и оплачивают ими часть следующих. Один балл равен одной единице вашей валюты.</translation>
    </message>
    <message>
        <source>Points per order, % of its amount</source>
        <translation>Баллы за заказ, % от суммы</translation>
    </message>
    <message>
        <source>5 % of an order of 1,000 gives 50 points. Fractions of a point are kept to the hundredth and rounded down.</source>
        <translation>5 % от заказа на 1 000 — это 50 баллов. Доли балла хранятся до сотых и округляются вниз.</translation>
    </message>
    <message>
        <source>Points can be spent after (days)</source>
        <translation>Баллы можно потратить через (дней)</translation>
    </message>
    <message>
        <source>Days after an order before its points can be spent (time for a return). 0: at once.</source>
        <translation>Сколько дней после заказа баллы ждут (время на возврат). 0 — сразу.</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Баллы сгорают через (дней)</translation>
    </message>
    <message>
        <source>Days after points can be spent until unspent ones lapse; the oldest are spent first. 0: they never expire.</source>
        <translation>Сколько дней действуют баллы, после чего непотраченные сгорают; первыми тратятся самые старые. 0 — не сгорают никогда.</translation>
    </message>
    <message>
        <source>Remind before points expire (days)</source>
        <translation>Напомнить до сгорания баллов (за дней)</translation>
    </message>
    <message>
        <source>Today lists the customer this many days before their points lapse.</source>
        <translation>За столько дней до сгорания баллов покупатель появится в списке «Сегодня».</translation>
    </message>
    <message>
        <source>Points pay at most (% of an order)</source>
        <translation>Баллами можно оплатить не больше (% заказа)</translation>
    </message>
    <message>
        <source>The largest part of one order a customer may pay with points.</source>
        <translation>Какую наибольшую часть одного заказа можно оплатить баллами.</translation>
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
        <translation>Обычно это полный адрес почты. Пароль хранится в системном хранилище паролей, а не в файлах программы.</translation>
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
        <source>A polite pace so your provider does not take you for a spammer.</source>
        <translation>Спокойный темп, чтобы почтовый сервис не принял вас за спамера.</translation>
    </message>
    <message>
        <source>Automatic e-mails: not before (hour)</source>
        <translation>Автоматические письма: не раньше (час)</translation>
    </message>
    <message>
        <source>Autopilot sends nothing earlier in the day.</source>
        <translation>Раньше этого часа автопилот ничего не отправляет.</translation>
    </message>
    <message>
        <source>Automatic e-mails: not after (hour)</source>
        <translation>Автоматические письма: не позже (час)</translation>
    </message>
    <message>
        <source>Autopilot sends nothing from this hour on.</source>
        <translation>Начиная с этого часа автопилот ничего не отправляет.</translation>
    </message>
    <message>
        <source>Automatic e-mails per day, at most</source>
        <translation>Автоматических писем в день, не больше</translation>
    </message>
    <message>
        <source>The rest wait for the next day.</source>
        <translation>Остальные ждут следующего дня.</translation>
    </message>
    <message>
        <source>Read STOP replies from the mailbox</source>
        <translation>Читать ответы «СТОП» из почтового ящика</translation>
    </message>
    <message>
        <source>Before automatic e-mails go out, customers who replied STOP are marked &quot;do not contact&quot;. Nothing on the server changes.</source>
        <translation>Перед автоотправкой ответившие «СТОП» отмечаются «не беспокоить». На сервере ничего не меняется.</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-сервер</translation>
    </message>
    <message>
        <source>For example imap.yandex.ru or imap.gmail.com.</source>
        <translation>Например, imap.yandex.ru или imap.gmail.com.</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Порт IMAP</translation>
    </message>
    <message>
        <source>993 for SSL, 143 for STARTTLS or without encryption.</source>
        <translation>993 — SSL, 143 — STARTTLS или без шифрования.</translation>
    </message>
    <message>
        <source>IMAP encryption</source>
        <translation>Шифрование IMAP</translation>
    </message>
    <message>
        <source>Ask your mail provider if unsure; SSL/TLS is the usual choice.</source>
        <translation>Если не уверены, спросите у почтового провайдера; обычно это SSL/TLS.</translation>
    </message>
    <message>
        <source>IMAP login</source>
        <translation>Логин IMAP</translation>
    </message>
    <message>
        <source>Empty means the SMTP login. The password is the e-mail password saved in the system keychain.</source>
        <translation>Пусто — логин SMTP. Пароль — пароль почты из хранилища паролей.</translation>
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
        <source>The script makes a text, list or number far too large for a message.</source>
        <translation>Шаблон создаёт слишком длинный текст, список или число — для сообщения это чересчур.</translation>
    </message>
    <message>
        <source>Line {line}: this makes a text, list or number far too large for a message.</source>
        <translation>Строка {line}: здесь получается слишком длинный текст, список или число — для сообщения это чересчур.</translation>
    </message>
    <message>
        <source>The script takes too long to fill in: a loop repeats too many times.</source>
        <translation>Шаблон заполняется слишком долго: цикл повторяется слишком много раз.</translation>
    </message>
    <message>
        <source>Line {line}: this takes too long to fill in: a loop repeats too many times.</source>
        <translation>Строка {line}: заполнение идёт слишком долго — цикл повторяется слишком много раз.</translation>
    </message>
    <message>
        <source>The script has too many brackets, conditions or loops inside each other.</source>
        <translation>В шаблоне слишком много вложенных друг в друга скобок, условий или циклов.</translation>
    </message>
    <message>
        <source>Line {line}: too many brackets, conditions or loops inside each other.</source>
        <translation>Строка {line}: слишком много вложенных друг в друга скобок, условий или циклов.</translation>
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
    <name>timeline</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Sale recorded by hand</source>
        <translation>Продажа вручную</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Напоминание выполнено</translation>
    </message>
    <message>
        <source>Reminder skipped</source>
        <translation>Напоминание пропущено</translation>
    </message>
    <message>
        <source>Came by recommendation</source>
        <translation>Пришёл по рекомендации</translation>
    </message>
    <message>
        <source>Brought a friend</source>
        <translation>Привёл(а) друга</translation>
    </message>
    <message>
        <source>Duplicate card merged in</source>
        <translation>Присоединён дубль</translation>
    </message>
    <message>
        <source>Merged into another card</source>
        <translation>Объединена с другой карточкой</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Оценка удовлетворённости</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>Жалоба решена</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Новый уровень</translation>
    </message>
    <message>
        <source>Level lowered</source>
        <translation>Уровень понижен</translation>
    </message>
    <message>
        <source>Level set by hand</source>
        <translation>Уровень задан вручную</translation>
    </message>
    <message>
        <source>Level lost</source>
        <translation>Уровень потерян</translation>
    </message>
    <message>
        <source>Bonus for coming by recommendation</source>
        <translation>Бонус за приход по рекомендации</translation>
    </message>
    <message>
        <source>Bonus for a recommendation</source>
        <translation>Бонус за рекомендацию</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 из 10</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>в тот же день</translation>
    </message>
    <message>
        <source>compensation %1</source>
        <translation>компенсация %1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (был %2)</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>был %1</translation>
    </message>
    <message>
        <source>first order %1</source>
        <translation>первый заказ %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>кто: %1</translation>
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
        <source>Her usual product (bought most often)</source>
        <translation>Её обычный товар (покупает чаще всего)</translation>
    </message>
    <message>
        <source>What to offer next (Products: her pairs; empty when none)</source>
        <translation>Что предложить дальше (Товары: пары к её покупкам; пусто, если нечего)</translation>
    </message>
    <message>
        <source>Customer&apos;s segment</source>
        <translation>Сегмент покупателя</translation>
    </message>
    <message>
        <source>Customer&apos;s loyalty level</source>
        <translation>Уровень лояльности покупателя</translation>
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
        <source>Your name and the shop&apos;s, those that are set (Settings)</source>
        <translation>Ваше имя и название магазина — те, что заданы (из настроек)</translation>
    </message>
    <message>
        <source>How to reach the shop: phone, address, site (Settings)</source>
        <translation>Как связаться с магазином: телефон, адрес, сайт (Настройки)</translation>
    </message>
    <message>
        <source>Customer&apos;s code for friends</source>
        <translation>Код покупателя для друзей</translation>
    </message>
    <message>
        <source>What a friend with the code gets (Settings)</source>
        <translation>Что получает друг с кодом (Настройки)</translation>
    </message>
    <message>
        <source>Points she can spend today (when points are on)</source>
        <translation>Баллы, которые покупатель может потратить сегодня (если баллы включены)</translation>
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
        <source>In quotes: “Earrings ‘Moon’”; nothing when the value is empty</source>
        <translation>В кавычках: «Серьги „Луна“»; пусто, если значения нет</translation>
    </message>
    <message>
        <source>Only when the value is known: a message never has a gap</source>
        <translation>Только если значение известно: в сообщении не будет пропуска</translation>
    </message>
    <message>
        <source>Standard Jinja filters work too</source>
        <translation>Стандартные фильтры Jinja тоже работают</translation>
    </message>
</context>
</TS>
