package io.mamori.core.scenario;

/** A post an action refers to, resolved when the action happens. */
interface PostRef {
    /** The post, or null when it has not been posted (yet, or at all within the collection). */
    EmittedPost resolve();
}
