# R spdep peer of bench/spatial_local.cpp: times localmoran_perm (nsim permutations) and
# localmoran on the inputs written by `bench_spatial_local --write-inputs DIR`.
# Usage: Rscript bench/compare/spdep_local.R DIR [nsim] [repetitions]
# Prints one line per input: name, CPU seconds of the fastest localmoran_perm call, CPU
# seconds of one localmoran call (fastest of the repetitions of 200 calls). Called by bench/compare/spdep_local.py.
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
nsim <- if (length(args) >= 2) as.integer(args[2]) else 9999L
reps <- if (length(args) >= 3) as.integer(args[3]) else 3L

cpu <- function(expr) {
  t0 <- proc.time()
  force(expr)
  t <- proc.time() - t0
  unname(t[["user.self"]] + t[["sys.self"]])
}

for (name in c("provinces", "prefectures")) {
  x <- scan(file.path(dir, paste0(name, "_values.txt")), quiet = TRUE)
  p <- as.matrix(read.table(file.path(dir, paste0(name, "_pairs.txt"))))
  n <- length(x)
  lists <- vector("list", n)
  for (k in seq_len(nrow(p))) {
    a <- p[k, 1]; b <- p[k, 2]
    lists[[a]] <- c(lists[[a]], b); lists[[b]] <- c(lists[[b]], a)
  }
  lists <- lapply(lists, function(v) if (is.null(v)) 0L else sort(as.integer(v)))
  class(lists) <- "nb"
  lw <- nb2listw(lists, style = "W", zero.policy = TRUE)
  perm <- min(sapply(seq_len(reps), function(r)
    cpu(localmoran_perm(x, lw, nsim = nsim, zero.policy = TRUE, iseed = r))))
  # localmoran takes about a millisecond, the resolution of proc.time: time 200 calls.
  analytic <- min(sapply(seq_len(reps), function(r)
    cpu(for (k in 1:200) localmoran(x, lw, zero.policy = TRUE)))) / 200
  cat(name, perm, analytic, "\n")
}
