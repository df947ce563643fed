#include <spacedc/detail/require.hpp>
#include <spacedc/errors.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>

using ::testing::HasSubstr;
using namespace spacedc::units;

TEST(Errors, InvalidInputNamesParameterValueAndRange) {
    const spacedc::invalid_input e{"emissivity", "1.2", "(0, 1]"};
    EXPECT_STREQ(e.what(), "emissivity = 1.2 is invalid; valid range: (0, 1]");
    EXPECT_EQ(e.parameter(), "emissivity");
    EXPECT_EQ(e.value(), "1.2");
    EXPECT_EQ(e.valid_range(), "(0, 1]");
}

TEST(Errors, InvalidInputIsASpacedcError) {
    EXPECT_THROW(throw spacedc::invalid_input("a", "b", "c"), spacedc::error);
    EXPECT_THROW(throw spacedc::no_convergence("solver"), spacedc::error);
}

TEST(Errors, RequirePositiveRejectsZeroNegativeAndNan) {
    using spacedc::detail::require_positive;
    EXPECT_NO_THROW(require_positive("area", 1.0 * square_meters));
    EXPECT_THROW(require_positive("area", 0.0 * square_meters), spacedc::invalid_input);
    EXPECT_THROW(require_positive("area", -1.0 * square_meters), spacedc::invalid_input);
    EXPECT_THROW(require_positive("area", std::numeric_limits<double>::quiet_NaN() * square_meters),
                 spacedc::invalid_input);
    EXPECT_THROW(require_positive("area", std::numeric_limits<double>::infinity() * square_meters),
                 spacedc::invalid_input);
}

TEST(Errors, MessageShowsTheValueWithItsUnit) {
    try {
        spacedc::detail::require_positive("array area", -3.0 * square_meters);
        FAIL() << "no exception";
    } catch (const spacedc::invalid_input& e) {
        EXPECT_THAT(e.what(), HasSubstr("array area = -3 m²"));
        EXPECT_THAT(e.what(), HasSubstr("> 0"));
    }
}

TEST(Errors, UnitFractionIsOpenAtZeroClosedAtOne) {
    using spacedc::detail::require_unit_fraction;
    EXPECT_NO_THROW(require_unit_fraction("emissivity", 1.0));
    EXPECT_THROW(require_unit_fraction("emissivity", 0.0), spacedc::invalid_input);
    EXPECT_THROW(require_unit_fraction("emissivity", 1.0000001), spacedc::invalid_input);
    EXPECT_THROW(require_unit_fraction("emissivity", std::numeric_limits<double>::quiet_NaN()),
                 spacedc::invalid_input);
}
