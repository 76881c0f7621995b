package org.vecrl.nn.nd4j;

import org.nd4j.autodiff.samediff.internal.SessionMemMgr;
import org.nd4j.autodiff.samediff.internal.memory.AbstractMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A SameDiff session memory manager that caches nothing: it allocates fresh arrays and frees an array as
 * soon as the session releases it, instead of leaving it to the GC. With no cache, the arrays a session
 * still holds after a call can be closed by their owner without a cache handing them out again.
 */
final class ClosingMemoryMgr extends AbstractMemoryMgr implements SessionMemMgr {

    @Override
    public INDArray allocate(boolean detached, DataType dataType, long... shape) {
        return Nd4j.createUninitialized(dataType, shape);
    }

    @Override
    public INDArray allocate(boolean detached, LongShapeDescriptor descriptor) {
        return Nd4j.create(descriptor, false);
    }

    @Override
    public void release(INDArray array) {
        if (array.closeable() && !array.wasClosed()) {
            array.close();
        }
    }

    @Override
    public void close() {}
}
