# sMAPE, MASE and time of R's forecast package on the M3 data, with the definitions of
# ../shared/data/m3/README.md, for side-by-side comparison with M3Accuracy.
# Usage: Rscript ecomops-benchmarks/src/main/r/m3_forecast.R ../shared/data/m3 [methods]
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../shared/data/m3"
methods <- if (length(args) > 1) strsplit(args[2], ",")[[1]] else c("croston", "thetaf", "ets")
train <- read.csv(file.path(dir, "m3_train.csv"))
test <- read.csv(file.path(dir, "m3_test.csv"))
meta <- read.csv(file.path(dir, "m3_meta.csv"))
tr <- split(train$value, train$series_id)
te <- split(test$value, test$series_id)
smape <- function(y, f) mean(ifelse(abs(y) + abs(f) == 0, 0, 2 * abs(y - f) / (abs(y) + abs(f)))) * 100
mase <- function(y, f, x, m) {
  if (length(x) <= m) return(NA)
  d <- mean(abs(diff(x, lag = m)))
  if (d == 0) return(NA)
  mean(abs(y - f)) / d
}
for (method in methods) {
  s <- 0; q <- 0; nq <- 0
  t0 <- proc.time()[["elapsed"]]
  for (i in seq_len(nrow(meta))) {
    id <- meta$series_id[i]; m <- meta$frequency[i]; h <- meta$horizon[i]
    x <- ts(tr[[id]], frequency = m)
    f <- switch(method,
      croston = croston(x, h = h, alpha = 0.1)$mean,
      thetaf = thetaf(x, h = h)$mean,
      ets = forecast(ets(x), h = h)$mean)
    y <- te[[id]]
    s <- s + smape(y, as.numeric(f))
    v <- mase(y, as.numeric(f), tr[[id]], m)
    if (!is.na(v)) { q <- q + v; nq <- nq + 1 }
  }
  cat(sprintf("%-8s sMAPE %6.2f  MASE %6.3f  (%d series, %.2f s)\n", method, s / nrow(meta), q / nq, nrow(meta),
      proc.time()[["elapsed"]] - t0))
}
