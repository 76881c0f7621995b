package org.vecrl.cuda;

import static org.bytedeco.cuda.global.cudart.*;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * An array in device memory of {@code length} elements of {@code elementBytes} bytes each ({@link Float#BYTES}
 * for most buffers, {@link Double#BYTES} for loss terms, partial sums and env states, {@link Long#BYTES} for
 * random streams), zeroed when allocated; buffers copy to and from Java arrays of their element type. Freed by
 * {@link #close()}.
 */
final class DeviceBuffer implements AutoCloseable {

    private final Pointer pointer = new Pointer();
    private final long length;
    private final int elementBytes;

    /** A zeroed buffer of {@code length} floats. */
    static DeviceBuffer floats(long length) {
        return new DeviceBuffer(length, Float.BYTES);
    }

    /** A zeroed buffer of {@code length} ints. */
    static DeviceBuffer ints(long length) {
        return new DeviceBuffer(length, Integer.BYTES);
    }

    /** A zeroed buffer of {@code length} longs (64-bit integers: random streams, indices). */
    static DeviceBuffer longs(long length) {
        return new DeviceBuffer(length, Long.BYTES);
    }

    /** A zeroed buffer of {@code length} doubles. */
    static DeviceBuffer doubles(long length) {
        return new DeviceBuffer(length, Double.BYTES);
    }

    private DeviceBuffer(long length, int elementBytes) {
        if (length <= 0) {
            throw new IllegalArgumentException("device buffer length=" + length + ": expected > 0");
        }
        this.length = length;
        this.elementBytes = elementBytes;
        CudaError.checkRuntime(cudaMalloc(pointer, bytes()), "cudaMalloc(" + bytes() + " bytes)");
        zero();
    }

    /** The device address. */
    long address() {
        return pointer.address();
    }

    /** The number of elements. */
    long length() {
        return length;
    }

    /** The device address of element {@code offset}, of any element type. */
    long elementAddress(long offset) {
        checkCount(offset);
        return address() + offset * elementBytes;
    }

    /** Element {@code offset} of a float buffer as a pointer, for cuBLAS (the caller closes it). */
    FloatPointer floatsAt(long offset) {
        checkCount(offset);
        FloatPointer p = new FloatPointer(pointer);
        p.position(offset);
        return p;
    }

    /** Sets every byte to 0. */
    void zero() {
        CudaError.checkRuntime(cudaMemset(pointer, 0, bytes()), "cudaMemset");
    }

    /** Copies {@code count} floats from {@code host[0..count)} to the start of this buffer. */
    void upload(float[] host, int count) {
        try (FloatPointer staging = new FloatPointer(Math.max(1, count))) {
            staging.put(host, 0, count);
            copyFromHost(staging, count, Float.BYTES);
        }
    }

    /** Copies {@code count} doubles from {@code host[0..count)} to the start of this buffer. */
    void upload(double[] host, int count) {
        try (DoublePointer staging = new DoublePointer(Math.max(1, count))) {
            staging.put(host, 0, count);
            copyFromHost(staging, count, Double.BYTES);
        }
    }

    /** Copies {@code count} ints from {@code host[0..count)} to the start of this buffer. */
    void upload(int[] host, int count) {
        try (IntPointer staging = new IntPointer(Math.max(1, count))) {
            staging.put(host, 0, count);
            copyFromHost(staging, count, Integer.BYTES);
        }
    }

    /** Copies the first {@code count} floats of this buffer into {@code host[0..count)}. */
    void download(float[] host, int count) {
        try (FloatPointer staging = new FloatPointer(Math.max(1, count))) {
            copyToHost(staging, count, Float.BYTES);
            staging.get(host, 0, count);
        }
    }

    /** Copies the first {@code count} doubles of this buffer into {@code host[0..count)}. */
    void download(double[] host, int count) {
        try (DoublePointer staging = new DoublePointer(Math.max(1, count))) {
            copyToHost(staging, count, Double.BYTES);
            staging.get(host, 0, count);
        }
    }

    /** Copies the first {@code count} ints of this buffer into {@code host[0..count)}. */
    void download(int[] host, int count) {
        try (IntPointer staging = new IntPointer(Math.max(1, count))) {
            copyToHost(staging, count, Integer.BYTES);
            staging.get(host, 0, count);
        }
    }

    /** Copies the first {@code count} longs of this buffer into {@code host[0..count)}. */
    void download(long[] host, int count) {
        try (LongPointer staging = new LongPointer(Math.max(1, count))) {
            copyToHost(staging, count, Long.BYTES);
            staging.get(host, 0, count);
        }
    }

    /** Copies the first {@code count} elements of {@code source} (same element size) into this buffer. */
    void copyFrom(DeviceBuffer source, long count) {
        copyFrom(source, 0, 0, count);
    }

    /**
     * Copies elements {@code [sourceOffset, sourceOffset + count)} of {@code source} (same element size) to
     * elements {@code [offset, offset + count)} of this buffer, asynchronously on the default stream.
     */
    void copyFrom(DeviceBuffer source, long sourceOffset, long offset, long count) {
        if (source.elementBytes != elementBytes) {
            throw new IllegalArgumentException("a buffer of " + source.elementBytes
                    + "-byte elements copied into one of " + elementBytes + "-byte elements");
        }
        checkRange(offset, count);
        source.checkRange(sourceOffset, count);
        if (count > 0) {
            CudaError.check(
                    cuMemcpyDtoD(
                            address() + offset * elementBytes,
                            source.address() + sourceOffset * elementBytes,
                            count * elementBytes),
                    "cuMemcpyDtoD(" + count + " elements)");
        }
    }

    @Override
    public void close() {
        if (!pointer.isNull()) {
            cudaFree(pointer);
            pointer.setNull();
        }
    }

    private void copyFromHost(Pointer staging, int count, int bytesPerElement) {
        checkCopy(count, bytesPerElement);
        if (count > 0) {
            CudaError.checkRuntime(
                    cudaMemcpy(pointer, staging, (long) count * elementBytes, cudaMemcpyHostToDevice),
                    "cudaMemcpy(host to device, " + count + " elements)");
        }
    }

    private void copyToHost(Pointer staging, int count, int bytesPerElement) {
        checkCopy(count, bytesPerElement);
        CudaError.checkRuntime(
                cudaMemcpy(staging, pointer, (long) count * elementBytes, cudaMemcpyDeviceToHost),
                "cudaMemcpy(device to host, " + count + " elements)");
    }

    private void checkCopy(int count, int bytesPerElement) {
        if (bytesPerElement != elementBytes) {
            throw new IllegalArgumentException(
                    "a buffer of " + elementBytes + "-byte elements copied as " + bytesPerElement + "-byte elements");
        }
        checkCount(count);
    }

    private long bytes() {
        return length * elementBytes;
    }

    private void checkRange(long offset, long count) {
        if (offset < 0 || count < 0 || offset + count > length) {
            throw new IllegalArgumentException("elements [" + offset + ", " + (offset + count)
                    + "): expected a range within the buffer's " + length + " elements");
        }
    }

    private void checkCount(long count) {
        if (count < 0 || count > length) {
            throw new IllegalArgumentException(
                    "copy of " + count + " elements: expected 0 to the buffer's " + length + " elements");
        }
    }
}
