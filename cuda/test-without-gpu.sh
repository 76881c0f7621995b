#!/usr/bin/env bash
# Runs the CUDA engine's tests with the JavaCPP CUDA natives (profile cuda13) on a machine WITHOUT a GPU or
# driver, so that NVRTC really compiles every kernel: CUDA 13 libraries from a folder (default: the
# nvidia-cuda-nvrtc / nvidia-cuda-runtime / nvidia-cublas wheels of a Python venv), plus a stub libcuda.so.1
# (src/test/native/libcuda-stub.c, built here with cc) because JavaCPP loads libcuda with NVRTC.
# Usage: cuda/test-without-gpu.sh [CUDA_LIB_DIR]   (default /tmp/cu13/lib/python3.11/site-packages/nvidia/cu13/lib)
set -euo pipefail
cd "$(dirname "$0")"
libs="${1:-/tmp/cu13/lib/python3.11/site-packages/nvidia/cu13/lib}"
[[ -e "$libs/libnvrtc.so.13" ]] || { echo "no libnvrtc.so.13 in $libs" >&2; exit 2; }
stub=target/cuda-stub
mkdir -p "$stub"
cc -shared -fPIC -Wl,-soname,libcuda.so.1 -o "$stub/libcuda.so.1" src/test/native/libcuda-stub.c
export LD_LIBRARY_PATH="$libs:$PWD/$stub${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
cd ..
exec flock /tmp/vecrl-mvn.lock ./mvnw -o -B -q -Pcuda13 -pl cuda -am test -Dtest='org.vecrl.cuda.**' \
    -Dsurefire.failIfNoSpecifiedTests=false
