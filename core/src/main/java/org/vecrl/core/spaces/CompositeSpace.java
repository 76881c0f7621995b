package org.vecrl.core.spaces;

import java.util.Collection;

/**
 * What {@link TupleSpace} and {@link DictSpace} share: a member is made of one member of each part,
 * in order, and flattens to the concatenation of the parts' flat forms.
 *
 * @param <T> the Java type of a member
 */
interface CompositeSpace<T> extends Space<T> {

    /** The parts, in order. */
    Collection<Space<?>> parts();

    /** Null: a composite space's members have no single shape. */
    @Override
    default int[] shape() {
        return null;
    }

    @Override
    default int flatDim() {
        int dim = 0;
        for (Space<?> s : parts()) {
            dim = Math.addExact(dim, s.flatDim());
        }
        return dim;
    }

    /** The concatenation of the parts' flat spaces. */
    @Override
    default Box flatSpace() {
        int flatDim = flatDim();
        float[] low = new float[flatDim];
        float[] high = new float[flatDim];
        int offset = 0;
        for (Space<?> part : parts()) {
            Box flat = part.flatSpace();
            int n = flat.flatDim();
            System.arraycopy(flat.low(), 0, low, offset, n);
            System.arraycopy(flat.high(), 0, high, offset, n);
            offset += n;
        }
        return new Box(low, high, flatDim);
    }
}
