package org.canopy.platform.core.common;

/** An enumeration whose API and manifest spelling ({@code all-through}) differs from its Java name. */
public interface Coded {

    String code();
}
