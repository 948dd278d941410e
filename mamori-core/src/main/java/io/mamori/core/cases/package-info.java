/**
 * Cases and takedown requests (issue 6), as pure rules: the case workflow ({@link io.mamori.core.cases.CaseStatus}),
 * the takedown workflow and who may make each step ({@link io.mamori.core.cases.TakedownState},
 * {@link io.mamori.core.cases.TakedownAction}), and the EU DSA vocabularies a request and a platform's answer use
 * ({@link io.mamori.core.cases.StatementCategory}, {@link io.mamori.core.cases.PlatformMeasure}). No I/O: the store
 * keeps cases, the server checks requests against these rules.
 */
package io.mamori.core.cases;
