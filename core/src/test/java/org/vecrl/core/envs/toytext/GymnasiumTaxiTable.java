package org.vecrl.core.envs.toytext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vecrl.core.envs.tabular.Transition;

/**
 * A Taxi table dumped from Gymnasium 1.3's {@code TaxiEnv} ({@code env.P} and
 * {@code initial_state_distrib}) by {@code core/src/test/python/dump_taxi.py}.
 */
record GymnasiumTaxiTable(double[] initial, List<List<List<Transition>>> outcomes) {

    static GymnasiumTaxiTable load(String resource) {
        double[] initial = new double[Taxi.NUM_STATES];
        List<List<List<Transition>>> table = new ArrayList<>();
        for (int s = 0; s < Taxi.NUM_STATES; s++) {
            table.add(new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
        }
        try (InputStream in = GymnasiumTaxiTable.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(" ");
                if (line.startsWith("#")) {
                    continue;
                }
                if (f[0].equals("init")) {
                    initial[Integer.parseInt(f[1])] = Double.parseDouble(f[2]);
                    continue;
                }
                List<Transition> outcomes = new ArrayList<>();
                for (int i = 2; i < f.length; i += 4) {
                    outcomes.add(new Transition(
                            Double.parseDouble(f[i]),
                            Integer.parseInt(f[i + 1]),
                            Double.parseDouble(f[i + 2]),
                            f[i + 3].equals("1")));
                }
                table.get(Integer.parseInt(f[0])).set(Integer.parseInt(f[1]), outcomes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GymnasiumTaxiTable(initial, table);
    }
}
