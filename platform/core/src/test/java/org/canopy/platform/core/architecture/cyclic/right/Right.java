package org.canopy.platform.core.architecture.cyclic.right;

import org.canopy.platform.core.architecture.cyclic.left.Left;

/** The other half of the deliberate package cycle. */
public class Right {

    Left partner;
}
