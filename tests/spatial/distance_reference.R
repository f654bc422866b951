# Reference neighbour sets for tests/spatial/distance.cpp, from R spdep (Debian r-cran-spdep)
# on the 31 province label points (ineq::spatial::province_label_points, lon/lat).
# spdep's longlat distances are ellipsoidal (they differ from ineq's sphere by < 0.5 %);
# the nearest near-tie here is 0.79 % apart (4th vs 5th neighbour of Shanghai) and no pair
# lies within 0.7 % of the 500 km band, so both give the same sets.
# Run: Rscript tests/spatial/distance_reference.R
suppressMessages(library(spdep))
p <- cbind(
  c(116.405285, 117.190182, 114.502461, 111.849248, 111.670801, 123.429096, 125.3245, 128.642464,
    121.472644, 119.767413, 120.153576, 117.283042, 118.306239, 115.592151, 118.000923, 113.665412,
    113.298572, 111.782279, 113.280637, 108.320004, 109.83119, 107.304962, 104.065735, 106.713478,
    101.512251, 89.132212, 108.948024, 103.823557, 96.778916, 106.278179, 85.617733),
  c(39.904989, 39.125596, 38.045474, 36.857014, 41.818311, 41.796767, 43.886841, 46.756967,
    31.231706, 33.041544, 29.287459, 31.26119, 26.075302, 27.676493, 36.275807, 33.757975,
    30.684355, 28.09409, 23.125178, 22.82402, 19.031971, 29.533155, 30.659462, 26.578343,
    24.740609, 30.860361, 34.263161, 36.058039, 35.623178, 37.26637, 40.792818))
show <- function(label, nb) {
  cat(label, "\n")
  for (i in seq_along(nb)) cat(" ", i - 1, ":", if (nb[[i]][1] == 0) "-" else nb[[i]] - 1, "\n")
}
show("knn k = 4 (asymmetric)", knn2nb(knearneigh(p, k = 4, longlat = TRUE)))
knn <- knn2nb(knearneigh(p, k = 4, longlat = TRUE))
cat("knn k = 4 links", sum(card(knn)), "symmetrised links", sum(card(make.sym.nb(knn))), "\n")
band <- dnearneigh(p, 0, 500, longlat = TRUE)
show("band 500 km", band)
cat("band 500 km links", sum(card(band)), "islands", which(card(band) == 0) - 1, "\n")
