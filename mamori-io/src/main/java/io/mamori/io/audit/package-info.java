/**
 * The audit bundle's JSON (issue 7, docs/audit.md): written by the server's export, read by
 * {@code mamori audit verify}, verified by core's {@code AuditBundleVerifier}.
 */
package io.mamori.io.audit;
