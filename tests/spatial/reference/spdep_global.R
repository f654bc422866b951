# Reference values for tests/spatial/{moran,geary,getis_ord}.cpp from R spdep.
#
# Run:  Rscript tests/spatial/reference/spdep_global.R
# (R 4.2, spdep 1.2.7 from Debian r-cran-spdep). Output lines are pasted into the tests.
#
# Units: the 31 mainland provinces in ineq order (GB/T 2260 code order). Contiguity: the 68
# land-border pairs of include/ineq/spatial/provinces.hpp, written out below as codes.
# Hainan (46) has no land border: it is kept as an island (zero.policy = TRUE), or joined
# to its nearest province by great-circle distance between the label points of
# provinces.hpp (computed below; ties are impossible here).
#
# Values: Table 1 of the study publishes the cooperative patents per province; ineq's
# reference data holds that column in the table's printed order without the row labels
# (examples/table1/table1.cpp). Two placements of it on the provinces are used:
#   table:  row i of the table on province i (ineq order) -- arbitrary geography;
#   ranked: the placement assumed by examples/synthetic (largest count to Beijing, then
#           Guangdong, Jiangsu, ...), a geographically plausible pattern.
# Both are test vectors for the arithmetic, not findings about the provinces.
suppressMessages(library(spdep))

codes <- c(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
           46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)
pairs <- matrix(c(
  11,12, 11,13, 12,13, 13,14, 13,15, 13,21, 13,37, 13,41, 14,15, 14,41, 14,61, 15,21, 15,22,
  15,23, 15,61, 15,62, 15,64, 21,22, 22,23, 31,32, 31,33, 32,33, 32,34, 32,37, 33,34, 33,35,
  33,36, 34,36, 34,37, 34,41, 34,42, 35,36, 35,44, 36,42, 36,43, 36,44, 37,41, 41,42, 41,61,
  42,43, 42,50, 42,61, 43,44, 43,45, 43,50, 43,52, 44,45, 45,52, 45,53, 50,51, 50,52, 50,61,
  51,52, 51,53, 51,54, 51,61, 51,62, 51,63, 52,53, 53,54, 54,63, 54,65, 61,62, 61,64, 62,63,
  62,64, 62,65, 63,65), ncol = 2, byrow = TRUE)
stopifnot(nrow(pairs) == 68)
lon <- c(116.405285, 117.190182, 114.502461, 111.849248, 111.670801, 123.429096, 125.3245,
         128.642464, 121.472644, 119.767413, 120.153576, 117.283042, 118.306239, 115.592151,
         118.000923, 113.665412, 113.298572, 111.782279, 113.280637, 108.320004, 109.83119,
         107.304962, 104.065735, 106.713478, 101.512251, 89.132212, 108.948024, 103.823557,
         96.778916, 106.278179, 85.617733)
lat <- c(39.904989, 39.125596, 38.045474, 36.857014, 41.818311, 41.796767, 43.886841,
         46.756967, 31.231706, 33.041544, 29.287459, 31.26119, 26.075302, 27.676493,
         36.275807, 33.757975, 30.684355, 28.09409, 23.125178, 22.82402, 19.031971,
         29.533155, 30.659462, 26.578343, 24.740609, 30.860361, 34.263161, 36.058039,
         35.623178, 37.26637, 40.792818)

make_nb <- function(extra = NULL) {
  p <- rbind(pairs, extra)
  a <- match(p[, 1], codes); b <- match(p[, 2], codes)
  nb <- vector("list", 31)
  for (i in 1:31) {
    js <- sort(unique(c(b[a == i], a[b == i])))
    nb[[i]] <- if (length(js) == 0) 0L else as.integer(js)
  }
  class(nb) <- "nb"
  attr(nb, "region.id") <- as.character(codes)
  nb
}
hainan <- which(codes == 46)
d <- spDists(cbind(lon, lat), cbind(lon[hainan], lat[hainan]), longlat = TRUE)[, 1]
d[hainan] <- Inf
nearest <- which.min(d)
cat(sprintf("# Hainan's nearest label point: code %d at %.3f km (next: code %d at %.3f km)\n",
            codes[nearest], d[nearest], codes[order(d)[2]], sort(d)[2]))
