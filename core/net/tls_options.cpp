#include "core/net/tls_options.h"

#include "core/net/self_signed.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringBuilder>

namespace WsBench::Net {

namespace {

std::optional<QByteArray> readFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QStringLiteral("Cannot read the %1 file %2: %3").arg(what, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool isPkcs12(const QString &path)
{
    return path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
}

// Loads a certificate and key pair from PEM files or a PKCS#12 bundle.
bool loadIdentity(const QString &certFile, const QString &keyFile, const QByteArray &passphrase,
                  QSslConfiguration &config, QString *error)
{
    if (isPkcs12(certFile)) {
        QFile file(certFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read the PKCS#12 file %1: %2")
                         .arg(certFile, file.errorString());
            return false;
        }
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &cert, &chain, passphrase)) {
            *error
                = QStringLiteral("%1 is not a PKCS#12 bundle this passphrase opens.").arg(certFile);
            return false;
        }
        config.setPrivateKey(key);
        config.setLocalCertificate(cert);
        config.setLocalCertificateChain(QList<QSslCertificate> {cert} + chain);
        return true;
    }
    const auto certPem = readFile(certFile, QStringLiteral("certificate"), error);
    if (!certPem)
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (certs.isEmpty() || certs.first().isNull()) {
        *error = QStringLiteral("%1 does not contain a PEM certificate.").arg(certFile);
        return false;
    }
    const auto keyPem
        = readFile(keyFile.isEmpty() ? certFile : keyFile, QStringLiteral("key"), error);
    if (!keyPem)
        return false;
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 does not contain a private key this passphrase opens.")
                     .arg(keyFile.isEmpty() ? certFile : keyFile);
        return false;
    }
    config.setLocalCertificateChain(certs);
    config.setPrivateKey(key);
    return true;
}

} // namespace

std::optional<QSslConfiguration> clientTlsConfiguration(const TlsOptions &options, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas
        = options.useSystemCas ? config.caCertificates() : QList<QSslCertificate>();
    if (!options.caFile.isEmpty()) {
        const auto pem = readFile(options.caFile, QStringLiteral("CA"), error);
        if (!pem)
            return std::nullopt;
        const QList<QSslCertificate> extra = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (extra.isEmpty()) {
            *error = QStringLiteral("%1 does not contain any PEM certificate.").arg(options.caFile);
            return std::nullopt;
        }
        cas += extra;
    }
    config.setCaCertificates(cas);
    if (!options.clientCertFile.isEmpty()
        && !loadIdentity(options.clientCertFile, options.clientKeyFile, options.keyPassphrase,
                         config, error))
        return std::nullopt;
    config.setPeerVerifyMode(options.insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    return config;
}

std::optional<QSslConfiguration> serverTlsConfiguration(const ServerTlsOptions &options,
                                                        QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (options.selfSigned) {
        const auto identity = generateSelfSigned(QStringLiteral("localhost"), error);
        if (!identity)
            return std::nullopt;
        config.setLocalCertificate(identity->certificate);
        config.setPrivateKey(identity->key);
        return config;
    }
    if (options.certFile.isEmpty()) {
        *error = QStringLiteral("TLS needs a certificate file (or a self-signed certificate).");
        return std::nullopt;
    }
    if (!loadIdentity(options.certFile, options.keyFile, options.keyPassphrase, config, error))
        return std::nullopt;
    return config;
}

} // namespace WsBench::Net
