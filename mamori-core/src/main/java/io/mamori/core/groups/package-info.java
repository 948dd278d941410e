/**
 * Coordinated groups: the multiplex account graph built from every co-activity network, the null
 * model that tells coordination from crowds, Leiden communities, group scores and the reasons
 * given for every flag ({@code docs/scoring.md}). Pure: the JDK only.
 */
package io.mamori.core.groups;
