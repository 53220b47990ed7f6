package dev.tanji.web.user;

import org.eclipse.microprofile.graphql.Enum;

/** What a user may do; see README, "Users and roles". */
@Enum("Role")
public enum RoleName {
    ADMIN, EDITOR, ANALYST, VIEWER
}
