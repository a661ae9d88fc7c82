#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <utility>

namespace regionmap {

// Every setting of the desktop app, each declared once with its key and default value. The
// values live in RegionMap's own settings file (QSettings "regionmap"/"regionmap", i.e.
// $XDG_CONFIG_HOME/regionmap/regionmap.conf, shared with SecretIndex and the CLI). Never a
// secret: a stored password or token is recorded only by SecretIndex, as a key name.
class AppSettings
{
public:
    // One typed setting. Reads and writes go straight to the settings file (QSettings caches).
    template<typename T>
    class Entry
    {
    public:
        Entry(QString key, T defaultValue)
            : m_key(std::move(key))
            , m_default(std::move(defaultValue))
        { }

        const QString &key() const { return m_key; }
        const T &defaultValue() const { return m_default; }

        T value() const
        {
            const QVariant v = AppSettings::open()->value(m_key);
            return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
        }
        void setValue(const T &value) const { AppSettings::open()->setValue(m_key, value); }
        void reset() const { AppSettings::open()->remove(m_key); }
        bool isSet() const { return AppSettings::open()->contains(m_key); }

    private:
        QString m_key;
        T m_default;
    };

    // The settings file, for the entries above and for tests.
    static std::unique_ptr<QSettings> open();
    static QString fileName();
    // Writes pending changes (QSettings also does so on its own).
    static void sync();

    static constexpr int MaxRecentFiles = 10;

    // Adds path to the front of the recent files (most recent first, at most MaxRecentFiles).
    static void addRecentFile(const QString &path);
    // The same for the recent projects (.regionmap files).
    static void addRecentProject(const QString &path);

    // Window
    static inline const Entry<QByteArray> windowGeometry {QStringLiteral("window/geometry"), {}};
    static inline const Entry<QString> lastStep {QStringLiteral("window/lastStep"),
                                                 QStringLiteral("sources")};

    // The interface language ("de", "fr", "en"); empty follows the system. Read at start.
    static inline const Entry<QString> language {QStringLiteral("ui/language"), {}};

    // Sources
    static inline const Entry<QStringList> sourceFiles {QStringLiteral("sources/files"), {}};
    static inline const Entry<bool> sourcesChosen {QStringLiteral("sources/chosen"), false};
    // The analyst's choices per file (delimiter, header, encoding, IP column), each a JSON
    // object with the file's path, size and modification time: restored with the file, dropped
    // when the file changed.
    static inline const Entry<QStringList> sourceOverrides {QStringLiteral("sources/overrides"),
                                                            {}};
    static inline const Entry<QStringList> recentFiles {QStringLiteral("sources/recentFiles"), {}};
    static inline const Entry<QString> lastFolder {QStringLiteral("sources/lastFolder"), {}};
    // Projects (docs/projects.md): the most recent first, and where the last one was.
    static inline const Entry<QStringList> recentProjects {QStringLiteral("projects/recent"), {}};
    static inline const Entry<QString> lastProjectFolder {QStringLiteral("projects/lastFolder"),
                                                          {}};

    // Regions: the built-in catalogs that take part, and a catalog file that adds regions or
    // replaces built-in ones (docs/catalog-format.md).
    static inline const Entry<QStringList> builtinCatalogs {QStringLiteral("regions/builtins"),
                                                            {QStringLiteral("aws")}};
    static inline const Entry<bool> useCatalogFile {QStringLiteral("regions/useFile"), false};
    static inline const Entry<QString> catalogFile {QStringLiteral("regions/file"), {}};
    static inline const Entry<bool> includeRestricted {QStringLiteral("regions/includeRestricted"),
                                                       false};
    static inline const Entry<bool> includeAnnounced {QStringLiteral("regions/includeAnnounced"),
                                                      false};
    // Before 2026-12: one catalog, "builtin" (regions/builtin) or "file"; read once to carry
    // the choice over.
    static inline const Entry<QString> legacyCatalogKind {QStringLiteral("regions/kind"), {}};
    static inline const Entry<QString> legacyBuiltinCatalog {QStringLiteral("regions/builtin"), {}};

