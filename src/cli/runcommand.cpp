#include "runcommand.h"

#include "clicontext.h"
#include "commanddatabase.h"
#include "consolefeedback.h"
#include "exitcodes.h"
#include "runrequest.h"
#include "runsummarytext.h"

#include "common/feedback.h"
#include "etl/etljob.h"
#include "etl/ipinfocostestimate.h"
#include "secrets/privacykey.h"
#include "secrets/qtkeychainstore.h"
#include "secrets/secretindex.h"
#include "secrets/secretresolver.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <climits>
#include <csignal>

namespace regionmap::cli {

namespace {

// This file's texts, under one translation context that lupdate can see.
struct RunCommandText
{
    Q_DECLARE_TR_FUNCTIONS(regionmap::cli::RunCommand)
};

std::atomic<Feedback *> g_feedback {nullptr};

extern "C" void onInterrupt(int)
{
    if (Feedback *fb = g_feedback.load())
        fb->requestCancel();
    // A second Ctrl-C ends the process the usual way.
    std::signal(SIGINT, SIG_DFL);
}

// Installs the Ctrl-C handler for the lifetime of a run.
class InterruptGuard
{
public:
    explicit InterruptGuard(Feedback &fb)
    {
        g_feedback.store(&fb);
        m_previousInt = std::signal(SIGINT, onInterrupt);
        m_previousTerm = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
        g_feedback.store(nullptr);
    }

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

// The ipinfo.io token: --token-file, IPINFO_TOKEN, the keychain. No prompt: without a token the
// unauthenticated endpoint is used. Returns ExitOk or the exit code after printing the error.
int resolveToken(CliContext &ctx, const QString &tokenFile, bool quiet, QString *token)
{
    QtKeychainStore keychain;
    SecretResolver::Options secretOptions;
    secretOptions.tokenFile = tokenFile;
    secretOptions.keychain = &keychain;
    const Result<ResolvedSecret> found = SecretResolver(secretOptions).ipinfoToken();
    if (!found) {
        ctx.error(found.error().message, found.error().details);
        return ExitGeolocation;
    }
    if (!quiet) {
        for (const QString &note : found->notes)
            ctx.err() << RunCommandText::tr("note: %1").arg(note) << Qt::endl;
        if (found->isFound())
            ctx.err() << RunCommandText::tr("ipinfo.io token from %1.").arg(found->describeOrigin())
                      << Qt::endl;
        else
            ctx.err() << RunCommandText::tr(
                "No ipinfo.io token was found (--token-file, IPINFO_TOKEN, the "
                "keychain): the unauthenticated endpoint is used.")
                      << Qt::endl;
    }
    *token = found->value;
    return ExitOk;
}

// The hash privacy mode's key, from the keychain; made there on first use. Returns ExitOk or the
// exit code after printing the error.
int resolvePrivacyKey(CliContext &ctx, bool quiet, QByteArray *key)
{
    QtKeychainStore keychain;
    SecretIndex index; // that a key was stored (never the key): see PrivacyKey::loadOrCreate
    keychain.setIndex(&index);
    const Result<PrivacyKey::Loaded> loaded = PrivacyKey::loadOrCreate(&keychain);
    if (!loaded) {
        ctx.error(loaded.error().message, loaded.error().details);
        return ExitCredentials;
    }
    if (!quiet || loaded->created)
        ctx.err() << (loaded->created
                          ? RunCommandText::tr("Made a key for the hash privacy mode (id %1) and "
                                               "stored it in the keychain (%2).")
                          : RunCommandText::tr("The key of the hash privacy mode (id %1) is from "
                                               "the keychain (%2)."))
                         .arg(AddressPrivacy::keyId(loaded->key), keychain.backendName())
                  << Qt::endl;
    *key = loaded->key;
    return ExitOk;
}

// What the ipinfo.io run will send, on its own connection. Returns ExitOk or an exit code.
int estimate(CliContext &ctx, const EtlOptions &options, IpinfoCostEstimate *out)
{
    ScopedConnection db(options.connection, QStringLiteral("regionmap-cli-estimate"));
    if (!db) {
        ctx.error(db.error().message, db.error().details);
        return ExitDatabase;
    }
    const Result<IpinfoCostEstimate> e = estimateIpinfoCost(options, db.database());
    if (!e) {
        ctx.error(e.error().message, e.error().details);
        return exitCodeFor(e.error().orKind(ErrorKind::Input).kind);
    }
    *out = e.value();
    return ExitOk;
}

// Every problem the core finds with the options, each with the flags it is about.
bool reportOptionProblems(CliContext &ctx, const EtlOptions &options)
{
    const QList<OptionProblem> problems = options.validate();
    for (const OptionProblem &p : problems) {
        QStringList flags;
        for (const EtlOption o : p.options)
            flags << QStringLiteral("--") + optionName(o);
        ctx.error(QStringLiteral("%1: %2").arg(flags.join(QStringLiteral(", ")), p.message));
    }
    return !problems.isEmpty();
}

// Prints what an ipinfo.io run will send; a dry run ends here. Returns the exit code when the
// command is done.
std::optional<int> showEstimate(CliContext &ctx, const RunRequest &request)
{
    IpinfoCostEstimate cost;
    if (const int code = estimate(ctx, request.options, &cost); code != ExitOk)
        return code;
    if (!request.options.dryRun) {
        for (const QString &line : cost.describe())
            ctx.err() << RunCommandText::tr("Estimate: %1").arg(line) << Qt::endl;
        return std::nullopt;
    }
    if (request.json) {
        ctx.out() << QString::fromUtf8(
            QJsonDocument(cost.toJson()).toJson(QJsonDocument::Indented));
    } else {
        ctx.out() << RunCommandText::tr("Dry run: nothing was sent and nothing was loaded.")
                  << Qt::endl;
        for (const QString &line : cost.describe())
            ctx.out() << "  " << line << Qt::endl;
    }
    ctx.out().flush();
    return ExitOk;
}

// Runs the job with progress on stderr and Ctrl-C as Cancel, and prints how it ended.
int runJob(CliContext &ctx, const RunRequest &request)
{
    Feedback feedback;
    ConsoleFeedback console(ctx, feedback, request.quiet);
    EtlJob job(request.options);
    EtlSummary summary;
    {
        InterruptGuard guard(feedback);
        summary = job.run(feedback);
    }
    console.done();

    if (request.json) {
        ctx.out() << QString::fromUtf8(
            QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
        ctx.out().flush();
    } else if (summary.runId > 0) {
        printRunSummary(ctx, summary);
    }
    if (summary.status == RunStatus::Succeeded)
        return ExitOk;
    ctx.error(summary.error.message, summary.error.details);
    if (summary.error.kind == ErrorKind::Input)
        ctx.err() << RunCommandText::tr(
            "hint: --ip-column, --delimiter, --encoding and --no-header override what RegionMap "
            "detected in a file (regionmap-cli run --help).")
                  << Qt::endl;
    return exitCodeFor(summary.error.kind);
}

} // namespace

int runRunCommand(CliContext &ctx, const QStringList &arguments)
{
    RunRequest request;
    if (const std::optional<int> done = readRequest(ctx, arguments, request))
        return *done;
    EtlOptions &options = request.options;
    if (request.crossCheckIpinfo)
        options.crossCheckIpinfoSample = request.crossCheckSample;
    if (options.provider == GeoProviderKind::Ipinfo || options.crossCheckIpinfoSample > 0) {
        if (const int code
            = resolveToken(ctx, request.tokenFile, request.quiet, &options.ipinfoToken);
            code != ExitOk)
            return code;
    }
    if (options.privacy == PrivacyMode::Hash && !options.dryRun) {
        if (const int code = resolvePrivacyKey(ctx, request.quiet, &options.privacyKey);
            code != ExitOk)
            return code;
    }
    if (reportOptionProblems(ctx, options))
        return ExitUsage;

    // The database: a server named by URI, or the managed local one.
    CommandDatabase database;
    if (const int code = database.resolve(ctx, request.db, request.passwordFile, request.quiet);
        code != ExitOk)
        return code;
    options.connection = database.settings();
    options.managedDatabase = database.isManaged();

    if (options.provider == GeoProviderKind::Ipinfo && (options.dryRun || !request.quiet)) {
        if (const std::optional<int> done = showEstimate(ctx, request))
            return *done;
    }
    if (options.provider != GeoProviderKind::Ipinfo && options.crossCheckIpinfoSample > 0
        && options.dryRun) {
        // What the cross-check would cost, before anything is sent.
        const qint64 n = options.crossCheckIpinfoSample;
        ctx.out() << RunCommandText::tr("Dry run: nothing was sent and nothing was loaded.")
                  << Qt::endl
                  << RunCommandText::tr("The cross-check would ask ipinfo.io about at most %1 "
                                        "rows, picked at random: %2 request(s) at most (%3), "
                                        "fewer for cached answers.")
                         .arg(n)
                         .arg(options.ipinfoToken.isEmpty() ? n : (n + 999) / 1000)
                         .arg(options.ipinfoToken.isEmpty()
                                  ? RunCommandText::tr("no token: one request per address")
                                  : RunCommandText::tr("with a token: batches of 1,000"))
                  << Qt::endl;
        return ExitOk;
    }
    return runJob(ctx, request);
}

} // namespace regionmap::cli
