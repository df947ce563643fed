#include "progress.hpp"

#include <gtest/gtest.h>

using spacedc::cli::progress_line;

// The bar fills with the fraction done and estimates the time left from the rate so far.
TEST(ProgressLine, FillsAndEstimatesTheTimeLeft) {
    EXPECT_EQ(progress_line(2'500, 10'000, 5.0, "samples"),
              "[#####...............]  25 %  2500 of 10000 samples  ~15 s left");
    EXPECT_EQ(progress_line(10'000, 10'000, 20.0, "designs"),
              "[####################] 100 %  10000 of 10000 designs");
    EXPECT_EQ(progress_line(0, 10, 1.0, "designs"),
              "[....................]   0 %  0 of 10 designs");
}

// A bar that cannot be seen (stderr is no terminal under the tests, or the output is
// JSON) counts without drawing.
TEST(ProgressBar, QuietBarCountsSilently) {
    spacedc::cli::progress_bar bar{100, "designs", true};
    for (int i = 0; i < 100; ++i) bar.advance(1, true);
    SUCCEED();
}
