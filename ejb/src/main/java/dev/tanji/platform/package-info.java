/**
 * What every feature leans on: the schema migration at start-up, the domain error type with its stable codes, the
 * demo data loaded into a fresh embedded database, and keyset paging of lists ({@code paging}).
 *
 * <p>Also the roles a user can have ({@link Role}, and {@link Roles} for {@code @RolesAllowed}) and who is calling
 * ({@link Caller}).
 */
package dev.tanji.platform;
