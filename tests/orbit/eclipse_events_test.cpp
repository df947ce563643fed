#include <spacedc/orbit/eclipse_events.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace o = spacedc::orbit;
namespace u = spacedc::units;
using namespace spacedc::literals;

namespace {

const o::sun_synchronous_orbit dawn_dusk{.altitude = 650.0_km, .ltan = 6.0 * 3600.0 * u::seconds};
const std::chrono::year year_2027{2027};

const std::vector<o::eclipse_event>& events_2027() {
    static const auto events = o::eclipse_events(dawn_dusk, year_2027);
    return events;
}

double seconds_in(std::chrono::year y) {
    return std::chrono::duration<double>(
               std::chrono::sys_days{(y + std::chrono::years{1}) / 1 / 1} -
               std::chrono::sys_days{y / 1 / 1})
        .count();
}

} // namespace

// Each eclipse lasts the closed-form fraction of the orbit (eclipse.hpp) evaluated at
// its middle, times the period (the last one of the year, cut at 31 December 24:00,
// aside): the boundaries come from the geometric test, not from the formula.
TEST(EclipseEvents, EachLastsTheClosedFormFractionOfTheOrbit) {
    const auto& events = events_2027();
    ASSERT_GT(events.size(), 1000u);
    const o::detail::sunlight_evaluator eval{dawn_dusk, o::shadow_model::cylindrical};
    const double period = o::orbital_period(dawn_dusk.altitude).value();
    const auto start = std::chrono::sys_days{year_2027 / 1 / 1};
    double worst = 0.0;
    for (const auto& e : events) {
        if (e.entry.value() == 0.0 || e.exit.value() == seconds_in(year_2027)) continue; // cut
        const double mid = 0.5 * (e.entry + e.exit).value();
        const auto t = start + std::chrono::seconds{static_cast<long long>(mid)};
        worst = std::max(worst, std::abs(e.duration().value() - eval.at(t).fraction * period));
    }
    EXPECT_LT(worst, 1.0) << "seconds"; // the geometry turns during the eclipse
}

// The events add up to the year's time in shadow from the analytic daily table
// (Simpson's rule over each day): within 1 s per day of the year.
TEST(EclipseEvents, AddUpToTheYearsTimeInShadow) {
    const auto& events = events_2027();
    const double total =
        std::accumulate(events.begin(), events.end(), 0.0,
                        [](double s, const auto& e) { return s + e.duration().value(); });
    const auto year = o::analyse_year(dawn_dusk, year_2027);
    const double analytic = (1.0 - year.sunlit_fraction.value()) * seconds_in(year_2027);
    EXPECT_NEAR(total, analytic, 365.0)
        << "events " << total << " s, daily table " << analytic << " s";
    // The longest is the year's longest eclipse.
    const auto longest =
        std::max_element(events.begin(), events.end(),
                         [](const auto& a, const auto& b) { return a.duration() < b.duration(); });
    EXPECT_NEAR(longest->duration().value(), year.max_eclipse.value(), 1.0);
}

// Against brute force: step the same orbit at 1 s for two days in the eclipse season
// and find every lit/shadow transition; each lies within 1 s of an event's boundary.
TEST(EclipseEvents, BoundariesMatchOneSecondSteppingOfTheOrbit) {
    const auto& events = events_2027();
    const auto start = std::chrono::sys_days{year_2027 / 1 / 1};
    const double from = 10.0 * 86400.0, to = 12.0 * 86400.0; // January, in the season
    const o::detail::eclipse_geometry g{dawn_dusk, start, o::shadow_model::cylindrical};
    std::vector<double> transitions;
    bool previous = g.in_shadow(from);
    for (double s = from + 1.0; s <= to; s += 1.0) {
        const bool now = g.in_shadow(s);
        if (now != previous) transitions.push_back(s - 0.5);
        previous = now;
    }
    std::vector<double> boundaries;
    for (const auto& e : events) {
        for (double b : {e.entry.value(), e.exit.value()}) {
            if (b > from + 1.0 && b < to - 1.0) boundaries.push_back(b);
        }
    }
    ASSERT_GT(transitions.size(), 40u);
    ASSERT_EQ(transitions.size(), boundaries.size());
    for (std::size_t i = 0; i < transitions.size(); ++i)
        EXPECT_NEAR(transitions[i], boundaries[i], 1.0) << i;
}

TEST(EclipseEvents, NoneAboveTheEclipseFreeAltitude) {
    const o::sun_synchronous_orbit high{.altitude = 1500.0_km, .ltan = dawn_dusk.ltan};
    ASSERT_TRUE(o::analyse_year(high, year_2027).eclipse_free());
    EXPECT_TRUE(o::eclipse_events(high, year_2027).empty());
}

TEST(EclipseEvents, ArePositiveOrderedAndInsideTheYear) {
    const auto& events = events_2027();
    double last_exit = 0.0;
    for (const auto& e : events) {
        EXPECT_GT(e.duration().value(), 0.0);
        EXPECT_GE(e.entry.value(), last_exit);
        last_exit = e.exit.value();
    }
    EXPECT_LE(last_exit, seconds_in(year_2027));
}

TEST(EclipseEvents, PenumbraIsLongerThanUmbra) {
    const auto umbra = o::eclipse_events(dawn_dusk, year_2027, o::shadow_model::umbra);
    const auto penumbra = o::eclipse_events(dawn_dusk, year_2027, o::shadow_model::penumbra);
    auto total = [](const auto& v) {
        double s = 0.0;
        for (const auto& e : v) s += e.duration().value();
        return s;
    };
    EXPECT_GT(total(penumbra), total(events_2027()));
    EXPECT_GT(total(events_2027()), total(umbra));
}