nb_keep <- make_nb()
nb_join <- make_nb(matrix(c(46, codes[nearest]), ncol = 2))

coop <- c(7, 46, 33, 91, 86, 27, 28, 13, 129, 23, 91, 327, 328, 43, 169, 122, 82, 107, 1364,
          598, 194, 18, 2, 26, 125, 797, 31, 127, 11, 24, 418)
assumed_rank <- c(11, 44, 32, 31, 33, 37, 51, 42, 61, 34, 21, 12, 43, 35, 50, 23, 41, 22, 13,
                  36, 45, 53, 14, 52, 62, 15, 65, 46, 64, 63, 54)
ranked <- numeric(31)
ranked[match(assumed_rank, codes)] <- sort(coop, decreasing = TRUE)
vectors <- list(table = coop, ranked = ranked)
cat("# ranked =", paste(ranked, collapse = ", "), "\n")

g <- function(v) sprintf("%.17g", v)
emit <- function(label, est, z, p) {
  cat(sprintf("{\"%s\", %s, %s, %s, %s, %s},\n", label, g(est[1]), g(est[2]), g(est[3]), g(z), g(p)))
}
for (vname in names(vectors)) {
  x <- vectors[[vname]]
  for (islands in c("keep", "keep_n", "join")) {
    nb <- if (islands == "join") nb_join else nb_keep
    adjust <- islands != "keep_n"
    for (style in c("W", "B")) {
      lw <- nb2listw(nb, style = style, zero.policy = TRUE)
      for (rand in c(TRUE, FALSE)) {
        tag <- paste(vname, islands, style, if (rand) "randomisation" else "normality")
        m <- moran.test(x, lw, randomisation = rand, zero.policy = TRUE, adjust.n = adjust)
        emit(paste("moran", tag), m$estimate, m$statistic, m$p.value)
        gc <- geary.test(x, lw, randomisation = rand, zero.policy = TRUE, adjust.n = adjust)
        emit(paste("geary", tag), gc$estimate, gc$statistic, gc$p.value)
      }
      gg <- suppressWarnings(globalG.test(x, lw, zero.policy = TRUE, adjust.n = adjust,
                                             adjust.x = adjust))
      emit(paste("G", vname, islands, style), gg$estimate, gg$statistic, gg$p.value)
    }
  }
}
# Bivariate Moran (spdep moran_bv: x and y scaled, sum(x * lag(y)) / sum(x^2); no islands).
lw <- nb2listw(nb_join, style = "W")
set.seed(1)
bv <- moran_bv(vectors$ranked, vectors$table, lw, nsim = 9)
cat(sprintf("# moran_bv(ranked, table, W, Hainan joined) = %s\n", g(bv$t0)))
bv <- moran_bv(vectors$table, vectors$ranked, lw, nsim = 9)
cat(sprintf("# moran_bv(table, ranked, W, Hainan joined) = %s\n", g(bv$t0)))
# The same sum with binary weights, times n / S0 (spdep's moran_bv has no n / S0 factor).
lwb <- nb2listw(nb_join, style = "B")
zx <- scale(vectors$ranked); zy <- scale(vectors$table)
cat(sprintf("# bivariate(ranked, table, B, Hainan joined) = %s\n",
            g(31 / Szero(lwb) * sum(zx * lag.listw(lwb, zy)) / sum(zx^2))))
lwk <- nb2listw(nb_keep, style = "B", zero.policy = TRUE)
cat(sprintf("# bivariate(ranked, table, B, Hainan kept, n' = 30) = %s\n",
            g(30 / Szero(lwk) * sum(zx * lag.listw(lwk, zy, zero.policy = TRUE)) / sum(zx^2))))
