#pragma once

#include "theme.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace regionmap {

// An inline message in words (success, warning, error), with the raw technical text hidden
// under "Details" when there is one.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Theme::Tone tone, const QString &text, const QString &details = {});
    void clear(); // hides the banner
    QString text() const;
    QString details() const;
    Theme::Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Theme::Tone m_tone = Theme::Tone::Neutral;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace regionmap
