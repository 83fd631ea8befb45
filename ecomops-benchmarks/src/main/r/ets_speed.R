# Series per second of forecast::ets (automatic model selection, forecasts 12 ahead) on the series
# ForecastBenchmark forecasts, written by its main method, across the given number of cores.
# Usage:
#   java -cp ecomops-benchmarks/target/benchmarks.jar dev.ecomops.benchmarks.ForecastBenchmark /tmp/ets-series
#   Rscript ecomops-benchmarks/src/main/r/ets_speed.R /tmp/ets-series [cores] [how many series]
suppressMessages(library(forecast))
suppressMessages(library(parallel))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/tmp/ets-series"
cores <- if (length(args) > 1) as.integer(args[2]) else 2L
history <- read.csv(file.path(dir, "series.csv"))
series <- split(history$value, factor(history$series_id, levels = unique(history$series_id)))
if (length(args) > 2) series <- series[seq_len(as.integer(args[3]))]
t0 <- proc.time()[["elapsed"]]
means <- mclapply(series, function(y) forecast(ets(ts(y, frequency = 12)), h = 12)$mean[1], mc.cores = cores)
seconds <- proc.time()[["elapsed"]] - t0
cat(sprintf("forecast::ets  %d series on %d cores in %.1f s: %.1f series/s\n", length(series), cores, seconds,
    length(series) / seconds))
