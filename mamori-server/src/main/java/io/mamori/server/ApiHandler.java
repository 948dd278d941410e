package io.mamori.server;

/** The work of one route, given an authenticated (or, for public routes, anonymous) request. */
@FunctionalInterface
public interface ApiHandler {
    void handle(ApiRequest request) throws Exception;
}
