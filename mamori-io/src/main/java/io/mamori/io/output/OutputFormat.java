package io.mamori.io.output;

/** Network output formats. */
public enum OutputFormat {
    /** {@code source,target,weight,edge_type}, one row per directed edge. */
    CSV,
    /** GraphML, directed, with usernames on nodes and weight and edge_type on edges. */
    GRAPHML
}
