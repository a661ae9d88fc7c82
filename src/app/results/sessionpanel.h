#pragma once

namespace regionmap {

class ResultsSession;

// A panel of the results page (summary charts, rows, map, disagreements, plan) binds itself to
// the session it shows: it connects to the session's signals (scopeChanged, overviewLoaded, its
// own data) and reads the session's state, so the page only lays the panels out and never feeds
// them by hand. One session per page; bind() once, right after the panel is made.
class SessionPanel
{
public:
    virtual ~SessionPanel() = default;
    virtual void bind(ResultsSession *session) = 0;
};

} // namespace regionmap
