/**
 * Who may do what: the {@link io.mamori.core.access.Role}s of the office's system (issue 6). Pure:
 * the store keeps users, the server checks each route's roles.
 */
package io.mamori.core.access;
