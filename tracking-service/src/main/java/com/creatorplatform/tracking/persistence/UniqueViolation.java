package com.creatorplatform.tracking.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises the database refusing a second row for a unique key: the way races between two writers
 * end.
 */
public final class UniqueViolation {

    private UniqueViolation() {}

    /**
     * Whether the failure, or one of its causes, is a violation of the named unique constraint or
     * index.
     */
    public static boolean of(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
