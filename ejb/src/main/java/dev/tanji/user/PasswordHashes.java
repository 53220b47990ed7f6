package dev.tanji.user;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords the way the server checks them: bcrypt from Elytron's password factory, written in Modular Crypt
 * Format ({@code $2a$10$...}), which the JDBC realm's {@code modular-crypt-mapper} reads back.
 */
final class PasswordHashes {

    /** bcrypt's work factor: 2^10 rounds, some tens of milliseconds per check. */
    static final int COST = 10;
    /** bcrypt reads no more than 72 bytes of a password; a longer one would be cut silently, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    static String bcrypt(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            BCryptPassword hash = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Elytron's bcrypt password factory is not available", e);
        }
    }

    /** Whether {@code password} is the one {@code hash} (Modular Crypt Format) was made from. */
    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password.toCharArray());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
