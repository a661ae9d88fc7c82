#include "secretscommand.h"

#include "clicontext.h"
#include "exitcodes.h"
#include "optiontable.h"
#include "secretinput.h"

#include "db/connectionsettings.h"
#include "etl/addressprivacy.h"
#include "secrets/blockingcredentials.h"
#include "secrets/privacykey.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretkeys.h"
#include "secrets/secretresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <chrono>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct SecretsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::SecretsCommand)
};

enum class SecretKind { DatabasePassword, IpinfoToken, MaxMindLicence, PrivacyKey };

// --- The command ------------------------------------------------------------------------------

int exitCodeFor(SecretKind kind)
{
    if (kind == SecretKind::PrivacyKey)
        return ExitCredentials;
    return kind == SecretKind::DatabasePassword ? ExitDatabase : ExitGeolocation;
}

QString alternatives(SecretKind kind)
{
    if (kind == SecretKind::DatabasePassword)
        return SecretsCommandText::tr(
            "Instead, give the password when you run: set PGPASSWORD, put it in "
            "~/.pgpass, pass --password-file FILE, or type it when asked.");
    if (kind == SecretKind::PrivacyKey)
        return SecretsCommandText::tr(
            "The key of the hash privacy mode is kept in the keychain only; without one, use "
            "the truncate or drop mode.");
    if (kind == SecretKind::MaxMindLicence)
        return SecretsCommandText::tr(
            "Instead, set GEOIPUPDATE_ACCOUNT_ID and GEOIPUPDATE_LICENSE_KEY when you run "
            "regionmap-cli geodb update --maxmind.");
    return SecretsCommandText::tr(
        "Instead, give the token when you run: set IPINFO_TOKEN, pass --token-file FILE, "
        "or type it when asked.");
}

void reportKeychainProblem(CliContext &ctx, const CredentialResult &result, SecretKind kind)
{
    ctx.error(result.error.message, result.error.details);
    if (result.keychainUnusable())
        ctx.err() << alternatives(kind) << Qt::endl;
}

// "ipinfo.io token", "Database password for ana@db:5432/sales": the start of a status line.
QString label(const QString &key)
{
    if (secretkeys::isDatabasePassword(key))
        return SecretsCommandText::tr("Database password for %1").arg(secretkeys::databaseOf(key));
    if (key == secretkeys::maxMindLicence())
        return SecretsCommandText::tr("MaxMind licence");
    return SecretsCommandText::tr("ipinfo.io token");
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

struct Request
{
    QString action;
    SecretKind kind = SecretKind::IpinfoToken;
    bool hasKind = false;
    std::optional<ConnectionSettings> database;
    std::chrono::milliseconds timeout = CredentialStore::DefaultTimeout;
    QString passwordFile;
    QString tokenFile;
};

using Problem = std::optional<QString>;

Problem parseDatabase(Request &r, const QString &uri)
{
    Result<ConnectionSettings> settings = ConnectionSettings::fromUri(uri);
    if (!settings)
        return settings.error().toString();
    if (!settings->password.isEmpty())
        return SecretsCommandText::tr(
            "Leave the password out of --db: a command line can be seen by other "
            "users. \"secrets set db-password\" reads it from stdin.");
    r.database = std::move(settings).value();
    return std::nullopt;
}

Problem parseTimeout(Request &r, const QString &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return SecretsCommandText::tr(
                   "--keychain-timeout needs a number of seconds between 0 and 3600, not "
                   "\"%1\".")
            .arg(value);
    r.timeout = std::chrono::milliseconds(qRound64(seconds * 1000.0));
    return std::nullopt;
}

const std::vector<CliOption<Request>> kSecretsOptions = {
    {{QStringLiteral("db")},
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand",
                       "The database (a libpq URI without a password) whose password is meant."),
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand", "URI"),
     parseDatabase},
    {{QStringLiteral("keychain-timeout")},
     QT_TRANSLATE_NOOP(
         "regionmap::cli::SecretsCommand",
         "Give up on a keychain that does not answer after this many seconds (default 10)."),
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand", "seconds"),
     parseTimeout,
     "10"},
    {{QStringLiteral("password-file")},
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand",
                       "status: a run would read the database password from this file."),
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand", "file"),
     [](Request &r, const QString &v) -> Problem {
         r.passwordFile = v;
         return std::nullopt;
     }},
    {{QStringLiteral("token-file")},
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand",
                       "status: a run would read the ipinfo.io token from this file."),
     QT_TRANSLATE_NOOP("regionmap::cli::SecretsCommand", "file"),
     [](Request &r, const QString &v) -> Problem {
         r.tokenFile = v;
         return std::nullopt;
     }},
};

