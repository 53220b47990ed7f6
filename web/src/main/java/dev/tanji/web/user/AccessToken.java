package dev.tanji.web.user;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AccessToken")
@Description("Send as the HTTP header `Authorization: Bearer <accessToken>` instead of a user name and password")
public record AccessToken(@NonNull String accessToken, @NonNull @Description("Always Bearer") String tokenType,
        @NonNull @Description("When the token stops working; take a new one before") Instant expiresAt) {

    static AccessToken of(dev.tanji.user.AccessToken token) {
        return new AccessToken(token.token(), "Bearer", token.expiresAt());
    }
}
