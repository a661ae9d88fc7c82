#include "commanddatabase.h"

#include "clicontext.h"
#include "exitcodes.h"
#include "secretinput.h"

#include "db/connectionsettings.h"
#include "db/copystream.h"
#include "db/embeddedpostgres.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretresolver.h"

#include <QCoreApplication>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct CommandDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::CommandDatabase)
};

} // namespace

CommandDatabase::CommandDatabase() = default;
CommandDatabase::~CommandDatabase() = default;

int CommandDatabase::resolve(CliContext &ctx, const QString &uri, const QString &passwordFile,
                             bool quiet)
{
    if (uri.isEmpty()) {
        m_embedded = std::make_unique<EmbeddedPostgres>();
        const Status st = m_embedded->start();
        if (!st) {
            ctx.error(st.error().message, st.error().details);
            return ExitDatabase;
        }
        m_settings = m_embedded->connectionSettings();
        return ExitOk;
    }
    Result<ConnectionSettings> settings = ConnectionSettings::fromUri(uri);
    if (!settings) {
        ctx.error(settings.error().message, settings.error().details);
        return ExitUsage;
    }
    m_settings = settings.value();
    // The password: the URI, --password-file, PGPASSWORD, ~/.pgpass, the keychain, a prompt.
    QtKeychainStore keychain;
    SecretResolver::Options secretOptions;
    secretOptions.passwordFile = passwordFile;
    secretOptions.keychain = &keychain;
    secretOptions.prompt = [&ctx](const QString &question) {
        return promptForSecret(ctx, question);
    };
    const Result<ResolvedSecret> password
        = SecretResolver(secretOptions).databasePassword(m_settings);
    if (!password) {
        ctx.error(password.error().message, password.error().details);
        return ExitDatabase;
    }
    if (!quiet) {
        for (const QString &note : password->notes)
            ctx.err() << CommandDatabaseText::tr("note: %1").arg(note) << Qt::endl;
    }
    if (password->isFound()) {
        m_settings.password = password->value;
        if (!quiet)
            ctx.err() << CommandDatabaseText::tr("Database password from %1.")
                             .arg(password->describeOrigin())
                      << Qt::endl;
    }
    return ExitOk;
}

int CommandDatabase::open(CliContext &ctx, const QString &purpose)
{
    m_connection = std::make_unique<ScopedConnection>(m_settings, purpose);
    if (*m_connection)
        return ExitOk;
    ctx.error(m_connection->error().message, m_connection->error().details);
    return ExitDatabase;
}

QSqlDatabase &CommandDatabase::connection()
{
    return m_connection->database();
}

int CommandDatabase::connect(CliContext &ctx, const QString &uri, const QString &passwordFile,
                             bool quiet, const QString &purpose)
{
    if (const int code = resolve(ctx, uri, passwordFile, quiet); code != ExitOk)
        return code;
    return open(ctx, purpose);
}

int CommandDatabase::connect(CliContext &ctx, const QString &uri, const QString &passwordFile,
                             bool quiet, const QString &purpose, PGconn **conn)
{
    if (const int code = connect(ctx, uri, passwordFile, quiet, purpose); code != ExitOk)
        return code;
    const Result<PGconn *> pg = pgConnection(connection());
    if (!pg) {
        ctx.error(pg.error().message, pg.error().details);
        return ExitDatabase;
    }
    *conn = pg.value();
    return ExitOk;
}

} // namespace regionmap::cli
