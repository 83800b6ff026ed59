package org.canopy.platform.core.common;

/** One offending field of an input, named as the client spelled it. */
public record FieldError(String field, String message) {
}
