<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRejectedDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be left out. Fix them in the file and import it again: rows already imported are skipped.</source>
        <translation>
            <numerusform>%n row will be left out. Fix it in the file and import it again: rows already imported are skipped.</numerusform>
            <numerusform>%n rows will be left out. Fix them in the file and import it again: rows already imported are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n row(s) are imported with a phone or e-mail left empty because it could not be read.</source>
        <translation>
            <numerusform>Also %n row is imported with a phone or e-mail left empty because it could not be read.</numerusform>
            <numerusform>Also %n rows are imported with a phone or e-mail left empty because it could not be read.</numerusform>
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
    <name>TodayPage</name>
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
        <source>%n came back after your messages in 30 days</source>
        <translation>
            <numerusform>%n customer came back after your messages in 30 days</numerusform>
            <numerusform>%n customers came back after your messages in 30 days</numerusform>
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
        <source>You have written to %n customer(s) from the list today: that is the day&apos;s number from Settings.</source>
        <translation>
            <numerusform>You have written to %n customer from the list today: that is the day&apos;s number from Settings.</numerusform>
            <numerusform>You have written to %n customers from the list today: that is the day&apos;s number from Settings.</numerusform>
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
    <message numerus="yes">
        <source>Snoozed: %1 comes back in %n day(s).</source>
        <translation>
            <numerusform>Snoozed: %1 comes back in %n day.</numerusform>
            <numerusform>Snoozed: %1 comes back in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message numerus="yes">
        <source>Win-back after %n day(s)</source>
        <translation>
            <numerusform>Win-back after %n day</numerusform>
            <numerusform>Win-back after %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
