// Network models with an [orbit] and loads that vary with time: what the reader builds,
// checked against the same loads made in code and the orbit's own geometry, and the
// errors for each malformed form.

#include <spacedc/io/network_file.hpp>
#include <spacedc/orbit/annual_sunlight.hpp>
#include <spacedc/orbit/circular_orbit.hpp>

#include "testing/scratch_path.hpp"
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <numbers>
#include <string>

namespace io = spacedc::io;
namespace th = spacedc::thermal;
namespace u = spacedc::units;
using ::testing::HasSubstr;

namespace {

const std::string orbit_model =
    std::string{SPACEDC_SOURCE_DIR} + "/examples/configs/compute_node_orbit.toml";

std::string temp_model(const std::string& name, const std::string& text) {
    const std::string path = spacedc::testing::scratch_path(name);
    std::ofstream{path} << text;
    return path;
}

const std::string two_nodes = R"(
[[node]]
name = "panel"
capacitance = "10 kJ/K"
[[node]]
name = "space"
temperature = "2.725 K"
[[radiation]]
from = "panel"
to = "space"
exchange_factor = "1 m^2"
)";

/// The error `read_network_model` throws for `text`.
std::string error_for(const std::string& name, const std::string& text) {
    try {
        io::read_network_model(temp_model(name, text));
    } catch (const spacedc::invalid_input& e) {
        return e.what();
    }
    return "(no error)";
}

u::duration at(double s) { return u::duration{s * u::seconds}; }

} // namespace

TEST(NetworkModelFile, OrbitWithoutBetaTakesTheDayOfTheLongestEclipse) {
    const auto model = io::read_network_model(orbit_model);
    ASSERT_TRUE(model.orbit);
    EXPECT_FALSE(model.orbit->beta_given);
    EXPECT_NEAR(model.orbit->altitude.value(), 650e3, 1e-9);
    // The longest eclipse of a dawn-dusk orbit is where |beta| is smallest.
    const auto year = spacedc::orbit::analyse_year(
        {.altitude = model.orbit->altitude, .ltan = model.orbit->ltan}, model.orbit->year);
    double smallest = 1e9;
    for (const auto& d : year.days) smallest = std::min(smallest, std::abs(d.beta.value()));
    EXPECT_NEAR(std::abs(model.orbit->beta.value()), smallest, 1e-12);
}

TEST(NetworkModelFile, SunlitAndEnvironmentLoadsFollowTheOrbit) {
    const auto model = io::read_network_model(orbit_model);
    const auto& net = model.network;
    ASSERT_EQ(net.loads().size(), 3u);
    const double period = spacedc::orbit::orbital_period(model.orbit->altitude).value();
    // Compute: on at the subsolar point (t = 0), off in the middle of the shadow.
    EXPECT_DOUBLE_EQ(net.loads()[0].power(at(0.0)).value(), 1e5);
    EXPECT_DOUBLE_EQ(net.loads()[0].power(at(period / 2.0)).value(), 0.0);
    // The panel's faces: what the same schedules made in code give, around the orbit.
    for (int face = 0; face < 2; ++face) {
        const th::environment_schedule expected{
            .pass = model.orbit->pass(),
            .orientation = th::radiator_orientation::edge_on,
            .area = u::area{130.0 * u::square_meters},
            .optics = {.solar_absorptivity = 0.2, .infrared_emissivity = 0.9},
            .environment = th::mean_case(),
            .back_face = face == 1};
        for (double f : {0.0, 0.2, 0.5, 0.8}) {
            EXPECT_DOUBLE_EQ(net.loads()[1 + face].power(at(f * period)).value(),
                             expected(at(f * period)).value())
                << "face " << face << " at " << f << " of the orbit";
        }
        EXPECT_GT(expected(at(0.0)).value(), 0.0); // Earth IR at least
    }
}

