package org.vecrl.cuda;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * The argument list of one kernel launch, in the kernel's parameter order: cuLaunchKernel takes an array of
 * pointers to the values, which must live until the launch returns; {@link #close()} frees them.
 */
final class KernelArgs implements AutoCloseable {

    private final List<Pointer> values = new ArrayList<>();

    /** A device pointer argument ({@code float*}, {@code double*}, {@code int*}; 0 for a null pointer). */
    KernelArgs ptr(long deviceAddress) {
        values.add(new LongPointer(new long[] {deviceAddress}));
        return this;
    }

    /** A device buffer argument. */
    KernelArgs ptr(DeviceBuffer buffer) {
        return ptr(buffer.address());
    }

    /** An {@code int} argument. */
    KernelArgs i32(int value) {
        values.add(new IntPointer(new int[] {value}));
        return this;
    }

    /** A {@code long long} or {@code unsigned long long} argument (the same 64 bits). */
    KernelArgs i64(long value) {
        values.add(new LongPointer(new long[] {value}));
        return this;
    }

    /** A {@code float} argument. */
    KernelArgs f32(float value) {
        values.add(new FloatPointer(new float[] {value}));
        return this;
    }

    /** A {@code double} argument. */
    KernelArgs f64(double value) {
        values.add(new DoublePointer(new double[] {value}));
        return this;
    }

    /** The {@code void**} that cuLaunchKernel reads; valid until {@link #close()}. */
    PointerPointer<Pointer> pointers() {
        return new PointerPointer<>(values.toArray(new Pointer[0]));
    }

    @Override
    public void close() {
        values.forEach(Pointer::close);
    }
}
