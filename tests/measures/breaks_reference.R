# Reference values for tests/measures/breaks.cpp: Rscript tests/measures/breaks_reference.R
# (classInt 0.4-9, the Debian r-cran-classint package; R 4.2.2). x is the study's Table 1
# cooperative column (tests/study_data.hpp).
library(classInt)
x <- c(7,46,33,91,86,27,28,13,129,23,91,327,328,43,169,122,82,107,1364,598,194,18,2,26,125,797,31,127,11,24,418)
for (k in 2:7) cat("fisher", k, ":", format(classIntervals(x, k, style = "fisher")$brks, digits = 17), "\n")
for (k in c(4, 5, 7)) cat("quantile", k, ":", format(quantile(x, probs = seq(0, 1, 1 / k), type = 7), digits = 17), "\n")
y <- c(0, 0, 0, 0, 0, 0, 3, 3, 4, 9, 9, 9, 10, 25, 26)
for (k in 2:4) cat("fisher ties", k, ":", format(classIntervals(y, k, style = "fisher")$brks, digits = 17), "\n")
