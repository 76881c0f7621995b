package org.vecrl.core.envs.toytext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.vecrl.core.env.Seeding;

/** FrozenLake's maps: Gymnasium's named ones, its random generator, and the check of a given map. */
public final class FrozenLakeMaps {
    /** Gymnasium's named maps. */
    public static final Map<String, List<String>> MAPS = Map.of(
            "4x4", List.of("SFFF", "FHFH", "FFFH", "HFFG"),
            "8x8",
                    List.of(
                            "SFFFFFFF",
                            "FFFFFFFF",
                            "FFFHFFFF",
                            "FFFFFHFF",
                            "FFFHFFFF",
                            "FHHFFFHF",
                            "FHFFHFHF",
                            "FFFHFFFG"));

    private static final String CELLS = "SFHG";

    private FrozenLakeMaps() {}

    /**
     * Gymnasium's {@code generate_random_map}: a {@code size}×{@code size} map with S top-left, G
     * bottom-right and each other cell frozen with probability {@code p} (else a hole), drawn again
     * until a path of non-hole cells leads from S to G (a depth-first search, as Gymnasium's
     * {@code is_valid}). Same semantics as Gymnasium's, but drawn with VecRL's generator: a seed
     * does not give the map NumPy gives for it.
     *
     * @param seed the generator's seed, or null for a map from OS entropy
     */
    public static List<String> generateRandomMap(int size, double p, Long seed) {
        if (size < 2) {
            throw new IllegalArgumentException("random map size " + size + ": expected at least 2 (room for S and G)");
        }
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("random map frozen probability p=" + p + ": expected 0 < p <= 1");
        }
        RandomGenerator rng = Seeding.generator(seed);
        while (true) {
            List<String> rows = new ArrayList<>(size);
            for (int r = 0; r < size; r++) {
                StringBuilder row = new StringBuilder(size);
                for (int c = 0; c < size; c++) {
                    row.append(rng.nextDouble() < p ? 'F' : 'H');
                }
                rows.add(row.toString());
            }
            rows.set(0, 'S' + rows.get(0).substring(1));
            rows.set(size - 1, rows.get(size - 1).substring(0, size - 1) + 'G');
            if (hasPath(rows)) {
                return List.copyOf(rows);
            }
        }
    }

    /** Whether a path of non-hole cells leads from the top-left cell to a G (Gymnasium's {@code is_valid}). */
    static boolean hasPath(List<String> rows) {
        int numRows = rows.size();
        int numCols = rows.get(0).length();
        boolean[] seen = new boolean[numRows * numCols];
        Deque<Integer> frontier = new ArrayDeque<>();
        frontier.push(0);
        int[][] moves = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        while (!frontier.isEmpty()) {
            int cell = frontier.pop();
            if (seen[cell]) {
                continue;
            }
            seen[cell] = true;
            for (int[] m : moves) {
                int r = cell / numCols + m[0];
                int c = cell % numCols + m[1];
                if (r < 0 || r >= numRows || c < 0 || c >= numCols) {
                    continue;
                }
                char next = rows.get(r).charAt(c);
                if (next == 'G') {
                    return true;
                }
                if (next != 'H') {
                    frontier.push(r * numCols + c);
                }
            }
        }
        return false;
    }

    /**
     * The rows of the lake: {@code desc} when given (checked: non-empty, rectangular, only S, F, H,
     * G, at least one S and one G), else the named map, else (both null) a random 8×8 map as Gymnasium.
     */
    static List<String> resolve(List<String> desc, String mapName) {
        if (desc == null) {
            if (mapName == null) {
                return generateRandomMap(8, 0.8, null);
            }
            List<String> named = MAPS.get(mapName);
            if (named == null) {
                throw new IllegalArgumentException("map_name '" + mapName + "': expected one of "
                        + new TreeSet<>(MAPS.keySet()) + " (or a desc, or neither for a random map)");
            }
            return named;
        }
        if (desc.isEmpty()) {
            throw new IllegalArgumentException("desc is empty: expected rows of S, F, H, G");
        }
        for (int r = 0; r < desc.size(); r++) {
            String row = desc.get(r);
            if (row.length() != desc.get(0).length() || row.isEmpty()) {
                throw new IllegalArgumentException("desc row " + r + " '" + row + "' has " + row.length()
                        + " cells: expected " + desc.get(0).length() + " like row 0 (and at least 1)");
            }
            for (int c = 0; c < row.length(); c++) {
                if (CELLS.indexOf(row.charAt(c)) < 0) {
                    throw new IllegalArgumentException("desc row " + r + " '" + row + "' has '" + row.charAt(c)
                            + "' at column " + c + ": expected one of S, F, H, G");
                }
            }
        }
        requireCell(desc, 'S', "start");
        requireCell(desc, 'G', "goal");
        return desc;
    }

    private static void requireCell(List<String> rows, char cell, String what) {
        if (rows.stream().noneMatch(row -> row.indexOf(cell) >= 0)) {
            throw new IllegalArgumentException(
                    "desc " + rows + " has no " + what + " cell '" + cell + "': expected at least one");
        }
    }
}
