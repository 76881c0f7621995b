package org.vecrl.cli;

import org.vecrl.nativeconfig.Backend;
import picocli.CommandLine.IVersionProvider;

/** Reports the VecRL version and the backend profile the jar was built with. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VecRl.class.getPackage().getImplementationVersion();
        return new String[] {
            "vecrl " + (version == null ? "0.1.0-SNAPSHOT" : version) + " (backend profile: " + Backend.buildProfile()
                    + ")"
        };
    }
}
