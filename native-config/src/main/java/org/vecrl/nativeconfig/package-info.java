/**
 * Start-up of the ND4J native backend, in one place: {@link org.vecrl.nativeconfig.Backend#init()}
 * sets float32 defaults and the native thread count ({@code VECRL_THREADS} or {@code -Dvecrl.threads})
 * and quiets ND4J's start-up logging, throwing a {@link org.vecrl.nativeconfig.BackendUnavailableException}
 * with a clear message when the backend cannot load; {@link org.vecrl.nativeconfig.Backend#describe()}
 * reports the backend, BLAS, threads, CPU features and CUDA devices (what {@code vecrl info} prints).
 * Which backend is on the class path (CPU or CUDA) is chosen by the Maven profile that built the jar.
 *
 * <pre>{@code
 * Backend.init();                                  // before any ND4J code
 * BackendDescription backend = Backend.describe();
 * System.out.println(backend.toText());
 * }</pre>
 */
package org.vecrl.nativeconfig;
