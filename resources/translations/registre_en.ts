<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgesDialog</name>
    <message numerus="yes">
        <source>&amp;Everyone: the expected list and those checked in (%n)</source>
        <translation>
            <numerusform>&amp;Everyone: the expected list and those checked in (%n)</numerusform>
            <numerusform>&amp;Everyone: the expected list and those checked in (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badges written in {path}</source>
        <translation>
            <numerusform>%n badge written in {path}</numerusform>
            <numerusform>%n badges written in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message numerus="yes">
        <source>Completed, a certificate each: %n</source>
        <translation>
            <numerusform>Completed, a certificate each: %n</numerusform>
            <numerusform>Completed, a certificate each: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants who did not meet the rule: %n</source>
        <translation>
            <numerusform>Participants who did not meet the rule: %n</numerusform>
            <numerusform>Participants who did not meet the rule: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates: {path}</source>
        <translation>
            <numerusform>%n certificate: {path}</numerusform>
            <numerusform>%n certificates: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInCounter</name>
    <message numerus="yes">
        <source>{day}: %Ln checked in · team {team}</source>
        <translation>
            <numerusform>{day}: %Ln checked in · team {team}</numerusform>
            <numerusform>{day}: %Ln checked in · team {team}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Totals over {count} activities</source>
        <translation>
            <numerusform>Totals over {count} activity</numerusform>
            <numerusform>Totals over {count} activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} organisations</source>
        <translation>
            <numerusform>{count} organisation</numerusform>
            <numerusform>{count} organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} activities</source>
        <translation>
            <numerusform>{count} activity</numerusform>
            <numerusform>{count} activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} persons</source>
        <translation>
            <numerusform>{count} person</numerusform>
            <numerusform>{count} persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} attendances</source>
        <translation>
            <numerusform>{count} attendance</numerusform>
            <numerusform>{count} attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} head counts</source>
        <translation>
            <numerusform>{count} head count</numerusform>
            <numerusform>{count} head counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} expected</source>
        <translation>
            <numerusform>{count} expected</numerusform>
            <numerusform>{count} expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} badges</source>
        <translation>
            <numerusform>{count} badge</numerusform>
            <numerusform>{count} badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} projects</source>
        <translation>
            <numerusform>{count} project</numerusform>
            <numerusform>{count} projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} age band sets</source>
        <translation>
            <numerusform>{count} age band set</numerusform>
            <numerusform>{count} age band sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} indicators</source>
        <translation>
            <numerusform>{count} indicator</numerusform>
            <numerusform>{count} indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} targets</source>
        <translation>
            <numerusform>{count} target</numerusform>
            <numerusform>{count} targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} payment lists</source>
        <translation>
            <numerusform>{count} payment list</numerusform>
            <numerusform>{count} payment lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} photos of signed sheets, to send with the workbook</source>
        <translation>
            <numerusform>{path}: {count} photo of a signed sheet, to send with the workbook</numerusform>
            <numerusform>{path}: {count} photos of signed sheets, to send with the workbook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos of signed sheets did not travel: a protected workbook leaves them out</source>
        <translation>
            <numerusform>{count} photo of a signed sheet did not travel: a protected workbook leaves it out</numerusform>
            <numerusform>{count} photos of signed sheets did not travel: a protected workbook leaves them out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: {count} attendance rows (a day out of range, or a person or activity not sent).</source>
        <translation>
            <numerusform>Not sent: {count} attendance row (a day out of range, or a person or activity not sent).</numerusform>
            <numerusform>Not sent: {count} attendance rows (a day out of range, or a person or activity not sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos of signed sheets kept beside their activity</source>
        <translation>
            <numerusform>{count} photo of a signed sheet kept beside its activity</numerusform>
            <numerusform>{count} photos of signed sheets kept beside their activity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: {changes} changes.</source>
        <translation>
            <numerusform>Applied: {changes} change.</numerusform>
            <numerusform>Applied: {changes} changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: {changes} changes found, nothing was changed.</source>
        <translation>
            <numerusform>Dry run: {changes} change found, nothing was changed.</numerusform>
            <numerusform>Dry run: {changes} changes found, nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} things to look at</source>
        <translation>
            <numerusform>{count} thing to look at</numerusform>
            <numerusform>{count} things to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} certificates written in {folder}</source>
        <translation>
            <numerusform>{count} certificate written in {folder}</numerusform>
            <numerusform>{count} certificates written in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} badges on {pages} pages</source>
        <translation>
            <numerusform>{path}: {count} badge on {pages} page(s)</numerusform>
            <numerusform>{path}: {count} badges on {pages} page(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} persons added to the expected list</source>
        <translation>
            <numerusform>{count} person added to the expected list</numerusform>
            <numerusform>{count} persons added to the expected list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} persons were on the list already</source>
        <translation>
            <numerusform>{count} person was on the list already</numerusform>
            <numerusform>{count} persons were on the list already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} parts of the approved list not received yet</source>
        <translation>
            <numerusform>{count} part of the approved list not received yet</numerusform>
            <numerusform>{count} parts of the approved list not received yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {count} payees of {channel}</source>
        <translation>
            <numerusform>{file}: {count} payee of {channel}</numerusform>
            <numerusform>{file}: {count} payees of {channel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} changes written.</source>
        <translation>
            <numerusform>{path}: {count} change written.</numerusform>
            <numerusform>{path}: {count} changes written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows written by hand, to be typed: {rows}</source>
        <translation>
            <numerusform>{count} row written by hand, to be typed: {rows}</numerusform>
            <numerusform>{count} rows written by hand, to be typed: {rows}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message numerus="yes">
        <source>Approved lists only, each in the month its activity started; a draft is not counted. %n list(s).</source>
        <translation>
            <numerusform>Approved lists only, each in the month its activity started; a draft is not counted. %n list.</numerusform>
            <numerusform>Approved lists only, each in the month its activity started; a draft is not counted. %n lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountChecksView</name>
    <message numerus="yes">
        <source>%n thing(s) to look at before sending these counts.</source>
        <translation>
            <numerusform>%n thing to look at before sending these counts.</numerusform>
            <numerusform>%n things to look at before sending these counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message numerus="yes">
        <source>Restore the backup of {date} (%Ln records)? The damaged file is kept aside.</source>
        <translation>
            <numerusform>Restore the backup of {date} (%Ln record)? The damaged file is kept aside.</numerusform>
            <numerusform>Restore the backup of {date} (%Ln records)? The damaged file is kept aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DedupDialog</name>
    <message numerus="yes">
        <source>%Ln pairs that may be the same person, best first.</source>
        <translation>
            <numerusform>%Ln pair that may be the same person.</numerusform>
            <numerusform>%Ln pairs that may be the same person, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge {merged} (#{merged_id}) into {survivor} (#{survivor_id})? Its %Ln attendance rows move to {survivor}.</source>
        <translation>
            <numerusform>Merge {merged} (#{merged_id}) into {survivor} (#{survivor_id})? Its %Ln attendance row moves to {survivor}.</numerusform>
            <numerusform>Merge {merged} (#{merged_id}) into {survivor} (#{survivor_id})? Its %Ln attendance rows move to {survivor}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message numerus="yes">
        <source>{count} rows are invalid: correct the sheet, or skip them.</source>
        <translation>
            <numerusform>{count} row is invalid: correct the sheet, or skip it.</numerusform>
            <numerusform>{count} rows are invalid: correct the sheet, or skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpectedListDialog</name>
    <message numerus="yes">
        <source>On the list: %n</source>
        <translation>
            <numerusform>On the list: %n</numerusform>
            <numerusform>On the list: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons taken off the list.</source>
        <translation>
            <numerusform>%n person taken off the list.</numerusform>
            <numerusform>%n persons taken off the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons added to the list.</source>
        <translation>
            <numerusform>%n person added to the list.</numerusform>
            <numerusform>%n persons added to the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persons read: {new} new, {known} in the registry, {duplicates} possibly in the registry (tick “same person?” to use them), {invalid} invalid rows; {skipped} lines not persons (titles, totals, signatories).</source>
        <translation>
            <numerusform>%n person read: {new} new, {known} in the registry, {duplicates} possibly in the registry (tick “same person?” to use them), {invalid} invalid rows; {skipped} lines not persons (titles, totals, signatories).</numerusform>
            <numerusform>%n persons read: {new} new, {known} in the registry, {duplicates} possibly in the registry (tick “same person?” to use them), {invalid} invalid rows; {skipped} lines not persons (titles, totals, signatories).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message numerus="yes">
        <source>Not arrived yet: %n</source>
        <translation>
            <numerusform>Not arrived yet: %n</numerusform>
            <numerusform>Not arrived yet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not invited: %n</source>
        <translation>
            <numerusform>Not invited: %n</numerusform>
            <numerusform>Not invited: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln pseudonymised records written to {file}.</source>
        <translation>
            <numerusform>%Ln pseudonymised record written to {file}.</numerusform>
            <numerusform>%Ln pseudonymised records written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written to {file}.</source>
        <translation>
            <numerusform>%Ln record written to {file}.</numerusform>
            <numerusform>%Ln records written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of signed sheets written to {file}: send it with the workbook.</source>
        <translation>
            <numerusform>%Ln photo of a signed sheet written to {file}: send it with the workbook.</numerusform>
            <numerusform>%Ln photos of signed sheets written to {file}: send it with the workbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of signed sheets did not travel: a protected workbook leaves them out. Export without a password to send them.</source>
        <translation>
            <numerusform>%Ln photo of a signed sheet did not travel: a protected workbook leaves it out. Export without a password to send it.</numerusform>
            <numerusform>%Ln photos of signed sheets did not travel: a protected workbook leaves them out. Export without a password to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were not sent: HQ&apos;s import would refuse them as they are. Correct them and export again; they wait until then.</source>
        <translation>
            <numerusform>%Ln record was not sent: HQ&apos;s import would refuse it as it is. Correct it and export again; it waits until then.</numerusform>
            <numerusform>%Ln records were not sent: HQ&apos;s import would refuse them as they are. Correct them and export again; they wait until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%Ln sheets,</source>
        <translation>
            <numerusform>%Ln sheet,</numerusform>
            <numerusform>%Ln sheets,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read.</source>
        <translation>
            <numerusform>%Ln row read.</numerusform>
            <numerusform>%Ln rows read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message numerus="yes">
        <source>%Ln photos of signed sheets kept beside their activity.</source>
        <translation>
            <numerusform>%Ln photo of a signed sheet kept beside its activity.</numerusform>
            <numerusform>%Ln photos of signed sheets kept beside their activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n change shown, newest first.</numerusform>
            <numerusform>%n changes shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n row written to {path}.</numerusform>
            <numerusform>%n rows written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Reading %Ln workbooks…</source>
        <translation>
            <numerusform>Reading %Ln workbook…</numerusform>
            <numerusform>Reading %Ln workbooks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes to apply. Apply them all, or cancel to change nothing.</source>
        <translation>
            <numerusform>%Ln change to apply. Apply it, or cancel to change nothing.</numerusform>
            <numerusform>%Ln changes to apply. Apply them all, or cancel to change nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message numerus="yes">
        <source>%n change(s) to the attendance since approval, not applied: see Controls.</source>
        <translation>
            <numerusform>%n change to the attendance since approval, not applied: see Controls.</numerusform>
            <numerusform>%n changes to the attendance since approval, not applied: see Controls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the approved list not received yet: its totals are incomplete.</source>
        <translation>
            <numerusform>%n part of the approved list not received yet: its totals are incomplete.</numerusform>
            <numerusform>%n parts of the approved list not received yet: its totals are incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>{count} rows still unsure: say for each whether it is signed.</source>
        <translation>
            <numerusform>{count} row still unsure: say whether it is signed.</numerusform>
            <numerusform>{count} rows still unsure: say for each whether it is signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>&amp;Count the %Ln rows without signature as present</source>
        <translation>
            <numerusform>&amp;Count the %Ln row without signature as present</numerusform>
            <numerusform>&amp;Count the %Ln rows without signature as present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new persons</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln known persons</source>
        <translation>
            <numerusform>%Ln known person</numerusform>
            <numerusform>%Ln known persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows</source>
        <translation>
            <numerusform>%Ln invalid row</numerusform>
            <numerusform>%Ln invalid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows:</source>
        <translation>
            <numerusform>%Ln row:</numerusform>
            <numerusform>%Ln rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln total rows skipped.</source>
        <translation>
            <numerusform>; %Ln total row skipped.</numerusform>
            <numerusform>; %Ln total rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln rows are not persons</source>
        <translation>
            <numerusform>; %Ln row is not a person</numerusform>
            <numerusform>; %Ln rows are not persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln roles to choose</source>
        <translation>
            <numerusform>; %Ln role to choose</numerusform>
            <numerusform>; %Ln roles to choose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message numerus="yes">
        <source>%n francs</source>
        <translation>
            <numerusform>%n franc</numerusform>
            <numerusform>%n francs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <source>{count} rows are invalid: correct the sheet, or choose to skip invalid rows. Nothing was imported.</source>
        <translation>
            <numerusform>{count} row is invalid: correct the sheet, or choose to skip invalid rows. Nothing was imported.</numerusform>
            <numerusform>{count} rows are invalid: correct the sheet, or choose to skip invalid rows. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Say which role these values stand for: {values} (participant, a team role such as facilitator or expert, or observer). Nothing was imported.</source>
        <translation>
            <numerusform>Say which role this value stands for: {values} (participant, a team role such as facilitator or expert, or observer). Nothing was imported.</numerusform>
            <numerusform>Say which role these values stand for: {values} (participant, a team role such as facilitator or expert, or observer). Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet}: {count} rows without signature, counted present.</source>
        <translation>
            <numerusform>Sheet {sheet}: {count} row without signature, counted present.</numerusform>
            <numerusform>Sheet {sheet}: {count} rows without signature, counted present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet}: {count} rows without signature, counted absent.</source>
        <translation>
            <numerusform>Sheet {sheet}: {count} row without signature, counted absent.</numerusform>
            <numerusform>Sheet {sheet}: {count} rows without signature, counted absent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet} is a sheet Registre printed: {count} pre-filled rows not signed (absent); rows added by hand count.</source>
        <translation>
            <numerusform>Sheet {sheet} is a sheet Registre printed: {count} pre-filled row not signed (absent); rows added by hand count.</numerusform>
            <numerusform>Sheet {sheet} is a sheet Registre printed: {count} pre-filled rows not signed (absent); rows added by hand count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>{name} attended {count} activities: remove that attendance first, or merge the person with their duplicate.</source>
        <translation>
            <numerusform>{name} attended {count} activity: remove that attendance first, or merge the person with their duplicate.</numerusform>
            <numerusform>{name} attended {count} activities: remove that attendance first, or merge the person with their duplicate.</numerusform>
        </translation>
    </message>
</context>
</TS>
