/**
 * ParSipas's engine. It exports the API packages and {@code facts}, the contract rule authors write DRL against
 * (the bundled rules and a city's own, whatever module they are compiled into, link to it); {@code internal} is
 * not exported. It is open because Drools instantiates and introspects the executable model generated into it
 * (packages with generated names under {@code internal.schemes}) by reflection, and Jackson and Blackbird read
 * its records the same way: opening grants reflection only, never linkage.
 */
open module io.github.parsipas.core {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.module.blackbird;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
    requires org.kie.api;
    // nullness annotations in the API's signatures: needed to compile against it, not to run it
    requires static transitive org.jspecify;
    // the generated executable model links to these
    requires org.drools.modelcompiler;
    requires org.drools.canonicalmodel;
    requires org.drools.util;

    exports io.github.parsipas;
    exports io.github.parsipas.snapshot;
    exports io.github.parsipas.methodology;
    exports io.github.parsipas.text;
    exports io.github.parsipas.report;
    exports io.github.parsipas.audit;
    exports io.github.parsipas.batch;
    exports io.github.parsipas.facts;
}
