package org.vecrl.nn.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vecrl.nn.ParameterizedModel;

/** A model of the ND4J engine whose flat parameters and gradients are live INDArrays, for {@link Nd4jAdam}. */
public interface Nd4jParameterized extends ParameterizedModel {

    /** The live flat parameter array (not a copy), for the engine's optimizer. */
    INDArray paramArray();

    /** The live flat gradient array (not a copy), for the engine's optimizer. */
    INDArray gradArray();
}
