package org.vecrl.core.envs.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Russell and Norvig's 3×4 grid world, coded by hand (the {@link GridWorld} map {@code ...G/.#.T/S...}
 * with step reward {@code penalty} and slipperiness 0.3 has the same tensors).
 * {@code state = x + 4·y} with y = 0 the top row; 3 is the +1 goal, 7 the −1 pit (both terminal),
 * 5 a wall, 8 the start. Actions 0 up, 1 right, 2 down, 3 left; the chosen direction happens with
 * probability 0.7 and each other one with 0.1. A move off the grid or into the wall stays put.
 * Each outcome gives {@code penalty}, except entering a terminal cell, which gives that cell's
 * reward instead. Terminal cells and the wall are absorbing with reward 0.
 */
public final class NorvigGrid extends GridModel {
    private static final int WIDTH = 4;
    private static final int HEIGHT = 3;
    private static final int WALL = 5;
    private static final int GOAL = 3;
    private static final int PIT = 7;
    private static final int START = 8;
    private static final int[][] MOVES = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
    private static final GridLayout LAYOUT = new GridLayout(
            List.of("...G", ".#.T", "S..."), List.of(Direction.UP, Direction.RIGHT, Direction.DOWN, Direction.LEFT));

    private final double penalty;

    public NorvigGrid(double penalty) {
        super(LAYOUT, START, Set.of(GOAL, PIT), (s, a) -> outcomes(penalty, s, a));
        this.penalty = penalty;
    }

    /** Russell and Norvig's usual penalty, −0.04 per step. */
    public NorvigGrid() {
        this(-0.04);
    }

    /** The reward of each step that does not enter a terminal cell. */
    public double penalty() {
        return penalty;
    }

    private static List<Transition> outcomes(double penalty, int s, int a) {
        if (s == GOAL || s == PIT || s == WALL) {
            return List.of(new Transition(1.0, s, 0.0, s != WALL));
        }
        List<Transition> out = new ArrayList<>(MOVES.length);
        for (int d = 0; d < MOVES.length; d++) {
            int x = s % WIDTH + MOVES[d][0];
            int y = s / WIDTH + MOVES[d][1];
            int next = x < 0 || x >= WIDTH || y < 0 || y >= HEIGHT || x + WIDTH * y == WALL ? s : x + WIDTH * y;
            double reward = next == GOAL ? 1.0 : next == PIT ? -1.0 : penalty;
            out.add(new Transition(d == a ? 0.7 : 0.1, next, reward, next == GOAL || next == PIT));
        }
        return out;
    }

    @Override
    public String toString() {
        return "NorvigGrid(penalty=" + penalty + ")";
    }
}