// The action and the secret it is about, from the positional arguments.
Problem readAction(const QStringList &args, Request &request)
{
    if (args.isEmpty() || args.size() > 2)
        return SecretsCommandText::tr(
            "Say what to do: secrets set, secrets delete or secrets status (see "
            "\"regionmap-cli secrets --help\").");
    request.action = args.at(0);
    if (request.action != QLatin1String("set") && request.action != QLatin1String("delete")
        && request.action != QLatin1String("status") && request.action != QLatin1String("rotate"))
        return SecretsCommandText::tr("Unknown action \"%1\". Use set, delete, rotate or status.")
            .arg(request.action);
    if (args.size() == 2) {
        const QString name = args.at(1);
        if (name == QLatin1String("db-password"))
            request.kind = SecretKind::DatabasePassword;
        else if (name == QLatin1String("ipinfo-token"))
            request.kind = SecretKind::IpinfoToken;
        else if (name == QLatin1String("maxmind-licence"))
            request.kind = SecretKind::MaxMindLicence;
        else if (name == QLatin1String("privacy-key"))
            request.kind = SecretKind::PrivacyKey;
        else
            return SecretsCommandText::tr("Unknown secret \"%1\". Use db-password, ipinfo-token, "
                                          "maxmind-licence or privacy-key.")
                .arg(name);
        request.hasKind = true;
    }
    // RegionMap makes the privacy key itself: it is rotated or deleted, never typed in.
    if (request.action == QLatin1String("rotate") && request.hasKind
        && request.kind != SecretKind::PrivacyKey)
        return SecretsCommandText::tr("Only the privacy key is rotated: secrets rotate "
                                      "privacy-key.");
    if (request.action == QLatin1String("set") && request.kind == SecretKind::PrivacyKey)
        return SecretsCommandText::tr("RegionMap makes the key of the hash privacy mode itself; "
                                      "make a new one with secrets rotate privacy-key.");
    if (request.action == QLatin1String("status") && request.hasKind)
        return SecretsCommandText::tr(
            "\"secrets status\" takes no secret name; it reports them all.");
    if (request.action != QLatin1String("status") && !request.hasKind)
        return SecretsCommandText::tr(
                   "Say which secret: secrets %1 db-password --db URI, or secrets %1 "
                   "ipinfo-token.")
            .arg(request.action);
    return std::nullopt;
}

// What no single option can see: the options that do not go with the action or the secret.
Problem combinationProblem(const Request &request, const GivenOptions &given)
{
    const bool forToken = request.hasKind && request.kind != SecretKind::DatabasePassword;
    const bool forPassword = request.hasKind && request.kind == SecretKind::DatabasePassword;
    if (given.contains(QStringLiteral("db")) && forToken)
        return SecretsCommandText::tr(
            "--db belongs to db-password; the ipinfo.io token and the MaxMind licence are the "
            "same for "
            "every database.");
    if (!given.contains(QStringLiteral("db")) && forPassword)
        return SecretsCommandText::tr(
            "db-password needs --db URI: each database connection has its own "
            "password (the local database needs none).");
    if ((given.contains(QStringLiteral("password-file"))
         || given.contains(QStringLiteral("token-file")))
        && request.action != QLatin1String("status"))
        return SecretsCommandText::tr(
            "--password-file and --token-file only go with \"secrets status\"; "
            "\"secrets set\" reads the secret from stdin.");
    return std::nullopt;
}

// Parses the command line into *request; returns an exit code when the command is done.
std::optional<int> parse(CliContext &ctx, const QStringList &arguments, Request *request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SecretsCommandText::tr(
        "Keep the database password and the ipinfo.io token in the OS keychain (GNOME "
        "Keyring, KWallet, macOS Keychain, Windows Credential Manager).\n"
        "\n"
        "  secrets set db-password --db URI    read the password from stdin and store it\n"
        "  secrets set ipinfo-token            read the token from stdin and store it\n"
        "  secrets set maxmind-licence         read ACCOUNT_ID:LICENCE_KEY from stdin (MaxMind's\n"
        "                                      GeoLite2 downloads: geodb update --maxmind)\n"
        "  secrets delete db-password --db URI | ipinfo-token | maxmind-licence | privacy-key\n"
        "  secrets rotate privacy-key          make a new key for the hash privacy mode (the\n"
        "                                      same addresses get new pseudonyms from then on)\n"
        "  secrets status [--db URI]           which secrets are stored, where a run takes\n"
        "                                      them from, and whether a keychain is usable\n"
        "\n"
        "Secrets are read from stdin, never from the command line (no echo on a terminal; "
        "one trailing line break is removed), and never printed.\n"
        "Exit codes: 0 ok, 1 usage, 2 no secret on stdin, 3 database password or keychain "
        "problem, 4 ipinfo.io token or MaxMind licence problem, 5 privacy key problem."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 SecretsCommandText::tr("set, delete or status."));
    parser.addPositionalArgument(QStringLiteral("secret"),
                                 SecretsCommandText::tr("db-password or ipinfo-token."),
                                 QStringLiteral("[secret]"));
    GivenOptions given;
    if (const std::optional<int> done
        = readOptions(ctx, parser, arguments, "regionmap::cli::SecretsCommand", kSecretsOptions,
                      *request, &given))
        return done;
    Problem problem = readAction(parser.positionalArguments(), *request);
    if (!problem)
        problem = combinationProblem(*request, given);
    if (problem) {
        ctx.error(*problem);
        return ExitUsage;
    }
    return std::nullopt;
}

