/**
 * JMH benchmarks. Each reports against a baseline measured in the same run; quote the ratio.
 * Build with {@code mvn -B -q package -DskipTests -pl ecomops-benchmarks -am}, run with
 * {@code java -jar ecomops-benchmarks/target/benchmarks.jar <regex>}.
 */
package dev.ecomops.benchmarks;
