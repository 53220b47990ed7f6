/**
 * Users of the API: who may sign in (table {@code app_user}, read by WildFly's Elytron JDBC realm), with which role
 * and for which company; bcrypt password hashes made with Elytron's password factory; and the signed access tokens
 * (JWT) a signed-in user can take instead of sending its password with every request.
 */
package dev.tanji.user;
