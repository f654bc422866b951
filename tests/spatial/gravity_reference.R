# Reference fits for tests/spatial/gravity.cpp: lm (OLS on logs of the positive flows) and
# glm(family = quasipoisson) (PPML) with sandwich::vcovHC (Debian r-base, r-cran-sandwich),
# on the fixed data sets written in the test.
# Run: Rscript tests/spatial/gravity_reference.R
suppressMessages(library(sandwich))
pairs_of <- function(F, m, D, directed) {
  n <- nrow(F); out <- NULL
  for (i in 1:n) for (j in 1:n) if (i != j && (directed || i < j))
    out <- rbind(out, data.frame(y = F[i, j], li = log(m[i]), lj = log(m[j]), nld = -log(D[i, j])))
  out
}
report <- function(label, fit, extra = "") {
  b <- coef(fit)
  cat(sprintf("%s coef %s\n", label, paste(sprintf("%.12g", b), collapse = " ")))
  if (inherits(fit, "glm")) {
    s <- summary(fit)
    cat(sprintf("  classical se %s\n", paste(sprintf("%.12g", s$coefficients[, 2]), collapse = " ")))
    cat(sprintf("  dispersion %.12g deviance %.12g null %.12g pseudoR2 %.12g iter %d\n", s$dispersion,
                fit$deviance, fit$null.deviance, 1 - fit$deviance / fit$null.deviance, fit$iter))
  } else {
    s <- summary(fit)
    cat(sprintf("  classical se %s\n", paste(sprintf("%.12g", s$coefficients[, 2]), collapse = " ")))
    cat(sprintf("  classical p %s\n", paste(sprintf("%.12g", s$coefficients[, 4]), collapse = " ")))
    cat(sprintf("  r2 %.12g rss %.12g n %d\n", s$r.squared, sum(residuals(fit)^2), nobs(fit)))
  }
  for (type in c("HC0", "HC1")) {
    se <- sqrt(diag(vcovHC(fit, type = type)))
    z <- b / se
    p <- if (inherits(fit, "glm")) 2 * pnorm(-abs(z)) else 2 * pt(-abs(z), df.residual(fit))
    cat(sprintf("  %s se %s\n  %s p %s\n", type, paste(sprintf("%.12g", se), collapse = " "),
                type, paste(sprintf("%.12g", p), collapse = " ")))
  }
}
m <- c(120, 45, 300, 80, 15, 60, 200, 35)
D <- matrix(c(
     0, 1465.5,  954.7,  831.2, 1697.5,  498.9, 1238.3,  642.5,
1465.5,      0, 2208.9, 1211.3, 1514.0, 1185.8,  565.0, 1949.6,
 954.7, 2208.9,      0, 1782.7, 1692.2, 1023.6, 1784.8,  312.3,
 831.2, 1211.3, 1782.7,      0, 2160.0, 1063.8, 1340.9, 1470.7,
1697.5, 1514.0, 1692.2, 2160.0,      0, 1208.4,  975.5, 1641.1,
 498.9, 1185.8, 1023.6, 1063.8, 1208.4,      0,  814.7,  769.7,
1238.3,  565.0, 1784.8, 1340.9,  975.5,  814.7,      0, 1568.8,
 642.5, 1949.6,  312.3, 1470.7, 1641.1,  769.7, 1568.8,      0), 8, byrow = TRUE)
F <- matrix(c(
   0,  2,  7, 13,  0, 11,  2, 13,
   2,  0,  8,  6,  0,  8,  7,  0,
   7,  8,  0,  9,  3,  0, 14, 24,
  13,  6,  9,  0,  0,  5,  3,  5,
   0,  0,  3,  0,  0,  5,  1,  2,
  11,  8,  0,  5,  5,  0,  6,  6,
   2,  7, 14,  3,  1,  6,  0,  3,
  13,  0, 24,  5,  2,  6,  3,  0), 8, byrow = TRUE)
u <- pairs_of(F, m, D, FALSE); u$lm2 <- u$li + u$lj
report("undirected OLS", lm(log(y) ~ lm2 + nld, data = subset(u, y > 0)))
report("undirected PPML", glm(y ~ lm2 + nld, family = quasipoisson, data = u,
                              control = glm.control(epsilon = 1e-14, maxit = 100)))
m2 <- c(50, 210, 35, 90, 140, 20)
D2 <- matrix(c(
     0, 1996.0,  596.7, 2000.5,  807.2, 1837.7,
1996.0,      0, 1424.8,  855.7, 1194.3,  967.8,
 596.7, 1424.8,      0, 1583.2,  236.7, 1462.0,
2000.5,  855.7, 1583.2,      0, 1364.3,  212.8,
 807.2, 1194.3,  236.7, 1364.3,      0, 1256.4,
1837.7,  967.8, 1462.0,  212.8, 1256.4,      0), 6, byrow = TRUE)
F2 <- matrix(c(
   0,  4,  8,  0,  5,  1,
   0,  0,  8,  8, 17,  9,
   6,  9,  0,  2,  7,  2,
   3,  9,  0,  0,  4, 12,
   6,  7, 31,  2,  0,  6,
   0,  0,  0,  2,  3,  0), 6, byrow = TRUE)
d <- pairs_of(F2, m2, D2, TRUE)
report("directed OLS", lm(log(y) ~ li + lj + nld, data = subset(d, y > 0)))
report("directed PPML", glm(y ~ li + lj + nld, family = quasipoisson, data = d,
                            control = glm.control(epsilon = 1e-14, maxit = 100)))
