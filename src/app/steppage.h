#pragma once

#include "theme.h"

#include <QString>
#include <QWidget>

namespace regionmap {

// One step of the main window's flow (Sources, Regions, Database, ...). The window shows the
// step's title and description above the page, and its one-line status in the step list.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QString description() const = 0;
    // A short status for the step list: "3 files, 9,412 rows", "AWS, 34 regions".
    virtual QString statusText() const = 0;
    virtual Theme::Tone statusTone() const { return Theme::Tone::Neutral; }
    // Why a run cannot start with this step's choices, in words; empty when it can.
    virtual QString blockingProblem() const { return {}; }

signals:
    // The status text, tone or blocking problem may have changed.
    void statusChanged();
};

} // namespace regionmap
