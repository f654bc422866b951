# Reference areas and centroids for tests/spatial/polygons.cpp, from R's s2 package
# (Debian r-cran-s2: the S2 geometry library; spherical polygons with great-circle edges).
# Run: Rscript tests/spatial/polygons_reference.R
library(s2)
R <- 6371008.8  # metres: ineq::spatial::earth_radius_km
shapes <- list(
  # 1° x 1° quadrilateral in southern China
  quad = list(list(x = c(110, 111, 111, 110), y = c(20, 20, 21, 21))),
  # concave L shape near Beijing with a square hole
  l_hole = list(list(x = c(115, 118, 118, 116.5, 116.5, 115), y = c(39, 39, 40, 40, 41.5, 41.5)),
                list(x = c(115.5, 116, 116, 115.5), y = c(39.5, 39.5, 40, 40))),
  # a long thin strip in the west (Xinjiang-sized): large enough for curvature to matter
  strip = list(list(x = c(75, 95, 95, 75), y = c(36, 36, 48, 48))),
  # across the antimeridian
  dateline = list(list(x = c(179, -179, -179, 179), y = c(-1, -1, 1, 1)))
)
for (name in names(shapes)) {
  rings <- shapes[[name]]
  x <- unlist(lapply(rings, `[[`, "x")); y <- unlist(lapply(rings, `[[`, "y"))
  ring_id <- rep(seq_along(rings), sapply(rings, function(r) length(r$x)))
  p <- s2_make_polygon(x, y, ring_id = ring_id, oriented = FALSE)
  c <- s2_centroid(p)
  cat(sprintf("%-9s area_km2 %.10f centroid %.12f %.12f\n", name, s2_area(p, radius = R) / 1e6, s2_x(c), s2_y(c)))
}
# two parts: the quad and the strip together
p <- s2_union(s2_make_polygon(c(110, 111, 111, 110), c(20, 20, 21, 21)),
              s2_make_polygon(c(75, 95, 95, 75), c(36, 36, 48, 48)))
c <- s2_centroid(p)
cat(sprintf("%-9s area_km2 %.10f centroid %.12f %.12f\n", "two_parts", s2_area(p, radius = R) / 1e6, s2_x(c), s2_y(c)))
