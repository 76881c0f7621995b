# Writes core/src/test/resources/tensorboard/golden.tfevents with TensorBoard's own proto classes and RecordWriter.
import sys
from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.record_writer import RecordWriter
out = sys.argv[1]
with open(out, "wb") as f:
    w = RecordWriter(f)
    w.write(event_pb2.Event(wall_time=1700000000.5, file_version="brain.Event:2").SerializeToString())
    for wall, step, tag, value in [(1700000001.25, 0, "charts/sps", 0.0), (1700000002.0, 1000, "train/policy_loss", -0.125),
                                   (1700000003.75, 300, "charts/episodic_return", 21.5), (1700000004.0, 5000000000, "train/v", 3.0e-7)]:
        e = event_pb2.Event(wall_time=wall, step=step, summary=summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag=tag, simple_value=value)]))
        w.write(e.SerializeToString())
    w.flush()
