/**
 * Primitive-array building blocks for hot loops over millions of posts: a compact string
 * dictionary that interns without allocating, growable int arrays and a stable radix sort.
 * Nothing here knows about posts; the coordination package builds on it.
 */
package io.mamori.core.primitive;
