package org.vecrl.core.buffer;

/** How advantage estimation treats an episode that a time limit cut off (truncated, not terminated). */
public enum TruncationMode {
    /**
     * Correct default: the truncated step bootstraps from V(true final observation) and the
     * advantage recursion stops at the episode boundary.
     */
    BOOTSTRAP_FINAL_OBS,
    /** CleanRL's simplification: a truncated step counts as terminated (no bootstrap at all). */
    TREAT_AS_TERMINATION,
    /**
     * Truncation ignored altogether (a simplification some course code makes): the step bootstraps from
     * V(reset observation) of the next episode and the recursion runs across the boundary.
     */
    BOOTSTRAP_RESET_OBS
}
