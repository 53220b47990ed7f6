package dev.tanji.web.endpoint;

import dev.tanji.platform.Caller;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses access tokens issued before their user's password last changed: the server checked the token's signature,
 * issuer, audience and expiry before this filter runs; this adds the one thing a signature cannot know. The answer is
 * 401 with {@code TOKEN_REVOKED}, as for any token the server does not accept.
 */
@WebFilter("/graphql/*")
public class RevokedTokens extends HttpFilter {

    /** Made once: {@code Json.createReader} looks its provider up on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final String BEARER = "Bearer ";

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && request.getUserPrincipal() != null && revoked(authorization.substring(BEARER.length()).strip())) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                    + "error_description=\"The token was issued before the password changed\"");
            response.setContentType("application/json;charset=UTF-8");
            try (JsonWriter writer = Json.createWriter(response.getOutputStream())) {
                writer.writeObject(new RequestRefused(401, "TOKEN_REVOKED",
                        "This access token was issued before the password changed; sign in again and create a new one")
                        .toResponse());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean revoked(String token) {
        Optional<Instant> validAfter = caller.tokensValidAfter();
        return validAfter.isPresent() && issuedAt(token).map(iat -> iat < validAfter.get().getEpochSecond())
                .orElse(true);
    }

    /** The token's {@code iat} claim in epoch seconds; its signature has already been checked. */
    private static Optional<Long> issuedAt(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try (JsonReader reader = READERS.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            JsonObject claims = reader.readObject();
            return claims.containsKey("iat") ? Optional.of(claims.getJsonNumber("iat").longValue()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
