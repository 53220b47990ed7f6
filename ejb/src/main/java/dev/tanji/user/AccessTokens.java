package dev.tanji.user;

import dev.tanji.platform.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Issues the signed-in caller an access token: a JWT (RFC 7519) signed RS256, which WildFly's Elytron token realm
 * {@code tanji-tokens} verifies on each request carrying it as {@code Authorization: Bearer}. The token names the
 * user ({@code sub}) and nothing more: the role and company are read from {@code app_user} on every request, so a
 * changed role applies at once. A token cannot be revoked; it lapses at {@code exp}, after
 * {@code tanji.access-token-minutes} (60 unless set).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
public class AccessTokens {

    /** The issuer and audience the token realm accepts (configure-server.cli). */
    static final String ISSUER = "tanji";
    static final String AUDIENCE = "tanji";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
            .build());

    @Resource
    SessionContext context;

    @Inject
    TokenSigningKey signingKey;

    /** A token for the caller itself: a token for anyone else needs that user's password. */
    public AccessToken issue() {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime());
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", context.getCallerPrincipal().getName())
                .add("iat", now.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        String content = HEADER + "." + encode(claims);
        return new AccessToken(content + "." + BASE64URL.encodeToString(sign(content)), expiresAt);
    }

    private byte[] sign(String content) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey.privateKey());
            rs256.update(content.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    private static Duration lifetime() {
        return Duration.ofMinutes(Long.parseLong(System.getProperty("tanji.access-token-minutes", "60").strip()));
    }

    private static String encode(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
