#pragma once

// libphonenumber behind Qt types. Only the phone sources include this header, so that nothing else depends on
// libphonenumber's headers and the public API speaks Qt.

#include <phonenumbers/phonenumberutil.h>

#include <QString>
#include <string>

namespace kontor::phonelib {

const i18n::phonenumbers::PhoneNumberUtil &util();

inline std::string toStd(QStringView text)
{
    return text.toUtf8().toStdString();
}

inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace kontor::phonelib
