package org.veille.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode with two worker threads, on the loopback interface, without the web UI. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder()
                .appName("veille-spark-test")
                .master("local[2]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                // Reading rows back as JSON for comparison with the CLI: nulls must stay, as the contract writes them.
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .getOrCreate();
    }
}
