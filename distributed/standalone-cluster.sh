#!/usr/bin/env bash
# The tested cluster recipe: starts a Spark standalone master and one worker on localhost from the Maven
# artifacts (distributed/target/vecrl-sweep.jar holds Spark; no Spark download), submits a small sweep to
# them with `./vecrl sweep --master spark://...`, checks that every run finished with the same results as
# the same sweep on an embedded local[2] master, and stops the master and the worker again.
# Usage: distributed/standalone-cluster.sh [WORK_DIR]   (default: a new temporary folder)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
jar="$root/distributed/target/vecrl-sweep.jar"
port="${SPARK_MASTER_PORT:-17077}"
mkdir -p "$work"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests -pl distributed -am package)

# A Spark home whose jars/ is the sweep jar: the worker builds its executors' class path from it.
home="$work/spark-home"
mkdir -p "$home/jars"
ln -sf "$jar" "$home/jars/vecrl-sweep.jar"
touch "$home/RELEASE"
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mapfile -t opens < "$root/distributed/spark-jvm-options"
opens+=(--add-modules jdk.incubator.vector)

# the daemons log at info (the jar's slf4j-simple default is warn): the script waits for their start lines
info=(-Dorg.slf4j.simpleLogger.defaultLogLevel=info)
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT

wait_for() { # LOG PATTERN: waits up to 60 s for PATTERN in LOG
  for _ in $(seq 120); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "standalone-cluster: '$2' did not appear in $1:" >&2; tail -20 "$1" >&2; return 1
}

java -Xmx512m "${opens[@]}" "${info[@]}" -cp "$jar" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
wait_for "$work/master.log" "Starting Spark master at spark://"
java -Xmx512m "${opens[@]}" "${info[@]}" -cp "$jar" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" \
  --host 127.0.0.1 --cores 2 --memory 2g --work-dir "$work/worker" --webui-port 0 > "$work/worker.log" 2>&1 &
pids+=($!)
wait_for "$work/worker.log" "Successfully registered with master"

sweep=(--algo ppo --env CartPole-v1 --grid learning_rate=2.5e-4,1e-3 --seeds 1-2
  --set total_timesteps=4096 --set checkpoint_every=2048 --set eval_episodes=2)
"$root/vecrl" sweep "${sweep[@]}" --master "spark://127.0.0.1:$port" --out "$work/cluster"
"$root/vecrl" sweep "${sweep[@]}" --master "local[2]" --out "$work/local" > "$work/local.log" 2>&1

status=0
for run in "$work"/local/runs/*; do
  name="$(basename "$run")"
  strip() { grep -v -E '"(wall_seconds|sps|seconds_to_threshold)"' "$1"; }
  if ! diff <(strip "$run/summary.json") <(strip "$work/cluster/runs/$name/summary.json") > /dev/null; then
    echo "standalone-cluster: $name differs between the cluster and local[2]" >&2
    status=1
  fi
done
[ -f "$work/cluster/report.json" ] || { echo "standalone-cluster: no report.json" >&2; status=1; }
[ "$status" = 0 ] && echo "standalone-cluster: OK, 4 runs on spark://127.0.0.1:$port match local[2] ($work)"
exit "$status"
