#include "locator.h"

namespace regionmap {

Locator::~Locator() = default;

} // namespace regionmap
