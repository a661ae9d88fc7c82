#pragma once

#include "common/result.h"

#include <QString>

#include <utility>

namespace regionmap {

// What a keychain request came to. Never logged with its value.
struct CredentialResult
{
    enum class Outcome {
        Ok, // done; for a read, value holds the secret
        NotFound, // a read found no secret under the key
        Unavailable, // no keychain can be used on this computer (QtKeychain error 5, 6 or 7)
        Denied, // the keychain is locked or refused access
        TimedOut, // the keychain did not answer in time (a prompt nobody answers)
        Failed, // anything else; error says what
    };

    Outcome outcome = Outcome::Failed;
    QString value; // the secret, for a successful read only
    Error error; // for every outcome but Ok: a sentence for the analyst, plus details

    bool isOk() const { return outcome == Outcome::Ok; }

    // True when the keychain cannot be used right now (unavailable, locked or silent). The
    // caller then offers the alternatives: keep the secret for this session only, or, in the
    // CLI, take it from an environment variable, a file or a prompt. It never stores the secret
    // anywhere else on its own.
    bool keychainUnusable() const
    {
        return outcome == Outcome::Unavailable || outcome == Outcome::Denied
               || outcome == Outcome::TimedOut;
    }

    static CredentialResult ok(QString secret = {})
    {
        CredentialResult r;
        r.outcome = Outcome::Ok;
        r.value = std::move(secret);
        return r;
    }

    static CredentialResult failure(Outcome outcome, Error error)
    {
        CredentialResult r;
        r.outcome = outcome;
        r.error = std::move(error);
        return r;
    }
};

} // namespace regionmap
