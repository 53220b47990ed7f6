package dev.tanji.platform;

/**
 * The {@link Role} names as constants, for {@code @RolesAllowed} on the application services. The container checks
 * them on every call (WildFly's Elytron security domain "tanji"); a refused call reaches a GraphQL client as
 * {@code FORBIDDEN}.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String ANALYST = "ANALYST";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
