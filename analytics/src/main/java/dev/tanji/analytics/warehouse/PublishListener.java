package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Path;

/** Told each time a data file becomes visible; lets tests stop an export half-way. */
@FunctionalInterface
interface PublishListener {

    PublishListener NONE = file -> { };

    void published(Path dataFile) throws IOException;
}
