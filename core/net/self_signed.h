#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace WsBench::Net {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

// A fresh EC P-256 key and a self-signed certificate for `commonName`, valid for 30 days, with
// subjectAltName DNS:commonName, IP:127.0.0.1 and IP:::1. Qt cannot create certificates, so this
// is the one place that calls OpenSSL directly.
std::optional<TlsIdentity> generateSelfSigned(const QString &commonName, QString *error);

} // namespace WsBench::Net
