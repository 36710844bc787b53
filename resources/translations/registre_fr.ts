<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Registre database or backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} does not hold the same rows as the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database lacks rows of {tables}: it was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInMatchModel</name>
    <message>
        <source>✓ here as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Participants {participants} · Women {women} · Youth {youth}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The converted copy {path} failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available in this installation (the SQLCipher module is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted copy {path} does not hold the same rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation records the activities of one office. Which office is it? The code travels with every record you create and cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NE-NIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Niamey office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. NE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadCountTableModel</name>
    <message>
        <source>the whole activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registre — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Registre {version}&lt;/h3&gt;&lt;p&gt;Offline register of activities and attendance for field offices, synced with headquarters through Excel workbooks.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;br&gt;Site: {site}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Registre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write the PDF file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity with the number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not a day of this activity ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting {name} cannot take the value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (family name first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (given names first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
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
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (signature of that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty: it holds no sheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet. Registre reads Excel (.xlsx, .xls) and LibreOffice (.ods) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is protected by a password. Open it in Excel or LibreOffice, save a copy without a password, and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read as a spreadsheet ({detail}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row found in the sheet {sheet}: no row names at least two columns such as Nom, Prénom, Sexe, Structure, Téléphone. Choose the header row yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} has no row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns &quot;{first}&quot; and &quot;{second}&quot; are both mapped to {field}: map one of them to another field or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the sheet {sheet} is mapped to a name (family name or full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a column mapping: write &quot;Header=field&quot;, for example &quot;Tél=phone&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;{name}&quot;. Fields: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet {sheet} has no column &quot;{header}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity lasts from {start} to {end}: say which day the sheet {sheet} is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} stands for {day}, outside the activity ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;{header}&quot; is mapped to a day, but its header is neither a date nor a day number such as J1 or Jour 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet holds no row to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows are invalid: correct the sheet, or choose to skip invalid rows. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name on this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;{value}&quot; not known: left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day marked: added to the registry without attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex &quot;{value}&quot; not understood (F or M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age &quot;{value}&quot; not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year &quot;{value}&quot; not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;{value}&quot; not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &quot;{value}&quot; not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>This database has no site yet: run `registre init --site CODE --name NAME --country CC` (or the first-start setup of the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to the site {code} ({name}); it cannot be set up again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Registre cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>This database has no site yet: run the first-start setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is busy: another window or program is writing to it. Close it, or wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Registre database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged. Nothing was changed; restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Registre database, or it is an encrypted one: give its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open {path} (or the file is not a Registre database). Check it (capitals, accents) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is not encrypted: open it without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of Registre (schema {revision}). Install the latest version to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{column}: text longer than 32,767 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not a sex (F, M or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: unknown value {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {value} is not a record identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text in {sheet} (row {row}, {column}) is longer than the 32,767 characters a spreadsheet cell can hold: shorten it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (was it fully copied?). Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Registre sync workbook (its manifest sheet is missing or names another format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Registre (format {version}): install the latest version to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has an unknown format version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} has no column {column} ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected) or an old .xls workbook. Remove the password, or save it as .xlsx, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} would expand to an abnormal size ({part}): it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} contains XML declarations that a workbook never has ({part}): it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unknown kind of activity {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded on {day}, outside these dates: remove it first or keep that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no activity with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is cancelled: nobody can attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day must lie within the activity&apos;s dates ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be more than the total ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex is F, M or not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age lies between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth year lies between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age band reads like 18-29 or 60+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} attended {count} activities: remove that attendance first, or merge the person with their duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (for example +227 90 12 34 56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site code is short and has no spaces, like NE-NIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country is a two-letter code such as NE or ML, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
