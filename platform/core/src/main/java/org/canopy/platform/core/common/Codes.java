package org.canopy.platform.core.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looks up {@link Coded} enum constants by their external code. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(wanted)).findFirst();
    }

    /** "one of a, b, c": for error messages that tell the user what would have been accepted. */
    public static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                .collect(Collectors.joining(", "));
    }

    /** The code as words for people: {@code strong-standard} reads "Strong standard". */
    public static String label(Coded value) {
        String words = value.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The usual spelling: the constant's name in lower case with hyphens. */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
