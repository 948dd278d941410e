package io.mamori.server;

import java.util.List;

/** A feature's routes (posts, analyses, cases, takedown requests...), registered by {@link MamoriServer}. */
public interface ApiModule {
    List<ApiRoute> routes();
}
