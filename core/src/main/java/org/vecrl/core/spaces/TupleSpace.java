package org.vecrl.core.spaces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The product of a fixed list of spaces, as Gymnasium's {@code Tuple}. Members are
 * {@code List<Object>} with one member of each part, in order; they flatten to the concatenation of
 * the parts' flat forms.
 *
 * @param spaces the parts, in order
 */
public record TupleSpace(List<Space<?>> spaces) implements CompositeSpace<List<Object>> {

    public TupleSpace {
        if (spaces == null || spaces.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Tuple parts " + spaces + ": expected a list of non-null spaces");
        }
        spaces = List.copyOf(spaces);
    }

    /** A tuple of the given parts. */
    public static TupleSpace of(Space<?>... spaces) {
        return new TupleSpace(List.of(spaces));
    }

    /** Part i. */
    public Space<?> get(int i) {
        return spaces.get(i);
    }

    @Override
    public List<Space<?>> parts() {
        return spaces;
    }

    /** The number of parts. */
    public int size() {
        return spaces.size();
    }

    @Override
    public List<Object> sample(RandomGenerator rng) {
        List<Object> x = new ArrayList<>(spaces.size());
        for (Space<?> s : spaces) {
            x.add(s.sample(rng));
        }
        return Collections.unmodifiableList(x);
    }

    @Override
    public boolean contains(Object x) {
        if (!(x instanceof List<?> list) || list.size() != spaces.size()) {
            return false;
        }
        for (int i = 0; i < spaces.size(); i++) {
            if (!spaces.get(i).contains(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void flattenInto(List<Object> x, float[] out, int offset) {
        check(x, "value");
        int at = offset;
        for (int i = 0; i < spaces.size(); i++) {
            Spaces.flattenMember(spaces.get(i), x.get(i), out, at);
            at += spaces.get(i).flatDim();
        }
    }

    @Override
    public List<Object> unflatten(float[] flat, int offset) {
        List<Object> x = new ArrayList<>(spaces.size());
        int at = offset;
        for (Space<?> s : spaces) {
            x.add(s.unflatten(flat, at));
            at += s.flatDim();
        }
        return Collections.unmodifiableList(x);
    }

    @Override
    public String toString() {
        return spaces.stream().map(Object::toString).collect(Collectors.joining(", ", "Tuple(", ")"));
    }
}
