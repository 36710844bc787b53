<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Server user</source>
        <translation>Compte serveur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Record uuid</source>
        <translation>UUID de la fiche</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Aucune personne n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no activity with id {id}.</source>
        <translation>Aucune activité n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>An analyst reads the history of a record by its uuid, not of a person by their id: persons are pseudonymised for this role.</source>
        <translation>Un analyste lit l&apos;historique d&apos;une fiche par son UUID, pas celui d&apos;une personne par son identifiant&#x202f;: les personnes sont pseudonymisées pour ce rôle.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <source>created by an import</source>
        <translation>création par un import</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>modification par un import</translation>
    </message>
    <message>
        <source>deleted by an import</source>
        <translation>suppression par un import</translation>
    </message>
    <message>
        <source>restored by an import</source>
        <translation>rétablissement par un import</translation>
    </message>
    <message>
        <source>conflict set aside</source>
        <translation>conflit mis de côté</translation>
    </message>
    <message>
        <source>duplicates merged</source>
        <translation>doublons fusionnés</translation>
    </message>
    <message>
        <source>names restyled</source>
        <translation>noms remis en forme</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>head count</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>expected person</source>
        <translation>personne attendue</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <source>A database file has no users or roles: whoever opens it may do everything. Roles are for a database on a PostgreSQL server.</source>
        <translation>Un fichier de base n&apos;a ni comptes ni rôles&#x202f;: qui l&apos;ouvre peut tout faire. Les rôles sont pour une base sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use lower-case letters, digits, dots, dashes and underscores (up to 63), beginning with a letter, e.g. aissa.maiga.</source>
        <translation>«&#x202f;{name}&#x202f;» ne peut pas être un nom de compte&#x202f;: utilisez des minuscules sans accent, des chiffres, des points, des tirets et des soulignés (63 au plus), en commençant par une lettre, par exemple aissa.maiga.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”: choose one of {roles}.</source>
        <translation>Rôle inconnu «&#x202f;{role}&#x202f;»&#x202f;: choisissez parmi {roles}.</translation>
    </message>
    <message>
        <source>“{code}” is not an office code (e.g. NE-NIA).</source>
        <translation>«&#x202f;{code}&#x202f;» n&apos;est pas un code de bureau (par exemple NE-NIA).</translation>
    </message>
    <message>
        <source>Only officers and viewers are limited to offices: an administrator or an analyst works on every office.</source>
        <translation>Seuls les chargés et les lecteurs sont limités à des bureaux&#x202f;: un administrateur ou un analyste travaille sur tous les bureaux.</translation>
    </message>
    <message>
        <source>The roles are not set up on this server yet: run “registre server init-roles” first (as the owner of the database).</source>
        <translation>Les rôles ne sont pas encore créés sur ce serveur&#x202f;: lancez d&apos;abord «&#x202f;registre server init-roles&#x202f;» (en tant que propriétaire de la base).</translation>
    </message>
    <message>
        <source>The server already has a user “{name}”: change their role with “registre server set-role”.</source>
        <translation>Le serveur a déjà un compte «&#x202f;{name}&#x202f;»&#x202f;: changez son rôle avec «&#x202f;registre server set-role&#x202f;».</translation>
    </message>
    <message>
        <source>“{name}” is not a Registre user of this server (registre server list-users shows them).</source>
        <translation>«&#x202f;{name}&#x202f;» n&apos;est pas un compte Registre de ce serveur (registre server list-users les affiche).</translation>
    </message>
    <message>
        <source>You cannot remove yourself: ask another administrator.</source>
        <translation>Vous ne pouvez pas supprimer votre propre compte&#x202f;: demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>Your account ({user}, {role}) may read but not change this database. Ask the server&apos;s administrator if you need to.</source>
        <translation>Votre compte ({user}, {role}) peut lire mais pas modifier cette base. Demandez à l&apos;administrateur du serveur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Your account ({user}, {role}) works on the figures without names, phones or dates of birth: the reports and indicators show pseudonyms instead.</source>
        <translation>Votre compte ({user}, {role}) travaille sur les chiffres sans noms, téléphones ni dates de naissance&#x202f;: les rapports et les indicateurs montrent des pseudonymes à la place.</translation>
    </message>
    <message>
        <source>The server now gives your account the role {role}.</source>
        <translation>Le serveur donne maintenant à votre compte le rôle {role}.</translation>
    </message>
</context>
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Activities: {count}</source>
        <translation>Activités&#x202f;: {count}</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Search title, city or venue</source>
        <translation>Rechercher un titre, une ville ou un lieu</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Activities shown: {count}</source>
        <translation>Activités affichées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Activities shown: {count} (counting the participants…)</source>
        <translation>Activités affichées&#xa0;: {count} (décompte des participants en cours…)</translation>
    </message>
