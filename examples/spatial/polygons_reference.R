# Areas and centroids of the provinces in examples/data/geo/china.json by R's s2 package
# (Debian r-cran-s2; spherical polygons with great-circle edges), for polygons_test.cpp.
#   python3 examples/spatial/polygons_reference.py   # writes /tmp/china_rings.csv
#   Rscript examples/spatial/polygons_reference.R
# Each ring is measured on its own (oriented = FALSE: the smaller side) and the rings of a
# province are summed, as ineq adds the parts of a multipolygon (the file has no holes).
# The centroid is printed for provinces drawn as one ring. Then spdep's poly2nb on the
# prefectures (sf, planar coordinates, as ineq's tolerance is in degrees): queen with snap 0
# and 0.002, and rook (spdep's rook asks for two shared points, consecutive or not).
library(s2)
d <- read.csv("/tmp/china_rings.csv")
for (id in unique(d$feature)) {
  s <- d[d$feature == id, ]
  rings <- unique(s$ring)
  ring_area <- function(r) {
    q <- s[s$ring == r, ]
    s2_area(s2_make_polygon(q$x, q$y, oriented = FALSE, check = FALSE), radius = 6371008.8) / 1e6
  }
  a <- sum(sapply(rings, ring_area))
  cen <- "-"
  if (length(rings) == 1) {
    p <- s2_make_polygon(s$x, s$y, oriented = FALSE, check = FALSE)
    c <- s2_centroid(p)
    cen <- sprintf("%.10f %.10f valid %s", s2_x(c), s2_y(c), s2_is_valid(p))
  }
  cat(sprintf("%d rings %d area_km2 %.6f centroid %s\n", id, length(rings), a, cen))
}

suppressMessages({library(sf); library(spdep)})
sf_use_s2(FALSE)
x <- st_read("/tmp/prefectures.geojson", quiet = TRUE)
q <- poly2nb(x, queen = TRUE, snap = 0)
cat("prefectures", nrow(x), "queen pairs", sum(card(q)) / 2, "islands", which(card(q) == 0) - 1,
    "queen pairs (snap 0.002)", sum(card(poly2nb(x, queen = TRUE, snap = 0.002))) / 2,
    "rook pairs", sum(card(poly2nb(x, queen = FALSE, snap = 0))) / 2, "\n")
