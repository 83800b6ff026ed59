package org.canopy.plugins.cpdaudit.priorities;

/** The owner's rating of an action: red off track, amber at risk, green on track. */
public enum RagStatus { RED, AMBER, GREEN }
