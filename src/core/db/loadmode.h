#pragma once

#include <QString>

#include <optional>

namespace regionmap {

// How a run's rows reach the target table (see TableLoader).
enum class LoadMode { Replace, Append, Upsert };

QString loadModeName(LoadMode mode); // "replace", "append", "upsert"
std::optional<LoadMode> parseLoadMode(const QString &name);

} // namespace regionmap
