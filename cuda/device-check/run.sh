#!/usr/bin/env bash
# The CUDA engine's device check, run on a GPU machine from the folder build.sh made (no JDK, Maven or network
# needed): finds the CUDA 13 libraries on the machine (LD_LIBRARY_PATH, the driver's and toolkits' folders,
# any Python site-packages/nvidia/*/lib of the nvidia-cuda-runtime, -nvrtc and -cublas wheels), runs the GPU
# tests and the throughput sweep (its time budget in seconds: the optional argument, default 100; 0 skips it) and
# writes device-check.json (and device-check.log) into $OUT (default: ./out). Exit status: 0 passed,
# 1 a test failed, 3 no usable GPU (the JSON's cuda.reason says what is missing), other: the check itself broke.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${OUT:-$here/out}"
mkdir -p "$out"
dirs=()
keep() {
    compgen -G "$1/*.so.13" >/dev/null || [[ -e "$1/libcuda.so.1" ]] && dirs+=("$1")
}
has() {
    local d
    for d in "${dirs[@]}"; do [[ -e "$d/$1" ]] && return 0; done
    return 1
}
for d in /usr/local/nvidia/lib64 /usr/lib/x86_64-linux-gnu /usr/local/cuda*/lib64 /usr/local/cuda*/targets/*/lib \
        /opt/*/.venv/lib/python3*/site-packages/nvidia/*/lib /usr/local/lib/python3*/dist-packages/nvidia/*/lib; do
    [[ -d "$d" ]] && keep "$d"
done
if ! { has libcudart.so.13 && has libnvrtc.so.13 && has libcublas.so.13; }; then
    while IFS= read -r d; do keep "$d"; done < <(timeout 20 find / \( -path /proc -o -path /sys -o -path /dev \) \
        -prune -o -maxdepth 10 -type d \( -path '*/site-packages/nvidia/*/lib' -o -path '*/dist-packages/nvidia/*/lib' \) \
        -print 2>/dev/null)
fi
found=$(IFS=:; echo "${dirs[*]:-}")
export LD_LIBRARY_PATH="$found${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
echo "library folders: ${found:-none}" | tee "$out/device-check.log"
timeout "${DEVICE_CHECK_TIMEOUT_S:-280}" "$here/jre/bin/java" -Xmx8g -Djava.awt.headless=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-modules jdk.incubator.vector -cp "$here/test-classes:$here/lib/*" org.vecrl.cuda.DeviceCheck "$out" "$@" 2>&1 | tee -a "$out/device-check.log"
status=${PIPESTATUS[0]}
if [[ ! -s "$out/device-check.json" ]]; then
    printf '{\n  "exit_status" : %d,\n  "error" : "the check wrote no result (status %d; 124 is a timeout): see device-check.log"\n}\n' \
        "$status" "$status" > "$out/device-check.json"
fi
exit "$status"