    // The est. RTT model and a file of measured round trips (docs/latency-model.md).
    static inline const Entry<double> rttRouteFactor {QStringLiteral("rtt/routeFactor"), 1.5};
    static inline const Entry<double> rttOverheadMs {QStringLiteral("rtt/overheadMs"), 8.0};
    static inline const Entry<QString> latencyFile {QStringLiteral("rtt/measuredFile"), {}};

    // Database: "local" (managed by RegionMap) or "server"
    static inline const Entry<QString> databaseMode {QStringLiteral("database/mode"),
                                                     QStringLiteral("local")};
    static inline const Entry<QString> serverHost {QStringLiteral("database/host"),
                                                   QStringLiteral("localhost")};
    static inline const Entry<int> serverPort {QStringLiteral("database/port"), 5432};
    static inline const Entry<QString> serverDatabase {QStringLiteral("database/name"), {}};
    static inline const Entry<QString> serverUser {QStringLiteral("database/user"), {}};
    static inline const Entry<QString> sslMode {QStringLiteral("database/sslMode"),
                                                QStringLiteral("prefer")};
    static inline const Entry<QString> sslCaFile {QStringLiteral("database/sslCaFile"), {}};
    static inline const Entry<bool> rememberPassword {QStringLiteral("database/rememberPassword"),
                                                      true};
    static inline const Entry<QString> targetTable {QStringLiteral("database/targetTable"), {}};
    static inline const Entry<QString> loadMode {QStringLiteral("database/loadMode"),
                                                 QStringLiteral("replace")};
    static inline const Entry<QString> keyColumn {QStringLiteral("database/keyColumn"), {}};
    // What a run stores of each address (keep, truncate, hash, drop) and the minimum count of what
    // the results show and export (docs/privacy.md). The hash mode's key is in the keychain only.
    static inline const Entry<QString> privacyMode {QStringLiteral("privacy/mode"),
                                                    QStringLiteral("keep")};
    static inline const Entry<int> privacyMinCount {QStringLiteral("privacy/minCount"), 5};

    // Geolocation: "offline" or "ipinfo"
    static inline const Entry<QString> geoProvider {QStringLiteral("geo/provider"),
                                                    QStringLiteral("offline")};
    static inline const Entry<QString> geoDatabaseFile {QStringLiteral("geo/databaseFile"), {}};
    // The cross-check: a second .mmdb file that locates every row again (a second opinion).
    static inline const Entry<bool> crossCheck {QStringLiteral("geo/crossCheck"), false};
    static inline const Entry<QString> crossCheckFile {QStringLiteral("geo/crossCheckFile"), {}};
    static inline const Entry<QString> crossCheckKind {QStringLiteral("geo/crossCheckKind"),
                                                       QStringLiteral("file")};
    static inline const Entry<int> crossCheckSample {QStringLiteral("geo/crossCheckSample"), 1000};
    // Where Update Now downloads from ({year} and {month} filled in); empty: DB-IP's monthly file.
    static inline const Entry<QString> geoDbUpdateUrl {QStringLiteral("geo/updateUrl"), {}};
    // What Update Now downloads: "dbip" (DB-IP Lite City) or "maxmind" (GeoLite2 City, with the
    // account ID and licence key in the keychain).
    static inline const Entry<QString> geoDbUpdateSource {QStringLiteral("geo/updateSource"),
                                                          QStringLiteral("dbip")};
    static inline const Entry<QString> geoIpv6DatabaseFile {QStringLiteral("geo/ipv6DatabaseFile"),
                                                            {}};
    static inline const Entry<QString> ipinfoBaseUrl {QStringLiteral("geo/ipinfoBaseUrl"),
                                                      QStringLiteral("https://ipinfo.io")};
    static inline const Entry<bool> rememberToken {QStringLiteral("geo/rememberToken"), true};

    // Run
    static inline const Entry<int> logLevelFilter {QStringLiteral("run/logLevel"), 0};
};

} // namespace regionmap
