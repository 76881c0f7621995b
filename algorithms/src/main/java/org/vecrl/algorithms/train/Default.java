package org.vecrl.algorithms.train;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default value of a config record component, written as a YAML or {@code --set} value would
 * be: {@code @Default("2.5e-4") double learningRate}, {@code @Default("120,84") int[] hiddenSizes},
 * {@code @Default("simd") Engine engine}, {@code @Default("false") boolean dueling}. It is the single
 * source of the default; {@link Defaults#of(Class)} turns the annotations of a record into an instance.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {

    /** The value, converted to the component's type by {@link Config#bind}. */
    String value();
}
