<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars hit an unexpected problem. Your data is safe: unfinished changes were not saved. You can keep working; if it happens again, copy the details and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: vip, wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact (no reminders, no messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering: sizes, tastes, family, what they asked for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (in messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code / card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent %1, last purchase %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purchases yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R F M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate, retention and what your reminders brought back will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop your spreadsheet here to import it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo an import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recalculate segments and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Message scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made messages for every occasion appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>No segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your sales and Regulars groups your customers into segments such as Champions, Loyal and At risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Nothing due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your daily list of who to contact appears here once you have imported your sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Regulars shows you every morning who to write to and what to say, so one-time buyers come back. Start by importing the spreadsheet of your sales or customers: an export from your till, web shop, 1C or Google Sheets (CSV, Excel or ODS). You can also drag the file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Segments and reminders are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulk</name>
    <message>
        <source>Asked not to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address for this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the backup folder exists, is writable and the disk is not full (Settings → Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is not read-only and that the disk is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file from the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or close the file if a spreadsheet has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other programs that may use the file and check free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space and start Regulars again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the latest Regulars to open it; your data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the latest Regulars to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars could not replace its database file with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars could not write a backup copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup (File → Restore…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen backup file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen backup was made by a newer version of Regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file is not a Regulars database or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file is not a Regulars database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has an error; fix it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already open in another Regulars window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer version of Regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a built-in message script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message script no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Don&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank and grow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <source>This computer has no password keychain that Regulars can use, so the e-mail password is kept only until Regulars is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to store the password, so it is kept only until Regulars is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>segments</name>
    <message>
        <source>No orders yet, so no segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last order was {recency_days} days ago, longer than the {lost_after_days}-day limit: {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last order was {recency_days} days ago (R{r_score}) and there are {orders} orders (F{f_score}): R{r_score} with F{f_score} is {segment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently and often: your best customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them personally, give early access to new arrivals and ask them to recommend you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy regularly, although not always very recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch, ask for a review and invite them to bring a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent customers with two or three orders: on their way to becoming regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest what goes well with what they bought and make the next order easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made their first order very recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you, check they are happy and give a useful tip about the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought once, fairly recently, and have not come back yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a helpful tip or a small reason to come back before they forget you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought a few times, but the last order was a while ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how they are doing and mention something new that suits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought once or twice some time ago and are going quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a friendly reminder with something relevant to what they bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to buy often but have been silent for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write personally, ask what went wrong and offer something useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were among your most frequent customers and have stopped buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or write yourself, today: find out why and win them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought once or twice long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one good offer; do not write to them often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not bought for longer than the limit set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One win-back message at most; otherwise focus on the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} came back from {from_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} moved {from_name} → {to_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new in {to_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <source>The server did not accept the login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer a login; clear the login in Settings or check the encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the address {address}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender address {address}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the message: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support STARTTLS; choose another encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed ({detail}); check the port and the encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} was not found; check its name and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host}:{port} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server in Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender address or the login in Settings → E-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in messages as {{ shop_name }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in messages as {{ owner_name }}, so they sound personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts are shown. Imported amounts are not converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country assumed for phone numbers written without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app. Takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed day bands, or quintiles of your own customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency bands, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limits for scores 5, 4, 3 and 2; older is score 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency bands, orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limits for scores 1, 2, 3 and 4; more orders is score 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quintiles of your own customers, or fixed amount bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper limits of money spent for scores 1, 2, 3 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost after, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer silent for longer than this is counted as Lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reminders are on and their days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one message per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between two messages to the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a purchase as a result within, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase this soon after a message counts as brought back by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example smtp.yandex.ru or smtp.gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL, 25 without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your mail provider if unsure; STARTTLS is the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually your full e-mail address. The password is kept in the system keychain, never in Regulars&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address; empty means the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name customers see, for example your shop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between e-mails, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polite pace so your provider does not take you for a spammer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where daily copies of your data go; empty means the app&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups for, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older automatic backups are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Line {line}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown variable “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown variable “{name}”. Did you mean “{hint}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: this is not allowed in a message script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (over {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message script “{name}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>Customer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in &lt;month&gt;&quot; of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money spent in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product bought most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday (day and month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop&apos;s name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number with the right word form: 3 заказа, 5 заказов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number with the right word form: 1 order, 2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the word, without the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Jinja filters work too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
