<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvSniffer</name>
    <message numerus="yes">
        <source>The start of the file holds %n NUL byte(s), which PostgreSQL text cannot hold: rows with them will be rejected. The file may be UTF-16 without a byte order mark, or not a text file.</source>
        <translation>
            <numerusform>The start of the file holds %n NUL byte, which PostgreSQL text cannot hold: rows with them will be rejected. The file may be UTF-16 without a byte order mark, or not a text file.</numerusform>
            <numerusform>The start of the file holds %n NUL bytes, which PostgreSQL text cannot hold: rows with them will be rejected. The file may be UTF-16 without a byte order mark, or not a text file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the first %1 records cannot be loaded as they are. The first is on line %2: %3</source>
        <translation>
            <numerusform>%n of the first %1 records cannot be loaded as it is. The first is on line %2: %3</numerusform>
            <numerusform>%n of the first %1 records cannot be loaded as they are. The first is on line %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtlJob</name>
    <message numerus="yes">
        <source>%n earlier run(s) had been interrupted and are now marked so.</source>
        <translation>
            <numerusform>%n earlier run had been interrupted and is now marked so.</numerusform>
            <numerusform>%n earlier runs had been interrupted and are now marked so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: loading %n file(s) into the table &quot;%2&quot;.</source>
        <translation>
            <numerusform>Run %1: loading %n file into the table &quot;%2&quot;.</numerusform>
            <numerusform>Run %1: loading %n files into the table &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) of the catalog that are restricted or only announced take no part in this run.</source>
        <translation>
            <numerusform>%n region of the catalog that is restricted or only announced takes no part in this run.</numerusform>
            <numerusform>%n regions of the catalog that are restricted or only announced take no part in this run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) from %1 replace the model where they apply.</source>
        <translation>
            <numerusform>%n measured round trip from %1 replaces the model where it applies.</numerusform>
            <numerusform>%n measured round trips from %1 replace the model where they apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latency table names %n region(s) that take no part in this run, and their values are not used: %1.</source>
        <translation>
            <numerusform>The latency table names %n region that takes no part in this run, and its values are not used: %1.</numerusform>
            <numerusform>The latency table names %n regions that take no part in this run, and their values are not used: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The geolocation database was built on %1, %n day(s) ago; a newer one locates more addresses correctly. regionmap-cli geodb info says where to get it.</source>
        <translation>
            <numerusform>The geolocation database was built on %1, %n day ago; a newer one locates more addresses correctly. regionmap-cli geodb info says where to get it.</numerusform>
            <numerusform>The geolocation database was built on %1, %n days ago; a newer one locates more addresses correctly. regionmap-cli geodb info says where to get it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, a sample of %n row(s)</source>
        <translation>
            <numerusform>%1, a sample of %n row</numerusform>
            <numerusform>%1, a sample of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Privacy: %1 %2 Places and map cells of fewer than %n row(s) are withheld from what the results show and export.</source>
        <translation>
            <numerusform>Privacy: %1 %2 Places and map cells of fewer than %n row are withheld from what the results show and export.</numerusform>
            <numerusform>Privacy: %1 %2 Places and map cells of fewer than %n rows are withheld from what the results show and export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cross-check asks ipinfo.io about at most %n row(s), picked at random: with a token, about one request per 1,000 addresses; without, one per address.</source>
        <translation>
            <numerusform>The cross-check asks ipinfo.io about at most %n row, picked at random: with a token, about one request per 1,000 addresses; without, one per address.</numerusform>
            <numerusform>The cross-check asks ipinfo.io about at most %n rows, picked at random: with a token, about one request per 1,000 addresses; without, one per address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoDatabaseInfo</name>
    <message numerus="yes">
        <source>Built on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Built on %1, %n day ago.</numerusform>
            <numerusform>Built on %1, %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpinfoClient</name>
    <message numerus="yes">
        <source>a batch of %n address(es)</source>
        <translation>
            <numerusform>a batch of %n address</numerusform>
            <numerusform>a batch of %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io still refuses requests after %n retry(ies) (%1). The quota is probably used up (without a token it is about 1,000 requests a day per IP address); run again once it is renewed.</source>
        <translation>
            <numerusform>ipinfo.io still refuses requests after %n retry (%1). The quota is probably used up (without a token it is about 1,000 requests a day per IP address); run again once it is renewed.</numerusform>
            <numerusform>ipinfo.io still refuses requests after %n retries (%1). The quota is probably used up (without a token it is about 1,000 requests a day per IP address); run again once it is renewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io did not answer %1 after %n attempt(s) (%2).</source>
        <translation>
            <numerusform>ipinfo.io did not answer %1 after %n attempt (%2).</numerusform>
            <numerusform>ipinfo.io did not answer %1 after %n attempts (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io at %1 cannot be reached: %n request(s) in a row failed even after their retries (last: %2). Check the network and the ipinfo.io URL.</source>
        <translation>
            <numerusform>ipinfo.io at %1 cannot be reached: %n request in a row failed even after their retries (last: %2). Check the network and the ipinfo.io URL.</numerusform>
            <numerusform>ipinfo.io at %1 cannot be reached: %n requests in a row failed even after their retries (last: %2). Check the network and the ipinfo.io URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n address(es) marked lookup_failed.</source>
        <translation>
            <numerusform>%1 %n address marked lookup_failed.</numerusform>
            <numerusform>%1 %n addresses marked lookup_failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpinfoLocator</name>
    <message numerus="yes">
        <source>The %n answer(s) received in this run are kept in the location cache; a new run asks ipinfo.io only for the rest.</source>
        <translation>
            <numerusform>The %n answer received in this run is kept in the location cache; a new run asks ipinfo.io only for the rest.</numerusform>
            <numerusform>The %n answers received in this run are kept in the location cache; a new run asks ipinfo.io only for the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message numerus="yes">
        <source>(%n place(s) of fewer than %1 rows each)</source>
        <translation>
            <numerusform>(%n place of fewer than %1 rows)</numerusform>
            <numerusform>(%n places of fewer than %1 rows each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message numerus="yes">
        <source>%n more error(s) are listed in the details.</source>
        <translation>
            <numerusform>%n more error is listed in the details.</numerusform>
            <numerusform>%n more errors are listed in the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowPipeline</name>
    <message numerus="yes">
        <source>%1: %n blank line(s) skipped (they hold no record).</source>
        <translation>
            <numerusform>%1: %n blank line skipped (it holds no record).</numerusform>
            <numerusform>%1: %n blank lines skipped (they hold no record).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln row(s)</source>
        <translation>
            <numerusform>about %Ln row</numerusform>
            <numerusform>about %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::ChartsPanel</name>
    <message numerus="yes">
        <source>Other (%n region(s))</source>
        <translation>
            <numerusform>Other (%n region)</numerusform>
            <numerusform>Other (%n regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other region(s), each under %1 of the rows or past the %2 largest</source>
        <translation>
            <numerusform>%n other region, under %1 of the rows or past the %2 largest</numerusform>
            <numerusform>%n other regions, each under %1 of the rows or past the %2 largest</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::GeoDbUpdatePanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::GeolocationPage</name>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, %n day ago</numerusform>
            <numerusform>%1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoCostEstimate</name>
    <message numerus="yes">
        <source>ipinfo.io: %Ln batch request(s) of up to %1 addresses.</source>
        <translation>
            <numerusform>ipinfo.io: %Ln batch request of up to %1 addresses.</numerusform>
            <numerusform>ipinfo.io: %Ln batch requests of up to %1 addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ipinfo.io without a token: %Ln request(s), one per address. The unauthenticated endpoint allows only about 1,000 requests a day per IP address.</source>
        <translation>
            <numerusform>ipinfo.io without a token: %Ln request, one per address. The unauthenticated endpoint allows only about 1,000 requests a day per IP address.</numerusform>
            <numerusform>ipinfo.io without a token: %Ln requests, one per address. The unauthenticated endpoint allows only about 1,000 requests a day per IP address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::IpinfoEstimator</name>
    <message numerus="yes">
        <source>%n cached answer(s) removed. The next run asks ipinfo.io again.</source>
        <translation>
            <numerusform>%n cached answer removed. The next run asks ipinfo.io again.</numerusform>
            <numerusform>%n cached answers removed. The next run asks ipinfo.io again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) of this project changed or moved since it was saved. A run loads them as they are now.</source>
        <translation>
            <numerusform>%n file of this project changed or moved since it was saved. A run loads it as it is now.</numerusform>
            <numerusform>%n files of this project changed or moved since it was saved. A run loads them as they are now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::MapCellLayer</name>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <translation>
            <numerusform>and %n more region</numerusform>
            <numerusform>and %n more regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::MapPanel</name>
    <message numerus="yes">
        <source>Privacy: %n cell(s) of fewer than %1 rows each are not shown.</source>
        <translation>
            <numerusform>Privacy: %n cell of fewer than %1 rows is not shown.</numerusform>
            <numerusform>Privacy: %n cells of fewer than %1 rows each are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::PlanKChart</name>
    <message numerus="yes">
        <source>With %n region(s), %1 of rows are within %2 ms</source>
        <translation>
            <numerusform>With %n region, %1 of rows are within %2 ms</numerusform>
            <numerusform>With %n regions, %1 of rows are within %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n region(s), the %1 is %2</source>
        <translation>
            <numerusform>With %n region, the %1 is %2</numerusform>
            <numerusform>With %n regions, the %1 is %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::PlanPanel</name>
    <message numerus="yes">
        <source>%1 located rows from %n region(s): mean %2, median %3, 95th percentile %4; est. RTT mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.</source>
        <translation>
            <numerusform>%1 located rows from %n region: mean %2, median %3, 95th percentile %4; est. RTT mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.</numerusform>
            <numerusform>%1 located rows from %n regions: mean %2, median %3, 95th percentile %4; est. RTT mean %5, 95th percentile %6. Within 20 ms: %7, 50 ms: %8, 100 ms: %9.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching the best %n region(s) of each cloud…</source>
        <translation>
            <numerusform>Searching the best region of each cloud…</numerusform>
            <numerusform>Searching the best %n regions of each cloud…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %n region(s) of each cloud on its own, compared in %1 s; the best cloud for this objective is in bold.</source>
        <translation>
            <numerusform>The best region of each cloud on its own, compared in %1 s; the best cloud for this objective is in bold.</numerusform>
            <numerusform>The best %n regions of each cloud on its own, compared in %1 s; the best cloud for this objective is in bold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RegionsPage</name>
    <message numerus="yes">
        <source>%1, %n region(s)</source>
        <translation>
            <numerusform>%1, %n region</numerusform>
            <numerusform>%1, %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The region catalog has %n error(s); fix them or choose another catalog on the Regions page.</source>
        <translation>
            <numerusform>The region catalog has %n error; fix it or choose another catalog on the Regions page.</numerusform>
            <numerusform>The region catalog has %n errors; fix them or choose another catalog on the Regions page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the catalog cannot be used; they are marked in the table. Fix the file and choose it again.</source>
        <translation>
            <numerusform>%n line of the catalog cannot be used; it is marked in the table. Fix the file and choose it again.</numerusform>
            <numerusform>%n lines of the catalog cannot be used; they are marked in the table. Fix the file and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful region(s): see the Check column. A run still uses them as they are.</source>
        <translation>
            <numerusform>%n doubtful region: see the Check column. A run still uses it as it is.</numerusform>
            <numerusform>%n doubtful regions: see the Check column. A run still uses them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n restricted or announced, not used in a run)</source>
        <translation>
            <numerusform>(%n restricted or announced, not used in a run)</numerusform>
            <numerusform>(%n restricted or announced, not used in a run)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clouds</source>
        <translation>
            <numerusform>%n cloud</numerusform>
            <numerusform>%n clouds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) take part in a run</source>
        <translation>
            <numerusform>%n region takes part in a run</numerusform>
            <numerusform>%n regions take part in a run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed but not used: replaced, restricted or announced)</source>
        <translation>
            <numerusform>(%n listed but not used: replaced, restricted or announced)</numerusform>
            <numerusform>(%n listed but not used: replaced, restricted or announced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured round trip(s) replace the model where they apply.</source>
        <translation>
            <numerusform>%n measured round trip replaces the model where it applies.</numerusform>
            <numerusform>%n measured round trips replace the model where they apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsSession</name>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once: RegionMap reads their rows and stores them as points…</source>
        <translation>
            <numerusform>Preparing %n run for quick results, once: RegionMap reads its rows and stores them as points…</numerusform>
            <numerusform>Preparing %n runs for quick results, once: RegionMap reads their rows and stores them as points…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::ResultsView</name>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows: %2 located (%3) and assigned to %n region(s), %4 not located (%5).</source>
        <translation>
            <numerusform>%1 rows: %2 located (%3) and assigned to %n region, %4 not located (%5).</numerusform>
            <numerusform>%1 rows: %2 located (%3) and assigned to %n regions, %4 not located (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, loaded by %n run(s) (%1)</source>
        <translation>
            <numerusform>, loaded by %n run (%1)</numerusform>
            <numerusform>, loaded by %n runs (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RowsPanel</name>
    <message numerus="yes">
        <source>%Ln row(s). Click a column header to sort on the server.</source>
        <translation>
            <numerusform>%Ln row. Click a column header to sort on the server.</numerusform>
            <numerusform>%Ln rows. Click a column header to sort on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RunLogModel</name>
    <message numerus="yes">
        <source>… and %Ln more message(s) not shown here. Every rejected row is in the table etl_rejects of this run.</source>
        <translation>
            <numerusform>… and %Ln more message not shown here. Every rejected row is in the table etl_rejects of this run.</numerusform>
            <numerusform>… and %Ln more messages not shown here. Every rejected row is in the table etl_rejects of this run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::RunPage</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln row(s) loaded</source>
        <translation>
            <numerusform>Done: %Ln row loaded</numerusform>
            <numerusform>Done: %Ln rows loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>cancelled after reading %Ln row; &lt;b&gt;none loaded&lt;/b&gt;</numerusform>
            <numerusform>cancelled after reading %Ln rows; &lt;b&gt;none loaded&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after reading %Ln row(s); &lt;b&gt;none loaded&lt;/b&gt;</source>
        <translation>
            <numerusform>failed after reading %Ln row; &lt;b&gt;none loaded&lt;/b&gt;</numerusform>
            <numerusform>failed after reading %Ln rows; &lt;b&gt;none loaded&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blank line(s) skipped</source>
        <translation>
            <numerusform>%Ln blank line skipped</numerusform>
            <numerusform>%Ln blank lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::ScopePrivacy</name>
    <message numerus="yes">
        <source>%1; places, map cells and numbers of fewer than %n row(s) withheld</source>
        <translation>
            <numerusform>%1; places, map cells and numbers of fewer than %n row withheld</numerusform>
            <numerusform>%1; places, map cells and numbers of fewer than %n rows withheld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::SourcesPage</name>
    <message numerus="yes">
        <source>%n file(s), %1 rows</source>
        <translation>
            <numerusform>%n file, %1 rows</numerusform>
            <numerusform>%n files, %1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), about %1 rows</source>
        <translation>
            <numerusform>%n file, about %1 rows</numerusform>
            <numerusform>%n files, about %1 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CacheCommand</name>
    <message numerus="yes">
        <source>%n cached answer(s) removed.</source>
        <translation>
            <numerusform>%n cached answer removed.</numerusform>
            <numerusform>%n cached answers removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::cli::CommandScope</name>
    <message numerus="yes">
        <source>Preparing %n run(s) for quick results, once…</source>
        <translation>
            <numerusform>Preparing %n run for quick results, once…</numerusform>
            <numerusform>Preparing %n runs for quick results, once…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>regionmap::cli::RunCommand</name>
    <message numerus="yes">
        <source>... and %n more region(s)</source>
        <translation>
            <numerusform>... and %n more region</numerusform>
            <numerusform>... and %n more regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n row(s)</source>
        <translation>
            <numerusform>model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n row</numerusform>
            <numerusform>model: 2 × distance × %1 / 200 km/ms + %2 ms; measured for %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n file(s).</source>
        <translation>
            <numerusform>Project %1: %n file.</numerusform>
            <numerusform>Project %1: %n files.</numerusform>
        </translation>
    </message>
</context>
</TS>
