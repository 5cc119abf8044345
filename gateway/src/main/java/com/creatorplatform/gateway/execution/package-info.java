/**
 * How the gateway executes GraphQL: graphql-java and SmallRye GraphQL as they are, plus a fast path
 * for large answers (the dashboard's 40,000 fields), behind one switch, {@code
 * platform.graphql.fast-path} ({@link com.creatorplatform.gateway.execution.FastPath}, on by
 * default; the gateway's GraphQL test suites run with it on and off). With it on, start-up refuses
 * graphql-java or SmallRye versions other than the ones the hooks were built for.
 *
 * <p>The hooks, each with what it leans on and what would let it go:
 *
 * <ul>
 *   <li>{@code PlainPropertyFetchers} (SmallRye's {@code DataFetcherService}): reads record
 *       properties straight from their accessor instead of SmallRye's per-field context. Goes when
 *       SmallRye stops building a context for fields that do not use it.
 *   <li>{@code FieldLookup} (SmallRye's {@code EventingService}): graphql-java's plain field lookup
 *       instead of the regular expression SmallRye's default visibility matches per field. Goes
 *       when SmallRye leaves the default visibility alone. (Its other task, introspection off in
 *       production, stays.)
 *   <li>{@code OperationInstrumentation}: SmallRye's instrumentations asked at the operation only,
 *       not at every field. Goes when graphql-java skips instrumentations that do nothing per
 *       field.
 *   <li>{@code QueryExecution} with {@code PlainObjects} and {@code AnswerJson}: objects of plain
 *       properties completed in one go (uses graphql-java's {@code @Internal} {@code
 *       FieldCollector} and {@code ExecutionStrategyParameters}), and the answer handed to SmallRye
 *       as JSON text. Goes when graphql-java's completion of plain objects costs about what this
 *       does.
 * </ul>
 *
 * Always on, not part of the fast path: {@code StrictScalars} (input validation).
 */
package com.creatorplatform.gateway.execution;
