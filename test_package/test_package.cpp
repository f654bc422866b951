#include <ineq/measures.hpp>

#include <cstdio>
#include <vector>

int main() {
    const std::vector<int> x{1, 2, 3, 4, 5};
    std::printf("ineq: gini of 1..5 = %.6f (expected 4/15 = 0.266667)\n", ineq::gini(x));
    return 0;
}
