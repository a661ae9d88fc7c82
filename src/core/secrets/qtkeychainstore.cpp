#include "qtkeychainstore.h"

#include "secretkeys.h"

#include "secrets/secretslogging.h"

#include <qt6keychain/keychain.h>

#include <QUuid>
#include <QVariant>

#include <atomic>

namespace regionmap {

using Outcome = CredentialResult::Outcome;

namespace {

// QtKeychain's job queue is process-wide, so is this count.
std::atomic<int> g_stalledJobs {0};

const char *const StalledProperty = "regionmapStalled";

CredentialResult resultOf(const QKeychain::Job *job, CredentialReply::Operation operation)
{
    const QString what = secretkeys::describe(job->key());
    const QString details = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == CredentialReply::Operation::Read)
            return CredentialResult::ok(
                static_cast<const QKeychain::ReadPasswordJob *>(job)->textData());
        return CredentialResult::ok();
    case QKeychain::EntryNotFound:
        if (operation == CredentialReply::Operation::Remove)
            return CredentialResult::ok(); // nothing to remove: the goal is met
        return CredentialResult::failure(
            Outcome::NotFound,
            Error(QtKeychainStore::tr("No secret is stored in the keychain for %1.").arg(what),
                  details));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::failure(
            Outcome::Denied,
            Error(QtKeychainStore::tr("The keychain is locked or refused access to %1; unlock "
                                      "it and try again.")
                      .arg(what),
                  details));
    case QKeychain::CouldNotDeleteEntry:
        return CredentialResult::failure(
            Outcome::Failed,
            Error(QtKeychainStore::tr("The keychain could not remove %1.").arg(what), details));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Error 7 is what the Secret Service path reports when there is no bus or no keyring.
        return CredentialResult::failure(Outcome::Unavailable,
                                         QtKeychainStore::unavailableError(details));
    }
    return CredentialResult::failure(
        Outcome::Failed,
        Error(QtKeychainStore::tr("The keychain failed on %1.").arg(what), details));
}

template<typename JobType>
JobType *newJob(const QString &key)
{
    auto *job = new JobType(secretkeys::service());
    job->setKey(key);
    job->setAutoDelete(true); // it may outlive its reply and this store; it deletes itself
    job->setInsecureFallback(false); // never plain text
    return job;
}

} // namespace

QtKeychainStore::QtKeychainStore(QObject *parent)
    : CredentialStore(parent)
{ }

QtKeychainStore::~QtKeychainStore() = default;

QString QtKeychainStore::backendName() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    // QtKeychain prefers KWallet on a KDE desktop and the Secret Service everywhere else.
    if (qEnvironmentVariable("XDG_CURRENT_DESKTOP")
            .contains(QLatin1String("KDE"), Qt::CaseInsensitive))
        return tr("KWallet");
    return tr("GNOME Keyring / Secret Service");
#endif
}

Error QtKeychainStore::unavailableError(const QString &details)
{
    return Error(tr("No usable keychain was found on this computer, so RegionMap cannot keep "
                    "secrets between sessions."),
                 details);
}

int QtKeychainStore::stalledJobs()
{
    return g_stalledJobs.load();
}

bool QtKeychainStore::refuseWhileStalled(CredentialReply *reply)
{
    if (g_stalledJobs.load() == 0)
        return false;
    Error error = timeoutError(timeout());
    error.details = tr("An earlier request is still waiting for the keychain.");
    complete(reply, CredentialResult::failure(Outcome::TimedOut, error));
    return true;
}

void QtKeychainStore::run(QKeychain::Job *job, CredentialReply *reply, JobDone done)
{
    if (!m_jobs.contains(reply)) {
        // A reply deleted before its job ends leaves no stale entry behind.
        connect(reply, &QObject::destroyed, this, [this, reply] { m_jobs.remove(reply); });
    }
    m_jobs.insert(reply, job);
    QPointer<QtKeychainStore> self(this);
    QPointer<CredentialReply> target(reply);
    // The job is the context: the handler runs even when the store and the reply are gone, so
    // that the stalled count stays right.
    connect(job, &QKeychain::Job::finished, job,
            [self, target, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->property(StalledProperty).toBool()) {
                    --g_stalledJobs;
                    qCInfo(lcSecrets) << "A timed-out keychain job has ended";
                }
                if (!self || !target || target->isFinished())
                    return;
                self->m_jobs.remove(target.data());
                done(finished);
            });
    job->start();
}

void QtKeychainStore::replyTimedOut(CredentialReply *reply)
{
    const QPointer<QKeychain::Job> job = m_jobs.take(reply);
    if (job && !job->property(StalledProperty).toBool()) {
        job->setProperty(StalledProperty, true);
        ++g_stalledJobs;
    }
}

void QtKeychainStore::startRead(CredentialReply *reply)
{
    if (refuseWhileStalled(reply))
        return;
    run(newJob<QKeychain::ReadPasswordJob>(reply->key()), reply,
        [this, reply](QKeychain::Job *job) {
            complete(reply, resultOf(job, CredentialReply::Operation::Read));
        });
}

void QtKeychainStore::startWrite(CredentialReply *reply, const QString &value)
{
    if (refuseWhileStalled(reply))
        return;
    auto *job = newJob<QKeychain::WritePasswordJob>(reply->key());
    job->setTextData(value);
    run(job, reply, [this, reply](QKeychain::Job *finished) {
        complete(reply, resultOf(finished, CredentialReply::Operation::Write));
    });
}

void QtKeychainStore::startRemove(CredentialReply *reply)
{
    if (refuseWhileStalled(reply))
        return;
    run(newJob<QKeychain::DeletePasswordJob>(reply->key()), reply,
        [this, reply](QKeychain::Job *job) {
            complete(reply, resultOf(job, CredentialReply::Operation::Remove));
        });
}

// The probe writes a random value, reads it back and removes it again: only a full round trip
// proves the keychain usable (a read alone answers "not found" when no keyring is unlocked).
void QtKeychainStore::startProbe(CredentialReply *reply)
{
    if (refuseWhileStalled(reply))
        return;
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = newJob<QKeychain::WritePasswordJob>(reply->key());
    job->setTextData(value);
    run(job, reply, [this, reply, value](QKeychain::Job *finished) {
        const CredentialResult written = resultOf(finished, CredentialReply::Operation::Write);
        if (!written.isOk()) {
            complete(reply, written);
            return;
        }
        probeRead(reply, value);
    });
}

void QtKeychainStore::probeRead(CredentialReply *reply, const QString &expected)
{
    run(newJob<QKeychain::ReadPasswordJob>(reply->key()), reply,
        [this, reply, expected](QKeychain::Job *job) {
            const CredentialResult read = resultOf(job, CredentialReply::Operation::Read);
            if (read.isOk() && read.value != expected) {
                complete(reply, CredentialResult::failure(
                                    Outcome::Failed,
                                    Error(tr("The keychain returned a different value than it was "
                                             "given for its test entry."))));
                return;
            }
            if (!read.isOk()) {
                complete(reply, read);
                return;
            }
            probeRemove(reply);
        });
}

void QtKeychainStore::probeRemove(CredentialReply *reply)
{
    run(newJob<QKeychain::DeletePasswordJob>(reply->key()), reply,
        [this, reply](QKeychain::Job *job) {
            complete(reply, resultOf(job, CredentialReply::Operation::Remove));
        });
}

} // namespace regionmap
