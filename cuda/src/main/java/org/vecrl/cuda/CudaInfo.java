package org.vecrl.cuda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the CUDA engine found: the devices with the driver and runtime versions, or the reason there are none.
 *
 * @param reason null when the engine can run, else what is missing (see {@link CudaProbe})
 * @param driverVersion the CUDA version the driver supports, as {@code 1000 * major + 10 * minor} (0 if unknown)
 * @param runtimeVersion the CUDA runtime library's version, same encoding (0 if unknown)
 * @param devices the devices (empty when {@code reason} is set)
 */
public record CudaInfo(String reason, int driverVersion, int runtimeVersion, List<CudaDevice> devices) {

    public CudaInfo {
        devices = List.copyOf(devices);
    }

    /** The result of a probe that stopped at {@code reason}. */
    static CudaInfo unavailable(String reason, int driverVersion, int runtimeVersion) {
        return new CudaInfo(reason, driverVersion, runtimeVersion, List.of());
    }

    /** Whether the engine can run: a driver, the libraries and at least one device. */
    public boolean available() {
        return reason == null;
    }

    /** The info as an ordered map with snake_case keys, for JSON output: available, reason (if any), versions, devices. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", available());
        if (reason != null) {
            m.put("reason", reason);
        }
        m.put("driver_version", version(driverVersion));
        m.put("runtime_version", version(runtimeVersion));
        m.put("devices", devices.stream().map(CudaDevice::toMap).toList());
        return m;
    }

    /** {@code 13000} as "13.0", 0 as "unknown". */
    static String version(int v) {
        return v <= 0 ? "unknown" : (v / 1000) + "." + (v % 1000) / 10;
    }
}