TEST(NetworkModelFile, TabulatedScheduleRepeatsWithItsPeriod) {
    const auto model = io::read_network_model(temp_model("spacedc_schedule.toml", two_nodes + R"(
[[load]]
node = "panel"
schedule = { times = ["0 s", "100 s"], powers = ["0 W", "1 kW"], period = "200 s" }
)"));
    EXPECT_FALSE(model.orbit);
    const auto& load = model.network.loads().at(0).power;
    EXPECT_DOUBLE_EQ(load(at(50.0)).value(), 500.0);
    EXPECT_DOUBLE_EQ(load(at(150.0)).value(), 500.0); // back down to the first value
    EXPECT_DOUBLE_EQ(load(at(250.0)).value(), 500.0); // the next period
}

TEST(NetworkModelFile, GivenBetaAndStartAreKept) {
    const auto model = io::read_network_model(temp_model("spacedc_beta.toml", R"(
[orbit]
altitude = "1000 km"
beta = "30 deg"
start = "180 deg"
)" + two_nodes + R"(
[[load]]
node = "panel"
sunlit = "1 kW"
eclipse = "200 W"
)"));
    ASSERT_TRUE(model.orbit);
    EXPECT_TRUE(model.orbit->beta_given);
    EXPECT_NEAR(model.orbit->beta.value(), std::numbers::pi / 6.0, 1e-12);
    // Starting in the middle of the shadow: the battery-carried level first.
    EXPECT_DOUBLE_EQ(model.network.loads()[0].power(at(0.0)).value(), 200.0);
}

TEST(NetworkModelFile, MalformedLoadsAndOrbitsAreRefusedWithTheKey) {
    EXPECT_THAT(error_for("spacedc_two_forms.toml",
                          two_nodes + "[[load]]\nnode = \"panel\"\npower = \"1 W\"\nsunlit = "
                                      "\"1 W\"\n"),
                HasSubstr("exactly one"));
    EXPECT_THAT(error_for("spacedc_no_orbit.toml",
                          two_nodes + "[[load]]\nnode = \"panel\"\nsunlit = \"1 W\"\n"),
                HasSubstr("[orbit]"));
    EXPECT_THAT(error_for("spacedc_eclipse_alone.toml",
                          two_nodes + "[[load]]\nnode = \"panel\"\neclipse = \"1 W\"\n"),
                HasSubstr("eclipse only with sunlit"));
    const std::string orbit = "[orbit]\naltitude = \"650 km\"\nbeta = \"10 deg\"\n";
    EXPECT_THAT(error_for("spacedc_bad_orientation.toml",
                          orbit + two_nodes +
                              "[[load]]\nnode = \"panel\"\nenvironment = { orientation = "
                              "\"sideways\", area = \"1 m^2\", absorptivity = 0.2, emissivity = "
                              "0.9 }\n"),
                HasSubstr("edge-on"));
    EXPECT_THAT(error_for("spacedc_bad_face.toml",
                          orbit + two_nodes +
                              "[[load]]\nnode = \"panel\"\nenvironment = { face = \"top\", area = "
                              "\"1 m^2\", absorptivity = 0.2, emissivity = 0.9 }\n"),
                HasSubstr("front or back"));
    EXPECT_THAT(error_for("spacedc_bad_absorptivity.toml",
                          orbit + two_nodes +
                              "[[load]]\nnode = \"panel\"\nenvironment = { area = \"1 m^2\", "
                              "absorptivity = 1.5, emissivity = 0.9 }\n"),
                HasSubstr("solar absorptivity"));
    EXPECT_THAT(error_for("spacedc_unknown_env_key.toml",
                          orbit + two_nodes +
                              "[[load]]\nnode = \"panel\"\nenvironment = { area = \"1 m^2\", "
                              "absorptivity = 0.2, emissivity = 0.9, colour = \"red\" }\n"),
                HasSubstr("colour"));
    EXPECT_THAT(error_for("spacedc_bad_beta.toml",
                          "[orbit]\naltitude = \"650 km\"\nbeta = \"100 deg\"\n" + two_nodes),
                HasSubstr("beta"));
    EXPECT_THAT(error_for("spacedc_bad_year.toml",
                          "[orbit]\naltitude = \"650 km\"\nyear = 3000\n" + two_nodes),
                HasSubstr("orbit.year"));
    EXPECT_THAT(
        error_for("spacedc_bad_altitude.toml", "[orbit]\naltitude = \"-5 km\"\n" + two_nodes),
        HasSubstr("altitude"));
    EXPECT_THAT(error_for("spacedc_bad_schedule.toml",
                          two_nodes + "[[load]]\nnode = \"panel\"\nschedule = { times = [\"0 "
                                      "s\", \"0 s\"], powers = [\"1 W\", \"2 W\"] }\n"),
                HasSubstr("strictly increasing"));
    EXPECT_THAT(error_for("spacedc_schedule_units.toml",
                          two_nodes + "[[load]]\nnode = \"panel\"\nschedule = { times = [\"0 "
                                      "m\"], powers = [\"1 W\"] }\n"),
                HasSubstr("load.schedule.times"));
}