QString keyFor(const Request &request)
{
    if (request.kind == SecretKind::MaxMindLicence)
        return secretkeys::maxMindLicence();
    if (request.kind == SecretKind::PrivacyKey)
        return secretkeys::privacyKey();
    return request.kind == SecretKind::DatabasePassword
               ? secretkeys::databasePassword(*request.database)
               : secretkeys::ipinfoToken();
}

int setSecret(CliContext &ctx, const Request &request, CredentialStore &store)
{
    const QString key = keyFor(request);
    const BlockingCredentials keychain(&store);
    // Find out first whether the secret can be kept at all, before anyone types it.
    const CredentialResult probe = keychain.probe();
    if (!probe.isOk()) {
        reportKeychainProblem(ctx, probe, request.kind);
        return exitCodeFor(request.kind);
    }
    const QString what = secretkeys::describe(key);
    Result<QString> value = readSecretFromStdin(ctx, capitalized(what) + QStringLiteral(": "));
    if (!value) {
        ctx.error(value.error().message, value.error().details);
        return ExitInput;
    }
    if (value->size() > 2560 / 2) {
        // Windows limits a credential to 2,560 bytes (UTF-16); keep the stores interchangeable.
        value.value().fill(QChar(u'\0'));
        ctx.error(SecretsCommandText::tr(
            "The secret is longer than 1,280 characters; a keychain cannot hold it "
            "everywhere. Nothing was stored."));
        return ExitInput;
    }
    if (request.kind == SecretKind::MaxMindLicence) {
        const qsizetype colon = value->indexOf(QLatin1Char(':'));
        bool numeric = false;
        value->left(colon).toLongLong(&numeric);
        if (colon <= 0 || !numeric || colon == value->size() - 1) {
            value.value().fill(QChar(u'\0'));
            ctx.error(SecretsCommandText::tr(
                "Give the MaxMind account ID and licence key as ACCOUNT_ID:LICENCE_KEY (the "
                "account ID is a number). Nothing was stored."));
            return ExitInput;
        }
    }
    const CredentialResult written = keychain.write(key, value.value());
    value.value().fill(QChar(u'\0'));
    if (!written.isOk()) {
        reportKeychainProblem(ctx, written, request.kind);
        return exitCodeFor(request.kind);
    }
    ctx.out()
        << SecretsCommandText::tr("Stored %1 in the keychain (%2).").arg(what, store.backendName())
        << Qt::endl;
    return ExitOk;
}

int rotatePrivacyKey(CliContext &ctx, CredentialStore &store)
{
    const Result<QByteArray> key = PrivacyKey::rotate(&store);
    if (!key) {
        ctx.error(key.error().message, key.error().details);
        return ExitCredentials;
    }
    ctx.out() << SecretsCommandText::tr(
                     "Made a new key for the hash privacy mode (id %1) in the keychain (%2). Runs "
                     "from now on give every address a new pseudonym; earlier runs keep theirs.")
                     .arg(AddressPrivacy::keyId(key.value()), store.backendName())
              << Qt::endl;
    return ExitOk;
}

int deleteSecret(CliContext &ctx, const Request &request, CredentialStore &store)
{
    const QString key = keyFor(request);
    const CredentialResult removed = BlockingCredentials(&store).remove(key);
    if (!removed.isOk()) {
        reportKeychainProblem(ctx, removed, request.kind);
        return exitCodeFor(request.kind);
    }
    ctx.out() << SecretsCommandText::tr("%1 is not stored in the keychain (any more).")
                     .arg(capitalized(secretkeys::describe(key)))
              << Qt::endl;
    return ExitOk;
}

// "stored in the keychain", "not stored in the keychain", or why it is unknown.
QString storedText(const BlockingCredentials &keychain, bool usable, const QString &key,
                   bool *stored)
{
    *stored = false;
    if (!usable)
        return SecretsCommandText::tr("keychain not checked");
    const CredentialResult read = keychain.read(key);
    if (read.isOk()) {
        *stored = true;
        return SecretsCommandText::tr("stored in the keychain");
    }
    if (read.outcome == CredentialResult::Outcome::NotFound)
        return SecretsCommandText::tr("not stored in the keychain");
    return SecretsCommandText::tr("keychain not readable (%1)").arg(read.error.message);
}

