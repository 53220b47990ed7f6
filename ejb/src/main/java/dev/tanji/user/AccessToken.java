package dev.tanji.user;

import java.time.Instant;

/** A signed access token (a JWT) for the HTTP header {@code Authorization: Bearer <token>}, and when it expires. */
public record AccessToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
