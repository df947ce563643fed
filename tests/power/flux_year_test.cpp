#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/power/flux_year.hpp>

#include <gtest/gtest.h>

#include <chrono>

namespace u = spacedc::units;
namespace o = spacedc::orbit;
namespace pw = spacedc::power;

namespace {
const o::sun_synchronous_orbit dawn_dusk{.altitude = u::length{650e3 * u::meters},
                                         .ltan = u::duration{6.0 * 3600.0 * u::seconds}};
} // namespace

// The moments' dot product equals the day-by-day lit-time sum of the interpolant to
// 1e-12 relative, and the summary's range, extreme days and lit time are the days' own.
TEST(FluxYear, MomentsReproduceTheDayByDaySum) {
    for (auto year : {std::chrono::year{2027}, std::chrono::year{2030}}) {
        const auto sunlight = o::analyse_year(dawn_dusk, year, o::shadow_model::cylindrical);
        const auto y = pw::summarise_flux(sunlight);
        ASSERT_EQ(y.days, sunlight.days.size());
        double lit = 0.0;
        for (std::size_t d = 0; d < sunlight.days.size(); ++d) {
            const auto& day = sunlight.days[d];
            EXPECT_GE(day.solar_flux.value(), y.low.value());
            EXPECT_LE(day.solar_flux.value(), y.high.value());
            lit += day.sunlit_fraction.value() * 86'400.0;
        }
        EXPECT_EQ(sunlight.days[y.lowest_day].solar_flux, y.low);
        EXPECT_EQ(sunlight.days[y.highest_day].solar_flux, y.high);
        EXPECT_NEAR(y.lit.value(), lit, 1e-9 * lit);
        // Aphelion (early July) has the least flux, perihelion (early January) the most.
        EXPECT_EQ(static_cast<unsigned>(sunlight.days[y.lowest_day].date.month()), 7u);
        EXPECT_EQ(static_cast<unsigned>(sunlight.days[y.highest_day].date.month()), 1u);

        const pw::solar_array a{.cells = {.efficiency = 0.3}};
        const auto r = pw::interpolate_flux_response(a, y.low, y.high, 5.0);
        double sum = 0.0;
        for (const auto& day : sunlight.days)
            sum += r(day.solar_flux.value()) * day.sunlit_fraction.value() * 86'400.0;
        EXPECT_NEAR(pw::lit_integral(r, y), sum, 1e-12 * sum);
    }
}

TEST(FluxYear, RefusesAnEmptyYear) {
    EXPECT_THROW((void)pw::summarise_flux(o::annual_sunlight{}), spacedc::invalid_input);
}
