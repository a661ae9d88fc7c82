#pragma once

#include <QTranslator>

namespace regionmap {

// English plural forms for the "%n file(s)" texts while the user interface is in English: tr()
// with %n is right for every language, but without an English translation file Qt shows
// "1 file(s)". This translator answers only such texts ("1 file", "3 files") and only when
// installed for an English interface; real translations (another issue) take over otherwise.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    explicit EnglishPlurals(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Installs one instance on the application when its interface language is English (or the
    // C locale). Safe to call more than once.
    static void installIfEnglish();
};

} // namespace regionmap
