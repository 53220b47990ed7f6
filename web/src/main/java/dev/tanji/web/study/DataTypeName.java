package dev.tanji.web.study;

import org.eclipse.microprofile.graphql.Enum;

/** Primary (measured at the studied or supplying sites) or secondary (database, literature) activity data. */
@Enum("DataType")
public enum DataTypeName {
    PRIMARY, SECONDARY
}
