# Reference values for tests/spatial/weights.cpp: spdep's weights constants for the 68-pair
# province contiguity (units in GB/T code order, Hainan an island kept with zero.policy).
# Run from the repository root: Rscript tests/spatial/reference/spdep_weights.R
suppressPackageStartupMessages(library(spdep))
codes <- c(11,12,13,14,15,21,22,23,31,32,33,34,35,36,37,41,42,43,44,45,46,50,51,52,53,54,61,62,63,64,65)
pairs <- read.csv("tests/data/province_adjacency.csv")
nb <- vector("list", length(codes))
for (k in seq_len(nrow(pairs))) {
  a <- match(pairs$code_a[k], codes); b <- match(pairs$code_b[k], codes)
  nb[[a]] <- c(nb[[a]], b); nb[[b]] <- c(nb[[b]], a)
}
nb <- lapply(nb, function(v) if (is.null(v)) 0L else sort(as.integer(v)))
class(nb) <- "nb"; attr(nb, "region.id") <- as.character(codes)
for (style in c("B", "W", "C", "S")) {
  lw <- nb2listw(nb, style = style, zero.policy = TRUE)
  sc <- spweights.constants(lw, zero.policy = TRUE)
  cat(sprintf("%s n=%d n1=%d S0=%.15g S1=%.15g S2=%.15g\n", style, sc$n, sc$n1 + 1, sc$S0, sc$S1, sc$S2))
}
lw <- nb2listw(nb, style = "S", zero.policy = TRUE)
cat(sprintf("S weights of Beijing (row 1): %s\n", paste(sprintf("%.15g", lw$weights[[1]]), collapse = " ")))
cat(sprintf("cards: %s\n", paste(card(nb), collapse = " ")))
