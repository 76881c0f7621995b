package org.vecrl.cuda;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One CUDA device as the driver reports it.
 *
 * @param index ordinal of the device for the driver
 * @param name the product name, e.g. "NVIDIA H200"
 * @param major compute capability, major part (9 for Hopper)
 * @param minor compute capability, minor part
 * @param totalMemoryBytes global memory in bytes
 */
public record CudaDevice(int index, String name, int major, int minor, long totalMemoryBytes) {

    /** The compute capability as "major.minor", e.g. "9.0". */
    public String computeCapability() {
        return major + "." + minor;
    }

    /** The NVRTC architecture of this device's own code, e.g. "sm_90". */
    public String architecture() {
        return "sm_" + major + minor;
    }

    /** The device as an ordered map with snake_case keys, for JSON output. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("name", name);
        m.put("compute_capability", computeCapability());
        m.put("total_memory_bytes", totalMemoryBytes);
        return m;
    }
}
