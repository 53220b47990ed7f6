package dev.tanji.platform;

/**
 * What a user may do. Each user has exactly one role; every role but {@link #ADMIN} belongs to one company. The
 * names are those Elytron gives the caller (column {@code app_user.role}) and {@link Roles} spells for
 * {@code @RolesAllowed}.
 */
public enum Role {
    /** Everything, for every company, including creating users. */
    ADMIN,
    /** Reads and writes the data of the user's company: facilities, products, factor sets, studies, runs. */
    EDITOR,
    /** Reads the data of the user's company (later also anonymised benchmarks) and compares footprints. */
    ANALYST,
    /** Reads the calculation runs of the user's company, nothing else. */
    VIEWER
}