</context>
<context>
    <name>ActivityCountsPanel</name>
    <message>
        <source>Counts of “{title}” (Enter on a count: the persons behind it):</source>
        <translation>Comptages de «&#xa0;{title}&#xa0;» (Entrée sur un comptage&#xa0;: les personnes qui le composent)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>% of the days</source>
        <translation>&#x202f;% des jours</translation>
    </message>
    <message>
        <source>Default: {percent}% of the days</source>
        <translation>Par défaut&#x202f;: {percent}&#x202f;% des jours</translation>
    </message>
    <message>
        <source>A participant present this share of the days completed the activity: the reports&apos; “completed” and the certificates of participation.</source>
        <translation>Un participant présent cette part des jours a achevé l&apos;activité&#x202f;: les «&#x202f;achevé&#x202f;» des rapports et les attestations de participation.</translation>
    </message>
    <message>
        <source>08:30 (empty: nobody is late)</source>
        <translation>08:30 (vide&#x202f;: personne n&apos;est en retard)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Organising o&amp;ffice:</source>
        <translation>&amp;Bureau organisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jet&#x202f;:</translation>
    </message>
    <message>
        <source>P&amp;artners:</source>
        <translation>P&amp;artenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#x202f;:</translation>
    </message>
    <message>
        <source>Co&amp;mpletion:</source>
        <translation>Achève&amp;ment&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Late after:</source>
        <translation>En retard &amp;après&#x202f;:</translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;pics (agenda):</source>
        <translation>Thè&amp;mes (ordre du jour)&#xa0;:</translation>
    </message>
    <message>
        <source>Outcomes and &amp;recommendations:</source>
        <translation>Résultats et &amp;recommandations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;iements</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved. Save them?</source>
        <translation>Cette activité a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Enter, Space or double click: the persons behind this count</source>
        <translation>Entrée, Espace ou double-clic&#xa0;: les personnes qui composent ce comptage</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the payment list</source>
        <translation>Approuver l&apos;état de paiement</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approuvé par&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>É&amp;tabli par&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Budget line:</source>
        <translation>&amp;Ligne budgétaire&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#x202f;:</translation>
    </message>
    <message>
        <source>Once approved, the list is frozen: later changes to the attendance are shown beside it, never applied to it.</source>
        <translation>Une fois approuvé, l&apos;état est figé&#x202f;: les modifications ultérieures des présences sont signalées à côté, jamais appliquées.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>{role}, signed</source>
        <translation>{role}, signé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {dates}, {city}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {dates}, {city}</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks the present day, S signs or unsigns it.</source>
        <translation>Les flèches déplacent, Espace coche ou décoche le jour choisi, S y ajoute ou retire la signature.</translation>
    </message>
    <message>
        <source>Signed: sign or unsign the current day</source>
        <translation>Signé&#xa0;: ajouter ou retirer la signature du jour choisi</translation>
    </message>
    <message>
        <source>{name}, {day}: this attendance was changed or removed by someone else since the grid was shown. Nothing was saved; the grid now shows what is stored. Do it again if it is still needed.</source>
        <translation>{name}, {day}&#xa0;: cette présence a été modifiée ou supprimée par quelqu&apos;un d&apos;autre depuis l&apos;affichage de la grille. Rien n&apos;a été enregistré&#xa0;; la grille montre maintenant ce qui est enregistré. Refaites-le si c&apos;est encore nécessaire.</translation>
    </message>
    <message>
        <source>Person-days {person_days} · Present every day: {complete} of {participants} participants · Team {team}</source>
        <translation>Personnes-jours {person_days} · Présents tous les jours&#xa0;: {complete} sur {participants} participants · Équipe {team}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>at closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before encrypting</source>
        <translation>avant le chiffrement</translation>
    </message>
    <message>
        <source>before decrypting</source>
        <translation>avant le déchiffrement</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Registre backs up the database when you close it (once a day) and before every import and restore. Backups are kept in {folder}.</source>
        <translation>Registre sauvegarde la base à la fermeture (une fois par jour) et avant chaque import et chaque restauration. Les sauvegardes sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>The database is on a server: its administrator backs it up with pg_dump (see the documentation). Registre makes no file backups of it.</source>
        <translation>La base est sur un serveur&#xa0;: son administrateur la sauvegarde avec pg_dump (voir la documentation). Registre n&apos;en fait pas de sauvegardes en fichier.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Not for a database on a server.</source>
        <translation>Pas pour une base sur un serveur.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Registre databases (*.db);;All files (*)</source>
        <translation>Bases Registre (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all the data of this database by the backup {backup}?

The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer toutes les données de cette base par la sauvegarde {backup}&#x202f;?

Les données actuelles sont d&apos;abord sauvegardées&#xa0;: on peut donc revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup {name}. Check it (capitals, accents) and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la sauvegarde {name}. Vérifiez-la (majuscules, accents) et réessayez.</translation>
    </message>
    <message>
        <source>The backup {name} is encrypted. Its passphrase:</source>
        <translation>La sauvegarde {name} est chiffrée. Sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>The backup {name} is not encrypted: after the restore the database is not encrypted either (encrypt it again from the settings). Restore it?</source>
        <translation>La sauvegarde {name} n&apos;est pas chiffrée&#xa0;: après la restauration, la base ne l&apos;est pas non plus (chiffrez-la à nouveau depuis les paramètres). La restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>The backup was restored. Registre now reopens on the restored data.</source>
        <translation>La sauvegarde a été restaurée. Registre se rouvre maintenant sur les données restaurées.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>The database is on a server: its administrator backs it up with pg_dump.</source>
        <translation>La base est sur un serveur&#xa0;: son administrateur la sauvegarde avec pg_dump.</translation>
    </message>
    <message>
        <source>Backup at closing failed</source>
        <translation>La sauvegarde à la fermeture a échoué</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>A server database is backed up by its administrator with pg_dump; see the documentation.</source>
        <translation>Une base de données sur serveur est sauvegardée par son administrateur avec pg_dump ; voir la documentation.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Registre database or backup.</source>
        <translation>{path} n&apos;est ni une base Registre ni une sauvegarde.</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({reason}).</source>
        <translation>Le fichier {path} est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>The backup {path} failed its integrity check.</source>
        <translation>La sauvegarde {path} a échoué à la vérification d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written: {reason}.</source>
        <translation>La sauvegarde {path} n&apos;a pas pu être écrite&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The backup {path} does not hold the same rows as the database.</source>
        <translation>La sauvegarde {path} ne contient pas les mêmes lignes que la base.</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be created: {reason}.</source>
        <translation>Le dossier des sauvegardes {path} ne peut pas être créé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The database is open in Registre on the computer {host} (process {pid}): close it first. If Registre is not running there any more, add --force.</source>
        <translation>La base est ouverte dans Registre sur l&apos;ordinateur {host} (processus {pid})&#xa0;: fermez-le d&apos;abord. Si Registre ne fonctionne plus sur cet ordinateur, ajoutez --force.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation>{path} est la base elle-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>The restored database lacks rows of {tables}: it was put back.</source>
        <translation>Il manque des lignes de {tables} dans la base restaurée&#xa0;: l&apos;ancienne a été remise en place.</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges — {title}</source>
        <translation>Badges — {title}</translation>
    </message>
    <message>
        <source>&amp;Only the persons ticked below (Space ticks)</source>
        <translation>&amp;Seulement les personnes cochées ci-dessous (Espace coche)</translation>
    </message>
    <message>
        <source>Filter the names (↓ to the list)</source>
        <translation>Filtrer les noms (↓ vers la liste)</translation>
    </message>
    <message>
        <source>A4 sheets of 8 badges, to cut</source>
        <translation>Feuilles A4 de 8 badges, à découper</translation>
    </message>
    <message>
        <source>A6, one badge a page</source>
        <translation>A6, un badge par page</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Lost &amp;badges: print new codes, the old ones stop checking anyone in</source>
        <translation>&amp;Badges perdus&#x202f;: imprimer de nouveaux codes, les anciens n&apos;enregistrent plus personne</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Revoke a lost badge without printing</source>
        <translation>Révoquer un badge perdu sans imprimer</translation>
    </message>
    <message>
        <source>The code under its QR code, or scan it</source>
        <translation>Le code sous son QR code, ou scannez-le</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>&amp;Save the PDF… (Ctrl+S)</source>
        <translation>&amp;Enregistrer le PDF… (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Everyone: the expected list and those checked in (%n)</source>
        <translation>
            <numerusform>&amp;Tous&#x202f;: la liste des attendus et les personnes enregistrées (%n)</numerusform>
            <numerusform>&amp;Tous&#x202f;: la liste des attendus et les personnes enregistrées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source> (no badge yet)</source>
        <translation> (pas encore de badge)</translation>
    </message>
    <message>
        <source>Nobody is on the expected list or checked in yet: add the list first.</source>
        <translation>Personne n&apos;est encore sur la liste des attendus ni enregistré&#x202f;: ajoutez d&apos;abord la liste.</translation>
    </message>
    <message>
        <source>Type or scan the code of the lost badge first.</source>
        <translation>Tapez ou scannez d&apos;abord le code du badge perdu.</translation>
    </message>
    <message>
        <source>Badge revoked: it checks nobody in. {name} needs a new one.</source>
        <translation>Badge révoqué&#x202f;: il n&apos;enregistre plus personne. {name} a besoin d&apos;un nouveau badge.</translation>
    </message>
    <message>
        <source>Tick the persons whose badges to print.</source>
        <translation>Cochez les personnes dont imprimer les badges.</translation>
    </message>
    <message>
        <source>Writing the badges…</source>
        <translation>Écriture des badges…</translation>
    </message>
    <message numerus="yes">
        <source>%n badges written in {path}</source>
        <translation>
            <numerusform>%n badge écrit dans {path}</numerusform>
            <numerusform>%n badges écrits dans {path}</numerusform>
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
    <name>BirthEdit</name>
    <message>
        <source>{date}, 1992 or 34</source>
        <translation>{date}, 1992 ou 34</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Hold a badge&apos;s QR code in front of the camera. Escape closes this window.</source>
        <translation>Présentez le code QR d’un badge devant la caméra. Échap ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>The camera stopped: {reason}</source>
        <translation>La caméra s’est arrêtée&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>CameraScan</name>
    <message>
        <source>The camera read a QR code that is not a badge&apos;s: nobody was checked in.</source>
        <translation>La caméra a lu un code QR qui n’est pas celui d’un badge&#x202f;: personne n’a été enregistré.</translation>
    </message>
    <message>
        <source>Qt Multimedia could not start on this computer ({reason}).</source>
        <translation>Qt Multimedia n’a pas pu démarrer sur cet ordinateur ({reason}).</translation>
    </message>
    <message>
        <source>No camera found on this computer; a USB scanner works without one.</source>
        <translation>Aucune caméra sur cet ordinateur&#x202f;; un lecteur USB fonctionne sans caméra.</translation>
    </message>
    <message>
        <source>Scan badges with the camera</source>
        <translation>Scanner les badges avec la caméra</translation>
    </message>
    <message>
        <source>Scanning with the camera needs Registre&apos;s optional part for the camera (Qt Multimedia and zxing-cpp), which is not installed on this computer. Install it with: pip install &quot;registre[camera]&quot;. A USB scanner works without it.</source>
        <translation>Scanner avec la caméra demande la partie optionnelle de Registre pour la caméra (Qt Multimedia et zxing-cpp), qui n’est pas installée sur cet ordinateur. Installez-la avec&#x202f;: pip install &quot;registre[camera]&quot;. Un lecteur USB fonctionne sans elle.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates of participation — {title}</source>
        <translation>Attestations de participation — {title}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Save the PDF… (Ctrl+S)</source>
        <translation>&amp;Enregistrer le PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
    <message numerus="yes">
        <source>Completed, a certificate each: %n</source>
        <translation>
            <numerusform>Ont achevé, une attestation chacun&#x202f;: %n</numerusform>
            <numerusform>Ont achevé, une attestation chacun&#x202f;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants who did not meet the rule: %n</source>
        <translation>
            <numerusform>Participants qui n&apos;ont pas rempli la règle&#x202f;: %n</numerusform>
            <numerusform>Participants qui n&apos;ont pas rempli la règle&#x202f;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody met the rule yet: no certificate to print.</source>
        <translation>Personne n&apos;a encore rempli la règle&#x202f;: aucune attestation à imprimer.</translation>
    </message>
    <message>
        <source>The rule: present at least {percent}% of the days, that is {needed} of the activity&apos;s {days} days, as a participant (set in the activity&apos;s form).</source>
        <translation>La règle&#x202f;: présent au moins {percent}&#x202f;% des jours, soit {needed} des {days} jours de l&apos;activité, comme participant (réglée dans la fiche de l&apos;activité).</translation>
    </message>
    <message>
        <source>{days} of {count}</source>
        <translation>{days} sur {count}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Écriture des attestations…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates: {path}</source>
        <translation>
            <numerusform>%n attestation&#x202f;: {path}</numerusform>
            <numerusform>%n attestations&#x202f;: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone checks one offline: registre verify-certificate FILE.</source>
        <translation>Chacun en vérifie une hors ligne&#x202f;: registre verify-certificate FICHIER.</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Show the version saved by the other person; what you typed here is replaced.</source>
        <translation>Afficher la version enregistrée par l&apos;autre personne&#xa0;; ce que vous avez saisi ici est remplacé.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>the check-in of {name}</source>
        <translation>l’émargement de {name}</translation>
    </message>
    <message>
        <source>Redone: {name} is checked in again on {day}, as {role}.</source>
        <translation>Rétabli&#x202f;: {name} émarge de nouveau le {day}, comme {role}.</translation>
    </message>
    <message>
        <source>Undone: {name} is no longer checked in on {day}.</source>
        <translation>Annulé&#x202f;: {name} n’est plus émargé(e) le {day}.</translation>
    </message>
    <message>
        <source>the role of {name}</source>
        <translation>le rôle de {name}</translation>
    </message>
    <message>
        <source>Redone: {name} is {role} again.</source>
        <translation>Rétabli&#x202f;: {name} est de nouveau {role}.</translation>
    </message>
    <message>
        <source>Undone: {name} is {role} again.</source>
        <translation>Annulé&#x202f;: {name} est de nouveau {role}.</translation>
    </message>
</context>
<context>
    <name>CheckInCounter</name>
    <message>
        <source>Enter or click: the facilitation team</source>
        <translation>Entrée ou clic&#xa0;: l&apos;équipe d&apos;animation</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %Ln checked in · team {team}</source>
        <translation>
            <numerusform>{day}&#xa0;: %Ln émargé · équipe {team}</numerusform>
            <numerusform>{day}&#xa0;: %Ln émargés · équipe {team}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInDayLog</name>
    <message>
        <source>Nothing to undo on {day}.</source>
        <translation>Rien à annuler le {day}.</translation>
    </message>
    <message>
        <source>Nothing to redo on {day}.</source>
        <translation>Rien à rétablir le {day}.</translation>
    </message>
    <message>
        <source>{name} signed.</source>
        <translation>{name} a signé.</translation>
    </message>
    <message>
        <source>{name}: not signed.</source>
        <translation>{name}&#xa0;: n&apos;a pas signé.</translation>
    </message>
    <message>
        <source>{name}: this check-in was changed or removed by someone else since the list was shown. Nothing was saved; the list now shows what is stored. Apply your change again if it is still needed.</source>
        <translation>{name}&#xa0;: cet émargement a été modifié ou supprimé par quelqu&apos;un d&apos;autre depuis l&apos;affichage de la liste. Rien n&apos;a été enregistré&#xa0;; la liste montre maintenant ce qui est enregistré. Refaites votre modification si elle est encore nécessaire.</translation>
    </message>
</context>
<context>
    <name>CheckInEnter</name>
    <message>
        <source>Ctrl+R changes the role of {name}, the last check-in.</source>
        <translation>Ctrl+R change le rôle de {name}, le dernier émargement.</translation>
    </message>
    <message>
        <source>Enter: a new person, “{typed}”, as {role}.</source>
        <translation>Entrée&#x202f;: une nouvelle personne, «&#x202f;{typed}&#x202f;», comme {role}.</translation>
    </message>
    <message>
        <source>Enter: a new person, “{typed}” — not {name}, the closest match (↑ ↓ pick a match).</source>
        <translation>Entrée&#x202f;: une nouvelle personne, «&#x202f;{typed}&#x202f;» — pas {name}, la plus proche (↑ ↓ choisissent un résultat).</translation>
    </message>
    <message>
        <source>{name} is already here as {role}; Ctrl+R changes the role.</source>
        <translation>{name} est déjà là comme {role}&#x202f;; Ctrl+R change le rôle.</translation>
    </message>
    <message>
        <source>Enter: check in {name} as {role}.</source>
        <translation>Entrée&#x202f;: {name} émarge comme {role}.</translation>
    </message>
    <message>
        <source>“{typed}” is not {name}, the closest match in the registry: a new person? Esc goes back to the matches, to pick one with ↑ ↓ and Enter.</source>
        <translation>«&#x202f;{typed}&#x202f;» n’est pas {name}, la personne la plus proche dans le registre&#x202f;: une nouvelle personne&#x202f;? Échap revient aux résultats, pour en choisir un avec ↑ ↓ et Entrée.</translation>
    </message>
</context>
<context>
    <name>CheckInLogModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
</context>
<context>
    <name>CheckInMatchModel</name>
    <message>
        <source>✓ here as {role}</source>
        <translation>✓ présent comme {role}</translation>
    </message>
    <message>
        <source>{role} (other days)</source>
        <translation>{role} (autres jours)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>CheckInRoles</name>
    <message>
        <source>Role (Ctrl+R) of the person being typed, or of the last check-in when the search box is empty</source>
        <translation>Rôle (Ctrl+R) de la personne en cours de saisie, ou du dernier émargement quand la recherche est vide</translation>
    </message>
    <message>
        <source>Nobody is checked in on this day yet.</source>
        <translation>Personne n’a encore émargé ce jour.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} est maintenant {role}.</translation>
    </message>
</context>
<context>
    <name>CheckInSearch</name>
    <message>
        <source>Type a name, an organisation or a phone number, then Enter</source>
        <translation>Tapez un nom, une structure ou un numéro de téléphone, puis Entrée</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Signed: tick or untick the highlighted person, or the last check-in</source>
        <translation>Signé&#xa0;: cocher ou décocher pour la personne en surbrillance, ou pour le dernier émargement</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New person at the check-in: {name}</source>
        <translation>Nouvelle personne à l’émargement&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Role of the person being typed, or of the last check-in</source>
        <translation>Rôle de la personne en cours de saisie, ou du dernier émargement</translation>
    </message>
    <message>
        <source>Undo the last change of this day</source>
        <translation>Annuler la dernière modification de ce jour</translation>
    </message>
    <message>
        <source>Role (Ctrl+R):</source>
        <translation>Rôle (Ctrl+R)&#x202f;:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Checked in on this day (latest first)</source>
        <translation>Émargés ce jour (les plus récents en premier)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>{name} is already checked in on this day (as {role}).</source>
        <translation>{name} a déjà émargé ce jour (comme {role}).</translation>
    </message>
    <message>
        <source>{name} checked in as {role}.</source>
        <translation>{name} a émargé comme {role}.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>Open the person and choose F or M when it is known.</source>
        <translation>Ouvrez la fiche de la personne et choisissez F ou M s&apos;il est connu.</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Open the person and enter a birth year, an age or a band.</source>
        <translation>Ouvrez la fiche de la personne et saisissez une année de naissance, un âge ou une tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>Ages from a birth year only</source>
        <translation>Âges d&apos;après la seule année de naissance</translation>
    </message>
    <message>
        <source>Open the person and enter the date of birth when known.</source>
        <translation>Ouvrez la fiche de la personne et saisissez la date de naissance si elle est connue.</translation>
    </message>
    <message>
        <source>Presences not signed</source>
        <translation>Présences sans signature</translation>
    </message>
    <message>
        <source>Open the attendance grid and tick the signatures (S).</source>
        <translation>Ouvrez la grille de présence et cochez les signatures (S).</translation>
    </message>
    <message>
        <source>Facilitation team</source>
        <translation>Équipe d&apos;animation</translation>
    </message>
    <message>
        <source>Check that none of them was a participant.</source>
        <translation>Vérifiez qu&apos;aucun·e n&apos;était participant·e.</translation>
    </message>
    <message>
        <source>Participant and team member</source>
        <translation>Participant·e et membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Check the role of each day in the check-in screen.</source>
        <translation>Vérifiez le rôle de chaque jour dans l&apos;écran d&apos;émargement.</translation>
    </message>
    <message>
        <source>Possible duplicates among the participants</source>
        <translation>Doublons possibles parmi les participants</translation>
    </message>
    <message>
        <source>Open both persons; merge them in Tools ▸ Duplicate persons.</source>
        <translation>Ouvrez les deux fiches&#x202f;; fusionnez-les dans Outils ▸ Doublons de personnes.</translation>
    </message>
    <message>
        <source>Head counts beside named participants</source>
        <translation>Effectifs à côté de participants nommés</translation>
    </message>
    <message>
        <source>Keep in the head count only the people without a name.</source>
        <translation>Ne gardez dans l&apos;effectif que les personnes sans nom.</translation>
    </message>
    <message>
        <source>Impossible values</source>
        <translation>Valeurs impossibles</translation>
    </message>
    <message>
        <source>Open the activity, the head count or the person and correct it.</source>
        <translation>Ouvrez l&apos;activité, l&apos;effectif ou la fiche de la personne et corrigez-la.</translation>
    </message>
    <message>
        <source>Participant whose sex is not stated.</source>
        <translation>Participant·e dont le sexe n&apos;est pas précisé.</translation>
    </message>
    <message>
        <source>Head count of {total}: women not stated.</source>
        <translation>Effectif de {total}&#xa0;: nombre de femmes non précisé.</translation>
    </message>
    <message>
        <source>Participant with no birth year or age band.</source>
        <translation>Participant·e sans année de naissance ni tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>Head count of {total}: youth not stated.</source>
        <translation>Effectif de {total}&#xa0;: nombre de jeunes non précisé.</translation>
    </message>
    <message>
        <source>Age worked out from the birth year only: the person may be a year younger.</source>
        <translation>Âge calculé d&apos;après la seule année de naissance&#xa0;: la personne a peut-être un an de moins.</translation>
    </message>
    <message>
        <source>In the team, not counted as a participant.</source>
        <translation>Dans l&apos;équipe d&apos;animation, non compté·e parmi les participants.</translation>
    </message>
    <message>
        <source>A participant on one day, in the team on another: counted as a participant.</source>
        <translation>Participant·e un jour, dans l&apos;équipe d&apos;animation un autre&#xa0;: compté·e parmi les participants.</translation>
    </message>
    <message>
        <source>Present, not signed.</source>
        <translation>Présent·e, sans signature.</translation>
    </message>
    <message>
        <source>May be the same person as {other} (score {score}).</source>
        <translation>Peut-être la même personne que {other} (score {score}).</translation>
    </message>
    <message>
        <source>Head count of {total} for the whole activity, and {named} named participants: are they counted twice?</source>
        <translation>Effectif de {total} pour toute l&apos;activité, et {named} participants nommés&#xa0;: sont-ils comptés deux fois&#x202f;?</translation>
    </message>
    <message>
        <source>Head count of {total}, and {named} named participants that day: are they counted twice?</source>
        <translation>Effectif de {total}, et {named} participants nommés ce jour-là&#xa0;: sont-ils comptés deux fois&#x202f;?</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>L&apos;activité se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Head count of a day outside the activity&apos;s dates.</source>
        <translation>Effectif d&apos;un jour hors des dates de l&apos;activité.</translation>
    </message>
    <message>
        <source>A negative head count.</source>
        <translation>Un effectif négatif.</translation>
    </message>
    <message>
        <source>More women ({women}) than the total ({total}).</source>
        <translation>Plus de femmes ({women}) que le total ({total}).</translation>
    </message>
    <message>
        <source>More youth ({youth}) than the total ({total}).</source>
        <translation>Plus de jeunes ({youth}) que le total ({total}).</translation>
    </message>
    <message>
        <source>Present on a day outside the activity&apos;s dates.</source>
        <translation>Présent·e un jour hors des dates de l&apos;activité.</translation>
    </message>
    <message>
        <source>Born in {year}: {age} years old at the activity.</source>
        <translation>Né·e en {year}&#xa0;: {age} ans lors de l&apos;activité.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline activity and attendance register.</source>
        <translation>Registre des activités et des présences, hors ligne.</translation>
    </message>
    <message>
        <source>database file (default: your data folder), or a PostgreSQL server&apos;s URL postgresql://user@host:port/database</source>
        <translation>fichier de la base (par défaut&#xa0;: votre dossier de données), ou l&apos;URL d&apos;un serveur PostgreSQL postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>unexpected error ({kind}): this is a bug in Registre. Please report it with the log {log} (it holds no names or phone numbers).</source>
        <translation>erreur inattendue ({kind})&#x202f;: c&apos;est un défaut de Registre. Merci de le signaler en joignant le journal {log} (il ne contient ni noms ni numéros de téléphone).</translation>
    </message>
    <message>
        <source>add or list activities</source>
        <translation>ajouter ou lister des activités</translation>
    </message>
    <message>
        <source>add an activity; prints its id</source>
        <translation>ajouter une activité&#x202f;; affiche son numéro</translation>
    </message>
    <message>
        <source>workshop, training, seminar, meeting…</source>
        <translation>code du type&#xa0;: workshop (atelier), training (formation), seminar (séminaire), meeting (réunion)…</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>premier jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: the first day)</source>
        <translation>dernier jour, AAAA-MM-JJ (par défaut&#xa0;: le premier jour)</translation>
    </message>
    <message>
        <source>two-letter code, e.g. ML</source>
        <translation>code à deux lettres, par exemple ML</translation>
    </message>
    <message>
        <source>planned, held or cancelled</source>
        <translation>planned (prévue), held (tenue) ou cancelled (annulée)</translation>
    </message>
    <message>
        <source>project or donor code</source>
        <translation>code du projet ou du bailleur</translation>
    </message>
    <message>
        <source>partner institution (repeatable)</source>
        <translation>institution partenaire (répétable)</translation>
    </message>
    <message>
        <source>a tag, e.g. DDR or &quot;cohort-2022, jeunes&quot; (repeatable)</source>
        <translation>une étiquette, p. ex. DDR ou «&#x202f;cohorte-2022, jeunes&#x202f;» (répétable)</translation>
    </message>
    <message>
        <source>list activities, latest first</source>
        <translation>lister les activités, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>words of the title, city or venue</source>
        <translation>mots du titre, de la ville ou du lieu</translation>
    </message>
    <message>
        <source>activities with this tag, whatever its case</source>
        <translation>les activités portant cette étiquette, quelle que soit la casse</translation>
    </message>
    <message>
        <source>include deleted activities</source>
        <translation>inclure les activités supprimées</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[supprimée]</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[annulée]</translation>
    </message>
    <message>
        <source>{participants} participants, {women} women, {youth} youth</source>
        <translation>participants&#xa0;: {participants}, femmes&#xa0;: {women}, jeunes&#xa0;: {youth}</translation>
    </message>
    <message>
        <source>record a person present on a day</source>
        <translation>enregistrer la présence d&apos;une personne un jour donné</translation>
    </message>
    <message>
        <source>activity id</source>
        <translation>numéro de l&apos;activité</translation>
    </message>
    <message>
        <source>person id</source>
        <translation>numéro de la personne</translation>
    </message>
    <message>
        <source>the code of a badge, as a scanner reads it</source>
        <translation>le code d&apos;un badge, tel qu&apos;un lecteur le lit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>participant, facilitator, expert, moderator…</source>
        <translation>code du rôle&#xa0;: participant, facilitator (animateur), expert, moderator (modérateur)…</translation>
    </message>
    <message>
        <source>record unnamed attendees</source>
        <translation>enregistrer des présents sans nom (effectif)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: the whole activity)</source>
        <translation>AAAA-MM-JJ (par défaut&#xa0;: toute l&apos;activité)</translation>
    </message>
    <message>
        <source>checkin: give --person ID or --token CODE (one of them).</source>
        <translation>checkin&#x202f;: indiquez --person ID ou --token CODE (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>badge of {name}</source>
        <translation>badge de {name}</translation>
    </message>
    <message>
        <source>already checked in on {day} as {role}: nothing changed</source>
        <translation>déjà enregistré le {day} comme {role}&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>write a verified copy of the database</source>
        <translation>écrire une copie vérifiée de la base (sauvegarde)</translation>
    </message>
    <message>
        <source>file to write (default: the backup folder)</source>
        <translation>fichier à écrire (par défaut&#xa0;: le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current file is backed up first)</source>
        <translation>remplacer la base par une sauvegarde (le fichier actuel est d&apos;abord sauvegardé)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>even if a Registre window seems to hold the database</source>
        <translation>même si une fenêtre de Registre semble tenir la base</translation>
    </message>
    <message>
        <source>list the backups of the database</source>
        <translation>lister les sauvegardes de la base</translation>
    </message>
    <message>
        <source>{path}: verified, {size} bytes, {rows} rows</source>
        <translation>{path}&#xa0;: vérifiée, {size} octets, {rows} lignes</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>previous database kept as {file}</source>
        <translation>base précédente conservée sous {file}</translation>
    </message>
    <message>
        <source>{path}: restored from {backup}, checked</source>
        <translation>{path}&#xa0;: restaurée depuis {backup}, vérifiée</translation>
    </message>
    <message>
        <source>no backups in {folder}</source>
        <translation>aucune sauvegarde dans {folder}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>vérifier l&apos;intégrité de la base</translation>
    </message>
    <message>
        <source>{database}: OK</source>
        <translation>{database}&#xa0;: OK</translation>
    </message>
    <message>
        <source>{database}: damaged ({verdict})</source>
        <translation>{database}&#xa0;: endommagée ({verdict})</translation>
    </message>
    <message>
        <source>load demonstration data (the field newsletter)</source>
        <translation>charger des données de démonstration (la lettre d&apos;information du terrain)</translation>
    </message>
    <message>
        <source>site {code} ({name}, {country}) set up for the demonstration</source>
        <translation>site {code} ({name}, {country}) créé pour la démonstration</translation>
    </message>
    <message>
        <source>{activities} activities, {persons} persons, {attendances} attendances, {head_counts} head counts added</source>
        <translation>{activities} activités, {persons} personnes, {attendances} présences et {head_counts} effectifs ajoutés</translation>
    </message>
    <message>
        <source>{value} is not a score from 0 to 100</source>
        <translation>{value} n&apos;est pas un score de 0 à 100</translation>
    </message>
    <message>
        <source>find persons recorded twice, merge them or mark them as different</source>
        <translation>trouver les personnes enregistrées deux fois, les fusionner ou les marquer comme différentes</translation>
    </message>
    <message>
        <source>candidate pairs, best first</source>
        <translation>paires candidates, les plus probables d&apos;abord</translation>
    </message>
    <message>
        <source>lowest score shown, 0-100 (default %(default)s)</source>
        <translation>score le plus bas affiché, 0-100 (par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>merge OTHER_ID into KEEP_ID: attendance moves, OTHER_ID is retired</source>
        <translation>fusionner AUTRE dans GARDÉ&#xa0;: les présences passent à GARDÉ, AUTRE est retiré</translation>
    </message>
    <message>
        <source>remember that two persons are different people</source>
        <translation>retenir que deux fiches sont des personnes différentes</translation>
    </message>
    <message>
        <source>Candidate pairs with a score of at least {score}: {count}.</source>
        <translation>Paires candidates avec un score d&apos;au moins {score}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Merged #{other} into #{kept}. Attendance rows moved: {moved}; combined: {combined}; completed: {fields}.</source>
        <translation>#{other} fusionné dans #{kept}. Présences déplacées&#xa0;: {moved}&#x202f;; combinées&#xa0;: {combined}&#x202f;; complété&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Merged #{other} into #{kept}. Attendance rows moved: {moved}; combined: {combined}.</source>
        <translation>#{other} fusionné dans #{kept}. Présences déplacées&#xa0;: {moved}&#x202f;; combinées&#xa0;: {combined}.</translation>
    </message>
    <message>
        <source>#{first} and #{second} are different people: no longer proposed.</source>
        <translation>#{first} et #{second} sont des personnes différentes&#xa0;: ils ne seront plus proposés.</translation>
    </message>
    <message>
        <source>set the site (office) of a new database</source>
        <translation>définir le site (bureau) d&apos;une nouvelle base</translation>
    </message>
    <message>
        <source>site code, e.g. NE-NIA</source>
        <translation>code du site, par exemple NE-NIA</translation>
    </message>
    <message>
        <source>site name, e.g. Niamey</source>
        <translation>nom du site, par exemple Niamey</translation>
    </message>
    <message>
        <source>two-letter country code, e.g. NE</source>
        <translation>code du pays à deux lettres, par exemple NE</translation>
    </message>
    <message>
        <source>{database}: site {code} ({name}, {country})</source>
        <translation>{database}&#xa0;: site {code} ({name}, {country})</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>No workbook has been imported into this database yet.</source>
        <translation>Aucun classeur n&apos;a encore été importé dans cette base.</translation>
    </message>
    <message>
        <source>the workbooks imported into this database, newest first</source>
        <translation>les classeurs importés dans cette base, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>one line per office: its newest workbook and how many were imported</source>
        <translation>une ligne par bureau&#xa0;: son classeur le plus récent et combien ont été importés</translation>
    </message>
    <message>
        <source>imported (UTC)</source>
        <translation>importé le (UTC)</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>exported (UTC)</source>
        <translation>exporté le (UTC)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>newest workbook exported (UTC)</source>
        <translation>dernier classeur exporté le (UTC)</translation>
    </message>
    <message>
        <source>workbooks</source>
        <translation>classeurs</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importations</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>the folder to write one PDF per person into</source>
        <translation>le dossier où écrire un PDF par personne</translation>
    </message>
    <message>
        <source>a certificate&apos;s PDF, or the code its QR code holds</source>
        <translation>le PDF d&apos;une attestation, ou le code que porte son QR</translation>
    </message>
    <message>
        <source>the organisation&apos;s public key (default: this database&apos;s)</source>
        <translation>la clé publique de l&apos;organisation (par défaut&#x202f;: celle de cette base)</translation>
    </message>
    <message>
        <source>the public key to print on your documents</source>
        <translation>la clé publique à imprimer sur vos documents</translation>
    </message>
    <message>
        <source>write the signing key to a file (keep it safe)</source>
        <translation>écrire la clé de signature dans un fichier (à garder en lieu sûr)</translation>
    </message>
    <message>
        <source>sign with a key exported from another database</source>
        <translation>signer avec une clé exportée d&apos;une autre base</translation>
    </message>
    <message>
        <source>share of the days a participant must attend to complete (default 80)</source>
        <translation>part des jours où un participant doit être présent pour achever l&apos;activité (80 par défaut)</translation>
    </message>
    <message>
        <source>back to the default completion rule</source>
        <translation>revenir à la règle d&apos;assiduité par défaut</translation>
    </message>
    <message>
        <source>arrivals after this time (HH:MM) are late</source>
        <translation>les arrivées après cette heure (HH:MM) sont en retard</translation>
    </message>
    <message>
        <source>no late time</source>
        <translation>pas d&apos;heure de retard</translation>
    </message>
    <message>
        <source>completion: present {percent}% of the days{default}</source>
        <translation>assiduité&#x202f;: présent {percent}&#x202f;% des jours{default}</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>late after: {time}</source>
        <translation>en retard après&#x202f;: {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} certificates written in {folder}</source>
        <translation>
            <numerusform>{count} attestation écrite dans {folder}</numerusform>
            <numerusform>{count} attestations écrites dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>public key: {key}</source>
        <translation>clé publique&#x202f;: {key}</translation>
    </message>
    <message>
        <source>{file} holds no certificate code.</source>
        <translation>{file} ne contient aucun code d&apos;attestation.</translation>
    </message>
    <message>
        <source>GENUINE: certificate no. {number}, {name}, {activity} ({start} to {end}), present {days} of {count} days, issued by {issuer} on {issued}</source>
        <translation>AUTHENTIQUE&#x202f;: attestation n° {number}, {name}, {activity} (du {start} au {end}), présent(e) {days} jour(s) sur {count}, délivrée par {issuer} le {issued}</translation>
    </message>
    <message>
        <source>whoever holds {file} can sign certificates: keep it like a password</source>
        <translation>qui détient {file} peut signer des attestations&#x202f;: gardez-le comme un mot de passe</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>a4: sheets of 8 badges to cut; a6: one badge a page</source>
        <translation>a4&#x202f;: feuilles de 8 badges à découper&#x202f;; a6&#x202f;: un badge par page</translation>
    </message>
    <message>
        <source>only these persons (default: the expected list and those checked in)</source>
        <translation>seulement ces personnes (par défaut&#x202f;: la liste des attendus et les personnes enregistrées)</translation>
    </message>
    <message>
        <source>lost badges: new codes, the old ones revoked</source>
        <translation>badges perdus&#x202f;: nouveaux codes, les anciens révoqués</translation>
    </message>
    <message>
        <source>revoke a lost badge by its code (prints nothing else)</source>
        <translation>révoquer un badge perdu par son code (n&apos;imprime rien d&apos;autre)</translation>
    </message>
    <message>
        <source>badge revoked: it checks nobody in (person {id})</source>
        <translation>badge révoqué&#x202f;: il n&apos;enregistre plus personne (personne {id})</translation>
    </message>
    <message>
        <source>badges: give --activity and --out (or --revoke CODE).</source>
        <translation>badges&#x202f;: indiquez --activity et --out (ou --revoke CODE).</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} badges on {pages} pages</source>
        <translation>
            <numerusform>{path}&#x202f;: {count} badge sur {pages} page(s)</numerusform>
            <numerusform>{path}&#x202f;: {count} badges sur {pages} page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>put persons of the registry on the expected list</source>
        <translation>inscrire des personnes du registre sur la liste des attendus</translation>
    </message>
    <message>
        <source>person ids</source>
        <translation>identifiants des personnes</translation>
    </message>
    <message>
        <source>the expected list from a sheet (.xlsx, .ods, .csv) or pasted lines (-)</source>
        <translation>la liste des attendus depuis une feuille (.xlsx, .ods, .csv) ou des lignes collées (-)</translation>
    </message>
    <message>
        <source>the sheet, or - to read pasted lines</source>
        <translation>la feuille, ou - pour lire des lignes collées</translation>
    </message>
    <message>
        <source>correct the field of a column, as for import-sheet</source>
        <translation>corriger le champ d&apos;une colonne, comme pour import-sheet</translation>
    </message>
    <message>
        <source>a row that may be someone in the registry: a new person, or the best match</source>
        <translation>une ligne qui est peut-être quelqu&apos;un du registre&#x202f;: une nouvelle personne, ou la meilleure correspondance</translation>
    </message>
    <message>
        <source>the expected list, and on a day who has arrived</source>
        <translation>la liste des attendus et, pour un jour, qui est arrivé</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: who arrived that day</source>
        <translation>AAAA-MM-JJ&#x202f;: qui est arrivé ce jour-là</translation>
    </message>
    <message>
        <source>only those not arrived yet on --day</source>
        <translation>seulement ceux qui ne sont pas encore arrivés le jour --day</translation>
    </message>
    <message>
        <source>take a person off the expected list</source>
        <translation>retirer une personne de la liste des attendus</translation>
    </message>
    <message numerus="yes">
        <source>{count} persons added to the expected list</source>
        <translation>
            <numerusform>{count} personne ajoutée à la liste des attendus</numerusform>
            <numerusform>{count} personnes ajoutées à la liste des attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} persons were on the list already</source>
        <translation>
            <numerusform>{count} personne était déjà sur la liste</numerusform>
            <numerusform>{count} personnes étaient déjà sur la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>new persons {new}, known persons {matched}, possible duplicates {duplicates}, invalid rows {invalid}</source>
        <translation>nouvelles personnes {new}, personnes connues {matched}, doublons possibles {duplicates}, lignes invalides {invalid}</translation>
    </message>
    <message>
        <source>{sheet} row {row}: {reasons}</source>
        <translation>{sheet} ligne {row}&#x202f;: {reasons}</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>essai&#x202f;: rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>added to the expected list {added} (already there {already}); persons created {created}</source>
        <translation>ajoutés à la liste des attendus {added} (déjà présents {already})&#x202f;; personnes créées {created}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>expected {expected}</source>
        <translation>attendus {expected}</translation>
    </message>
    <message>
        <source>expected {expected} · arrived {arrived} · not yet {not_yet} · not invited {walk_ins}</source>
        <translation>attendus {expected} · arrivés {arrived} · pas encore {not_yet} · non invités {walk_ins}</translation>
    </message>
    <message>
        <source>not on the expected list: nothing changed</source>
        <translation>pas sur la liste des attendus&#x202f;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>KEEP_ID</source>
        <translation>GARDÉ</translation>
    </message>
    <message>
        <source>OTHER_ID</source>
        <translation>AUTRE</translation>
    </message>
    <message>
        <source>ID1</source>
        <translation>N°1</translation>
    </message>
    <message>
        <source>ID2</source>
        <translation>N°2</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ACTIVITÉ</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>BIRTH_YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>BIRTH_DATE</source>
        <translation>DATE_NAISSANCE</translation>
    </message>
    <message>
        <source>BLANK_ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>JOUR</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>COMPTAGE</translation>
    </message>
    <message>
        <source>GIVEN</source>
        <translation>PRÉNOMS</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>EN-TÊTE=CHAMP</translation>
    </message>
    <message>
        <source>HEADER_ROW</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>LOGO</source>
        <translation>LOGO</translation>
    </message>
    <message>
        <source>MIN_SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>BUREAU</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>STRUCTURE</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>PARTENAIRE</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEXE</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>VALUE=ROLE</source>
        <translation>VALEUR=RÔLE</translation>
    </message>
    <message>
        <source>[SHEET:]ROW</source>
        <translation>[FEUILLE:]LIGNE</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>WOMEN</source>
        <translation>FEMMES</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>YOUTH</source>
        <translation>JEUNES</translation>
    </message>
    <message>
        <source>YOUTH_THRESHOLD</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENTAGE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>PUBLIC_KEY</source>
        <translation>CLÉ_PUBLIQUE</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>attestation</translation>
    </message>
    <message>
        <source>BANDS</source>
        <translation>TRANCHES</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MONNAIE</translation>
    </message>
    <message>
        <source>DISAGGREGATION=VALUE</source>
        <translation>DÉSAGRÉGATION=VALEUR</translation>
    </message>
    <message>
        <source>DONOR</source>
        <translation>BAILLEUR</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDICATEUR</translation>
    </message>
    <message>
        <source>KEY=VALUE[,VALUE]</source>
        <translation>CLÉ=VALEUR[,VALEUR]</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MESURE</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>COLONNES</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>ROLE=AMOUNT</source>
        <translation>RÔLE=MONTANT</translation>
    </message>
    <message>
        <source>DOMAIN=ANSWER</source>
        <translation>DOMAINE=RÉPONSE</translation>
    </message>
    <message>
        <source>CONSENT_DATE</source>
        <translation>DATE_ACCORD</translation>
    </message>
    <message>
        <source>LABEL=AMOUNT</source>
        <translation>LIBELLÉ=MONTANT</translation>
    </message>
    <message>
        <source>ORIGIN=AMOUNT</source>
        <translation>ORIGINE=MONTANT</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID_FICHE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>USER_OR_SITE</source>
        <translation>COMPTE_OU_BUREAU</translation>
    </message>
    <message>
        <source>OFFICES</source>
        <translation>BUREAUX</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>PHOTO</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <translation>arguments non reconnus&#xa0;: {words}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë&#xa0;: {option} peut désigner {matches}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
        <translation>argument {argument}&#xa0;: choix invalide&#xa0;: {value} (choisir parmi {choices})</translation>
    </message>
    <message>
        <source>argument {argument}: expected one argument</source>
        <translation>argument {argument}&#xa0;: une valeur est attendue</translation>
    </message>
    <message>
        <source>argument {argument}: invalid int value: {value}</source>
        <translation>argument {argument}&#xa0;: {value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>add or find persons in the registry</source>
        <translation>ajouter ou chercher des personnes dans le registre</translation>
    </message>
    <message>
        <source>add a person; prints their id</source>
        <translation>ajouter une personne&#x202f;; affiche son numéro</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>F or M (leave out when not stated)</source>
        <translation>F ou M (à omettre quand il n&apos;est pas précisé)</translation>
    </message>
    <message>
        <source>date of birth, e.g. 1992-12-12</source>
        <translation>date de naissance, p. ex. 1992-12-12</translation>
    </message>
    <message>
        <source>age today, when the birth year is not known</source>
        <translation>âge aujourd&apos;hui, quand l&apos;année de naissance n&apos;est pas connue</translation>
    </message>
    <message>
        <source>organisation (name or acronym)</source>
        <translation>structure (nom ou sigle)</translation>
    </message>
    <message>
        <source>fds, parliament, civil_society, media…</source>
        <translation>code de la catégorie&#xa0;: fds (FDS), parliament (parlement), civil_society (société civile), media (médias)…</translation>
    </message>
    <message>
        <source>phone; without +code the site&apos;s country is assumed</source>
        <translation>téléphone&#x202f;; sans +indicatif, le pays du site est supposé</translation>
    </message>
    <message>
        <source>an answer to a Washington Group question, e.g. walking=a_lot (repeatable); domains: seeing, hearing, walking, remembering, self_care, communicating; answers: none, some, a_lot, cannot, refused, dont_know. Needs --disability-consent</source>
        <translation>une réponse à une question du Groupe de Washington, p. ex. walking=a_lot (répétable)&#x202f;; domaines&#x202f;: seeing (voir), hearing (entendre), walking (marcher), remembering (se souvenir), self_care (prendre soin de soi), communicating (communiquer)&#x202f;; réponses&#x202f;: none, some, a_lot, cannot, refused, dont_know. Demande --disability-consent</translation>
    </message>
    <message>
        <source>the person agreed to answer the questions on functioning</source>
        <translation>la personne a accepté de répondre aux questions sur le fonctionnement</translation>
    </message>
    <message>
        <source>when they agreed, YYYY-MM-DD (default: today)</source>
        <translation>date de l&apos;accord, AAAA-MM-JJ (par défaut&#x202f;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>search by name, organisation or phone</source>
        <translation>chercher par nom, structure ou téléphone</translation>
    </message>
    <message>
        <source>words of the name, organisation or phone, e.g. &quot;celestin guid&quot;</source>
        <translation>mots du nom, de la structure ou du téléphone, par exemple «&#xa0;celestin guid&#xa0;»</translation>
    </message>
    <message>
        <source>print a sign-in sheet (feuille d&apos;émargement) for one day of an activity</source>
        <translation>imprimer la feuille d&apos;émargement d&apos;un jour d&apos;une activité</translation>
    </message>
    <message>
        <source>The persons already attached to the activity, pre-filled, then blank rows. The .xlsx sheet comes back through import-sheet without any column mapping.</source>
        <translation>Les personnes déjà rattachées à l&apos;activité, pré-remplies, puis des lignes vides. La feuille .xlsx revient par import-sheet sans aucune correspondance de colonnes à faire.</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>le jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>default: from the --out file&apos;s extension, else pdf</source>
        <translation>par défaut&#xa0;: selon l&apos;extension du fichier --out, sinon pdf</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>pas de numéro</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>pas un numéro de mobile</translation>
    </message>
    <message>
        <source>a number of another operator</source>
        <translation>un numéro d&apos;un autre opérateur</translation>
    </message>
    <message>
        <source>the payment list: shown, or written to a file</source>
        <translation>l&apos;état de paiement&#x202f;: affiché, ou écrit dans un fichier</translation>
    </message>
    <message>
        <source>default: from the --out file&apos;s extension</source>
        <translation>par défaut&#x202f;: d&apos;après l&apos;extension du fichier --out</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>csv: the operator whose payees are written</source>
        <translation>csv&#x202f;: l&apos;opérateur dont les bénéficiaires sont écrits</translation>
    </message>
    <message>
        <source>csv: the operator&apos;s columns, FIELD:HEADER separated by commas; fields: number, national_number, name, amount, currency, reference</source>
        <translation>csv&#x202f;: les colonnes de l&apos;opérateur, CHAMP:EN-TÊTE séparés par des virgules&#x202f;; champs&#x202f;: number (numéro), national_number (numéro national), name (nom), amount (montant), currency (devise), reference (référence)</translation>
    </message>
    <message>
        <source>csv: the reference column</source>
        <translation>csv&#x202f;: la colonne de référence</translation>
    </message>
    <message>
        <source>the controls before approval, with their rows</source>
        <translation>les contrôles avant approbation, avec leurs lignes</translation>
    </message>
    <message>
        <source>approve the list: it is frozen from then on</source>
        <translation>approuver l&apos;état&#x202f;: il est figé dès lors</translation>
    </message>
    <message>
        <source>the approver</source>
        <translation>qui approuve</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>qui établit l&apos;état</translation>
    </message>
    <message>
        <source>the budget line</source>
        <translation>la ligne budgétaire</translation>
    </message>
    <message>
        <source>the day of approval, YYYY-MM-DD (today)</source>
        <translation>le jour de l&apos;approbation, AAAA-MM-JJ (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>show or change an activity&apos;s payment rules</source>
        <translation>afficher ou modifier les règles de paiement d&apos;une activité</translation>
    </message>
    <message>
        <source>copy the rules of this template first</source>
        <translation>copier d&apos;abord les règles de ce modèle</translation>
    </message>
    <message>
        <source>save the activity&apos;s rules as a template</source>
        <translation>enregistrer les règles de l&apos;activité comme modèle</translation>
    </message>
    <message>
        <source>daily rate of a role, or of a category (category:media=12000)</source>
        <translation>taux journalier d&apos;un rôle, ou d&apos;une catégorie (category:media=12000)</translation>
    </message>
    <message>
        <source>daily rate for non-residents</source>
        <translation>taux journalier des non-résidents</translation>
    </message>
    <message>
        <source>flat transport amount</source>
        <translation>montant forfaitaire du transport</translation>
    </message>
    <message>
        <source>transport by origin zone</source>
        <translation>transport selon la zone d&apos;origine</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>pas de transport</translation>
    </message>
    <message>
        <source>a lump sum paid once (kit=5000)</source>
        <translation>un forfait payé une fois (kit=5000)</translation>
    </message>
    <message>
        <source>how a person is paid: channel and number</source>
        <translation>comment une personne est payée&#x202f;: mode et numéro</translation>
    </message>
    <message>
        <source>mobile money number</source>
        <translation>numéro mobile money</translation>
    </message>
    <message>
        <source>a payee&apos;s residence, zone and adjustment</source>
        <translation>résidence, zone et ajustement d&apos;un bénéficiaire</translation>
    </message>
    <message>
        <source>origin zone (transport)</source>
        <translation>zone d&apos;origine (transport)</translation>
    </message>
    <message>
        <source>why the adjustment</source>
        <translation>motif de l&apos;ajustement</translation>
    </message>
    <message>
        <source>pay a day without a signature, or stop</source>
        <translation>payer un jour sans signature, ou y renoncer</translation>
    </message>
    <message>
        <source>why (kept in the audit)</source>
        <translation>motif (gardé dans le journal)</translation>
    </message>
    <message>
        <source>approved lists by project, budget line, office, month</source>
        <translation>états approuvés par projet, ligne budgétaire, bureau et mois</translation>
    </message>
    <message>
        <source>this activity has no payment rules yet</source>
        <translation>cette activité n&apos;a pas encore de règles de paiement</translation>
    </message>
    <message>
        <source>saved as the template {name}</source>
        <translation>enregistré comme modèle {name}</translation>
    </message>
    <message>
        <source>currency {currency}, rounded to {rounding}, team: {team}</source>
        <translation>devise {currency}, arrondi à {rounding}, équipe&#x202f;: {team}</translation>
    </message>
    <message>
        <source>own rates</source>
        <translation>taux propres</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non payée</translation>
    </message>
    <message>
        <source>{name}: {resident} a day, non-residents {other}</source>
        <translation>{name}&#x202f;: {resident} par jour, non-résidents {other}</translation>
    </message>
    <message>
        <source>transport: {amount} ({per})</source>
        <translation>transport&#x202f;: {amount} ({per})</translation>
    </message>
    <message>
        <source>transport from {zone}: {amount} ({per})</source>
        <translation>transport depuis {zone}&#x202f;: {amount} ({per})</translation>
    </message>
    <message>
        <source>{label}: {amount} once</source>
        <translation>{label}&#x202f;: {amount} une fois</translation>
    </message>
    <message>
        <source>a paid day</source>
        <translation>par jour payé</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>draft: not approved</source>
        <translation>brouillon&#x202f;: non approuvé</translation>
    </message>
    <message numerus="yes">
        <source>{count} parts of the approved list not received yet</source>
        <translation>
            <numerusform>{count} partie de l&apos;état approuvé pas encore reçue</numerusform>
            <numerusform>{count} parties de l&apos;état approuvé pas encore reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since approval, not applied: {name} {before} → {after}</source>
        <translation>modifié depuis l&apos;approbation, non appliqué&#x202f;: {name} {before} → {after}</translation>
    </message>
    <message>
        <source>{file}: {pages} pages</source>
        <translation>{file}&#x202f;: {pages} pages</translation>
    </message>
    <message>
        <source>{file} written</source>
        <translation>{file} écrit</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {count} payees of {channel}</source>
        <translation>
            <numerusform>{file}&#x202f;: {count} bénéficiaire de {channel}</numerusform>
            <numerusform>{file}&#x202f;: {count} bénéficiaires de {channel}</numerusform>
        </translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>per diem</source>
        <translation>per diem</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}&#x202f;: {count}</translation>
    </message>
    <message>
        <source>approved by {name} on {date}: {total} {currency}</source>
        <translation>approuvé par {name} le {date}&#x202f;: {total} {currency}</translation>
    </message>
    <message>
        <source>person #{id}: {channel} {number}</source>
        <translation>personne n° {id}&#x202f;: {channel} {number}</translation>
    </message>
    <message>
        <source>person #{id} saved</source>
        <translation>personne n° {id} enregistrée</translation>
    </message>
    <message>
        <source>there was no such exception: nothing changed</source>
        <translation>il n&apos;y avait pas cette exception&#x202f;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>person #{id} paid on {day} without a signature</source>
        <translation>personne n° {id} payée le {day} sans signature</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>états</translation>
    </message>
    <message>
        <source>payees</source>
        <translation>bénéficiaires</translation>
    </message>
    <message>
        <source>empty rows after the pre-filled ones (%(default)s)</source>
        <translation>lignes vides après les lignes pré-remplies (%(default)s)</translation>
    </message>
    <message>
        <source>language of the document</source>
        <translation>langue du document</translation>
    </message>
    <message>
        <source>name printed at the top of each page</source>
        <translation>nom imprimé en haut de chaque page</translation>
    </message>
    <message>
        <source>image printed beside the organisation&apos;s name</source>
        <translation>image imprimée à côté du nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>{file}: {persons} persons, {blank} blank rows, {pages} pages</source>
        <translation>{file}&#xa0;: {persons} personne(s), {blank} ligne(s) vide(s), {pages} page(s)</translation>
    </message>
    <message>
        <source>{file}: {persons} persons, {blank} blank rows</source>
        <translation>{file}&#xa0;: {persons} personne(s), {blank} ligne(s) vide(s)</translation>
    </message>
    <message>
        <source>file to write (with --format pdf or xlsx)</source>
        <translation>fichier à écrire (avec --format pdf ou xlsx)</translation>
    </message>
    <message>
        <source>report on this one activity instead of a period</source>
        <translation>rapport sur cette seule activité au lieu d&apos;une période</translation>
    </message>
    <message>
        <source>{file}: written</source>
        <translation>{file}&#xa0;: écrit</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Same passphrase again: </source>
        <translation>La même phrase secrète, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <source>Workbook password: </source>
        <translation>Mot de passe du classeur&#xa0;: </translation>
    </message>
    <message>
        <source>Same password again: </source>
        <translation>Le même mot de passe, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>encrypt the database with a passphrase (after a verified copy)</source>
        <translation>chiffrer la base avec une phrase secrète (après une copie vérifiée)</translation>
    </message>
    <message>
        <source>then delete the unencrypted backups of the backup folder</source>
        <translation>puis supprimer les sauvegardes non chiffrées du dossier des sauvegardes</translation>
    </message>
    <message>
        <source>add or list projects</source>
        <translation>ajouter ou lister les projets</translation>
    </message>
    <message>
        <source>add, list or show a project&apos;s indicators</source>
        <translation>ajouter, lister ou montrer les indicateurs d&apos;un projet</translation>
    </message>
    <message>
        <source>set an indicator&apos;s targets</source>
        <translation>fixer les cibles d&apos;un indicateur</translation>
    </message>
    <message>
        <source>a project&apos;s indicators: targets and actuals</source>
        <translation>les indicateurs d&apos;un projet&#x202f;: cibles et réalisations</translation>
    </message>
    <message>
        <source>remove the database&apos;s encryption</source>
        <translation>retirer le chiffrement de la base</translation>
    </message>
    <message>
        <source>change the database&apos;s passphrase</source>
        <translation>changer la phrase secrète de la base</translation>
    </message>
    <message>
        <source>erase the persons with no activity for N years (retention)</source>
        <translation>effacer les personnes sans activité depuis N ans (conservation)</translation>
    </message>
    <message>
        <source>read who signed from photos or scans of Registre&apos;s printed sign-in sheet</source>
        <translation>lire qui a signé sur des photos ou des scans de la feuille d&apos;émargement imprimée par Registre</translation>
    </message>
    <message>
        <source>the expected list of an activity: add, import, list, remove</source>
        <translation>la liste des attendus d&apos;une activité&#x202f;: ajouter, importer, afficher, retirer</translation>
    </message>
    <message>
        <source>print the badges of an activity with their QR codes (PDF)</source>
        <translation>imprimer les badges d&apos;une activité avec leurs codes QR (PDF)</translation>
    </message>
    <message>
        <source>certificates of participation for those who completed an activity (PDF)</source>
        <translation>attestations de participation pour ceux qui ont achevé une activité (PDF)</translation>
    </message>
    <message>
        <source>check offline that a certificate is genuine</source>
        <translation>vérifier hors ligne qu&apos;une attestation est authentique</translation>
    </message>
    <message>
        <source>the key that signs certificates: show, export, import</source>
        <translation>la clé qui signe les attestations&#x202f;: afficher, exporter, importer</translation>
    </message>
    <message>
        <source>an activity&apos;s completion rule and the time after which arrivals are late</source>
        <translation>la règle d&apos;assiduité d&apos;une activité et l&apos;heure après laquelle une arrivée est en retard</translation>
    </message>
    <message>
        <source>per diems and transport from signed presences: rules, list, check, approve</source>
        <translation>per diem et transport d&apos;après les présences signées&#x202f;: règles, état, contrôles, approbation</translation>
    </message>
    <message>
        <source>who changed what and when, with the old and new values</source>
        <translation>qui a changé quoi et quand, avec l&apos;ancienne et la nouvelle valeur</translation>
    </message>
    <message>
        <source>roles and users of a database on a PostgreSQL server (administrator)</source>
        <translation>rôles et comptes d&apos;une base sur un serveur PostgreSQL (administrateur)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>write a workbook without names, phones or e-mails, for sharing beyond HQ</source>
        <translation>écrire un classeur sans noms, téléphones ni courriels, à partager au-delà du siège</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>le fichier .xlsx à écrire</translation>
    </message>
    <message>
        <source>language of the labels and headers (default: the language of the settings)</source>
        <translation>langue des libellés et des en-têtes (par défaut&#xa0;: la langue des réglages)</translation>
    </message>
    <message>
        <source>protect it with a password (asked twice)</source>
        <translation>le protéger par un mot de passe (demandé deux fois)</translation>
    </message>
    <message>
        <source>write a password-protected copy of a workbook</source>
        <translation>écrire une copie d&apos;un classeur protégée par un mot de passe</translation>
    </message>
    <message>
        <source>the .xlsx workbook to protect</source>
        <translation>le classeur .xlsx à protéger</translation>
    </message>
    <message>
        <source>the protected copy to write</source>
        <translation>la copie protégée à écrire</translation>
    </message>
    <message>
        <source>replace a damaged database by its latest verified backup</source>
        <translation>remplacer une base endommagée par sa dernière sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>{path}: encrypted, {rows} rows checked</source>
        <translation>{path}&#xa0;: chiffrée, {rows} lignes vérifiées</translation>
    </message>
    <message>
        <source>{path}: not encrypted, {rows} rows checked</source>
        <translation>{path}&#xa0;: non chiffrée, {rows} lignes vérifiées</translation>
    </message>
    <message>
        <source>copy of the previous file: {file}</source>
        <translation>copie du fichier précédent&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{count} unencrypted backups deleted</source>
        <translation>{count} sauvegarde(s) non chiffrée(s) supprimée(s)</translation>
    </message>
    <message>
        <source>warning: {count} unencrypted backups remain in {folder}; delete them (--remove-plain-backups) once you have checked the encrypted database</source>
        <translation>attention&#xa0;: sauvegardes non chiffrées restant dans {folder}&#xa0;: {count}&#x202f;; supprimez-les (--remove-plain-backups) une fois la base chiffrée vérifiée</translation>
    </message>
    <message>
        <source>nobody to erase: every person had activity since {date}</source>
        <translation>personne à effacer&#xa0;: chaque personne a eu une activité depuis le {date}</translation>
    </message>
    <message>
        <source>{persons} persons with no activity since {date} and {rows} attendance rows will be erased for good. Continue?</source>
        <translation>Seront effacées définitivement&#xa0;: {persons} personne(s) sans activité depuis le {date} et {rows} présence(s). Continuer&#x202f;?</translation>
    </message>
    <message>
        <source>nothing erased</source>
        <translation>rien n&apos;a été effacé</translation>
    </message>
    <message>
        <source>Persons erased: {persons}; attendance rows erased: {rows}; photos of sign-in sheets erased: {photos}. Backups made before still hold them.</source>
        <translation>Personnes effacées&#xa0;: {persons}&#x202f;; présences effacées&#xa0;: {rows}&#x202f;; photos de feuilles d&apos;émargement effacées&#xa0;: {photos}. Les sauvegardes faites avant les contiennent encore.</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{name}: {rows}</source>
        <translation>{name}&#xa0;: {rows}</translation>
    </message>
    <message>
        <source>{path}: {counts} (password-protected)</source>
        <translation>{path}&#xa0;: {counts} (protégé par un mot de passe)</translation>
    </message>
    <message>
        <source>{path}: {counts} (not protected)</source>
        <translation>{path}&#xa0;: {counts} (non protégé)</translation>
    </message>
    <message>
        <source>{copy}: protected copy of {file}</source>
        <translation>{copy}&#xa0;: copie protégée de {file}</translation>
    </message>
    <message>
        <source>no verified backup of {path} in {folder}</source>
        <translation>aucune sauvegarde vérifiée de {path} dans {folder}</translation>
    </message>
    <message>
        <source>Replace {path} by the backup {backup} ({date}, {rows} rows)? The current file is kept aside.</source>
        <translation>Remplacer {path} par la sauvegarde {backup} ({date}, {rows} lignes)&#x202f;? Le fichier actuel est mis de côté.</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>damaged file kept as {file}</source>
        <translation>fichier endommagé conservé sous {file}</translation>
    </message>
    <message>
        <source>counts by activity and totals for a period</source>
        <translation>chiffres par activité et totaux d&apos;une période</translation>
    </message>
    <message>
        <source>what to look at before sending the counts</source>
        <translation>ce qu&apos;il faut vérifier avant d&apos;envoyer les comptages</translation>
    </message>
    <message>
        <source>Sex not stated, age unknown, presences not signed, the team, persons both participant and in the team, possible duplicates, head counts beside named participants, impossible values: each with the person, activity or head count to open.</source>
        <translation>Sexe non précisé, âge inconnu, présences sans signature, l&apos;équipe d&apos;animation, les personnes à la fois participantes et dans l&apos;équipe, les doublons possibles, les effectifs à côté de participants nommés, les valeurs impossibles&#xa0;: chacun avec la personne, l&apos;activité ou l&apos;effectif à ouvrir.</translation>
    </message>
    <message>
        <source>check this one activity</source>
        <translation>vérifier cette seule activité</translation>
    </message>
    <message>
        <source>first start date, YYYY-MM-DD</source>
        <translation>première date de début, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>last start date, YYYY-MM-DD</source>
        <translation>dernière date de début, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>two-letter country code</source>
        <translation>code du pays à deux lettres</translation>
    </message>
    <message>
        <source>organising site code</source>
        <translation>code du site organisateur</translation>
    </message>
    <message>
        <source>kind of activity</source>
        <translation>type d&apos;activité</translation>
    </message>
    <message>
        <source>Data checks of activity #{id} {title} ({date})</source>
        <translation>Vérifications de l&apos;activité n°{id} {title} ({date})</translation>
    </message>
    <message>
        <source>Data checks of the activities from {start} to {end}</source>
        <translation>Vérifications des activités du {start} au {end}</translation>
    </message>
    <message>
        <source>head count #{id}</source>
        <translation>effectif n°{id}</translation>
    </message>
    <message numerus="yes">
        <source>{count} things to look at</source>
        <translation>
            <numerusform>{count} point à vérifier</numerusform>
            <numerusform>{count} points à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>{check}: none</source>
        <translation>{check}&#xa0;: rien</translation>
    </message>
    <message>
        <source>{check}: {count}</source>
        <translation>{check}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>youth = age below this (default: the setting, 30)</source>
        <translation>jeunes = âge inférieur à celui-ci (par défaut&#xa0;: le réglage, 30)</translation>
    </message>
    <message>
        <source>list the persons and head counts behind one count (women, youth, team, person_days, unique_persons, category:media…) of --activity or of the period</source>
        <translation>lister les personnes et effectifs qui composent un comptage (women, youth, team, person_days, unique_persons, category:media…) de --activity ou de la période</translation>
    </message>
    <message>
        <source>{kind}, {dates}, {city} ({country})</source>
        <translation>{kind}, {dates}, {city} ({country})</translation>
    </message>
    <message>
        <source>participants {participants} (named {named}, head counts {unnamed}): women {women}, men {men}, sex not stated {not_stated}</source>
        <translation>participants {participants} (nommés {named}, effectifs {unnamed})&#xa0;: femmes {women}, hommes {men}, sexe non précisé {not_stated}</translation>
    </message>
    <message>
        <source>participations {participants}: women {women}, men {men}, sex not stated {not_stated}; youth {youth} = {share}, age unknown {age_unknown}, age from a birth year only {year_only}</source>
        <translation>participations {participants}&#xa0;: femmes {women}, hommes {men}, sexe non précisé {not_stated}&#x202f;; jeunes {youth} = {share}, âge inconnu {age_unknown}, âge d&apos;après la seule année de naissance {year_only}</translation>
    </message>
    <message numerus="yes">
        <source>Totals over {count} activities</source>
        <translation>
            <numerusform>Totaux sur {count} activité</numerusform>
            <numerusform>Totaux sur {count} activités</numerusform>
        </translation>
    </message>
    <message>
        <source>youth (under {threshold}) {youth} = {share}, age unknown {age_unknown}, age from a birth year only {year_only}; person-days {person_days}; completed {completion} of {named}; team {team}</source>
        <translation>jeunes (moins de {threshold} ans) {youth} = {share}, âge inconnu {age_unknown}, âge d&apos;après la seule année de naissance {year_only}&#x202f;; personnes-jours {person_days}&#x202f;; assiduité atteinte {completion} sur {named}&#x202f;; équipe d&apos;animation {team}</translation>
    </message>
    <message>
        <source>unique persons {unique} (named {named}, head counts {unnamed}): women {women}, men {men}, sex not stated {not_stated}</source>
        <translation>personnes distinctes {unique} (nommées {named}, effectifs {unnamed})&#xa0;: femmes {women}, hommes {men}, sexe non précisé {not_stated}</translation>
    </message>
    <message>
        <source>person-days {person_days}; team {team}</source>
        <translation>personnes-jours {person_days}&#x202f;; équipe d&apos;animation {team}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>pas une date (AAAA-MM-JJ)&#xa0;: {text}</translation>
    </message>
    <message>
        <source>not &quot;VALUE=ROLE&quot; with a role of the list ({roles}): {text}</source>
        <translation>pas de la forme «&#xa0;VALEUR=RÔLE&#xa0;» avec un rôle de la liste ({roles})&#xa0;: {text}</translation>
    </message>
    <message>
        <source>not a row number ([SHEET:]ROW): {text}</source>
        <translation>pas un numéro de ligne ([FEUILLE:]LIGNE)&#xa0;: {text}</translation>
    </message>
    <message>
        <source>import a sign-in sheet (.xlsx, .xls, .ods, .csv) into an activity</source>
        <translation>importer une feuille d&apos;émargement (.xlsx, .xls, .ods, .csv) dans une activité</translation>
    </message>
    <message>
        <source>Find the header row, map the columns (remembered per layout), show every row&apos;s outcome and import all rows or none.</source>
        <translation>Trouver la ligne d&apos;en-tête, faire correspondre les colonnes (retenu pour chaque modèle de feuille), montrer le sort de chaque ligne et importer toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>le classeur</translation>
    </message>
    <message>
        <source>the day of a one-day sheet (YYYY-MM-DD)</source>
        <translation>le jour d&apos;une feuille d&apos;une seule journée (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>import this sheet only (repeatable; default: every sheet with a header row)</source>
        <translation>importer seulement cette feuille (répétable&#x202f;; par défaut&#xa0;: chaque feuille qui a une ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>the header row&apos;s number in the sheet</source>
        <translation>le numéro de la ligne d&apos;en-tête dans la feuille</translation>
    </message>
    <message>
        <source>map a column (by header or letter) to a field: {fields}</source>
        <translation>faire correspondre une colonne (par en-tête ou lettre) à un champ&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>possible duplicates become new persons (default) or the best existing match</source>
        <translation>les doublons possibles deviennent de nouvelles personnes (par défaut) ou la fiche existante la plus proche</translation>
    </message>
    <message>
        <source>the role a value of the sheet&apos;s role column stands for (&quot;Point focal=participant&quot;, &quot;Rapporteuse=rapporteur&quot;); repeatable</source>
        <translation>le rôle que désigne une valeur de la colonne des rôles («&#xa0;Point focal=participant&#xa0;», «&#xa0;Rapporteuse=rapporteur&#xa0;»)&#x202f;; répétable</translation>
    </message>
    <message>
        <source>on a sheet where some rows are signed, the rows without signature are absent (default) or present</source>
        <translation>sur une feuille où certaines lignes sont signées, les lignes sans signature sont absentes (par défaut) ou présentes</translation>
    </message>
    <message>
        <source>import this row as a person although it looks like none (digits in the name, a sentence); repeatable</source>
        <translation>importer cette ligne comme une personne bien qu&apos;elle n&apos;en ait pas l&apos;air (chiffres dans le nom, une phrase)&#x202f;; répétable</translation>
    </message>
    <message>
        <source>import the valid rows only</source>
        <translation>importer seulement les lignes valides</translation>
    </message>
    <message>
        <source>show the outcome, change nothing</source>
        <translation>montrer le résultat sans rien changer</translation>
    </message>
    <message>
        <source>{sheet}: header row {row}; remembered mapping: {mapped}</source>
        <translation>{sheet}&#xa0;: ligne d&apos;en-tête {row}&#x202f;; correspondance retenue&#xa0;: {mapped}</translation>
    </message>
    <message>
        <source>{sheet}: header row {row}; proposed mapping: {mapped}</source>
        <translation>{sheet}&#xa0;: ligne d&apos;en-tête {row}&#x202f;; correspondance proposée&#xa0;: {mapped}</translation>
    </message>
    <message>
        <source>A skipped row that is a person: import it with --keep-row SHEET:ROW.</source>
        <translation>Une ligne écartée qui est une personne&#xa0;: importez-la avec --keep-row FEUILLE:LIGNE.</translation>
    </message>
    <message>
        <source>Give each unknown role its role with --role, e.g. --role &quot;{value}=participant&quot;.</source>
        <translation>Donnez son rôle à chaque valeur inconnue avec --role, par exemple --role &quot;{value}=participant&quot;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai à blanc&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Roles to choose before importing: {values}. Nothing was imported.</source>
        <translation>Rôles à choisir avant d&apos;importer&#xa0;: {values}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>structures</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présences</translation>
    </message>
    <message>
        <source>head counts</source>
        <translation>effectifs</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendus</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>age band sets</source>
        <translation>jeux de tranches d&apos;âge</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>cibles</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message numerus="yes">
        <source>{count} organisations</source>
        <translation>
            <numerusform>{count} structure</numerusform>
            <numerusform>{count} structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} activities</source>
        <translation>
            <numerusform>{count} activité</numerusform>
            <numerusform>{count} activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} persons</source>
        <translation>
            <numerusform>{count} personne</numerusform>
            <numerusform>{count} personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} attendances</source>
        <translation>
            <numerusform>{count} présence</numerusform>
            <numerusform>{count} présences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} head counts</source>
        <translation>
            <numerusform>{count} effectif</numerusform>
            <numerusform>{count} effectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} expected</source>
        <translation>
            <numerusform>{count} attendu</numerusform>
            <numerusform>{count} attendus</numerusform>
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
            <numerusform>{count} projet</numerusform>
            <numerusform>{count} projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} age band sets</source>
        <translation>
            <numerusform>{count} jeu de tranches d&apos;âge</numerusform>
            <numerusform>{count} jeux de tranches d&apos;âge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} indicators</source>
        <translation>
            <numerusform>{count} indicateur</numerusform>
            <numerusform>{count} indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} targets</source>
        <translation>
            <numerusform>{count} cible</numerusform>
            <numerusform>{count} cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>older</source>
        <translation>plus anciens</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalides</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>write the workbook for HQ</source>
        <translation>écrire le classeur pour le siège</translation>
    </message>
    <message>
        <source>every record (default: changes since last export)</source>
        <translation>toutes les fiches (par défaut&#xa0;: les modifications depuis le dernier export)</translation>
    </message>
    <message>
        <source>protect the workbook with a password (asked twice, or REGISTRE_WORKBOOK_PASSWORD)</source>
        <translation>protéger le classeur par un mot de passe (demandé deux fois, ou REGISTRE_WORKBOOK_PASSWORD)</translation>
    </message>
    <message>
        <source>merge workbooks exported by other sites</source>
        <translation>fusionner les classeurs exportés par d&apos;autres sites</translation>
    </message>
    <message>
        <source>show what would change only</source>
        <translation>montrer seulement ce qui changerait</translation>
    </message>
    <message>
        <source>import a workbook whose office is in doubt (another code than before, this database&apos;s own site)</source>
        <translation>importer un classeur dont le bureau est incertain (un autre code qu&apos;avant, le site de cette base)</translation>
    </message>
    <message>
        <source>apply deletions of more than a tenth of a record type (or of 50 records)</source>
        <translation>appliquer des suppressions de plus d&apos;un dixième d&apos;un type de fiches (ou de 50 fiches)</translation>
    </message>
    <message>
        <source>records both sides changed</source>
        <translation>fiches modifiées des deux côtés</translation>
    </message>
    <message>
        <source>payment lists</source>
        <translation>états de paiement</translation>
    </message>
    <message numerus="yes">
        <source>{count} payment lists</source>
        <translation>
            <numerusform>{count} état de paiement</numerusform>
            <numerusform>{count} états de paiement</numerusform>
        </translation>
    </message>
    <message>
        <source>list the conflicts waiting for a decision</source>
        <translation>lister les conflits en attente d&apos;une décision</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>y compris ceux déjà résolus</translation>
    </message>
    <message>
        <source>keep one version of a conflicting record</source>
        <translation>garder une version d&apos;une fiche en conflit</translation>
    </message>
    <message>
        <source>conflict number (see `conflicts list`)</source>
        <translation>numéro du conflit (voir `conflicts list`)</translation>
    </message>
    <message>
        <source>{path}: {mode} export {export} ({counts})</source>
        <translation>{path}&#xa0;: export {export}, {mode} ({counts})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} photos of signed sheets, to send with the workbook</source>
        <translation>
            <numerusform>{path}&#x202f;: {count} photo de feuille signée, à envoyer avec le classeur</numerusform>
            <numerusform>{path}&#x202f;: {count} photos de feuilles signées, à envoyer avec le classeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photos of signed sheets did not travel: a protected workbook leaves them out</source>
        <translation>
            <numerusform>{count} photo de feuille signée n&apos;est pas partie&#x202f;: un classeur protégé les laisse de côté</numerusform>
            <numerusform>{count} photos de feuilles signées ne sont pas parties&#x202f;: un classeur protégé les laisse de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: {type} {id} {label}: {reason}</source>
        <translation>Non envoyé&#x202f;: {type} {id} {label}&#x202f;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: {count} attendance rows (a day out of range, or a person or activity not sent).</source>
        <translation>
            <numerusform>Non envoyée&#x202f;: {count} présence (un jour hors limites, ou une personne ou une activité non envoyée).</numerusform>
            <numerusform>Non envoyées&#x202f;: {count} présences (un jour hors limites, ou une personne ou une activité non envoyée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct these records: the next export sends them. HQ&apos;s import would refuse them as they are.</source>
        <translation>Corrigez ces fiches&#x202f;: le prochain export les enverra. L&apos;import du siège les refuserait en l&apos;état.</translation>
    </message>
    <message>
        <source>{file}: site {site} {site_name}, exported {exported} ({mode}), export {export}</source>
        <translation>{file}&#xa0;: site {site} {site_name}, exporté le {exported} ({mode}), export {export}</translation>
    </message>
    <message>
        <source>already imported on {date} UTC</source>
        <translation>déjà importé le {date} UTC</translation>
    </message>
    <message>
        <source>to confirm (--accept-office-change): {warning}</source>
        <translation>à confirmer (--accept-office-change)&#x202f;: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>{count} photos of signed sheets kept beside their activity</source>
        <translation>
            <numerusform>{count} photo de feuille signée gardée avec son activité</numerusform>
            <numerusform>{count} photos de feuilles signées gardées avec leur activité</numerusform>
        </translation>
    </message>
    <message>
        <source>to confirm (--allow-mass-delete): deletes {what}</source>
        <translation>à confirmer (--allow-mass-delete)&#x202f;: supprime {what}</translation>
    </message>
    <message>
        <source>invalid: sheet {sheet}, row {row}: {reason}</source>
        <translation>invalide&#xa0;: feuille {sheet}, ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds all of it.</source>
        <translation>Rien à changer&#xa0;: la base contient déjà tout.</translation>
    </message>
    <message numerus="yes">
        <source>Applied: {changes} changes.</source>
        <translation>
            <numerusform>Appliqué&#xa0;: {changes} modification.</numerusform>
            <numerusform>Appliqué&#xa0;: {changes} modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: {changes} changes found, nothing was changed.</source>
        <translation>
            <numerusform>Essai à blanc&#xa0;: {changes} modification trouvée, rien n&apos;a été modifié.</numerusform>
            <numerusform>Essai à blanc&#xa0;: {changes} modifications trouvées, rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>resolved ({kept})</source>
        <translation>résolu (version {kept} gardée)</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>#{number} {type} {uuid} {label} vs {site}: {state}</source>
        <translation>#{number} {type} {uuid} {label} contre {site}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>#{number}: kept the local version of {label}</source>
        <translation>#{number}&#xa0;: version locale de {label} gardée</translation>
    </message>
    <message>
        <source>#{number}: kept the incoming version of {label}</source>
        <translation>#{number}&#xa0;: version reçue de {label} gardée</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  Run it on a desktop session, or without a screen with one of:
    QT_QPA_PLATFORM=offscreen registre
    xvfb-run registre
  The command line works without a display: registre --help</source>
        <translation>aucun écran trouvé (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini)&#x202f;: la fenêtre ne peut pas s&apos;ouvrir.
  Lancez Registre dans une session de bureau, ou sans écran avec l&apos;une de ces commandes&#x202f;:
    QT_QPA_PLATFORM=offscreen registre
    xvfb-run registre
  La ligne de commande fonctionne sans écran&#x202f;: registre --help</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>né·e en {year}</translation>
    </message>
    <message>
        <source>{age} (year only)</source>
        <translation>{age} (année seule)</translation>
    </message>
    <message>
        <source>{band} (band)</source>
        <translation>{band} (tranche)</translation>
    </message>
    <message>
        <source>{count}: {total}, activity #{id} {title} ({date})</source>
        <translation>{count}&#xa0;: {total}, activité n°{id} {title} ({date})</translation>
    </message>
    <message>
        <source>{count}: {total}, activities from {start} to {end}</source>
        <translation>{count}&#xa0;: {total}, activités du {start} au {end}</translation>
    </message>
    <message>
        <source>Head counts (unnamed):</source>
        <translation>Effectifs (sans nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Total: {total} ({persons} persons, {head_counts} from head counts)</source>
        <translation>Total&#xa0;: {total} ({persons} par les personnes, {head_counts} par les effectifs)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours présents</translation>
    </message>
    <message>
        <source>Days signed</source>
        <translation>Jours signés</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>add a project</source>
        <translation>ajouter un projet</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>dernier jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an office of the project, site code (repeatable)</source>
        <translation>un bureau du projet, code du site (répétable)</translation>
    </message>
    <message>
        <source>three letters, e.g. XOF</source>
        <translation>trois lettres, par ex. XOF</translation>
    </message>
    <message>
        <source>list the projects</source>
        <translation>lister les projets</translation>
    </message>
    <message>
        <source>add an indicator to a project</source>
        <translation>ajouter un indicateur à un projet</translation>
    </message>
    <message>
        <source>e.g. 1.1</source>
        <translation>par ex. 1.1</translation>
    </message>
    <message>
        <source>unique_persons, participations, person_days, activities_held, completed, share_women, share_youth or series</source>
        <translation>unique_persons, participations, person_days, activities_held, completed, share_women, share_youth ou series</translation>
    </message>
    <message>
        <source>series: the share of the series&apos; days a person must attend, e.g. 75</source>
        <translation>series&#x202f;: la part des jours de la série à laquelle une personne doit assister, p. ex. 75</translation>
    </message>
    <message>
        <source>kind=training, category=media, country=NE, office=NE-NIA, tag=cohort-2022 or role=facilitator (repeatable)</source>
        <translation>kind=training, category=media, country=NE, office=NE-NIA, tag=cohorte-2022 ou role=facilitator (répétable)</translation>
    </message>
    <message>
        <source>disaggregation: sex, age:SET, category, region, office, or disability when the disability questions are recorded (repeatable)</source>
        <translation>désagrégation&#x202f;: sex, age:JEU, category, region, office, ou disability quand les questions sur le handicap sont posées (répétable)</translation>
    </message>
    <message>
        <source>list the indicators of a project</source>
        <translation>lister les indicateurs d&apos;un projet</translation>
    </message>
    <message>
        <source>an indicator&apos;s definition and targets</source>
        <translation>la définition et les cibles d&apos;un indicateur</translation>
    </message>
    <message>
        <source>add or list the age band sets</source>
        <translation>ajouter ou lister les jeux de tranches d&apos;âge</translation>
    </message>
    <message>
        <source>the bands, e.g. &quot;15-24, 25-34, 35+&quot;</source>
        <translation>les tranches, par ex. «&#x202f;15-24, 25-34, 35+&#x202f;»</translation>
    </message>
    <message>
        <source>set the target of an indicator for a period</source>
        <translation>fixer la cible d&apos;un indicateur pour une période</translation>
    </message>
    <message>
        <source>2022Q4, 2022-03, 2022 or life</source>
        <translation>2022Q4, 2022-03, 2022 ou life (durée du projet)</translation>
    </message>
    <message>
        <source>a number: 600, 1 200 or 12.5</source>
        <translation>un nombre&#x202f;: 600, 1 200 ou 12,5</translation>
    </message>
    <message>
        <source>site code (default: all offices)</source>
        <translation>code du site (par défaut&#x202f;: tous les bureaux)</translation>
    </message>
    <message>
        <source>a target for one value only, e.g. sex=F</source>
        <translation>une cible pour une seule valeur, par ex. sex=F</translation>
    </message>
    <message>
        <source>2022Q4, 2022-03, a year (its quarters) or life; default: the latest year</source>
        <translation>2022Q4, 2022-03, une année (ses trimestres) ou life&#x202f;; par défaut&#x202f;: la dernière année</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>code du site</translation>
    </message>
    <message>
        <source>file to write (xlsx, pdf)</source>
        <translation>fichier à écrire (xlsx, pdf)</translation>
    </message>
    <message>
        <source>for sharing: disaggregated figures below the threshold shown as &quot;&lt; 5&quot;</source>
        <translation>pour diffusion&#x202f;: les chiffres désagrégés sous le seuil affichés «&#x202f;&lt; 5&#x202f;»</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>tous les bureaux</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>one record</source>
        <translation>une fiche</translation>
    </message>
    <message>
        <source>a person, with their attendance and merged duplicates</source>
        <translation>une personne, avec ses présences et ses doublons fusionnés</translation>
    </message>
    <message>
        <source>an activity, with its attendance and head counts</source>
        <translation>une activité, avec ses présences et ses effectifs</translation>
    </message>
    <message>
        <source>changes made from this day on, e.g. 2026-11-01</source>
        <translation>modifications faites à partir de ce jour, par exemple 2026-11-01</translation>
    </message>
    <message>
        <source>changes made up to this day, e.g. 2026-11-30</source>
        <translation>modifications faites jusqu&apos;à ce jour inclus, par exemple 2026-11-30</translation>
    </message>
    <message>
        <source>a server user, or an office&apos;s code (NE-NIA)</source>
        <translation>un compte du serveur, ou le code d&apos;un bureau (NE-NIA)</translation>
    </message>
    <message>
        <source>only the changes of this field, e.g. sex</source>
        <translation>seulement les modifications de ce champ, par exemple sex</translation>
    </message>
    <message>
        <source>the workbook to write (xlsx)</source>
        <translation>le classeur à écrire (xlsx)</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook: give --out FILE.</source>
        <translation>--format xlsx écrit un classeur&#x202f;: indiquez --out FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {count} changes written.</source>
        <translation>
            <numerusform>{path}&#x202f;: {count} modification écrite.</numerusform>
            <numerusform>{path}&#x202f;: {count} modifications écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches.</source>
        <translation>Aucune modification ne correspond.</translation>
    </message>
    <message>
        <source>make the roles, grants and row-level security (once, by the owner)</source>
        <translation>créer les rôles, les droits et la sécurité par ligne (une fois, par le propriétaire)</translation>
    </message>
    <message>
        <source>a new server user in one role</source>
        <translation>un nouveau compte du serveur, dans un rôle</translation>
    </message>
    <message>
        <source>the user&apos;s name, e.g. aissa.maiga</source>
        <translation>le nom du compte, par exemple aissa.maiga</translation>
    </message>
    <message>
        <source>set no password (the server authenticates otherwise: certificate, Kerberos)</source>
        <translation>pas de mot de passe (le serveur authentifie autrement&#x202f;: certificat, Kerberos)</translation>
    </message>
    <message>
        <source>the server&apos;s users, their roles and offices</source>
        <translation>les comptes du serveur, leurs rôles et leurs bureaux</translation>
    </message>
    <message>
        <source>give a user another role or other offices</source>
        <translation>donner à un compte un autre rôle ou d&apos;autres bureaux</translation>
    </message>
    <message>
        <source>the user can no longer connect (the audit keeps the name)</source>
        <translation>le compte ne peut plus se connecter (l&apos;historique garde son nom)</translation>
    </message>
    <message>
        <source>officers and viewers: only these offices, e.g. NE-NIA,ML-BKO (default: all)</source>
        <translation>chargés et lecteurs&#x202f;: seulement ces bureaux, par exemple NE-NIA,ML-BKO (par défaut&#x202f;: tous)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Roles ready on {database}: administrator, officer, viewer, analyst. Add users with “registre server add-user”.</source>
        <translation>Rôles prêts sur {database}&#x202f;: administrateur, chargé, lecteur, analyste. Ajoutez des comptes avec «&#x202f;registre server add-user&#x202f;».</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Mot de passe de {name}&#x202f;: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, encore une fois&#x202f;: </translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#x202f;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>User {name} added: {role}, offices: {offices}.</source>
        <translation>Compte {name} ajouté&#x202f;: {role}, bureaux&#x202f;: {offices}.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>User {name} is now {role}, offices: {offices}.</source>
        <translation>Le compte {name} est maintenant {role}, bureaux&#x202f;: {offices}.</translation>
    </message>
    <message>
        <source>User {name} removed: they can no longer connect.</source>
        <translation>Compte {name} supprimé&#x202f;: il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>the sheet&apos;s day (YYYY-MM-DD)</source>
        <translation>le jour de la feuille (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>photos (JPEG, PNG) or scanned PDFs of the sheet&apos;s pages</source>
        <translation>photos (JPEG, PNG) ou PDF scannés des pages de la feuille</translation>
    </message>
    <message>
        <source>read and report, write nothing</source>
        <translation>lire et rendre compte, sans rien écrire</translation>
    </message>
    <message>
        <source>save the rows written by hand as images in this folder (page-row.png), to type them</source>
        <translation>enregistrer les lignes écrites à la main en images dans ce dossier (page-ligne.png), pour les saisir</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file}: page {page} of {pages}</source>
        <translation>{file}&#x202f;: page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Signed: {signed}, not signed: {not_signed}, unsure: {unsure}</source>
        <translation>Signé&#x202f;: {signed}, non signé&#x202f;: {not_signed}, incertain&#x202f;: {unsure}</translation>
    </message>
    <message>
        <source>  unsure: row {number} (page {page}), {name}</source>
        <translation>  incertain&#x202f;: ligne {number} (page {page}), {name}</translation>
    </message>
    <message>
        <source>Pages not photographed: {pages}</source>
        <translation>Pages non photographiées&#x202f;: {pages}</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows written by hand, to be typed: {rows}</source>
        <translation>
            <numerusform>{count} ligne écrite à la main, à saisir&#x202f;: {rows}</numerusform>
            <numerusform>{count} lignes écrites à la main, à saisir&#x202f;: {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: take the refused photos again, or settle the unsure rows in the window (File &gt; Read photos of signed sheets).</source>
        <translation>Rien n&apos;a été écrit&#x202f;: reprenez les photos refusées, ou tranchez les lignes incertaines dans la fenêtre (Fichier &gt; Lire les photos de feuilles signées).</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Essai à blanc&#x202f;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written. Presences added: {added}; marked signed: {marked}; photos kept: {photos}.</source>
        <translation>Écrit. Présences ajoutées&#x202f;: {added}&#x202f;; marquées signées&#x202f;: {marked}&#x202f;; photos conservées&#x202f;: {photos}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{option}: {value} is not a date like 2022-12-05.</source>
        <translation>{option}&#xa0;: {value} n&apos;est pas une date comme 2022-12-05.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>--logo: there is no image file {path}.</source>
        <translation>--logo&#xa0;: il n&apos;y a pas de fichier image {path}.</translation>
    </message>
    <message>
        <source>--out and --activity go with --format pdf or xlsx.</source>
        <translation>--out et --activity s&apos;emploient avec --format pdf ou xlsx.</translation>
    </message>
    <message>
        <source>--filter {value}: write KEY=VALUE, e.g. kind=training.</source>
        <translation>--filter {value}&#x202f;: écrivez CLÉ=VALEUR, par ex. kind=training.</translation>
    </message>
    <message>
        <source>--code and --bands go together.</source>
        <translation>--code et --bands vont ensemble.</translation>
    </message>
    <message>
        <source>--value {value}: write a number, e.g. 600 or 12.5.</source>
        <translation>--value {value}&#x202f;: écrivez un nombre, par ex. 600 ou 12,5.</translation>
    </message>
    <message>
        <source>--out FILE is needed with --format {format}.</source>
        <translation>--out FICHIER est nécessaire avec --format {format}.</translation>
    </message>
    <message>
        <source>--out goes with --format pdf or xlsx.</source>
        <translation>--out va avec --format pdf ou xlsx.</translation>
    </message>
    <message>
        <source>--youth-threshold: an age between 1 and 120.</source>
        <translation>--youth-threshold&#xa0;: un âge entre 1 et 120.</translation>
    </message>
    <message>
        <source>--explain goes with --format text or json.</source>
        <translation>--explain s&apos;emploie avec --format text ou json.</translation>
    </message>
    <message>
        <source>--to: the period cannot end before it starts.</source>
        <translation>--to&#xa0;: la période ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>{option}: {value} is not NAME=AMOUNT.</source>
        <translation>{option}&#x202f;: {value} n&apos;est pas de la forme NOM=MONTANT.</translation>
    </message>
    <message>
        <source>The disability questions are not recorded: turn on the setting record_disability first (Settings).</source>
        <translation>Les questions sur le handicap ne sont pas posées&#x202f;: activez d&apos;abord le paramètre record_disability (Paramètres).</translation>
    </message>
    <message>
        <source>--wg {value}: write DOMAIN=ANSWER, e.g. walking=a_lot; domains: {domains}; answers: {answers}.</source>
        <translation>--wg {value}&#x202f;: écrivez DOMAINE=RÉPONSE, p. ex. walking=a_lot&#x202f;; domaines&#x202f;: {domains}&#x202f;; réponses&#x202f;: {answers}.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Both this database and another site changed these records since they last exchanged them. Keep one version; the other stays in the audit trail.</source>
        <translation>Cette base et un autre site ont tous deux modifié ces fiches depuis leur dernier échange. Gardez une version&#x202f;; l&apos;autre reste dans l&apos;historique des modifications.</translation>
    </message>
    <message>
        <source>&amp;Keep this database&apos;s version</source>
        <translation>&amp;Garder la version de cette base</translation>
    </message>
    <message>
        <source>&amp;Take the incoming version</source>
        <translation>&amp;Prendre la version reçue</translation>
    </message>
    <message>
        <source>with {site}</source>
        <translation>avec {site}</translation>
    </message>
    <message>
        <source>No conflicts: every record agrees.</source>
        <translation>Aucun conflit&#xa0;: toutes les fiches concordent.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This database (revision {n})</source>
        <translation>Cette base (révision {n})</translation>
    </message>
    <message>
        <source>{site} (revision {n})</source>
        <translation>{site} (révision {n})</translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <source>Payments by project, budget line, office and month</source>
        <translation>Paiements par projet, ligne budgétaire, bureau et mois</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Payees</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message numerus="yes">
        <source>Approved lists only, each in the month its activity started; a draft is not counted. %n list(s).</source>
        <translation>
            <numerusform>États approuvés seulement, chacun au mois où son activité a commencé&#x202f;; un brouillon ne compte pas.&#x202f;%n état.</numerusform>
            <numerusform>États approuvés seulement, chacun au mois où son activité a commencé&#x202f;; un brouillon ne compte pas.&#x202f;%n états.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreViews</name>
    <message>
        <source>Delete {title}</source>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>&amp;Person registry</source>
        <translation>&amp;Registre des personnes</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nouvelle activité…</translation>
    </message>
    <message>
        <source>&amp;Edit activity…</source>
        <translation>&amp;Modifier l&apos;activité…</translation>
    </message>
    <message>
        <source>&amp;Check-in screen</source>
        <translation>Écran d&apos;é&amp;margement</translation>
    </message>
    <message>
        <source>Attendance &amp;grid</source>
        <translation>&amp;Grille de présence</translation>
    </message>
    <message>
        <source>&amp;Head counts…</source>
        <translation>E&amp;ffectifs…</translation>
    </message>
    <message>
        <source>&amp;Delete activity…</source>
        <translation>&amp;Supprimer l&apos;activité…</translation>
    </message>
    <message>
        <source>Delete &amp;person…</source>
        <translation>Supprimer la &amp;personne…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Delete an activity</source>
        <translation>Supprimer une activité</translation>
    </message>
    <message>
        <source>Delete the activity “{title}” and its attendance from the lists and reports? Ctrl+Z undoes it.</source>
        <translation>Supprimer l&apos;activité «&#xa0;{title}&#xa0;» et ses présences des listes et des rapports&#x202f;? Ctrl+Z annule la suppression.</translation>
    </message>
</context>
<context>
    <name>CountChecksView</name>
    <message>
        <source>The &amp;activity chosen in the list</source>
        <translation>L&apos;&amp;activité choisie dans la liste</translation>
    </message>
    <message>
        <source>The &amp;period</source>
        <translation>La &amp;période</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Enter or double click: open what fixes it.</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir ce qui permet de corriger.</translation>
    </message>
    <message>
        <source>Choose an activity in the activity list first.</source>
        <translation>Choisissez d&apos;abord une activité dans la liste des activités.</translation>
    </message>
    <message>
        <source>The &amp;activity chosen in the list: “{title}”</source>
        <translation>L&apos;&amp;activité choisie dans la liste&#xa0;: «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking… {share}</source>
        <translation>Vérification… {share}</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at before sending these counts.</source>
        <translation>
            <numerusform>%n point à vérifier avant d&apos;envoyer ces comptages.</numerusform>
            <numerusform>%n points à vérifier avant d&apos;envoyer ces comptages.</numerusform>
        </translation>
    </message>
    <message>
        <source>{check}: {count}</source>
        <translation>{check}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Data &amp;checks</source>
        <translation>&amp;Vérifications des données</translation>
    </message>
    <message>
        <source>&amp;Check the counts of the activity…</source>
        <translation>&amp;Vérifier les comptages de l&apos;activité…</translation>
    </message>
    <message>
        <source>&amp;Data checks of a period</source>
        <translation>Vérifications des &amp;données d&apos;une période</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>Enter or click: the persons and rows behind this count</source>
        <translation>Entrée ou clic&#xa0;: les personnes et lignes qui composent ce comptage</translation>
    </message>
</context>
<context>
    <name>CountedRowsModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours présents</translation>
    </message>
    <message>
        <source>Days signed</source>
        <translation>Jours signés</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>{days} / {of}</source>
        <translation>{days} / {of}</translation>
    </message>
    <message>
        <source>Head count of {total}</source>
        <translation>Effectif de {total}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>women {women}</source>
        <translation>femmes {women}</translation>
    </message>
    <message>
        <source>youth {youth}</source>
        <translation>jeunes {youth}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{age} (year only)</source>
        <translation>{age} (année seule)</translation>
    </message>
    <message>
        <source>{band} (band)</source>
        <translation>{band} (tranche)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>a name or a code, e.g. Niger or NE</source>
        <translation>un nom ou un code, p. ex. Niger ou NE</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Participants {participants} · Women {women} · Youth {youth}</source>
        <translation>Participants {participants} · Femmes {women} · Jeunes {youth}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Named participants</source>
        <translation>Participants nommés</translation>
    </message>
    <message>
        <source>Head counts (unnamed)</source>
        <translation>Effectifs (sans nom)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>Youth (under {age})</source>
        <translation>Jeunes (moins de {age} ans)</translation>
    </message>
    <message>
        <source>Not youth ({age} or over)</source>
        <translation>Non jeunes ({age} ans ou plus)</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Age from the birth year only</source>
        <translation>Âge d&apos;après la seule année de naissance</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Personnes-jours</translation>
    </message>
    <message>
        <source>Completed (present the share of days the rule asks)</source>
        <translation>Assiduité atteinte (présents la part des jours que demande la règle)</translation>
    </message>
    <message>
        <source>Facilitation team</source>
        <translation>Équipe d&apos;animation</translation>
    </message>
    <message>
        <source>Unique persons</source>
        <translation>Personnes distinctes</translation>
    </message>
    <message>
        <source>Unique named persons</source>
        <translation>Personnes nommées distinctes</translation>
    </message>
    <message>
        <source>Unique women</source>
        <translation>Femmes distinctes</translation>
    </message>
    <message>
        <source>Unique men</source>
        <translation>Hommes distincts</translation>
    </message>
    <message>
        <source>Unique persons, sex not stated</source>
        <translation>Personnes distinctes, sexe non précisé</translation>
    </message>
    <message>
        <source>Category not stated</source>
        <translation>Catégorie non précisée</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>Catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <source>There is no count called {field}; counts: {fields}.</source>
        <translation>Il n&apos;y a pas de comptage nommé {field}&#x202f;; comptages&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Participants {count}</source>
        <translation>Participants {count}</translation>
    </message>
    <message>
        <source>Women {count}</source>
        <translation>Femmes {count}</translation>
    </message>
    <message>
        <source>Youth {count}</source>
        <translation>Jeunes {count}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <source>The database {name} is encrypted. Passphrase:</source>
        <translation>La base {name} est chiffrée. Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>Registre cannot open the database</source>
        <translation>Registre ne peut pas ouvrir la base</translation>
    </message>
    <message>
        <source>No verified backup was found in {folder}.</source>
        <translation>Aucune sauvegarde vérifiée n&apos;a été trouvée dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Restore the backup of {date} (%Ln records)? The damaged file is kept aside.</source>
        <translation>
            <numerusform>Restaurer la sauvegarde du {date} (%Ln fiche)&#x202f;? Le fichier endommagé est mis de côté.</numerusform>
            <numerusform>Restaurer la sauvegarde du {date} (%Ln fiches)&#x202f;? Le fichier endommagé est mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>Password of the database {location}:
(It is not saved. A ~/.pgpass file or the PGPASSWORD variable can give it instead.)</source>
        <translation>Mot de passe de la base {location}&#xa0;:
(Il n&apos;est pas enregistré. Un fichier ~/.pgpass ou la variable PGPASSWORD peuvent le fournir à la place.)</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
</context>
<context>
    <name>Dedup</name>
    <message>
        <source>The search for duplicates stopped.</source>
        <translation>La recherche de doublons s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>A person cannot be different from itself (id {id}).</source>
        <translation>Une personne ne peut pas être différente d&apos;elle-même (id {id}).</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name ignoring accents and order</source>
        <translation>même nom, sans tenir compte des accents ni de l&apos;ordre</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>a rare name in the registry</source>
        <translation>un nom rare dans le registre</translation>
    </message>
    <message>
        <source>one name is part of the other (missing given name)</source>
        <translation>un nom contient l&apos;autre (prénom manquant)</translation>
    </message>
    <message>
        <source>a spelling nobody else in the registry writes</source>
        <translation>une orthographe que personne d&apos;autre n&apos;écrit dans le registre</translation>
    </message>
    <message>
        <source>a word of one name is another name, not a spelling</source>
        <translation>un mot d&apos;un nom est un autre nom, pas une autre orthographe</translation>
    </message>
    <message>
        <source>a given name written as its initial</source>
        <translation>un prénom écrit par son initiale</translation>
    </message>
    <message>
        <source>the e-mail address holds the given name</source>
        <translation>le courriel porte le prénom</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même structure</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>même année de naissance</translation>
    </message>
    <message>
        <source>birth years one apart</source>
        <translation>années de naissance à un an d&apos;écart</translation>
    </message>
    <message>
        <source>same position</source>
        <translation>même fonction</translation>
    </message>
    <message>
        <source>phones one digit apart</source>
        <translation>téléphones à un chiffre près</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>téléphones différents</translation>
    </message>
    <message>
        <source>birth years far apart</source>
        <translation>années de naissance très éloignées</translation>
    </message>
    <message>
        <source>different positions</source>
        <translation>fonctions différentes</translation>
    </message>
    <message>
        <source>different sex</source>
        <translation>sexe différent</translation>
    </message>
    <message>
        <source>different regions</source>
        <translation>régions différentes</translation>
    </message>
    <message>
        <source>a common name in the registry</source>
        <translation>un nom courant dans le registre</translation>
    </message>
    <message>
        <source>same sex</source>
        <translation>même sexe</translation>
    </message>
    <message>
        <source>both present at one activity on the same day</source>
        <translation>présents tous deux à une même activité le même jour</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself (id {id}).</source>
        <translation>Une personne ne peut pas être fusionnée avec elle-même (id {id}).</translation>
    </message>
</context>
<context>
    <name>DedupDialog</name>
    <message>
        <source>Duplicate persons</source>
        <translation>Doublons de personnes</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>&amp;Lowest score:</source>
        <translation>Score &amp;minimal&#xa0;:</translation>
    </message>
    <message>
        <source>Keep left, merge right into it (Ctrl+1)</source>
        <translation>Garder la gauche, y fusionner la droite (Ctrl+1)</translation>
    </message>
    <message>
        <source>Keep right, merge left into it (Ctrl+2)</source>
        <translation>Garder la droite, y fusionner la gauche (Ctrl+2)</translation>
    </message>
    <message>
        <source>Different people (Ctrl+D)</source>
        <translation>Personnes différentes (Ctrl+D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for persons recorded twice…</source>
        <translation>Recherche des personnes enregistrées deux fois…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs that may be the same person, best first.</source>
        <translation>
            <numerusform>%Ln paire qui pourrait être la même personne.</numerusform>
            <numerusform>%Ln paires qui pourraient être la même personne, les plus probables en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge {merged} (#{merged_id}) into {survivor} (#{survivor_id})? Its %Ln attendance rows move to {survivor}.</source>
        <translation>
            <numerusform>Fusionner {merged} (n° {merged_id}) dans {survivor} (n° {survivor_id})&#x202f;? %Ln présence passe à {survivor}.</numerusform>
            <numerusform>Fusionner {merged} (n° {merged_id}) dans {survivor} (n° {survivor_id})&#x202f;? %Ln présences passent à {survivor}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates at this score.</source>
        <translation>Aucun doublon probable à ce score.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <source>Merge persons</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>{merged} merged into {survivor}.</source>
        <translation>{merged} fusionné dans {survivor}.</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Marked as different people: they will not be proposed again.</source>
        <translation>Marquées comme personnes différentes&#xa0;: elles ne seront plus proposées.</translation>
    </message>
    <message>
        <source>&amp;Duplicate persons…</source>
        <translation>&amp;Doublons de personnes…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demonstration activities are already in this database: nothing was added.</source>
        <translation>Les activités de démonstration sont déjà dans cette base&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>DisabilitySection</name>
    <message>
        <source>Functioning (Washington Group questions)</source>
        <translation>Fonctionnement (questions du Groupe de Washington)</translation>
    </message>
    <message>
        <source>Agrees to ans&amp;wer the questions on functioning</source>
        <translation>&amp;Accepte de répondre aux questions sur le fonctionnement</translation>
    </message>
    <message>
        <source>Consent &amp;dated:</source>
        <translation>Accord &amp;daté du&#x202f;:</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message numerus="yes">
        <source>{count} rows are invalid: correct the sheet, or skip them.</source>
        <translation>
            <numerusform>{count} ligne est invalide&#x202f;: corrigez la feuille, ou ignorez-la.</numerusform>
            <numerusform>{count} lignes sont invalides&#x202f;: corrigez la feuille, ou ignorez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>The pasted lines have several columns but no header row: paste the header row too (Nom, Prénoms, Structure…).</source>
        <translation>Les lignes collées ont plusieurs colonnes mais pas de ligne d&apos;en-tête&#x202f;: collez aussi la ligne d&apos;en-tête (Nom, Prénoms, Structure…).</translation>
    </message>
    <message>
        <source>No badge has the code {code}.</source>
        <translation>Aucun badge n&apos;a le code {code}.</translation>
    </message>
    <message>
        <source>The badge was misread (a letter lost on the way): scan it again.</source>
        <translation>Le badge a été mal lu (une lettre perdue en route)&#x202f;: scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>Unknown badge {code}: nobody was checked in. A badge printed on another computer is known here after the workbook sync; else type the name.</source>
        <translation>Badge inconnu {code}&#x202f;: personne n&apos;a été enregistré. Un badge imprimé sur un autre ordinateur est connu ici après la synchronisation par classeur&#x202f;; sinon, tapez le nom.</translation>
    </message>
    <message>
        <source>This badge was revoked (reported lost): nobody was checked in. Type the name, and print a new badge.</source>
        <translation>Ce badge a été révoqué (signalé perdu)&#x202f;: personne n&apos;a été enregistré. Tapez le nom, et imprimez un nouveau badge.</translation>
    </message>
    <message>
        <source>This badge&apos;s person is no longer in the registry: nobody was checked in.</source>
        <translation>La personne de ce badge n&apos;est plus dans le registre&#x202f;: personne n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{code} is not a badge&apos;s code.</source>
        <translation>{code} n&apos;est pas le code d&apos;un badge.</translation>
    </message>
    <message>
        <source>{key} is not a public key of Registre&apos;s certificates.</source>
        <translation>{key} n&apos;est pas une clé publique des attestations de Registre.</translation>
    </message>
    <message>
        <source>{path} does not hold a certificate signing key.</source>
        <translation>{path} ne contient pas de clé de signature d&apos;attestations.</translation>
    </message>
    <message>
        <source>This is not the code of a certificate.</source>
        <translation>Ce n&apos;est pas le code d&apos;une attestation.</translation>
    </message>
    <message>
        <source>NOT GENUINE: this certificate was changed after it was signed, or was not signed with this organisation&apos;s key.</source>
        <translation>NON AUTHENTIQUE&#x202f;: cette attestation a été modifiée après sa signature, ou n&apos;a pas été signée avec la clé de cette organisation.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Impossible de lire {path}.</translation>
    </message>
</context>
<context>
    <name>DoorMenu</name>
    <message>
        <source>E&amp;xpected list…</source>
        <translation>Liste des a&amp;ttendus…</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>Imprimer les &amp;badges…</translation>
    </message>
    <message>
        <source>Certificates of &amp;participation…</source>
        <translation>Attestations de &amp;participation…</translation>
    </message>
</context>
<context>
    <name>DoorPdf</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DuplicatePairTableModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Left person</source>
        <translation>Personne de gauche</translation>
    </message>
    <message>
        <source>Right person</source>
        <translation>Personne de droite</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>Id&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation>Sexe&#xa0;: {sex}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Birth year: {year}</source>
        <translation>Année de naissance&#xa0;: {year}</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Structure&#xa0;: {organisation}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Courriel&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Attendance rows: {count}</source>
        <translation>Présences&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Cette fiche a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The converted copy {path} failed its check.</source>
        <translation>La copie convertie {path} a échoué à la vérification.</translation>
    </message>
    <message>
        <source>Encryption is not available in this installation (the SQLCipher module is missing).</source>
        <translation>Le chiffrement n&apos;est pas disponible dans cette installation (le module SQLCipher manque).</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nouvelle phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The converted copy {path} does not hold the same rows.</source>
        <translation>La copie convertie {path} ne contient pas les mêmes lignes.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}): this is a bug in Registre. What you saved before is safe. Please report it with the log file {log} (it holds no names or phone numbers).</source>
        <translation>Un problème inattendu est survenu ({kind})&#x202f;: c&apos;est un défaut de Registre. Ce que vous aviez enregistré est en sécurité. Merci de le signaler en joignant le journal {log} (il ne contient ni noms ni numéros de téléphone).</translation>
    </message>
</context>
<context>
    <name>ExpectedListDialog</name>
    <message>
        <source>Expected list — {title}</source>
        <translation>Liste des attendus — {title}</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Remove from the list (Del)</source>
        <translation>&amp;Retirer de la liste (Suppr)</translation>
    </message>
    <message>
        <source>From the re&amp;gistry</source>
        <translation>Depuis le &amp;registre</translation>
    </message>
    <message>
        <source>&amp;Pasted names</source>
        <translation>Noms &amp;collés</translation>
    </message>
    <message>
        <source>From a &amp;sheet</source>
        <translation>Depuis une &amp;feuille</translation>
    </message>
    <message>
        <source>Name, organisation or phone; ↓ to the matches, Space ticks, Enter adds</source>
        <translation>Nom, structure ou téléphone&#x202f;; ↓ vers les résultats, Espace coche, Entrée ajoute</translation>
    </message>
    <message>
        <source>&amp;Add the ticked persons (Enter)</source>
        <translation>&amp;Ajouter les personnes cochées (Entrée)</translation>
    </message>
    <message>
        <source>One name a line (&quot;DIALLO Awa&quot;), or rows copied from a spreadsheet with their header row (Nom, Prénoms, Structure…).</source>
        <translation>Un nom par ligne («&#x202f;DIALLO Awa&#x202f;»), ou des lignes copiées d&apos;un tableur avec leur ligne d&apos;en-tête (Nom, Prénoms, Structure…).</translation>
    </message>
    <message>
        <source>&amp;Read the names (Ctrl+Enter)</source>
        <translation>&amp;Lire les noms (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Path of the partner&apos;s list (.xlsx, .ods, .csv)</source>
        <translation>Chemin de la liste du partenaire (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Read as a sign-in sheet is: the title block, totals and signatories under the table are not persons. Enter reads the file.</source>
        <translation>Lue comme une feuille d&apos;émargement&#x202f;: l&apos;en-tête, les totaux et les signataires sous le tableau ne sont pas des personnes. Entrée lit le fichier.</translation>
    </message>
    <message>
        <source>S&amp;kip the invalid rows</source>
        <translation>I&amp;gnorer les lignes invalides</translation>
    </message>
    <message>
        <source>Add them to the &amp;list (Ctrl+Enter)</source>
        <translation>Les ajouter à la &amp;liste (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>On the list: %n</source>
        <translation>
            <numerusform>Sur la liste&#x202f;: %n</numerusform>
            <numerusform>Sur la liste&#x202f;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the persons to take off the list first.</source>
        <translation>Choisissez d&apos;abord les personnes à retirer de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n persons taken off the list.</source>
        <translation>
            <numerusform>%n personne retirée de la liste.</numerusform>
            <numerusform>%n personnes retirées de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source> (on the list)</source>
        <translation> (sur la liste)</translation>
    </message>
    <message>
        <source>Tick the persons to add (Space), then press Enter.</source>
        <translation>Cochez les personnes à ajouter (Espace), puis appuyez sur Entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n persons added to the list.</source>
        <translation>
            <numerusform>%n personne ajoutée à la liste.</numerusform>
            <numerusform>%n personnes ajoutées à la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner&apos;s list</source>
        <translation>La liste du partenaire</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tableurs ({patterns})</translation>
    </message>
    <message>
        <source>Give the path of the list to read.</source>
        <translation>Indiquez le chemin de la liste à lire.</translation>
    </message>
    <message>
        <source>Reading and matching against the registry…</source>
        <translation>Lecture et rapprochement avec le registre…</translation>
    </message>
    <message numerus="yes">
        <source>%n persons read: {new} new, {known} in the registry, {duplicates} possibly in the registry (tick “same person?” to use them), {invalid} invalid rows; {skipped} lines not persons (titles, totals, signatories).</source>
        <translation>
            <numerusform>%n personne lue&#x202f;: {new} nouvelles, {known} dans le registre, {duplicates} peut-être dans le registre (cochez «&#x202f;même personne&#x202f;?&#x202f;» pour les reprendre), {invalid} lignes invalides&#x202f;; {skipped} lignes qui ne sont pas des personnes (titres, totaux, signataires).</numerusform>
            <numerusform>%n personnes lues&#x202f;: {new} nouvelles, {known} dans le registre, {duplicates} peut-être dans le registre (cochez «&#x202f;même personne&#x202f;?&#x202f;» pour les reprendre), {invalid} lignes invalides&#x202f;; {skipped} lignes qui ne sont pas des personnes (titres, totaux, signataires).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the sheet, or tick “Skip the invalid rows”.</source>
        <translation>Des lignes sont invalides&#x202f;: corrigez la feuille, ou cochez «&#x202f;Ignorer les lignes invalides&#x202f;».</translation>
    </message>
    <message>
        <source>Added to the list: {added} (already on it: {already}); new persons in the registry: {created}; invalid rows skipped: {skipped}.</source>
        <translation>Ajoutés à la liste&#x202f;: {added} (déjà dessus&#x202f;: {already})&#x202f;; nouvelles personnes dans le registre&#x202f;: {created}&#x202f;; lignes invalides ignorées&#x202f;: {skipped}.</translation>
    </message>
    <message>
        <source>The rows read are not on the list yet.</source>
        <translation>Les lignes lues ne sont pas encore sur la liste.</translation>
    </message>
    <message>
        <source>The pasted names are not on the list yet.</source>
        <translation>Les noms collés ne sont pas encore sur la liste.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Fermer quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ExpectedPanel</name>
    <message>
        <source>Show or hide who has not arrived yet</source>
        <translation>Afficher ou masquer qui n&apos;est pas encore arrivé</translation>
    </message>
    <message>
        <source>F8: hide the lists</source>
        <translation>F8&#x202f;: masquer les listes</translation>
    </message>
    <message>
        <source>F8: who has not arrived yet</source>
        <translation>F8&#x202f;: qui n&apos;est pas encore arrivé</translation>
    </message>
    <message>
        <source>Expected {expected} · arrived {arrived} · not yet {not_yet}</source>
        <translation>Attendus {expected} · arrivés {arrived} · pas encore {not_yet}</translation>
    </message>
    <message>
        <source> · not invited {count}</source>
        <translation> · non invités {count}</translation>
    </message>
    <message numerus="yes">
        <source>Not arrived yet: %n</source>
        <translation>
            <numerusform>Pas encore arrivé&#x202f;: %n</numerusform>
            <numerusform>Pas encore arrivés&#x202f;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not invited: %n</source>
        <translation>
            <numerusform>Non invité&#x202f;: %n</numerusform>
            <numerusform>Non invités&#x202f;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Enter or double click: open the person (or the head counts). Click a column header to sort. F5: count again.</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir la fiche de la personne (ou les effectifs). Cliquez sur un en-tête de colonne pour trier. F5&#xa0;: compter à nouveau.</translation>
    </message>
    <message>
        <source>Each person is shown by their pseudonym, the same as in the pseudonymised export: your account sees no names. Enter or double click on a head count: open it. Click a column header to sort. F5: count again.</source>
        <translation>Chaque personne est désignée par son pseudonyme, le même que dans l’export pseudonymisé&#x202f;: votre compte ne voit aucun nom. Entrée ou double-clic sur des effectifs&#x202f;: les ouvrir. Cliquez sur un en-tête de colonne pour trier. F5&#x202f;: compter à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{count}: {total}</source>
        <translation>{count}&#xa0;: {total}</translation>
    </message>
    <message>
        <source>activity “{title}”, {date}</source>
        <translation>activité «&#xa0;{title}&#xa0;», {date}</translation>
    </message>
    <message>
        <source>activities from {start} to {end}</source>
        <translation>activités du {start} au {end}</translation>
    </message>
    <message>
        <source>activities of {dates}</source>
        <translation>activités du {dates}</translation>
    </message>
    <message>
        <source>{count}: {total} — {where}</source>
        <translation>{count}&#xa0;: {total} — {where}</translation>
    </message>
    <message>
        <source>Total: {total} ({persons} from the persons listed, {unnamed} from head counts)</source>
        <translation>Total&#xa0;: {total} ({persons} par les personnes de la liste, {unnamed} par les effectifs)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for HQ</source>
        <translation>Export pour le siège</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>C&amp;lasseur&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Full (for HQ)</source>
        <translation>&amp;Complet (pour le siège)</translation>
    </message>
    <message>
        <source>&amp;Pseudonymised (to share beyond HQ)</source>
        <translation>&amp;Pseudonymisé (à partager au-delà du siège)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>No export yet: the workbook will hold every record.</source>
        <translation>Aucun export pour l&apos;instant&#xa0;: le classeur contiendra toutes les fiches.</translation>
    </message>
    <message>
        <source>Last export: {date} (UTC).</source>
        <translation>Dernier export&#xa0;: {date} (UTC).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last export</source>
        <translation>Seulement ce qui a changé depuis le &amp;dernier export</translation>
    </message>
    <message>
        <source>&amp;Everything (full export)</source>
        <translation>&amp;Tout (export complet)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pro&amp;tect the workbook with a password</source>
        <translation>Pr&amp;otéger le classeur par un mot de passe</translation>
    </message>
    <message>
        <source>Passwo&amp;rd:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Same password &amp;again:</source>
        <translation>Même mot de passe, à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for it to open the workbook, and so does the import. Send it by another way than the workbook: a phone call, not the same e-mail.</source>
        <translation>Excel et LibreOffice le demandent pour ouvrir le classeur, l&apos;import aussi. Transmettez-le par un autre moyen que le classeur&#xa0;: un appel téléphonique, pas le même courriel.</translation>
    </message>
    <message>
        <source>No names, phone numbers or e-mails: pseudonyms and age bands instead, every record. Pseudonymised is not anonymous: share the smallest extract that serves.</source>
        <translation>Ni noms, ni téléphones, ni courriels&#xa0;: des pseudonymes et des tranches d&apos;âge à la place, pour tous les enregistrements. Pseudonymisé n&apos;est pas anonyme&#xa0;: partagez le plus petit extrait qui suffit.</translation>
    </message>
    <message>
        <source>Every field, for HQ&apos;s registry: HQ imports it with File ▸ Import workbooks.</source>
        <translation>Tous les champs, pour le registre du siège&#xa0;: le siège l&apos;importe par Fichier ▸ Importer des classeurs.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>Choisissez où écrire le classeur.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pseudonymised records written to {file}.</source>
        <translation>
            <numerusform>%Ln enregistrement pseudonymisé écrit dans {file}.</numerusform>
            <numerusform>%Ln enregistrements pseudonymisés écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written to {file}.</source>
        <translation>
            <numerusform>%Ln fiche écrite dans {file}.</numerusform>
            <numerusform>%Ln fiches écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens with its password only.</source>
        <translation>Il ne s&apos;ouvre qu&apos;avec son mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of signed sheets written to {file}: send it with the workbook.</source>
        <translation>
            <numerusform>%Ln photo de feuille signée écrite dans {file}&#x202f;: envoyez-le avec le classeur.</numerusform>
            <numerusform>%Ln photos de feuilles signées écrites dans {file}&#x202f;: envoyez-le avec le classeur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of signed sheets did not travel: a protected workbook leaves them out. Export without a password to send them.</source>
        <translation>
            <numerusform>%Ln photo de feuille signée n&apos;est pas partie&#x202f;: un classeur protégé les laisse de côté. Exportez sans mot de passe pour les envoyer.</numerusform>
            <numerusform>%Ln photos de feuilles signées ne sont pas parties&#x202f;: un classeur protégé les laisse de côté. Exportez sans mot de passe pour les envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records were not sent: HQ&apos;s import would refuse them as they are. Correct them and export again; they wait until then.</source>
        <translation>
            <numerusform>%Ln fiche n&apos;a pas été envoyée&#x202f;: l&apos;import du siège la refuserait en l&apos;état. Corrigez-la et exportez de nouveau&#x202f;; elle attend jusque-là.</numerusform>
            <numerusform>%Ln fiches n&apos;ont pas été envoyées&#x202f;: l&apos;import du siège les refuserait en l&apos;état. Corrigez-les et exportez de nouveau&#x202f;; elles attendent jusque-là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Choose the activity and the file (.xlsx, .xls, .ods or .csv).</source>
        <translation>Choisissez l&apos;activité et le fichier (.xlsx, .xls, .ods ou .csv).</translation>
    </message>
    <message>
        <source>{title} ({start})</source>
        <translation>{title} ({start})</translation>
    </message>
    <message>
        <source>Path of the sign-in sheet</source>
        <translation>Chemin de la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Classeurs ({patterns})</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheets,</source>
        <translation>
            <numerusform>%Ln feuille,</numerusform>
            <numerusform>%Ln feuilles,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read.</source>
        <translation>
            <numerusform>%Ln ligne lue.</numerusform>
            <numerusform>%Ln lignes lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>From {site} {name}, exported {when} ({mode}).</source>
        <translation>De {site} {name}, exporté le {when} ({mode}).</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changements</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Already imported on {date}.</source>
        <translation>Déjà importé le {date}.</translation>
    </message>
    <message>
        <source>Deletes {what}.</source>
        <translation>Supprime {what}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of signed sheets kept beside their activity.</source>
        <translation>
            <numerusform>%Ln photo de feuille signée gardée avec son activité.</numerusform>
            <numerusform>%Ln photos de feuilles signées gardées avec leur activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows (not imported):</source>
        <translation>Lignes invalides (non importées)&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Registre is not allowed to use {path}.</source>
        <translation>Registre n&apos;a pas le droit d&apos;utiliser {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>A part of {path} is a file, not a folder.</source>
        <translation>Une partie du chemin {path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} se trouve sur un disque en lecture seule.</translation>
    </message>
    <message>
        <source>The name {path} is too long.</source>
        <translation>Le nom {path} est trop long.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used ({reason}).</source>
        <translation>Le fichier {path} ne peut pas être utilisé ({reason}).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>A file cannot be used ({reason}).</source>
        <translation>Un fichier ne peut pas être utilisé ({reason}).</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Head count #{id}</source>
        <translation>Effectif n°{id}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Registre</source>
        <translation>Bienvenue dans Registre</translation>
    </message>
    <message>
        <source>This installation records the activities of one office. Which office is it? The code travels with every record you create and cannot be changed later.</source>
        <translation>Cette installation enregistre les activités d&apos;un bureau. Lequel&#x202f;? Le code accompagne chaque fiche que vous créez et ne pourra plus être changé.</translation>
    </message>
    <message>
        <source>e.g. NE-NIA</source>
        <translation>p. ex. NE-NIA</translation>
    </message>
    <message>
        <source>e.g. Niamey office</source>
        <translation>p. ex. Bureau de Niamey</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Code du site&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add the demo activities of a field newsletter, to try the program</source>
        <translation>&amp;Ajouter les activités de démonstration d&apos;une lettre d&apos;information, pour essayer le programme</translation>
    </message>
    <message>
        <source>Demo activities</source>
        <translation>Activités de démonstration</translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <source>{text} is not a date: write 2022-07-01 or 01/07/2022.</source>
        <translation>{text} n&apos;est pas une date&#x202f;: écrivez 2022-07-01 ou 01/07/2022.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Tenu par</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Disaggregations</source>
        <translation>Désagrégations</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>2022-07-01</source>
        <translation>01/07/2022</translation>
    </message>
    <message>
        <source>2024-06-30</source>
        <translation>30/06/2024</translation>
    </message>
    <message>
        <source>NE-NIA, ML-BKO</source>
        <translation>NE-NIA, ML-BKO</translation>
    </message>
    <message>
        <source>XOF</source>
        <translation>XOF</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Bailleur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#x202f;:</translation>
    </message>
    <message>
        <source>O&amp;ffices:</source>
        <translation>Bu&amp;reaux&#x202f;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Monnaie&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Add the project</source>
        <translation>&amp;Ajouter le projet</translation>
    </message>
    <message>
        <source>New indicator of the chosen project</source>
        <translation>Nouvel indicateur du projet choisi</translation>
    </message>
    <message>
        <source>% of the days</source>
        <translation>&#x202f;% des jours</translation>
    </message>
    <message>
        <source>kind=training; tag=cohort-2022; role=facilitator; category=media</source>
        <translation>kind=training; tag=cohorte-2022; role=facilitator; category=media</translation>
    </message>
    <message>
        <source>Filters: kind, category, country, office, tag (the activities with any of the tags) and role (whom to count instead of the participants, e.g. role=facilitator). Separate filters with ; and values with a comma.</source>
        <translation>Filtres&#x202f;: kind (type), category (catégorie), country (pays), office (bureau), tag (les activités portant l&apos;une des étiquettes) et role (qui compter à la place des participants, p. ex. role=facilitator). Séparer les filtres par ; et les valeurs par une virgule.</translation>
    </message>
    <message>
        <source>sex, age:UN, office, disability</source>
        <translation>sex, age:UN, office, disability</translation>
    </message>
    <message>
        <source>sex, age:UN, office</source>
        <translation>sex, age:UN, office</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#x202f;:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>M&amp;esure&#x202f;:</translation>
    </message>
    <message>
        <source>Series &amp;attended at least:</source>
        <translation>Série &amp;suivie au moins&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filtres&#x202f;:</translation>
    </message>
    <message>
        <source>Disaggregated &amp;by:</source>
        <translation>Désagrégé &amp;par&#x202f;:</translation>
    </message>
    <message>
        <source>Add the &amp;indicator</source>
        <translation>Ajouter l&apos;&amp;indicateur</translation>
    </message>
    <message>
        <source>Target of the chosen indicator</source>
        <translation>Cible de l&apos;indicateur choisi</translation>
    </message>
    <message>
        <source>2022Q4, 2022, life</source>
        <translation>2022Q4, 2022, life</translation>
    </message>
    <message>
        <source>empty: all offices</source>
        <translation>vide&#x202f;: tous les bureaux</translation>
    </message>
    <message>
        <source>sex=F</source>
        <translation>sex=F</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#x202f;:</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>B&amp;ureau&#x202f;:</translation>
    </message>
    <message>
        <source>For a &amp;value:</source>
        <translation>Pour une &amp;valeur&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#x202f;:</translation>
    </message>
    <message>
        <source>Set the tar&amp;get</source>
        <translation>Fi&amp;xer la cible</translation>
    </message>
    <message>
        <source>Co&amp;py a framework from another project…</source>
        <translation>Co&amp;pier le cadre d&apos;un autre projet…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Indicators of the chosen project</source>
        <translation>Indicateurs du projet choisi</translation>
    </message>
    <message>
        <source>{measure} (at least {percent}% of the days)</source>
        <translation>{measure} (au moins {percent}&#x202f;% des jours)</translation>
    </message>
    <message>
        <source>Project {code} added.</source>
        <translation>Projet {code} ajouté.</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Choisissez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Indicator {code} added.</source>
        <translation>Indicateur {code} ajouté.</translation>
    </message>
    <message>
        <source>Choose a project and one of its indicators first.</source>
        <translation>Choisissez d&apos;abord un projet et l&apos;un de ses indicateurs.</translation>
    </message>
    <message>
        <source>A target is a number, e.g. 600 or 12.5.</source>
        <translation>Une cible est un nombre, par ex. 600 ou 12,5.</translation>
    </message>
    <message>
        <source>Target of {indicator} for {period}: {value}.</source>
        <translation>Cible de {indicator} pour {period}&#x202f;: {value}.</translation>
    </message>
    <message>
        <source>Choose a project, and have another one to copy from.</source>
        <translation>Choisissez un projet, et ayez-en un autre à copier.</translation>
    </message>
    <message>
        <source>Copy a framework</source>
        <translation>Copier un cadre</translation>
    </message>
    <message>
        <source>Copy the indicators and targets of:</source>
        <translation>Copier les indicateurs et les cibles de&#x202f;:</translation>
    </message>
    <message>
        <source>Indicators copied from {source}: {count}.</source>
        <translation>Indicateurs copiés de {source}&#x202f;: {count}.</translation>
    </message>
</context>
<context>
    <name>HeadCountDialog</name>
    <message>
        <source>Delete head count</source>
        <translation>Supprimer l&apos;effectif</translation>
    </message>
    <message>
        <source>Head counts — {title}</source>
        <translation>Effectifs — {title}</translation>
    </message>
    <message>
        <source>The whole activity</source>
        <translation>Toute l&apos;activité</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Total&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Femmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Youth:</source>
        <translation>&amp;Jeunes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{dates}. For events where names are not taken: the attendees counted without a name, for the whole activity or for one day.</source>
        <translation>{dates}. Pour les événements où les noms ne sont pas relevés&#xa0;: les présents comptés sans nom, pour toute l&apos;activité ou pour un jour.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Head count not added: {title}</source>
        <translation>Effectif non ajouté&#x202f;: {title}</translation>
    </message>
    <message>
        <source>This head count is not added yet. Add it?</source>
        <translation>Cet effectif n’est pas encore ajouté. L’ajouter&#x202f;?</translation>
    </message>
</context>
<context>
    <name>HeadCountTableModel</name>
    <message>
        <source>the whole activity</source>
        <translation>toute l&apos;activité</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>History of changes — {name}</source>
        <translation>Historique des modifications — {name}</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#x202f;:</translation>
    </message>
    <message>
        <source>server user or office, e.g. NE-NIA</source>
        <translation>compte du serveur ou bureau, par exemple NE-NIA</translation>
    </message>
    <message>
        <source>e.g. sex</source>
        <translation>par exemple sex</translation>
    </message>
    <message>
        <source>words of the record shown</source>
        <translation>mots de la fiche affichée</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Aff&amp;icher</translation>
    </message>
    <message>
        <source>Read the history again with these filters (F5)</source>
        <translation>Relire l&apos;historique avec ces filtres (F5)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#x202f;:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>C&amp;hamp&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Mots&#x202f;:</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Server user</source>
        <translation>Compte serveur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Write the rows shown to a workbook (Ctrl+E)</source>
        <translation>Écrire les lignes affichées dans un classeur (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown, newest first.</source>
        <translation>
            <numerusform>%n modification affichée, la plus récente en premier.</numerusform>
            <numerusform>%n modifications affichées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n ligne écrite dans {path}.</numerusform>
            <numerusform>%n lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryMenu</name>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import workbooks</source>
        <translation>Importer des classeurs</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln workbooks…</source>
        <translation>
            <numerusform>Lecture de %Ln classeur…</numerusform>
            <numerusform>Lecture de %Ln classeurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>I c&amp;onfirm where these workbooks come from (see the warning above)</source>
        <translation>Je c&amp;onfirme la provenance de ces classeurs (voir l&apos;avertissement ci-dessus)</translation>
    </message>
    <message>
        <source>Also apply these &amp;deletions (see the list above)</source>
        <translation>Appliquer aussi ces &amp;suppressions (voir la liste ci-dessus)</translation>
    </message>
    <message>
        <source>Reading the workbooks…</source>
        <translation>Lecture des classeurs…</translation>
    </message>
    <message>
        <source>Nothing to change: this database already holds all of it.</source>
        <translation>Rien à changer&#xa0;: cette base contient déjà tout.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes to apply. Apply them all, or cancel to change nothing.</source>
        <translation>
            <numerusform>%Ln changement à appliquer. Appliquez-le, ou annulez pour ne rien changer.</numerusform>
            <numerusform>%Ln changements à appliquer. Appliquez-les tous, ou annulez pour ne rien changer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Unique persons</source>
        <translation>Personnes distinctes</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Personnes-jours</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activités tenues</translation>
    </message>
    <message>
        <source>Persons who completed an activity</source>
        <translation>Personnes ayant achevé une activité</translation>
    </message>
    <message>
        <source>Share of women (%)</source>
        <translation>Part des femmes (%)</translation>
    </message>
    <message>
        <source>Share of youth (%)</source>
        <translation>Part des jeunes (%)</translation>
    </message>
    <message>
        <source>Persons who completed a series</source>
        <translation>Personnes ayant suivi une série</translation>
    </message>
    <message>
        <source>There is no measure called {measure}; measures: {all}.</source>
        <translation>Il n&apos;y a pas de mesure {measure}&#x202f;; mesures&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>There is no filter called {key}; filters: {all}.</source>
        <translation>Il n&apos;y a pas de filtre {key}&#x202f;; filtres&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>There is no role called {role}; roles: {all}.</source>
        <translation>Il n&apos;y a pas de rôle {role}&#x202f;; rôles&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>Persons who completed a series: give the share of the series&apos; days they must attend, a percentage from 1 to 100 (for example 75).</source>
        <translation>Personnes ayant suivi une série&#x202f;: indiquez la part des jours de la série à laquelle elles doivent assister, un pourcentage de 1 à 100 (par exemple 75).</translation>
    </message>
    <message>
        <source>A series is the activities of a kind or a tag: give a kind or a tag filter (for example tag=cohort-2022).</source>
        <translation>Une série, ce sont les activités d&apos;un type ou d&apos;une étiquette&#x202f;: indiquez un filtre de type ou d&apos;étiquette (par exemple tag=cohorte-2022).</translation>
    </message>
    <message>
        <source>Activities held are counted whoever came: they take no role filter.</source>
        <translation>Les activités tenues se comptent quels que soient les présents&#x202f;: elles n&apos;acceptent pas de filtre de rôle.</translation>
    </message>
    <message>
        <source>There is no disaggregation called {name}; disaggregations: sex, age:SET (an age band set), category, region, office, disability (when the disability questions are recorded).</source>
        <translation>Il n&apos;y a pas de désagrégation {name}&#x202f;; désagrégations&#x202f;: sex, age:JEU (un jeu de tranches d&apos;âge), category, region, office, disability (quand les questions sur le handicap sont posées).</translation>
    </message>
    <message>
        <source>The disaggregation by disability status is offered once the disability questions are recorded (Settings).</source>
        <translation>La désagrégation par situation de handicap est proposée une fois les questions sur le handicap posées (Paramètres).</translation>
    </message>
    <message>
        <source>There is no age band set {code}; age band sets: {all}.</source>
        <translation>Il n&apos;y a pas de jeu de tranches d&apos;âge {code}&#x202f;; jeux de tranches&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>A share is not disaggregated: it is a part of a whole already. Define the count (unique persons, participations) with its disaggregations instead.</source>
        <translation>Une part ne se désagrège pas&#x202f;: c&apos;est déjà une partie d&apos;un tout. Définissez plutôt le comptage (personnes uniques, participations) avec ses désagrégations.</translation>
    </message>
    <message>
        <source>Activities held can be disaggregated by office only.</source>
        <translation>Les activités tenues ne se désagrègent que par bureau.</translation>
    </message>
    <message>
        <source>{part} is not an age band: write 15-24 or 60+.</source>
        <translation>{part} n&apos;est pas une tranche d&apos;âge&#x202f;: écrivez 15-24 ou 60+.</translation>
    </message>
    <message>
        <source>The age bands must follow one another without overlapping.</source>
        <translation>Les tranches d&apos;âge doivent se suivre sans se chevaucher.</translation>
    </message>
    <message>
        <source>An age band set needs at least one band.</source>
        <translation>Un jeu de tranches d&apos;âge a au moins une tranche.</translation>
    </message>
    <message>
        <source>A currency is a code of three letters (XOF, EUR).</source>
        <translation>Une monnaie est un code de trois lettres (XOF, EUR).</translation>
    </message>
    <message>
        <source>There is no office {office}; offices: {all}.</source>
        <translation>Il n&apos;y a pas de bureau {office}&#x202f;; bureaux&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>There is already a project {code}.</source>
        <translation>Il y a déjà un projet {code}.</translation>
    </message>
    <message>
        <source>There is no project {code}.</source>
        <translation>Il n&apos;y a pas de projet {code}.</translation>
    </message>
    <message>
        <source>The results framework of project {code} is kept by {site}: it is changed there and reaches this office with its export.</source>
        <translation>Le cadre de résultats du projet {code} est tenu par {site}&#x202f;: il se modifie là-bas et arrive dans ce bureau avec son export.</translation>
    </message>
    <message>
        <source>There is already an age band set {code}.</source>
        <translation>Il y a déjà un jeu de tranches d&apos;âge {code}.</translation>
    </message>
    <message>
        <source>Project {project} already has an indicator {code}.</source>
        <translation>Le projet {project} a déjà un indicateur {code}.</translation>
    </message>
    <message>
        <source>Project {project} has no indicator {code}.</source>
        <translation>Le projet {project} n&apos;a pas d&apos;indicateur {code}.</translation>
    </message>
    <message>
        <source>A target is a number, zero or more.</source>
        <translation>Une cible est un nombre, zéro ou plus.</translation>
    </message>
    <message>
        <source>A share&apos;s target is at most 100%.</source>
        <translation>La cible d&apos;une part est d&apos;au plus 100&#x202f;%.</translation>
    </message>
    <message>
        <source>Project {project} has no office {office}; its offices: {all}.</source>
        <translation>Le projet {project} n&apos;a pas de bureau {office}&#x202f;; ses bureaux&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>A target&apos;s disaggregation is written DISAGGREGATION=VALUE (sex=F) with one of the indicator&apos;s disaggregations: {all}.</source>
        <translation>La désagrégation d&apos;une cible s&apos;écrit DÉSAGRÉGATION=VALEUR (sex=F) avec l&apos;une des désagrégations de l&apos;indicateur&#x202f;: {all}.</translation>
    </message>
    <message>
        <source>{text} is not a period: write a quarter (2022Q4), a month (2022-03), a year (2022) or life (the whole project).</source>
        <translation>{text} n&apos;est pas une période&#x202f;: écrivez un trimestre (2022Q4), un mois (2022-03), une année (2022) ou life (tout le projet).</translation>
    </message>
</context>
<context>
    <name>IndicatorsMenu</name>
    <message>
        <source>Projects and &amp;indicators</source>
        <translation>Projets et &amp;indicateurs</translation>
    </message>
    <message>
        <source>Pro&amp;gress of the indicators</source>
        <translation>Avancement des indi&amp;cateurs</translation>
    </message>
    <message>
        <source>Progress of the &amp;indicators</source>
        <translation>Avancement des &amp;indicateurs</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This database is already open in Registre on the computer {host} (process {pid}). Close Registre there first, then try again.</source>
        <translation>Cette base est déjà ouverte dans Registre sur l&apos;ordinateur {host} (processus {pid}). Fermez d&apos;abord Registre sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Registre cannot create the lock file {path}: check that the folder can be written.</source>
        <translation>Registre ne peut pas créer le fichier de verrou {path}&#xa0;: vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Base déjà ouverte</translation>
    </message>
    <message>
        <source>If Registre is no longer running on that computer (after a power cut), you may take over the database.</source>
        <translation>Si Registre ne fonctionne plus sur cet ordinateur (après une coupure de courant), vous pouvez reprendre la base.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre la base</translation>
    </message>
    <message>
        <source>Registre cannot open the database</source>
        <translation>Registre ne peut pas ouvrir la base</translation>
    </message>
</context>
<context>
    <name>LikelyDuplicates</name>
    <message>
        <source>Already in the registry? These persons may be the same one; Tools ▸ Duplicate persons… merges them.</source>
        <translation>Déjà dans le registre&#x202f;? Ces personnes sont peut-être la même&#x202f;; Outils ▸ Doublons de personnes… les fusionne.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Registre — {site} — {location}</source>
        <translation>Registre — {site} — {location}</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Site: {code}</source>
        <translation>Site&#xa0;: {code}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Server database: {location}</source>
        <translation>Base sur le serveur&#xa0;: {location}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;About Registre</source>
        <translation>À &amp;propos de Registre</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Registre {version}&lt;/h3&gt;&lt;p&gt;Offline register of activities and attendance for field offices, synced with headquarters through Excel workbooks.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;br&gt;Site: {site}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registre {version}&lt;/h3&gt;&lt;p&gt;Registre hors ligne des activités et des présences pour les bureaux de terrain, synchronisé avec le siège par des classeurs Excel.&lt;/p&gt;&lt;p&gt;Base&#xa0;: {path}&lt;br&gt;Site&#xa0;: {site}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Registre</source>
        <translation>À propos de Registre</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Check the field of each column. A mapping you correct is remembered for the next sheet with the same headers.</source>
        <translation>Vérifiez le champ de chaque colonne. Une correspondance corrigée est retenue pour la prochaine feuille aux mêmes en-têtes.</translation>
    </message>
    <message>
        <source>&amp;Import this sheet</source>
        <translation>&amp;Importer cette feuille</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d&apos;&amp;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>From the day columns or the sheet&apos;s name</source>
        <translation>D&apos;après les colonnes de jours ou le nom de la feuille</translation>
    </message>
    <message>
        <source>Day {n}: {date}</source>
        <translation>Jour {n}&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>NewPersonPanel</name>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>F (woman)</source>
        <translation>F (femme)</translation>
    </message>
    <message>
        <source>M (man)</source>
        <translation>M (homme)</translation>
    </message>
    <message>
        <source>Already in the registry? Up/Down picks, Enter checks in that person; Ctrl+Enter creates a new person anyway.</source>
        <translation>Déjà dans le registre&#x202f;? Haut/Bas choisit, Entrée fait émarger cette personne&#x202f;; Ctrl+Entrée crée quand même une nouvelle personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New person&lt;/b&gt; — Enter: check in · Esc: back to the search</source>
        <translation>&lt;b&gt;Nouvelle personne&lt;/b&gt; — Entrée&#xa0;: émarger · Échap&#xa0;: retour à la recherche</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>Born or a&amp;ge:</source>
        <translation>Naissance ou â&amp;ge&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;éléphone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Name or acronym, then Enter (a new name is created)</source>
        <translation>Nom ou sigle, puis Entrée (un nouveau nom est créé)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete removes the selected partner</source>
        <translation>Suppr retire le partenaire choisi</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nouveau)</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Too short: at least 8 characters.</source>
        <translation>Trop courte&#xa0;: au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: a sentence of four or more words.</source>
        <translation>Passable. Plus elle est longue, plus elle est sûre&#xa0;: une phrase de quatre mots ou plus.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Type the new one twice.</source>
        <translation>Saisissez la nouvelle deux fois.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
</context>
<context>
    <name>PayeeDialog</name>
    <message>
        <source>How {name} is paid</source>
        <translation>Paiement de {name}</translation>
    </message>
    <message>
        <source>&amp;Resident (no travel)</source>
        <translation>&amp;Résident (sans déplacement)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Mode&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#x202f;:</translation>
    </message>
    <message>
        <source>Origin &amp;zone:</source>
        <translation>&amp;Zone d&apos;origine&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Adjustment:</source>
        <translation>&amp;Ajustement&#x202f;:</translation>
    </message>
    <message>
        <source>Reason for the a&amp;djustment:</source>
        <translation>Moti&amp;f de l&apos;ajustement&#x202f;:</translation>
    </message>
</context>
<context>
    <name>PaymentLinesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>Per diem</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>This activity has no payment rules yet: set them first.</source>
        <translation>Cette activité n&apos;a pas encore de règles de paiement&#x202f;: fixez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This activity&apos;s payment list is already approved.</source>
        <translation>L&apos;état de paiement de cette activité est déjà approuvé.</translation>
    </message>
    <message>
        <source>Paid without a signature</source>
        <translation>Payés sans signature</translation>
    </message>
    <message>
        <source>One number for several persons</source>
        <translation>Un numéro pour plusieurs personnes</translation>
    </message>
    <message>
        <source>Paid by two activities on the same day</source>
        <translation>Payés par deux activités le même jour</translation>
    </message>
    <message>
        <source>Amounts that differ from the rules</source>
        <translation>Montants différents des règles</translation>
    </message>
    <message>
        <source>Missing or malformed numbers</source>
        <translation>Numéros manquants ou erronés</translation>
    </message>
    <message>
        <source>Transport zone missing</source>
        <translation>Zone de transport manquante</translation>
    </message>
    <message>
        <source>Paid days without a daily rate</source>
        <translation>Jours payés sans taux journalier</translation>
    </message>
    <message>
        <source>Unknown operator columns {unknown}: use {fields}.</source>
        <translation>Colonnes d&apos;opérateur inconnues {unknown}&#x202f;: utilisez {fields}.</translation>
    </message>
</context>
<context>
    <name>PaymentsMenu</name>
    <message>
        <source>Pa&amp;yments by project…</source>
        <translation>Paie&amp;ments par projet…</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Pay t&amp;his day without a signature…</source>
        <translation>Payer ce jour sans signat&amp;ure…</translation>
    </message>
    <message>
        <source>Presences &amp;not signed (not paid):</source>
        <translation>Présences &amp;non signées (non payées)&#x202f;:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>List</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Workbook…</source>
        <translation>&amp;Classeur…</translation>
    </message>
    <message>
        <source>Operator &amp;CSV…</source>
        <translation>CSV de l&apos;opéra&amp;teur…</translation>
    </message>
    <message>
        <source>{persons} payees, {days} days paid; total {total} {currency}: {words}</source>
        <translation>{persons} bénéficiaires, {days} jours payés&#x202f;; total {total} {currency}&#x202f;: {words}</translation>
    </message>
    <message>
        <source>Draft: computed from the signed presences, not approved yet.</source>
        <translation>Brouillon&#x202f;: calculé d&apos;après les présences signées, pas encore approuvé.</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}: frozen.</source>
        <translation>Approuvé par {name} le {date}&#x202f;: figé.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the attendance since approval, not applied: see Controls.</source>
        <translation>
            <numerusform>%n modification des présences depuis l&apos;approbation, non appliquée&#x202f;: voir Contrôles.</numerusform>
            <numerusform>%n modifications des présences depuis l&apos;approbation, non appliquées&#x202f;: voir Contrôles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the approved list not received yet: its totals are incomplete.</source>
        <translation>
            <numerusform>%n partie de l&apos;état approuvé pas encore reçue&#x202f;: ses totaux sont incomplets.</numerusform>
            <numerusform>%n parties de l&apos;état approuvé pas encore reçues&#x202f;: ses totaux sont incomplets.</numerusform>
        </translation>
    </message>
    <message>
        <source>no number</source>
        <translation>pas de numéro</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>pas un numéro de mobile</translation>
    </message>
    <message>
        <source>a number of another operator</source>
        <translation>un numéro d&apos;un autre opérateur</translation>
    </message>
    <message>
        <source>Save as a template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Pay a day without a signature</source>
        <translation>Payer un jour sans signature</translation>
    </message>
    <message>
        <source>Reason (kept in the audit):</source>
        <translation>Motif (gardé dans le journal)&#x202f;:</translation>
    </message>
    <message>
        <source>Operator CSV</source>
        <translation>CSV de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur&#x202f;:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Payment list</source>
        <translation>État de paiement</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>F (woman)</source>
        <translation>F (femme)</translation>
    </message>
    <message>
        <source>M (man)</source>
        <translation>M (homme)</translation>
    </message>
    <message>
        <source>when only a band is known, e.g. 18-29</source>
        <translation>quand seule une tranche est connue, p. ex. 18-29</translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted</source>
        <translation>Accepte d&apos;être contacté·&amp;e</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Naissance&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>Tranche d&apos;â&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Catégor&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region or origin:</source>
        <translation>&amp;Région ou origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>Nationa&amp;lité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;éléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Who changed this person, when, and what</source>
        <translation>Qui a modifié cette personne, quand, et quoi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities attended&lt;/b&gt;</source>
        <translation>&lt;b&gt;Activités suivies&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Person — {name}</source>
        <translation>Personne — {name}</translation>
    </message>
    <message>
        <source>This person has changes that are not saved. Save them?</source>
        <translation>Cette personne a des modifications non enregistrées. Les enregistrer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>PersonHistoryModel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours de présence</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Search name, organisation, phone or e-mail; Enter goes to the list</source>
        <translation>Rechercher un nom, une structure, un téléphone ou un courriel&#x202f;; Entrée va à la liste</translation>
    </message>
    <message>
        <source>The first {count} persons found: type more to narrow the search.</source>
        <translation>Les {count} premières personnes trouvées&#xa0;: tapez davantage pour affiner la recherche.</translation>
    </message>
    <message>
        <source>Persons found: {count}</source>
        <translation>Personnes trouvées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation>Supprimer une personne</translation>
    </message>
    <message>
        <source>Delete {name} from the registry? Ctrl+Z undoes it.</source>
        <translation>Supprimer {name} du registre&#x202f;? Ctrl+Z annule la suppression.</translation>
    </message>
</context>
<context>
    <name>PhotoRowsModel</name>
    <message>
        <source>Unsure — Space to settle</source>
        <translation>Incertain — Espace pour trancher</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>%1 (settled by you)</source>
        <translation>%1 (tranché par vous)</translation>
    </message>
    <message>
        <source>%1 (sure at %2 %)</source>
        <translation>%1 (sûr à %2&#x202f;%)</translation>
    </message>
    <message>
        <source>Badge unknown here</source>
        <translation>Badge inconnu ici</translation>
    </message>
    <message>
        <source>Page %1, %2 mm² of ink</source>
        <translation>Page %1, %2 mm² d&apos;encre</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Signature cell</source>
        <translation>Case de signature</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>{count} rows still unsure: say for each whether it is signed.</source>
        <translation>
            <numerusform>{count} ligne encore incertaine&#x202f;: dites si elle est signée.</numerusform>
            <numerusform>{count} lignes encore incertaines&#x202f;: dites pour chacune si elle est signée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The badges of rows {rows} are not known in this database: receive the HQ workbook of the computer that printed the sheet first.</source>
        <translation>Les badges des lignes {rows} sont inconnus dans cette base&#x202f;: recevez d&apos;abord le classeur du siège de l&apos;ordinateur qui a imprimé la feuille.</translation>
    </message>
    <message>
        <source>Reading photos of sign-in sheets needs Registre&apos;s optional part for photos (OpenCV and zxing-cpp), which is not installed on this computer. Install it with: pip install &quot;registre[photos]&quot;, or ask for the installer that includes it.</source>
        <translation>La lecture des photos de feuilles d&apos;émargement demande la partie facultative « photos » de Registre (OpenCV et zxing-cpp), qui n&apos;est pas installée sur cet ordinateur. Installez-la avec&#x202f;: pip install &quot;registre[photos]&quot;, ou demandez l&apos;installateur qui la contient.</translation>
    </message>
    <message>
        <source>{file}: not a photo (JPEG, PNG) nor a scanned PDF.</source>
        <translation>{file}&#x202f;: ni une photo (JPEG, PNG) ni un PDF scanné.</translation>
    </message>
    <message>
        <source>{file}: the file is damaged or not what its name says.</source>
        <translation>{file}&#x202f;: le fichier est abîmé ou n&apos;est pas ce que dit son nom.</translation>
    </message>
    <message>
        <source>{file}: the file is too big to be a photo of a page.</source>
        <translation>{file}&#x202f;: le fichier est trop gros pour être la photo d&apos;une page.</translation>
    </message>
    <message>
        <source>{file}: this PDF holds no scanned page.</source>
        <translation>{file}&#x202f;: ce PDF ne contient aucune page scannée.</translation>
    </message>
    <message>
        <source>{file}: no sign-in sheet printed by Registre in this picture. The black squares in the corners of the page must be in the photo.</source>
        <translation>{file}&#x202f;: pas de feuille d&apos;émargement imprimée par Registre sur cette image. Les carrés noirs des coins de la page doivent être sur la photo.</translation>
    </message>
    <message>
        <source>{file}: neither QR code at the top of the page could be read. Take the photo again, closer, sharp and in good light.</source>
        <translation>{file}&#x202f;: aucun des deux codes QR en haut de la page n&apos;a pu être lu. Reprenez la photo, plus près, nette et bien éclairée.</translation>
    </message>
    <message>
        <source>{file}: part of the table is outside the photo. Take the photo again with the whole page in the frame.</source>
        <translation>{file}&#x202f;: une partie du tableau est hors de la photo. Reprenez la photo avec toute la page dans le cadre.</translation>
    </message>
    <message>
        <source>{file}: this QR code is not one of a Registre sign-in sheet.</source>
        <translation>{file}&#x202f;: ce code QR n&apos;est pas celui d&apos;une feuille d&apos;émargement de Registre.</translation>
    </message>
    <message>
        <source>{file}: this page is from the sheet of another activity.</source>
        <translation>{file}&#x202f;: cette page est celle de la feuille d&apos;une autre activité.</translation>
    </message>
    <message>
        <source>{file}: this page is from the sheet of {printed}, not of {day}.</source>
        <translation>{file}&#x202f;: cette page est celle de la feuille du {printed}, pas du {day}.</translation>
    </message>
    <message>
        <source>{file}: page {page} is already in {other}; this picture is left aside.</source>
        <translation>{file}&#x202f;: la page {page} est déjà dans {other}&#x202f;; cette image est mise de côté.</translation>
    </message>
    <message>
        <source>{file}: the QR code was misread. Take the photo again.</source>
        <translation>{file}&#x202f;: le code QR a été mal lu. Reprenez la photo.</translation>
    </message>
</context>
<context>
    <name>PhotosDialog</name>
    <message>
        <source>Read photos of a sign-in sheet</source>
        <translation>Lire les photos d&apos;une feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Add the photos or scans of the sheet&apos;s pages.</source>
        <translation>Ajoutez les photos ou les scans des pages de la feuille.</translation>
    </message>
    <message>
        <source>Rows written by hand, to be typed at the check-in:</source>
        <translation>Lignes écrites à la main, à saisir à l&apos;accueil&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Write the presences</source>
        <translation>&amp;Écrire les présences</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Photos or scans of the sheet</source>
        <translation>Photos ou scans de la feuille</translation>
    </message>
    <message>
        <source>Photos and scans (%1)</source>
        <translation>Photos et scans (%1)</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>Lecture des photos…</translation>
    </message>
    <message>
        <source>page %1 of %2 (%3)</source>
        <translation>page %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Read: %1.</source>
        <translation>Lu&#x202f;: %1.</translation>
    </message>
    <message>
        <source>No page read.</source>
        <translation>Aucune page lue.</translation>
    </message>
    <message>
        <source>Pages not photographed: %1.</source>
        <translation>Pages non photographiées&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Row %1 (page %2)</source>
        <translation>Ligne %1 (page %2)</translation>
    </message>
    <message>
        <source>Signed: %1 · not signed: %2 · unsure: %3</source>
        <translation>Signé&#x202f;: %1 · non signé&#x202f;: %2 · incertain&#x202f;: %3</translation>
    </message>
    <message>
        <source>Writing the presences…</source>
        <translation>Écriture des présences…</translation>
    </message>
    <message>
        <source>Written. Presences added: %1; marked signed: %2; photos kept: %3.</source>
        <translation>Écrit. Présences ajoutées&#x202f;: %1&#x202f;; marquées signées&#x202f;: %2&#x202f;; photos conservées&#x202f;: %3.</translation>
    </message>
</context>
<context>
    <name>PhotosMenu</name>
    <message>
        <source>Read photos of a sign-in sheet</source>
        <translation>Lire les photos d&apos;une feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Open an activity first, then read its photos.</source>
        <translation>Ouvrez d&apos;abord une activité, puis lisez ses photos.</translation>
    </message>
    <message>
        <source>Read &amp;photos of signed sheets…</source>
        <translation>Lire les &amp;photos de feuilles signées…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing is written yet. Tick “Same person?” for each possible duplicate that is the proposed person; the others become new persons.</source>
        <translation>Rien n&apos;est encore enregistré. Cochez «&#xa0;Même personne&#x202f;?&#xa0;» pour chaque doublon possible qui est bien la personne proposée&#x202f;; les autres deviennent de nouvelles personnes.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>All &amp;duplicates are the proposed persons</source>
        <translation>Tous les &amp;doublons sont les personnes proposées</translation>
    </message>
    <message>
        <source>All duplicates are &amp;new persons</source>
        <translation>Tous les doublons sont de &amp;nouvelles personnes</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Ignorer les lignes invalides</translation>
    </message>
    <message>
        <source>Matching the rows against the registry…</source>
        <translation>Rapprochement des lignes avec le registre…</translation>
    </message>
    <message>
        <source>Ro&amp;ws ({count})</source>
        <translation>&amp;Lignes ({count})</translation>
    </message>
    <message>
        <source>Not &amp;persons ({count})</source>
        <translation>&amp;Autres lignes ({count})</translation>
    </message>
    <message>
        <source>R&amp;oles ({count})</source>
        <translation>&amp;Rôles ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Count the %Ln rows without signature as present</source>
        <translation>
            <numerusform>&amp;Compter présente la ligne sans signature (%Ln)</numerusform>
            <numerusform>&amp;Compter présentes les %Ln lignes sans signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new persons</source>
        <translation>
            <numerusform>%Ln nouvelle personne</numerusform>
            <numerusform>%Ln nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln known persons</source>
        <translation>
            <numerusform>%Ln personne connue</numerusform>
            <numerusform>%Ln personnes connues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicates</source>
        <translation>
            <numerusform>%Ln doublon possible</numerusform>
            <numerusform>%Ln doublons possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid rows</source>
        <translation>
            <numerusform>%Ln ligne invalide</numerusform>
            <numerusform>%Ln lignes invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows:</source>
        <translation>
            <numerusform>%Ln ligne&#xa0;:</numerusform>
            <numerusform>%Ln lignes&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln total rows skipped.</source>
        <translation>
            <numerusform>&#x202f;; %Ln ligne de total ignorée.</numerusform>
            <numerusform>&#x202f;; %Ln lignes de total ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Persons by role: {roles} (team: {team})</source>
        <translation>Personnes par rôle&#xa0;: {roles} (équipe&#xa0;: {team})</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln rows are not persons</source>
        <translation>
            <numerusform>&#x202f;; %Ln ligne n&apos;est pas une personne</numerusform>
            <numerusform>&#x202f;; %Ln lignes ne sont pas des personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln roles to choose</source>
        <translation>
            <numerusform>&#x202f;; %Ln rôle à choisir</numerusform>
            <numerusform>&#x202f;; %Ln rôles à choisir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Give the new passphrase in the terminal or in REGISTRE_NEW_PASSPHRASE.</source>
        <translation>Donnez la nouvelle phrase secrète dans le terminal ou dans REGISTRE_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing changed.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nouvelle phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Give the password in the terminal or in REGISTRE_WORKBOOK_PASSWORD.</source>
        <translation>Donnez le mot de passe dans le terminal ou dans REGISTRE_WORKBOOK_PASSWORD.</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing written.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Give the passphrase in the terminal or in REGISTRE_PASSPHRASE.</source>
        <translation>Donnez la phrase secrète dans le terminal ou dans REGISTRE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>{path} is already protected by a password.</source>
        <translation>{path} est déjà protégé par un mot de passe.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{period}: actual {actual}; no target.</source>
        <translation>{period}&#x202f;: réalisé {actual}&#x202f;; pas de cible.</translation>
    </message>
    <message>
        <source>{period}: actual {actual}, target {target} ({percent} of the target).</source>
        <translation>{period}&#x202f;: réalisé {actual}, cible {target} ({percent} de la cible).</translation>
    </message>
    <message>
        <source>Choose a row of the table: its actual against its target, by period.</source>
        <translation>Choisissez une ligne du tableau&#x202f;: son réalisé face à sa cible, période par période.</translation>
    </message>
</context>
<context>
    <name>ProgressExports</name>
    <message>
        <source>Writing the progress…</source>
        <translation>Écriture de l&apos;avancement…</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>Taux de réalisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disaggregated (Enter on a value: its list)</source>
        <translation>Désagrégé (Entrée sur une valeur&#x202f;: sa liste)</translation>
    </message>
    <message>
        <source>Enter or double click: the persons, head counts or activities behind it</source>
        <translation>Entrée ou double-clic&#x202f;: les personnes, effectifs ou activités qui le composent</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>2022Q4, 2022-03, 2022 or life; empty: the latest year</source>
        <translation>2022Q4, 2022-03, 2022 ou life&#x202f;; vide&#x202f;: la dernière année</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>every figure</source>
        <translation>tous les chiffres</translation>
    </message>
    <message>
        <source>for sharing: small figures as “&lt; 5”</source>
        <translation>pour diffusion&#x202f;: petits chiffres en «&#x202f;&lt; 5&#x202f;»</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojet&#x202f;:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Péri&amp;ode&#x202f;:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>Bu&amp;reau&#x202f;:</translation>
    </message>
    <message>
        <source>Documents &amp;show:</source>
        <translation>Les documents &amp;montrent&#x202f;:</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Show or hide the chart</source>
        <translation>Afficher ou masquer le graphique</translation>
    </message>
    <message>
        <source>each office and all</source>
        <translation>chaque bureau et tous</translation>
    </message>
    <message>
        <source>No project yet: add one under View ▸ Projects and indicators.</source>
        <translation>Pas encore de projet&#x202f;: ajoutez-en un dans Affichage ▸ Projets et indicateurs.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Figures: {count}. Enter on an actual: the persons behind it.</source>
        <translation>Chiffres&#x202f;: {count}. Entrée sur un réalisé&#x202f;: les personnes qui le composent.</translation>
    </message>
    <message>
        <source>Which value?</source>
        <translation>Quelle valeur&#x202f;?</translation>
    </message>
    <message>
        <source>The list behind:</source>
        <translation>La liste derrière&#x202f;:</translation>
    </message>
    <message>
        <source>Show a project&apos;s progress first (Enter).</source>
        <translation>Affichez d&apos;abord l&apos;avancement d&apos;un projet (Entrée).</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the progress</source>
        <translation>Exporter l&apos;avancement</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit&#x202f;: {path}</translation>
    </message>
</context>
<context>
    <name>ProjectField</name>
    <message>
        <source>Choose a project, or type its code</source>
        <translation>Choisissez un projet ou tapez son code</translation>
    </message>
    <message>
        <source>{code} is not a project yet; it is kept as typed. Create it in View ▸ Projects and indicators (Ctrl+Shift+9) to count this activity in its indicators.</source>
        <translation>{code} n&apos;est pas encore un projet&#x202f;; il est gardé tel quel. Créez-le dans Affichage ▸ Projets et indicateurs (Ctrl+Maj+9) pour compter cette activité dans ses indicateurs.</translation>
    </message>
</context>
<context>
    <name>ProtectionDialog</name>
    <message>
        <source>Unencrypted backups left in {folder}: {count}, among them the copy made just now. They expose everything encryption protects: names, phone numbers, affiliations.

Delete them now? Each is overwritten, then removed. Keep them only to store them somewhere safe, then delete them from this computer.</source>
        <translation>Sauvegardes non chiffrées restant dans {folder}&#xa0;: {count}, dont la copie faite à l&apos;instant. Elles exposent tout ce que le chiffrement protège&#xa0;: noms, numéros de téléphone, affiliations.

Les supprimer maintenant&#xa0;? Chacune est écrasée, puis effacée. Ne les gardez que pour les ranger en lieu sûr, puis supprimez-les de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backups in {folder} made before the database was encrypted, and not encrypted: {count}. They expose names, phone numbers and affiliations.

Delete them now? Each is overwritten, then removed.</source>
        <translation>Sauvegardes dans {folder} faites avant le chiffrement de la base, et non chiffrées&#xa0;: {count}. Elles exposent noms, numéros de téléphone et affiliations.

Les supprimer maintenant&#xa0;? Chacune est écrasée, puis effacée.</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>If the passphrase is lost, the data is lost. Nobody can open the database without it: not HQ, not Registre&apos;s developers. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Si la phrase secrète est perdue, les données sont perdues. Personne ne peut ouvrir la base sans elle&#xa0;: ni le siège, ni les développeurs de Registre. Notez-la et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Same passphrase again:</source>
        <translation>&amp;Même phrase secrète, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>I have written the passphrase down and keep it somewhere safe.</source>
        <translation>J&apos;ai noté la phrase secrète et je la garde en lieu sûr.</translation>
    </message>
    <message>
        <source>First, Registre makes a verified copy of the database in {folder}. If anything fails, the database stays as it is.</source>
        <translation>Registre fait d&apos;abord une copie vérifiée de la base dans {folder}. Si quoi que ce soit échoue, la base reste telle quelle.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Encryption makes the database file {name} unreadable without its passphrase: a stolen or lost computer does not expose the persons it holds. Registre asks for the passphrase at each start and never saves it. Its backups are encrypted too.</source>
        <translation>Le chiffrement rend le fichier de base {name} illisible sans sa phrase secrète&#xa0;: un ordinateur volé ou perdu n&apos;expose pas les personnes qu&apos;il contient. Registre demande la phrase secrète à chaque démarrage et ne l&apos;enregistre jamais. Ses sauvegardes sont chiffrées elles aussi.</translation>
    </message>
    <message>
        <source>The database is encrypted again with the new passphrase; the current one no longer opens it. Backups made before keep the passphrase they were made with.</source>
        <translation>La base est chiffrée à nouveau avec la nouvelle phrase secrète&#xa0;; l&apos;actuelle ne l&apos;ouvre plus. Les sauvegardes faites avant gardent la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <source>Without encryption, anyone who can reach this computer&apos;s files can read the database {name} and its backups. Do this only for a good reason, such as handing the database over, and encrypt it again afterwards.</source>
        <translation>Sans chiffrement, quiconque accède aux fichiers de cet ordinateur peut lire la base {name} et ses sauvegardes. Ne le faites que pour une bonne raison, par exemple pour remettre la base à quelqu&apos;un, et chiffrez-la à nouveau ensuite.</translation>
    </message>
    <message>
        <source>This is not the passphrase of the database: nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète de la base&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est la même que l&apos;actuelle.</translation>
    </message>
    <message>
        <source>Tick the box to confirm that the passphrase is kept somewhere safe.</source>
        <translation>Cochez la case pour confirmer que la phrase secrète est gardée en lieu sûr.</translation>
    </message>
    <message>
        <source>Converting the database…</source>
        <translation>Conversion de la base…</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. The conversion needs free space of about twice the database&apos;s size; free some and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été modifié. La conversion demande un espace libre d&apos;environ deux fois la taille de la base&#xa0;; libérez-en et réessayez.</translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation>La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The conversion failed: nothing was changed ({reason}).</source>
        <translation>La conversion a échoué&#xa0;: rien n&apos;a été modifié ({reason}).</translation>
    </message>
    <message>
        <source>The database is now encrypted. The copy made before, {copy}, is not: see below.</source>
        <translation>La base est maintenant chiffrée. La copie faite avant, {copy}, ne l&apos;est pas&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The copy made before, {copy}, opens with the previous passphrase.</source>
        <translation>La phrase secrète est changée. La copie faite avant, {copy}, s&apos;ouvre avec la phrase secrète précédente.</translation>
    </message>
    <message>
        <source>The database is no longer encrypted. The copy made before, {copy}, opens with the passphrase.</source>
        <translation>La base n&apos;est plus chiffrée. La copie faite avant, {copy}, s&apos;ouvre avec la phrase secrète.</translation>
    </message>
    <message>
        <source>Unencrypted backups</source>
        <translation>Sauvegardes non chiffrées</translation>
    </message>
    <message>
        <source>Some backups could not be deleted ({reason}). Delete them by hand.</source>
        <translation>Certaines sauvegardes n&apos;ont pas pu être supprimées ({reason}). Supprimez-les à la main.</translation>
    </message>
</context>
<context>
    <name>ProtectionGroup</name>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Chiffrer…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Remove the encryption…</source>
        <translation>&amp;Retirer le chiffrement…</translation>
    </message>
    <message>
        <source>Delete the unencrypted &amp;backups…</source>
        <translation>S&amp;upprimer les sauvegardes non chiffrées…</translation>
    </message>
    <message>
        <source>The database is on a server: encryption at rest is the server&apos;s (disk encryption), and its backups are made by its administrator.</source>
        <translation>La base est sur un serveur&#xa0;: le chiffrement au repos est celui du serveur (chiffrement du disque), et ses sauvegardes sont faites par son administrateur.</translation>
    </message>
    <message>
        <source>The database is encrypted: it cannot be read without its passphrase, which Registre asks for at each start.</source>
        <translation>La base est chiffrée&#xa0;: elle ne peut pas être lue sans sa phrase secrète, que Registre demande à chaque démarrage.</translation>
    </message>
    <message>
        <source>The database is not encrypted, and encryption is not available in this installation (the SQLCipher module is missing).</source>
        <translation>La base n&apos;est pas chiffrée, et le chiffrement n&apos;est pas disponible dans cette installation (le module SQLCipher manque).</translation>
    </message>
    <message>
        <source>The database is not encrypted: anyone who gets the file (a stolen laptop, a copied backup) can read the names and phone numbers it holds.</source>
        <translation>La base n&apos;est pas chiffrée&#xa0;: quiconque obtient le fichier (un portable volé, une sauvegarde copiée) peut lire les noms et numéros de téléphone qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Not for a database on a server.</source>
        <translation>Pas pour une base sur un serveur.</translation>
    </message>
    <message>
        <source>Backups made before the encryption, not encrypted: {count}.</source>
        <translation>Sauvegardes faites avant le chiffrement, non chiffrées&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#x202f;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{damaged} The latest verified backup is {backup} ({date}, {rows} rows): restore it with `registre --db {path} recover`.</source>
        <translation>{damaged} La dernière sauvegarde vérifiée est {backup} ({date}, {rows} lignes)&#xa0;: restaurez-la avec `registre --db {path} recover`.</translation>
    </message>
    <message>
        <source>There is no verified backup of {path} in {folder} to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde vérifiée de {path} dans {folder} à restaurer.</translation>
    </message>
</context>
<context>
    <name>ReportActivityTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>Personnes-jours</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Enter, Space or double click: the persons behind this count</source>
        <translation>Entrée, Espace ou double-clic&#xa0;: les personnes qui composent ce comptage</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Writing the activity report…</source>
        <translation>Écriture du rapport d&apos;activité…</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>Écriture de la feuille d&apos;émargement…</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Choose an activity in the activity list first.</source>
        <translation>Choisissez d&apos;abord une activité dans la liste des activités.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Period report</source>
        <translation>Rapport sur une &amp;période</translation>
    </message>
    <message>
        <source>Print a &amp;sign-in sheet…</source>
        <translation>Imprimer une feuille d&apos;é&amp;margement…</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>Rapport d&apos;&amp;activité…</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période est avant son début.</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Par catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Head counts (unnamed)</source>
        <translation>Comptages (sans nom)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Export .&amp;xlsx…</source>
        <translation>Exporter en .&amp;xlsx…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export&amp;er en PDF…</translation>
    </message>
    <message>
        <source>Activit&amp;y report (PDF)…</source>
        <translation>Rapport d&apos;acti&amp;vité (PDF)…</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Participants by sex, by month</source>
        <translation>Participants par sexe, par mois</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>Participants par catégorie</translation>
    </message>
    <message>
        <source>Youth share</source>
        <translation>Part des jeunes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>Non jeunes</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Choose an activity in the list first.</source>
        <translation>Choisissez d&apos;abord une activité dans la liste.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Activities: {count}</source>
        <translation>Activités&#xa0;: {count}</translation>
    </message>
    <message>
        <source>unique persons: {count}</source>
        <translation>personnes distinctes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>participations: {count}</source>
        <translation>participations&#xa0;: {count}</translation>
    </message>
    <message>
        <source>women: {count} ({share})</source>
        <translation>femmes&#xa0;: {count} ({share})</translation>
    </message>
    <message>
        <source>men: {count}</source>
        <translation>hommes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>sex not stated: {count}</source>
        <translation>sexe non précisé&#xa0;: {count}</translation>
    </message>
    <message>
        <source>youth (under {age}): {count} ({share})</source>
        <translation>jeunes (moins de {age} ans)&#xa0;: {count} ({share})</translation>
    </message>
    <message>
        <source>age unknown: {count}</source>
        <translation>âge inconnu&#xa0;: {count}</translation>
    </message>
    <message>
        <source>age from a birth year only: {count}</source>
        <translation>âge d&apos;après la seule année de naissance&#xa0;: {count}</translation>
    </message>
    <message>
        <source>person-days: {count}</source>
        <translation>personnes-jours&#xa0;: {count}</translation>
    </message>
    <message>
        <source>completed: {count}</source>
        <translation>assiduité atteinte&#x202f;: {count}</translation>
    </message>
    <message>
        <source>team: {count}</source>
        <translation>équipe d&apos;animation&#xa0;: {count}</translation>
    </message>
    <message>
        <source>head counts: {count}</source>
        <translation>effectifs&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write the PDF file {path}.</source>
        <translation>Impossible d&apos;écrire le fichier PDF {path}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and {max}.</source>
        <translation>Le nombre de lignes vides doit être compris entre 0 et {max}.</translation>
    </message>
    <message>
        <source>There is no activity with the number {id}.</source>
        <translation>Il n&apos;y a pas d&apos;activité portant le numéro {id}.</translation>
    </message>
    <message>
        <source>{day} is not a day of this activity ({start} to {end}).</source>
        <translation>{day} n&apos;est pas un jour de cette activité ({start} au {end}).</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Another program is reading the database {path}: values erased by an earlier purge may still be in the file. Close it, then run the purge again.</source>
        <translation>Un autre programme lit la base {path}&#x202f;: des valeurs effacées par une purge précédente sont peut-être encore dans le fichier. Fermez-le, puis relancez la purge.</translation>
    </message>
    <message>
        <source>Another program is reading the database {path} (another Registre window, a backup, a spreadsheet): while it does, erased values cannot leave the file. Nothing was erased: close it, then run the purge again.</source>
        <translation>Un autre programme lit la base {path} (une autre fenêtre de Registre, une sauvegarde, un tableur)&#x202f;: tant qu&apos;il la lit, les valeurs effacées ne peuvent pas quitter le fichier. Rien n&apos;a été effacé&#x202f;: fermez-le, puis relancez la purge.</translation>
    </message>
    <message>
        <source>The persons are erased from the records, but some of their old values are still in the database file {path}: another program began reading it meanwhile. Close it, then run the purge again to remove them from the file.</source>
        <translation>Les personnes sont effacées des fiches, mais certaines de leurs anciennes valeurs sont encore dans le fichier de la base {path}&#x202f;: un autre programme a commencé à le lire entre-temps. Fermez-le, puis relancez la purge pour les retirer du fichier.</translation>
    </message>
    <message>
        <source>The retention period must be at least one year.</source>
        <translation>La durée de conservation doit être d&apos;au moins un an.</translation>
    </message>
    <message>
        <source>The retention period must be at most {years} years.</source>
        <translation>La durée de conservation ne peut pas dépasser {years} ans.</translation>
    </message>
</context>
<context>
    <name>RoleChoicesTable</name>
    <message>
        <source>As written</source>
        <translation>Tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Choisir un rôle…</translation>
    </message>
    <message>
        <source>{role} (team)</source>
        <translation>{role} (équipe)</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>C&amp;opy the template</source>
        <translation>C&amp;opier le modèle</translation>
    </message>
    <message>
        <source>Save as a te&amp;mplate…</source>
        <translation>Enre&amp;gistrer comme modèle…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n francs</source>
        <translation>
            <numerusform>%n franc</numerusform>
            <numerusform>%n francs</numerusform>
        </translation>
    </message>
    <message>
        <source>paid at its own rates</source>
        <translation>payée à ses propres taux</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non payée</translation>
    </message>
    <message>
        <source>Role or category</source>
        <translation>Rôle ou catégorie</translation>
    </message>
    <message>
        <source>Residents, a day</source>
        <translation>Résidents, par jour</translation>
    </message>
    <message>
        <source>Non-residents</source>
        <translation>Non-résidents</translation>
    </message>
    <message>
        <source>Participants: {category}</source>
        <translation>Participants&#x202f;: {category}</translation>
    </message>
    <message>
        <source>flat amount</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>by origin zone</source>
        <translation>selon la zone d&apos;origine</translation>
    </message>
    <message>
        <source>per paid day</source>
        <translation>par jour payé</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>Niamey = 0
Tillabéri = 15000</source>
        <translation>Niamey = 0
Tillabéri = 15000</translation>
    </message>
    <message>
        <source>kit = 5000
communication = 2000</source>
        <translation>kit = 5000
communication = 2000</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle&#x202f;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Rounding:</source>
        <translation>A&amp;rrondi&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#x202f;:</translation>
    </message>
    <message>
        <source>Per &amp;diem:</source>
        <translation>Per &amp;diem&#x202f;:</translation>
    </message>
    <message>
        <source>Tra&amp;nsport:</source>
        <translation>Tra&amp;nsport&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Zones:</source>
        <translation>&amp;Zones&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Lump sums:</source>
        <translation>&amp;Forfaits&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server database</source>
        <translation>Se connecter à une base sur un serveur</translation>
    </message>
    <message>
        <source>e.g. registre.hq.example.org</source>
        <translation>p. ex. registre.siege.example.org</translation>
    </message>
    <message>
        <source>e.g. registre</source>
        <translation>p. ex. registre</translation>
    </message>
    <message>
        <source>Encrypted &amp;connection (TLS, required)</source>
        <translation>&amp;Connexion chiffrée (TLS, exigée)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never saved: Registre asks for it at each start. A ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows) or the PGPASSWORD variable can give it instead. An empty database is prepared at the first connection.</source>
        <translation>Le mot de passe n&apos;est jamais enregistré&#xa0;: Registre le demande à chaque démarrage. Un fichier ~/.pgpass (%APPDATA%\postgresql\pgpass.conf sous Windows) ou la variable PGPASSWORD peuvent le fournir à la place. Une base vide est préparée à la première connexion.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base de données et l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}). The database is empty: Registre prepares it when you connect.</source>
        <translation>Connecté (PostgreSQL {version}). La base est vide&#xa0;: Registre la prépare à la connexion.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}): a Registre database.</source>
        <translation>Connecté (PostgreSQL {version})&#xa0;: une base Registre.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL {version}), but the database was made by a newer Registre: install the latest version first.</source>
        <translation>Connecté (PostgreSQL {version}), mais la base a été faite par une version plus récente de Registre&#xa0;: installez d&apos;abord la dernière version.</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver database…</source>
        <translation>Se connecter à une base sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Use the &amp;local file</source>
        <translation>Utiliser le fichier &amp;local</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting {name} cannot take the value {value}.</source>
        <translation>Le paramètre {name} ne peut pas prendre la valeur {value}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Ce bureau</translation>
    </message>
    <message>
        <source>The code travels with every record this office creates: it cannot change.</source>
        <translation>Le code accompagne chaque fiche créée par ce bureau&#xa0;: il ne peut pas changer.</translation>
    </message>
    <message>
        <source>Site code:</source>
        <translation>Code du site&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>Site co&amp;untry:</source>
        <translation>P&amp;ays du site&#xa0;:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>pas de logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Nom de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Activities and counting</source>
        <translation>Activités et décomptes</translation>
    </message>
    <message>
        <source>under </source>
        <translation>moins de </translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Default coun&amp;try:</source>
        <translation>Pa&amp;ys par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;city:</source>
        <translation>&amp;Ville par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Youth:</source>
        <translation>&amp;Jeunes&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Ask the &amp;questions on disability</source>
        <translation>Poser les &amp;questions sur le handicap</translation>
    </message>
    <message>
        <source>The Washington Group&apos;s six optional questions in the person form, asked with the person&apos;s consent; indicators can then be disaggregated by disability status. Off, the answers already recorded are kept but shown nowhere.</source>
        <translation>Les six questions facultatives du Groupe de Washington dans la fiche de la personne, posées avec son accord&#x202f;; les indicateurs peuvent alors être désagrégés par situation de handicap. Désactivé, les réponses déjà enregistrées sont gardées mais ne sont affichées nulle part.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation>Sauvegardes &amp;quotidiennes gardées&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups:</source>
        <translation>Sauvegardes &amp;hebdomadaires gardées&#xa0;:</translation>
    </message>
    <message>
        <source>Export for HQ</source>
        <translation>Export pour le siège</translation>
    </message>
    <message>
        <source>&amp;Photos of signed sheets travel to HQ</source>
        <translation>Les &amp;photos des feuilles signées partent au siège</translation>
    </message>
    <message>
        <source>In a file beside the workbook, to send with it. They show names and signatures; never in a pseudonymised export, nor beside a protected workbook.</source>
        <translation>Dans un fichier à côté du classeur, à envoyer avec lui. Elles montrent des noms et des signatures&#x202f;; jamais dans un export pseudonymisé, ni à côté d&apos;un classeur protégé.</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>Logo pour les rapports</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Row number</source>
        <translation>Numéro de ligne</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Full name (family name first)</source>
        <translation>Nom complet (nom d&apos;abord)</translation>
    </message>
    <message>
        <source>Full name (given names first)</source>
        <translation>Nom complet (prénoms d&apos;abord)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Année ou date de naissance</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role (participant, facilitator…)</source>
        <translation>Rôle (participant, animateur…)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Day (signature of that day)</source>
        <translation>Jour (signature de ce jour)</translation>
    </message>
    <message>
        <source>Date of the row&apos;s presence</source>
        <translation>Date de la présence de la ligne</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file {path} is empty: it holds no sheet to import.</source>
        <translation>Le fichier {path} est vide&#xa0;: il ne contient aucune feuille à importer.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet. Registre reads Excel (.xlsx, .xls), LibreOffice (.ods) and CSV (.csv) files.</source>
        <translation>{path} n&apos;est pas un classeur. Registre lit les fichiers Excel (.xlsx, .xls), LibreOffice (.ods) et CSV (.csv).</translation>
    </message>
    <message>
        <source>{path} is protected by a password. Open it in Excel or LibreOffice, save a copy without a password, and import that copy.</source>
        <translation>{path} est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, enregistrez une copie sans mot de passe et importez cette copie.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a spreadsheet ({detail}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{path} ne peut pas être lu comme un classeur ({detail}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau en .xlsx.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée {sheet}.</translation>
    </message>
    <message>
        <source>No header row found in the sheet {sheet}: no row names at least two columns such as Nom, Prénom, Sexe, Structure, Téléphone. Choose the header row yourself.</source>
        <translation>Aucune ligne d&apos;en-tête trouvée dans la feuille {sheet}&#xa0;: aucune ligne ne nomme au moins deux colonnes comme Nom, Prénom, Sexe, Structure, Téléphone. Choisissez vous-même la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no row {row}.</source>
        <translation>La feuille {sheet} n&apos;a pas de ligne {row}.</translation>
    </message>
    <message>
        <source>The columns &quot;{first}&quot; and &quot;{second}&quot; are both mapped to {field}: map one of them to another field or ignore it.</source>
        <translation>Les colonnes «&#xa0;{first}&#xa0;» et «&#xa0;{second}&#xa0;» correspondent toutes deux à {field}&#xa0;: faites correspondre l&apos;une d&apos;elles à un autre champ ou ignorez-la.</translation>
    </message>
    <message>
        <source>No column of the sheet {sheet} is mapped to a name (family name or full name).</source>
        <translation>Aucune colonne de la feuille {sheet} ne correspond à un nom (nom ou nom complet).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a column mapping: write &quot;Header=field&quot;, for example &quot;Tél=phone&quot;.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une correspondance de colonne&#xa0;: écrivez «&#xa0;En-tête=champ&#xa0;», par exemple «&#xa0;Tél=phone&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown field &quot;{name}&quot;. Fields: {known}.</source>
        <translation>Champ inconnu «&#xa0;{name}&#xa0;». Champs&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no column &quot;{header}&quot;.</source>
        <translation>La feuille {sheet} n&apos;a pas de colonne «&#xa0;{header}&#xa0;».</translation>
    </message>
    <message>
        <source>The activity lasts from {start} to {end}: say which day the sheet {sheet} is for.</source>
        <translation>L&apos;activité dure du {start} au {end}&#xa0;: indiquez à quel jour correspond la feuille {sheet}.</translation>
    </message>
    <message>
        <source>{what} stands for {day}, outside the activity ({start} to {end}).</source>
        <translation>{what} correspond au {day}, en dehors de l&apos;activité ({start} au {end}).</translation>
    </message>
    <message>
        <source>The column &quot;{header}&quot; is mapped to a day, but its header is neither a date nor a day number such as J1 or Jour 2.</source>
        <translation>La colonne «&#xa0;{header}&#xa0;» correspond à un jour, mais son en-tête n&apos;est ni une date ni un numéro de jour comme J1 ou Jour 2.</translation>
    </message>
    <message>
        <source>The sheet holds no row to import.</source>
        <translation>La feuille ne contient aucune ligne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows are invalid: correct the sheet, or choose to skip invalid rows. Nothing was imported.</source>
        <translation>
            <numerusform>{count} ligne est invalide&#xa0;: corrigez la feuille ou choisissez d&apos;ignorer les lignes invalides. Rien n&apos;a été importé.</numerusform>
            <numerusform>{count} lignes sont invalides&#xa0;: corrigez la feuille ou choisissez d&apos;ignorer les lignes invalides. Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The column &quot;{header}&quot; gives each row its date, and other columns are days: keep one or the other (map the date column to (ignore), or the day columns).</source>
        <translation>La colonne «&#xa0;{header}&#xa0;» donne sa date à chaque ligne, et d&apos;autres colonnes sont des jours&#xa0;: gardez l&apos;une ou les autres (faites correspondre la colonne de date à (ignorer), ou les colonnes de jours).</translation>
    </message>
    <message numerus="yes">
        <source>Say which role these values stand for: {values} (participant, a team role such as facilitator or expert, or observer). Nothing was imported.</source>
        <translation>
            <numerusform>Indiquez quel rôle désigne cette valeur&#xa0;: {values} (participant, un rôle de l&apos;équipe comme animateur ou expert, ou observateur). Rien n&apos;a été importé.</numerusform>
            <numerusform>Indiquez quel rôle désignent ces valeurs&#xa0;: {values} (participant, un rôle de l&apos;équipe comme animateur ou expert, ou observateur). Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell of the column &quot;{column}&quot; holds {length} characters, more than any value of a person ({limit}): is it the right column?</source>
        <translation>La cellule de la colonne «&#xa0;{column}&#xa0;» contient {length} caractères, plus qu&apos;aucune valeur d&apos;une personne ({limit})&#x202f;: est-ce la bonne colonne&#x202f;?</translation>
    </message>
    <message>
        <source>No name on this row.</source>
        <translation>Pas de nom sur cette ligne.</translation>
    </message>
    <message>
        <source>Category &quot;{value}&quot; not known: left empty.</source>
        <translation>Catégorie «&#xa0;{value}&#xa0;» inconnue&#xa0;: laissée vide.</translation>
    </message>
    <message>
        <source>No day marked: not recorded.</source>
        <translation>Aucun jour coché&#xa0;: non enregistrée.</translation>
    </message>
    <message>
        <source>No date on this row.</source>
        <translation>Pas de date sur cette ligne.</translation>
    </message>
    <message>
        <source>Date &quot;{value}&quot; not understood.</source>
        <translation>Date «&#xa0;{value}&#xa0;» non comprise.</translation>
    </message>
    <message>
        <source>Date {day} is outside the activity ({start} to {end}).</source>
        <translation>La date {day} est en dehors de l&apos;activité ({start} au {end}).</translation>
    </message>
    <message>
        <source>Sex &quot;{value}&quot; not understood (F or M).</source>
        <translation>Sexe «&#xa0;{value}&#xa0;» non compris (F ou M).</translation>
    </message>
    <message>
        <source>Age &quot;{value}&quot; not understood.</source>
        <translation>Âge «&#xa0;{value}&#xa0;» non compris.</translation>
    </message>
    <message>
        <source>Date of birth &quot;{value}&quot; is not between {oldest} and the activity&apos;s start.</source>
        <translation>La date de naissance «&#xa0;{value}&#xa0;» n&apos;est pas entre {oldest} et le début de l&apos;activité.</translation>
    </message>
    <message>
        <source>Date or year of birth &quot;{value}&quot; not understood.</source>
        <translation>Date ou année de naissance «&#xa0;{value}&#xa0;» non comprise.</translation>
    </message>
    <message>
        <source>E-mail &quot;{value}&quot; not understood.</source>
        <translation>Courriel «&#xa0;{value}&#xa0;» non compris.</translation>
    </message>
    <message>
        <source>Phone &quot;{value}&quot; not understood.</source>
        <translation>Téléphone «&#xa0;{value}&#xa0;» non compris.</translation>
    </message>
    <message>
        <source>This activity is cancelled: nobody can attend.</source>
        <translation>Cette activité est annulée&#xa0;: personne ne peut y assister.</translation>
    </message>
    <message>
        <source>Persons by role: {roles} (team: {team}).</source>
        <translation>Personnes par rôle&#xa0;: {roles} (équipe&#xa0;: {team}).</translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet}: {count} rows without signature, counted present.</source>
        <translation>
            <numerusform>Feuille {sheet}&#xa0;: {count} ligne sans signature, comptée présente.</numerusform>
            <numerusform>Feuille {sheet}&#xa0;: {count} lignes sans signature, comptées présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet}: {count} rows without signature, counted absent.</source>
        <translation>
            <numerusform>Feuille {sheet}&#xa0;: {count} ligne sans signature, comptée absente.</numerusform>
            <numerusform>Feuille {sheet}&#xa0;: {count} lignes sans signature, comptées absentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet {sheet}: the signature column is empty on every row (a list typed from paper): every row counted present.</source>
        <translation>Feuille {sheet}&#xa0;: la colonne des signatures est vide sur toutes les lignes (une liste saisie depuis le papier)&#xa0;: chaque ligne est comptée présente.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet {sheet} is a sheet Registre printed: {count} pre-filled rows not signed (absent); rows added by hand count.</source>
        <translation>
            <numerusform>La feuille {sheet} est une feuille imprimée par Registre&#xa0;: {count} ligne pré-remplie non signée (absente)&#x202f;; les lignes ajoutées à la main comptent.</numerusform>
            <numerusform>La feuille {sheet} est une feuille imprimée par Registre&#xa0;: {count} lignes pré-remplies non signées (absentes)&#x202f;; les lignes ajoutées à la main comptent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: {rows}; rows that are not persons, skipped: {skipped} (total rows: {totals}).</source>
        <translation>Lignes lues&#xa0;: {rows}&#x202f;; lignes qui ne sont pas des personnes, écartées&#xa0;: {skipped} (lignes de total&#xa0;: {totals}).</translation>
    </message>
    <message>
        <source>Persons new: {new}; already known: {matched}; possible duplicates to confirm: {duplicates}; invalid rows: {invalid}.</source>
        <translation>Personnes nouvelles&#xa0;: {new}&#x202f;; déjà connues&#xa0;: {matched}&#x202f;; doublons possibles à confirmer&#xa0;: {duplicates}&#x202f;; lignes invalides&#xa0;: {invalid}.</translation>
    </message>
    <message>
        <source>Presences: {presences}; days: {days}.</source>
        <translation>Présences&#xa0;: {presences}&#x202f;; jours&#xa0;: {days}.</translation>
    </message>
    <message>
        <source>Roles to choose: {values}.</source>
        <translation>Rôles à choisir&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>Not a person: sheet {sheet}, row {row}: {reason}: {text}</source>
        <translation>Pas une personne&#xa0;: feuille {sheet}, ligne {row}&#xa0;: {reason}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Imported. Persons created: {created}; existing persons: {matched}; organisations created: {organisations}; attendances added: {added}; marked signed: {signed}; invalid rows skipped: {skipped}.</source>
        <translation>Import terminé. Personnes créées&#xa0;: {created}&#x202f;; personnes existantes&#xa0;: {matched}&#x202f;; structures créées&#xa0;: {organisations}&#x202f;; présences ajoutées&#xa0;: {added}&#x202f;; signatures notées&#xa0;: {signed}&#x202f;; lignes invalides ignorées&#xa0;: {skipped}.</translation>
    </message>
    <message>
        <source>Rows that are not persons, skipped: {skipped}; rows without signature: {unsigned} ({counted}); pre-filled rows not signed: {absent}.</source>
        <translation>Lignes qui ne sont pas des personnes, écartées&#xa0;: {skipped}&#x202f;; lignes sans signature&#xa0;: {unsigned} ({counted})&#x202f;; lignes pré-remplies non signées&#xa0;: {absent}.</translation>
    </message>
    <message>
        <source>counted present</source>
        <translation>comptées présentes</translation>
    </message>
    <message>
        <source>counted absent</source>
        <translation>comptées absentes</translation>
    </message>
    <message>
        <source>Invalid: sheet {sheet}, row {row}: {reason}</source>
        <translation>Invalide&#xa0;: feuille {sheet}, ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is too large to import as a sign-in sheet: once read, its sheet {sheet} would take more than {limit} MB (at least {rows} rows × {columns} columns, {values} cells with a value). Delete what is not part of the list (one value far below or right of it makes the sheet that large), or split the list into several files, and import it again.</source>
        <translation>{path} est trop volumineux pour être importé comme feuille d&apos;émargement&#x202f;: une fois lue, sa feuille {sheet} occuperait plus de {limit}&#xa0;Mo (au moins {rows} lignes × {columns} colonnes, {values} cellules remplies). Supprimez ce qui ne fait pas partie de la liste (une seule valeur loin en dessous ou à droite suffit à agrandir autant la feuille), ou répartissez la liste dans plusieurs fichiers, puis importez-la de nouveau.</translation>
    </message>
    <message>
        <source>{path} would expand to an abnormal size when opened ({part}): it was not opened. Ask for the sheet again, or open it in Excel or LibreOffice and save it again.</source>
        <translation>{path} prendrait une taille anormale une fois décompressé ({part})&#x202f;: il n&apos;a pas été ouvert. Redemandez la feuille, ou ouvrez-la dans Excel ou LibreOffice et enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>{path} contains XML declarations that a spreadsheet never has ({part}): it was not opened.</source>
        <translation>{path} contient des déclarations XML qu&apos;aucun tableur n&apos;écrit ({part})&#x202f;: il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Total row</source>
        <translation>Ligne de total</translation>
    </message>
    <message>
        <source>Summary with numbers</source>
        <translation>Récapitulatif chiffré</translation>
    </message>
    <message>
        <source>Closing formula</source>
        <translation>Formule de clôture</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Cachet</translation>
    </message>
    <message>
        <source>Numbers only</source>
        <translation>Des nombres seulement</translation>
    </message>
    <message>
        <source>The name holds digits</source>
        <translation>Le nom contient des chiffres</translation>
    </message>
    <message>
        <source>A sentence, not a name</source>
        <translation>Une phrase, pas un nom</translation>
    </message>
</context>
<context>
    <name>SheetImportMenu</name>
    <message>
        <source>&amp;Import a sign-in sheet…</source>
        <translation>&amp;Importer une feuille d&apos;émargement…</translation>
    </message>
</context>
<context>
    <name>SheetImportWizard</name>
    <message>
        <source>Import a sign-in sheet</source>
        <translation>Importer une feuille d&apos;émargement</translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>Même personne&#x202f;?</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Known person</source>
        <translation>Personne connue</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>{value}: to choose</source>
        <translation>{value}&#xa0;: à choisir</translation>
    </message>
    <message>
        <source>Same person as row {row}</source>
        <translation>Même personne que la ligne {row}</translation>
    </message>
    <message>
        <source>Pre-filled and not signed: did not come</source>
        <translation>Pré-remplie et non signée&#xa0;: absente</translation>
    </message>
    <message>
        <source>Marked absent</source>
        <translation>Notée absente</translation>
    </message>
    <message>
        <source>Not signed: counted present</source>
        <translation>Non signée&#xa0;: comptée présente</translation>
    </message>
    <message>
        <source>Not signed: counted absent, not recorded</source>
        <translation>Non signée&#xa0;: comptée absente, non enregistrée</translation>
    </message>
    <message>
        <source>{person}: score {score} ({reasons})</source>
        <translation>{person}&#xa0;: score {score} ({reasons})</translation>
    </message>
</context>
<context>
    <name>SigninSheetDialog</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Day {n}: {date}</source>
        <translation>Jour {n}&#xa0;: {date}</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, à imprimer</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), to fill in</source>
        <translation>Classeur Excel (.xlsx), à remplir</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Blank rows:</source>
        <translation>Lignes &amp;vides&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>This database has no site yet: run `registre init --site CODE --name NAME --country CC` (or the first-start setup of the window).</source>
        <translation>Cette base n&apos;a pas encore de site&#xa0;: lancez `registre init --site CODE --name NOM --country PAYS` (ou la configuration du premier démarrage de la fenêtre).</translation>
    </message>
    <message>
        <source>This database already belongs to the site {code} ({name}); it cannot be set up again.</source>
        <translation>Cette base appartient déjà au site {code} ({name})&#x202f;; elle ne peut pas être configurée de nouveau.</translation>
    </message>
</context>
<context>
    <name>SkippedRowsTable</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>A person?</source>
        <translation>Une personne&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Open the local file instead? Registre then opens the local file at each start, until you connect to the server again (File &gt; Connect to a server database…).</source>
        <translation>Ouvrir plutôt le fichier local&#xa0;? Registre ouvrira alors le fichier local à chaque démarrage, jusqu&apos;à ce que vous vous reconnectiez au serveur (Fichier &gt; Se connecter à une base sur un serveur…).</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>This database has no site yet: run the first-start setup.</source>
        <translation>Cette base n&apos;a pas encore de site&#xa0;: lancez la configuration du premier démarrage.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another window or program is writing to it. Close it, or wait a moment and try again.</source>
        <translation>La base {path} est occupée&#xa0;: une autre fenêtre ou un autre programme y écrit. Fermez-le, ou attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: rien n&apos;a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation>La base {path} ne peut pas être modifiée (fichier ou dossier en lecture seule).</translation>
    </message>
    <message>
        <source>{path} is not a Registre database.</source>
        <translation>{path} n&apos;est pas une base Registre.</translation>
    </message>
    <message>
        <source>The database {path} does not exist: nothing was created. Check the path, or make a new database there with `registre --db {path} init`.</source>
        <translation>La base {path} n&apos;existe pas&#x202f;: rien n&apos;a été créé. Vérifiez le chemin, ou créez-y une nouvelle base avec `registre --db {path} init`.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Nothing was changed; restore the latest backup.</source>
        <translation>La base {path} est endommagée. Rien n&apos;a été modifié&#x202f;; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is not a Registre database, or it is an encrypted one: give its passphrase to open it.</source>
        <translation>{path} n&apos;est pas une base Registre, ou c&apos;est une base chiffrée&#xa0;: donnez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This passphrase does not open {path} (or the file is not a Registre database). Check it (capitals, accents) and try again; nothing was changed.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {path} (ou le fichier n&apos;est pas une base Registre). Vérifiez-la (majuscules, accents) et réessayez&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is not encrypted: open it without a passphrase.</source>
        <translation>La base {path} n&apos;est pas chiffrée&#xa0;: ouvrez-la sans phrase secrète.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of Registre (schema {revision}). Install the latest version to open it; the file was left untouched.</source>
        <translation>La base {path} a été créée par une version plus récente de Registre (schéma {revision}). Installez la dernière version pour l&apos;ouvrir&#x202f;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database server of {path} cannot be reached. Check the host name and port, the network, and that the server is running; nothing was changed.</source>
        <translation>Le serveur de base de données de {path} est injoignable. Vérifiez le nom d&apos;hôte et le port, le réseau, et que le serveur fonctionne ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password of {path}. Check them with the server&apos;s administrator.</source>
        <translation>Le serveur de base de données a refusé le nom d&apos;utilisateur ou le mot de passe de {path}. Vérifiez-les avec l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The database of {path} does not exist on the server. Check its name, or ask the server&apos;s administrator to create it.</source>
        <translation>La base de données de {path} n&apos;existe pas sur le serveur. Vérifiez son nom, ou demandez à l&apos;administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <source>The database server does not allow this user to do that in {path}: nothing was changed. Ask the server&apos;s administrator for the rights.</source>
        <translation>Le serveur de base de données n&apos;autorise pas cet utilisateur à faire cela dans {path} : rien n&apos;a été modifié. Demandez les droits à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The connection to the database server of {path} was lost: the last change was not saved. Check the network and try again.</source>
        <translation>La connexion au serveur de base de données de {path} a été perdue : la dernière modification n&apos;a pas été enregistrée. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>This is not a database server address. Write it like postgresql://user@host:5432/registre (the port is a number).</source>
        <translation>Ce n&apos;est pas une adresse de serveur de base de données. Écrivez-la comme postgresql://utilisateur@hôte:5432/registre (le port est un nombre).</translation>
    </message>
    <message>
        <source>This works on a database file only, and {path} is on a database server: its backups and encryption are the server administrator&apos;s (pg_dump).</source>
        <translation>Cela ne fonctionne que sur un fichier de base de données, et {path} est sur un serveur de base de données : ses sauvegardes et son chiffrement relèvent de l&apos;administrateur du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>This activity was changed by someone else since you opened it. Your changes are still in the form: reload to see theirs, then apply yours again.</source>
        <translation>Cette activité a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Vos modifications sont toujours dans le formulaire&#xa0;: rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.</translation>
    </message>
    <message>
        <source>This person was changed by someone else since you opened them. Your changes are still in the form: reload to see theirs, then apply yours again.</source>
        <translation>Cette personne a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Vos modifications sont toujours dans le formulaire&#xa0;: rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.</translation>
    </message>
    <message>
        <source>This organisation was changed by someone else since you opened it. Your changes are still in the form: reload to see theirs, then apply yours again.</source>
        <translation>Cette organisation a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Vos modifications sont toujours dans le formulaire&#xa0;: rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.</translation>
    </message>
    <message>
        <source>This head count was changed by someone else since you opened it. Your changes are still in the form: reload to see theirs, then apply yours again.</source>
        <translation>Cet effectif a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Vos modifications sont toujours dans le formulaire&#xa0;: rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Nothing was saved: reload to see the change, then apply yours again.</source>
        <translation>Cet enregistrement a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Rien n&apos;a été enregistré&#xa0;: rechargez pour voir la modification, puis appliquez à nouveau la vôtre.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{column}: text longer than 32,767 characters.</source>
        <translation>{column}&#xa0;: texte de plus de 32&#x202f;767 caractères.</translation>
    </message>
    <message>
        <source>{column}: contains control characters.</source>
        <translation>{column}&#xa0;: contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>{column}: {value} is not between the years {first} and {last}.</source>
        <translation>{column}&#x202f;: {value} n&apos;est pas entre les années {first} et {last}.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date.</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a date and time.</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a whole number.</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a number.</source>
        <translation>{column}&#x202f;: {value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{column}: {value} is not written as Registre writes it.</source>
        <translation>{column}&#x202f;: {value} n&apos;est pas écrit comme Registre l&apos;écrit.</translation>
    </message>
    <message>
        <source>{column}: {value} holds a tag longer than 40 characters, or one without a letter.</source>
        <translation>{column}&#x202f;: {value} contient une étiquette de plus de 40 caractères, ou sans lettre.</translation>
    </message>
    <message>
        <source>{column}: {value} is not between {low} and {high}.</source>
        <translation>{column}&#x202f;: {value} n&apos;est pas entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a country code.</source>
        <translation>{column}&#x202f;: {value} n&apos;est pas un code de pays.</translation>
    </message>
    <message>
        <source>{column}: {value} is not yes or no.</source>
        <translation>{column}&#xa0;: {value} n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a sex (F, M or empty).</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas un sexe (F, M ou vide).</translation>
    </message>
    <message>
        <source>{column}: unknown value {value}.</source>
        <translation>{column}&#xa0;: valeur inconnue {value}.</translation>
    </message>
    <message>
        <source>{column}: {value} is not a record identifier.</source>
        <translation>{column}&#xa0;: {value} n&apos;est pas un identifiant de fiche.</translation>
    </message>
    <message>
        <source>{column}: longer than {limit} characters.</source>
        <translation>{column}&#x202f;: plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>A text in {sheet} (row {row}, {column}) is longer than the 32,767 characters a spreadsheet cell can hold: shorten it and export again.</source>
        <translation>Un texte de {sheet} (ligne {row}, {column}) dépasse les 32&#x202f;767 caractères qu&apos;une cellule de classeur peut contenir&#xa0;: raccourcissez-le et exportez de nouveau.</translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected).</source>
        <translation>{file} est chiffré (protégé par un mot de passe).</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (was it fully copied?). Ask for it again.</source>
        <translation>{file} est endommagé ou incomplet (a-t-il été copié entièrement&#x202f;?). Demandez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} cannot be read.</source>
        <translation>{file}&#xa0;: la feuille {sheet} ne peut pas être lue.</translation>
    </message>
    <message>
        <source>{file} is not a Registre sync workbook (its manifest sheet is missing or names another format).</source>
        <translation>{file} n&apos;est pas un classeur d&apos;échange Registre (sa feuille de manifeste manque ou indique un autre format).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Registre (format {version}): install the latest version to import it.</source>
        <translation>{file} a été écrit par une version plus récente de Registre (format {version})&#xa0;: installez la dernière version pour l&apos;importer.</translation>
    </message>
    <message>
        <source>{file} has an unknown format version {version}.</source>
        <translation>{file} a une version de format inconnue {version}.</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} ({other}) is missing: it was renamed or deleted after the export. Nothing was imported; ask for a new export.</source>
        <translation>{file}&#x202f;: la feuille {sheet} ({other}) manque&#x202f;: elle a été renommée ou supprimée après l&apos;export. Rien n&apos;a été importé&#x202f;; demandez un nouvel export.</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} holds {found} rows but the manifest says {expected}: rows were added or removed after the export. Nothing was imported; ask for a new export.</source>
        <translation>{file}&#x202f;: la feuille {sheet} compte {found} lignes mais le manifeste en annonce {expected}&#x202f;: des lignes ont été ajoutées ou retirées après l&apos;export. Rien n&apos;a été importé&#x202f;; demandez un nouvel export.</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} has no column {column} ({other}).</source>
        <translation>{file}&#xa0;: la feuille {sheet} n&apos;a pas de colonne {column} ({other}).</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column} est vide.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>More women than the total.</source>
        <translation>Plus de femmes que le total.</translation>
    </message>
    <message>
        <source>More youth than the total.</source>
        <translation>Plus de jeunes que le total.</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected) or an old .xls workbook. Remove the password, or save it as .xlsx, and import it again.</source>
        <translation>{file} est chiffré (protégé par un mot de passe) ou c&apos;est un ancien classeur .xls. Retirez le mot de passe, ou enregistrez-le en .xlsx, et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx).</source>
        <translation>{file} n&apos;est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} would expand to an abnormal size ({part}): it was not opened.</source>
        <translation>{file} atteindrait une taille anormale une fois décompressé ({part})&#xa0;: il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>{file} contains XML declarations that a workbook never has ({part}): it was not opened.</source>
        <translation>{file} contient des déclarations XML qu&apos;un classeur n&apos;a jamais ({part})&#xa0;: il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No workbook to import.</source>
        <translation>Aucun classeur à importer.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>une structure</translation>
    </message>
    <message>
        <source>an activity</source>
        <translation>une activité</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>un projet</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>un indicateur</translation>
    </message>
    <message>
        <source>The same ID and revision appear on row {other} with other values.</source>
        <translation>Le même identifiant et la même révision figurent à la ligne {other} avec d&apos;autres valeurs.</translation>
    </message>
    <message>
        <source>Refers to {what} ({id}) that is neither in the database nor in the workbook.</source>
        <translation>Fait référence à {what} ({id}) qui n&apos;est ni dans la base ni dans le classeur.</translation>
    </message>
    <message>
        <source>This person is already recorded at this activity on this day (ID {id}).</source>
        <translation>Cette personne est déjà enregistrée à cette activité ce jour-là (identifiant {id}).</translation>
    </message>
    <message>
        <source>Keep either local or incoming, not {keep}.</source>
        <translation>Gardez soit local soit incoming, pas {keep}.</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Il n&apos;y a pas de conflit {id}.</translation>
    </message>
    <message>
        <source>The conflict {id} was already resolved.</source>
        <translation>Le conflit {id} a déjà été résolu.</translation>
    </message>
    <message>
        <source>The record of conflict {id} no longer exists.</source>
        <translation>La fiche du conflit {id} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{count} of the {live} organisations held here</source>
        <translation>{count} des {live} structures de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} activities held here</source>
        <translation>{count} des {live} activités de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} persons held here</source>
        <translation>{count} des {live} personnes de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} attendance rows held here</source>
        <translation>{count} des {live} présences de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} head counts held here</source>
        <translation>{count} des {live} effectifs de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} persons of expected lists held here</source>
        <translation>{count} des {live} personnes des listes d&apos;attendus de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} badges held here</source>
        <translation>{count} des {live} badges de cette base</translation>
    </message>
    <message>
        <source>{count} of the {live} projects held here</source>
        <translation>{count} des {live} projets tenus ici</translation>
    </message>
    <message>
        <source>{count} of the {live} age band sets held here</source>
        <translation>{count} des {live} jeux de tranches d&apos;âge tenus ici</translation>
    </message>
    <message>
        <source>{count} of the {live} indicators held here</source>
        <translation>{count} des {live} indicateurs tenus ici</translation>
    </message>
    <message>
        <source>{count} of the {live} targets held here</source>
        <translation>{count} des {live} cibles tenues ici</translation>
    </message>
    <message>
        <source>{count} of the {live} payment lists held here</source>
        <translation>{count} des {live} états de paiement présents ici</translation>
    </message>
    <message>
        <source>{file} says it comes from this database&apos;s own site {site}: one of its own workbooks coming back, or a workbook claiming to be this site.</source>
        <translation>{file} dit venir du site de cette base, {site}&#x202f;: un de ses propres classeurs qui revient, ou un classeur qui se fait passer pour ce site.</translation>
    </message>
    <message>
        <source>{file} says it comes from {site}, but the same installation sent its earlier workbooks as {old}: the office code changed.</source>
        <translation>{file} dit venir de {site}, mais la même installation a envoyé ses classeurs précédents sous {old}&#x202f;: le code du bureau a changé.</translation>
    </message>
    <message>
        <source>{file} says it comes from {site}, but the earlier workbooks of {site} came from another installation: the office reinstalled Registre, or this workbook claims to be that office.</source>
        <translation>{file} dit venir de {site}, mais les classeurs précédents de {site} venaient d&apos;une autre installation&#x202f;: le bureau a réinstallé Registre, ou ce classeur se fait passer pour ce bureau.</translation>
    </message>
    <message>
        <source>Nothing was imported. {details} Confirm the office and the deletions to import (in the preview, or --accept-office-change and --allow-mass-delete).</source>
        <translation>Rien n&apos;a été importé. {details} Confirmez le bureau et les suppressions pour importer (dans l&apos;aperçu, ou --accept-office-change et --allow-mass-delete).</translation>
    </message>
    <message>
        <source>Nothing was imported. {details} Confirm the office to import (in the preview, or --accept-office-change).</source>
        <translation>Rien n&apos;a été importé. {details} Confirmez le bureau pour importer (dans l&apos;aperçu, ou --accept-office-change).</translation>
    </message>
    <message>
        <source>Nothing was imported: these deletions need a confirmation. Deletes {details} Confirm them to import (in the preview, or --allow-mass-delete).</source>
        <translation>Rien n&apos;a été importé&#x202f;: ces suppressions demandent une confirmation. Supprime {details} Confirmez-les pour importer (dans l&apos;aperçu, ou --allow-mass-delete).</translation>
    </message>
    <message>
        <source>Its revision {revision} is out of range.</source>
        <translation>Sa révision {revision} est hors limites.</translation>
    </message>
    <message>
        <source>It points to {what} that is not sent either.</source>
        <translation>Elle renvoie à {what} qui n&apos;est pas envoyée non plus.</translation>
    </message>
    <message>
        <source>Its day is out of range, or it points to a record that is not sent.</source>
        <translation>Son jour est hors limites, ou elle renvoie à une fiche non envoyée.</translation>
    </message>
    <message>
        <source>The results framework of project {project} is kept by {keeper}: this change made at {site} was refused. {keeper} changes it, and sends it with its export.</source>
        <translation>Le cadre de résultats du projet {project} est tenu par {keeper}&#x202f;: cette modification faite à {site} a été refusée. {keeper} le modifie et l&apos;envoie avec son export.</translation>
    </message>
    <message>
        <source>The age band set {code} is kept by {keeper}: this change made at {site} was refused.</source>
        <translation>Le jeu de tranches d&apos;âge {code} est tenu par {keeper}&#x202f;: cette modification faite à {site} a été refusée.</translation>
    </message>
    <message>
        <source>{file} lists {count} photos of signed sheets that travel in {photos}, which is not beside it: none was kept, the records were imported. Put that file beside the workbook and import it again.</source>
        <translation>{file} liste {count} photos de feuilles signées qui voyagent dans {photos}, absent à côté de lui&#x202f;: aucune n&apos;a été gardée, les données ont été importées. Mettez ce fichier à côté du classeur et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{photos} is damaged (was it fully copied?): none of its photos was kept, the records were imported. Ask for it again and import the workbook again.</source>
        <translation>{photos} est endommagé (a-t-il été copié en entier&#x202f;?)&#x202f;: aucune de ses photos n&apos;a été gardée, les données ont été importées. Redemandez-le et importez de nouveau le classeur.</translation>
    </message>
    <message>
        <source>{file}: the photo {photo} of {activity} ({day}) is not in {photos}: it was not kept.</source>
        <translation>{file}&#x202f;: la photo {photo} de {activity} ({day}) n&apos;est pas dans {photos}&#x202f;: elle n&apos;a pas été gardée.</translation>
    </message>
    <message>
        <source>{file}: the photo {photo} of {activity} ({day}) is damaged in {photos} (its checksum differs from the workbook&apos;s): it was not kept.</source>
        <translation>{file}&#x202f;: la photo {photo} de {activity} ({day}) est endommagée dans {photos} (sa somme de contrôle diffère de celle du classeur)&#x202f;: elle n&apos;a pas été gardée.</translation>
    </message>
    <message>
        <source>{file}: the photo {photo} is of an activity this database does not hold ({activity}): it was not kept.</source>
        <translation>{file}&#x202f;: la photo {photo} est celle d&apos;une activité que cette base ne contient pas ({activity})&#x202f;: elle n&apos;a pas été gardée.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>Kept: {label}.</source>
        <translation>Gardé&#xa0;: {label}.</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Workbooks received</source>
        <translation>Classeurs reçus</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Latest workbook exported (UTC)</source>
        <translation>Dernier classeur exporté le (UTC)</translation>
    </message>
    <message>
        <source>Imported on (UTC)</source>
        <translation>Importé le (UTC)</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Classeurs</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Exported on (UTC)</source>
        <translation>Exporté le (UTC)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Lignes invalides</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>No workbook has been imported into this database yet.</source>
        <translation>Aucun classeur n&apos;a encore été importé dans cette base.</translation>
    </message>
    <message>
        <source>The workbooks imported into this database, from each office. Choose an import to see what it brought for each kind of record.</source>
        <translation>Les classeurs importés dans cette base, bureau par bureau. Choisissez une importation pour voir ce qu&apos;elle a apporté pour chaque type de fiche.</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>{file} from {office}, imported on {date} (UTC)</source>
        <translation>{file} de {office}, importé le {date} (UTC)</translation>
    </message>
</context>
<context>
    <name>SyncImport</name>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Head counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Age band sets</source>
        <translation>Jeux de tranches d&apos;âge</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Payment lists</source>
        <translation>États de paiement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Older (ignored)</source>
        <translation>Plus anciens (ignorés)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Lignes invalides</translation>
    </message>
    <message>
        <source>Import workbooks</source>
        <translation>Importer des classeurs</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Protected workbook</source>
        <translation>Classeur protégé</translation>
    </message>
    <message>
        <source>The workbook {name} is protected by a password. Password (Cancel skips this workbook):</source>
        <translation>Le classeur {name} est protégé par un mot de passe. Mot de passe (Annuler passe ce classeur)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>&amp;Export for HQ…</source>
        <translation>&amp;Exporter pour le siège…</translation>
    </message>
    <message>
        <source>Import &amp;workbooks…</source>
        <translation>Importer des &amp;classeurs…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Con&amp;flits de synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Workbooks received…</source>
        <translation>&amp;Classeurs reçus…</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Tags separated by commas, e.g. DDR, cohort-2022</source>
        <translation>Étiquettes séparées par des virgules, p. ex. DDR, cohorte-2022</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some of what you typed is not saved:
{lines}

Save it before closing?</source>
        <translation>Une partie de ce que vous avez saisi n’est pas enregistrée&#x202f;:
{lines}

L’enregistrer avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Not saved: {what}. Registre stays open.</source>
        <translation>Non enregistré&#x202f;: {what}. Registre reste ouvert.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unknown kind of activity {value}.</source>
        <translation>Type d&apos;activité inconnu {value}.</translation>
    </message>
    <message>
        <source>Unknown status {value}.</source>
        <translation>Statut inconnu {value}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>La date de fin ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <source>Attendance or a head count is recorded on {day}, outside these dates: remove it first or keep that day.</source>
        <translation>Des présences ou un effectif sont enregistrés le {day}, en dehors de ces dates&#xa0;: retirez-les d&apos;abord ou gardez ce jour.</translation>
    </message>
    <message>
        <source>Unknown role {value}.</source>
        <translation>Rôle inconnu {value}.</translation>
    </message>
    <message>
        <source>There is no activity with id {id}.</source>
        <translation>Il n&apos;y a pas d&apos;activité avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>This activity is cancelled: nobody can attend.</source>
        <translation>Cette activité est annulée&#xa0;: personne ne peut y assister.</translation>
    </message>
    <message>
        <source>The day must lie within the activity&apos;s dates ({start} to {end}).</source>
        <translation>Le jour doit être compris dans les dates de l&apos;activité ({start} au {end}).</translation>
    </message>
    <message>
        <source>There is no person with id {id}.</source>
        <translation>Il n&apos;y a pas de personne avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un effectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A count lies between 0 and {most}.</source>
        <translation>Un effectif est compris entre 0 et {most}.</translation>
    </message>
    <message>
        <source>This cannot be more than the total ({total}).</source>
        <translation>Ce nombre ne peut pas dépasser le total ({total}).</translation>
    </message>
    <message>
        <source>Unknown category {value}.</source>
        <translation>Catégorie inconnue {value}.</translation>
    </message>
    <message>
        <source>Sex is F, M or not stated.</source>
        <translation>Le sexe est F, M ou non précisé.</translation>
    </message>
    <message>
        <source>An age lies between 0 and 120.</source>
        <translation>Un âge est compris entre 0 et 120.</translation>
    </message>
    <message>
        <source>A birth year lies between {low} and {high}.</source>
        <translation>Une année de naissance est comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>An age band reads like 18-29 or 60+.</source>
        <translation>Une tranche d&apos;âge s&apos;écrit comme 18-29 ou 60+.</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>There is no organisation with id {id}.</source>
        <translation>Il n&apos;y a pas de structure avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>A date of birth is not in the future.</source>
        <translation>Une date de naissance ne peut pas être dans l&apos;avenir.</translation>
    </message>
    <message>
        <source>A date of birth is not before {year}.</source>
        <translation>Une date de naissance n&apos;est pas antérieure à {year}.</translation>
    </message>
    <message>
        <source>The date of birth is not in the birth year given ({year}).</source>
        <translation>La date de naissance n&apos;est pas dans l&apos;année de naissance indiquée ({year}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} attended {count} activities: remove that attendance first, or merge the person with their duplicate.</source>
        <translation>
            <numerusform>{name} a participé à {count} activité&#xa0;: retirez d&apos;abord cette présence, ou fusionnez la personne avec son doublon.</numerusform>
            <numerusform>{name} a participé à {count} activités&#xa0;: retirez d&apos;abord ces présences, ou fusionnez la personne avec son doublon.</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (for example +227 90 12 34 56).</source>
        <translation>{value} n&apos;est pas un numéro de téléphone valide (par exemple +227 90 12 34 56).</translation>
    </message>
    <message>
        <source>A site code is short and has no spaces, like NE-NIA.</source>
        <translation>Un code de site est court et sans espace, comme NE-NIA.</translation>
    </message>
    <message>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <source>There is no {what} with id {id}.</source>
        <translation>Il n&apos;y a pas de {what} avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>At most {limit} characters here ({length} were typed).</source>
        <translation>{limit} caractères au plus ici ({length} saisis).</translation>
    </message>
    <message>
        <source>A date lies between the years {first} and {last}.</source>
        <translation>Une date se situe entre les années {first} et {last}.</translation>
    </message>
    <message>
        <source>{value} is not a country: did you mean {choices}? Type its two-letter code (NE) or its name (Niger).</source>
        <translation>{value} n&apos;est pas un pays&#x202f;: vouliez-vous dire {choices}&#x202f;? Saisissez son code à deux lettres (NE) ou son nom (Niger).</translation>
    </message>
    <message>
        <source>{value} is not a country: type its two-letter code (NE) or its name (Niger).</source>
        <translation>{value} n&apos;est pas un pays&#x202f;: saisissez son code à deux lettres (NE) ou son nom (Niger).</translation>
    </message>
    <message>
        <source>Type a date of birth ({date}), a birth year (1992) or an age (34).</source>
        <translation>Tapez une date de naissance ({date}), une année de naissance (1992) ou un âge (34).</translation>
    </message>
    <message>
        <source>Longer than {limit} characters ({length}): {start}…</source>
        <translation>Plus de {limit} caractères ({length})&#x202f;: {start}…</translation>
    </message>
    <message>
        <source>No family name on this row.</source>
        <translation>Pas de nom de famille sur cette ligne.</translation>
    </message>
    <message>
        <source>The completion rule is a share of the days from 1 to 100%.</source>
        <translation>La règle d&apos;assiduité est une part des jours de 1 à 100&#x202f;%.</translation>
    </message>
    <message>
        <source>{value} is not a time of day such as 08:30.</source>
        <translation>{value} n&apos;est pas une heure comme 08:30.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>Say who approves the list.</source>
        <translation>Indiquez qui approuve l&apos;état.</translation>
    </message>
    <message>
        <source>Unknown currency {value}: use one of {choices}.</source>
        <translation>Devise inconnue {value}&#x202f;: utilisez l&apos;une de {choices}.</translation>
    </message>
    <message>
        <source>Amounts are rounded to 1, 5 or 25 francs.</source>
        <translation>Les montants sont arrondis à 1, 5 ou 25 francs.</translation>
    </message>
    <message>
        <source>Transport is none, flat or by zone; paid per day or once.</source>
        <translation>Le transport est nul, forfaitaire ou par zone&#x202f;; payé par jour ou une fois.</translation>
    </message>
    <message>
        <source>The team is paid at its own rates or excluded.</source>
        <translation>L&apos;équipe est payée à ses propres taux ou exclue.</translation>
    </message>
    <message>
        <source>An amount is negative or above {limit}: check the rates.</source>
        <translation>Un montant est négatif ou dépasse {limit}&#x202f;: vérifiez les taux.</translation>
    </message>
    <message>
        <source>Every lump sum needs a label.</source>
        <translation>Chaque forfait doit avoir un libellé.</translation>
    </message>
    <message>
        <source>Line {line} is not a name, an equals sign and an amount: {typed}</source>
        <translation>La ligne {line} n&apos;est pas un nom, un signe égal et un montant&#x202f;: {typed}</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>Un ajustement doit avoir un motif.</translation>
    </message>
    <message>
        <source>Unknown payment channel {value}: use one of {choices}.</source>
        <translation>Mode de paiement inconnu {value}&#x202f;: utilisez l&apos;un de {choices}.</translation>
    </message>
    <message>
        <source>Paying a day without a signature needs a reason.</source>
        <translation>Payer un jour sans signature demande un motif.</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Le motif dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{day} is not a day of this activity.</source>
        <translation>Le {day} n&apos;est pas un jour de cette activité.</translation>
    </message>
    <message>
        <source>There is no question on {domain}.</source>
        <translation>Il n&apos;y a pas de question sur {domain}.</translation>
    </message>
    <message>
        <source>{value} is not an answer to this question.</source>
        <translation>{value} n&apos;est pas une réponse à cette question.</translation>
    </message>
    <message>
        <source>The answers on functioning are kept only with the person&apos;s consent: tick the consent, or leave the answers empty.</source>
        <translation>Les réponses sur le fonctionnement ne sont gardées qu&apos;avec l&apos;accord de la personne&#x202f;: cochez l&apos;accord, ou laissez les réponses vides.</translation>
    </message>
    <message>
        <source>The consent was not given in the future.</source>
        <translation>La date de l&apos;accord ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The tag {value} is longer than {limit} characters.</source>
        <translation>L&apos;étiquette {value} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>The tag {value} has no letter or digit to match on.</source>
        <translation>L&apos;étiquette {value} n&apos;a ni lettre ni chiffre permettant de la reconnaître.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The disk is full: the workbook {path} was not written. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: le classeur {path} n&apos;a pas été écrit. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The password for {path} is empty.</source>
        <translation>Le mot de passe de {path} est vide.</translation>
    </message>
    <message>
        <source>The password does not open the workbook {path}. Check it and try again; nothing was imported.</source>
        <translation>Ce mot de passe n&apos;ouvre pas le classeur {path}. Vérifiez-le et réessayez&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The workbook {path} is protected by a password: give it.</source>
        <translation>Le classeur {path} est protégé par un mot de passe&#xa0;: saisissez-le.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
</TS>
