package com.creatorplatform.gateway.execution;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the plain properties of the schema's records (a post's id, a figure's clicks) straight from
 * their accessor. SmallRye's own field fetcher first builds a request context for every field it
 * reads (a copy of the context, the field's path as a string, its sub-selection as JSON), which no
 * record accessor uses: on the dashboard's many fields that was most of the gateway's time
 * (bench/RESULTS.md, dashboard). Properties SmallRye would transform or adapt (dates, formatted
 * numbers, maps, arrays) keep its fetcher; numbers and booleans go to graphql-java's scalars as
 * they are, which take them unchanged. As a {@link LightDataFetcher} the accessor is handed the
 * source object itself, so graphql-java does not build a fetching environment (with the field's
 * selection set) for each of these fields either.
 */
public class PlainPropertyFetchers implements DataFetcherService {

    /** Java types whose values graphql-java's number and boolean scalars take as they are. */
    private static final Set<String> NUMBERS =
            Set.of(
                    "int",
                    "java.lang.Integer",
                    "long",
                    "java.lang.Long",
                    "double",
                    "java.lang.Double",
                    "boolean",
                    "java.lang.Boolean");

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!FastPath.enabled() || field.getMethodName() == null || !isPlain(field)) {
            return null;
        }
        try {
            Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
            var accessor =
                    MethodHandles.publicLookup()
                            .findVirtual(
                                    ownerClass,
                                    field.getMethodName(),
                                    MethodType.methodType(
                                            ownerClass
                                                    .getMethod(field.getMethodName())
                                                    .getReturnType()));
            return new AccessorFetcher(
                    accessor.asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException | RuntimeException notAPublicAccessor) {
            return null; // SmallRye's fetcher knows other ways to read a property
        }
    }

    /**
     * What SmallRye would hand over as it is: no transformation, adapter, map or array to convert.
     */
    private static boolean isPlain(Field field) {
        if (field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return false;
        }
        if (field.hasWrapper()
                && (field.getWrapper().isArray()
                        || field.getWrapper().isMap()
                        || field.getWrapper().isOptional())) {
            return false;
        }
        Reference reference = field.getReference();
        return reference.getType() != ReferenceType.SCALAR
                || reference.getClassName().equals(reference.getGraphQLClassName())
                || NUMBERS.contains(reference.getClassName());
    }

    record AccessorFetcher(MethodHandle accessor)
            implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        @Override
        public Object get(
                GraphQLFieldDefinition field,
                Object source,
                Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return read(source);
        }

        Object read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            try {
                return accessor.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            }
        }
    }
}
