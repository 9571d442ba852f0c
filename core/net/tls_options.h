#pragma once

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace WsBench::Net {

// Client TLS settings. Verification is on by default; every exception is explicit.
struct TlsOptions
{
    QString caFile; // PEM bundle trusted in addition to (or instead of) the system's
    bool useSystemCas = true;
    QString clientCertFile; // PEM certificate, or a PKCS#12 bundle (.p12/.pfx)
    QString clientKeyFile; // PEM key (not needed for PKCS#12)
    QByteArray keyPassphrase; // secret: never logged
    QList<QSslError::SslError> allowedErrors; // exceptions, one error kind each
    bool insecure = false; // accept any certificate (shown in the log)
    QString serverName; // SNI / verification name override
};

// Server TLS settings: a certificate and key, or a generated self-signed pair.
struct ServerTlsOptions
{
    QString certFile;
    QString keyFile;
    QByteArray keyPassphrase;
    bool selfSigned = false;
};

// Builds the configuration; on a bad file returns nullopt with a sentence saying which file
// and why ("cannot read", "not a PEM certificate", "wrong passphrase", ...).
std::optional<QSslConfiguration> clientTlsConfiguration(const TlsOptions &options, QString *error);
std::optional<QSslConfiguration> serverTlsConfiguration(const ServerTlsOptions &options,
                                                        QString *error);

} // namespace WsBench::Net
