package dev.tanji.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;

/**
 * The private key access tokens are signed with, read once from the key store whose certificate Elytron's token
 * realm verifies them with. System properties set by {@code configure-server.cli}: {@code tanji.jwt.keystore} (the
 * file: by default {@code tanji-jwt.p12} in the server's configuration directory, an RSA key pair generated when the
 * server is provisioned), {@code tanji.jwt.keystore-password} and {@code tanji.jwt.key-alias}.
 */
@ApplicationScoped
public class TokenSigningKey {

    private volatile PrivateKey key;

    PrivateKey privateKey() {
        PrivateKey loaded = key;
        if (loaded == null) {
            loaded = load();
            key = loaded;
        }
        return loaded;
    }

    private static PrivateKey load() {
        String path = System.getProperty("tanji.jwt.keystore");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property tanji.jwt.keystore is not set: no key to sign tokens");
        }
        char[] password = System.getProperty("tanji.jwt.keystore-password", "").toCharArray();
        String alias = System.getProperty("tanji.jwt.key-alias", "jwt");
        try {
            KeyStore store = KeyStore.getInstance(new File(path), password);
            if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("Key store " + path + " holds no private key '" + alias + "'");
            }
            return privateKey;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the token signing key from " + path, e);
        }
    }
}
