package org.vigil.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or the development marker when run from classes. */
final class VigilVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VigilVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Vigil " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
}