void reportSource(CliContext &ctx, const QString &key, const QString &storedLine, bool stored,
                  const Result<ResolvedSecret> &resolved, const QString &backend)
{
    QString use;
    if (!resolved)
        use = SecretsCommandText::tr("a run fails: %1").arg(resolved.error().message);
    else if (resolved->isFound())
        use = SecretsCommandText::tr("a run takes it from %1").arg(resolved->describeOrigin());
    else if (stored)
        use = SecretsCommandText::tr("a run takes it from the keychain (%1)").arg(backend);
    else
        use = SecretsCommandText::tr("a run finds none and asks for it when it runs on a terminal");
    ctx.out() << label(key) << ": " << storedLine << "; " << use << Qt::endl;
    if (resolved) {
        for (const QString &note : resolved->notes)
            ctx.out() << "  " << SecretsCommandText::tr("note: %1").arg(note) << Qt::endl;
    }
}

int status(CliContext &ctx, const Request &request, CredentialStore &store, SecretIndex &index)
{
    const BlockingCredentials keychain(&store);
    const CredentialResult probe = keychain.probe();
    const bool usable = probe.isOk();
    if (usable) {
        ctx.out() << SecretsCommandText::tr("Keychain: available (%1)").arg(store.backendName())
                  << Qt::endl;
    } else {
        ctx.out() << SecretsCommandText::tr("Keychain: not available — %1").arg(probe.error.message)
                  << Qt::endl;
        if (!probe.error.details.isEmpty())
            ctx.out() << "  " << SecretsCommandText::tr("details: %1").arg(probe.error.details)
                      << Qt::endl;
    }

    // Where a run would take each secret from, keychain aside (that one is read above).
    SecretResolver::Options options;
    options.passwordFile = request.passwordFile;
    options.tokenFile = request.tokenFile;
    const SecretResolver resolver(options);

    bool stored = false;
    const QString tokenKey = secretkeys::ipinfoToken();
    const QString tokenLine = storedText(keychain, usable, tokenKey, &stored);
    reportSource(ctx, tokenKey, tokenLine, stored, resolver.ipinfoToken(), store.backendName());
    const QString maxMindKey = secretkeys::maxMindLicence();
    const QString maxMindLine = storedText(keychain, usable, maxMindKey, &stored);
    ctx.out() << label(maxMindKey) << ": " << maxMindLine << "; "
              << ((qEnvironmentVariableIsSet("GEOIPUPDATE_LICENSE_KEY")
                   && qEnvironmentVariableIsSet("GEOIPUPDATE_ACCOUNT_ID"))
                      ? SecretsCommandText::tr("geodb update --maxmind takes it from "
                                               "GEOIPUPDATE_ACCOUNT_ID and "
                                               "GEOIPUPDATE_LICENSE_KEY")
                  : stored ? SecretsCommandText::tr("geodb update --maxmind takes it from the "
                                                    "keychain")
                           : SecretsCommandText::tr("geodb update --maxmind needs it"))
              << Qt::endl;

    if (request.database) {
        const QString key = secretkeys::databasePassword(*request.database);
        const QString line = storedText(keychain, usable, key, &stored);
        reportSource(ctx, key, line, stored, resolver.databasePassword(*request.database),
                     store.backendName());
    } else {
        // The databases whose password was stored through RegionMap.
        for (const QString &key : index.keys()) {
            if (!secretkeys::isDatabasePassword(key))
                continue;
            ctx.out() << label(key) << ": " << storedText(keychain, usable, key, &stored)
                      << Qt::endl;
        }
    }
    if (!usable) {
        ctx.err() << alternatives(SecretKind::DatabasePassword) << Qt::endl
                  << alternatives(SecretKind::IpinfoToken) << Qt::endl;
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace

int runSecretsCommand(CliContext &ctx, const QStringList &arguments)
{
    Request request;
    if (const std::optional<int> done = parse(ctx, arguments, &request))
        return *done;

    SecretIndex index;
    QtKeychainStore store;
    store.setTimeout(request.timeout);
    store.setIndex(&index);

    if (request.action == QLatin1String("set"))
        return setSecret(ctx, request, store);
    if (request.action == QLatin1String("delete"))
        return deleteSecret(ctx, request, store);
    if (request.action == QLatin1String("rotate"))
        return rotatePrivacyKey(ctx, store);
    return status(ctx, request, store, index);
}

} // namespace regionmap::cli
