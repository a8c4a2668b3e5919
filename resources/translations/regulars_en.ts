<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutopilotRunner</name>
    <message numerus="yes">
        <source>Replied STOP: %n customer(s) marked &quot;do not contact&quot;.</source>
        <translation>
            <numerusform>Replied STOP: %n customer marked &quot;do not contact&quot;.</numerusform>
            <numerusform>Replied STOP: %n customers marked &quot;do not contact&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacktestChart</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message numerus="yes">
        <source>Send %n e-mail(s)</source>
        <translation>
            <numerusform>Send %n e-mail</numerusform>
            <numerusform>Send %n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n message exported to %1.</numerusform>
            <numerusform>%n messages exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mail(s) now? Each is noted in the customer&apos;s history.</source>
        <translation>
            <numerusform>Send %n e-mail now? It is noted in the customer&apos;s history.</numerusform>
            <numerusform>Send %n e-mails now? Each is noted in the customer&apos;s history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessWords</name>
    <message numerus="yes">
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln new client</numerusform>
            <numerusform>%Ln new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new student(s)</source>
        <translation>
            <numerusform>%Ln new student</numerusform>
            <numerusform>%Ln new students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to contact</source>
        <translation>
            <numerusform>%n client to contact</numerusform>
            <numerusform>%n clients to contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) to contact</source>
        <translation>
            <numerusform>%n student to contact</numerusform>
            <numerusform>%n students to contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n client came back after your messages (last 30 days)</numerusform>
            <numerusform>%n clients came back after your messages (last 30 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n student came back after your messages (last 30 days)</numerusform>
            <numerusform>%n students came back after your messages (last 30 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more client(s) waiting; they come up in the next days</source>
        <translation>
            <numerusform>%n more client is waiting; they come up in the next days</numerusform>
            <numerusform>%n more clients are waiting; they come up in the next days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more student(s) waiting; they come up in the next days</source>
        <translation>
            <numerusform>%n more student is waiting; they come up in the next days</numerusform>
            <numerusform>%n more students are waiting; they come up in the next days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per client in %1)</source>
        <translation>
            <numerusform>%n reminder held back (at most one message per client in %1)</numerusform>
            <numerusform>%n reminders held back (at most one message per client in %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per student in %1)</source>
        <translation>
            <numerusform>%n reminder held back (at most one message per student in %1)</numerusform>
            <numerusform>%n reminders held back (at most one message per student in %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortValuePlot</name>
    <message numerus="yes">
        <source>%1, month %2: %3 per customer; a cohort of %n customer(s)</source>
        <translation>
            <numerusform>%1, month %2: %3 per customer; a cohort of %n customer</numerusform>
            <numerusform>%1, month %2: %3 per customer; a cohort of %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message numerus="yes">
        <source>Usually buys every %n day(s)</source>
        <translation>
            <numerusform>Usually buys every %n day</numerusform>
            <numerusform>Usually buys every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers, not messages. Written to: ordered within %n day(s) after the first message of a reminder. Not written to: the reminder was due in the period and skipped or is still waiting; ordered within %n day(s) after its day.</source>
        <translation>
            <numerusform>Customers, not messages. Written to: ordered within %n day after the first message of a reminder. Not written to: the reminder was due in the period and skipped or is still waiting; ordered within %n day after its day.</numerusform>
            <numerusform>Customers, not messages. Written to: ordered within %n days after the first message of a reminder. Not written to: the reminder was due in the period and skipped or is still waiting; ordered within %n days after its day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People, not messages: each person written to in the last 12 months counts once, and counts as brought back if they bought within %n day(s) after a message (Settings → Reminders). Opening a message in a messenger, sending, exporting or marking it sent is a message; copying the text alone is not.</source>
        <translation>
            <numerusform>People, not messages: each person written to in the last 12 months counts once, and counts as brought back if they bought within %n day after a message (Settings → Reminders). Opening a message in a messenger, sending, exporting or marking it sent is a message; copying the text alone is not.</numerusform>
            <numerusform>People, not messages: each person written to in the last 12 months counts once, and counts as brought back if they bought within %n days after a message (Settings → Reminders). Opening a message in a messenger, sending, exporting or marking it sent is a message; copying the text alone is not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n possible duplicate(s). Check the two cards below, then merge them or say they are different people.</source>
        <translation>
            <numerusform>%n possible duplicate. Check the two cards below, then merge them or say they are different people.</numerusform>
            <numerusform>%n possible duplicates. Check the two cards below, then merge them or say they are different people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPlurals</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <source>%n complaint(s) not resolved yet</source>
        <translation>
            <numerusform>%n complaint not resolved yet</numerusform>
            <numerusform>%n complaints not resolved yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message numerus="yes">
        <source>%1 days: %n gap(s)</source>
        <translation>
            <numerusform>%1 days: %n gap</numerusform>
            <numerusform>%1 days: %n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders: %1; %n customer(s)</source>
        <translation>
            <numerusform>Orders: %1; %n customer</numerusform>
            <numerusform>Orders: %1; %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln purchase</numerusform>
            <numerusform>%Ln purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes its %Ln purchase(s) and the customers it created that have nothing else. A backup copy of your data is made first.</source>
        <translation>
            <numerusform>This removes its %Ln purchase and the customers it created that have nothing else. A backup copy of your data is made first.</numerusform>
            <numerusform>This removes its %Ln purchases and the customers it created that have nothing else. A backup copy of your data is made first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRejectedDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) will be left out. Fix them in the file and import it again: rows already imported are skipped.</source>
        <translation>
            <numerusform>%Ln row will be left out. Fix it in the file and import it again: rows already imported are skipped.</numerusform>
            <numerusform>%Ln rows will be left out. Fix them in the file and import it again: rows already imported are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without the phone or e-mail below: it could not be read. Correct it in the file, or later on the customer&apos;s card.</source>
        <translation>
            <numerusform>%Ln row will be imported without the phone or e-mail below: it could not be read. Correct it in the file, or later on the customer&apos;s card.</numerusform>
            <numerusform>%Ln rows will be imported without the phones or e-mails below: they could not be read. Correct them in the file, or later on the customers&apos; cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without the birthday below: it is not a date, or it is after today or before 1900. Correct it in the file, or later on the customer&apos;s card.</source>
        <translation>
            <numerusform>%Ln row will be imported without the birthday below: it is not a date, or it is after today or before 1900. Correct it in the file, or later on the customer&apos;s card.</numerusform>
            <numerusform>%Ln rows will be imported without the birthdays below: they are not dates, or they are after today or before 1900. Correct them in the file, or later on the customers&apos; cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) not found among the customers: kept in their notes.</source>
        <translation>
            <numerusform>%Ln referrer not found among the customers: kept in their notes.</numerusform>
            <numerusform>%Ln referrers not found among the customers: kept in their notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) say neither yes nor no about e-mail marketing: those customers&apos; consent stays as it was.</source>
        <translation>
            <numerusform>%Ln row says neither yes nor no about e-mail marketing: that customer&apos;s consent stays as it was.</numerusform>
            <numerusform>%Ln rows say neither yes nor no about e-mail marketing: those customers&apos; consent stays as it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file were in another encoding (Windows-1251) and were read as such: check that the names below read right.</source>
        <translation>
            <numerusform>%Ln line of the file was in another encoding (Windows-1251) and was read as such: check that the names below read right.</numerusform>
            <numerusform>%Ln lines of the file were in another encoding (Windows-1251) and were read as such: check that the names below read right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of cancelled or refunded orders. They are not sales, so they are left out; there is nothing to fix.</source>
        <translation>
            <numerusform>%Ln row of a cancelled or refunded order. It is not a sale, so it is left out; there is nothing to fix.</numerusform>
            <numerusform>%Ln rows of cancelled or refunded orders. They are not sales, so they are left out; there is nothing to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln conflict(s): for example %1 is “%2” here but “%3” in Regulars; they are treated as one person.</source>
        <translation>
            <numerusform>%Ln conflict: %1 is “%2” here but “%3” in Regulars; they are treated as one person.</numerusform>
            <numerusform>%Ln conflicts: for example %1 is “%2” here but “%3” in Regulars; they are treated as one person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln purchase</numerusform>
            <numerusform>%Ln purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln order(s)</source>
        <translation>
            <numerusform>in %Ln order</numerusform>
            <numerusform>in %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s) already in Regulars will be skipped.</source>
        <translation>
            <numerusform>%Ln purchase already in Regulars will be skipped.</numerusform>
            <numerusform>%Ln purchases already in Regulars will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) joined</source>
        <translation>
            <numerusform>%Ln payment joined</numerusform>
            <numerusform>%Ln payments joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>into %Ln instalment order(s).</source>
        <translation>
            <numerusform>into %Ln instalment order.</numerusform>
            <numerusform>into %Ln instalment orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notes for %Ln customer(s)</source>
        <translation>
            <numerusform>notes for %Ln customer</numerusform>
            <numerusform>notes for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tags for %Ln customer(s)</source>
        <translation>
            <numerusform>tags for %Ln customer</numerusform>
            <numerusform>tags for %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) linked</source>
        <translation>
            <numerusform>%Ln referrer linked</numerusform>
            <numerusform>%Ln referrers linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be read and will be left out: see the list.</source>
        <translation>
            <numerusform>%Ln row could not be read and will be left out: see the list.</numerusform>
            <numerusform>%Ln rows could not be read and will be left out: see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without a phone or e-mail that could not be read: see the list.</source>
        <translation>
            <numerusform>%Ln row will be imported without a phone or e-mail that could not be read: see the list.</numerusform>
            <numerusform>%Ln rows will be imported without a phone or e-mail that could not be read: see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be imported without a birthday that is not possible: see the list.</source>
        <translation>
            <numerusform>%Ln row will be imported without a birthday that is not possible: see the list.</numerusform>
            <numerusform>%Ln rows will be imported without a birthday that is not possible: see the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) were in another encoding (Windows-1251) and were read as such: check their names in the list.</source>
        <translation>
            <numerusform>%Ln line was in another encoding (Windows-1251) and was read as such: check its names in the list.</numerusform>
            <numerusform>%Ln lines were in another encoding (Windows-1251) and were read as such: check their names in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrer(s) not found among the customers: kept in their notes.</source>
        <translation>
            <numerusform>%Ln referrer not found among the customers: kept in the notes.</numerusform>
            <numerusform>%Ln referrers not found among the customers: kept in the notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sales, left out: %Ln row(s) of cancelled or refunded orders.</source>
        <translation>
            <numerusform>Not sales, left out: %Ln row of a cancelled or refunded order.</numerusform>
            <numerusform>Not sales, left out: %Ln rows of cancelled or refunded orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (a negative amount): %Ln line(s), imported as they are.</source>
        <translation>
            <numerusform>Refunds (a negative amount): %Ln line, imported as it is.</numerusform>
            <numerusform>Refunds (a negative amount): %Ln lines, imported as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>Their contact details, purchases, messages and reminders are removed for good and disappear from lists, exports and reminders. Copies in automatic backups are deleted with those backups, after %n day(s).</source>
        <translation>
            <numerusform>Their contact details, purchases, messages and reminders are removed for good and disappear from lists, exports and reminders. Copies in automatic backups are deleted with those backups, after %n day.</numerusform>
            <numerusform>Their contact details, purchases, messages and reminders are removed for good and disappear from lists, exports and reminders. Copies in automatic backups are deleted with those backups, after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsGroup</name>
    <message numerus="yes">
        <source>%n friend(s)</source>
        <translation>
            <numerusform>%n friend</numerusform>
            <numerusform>%n friends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleNames</name>
    <message numerus="yes">
        <source>Win-back after %n day(s)</source>
        <translation>
            <numerusform>Win-back after %n day</numerusform>
            <numerusform>Win-back after %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n customer</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1</source>
        <translation>
            <numerusform>Exported %n customer to %1</numerusform>
            <numerusform>Exported %n customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost: no order for more than %Ln day(s)</source>
        <translation>
            <numerusform>Lost: no order for more than %Ln day</numerusform>
            <numerusform>Lost: no order for more than %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) came with it</source>
        <translation>
            <numerusform>%n purchase came with it</numerusform>
            <numerusform>%n purchases came with it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayEmptyState</name>
    <message numerus="yes">
        <source>You have written to %n customer(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>You have written to %n customer from the list today: that is the day&apos;s number from Settings.</numerusform>
            <numerusform>You have written to %n customers from the list today: that is the day&apos;s number from Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have written to %n client(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>You have written to %n client from the list today: that is the day&apos;s number from Settings.</numerusform>
            <numerusform>You have written to %n clients from the list today: that is the day&apos;s number from Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have written to %n student(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>You have written to %n student from the list today: that is the day&apos;s number from Settings.</numerusform>
            <numerusform>You have written to %n students from the list today: that is the day&apos;s number from Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are waiting; they come up from tomorrow.</source>
        <translation>
            <numerusform>%n more is waiting; they come up from tomorrow.</numerusform>
            <numerusform>%n more are waiting; they come up from tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually every %n day(s)</source>
        <translation>
            <numerusform>usually every day</numerusform>
            <numerusform>usually every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayHeader</name>
    <message numerus="yes">
        <source>%n to contact</source>
        <translation>
            <numerusform>%n to contact</numerusform>
            <numerusform>%n to contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n came back after your messages (last 30 days)</source>
        <translation>
            <numerusform>%n came back after your messages (last 30 days)</numerusform>
            <numerusform>%n came back after your messages (last 30 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for today</source>
        <translation>
            <numerusform>%n for today</numerusform>
            <numerusform>%n for today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are waiting; they come up in the next days</source>
        <translation>
            <numerusform>%n more is waiting; they come up in the next days</numerusform>
            <numerusform>%n more are waiting; they come up in the next days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) held back (at most one message per customer in %1)</source>
        <translation>
            <numerusform>%n reminder held back (at most one message per customer in %1)</numerusform>
            <numerusform>%n reminders held back (at most one message per customer in %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n customer to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
            <numerusform>%n customers to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n client to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
            <numerusform>%n clients to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) to see in person or add a contact: no phone, e-mail or Telegram</source>
        <translation>
            <numerusform>%n student to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
            <numerusform>%n students to see in person or add a contact: no phone, e-mail or Telegram</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Snoozed: %1 comes back in %n day(s).</source>
        <translation>
            <numerusform>Snoozed: %1 comes back in %n day.</numerusform>
            <numerusform>Snoozed: %1 comes back in %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
