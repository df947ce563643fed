#include <spacedc/io/parse_time_of_day.hpp>

#include <spacedc/errors.hpp>

#include <gtest/gtest.h>

using spacedc::io::parse_time_of_day;

TEST(ParseTimeOfDay, ClockTimes) {
    EXPECT_DOUBLE_EQ(parse_time_of_day("06:00").value(), 21'600.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("6:00").value(), 21'600.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("18:30").value(), 66'600.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("10:30:15").value(), 37'815.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("00:00").value(), 0.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("23:59:59").value(), 86'399.0);
}

TEST(ParseTimeOfDay, DurationsSinceMidnight) {
    EXPECT_DOUBLE_EQ(parse_time_of_day("6 h").value(), 21'600.0);
    EXPECT_DOUBLE_EQ(parse_time_of_day("390 min").value(), 23'400.0);
}

TEST(ParseTimeOfDay, RejectsTimesOutsideTheDayAndMalformedText) {
    for (const char* bad : {"24:00", "25:00", "-1:00", "06:60", "06", "6:00:00:00", "six", "06:0x",
                            "", "24 h", "-1 h", "NaN h"}) {
        EXPECT_THROW((void)parse_time_of_day(bad, "--ltan"), spacedc::invalid_input) << bad;
    }
}

TEST(ParseTimeOfDay, MessageNamesTheParameterAndRange) {
    try {
        (void)parse_time_of_day("25:00", "--ltan");
        FAIL();
    } catch (const spacedc::invalid_input& e) {
        EXPECT_STREQ(
            e.what(),
            "--ltan = '25:00' is invalid; valid range: a time of day in [00:00, 24:00), e.g. "
            "'06:00' or '6 h'");
    }
}
