#include "core/net/self_signed.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QRandomGenerator>

#include <memory>

namespace WsBench::Net {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

void freeBio(BIO *bio)
{
    BIO_free(bio);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

std::optional<TlsIdentity> generateSelfSigned(const QString &commonName, QString *error)
{
    auto fail = [error](const char *what) -> std::optional<TlsIdentity> {
        *error = QStringLiteral("Could not generate a self-signed certificate (%1).")
                     .arg(QLatin1String(what));
        return std::nullopt;
    };
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("key generation");
    CertPtr cert(X509_new());
    if (!cert)
        return fail("certificate allocation");
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(cert.get()),
                           qint64(QRandomGenerator::system()->generate64() >> 2));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("WsBench self-signed"), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const QByteArray san = "DNS:" + cn + ",IP:127.0.0.1,IP:::1";
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData()));
    if (!ext || !X509_add_ext(cert.get(), ext.get(), -1))
        return fail("subjectAltName");
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return fail("signing");
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr))
        return fail("PEM export");
    TlsIdentity identity;
    identity.certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    identity.key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (identity.certificate.isNull() || identity.key.isNull())
        return fail("loading into Qt");
    return identity;
}

} // namespace WsBench::Net
