#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace regionmap {

// SHA-256 of a file, as lower-case hex, with OpenSSL's libcrypto (several times faster than
// QCryptographicHash, which matters for inputs of hundreds of megabytes).
class FileHash
{
    Q_DECLARE_TR_FUNCTIONS(FileHash)

public:
    static Result<QByteArray> sha256Hex(const QString &path);
};

} // namespace regionmap
