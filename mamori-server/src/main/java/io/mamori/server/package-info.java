/**
 * {@code mamori serve} (issue 6): the HTTP API over the store, built with Javalin. Each feature is an
 * {@link io.mamori.server.ApiModule} whose {@link io.mamori.server.ApiRoute}s declare the roles
 * allowed; {@link io.mamori.server.MamoriServer} authenticates (HTTP Basic or bearer token), checks
 * roles, and answers every failure as RFC 9457 problem+json. The OpenAPI document
 * ({@code openapi/*.json}) is hand-written and checked against the routes by a test.
 * Depends on {@code mamori-core}, {@code mamori-io}, {@code mamori-store}, {@code mamori-analysis}, Javalin and Jackson.
 */
package io.mamori.server;
