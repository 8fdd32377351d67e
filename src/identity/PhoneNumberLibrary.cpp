#include "identity/PhoneNumberLibrary.h"

#include <phonenumbers/logger.h>

namespace kontor::phonelib {

const i18n::phonenumbers::PhoneNumberUtil &util()
{
    using i18n::phonenumbers::PhoneNumberUtil;
    // libphonenumber can log the text it fails to parse; customer numbers must never reach a log, whatever
    // logger a build of the library defaults to. The library takes ownership of the logger.
    static const PhoneNumberUtil *const instance = [] {
        PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        util->SetLogger(new i18n::phonenumbers::NullLogger);
        return util;
    }();
    return *instance;
}

} // namespace kontor::phonelib
