package org.vecrl.cuda;

/** Test helpers: device buffers made from host arrays, and their contents read back. */
final class DeviceArrays {

    private DeviceArrays() {}

    static DeviceBuffer upload(float[] host) {
        DeviceBuffer d = DeviceBuffer.floats(host.length);
        d.upload(host, host.length);
        return d;
    }

    static DeviceBuffer upload(int[] host) {
        DeviceBuffer d = DeviceBuffer.ints(host.length);
        d.upload(host, host.length);
        return d;
    }

    static float[] floats(DeviceBuffer d) {
        float[] host = new float[Math.toIntExact(d.length())];
        d.download(host, host.length);
        return host;
    }

    static double[] doubles(DeviceBuffer d) {
        double[] host = new double[Math.toIntExact(d.length())];
        d.download(host, host.length);
        return host;
    }

    static int[] ints(DeviceBuffer d) {
        int[] host = new int[Math.toIntExact(d.length())];
        d.download(host, host.length);
        return host;
    }

    static long[] longs(DeviceBuffer d) {
        long[] host = new long[Math.toIntExact(d.length())];
        d.download(host, host.length);
        return host;
    }

    /** The sum of a double buffer's entries, in order. */
    static double sum(DeviceBuffer terms) {
        double s = 0;
        for (double t : doubles(terms)) {
            s += t;
        }
        return s;
    }
}
