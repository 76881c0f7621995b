package org.vecrl.core.envs.tabular;

import java.util.Optional;
import java.util.Set;

/**
 * A {@link TableModel} whose states are the cells of a {@link GridLayout} ({@code state = row·cols + col})
 * and whose actions are the layout's directions.
 */
public class GridModel extends TableModel {
    private final GridLayout layout;

    /** A grid model that always starts in {@code start}. */
    public GridModel(GridLayout layout, int start, Set<Integer> terminal, Dynamics dynamics) {
        super(layout.numRows() * layout.numCols(), layout.actionDirections().size(), start, terminal, dynamics);
        this.layout = layout;
    }

    /** A grid model that starts in state s with probability {@code initial[s]}. */
    public GridModel(GridLayout layout, double[] initial, Set<Integer> terminal, Dynamics dynamics) {
        super(layout.numRows() * layout.numCols(), layout.actionDirections().size(), initial, terminal, dynamics);
        this.layout = layout;
    }

    @Override
    public final Optional<GridLayout> grid() {
        return Optional.of(layout);
    }
}
