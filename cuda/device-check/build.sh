#!/usr/bin/env bash
# Builds the CUDA engine's device check into cuda/target/device-check (run here, with a JDK and Maven): a
# jlink'ed JRE with only the modules the jars need (jdk.incubator.vector included), the jars of a simd + cuda
# PPO run without ND4J's natives, the JavaCPP CUDA jars (profile cuda13), the cuda module's test classes with
# the JUnit launcher, and run.sh, which a GPU machine with no JDK, Maven or network runs from the folder as it
# is. Prints the folder's size, which must stay within the 64 MiB that travels to the device.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=cuda/target/device-check
rm -rf "$out"
mkdir -p "$out/lib"
# Left out: ND4J and what only it brings (a simd + cuda run never loads ND4J), core's plotting (XChart, PDFBox:
# a run without plots never loads them), AssertJ's optional byte-buddy.
nd4j_groups=org.nd4j,com.github.oshi,net.java.dev.jna,commons-net,net.ericaro,com.jakewharton.byteunits,org.threeten,commons-io
plot_groups=org.knowm.xchart,de.erichseifert.vectorgraphics2d,de.rototor.pdfbox,org.apache.pdfbox,com.madgag,commons-logging
nd4j_artifacts=vecrl-native-config,openblas,commons-math3,commons-lang3,commons-collections4,commons-compress,byte-buddy
flock /tmp/vecrl-mvn.lock ./mvnw -o -q -B -Pcuda13 -pl cuda -am -DskipTests \
    package dependency:copy-dependencies -DincludeScope=test -DoutputDirectory="$PWD/$out/lib" \
    -DexcludeGroupIds="$nd4j_groups,$plot_groups" -DexcludeArtifactIds="$nd4j_artifacts"
rm "$out/lib/commons-codec-1.10.jar" # ND4J's copy, from native-config (built for the reactor), beside Arrow's 1.18
cp cuda/target/vecrl-cuda-*.jar "$out/lib/"
cp -r cuda/target/test-classes "$out/test-classes"
# Of the CUDA natives only the JNI libraries of the presets the engine uses (cudart, nvrtc, cublas): 1.5 of 5 MB.
natives=$(realpath "$out"/lib/cuda-*-linux-x86_64.jar)
mkdir "$out/natives"
(cd "$out/natives" && jar --extract --file "$natives" \
    org/bytedeco/cuda/linux-x86_64/libjnicudart.so org/bytedeco/cuda/linux-x86_64/libjninvrtc.so \
    org/bytedeco/cuda/linux-x86_64/libjnicublas.so)
jar --create --file "$natives" -C "$out/natives" .
rm -r "$out/natives"
# What the jars need (jdeps cannot resolve the modular jars among them): java.desktop for the envs' colours
# (CartPole's class loads java.awt.Color), java.sql and java.xml for Jackson and Arrow, jdk.unsupported for
# JavaCPP's and Arrow's Unsafe, jdk.zipfs for JUnit's class-path scan. Headless: no X11, sound or
# splash-screen libraries; libjvm without debug symbols.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.incubator.vector
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --exclude-files='**/libawt_xawt.so,**/libjsound.so,**/libsplashscreen.so' --output "$out/jre"
strip --strip-unneeded "$out/jre/lib/server/libjvm.so"
cp cuda/device-check/run.sh "$out/run.sh"
echo "modules: $modules"
du -sh "$out" "$out/jre" "$out/lib"
du -sb "$out" | awk '{printf "%.1f MiB in all\n", $1 / 1048576}'
