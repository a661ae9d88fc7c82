#include "locator.h"

namespace regionmap {

Locator::~Locator() = default;

void Locator::setFeedback(Feedback *feedback)
{
    Q_UNUSED(feedback)
}

} // namespace regionmap
