package org.canopy.platform.core.architecture.cyclic.left;

import org.canopy.platform.core.architecture.cyclic.right.Right;

/** Half of a deliberate package cycle, which the cycle rule must catch. */
public class Left {

    Right partner;
}
