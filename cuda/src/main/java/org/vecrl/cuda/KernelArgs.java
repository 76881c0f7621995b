package org.vecrl.cuda;

import java.util.Arrays;

/**
 * The argument list of one kernel launch, in the kernel's parameter order, as one 64-bit slot per argument: a
 * device pointer or a 64-bit integer fills its slot, a 32-bit int or float its low four bytes (the kernel reads
 * four bytes at the slot's address, which on a little-endian host are those). {@link CudaKernels} copies the
 * slots into native memory it allocated once and hands cuLaunchKernel their addresses, so a launch allocates
 * nothing native.
 */
final class KernelArgs {

    private long[] slots = new long[16];
    private int count;

    /** A device pointer argument ({@code float*}, {@code double*}, {@code int*}; 0 for a null pointer). */
    KernelArgs ptr(long deviceAddress) {
        return add(deviceAddress);
    }

    /** A device buffer argument. */
    KernelArgs ptr(DeviceBuffer buffer) {
        return ptr(buffer.address());
    }

    /** An {@code int} argument. */
    KernelArgs i32(int value) {
        return add(value & 0xFFFF_FFFFL);
    }

    /** A {@code long long} or {@code unsigned long long} argument (the same 64 bits). */
    KernelArgs i64(long value) {
        return add(value);
    }

    /** A {@code float} argument. */
    KernelArgs f32(float value) {
        return add(Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    /** A {@code double} argument. */
    KernelArgs f64(double value) {
        return add(Double.doubleToRawLongBits(value));
    }

    /** The number of arguments. */
    int count() {
        return count;
    }

    /** The slots, {@link #count()} of them used. */
    long[] slots() {
        return slots;
    }

    private KernelArgs add(long bits) {
        if (count == slots.length) {
            slots = Arrays.copyOf(slots, 2 * count);
        }
        slots[count++] = bits;
        return this;
    }
}
